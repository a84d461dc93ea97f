"""Hostile or broken spreadsheets given to the table import: each one is refused with a TableError
(a DataError, which the import page shows) saying what is wrong, without the memory or time a
small file could otherwise make the reader spend. The files are made here, byte by byte."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from collections.abc import Callable

import pytest

from partnerships.errors import DataError
from partnerships.tables import read
from partnerships.tables.read import TableError

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>국가</t></is></c>'
           '<c r="B1" t="inlineStr"><is><t>도시</t></is></c></row>')
# "billion laughs": nine levels of ten, 3 GB of "lol" once expanded
_LAUGHS = ("<!DOCTYPE x [<!ENTITY l0 \"lol\">"
           + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)) + "]>")
_XXE = '<!DOCTYPE x [<!ENTITY l9 SYSTEM "file:///etc/hostname">]>'  # a file of the server's


def _xlsx(rows: str = _HEADER, *, after: str = "", strings: str | Callable | None = None, dimension: str = "A1:B1",
          prolog: dict[str, str] | None = None, extra: dict[str, bytes] | None = None, name: str = "Sheet1") -> bytes:
    """A workbook of one sheet, 'Sheet1', whose <sheetData> holds `rows` (and `after` follows it).
    `strings` is the shared strings' <si> elements, or a function writing the part into the zip;
    `prolog` puts text (a DTD) before the root element of a part: 'sheet', 'strings' or 'workbook'."""
    prolog = prolog or {}
    types = (f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
             f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>')
    rels = f'<Relationship Id="rId1" Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                       f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'{prolog.get("workbook", "")}<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets>'
                           f'<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/worksheets/sheet1.xml": f'{prolog.get("sheet", "")}<worksheet xmlns="{_MAIN}">'
                                    f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{after}</worksheet>',
    }
    if strings is not None:
        types += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
        rels += f'<Relationship Id="rId2" Type="{_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        if isinstance(strings, str):
            parts["xl/sharedStrings.xml"] = f'{prolog.get("strings", "")}<sst xmlns="{_MAIN}">{strings}</sst>'
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>')
    parts["xl/_rels/workbook.xml.rels"] = f'<Relationships xmlns="{_PKG}">{rels}</Relationships>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text.encode("utf-8"))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
        if callable(strings):
            strings(zf)
    return out.getvalue()


def _cells(row: int, *cells: tuple[str, str]) -> str:
    return f'<row r="{row}">' + "".join(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
                                        for ref, v in cells) + "</row>"


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
    except DataError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 2**20


def test_the_minimal_workbook_reads():
    data = _xlsx(_HEADER + _cells(2, ("A2", "베트남"), ("B2", "하노이")))
    assert read.sheet_names(data, "x.xlsx") == ["Sheet1"]
    assert read.read_sheet(data, "x.xlsx").rows == [["국가", "도시"], ["베트남", "하노이"]]


# --- sheets that claim (or hold) more cells than a table has -------------------------------------

def test_a_tiny_workbook_naming_a_far_away_cell_is_refused_at_once():
    # 2 KB: cells A1, B1 and XFD30. Every cell between them used to become an object (XFD2000:
    # MemoryError after 5 GB), and 16,384 columns went to the page's select boxes.
    data = _xlsx(_HEADER + _cells(30, ("XFD30", "x")), dimension="A1:XFD30")
    with pytest.raises(TableError, match=r"^x.xlsx: sheet 'Sheet1' spans at least 30 rows x 16,384 columns "
                                         r"\(a value at row 30, column 16,384\); at most 100,000 rows of data "
                                         r"\(and 20 heading rows above them\), 256 columns and 2,000,000 cells"):
        read.read_sheet(data, "x.xlsx")
    assert _peak_mb(lambda: read.read_sheet(data, "x.xlsx")) < 10


def test_a_sheet_with_more_columns_than_the_cap_is_refused():
    from openpyxl.utils import get_column_letter

    data = _xlsx(_cells(1, *[(f"{get_column_letter(c)}1", f"c{c}") for c in range(1, 301)]))
    with pytest.raises(TableError, match=r"spans at least 1 row x 257 columns .* at most .* 256 columns"):
        read.read_sheet(data, "x.xlsx")


def test_rows_times_columns_past_the_cell_cap_is_refused():
    data = _xlsx(_HEADER + _cells(7_833, ("IV7833", "x")))  # 7,833 x 256 = 2,005,248 cells, past 2,000,000 + 20 x 256
    with pytest.raises(TableError, match=r"spans at least 7,833 rows x 256 columns .* and 2,000,000 cells are read"):
        read.read_sheet(data, "x.xlsx")


def test_a_table_of_the_full_row_limit_is_read_with_its_header():
    from partnerships.tables.grid import MAX_ROWS

    lines = ["korean_place,country,partner,type,date"] + [f"수원시,DK,Odense,mou,2024-01-{n % 28 + 1:02d}"
                                                            for n in range(MAX_ROWS)]
    sheet = read.read_sheet("\n".join(lines).encode("utf-8"), "full.csv")
    assert len(sheet.rows) == MAX_ROWS + 1


def test_formatted_empty_cells_and_a_huge_dimension_do_not_widen_the_table():
    rows = _HEADER + '<row r="5"><c r="A5" t="inlineStr"><is><t>한국</t></is></c><c r="XFD5" s="0"/></row>'
    data = _xlsx(rows, dimension="A1:XFD1048576")
    assert read.read_sheet(data, "x.xlsx").rows == [["국가", "도시"], [None, None], [None, None], [None, None],
                                                    ["한국", None]]


# --- the zip: what it unpacks to is checked before anything is read --------------------------------

def _big_member(zf: zipfile.ZipFile, name: str, unit: bytes, size: int, head: bytes = b"", tail: bytes = b""):
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(head)
        chunk, written = unit * (2**20 // len(unit)), 0
        while written < size:
            written += fh.write(chunk[:size - written])
        fh.write(tail)


def test_shared_strings_that_unpack_past_the_cap_are_refused_before_they_are_read():
    # a 330 KB file whose shared strings unpack to 129 MB (7.9 million texts): they were read whole
    # (the 1.8 GB ones took 7 GB of memory)
    def big_strings(zf: zipfile.ZipFile) -> None:
        _big_member(zf, "xl/sharedStrings.xml", b"<si><t>a</t></si>", 129 * 2**20, f'<sst xmlns="{_MAIN}">'.encode())

    data = _xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', strings=big_strings)
    assert len(data) < 1_000_000
    with pytest.raises(TableError, match=r"^x.xlsx: xl/sharedStrings.xml unpacks to 129 MB; at most 128 MB"):
        read.read_sheet(data, "x.xlsx")
    assert _peak_mb(lambda: read.read_sheet(data, "x.xlsx")) < 10


def test_members_that_unpack_past_the_total_cap_are_refused():
    out = io.BytesIO(_xlsx())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            _big_member(zf, f"xl/media/image{i}.png", b"\0" * 64, 100 * 2**20)
    with pytest.raises(TableError, match=r"^x.xlsx unpacks to 300 MB; at most 256 MB are read"):
        read.sheet_names(out.getvalue(), "x.xlsx")


def test_a_zip_of_thousands_of_members_is_refused():
    data = _xlsx(extra={f"customXml/item{i}.xml": b"<a/>" for i in range(2_001)})
    with pytest.raises(TableError, match=r"holds 2,006 files; a workbook has a few dozen"):
        read.sheet_names(data, "x.xlsx")


def test_a_corrupt_compressed_part_is_a_table_error():
    data = bytearray(_xlsx(_HEADER + "".join(_cells(r, (f"A{r}", f"도시 {r * 7919 % 1000}")) for r in range(2, 400))))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 40:start + 60] = b"\xff" * 20  # inside the deflate stream
    with pytest.raises(TableError, match=r"^x.xlsx is not a readable .xlsx workbook \("):
        read.read_sheet(bytes(data), "x.xlsx")


@pytest.mark.parametrize("field, value", [("method", 99), ("flags", 1)], ids=["unknown method", "encrypted"])
def test_a_member_zipfile_cannot_open_is_a_table_error(field, value):
    data = bytearray(_xlsx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    central = next(i for i in range(len(data)) if data[i:i + 4] == b"PK\x01\x02"  # its central directory entry
                   and data[i + 46:i + 46 + len(info.filename)] == info.filename.encode())
    for offset in (info.header_offset + (8 if field == "method" else 6), central + (10 if field == "method" else 8)):
        data[offset:offset + 2] = value.to_bytes(2, "little")
    with pytest.raises(TableError, match=r"^x.xlsx is not a readable .xlsx workbook \("):
        read.read_sheet(bytes(data), "x.xlsx")


# --- XML that the parser refuses must come back as a TableError ----------------------------------

@pytest.mark.parametrize("dtd", [_LAUGHS, _XXE], ids=["entity expansion", "external entity"])
@pytest.mark.parametrize("part", ["strings", "sheet", "workbook"])
def test_a_part_declaring_entities_is_refused(dtd, part):
    # the XML parser refused them (good) but its ParseError escaped the reader and broke the page
    where = {"strings": "xl/sharedStrings.xml", "sheet": "xl/worksheets/sheet1.xml", "workbook": "xl/workbook.xml"}
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c>'
    rows += f'<c r="B1" t="inlineStr"><is><t>{"&l9;" if part == "sheet" else "x"}</t></is></c></row>'
    data = _xlsx(rows, strings=f"<si><t>{'&l9;' if part == 'strings' else 'x'}</t></si>", prolog={part: dtd},
                 name="&l9;" if part == "workbook" else "Sheet1")
    with pytest.raises(TableError, match=rf"^x.xlsx: {where[part]} declares a DTD \(entities\)"):
        read.sheet_names(data, "x.xlsx")
        read.read_sheet(data, "x.xlsx")
    assert _peak_mb(lambda: read.read_sheet(data, "x.xlsx")) < 10


@pytest.mark.parametrize("rows, fragment", [
    ('<row r="1"><c r="A1"><v>1</v></row>', "xl/worksheets/sheet1.xml: mismatched tag, line 1"),
    ('<row r="1"><c r="A1"><v>&nbsp;</v></c></row>', "xl/worksheets/sheet1.xml: undefined entity"),
])
def test_xml_that_is_not_well_formed_is_a_table_error(rows, fragment):
    with pytest.raises(TableError, match=rf"^x.xlsx is not a readable .xlsx workbook \({fragment}"):
        read.read_sheet(_xlsx(rows), "x.xlsx")


def test_a_cell_naming_a_missing_shared_string_is_a_table_error():
    data = _xlsx('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', strings="<si><t>국가</t></si>")
    with pytest.raises(TableError, match=r"^x.xlsx: sheet 'Sheet1' refers to text '7' of 1, which the workbook"):
        read.read_sheet(data, "x.xlsx")


def test_elements_nested_past_the_cap_are_refused():
    data = _xlsx(_HEADER, after="<extLst>" + "<ext>" * 100 + "</ext>" * 100 + "</extLst>")
    with pytest.raises(TableError, match=r"xl/worksheets/sheet1.xml nests elements more than 64 deep"):
        read.read_sheet(data, "x.xlsx")


def test_a_part_of_millions_of_empty_elements_is_refused_at_the_element_cap(monkeypatch):
    from partnerships.tables import xlsx_parts

    monkeypatch.setattr(xlsx_parts, "MAX_ELEMENTS", 1_000)  # 10 million: 40 MB of "<a/>" compress to 40 KB
    with pytest.raises(TableError, match=r"xl/worksheets/sheet1.xml has more than 1,000 XML elements"):
        read.read_sheet(_xlsx(_HEADER, after="<a/>" * 1_000), "x.xlsx")


# --- CSV -------------------------------------------------------------------------------------------

def test_a_csv_with_more_columns_than_the_cap_is_refused():
    # 150,004 columns in 1.2 MB were offered in each of twelve select boxes
    data = ("자치단체,상대 도시,구분,체결일," + ",".join(f"c{i}" for i in range(5_000)) + "\n수원시,하노이,자매결연,2020\n")
    with pytest.raises(TableError, match=r"^wide.csv: sheet 'wide' spans at least 1 row x 5,004 columns .* 256 columns"):
        read.read_sheet(data.encode(), "wide.csv")


def test_csv_rows_times_columns_past_the_cell_cap_is_refused():
    data = ("a," * 200 + "a\n").encode() * 10_000  # 10,000 rows x 201 columns, 4 MB
    with pytest.raises(TableError, match=r"spans at least 9,971 rows x 201 columns .* and 2,000,000 cells are read"):
        read.read_sheet(data, "x.csv")


def test_a_nul_past_the_first_block_of_a_csv_is_refused():
    data = ("국가,도시\n" + "베트남,하노이\n" * 1_000).encode() + b"\xeb\xb2\xa0\x00\n"
    with pytest.raises(TableError, match=r"^x.csv: line 1002 holds a NUL character"):
        read.read_sheet(data, "x.csv")


def test_undecodable_csv_says_which_file():
    with pytest.raises(TableError, match=r"^x.csv: the CSV file is neither UTF-8 nor CP949 text"):
        read.read_sheet(b"a,b\n\xff\xfe\xff\xfe\x80\n", "x.csv")


# --- .xls ------------------------------------------------------------------------------------------

def _xls(*sheets: dict[tuple[int, int], object], merges: tuple[tuple[int, int, int, int], ...] = ()) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    blank = xlwt.easyxf("pattern: pattern solid;")
    for i, cells in enumerate(sheets):
        ws = book.add_sheet(f"s{i}")
        for (r, c), v in cells.items():
            ws.write(r, c, v) if v is not None else ws.write(r, c, None, blank)
        for r1, r2, c1, c2 in merges if i == 0 else ():
            ws.merge(r1, r2, c1, c2)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_xls_with_one_far_away_cell_is_refused_by_its_extent():
    # 6 KB: a header and cell IV8001 made xlrd and the reader fill two million slots
    data = _xls({(0, 0): "국가", (0, 1): "도시", (8000, 255): "x"})
    with pytest.raises(TableError, match=r"^x.xls: sheet 's0' spans at least 8,001 rows x 256 columns"):
        read.read_sheet(data, "x.xls")


def test_xls_blank_formatted_cells_past_the_cap_are_refused_before_xlrd_stores_them():
    # formatted blank cells out to column IV on 16,000 rows: xlrd kept 3 x 4 million slots for them
    data = _xls({(0, 0): "국가"}, {(r, 255): None for r in range(16_000)})
    assert read.read_sheet(data, "x.xls", "s0").rows == [["국가"]]  # the other sheet is not read
    with pytest.raises(TableError, match=r"^x.xls: sheet 's1' holds more than 4,000,000 cells, counting formatted "
                                         r"blank ones, in 15,626 rows reaching column 256"):
        read.read_sheet(data, "x.xls", "s1")


def test_xls_merged_ranges_past_the_cap_are_refused():
    data = _xls({(0, 0): "국가", (1, 0): "도시"}, merges=((2, 1002, 0, 199),))  # 200,200 cells
    with pytest.raises(TableError, match=r"^x.xls has merged cells covering more than 200,000 cells"):
        read.read_sheet(data, "x.xls")


@pytest.mark.parametrize("cut, damage", [(300, 0), (1_100, 64), (8_000, 64)], ids=["cut short", "header", "records"])
def test_a_truncated_or_corrupt_xls_is_a_table_error(cut, damage):
    data = _xls({(r, c): f"{r}-{c}" for r in range(60) for c in range(6)})
    broken = data[:cut] + b"\xff" * damage + data[cut + damage:] if damage else data[:cut]
    with pytest.raises(TableError, match=r"^x.xls is not a readable .xls workbook \((unpack requires|\w)"):
        read.sheet_names(broken, "x.xls")
        read.read_sheet(broken, "x.xls")


def test_a_workbook_whose_first_sheet_is_hidden_opens_on_the_first_visible_one():
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "notes"
    book.active["A1"] = "hidden working notes"
    book.active.sheet_state = "hidden"
    ties = book.create_sheet("ties")
    ties.append(["korean_place", "partner"])
    ties.append(["수원시", "Odense"])
    book.active = 1
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    assert read.sheet_names(data, "h.xlsx") == ["ties", "notes"]
    assert read.read_sheet(data, "h.xlsx").name == "ties"


def test_a_formula_saved_without_its_result_says_so_and_is_never_run():
    import openpyxl

    from partnerships.tables.read_xlsx import NO_SAVED_VALUE

    book = openpyxl.Workbook()
    book.active.append(["korean_place", "partner"])
    book.active.append(["수원시", "=1+1"])  # openpyxl saves the formula with no result
    out = io.BytesIO()
    book.save(out)
    rows = read.read_sheet(out.getvalue(), "f.xlsx").rows
    assert rows[1] == ["수원시", NO_SAVED_VALUE]


def test_repeated_labels_that_collide_with_a_real_one_stay_unique():
    from partnerships.tables import plan

    data = ("korean_gov_ko,country,country,country (2),city,type,date\n"
            "서울특별시,TH,TH,TH,Bangkok,sister_city,2018-01-01\n"
            "서울특별시,TH,TH,JP,Tokyo,sister_city,2018-01-02\n").encode()
    table = plan.plan(data, "collide.csv").table
    assert len(set(table.labels)) == len(table.labels)
    # the sheet's own 'country (2)' is the fourth column, whatever the repeats are called
    assert table.column("country (2)") == 3
    assert [cells[table.column("country (2)")] for _, cells in table.rows] == ["TH", "JP"]
