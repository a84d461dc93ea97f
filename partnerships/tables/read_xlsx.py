"""Reading an .xlsx workbook without loading it: one streaming pass over each part a table needs.

An .xlsx file is a zip of XML parts. Only the workbook (sheet names), its relationships (where the
parts are), the shared strings, the styles (which cells are dates) and the one sheet asked for are
read (xlsx_parts.py), so memory follows the values the sheet holds, not what its XML claims: a
5 KB file naming cells A1 and XFD2000 is refused when it reaches XFD2000, and shared strings that
unpack to 1.8 GB before a byte of them is read.

Before any part is read the zip's members are checked against MAX_MEMBERS, MAX_PART_BYTES and
MAX_UNPACKED_BYTES.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from partnerships.tables.grid import MAX_MERGED_CELLS, Grid, Sheet, TableError, merged_too_much
from partnerships.tables.xlsx_parts import (
    MAX_LINK_CHARS,
    MAX_LINKS,
    MAX_PART_BYTES,
    Part,
    RelsPart,
    StringsPart,
    StylesPart,
    WorkbookPart,
    cell_ref,
    rels_path,
    to_int,
)

MAX_MEMBERS = 2_000  # files in the zip (a workbook has about three per sheet)
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # all members unpacked (about 10x what a 20 MB upload holds)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .xls, or an .xlsx encrypted with a password
# what a bad zip or part can raise from zipfile and zlib (RuntimeError: a member encrypted with a
# password; NotImplementedError, one of them, a compression method zipfile lacks)
_UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError,
               RuntimeError, ValueError, KeyError, IndexError, OverflowError)


# what a formula cell the workbook saved without its result reads as (formulas are never run)
NO_SAVED_VALUE = "(a formula with no saved value: open the file in Excel and save it again)"


def sheet_names(data: bytes, filename: str) -> list[str]:
    with _opened(data, filename) as book:
        return [name for name, _ in book.sheets]


def read(data: bytes, filename: str, sheet: str | None) -> Sheet:
    with _opened(data, filename) as book:
        return book.read(sheet)


@contextmanager
def _opened(data: bytes, filename: str) -> Iterator[_Book]:
    if data[:8] == _OLE:
        raise TableError(f"{filename} is a password-protected workbook or an .xls file named .xlsx; "
                         "remove the password or save it again as .xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            yield _Book(zf, filename)
    except TableError:
        raise
    except _UNREADABLE as exc:
        raise TableError(f"{filename} is not a readable .xlsx workbook ({str(exc) or type(exc).__name__})") from exc


class _Book:
    """The zip, its members checked, and where the workbook's parts are."""

    def __init__(self, zf: zipfile.ZipFile, filename: str):
        self.zf, self.filename = zf, filename
        self._check_members()
        self.names = set(zf.namelist())
        root = RelsPart(self, "_rels/.rels", "").run().rels if "_rels/.rels" in self.names else {}
        workbook = next((t for k, t in root.values() if k == "officeDocument"), "xl/workbook.xml")
        self.rels = RelsPart(self, rels_path(workbook), workbook).run().rels
        part = WorkbookPart(self, workbook).run()
        self.date1904 = part.date1904
        self.sheets = [(name, self.rels[rid][1]) for name, rid in part.sheets
                       if self.rels.get(rid, ("",))[0] == "worksheet"]
        # the sheets Excel shows first, so that the first one offered and read is one a person sees
        self.sheets.sort(key=lambda sheet: sheet[0] in part.hidden)
        if not self.sheets:
            raise TableError(f"{filename} has no worksheets")

    def _check_members(self) -> None:
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise TableError(f"{self.filename} holds {len(infos):,} files; a workbook has a few dozen "
                             f"(at most {MAX_MEMBERS:,} are read)")
        for info in infos:
            if info.file_size > MAX_PART_BYTES:
                raise TableError(f"{self.filename}: {info.filename} unpacks to {info.file_size / 2**20:,.0f} MB; "
                                 f"at most {MAX_PART_BYTES // 2**20} MB per part are read")
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED_BYTES:
            raise TableError(f"{self.filename} unpacks to {total / 2**20:,.0f} MB; "
                             f"at most {MAX_UNPACKED_BYTES // 2**20} MB are read")

    def open(self, name: str, limit: int) -> IO[bytes]:
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise TableError(f"{self.filename} is not a readable .xlsx workbook (it has no {name})") from None
        if info.file_size > limit:
            raise TableError(f"{self.filename}: {name} unpacks to {info.file_size / 2**20:,.0f} MB; "
                             f"at most {limit // 2**20} MB are read from it")
        return self.zf.open(info)

    def read(self, sheet: str | None) -> Sheet:
        names = [name for name, _ in self.sheets]
        if sheet is not None and sheet not in names:
            raise TableError(f"{self.filename} has no sheet {sheet!r} (sheets: {', '.join(names)})")
        name, path = self.sheets[names.index(sheet) if sheet is not None else 0]
        part = {kind: target for kind, target in reversed(self.rels.values()) if target in self.names}
        strings = StringsPart(self, part["sharedStrings"]).run().strings if "sharedStrings" in part else []
        dates, durations = StylesPart(self, part["styles"]).run().dates() if "styles" in part else (set(), set())
        grid = Grid(self.filename, name)
        sheet = _SheetPart(self, path, grid, strings, dates, durations).run()
        if sheet.linked and rels_path(path) in self.names:  # cells linked by Excel's Insert > Link
            links = RelsPart(self, rels_path(path), path).run().links
            grid.links.update({cell: links[rid] for cell, rid in sheet.linked.items() if rid in links})
        return grid.sheet(date1904=self.date1904)


def _number(raw: str) -> int | float | None:
    try:
        return float(raw) if "." in raw or "E" in raw or "e" in raw else int(raw)
    except ValueError:
        try:
            return float(raw)
        except ValueError:
            return None


# a HYPERLINK formula whose address is written out ('HYPERLINK("https://…","보도자료")'); one that
# builds it from other cells is not run
_HYPERLINK = re.compile(r'^\s*(?:_xlfn\.)?HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,)]', re.IGNORECASE)

MAX_HIDDEN_COLUMN = 16_384  # Excel's last column (a range may claim more)


class _SheetPart(Part):
    """A worksheet: each cell's value goes to the grid as it is read, and so do merged ranges."""

    limit = MAX_PART_BYTES

    def __init__(self, book: _Book, name: str, grid: Grid, strings: list[str], dates: set[str],
                 durations: set[str]):
        super().__init__(book, name)
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self.grid, self.strings, self.dates, self.durations = grid, strings, dates, durations
        self.epoch = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        self.row = self.col = 0
        self.cell: tuple[int, int, str, str | None] | None = None  # row, column, type, style of the open <c>
        self.pieces: list[str] = []
        self.collect = False
        self.phonetic = self.merged = 0
        self.formula = False  # the open cell holds a formula
        self.formula_text: list[str] = []  # ... and its text (read for a HYPERLINK's address)
        self.in_formula = False
        self.linked: dict[tuple[int, int], str] = {}  # (row, column) -> its hyperlink's relationship id

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "c":
            ref = attrs.get("r")
            row, self.col = (cell_ref(ref) or self._bad_ref(ref)) if ref else (self.row, self.col + 1)
            self.cell = (row, self.col, attrs.get("t", "n"), attrs.get("s"))
            self.pieces = []
            self.formula = False
        elif tag == "f":
            self.formula = self.in_formula = True
            self.formula_text = []
        elif tag == "hyperlink" and (rid := next((v for k, v in attrs.items() if k.endswith(" id")), "")):
            ref = cell_ref(attrs.get("ref", "").partition(":")[0])
            if ref is not None and len(self.linked) < MAX_LINKS:
                self.linked[ref] = rid
        elif tag == "v" or tag == "t":
            self.collect = (self.cell is not None and not self.phonetic
                            and (tag == "t") == (self.cell[2] == "inlineStr"))
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "row":
            r = attrs.get("r")
            self.row, self.col = (to_int(r) if r else self.row + 1), 0
            if attrs.get("hidden", "").lower() in ("1", "true"):
                self.grid.hidden_rows.add(self.row)  # (filtered out, or hidden by hand: not what Excel shows)
        elif tag == "mergeCell":
            self._merge(attrs.get("ref", ""))
        elif tag == "col" and attrs.get("hidden", "").lower() in ("1", "true"):
            lo, hi = to_int(attrs.get("min", "0")), to_int(attrs.get("max", "0"))
            self.grid.hidden_columns.update(range(max(lo, 1), min(hi, MAX_HIDDEN_COLUMN) + 1))

    def text(self, data: str) -> None:
        if self.collect:
            self.pieces.append(data)
        elif self.in_formula and sum(map(len, self.formula_text)) < MAX_LINK_CHARS:
            self.formula_text.append(data)

    def end(self, tag: str) -> None:
        if tag == "c" and self.cell is not None:
            row, col, kind, style = self.cell
            self.cell = None
            if self.pieces:
                self.grid.put(row, col, self._value(kind, style, "".join(self.pieces)))
            elif self.formula:  # never evaluated here: say so where the value would be read
                self.grid.put(row, col, NO_SAVED_VALUE)
            if self.formula and (m := _HYPERLINK.match("".join(self.formula_text))):
                self.grid.links[(row, col)] = m.group(1).replace('""', '"')
        elif tag == "v" or tag == "t":
            self.collect = False
        elif tag == "f":
            self.in_formula = False
        elif tag == "rPh":
            self.phonetic -= 1

    def _bad_ref(self, ref: str) -> tuple[int, int]:
        raise TableError(f"{self.book.filename}: sheet {self.grid.name!r} has a cell named {ref[:20]!r}, "
                         "which is not a cell reference")

    def _value(self, kind: str, style: str | None, raw: str) -> Any:
        if kind == "s":
            i = to_int(raw)
            if not 0 <= i < len(self.strings):
                raise TableError(f"{self.book.filename}: sheet {self.grid.name!r} refers to text {raw[:20]!r} "
                                 f"of {len(self.strings):,}, which the workbook does not have")
            return self.strings[i]
        if kind in ("inlineStr", "str", "e"):  # text, the text a formula gave, an error such as #N/A
            return raw
        if kind == "b":
            return raw.strip() in ("1", "true")
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        if kind == "d":
            try:
                return from_ISO8601(raw)
            except (ValueError, OverflowError, TypeError):
                return raw
        number = _number(raw)
        if number is None:
            return raw
        if style in self.dates:
            try:
                return from_excel(number, self.epoch, timedelta=style in self.durations)
            except (ValueError, OverflowError, TypeError):
                return number
        return number

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        a, b = cell_ref(first), cell_ref(last or first)
        if a is None or b is None:
            return
        r1, r2, c1, c2 = min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])
        self.merged += (r2 - r1 + 1) * (c2 - c1 + 1)
        if self.merged > MAX_MERGED_CELLS:
            raise merged_too_much(self.book.filename)
        self.grid.merge(r1, c1, r2, c2)
