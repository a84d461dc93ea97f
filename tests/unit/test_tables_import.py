"""Importing partnership sheets: the example sheets of tests/fixtures/tables/make_tables.py."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from partnerships.proposals import FolderProposals, agreement_key
from partnerships.tables import plan, read
from partnerships.tables.read import TableError
from partnerships.tables.rows import stored_name
from tests.fixtures.tables import make_tables

SHEETS = ["suwon_ties.xlsx", "gyeonggi_ties.xls", "gyeonggi_ties_cp949.csv", "ties_en.csv"]
BAD_REASON = {"partner": ("partner", "no partner name"), "type": ("type",), "date": ("date",)}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    return folder, make_tables.write_all(folder)


def _sink(tmp_path) -> FolderProposals:
    sink = FolderProposals(tmp_path / "proposed")
    sink.published = {}  # nothing published: no merge offers
    return sink


def _import(folder: Path, name: str, sink, gaz, **kw):
    p = plan.plan((folder / name).read_bytes(), name)
    if "korean_place" not in p.mapping:
        p.preset.fixed["korean_place"] = "수원시"
    return p, p.run(sink=sink, gaz=gaz, **kw)


@pytest.mark.parametrize("name", SHEETS)
def test_each_sheet_imports_its_good_rows_and_names_the_bad_ones(made, name, tmp_path, gazetteer):
    folder, bad = made
    p, result = _import(folder, name, _sink(tmp_path), gazetteer)
    maker = make_tables
    assert result.added == len(maker.PARTNERS) >= 50
    assert {e.row for e in result.errors} == set(bad[name])
    for e in result.errors:
        assert any(word in e.reason for word in BAD_REASON[bad[name][e.row]]), e
    odense = next(e for e in result.errors if "Odence" in e.reason or "오덴스" in e.reason)
    assert any(s.startswith("dk-odense") for s in odense.suggestions)


def test_merged_two_row_header_and_merged_countries(made, tmp_path, gazetteer):
    folder, _ = made
    p, result = _import(folder, "suwon_ties.xlsx", _sink(tmp_path), gazetteer)
    assert p.table.header_rows == (3, 4)  # under the merged title and the as-of line
    assert p.mapping["partner_en"] == "상대 도시 영문" and p.mapping["partner_ko"] == "상대 도시 국문"
    records = _sink(tmp_path).table_records(stored_name("suwon_ties.xlsx", "국제교류현황"))
    by_partner = {r["partner_places"][0]: r for r in records.values()}
    # Hangzhou's row has no country cell of its own: it sits under 중국 merged down the rows
    assert by_partner["cn-hangzhou"]["korean_places"] == ["kr-suwon"]
    assert "국가: 중국" in by_partner["cn-hangzhou"]["evidence"][0]


def test_dates_in_every_form_are_read(made, tmp_path, gazetteer):
    folder, _ = made
    maker = make_tables
    _import(folder, "suwon_ties.xlsx", _sink(tmp_path), gazetteer)
    records = _sink(tmp_path).table_records(stored_name("suwon_ties.xlsx", "국제교류현황"))
    got = {r["partner_places"][0].split("-", 1)[1]: r["date"] for r in records.values()}
    expected = {row["partner_en"]: maker.iso_of(row["date"]) for row in maker.rows()}
    assert got["shenyang"] == expected["Shenyang"]  # a date cell
    assert got["hangzhou"] == expected["Hangzhou"]  # a serial number
    assert got["qingdao"] == expected["Qingdao"]  # 2014.10.23 style text
    assert got["dalian"] == expected["Dalian"]  # 2014년 10월
    assert got["tianjin"] == expected["Tianjin"]  # '14
    assert len({r["date"] for r in records.values()}) > 40


def test_each_record_quotes_its_row_and_names_file_sheet_row(made, tmp_path, gazetteer):
    folder, _ = made
    _import(folder, "gyeonggi_ties.xls", _sink(tmp_path), gazetteer)
    text = (tmp_path / "proposed" / "tables" / stored_name("gyeonggi_ties.xls", "시군별 현황")).read_text(encoding="utf-8")
    records = _sink(tmp_path).table_records(stored_name("gyeonggi_ties.xls", "시군별 현황"))
    korean = set()
    for r in records.values():
        assert r["status"] == "proposed"
        assert r["source"]["file"] == stored_name("gyeonggi_ties.xls", "시군별 현황")
        assert r["table_row"]["file"] == "gyeonggi_ties.xls"
        row = r["table_row"]["row"]
        assert r["table_row"]["sheet"] == "시군별 현황"
        assert r["evidence"][0] in text.splitlines()
        assert r["evidence"][0].startswith(f"[gyeonggi_ties.xls · 시군별 현황 · row {row}]")
        korean.update(r["korean_places"])
    assert len(korean) >= 8  # the 시군 column, not one place for all


def test_same_file_twice_adds_nothing_and_a_changed_row_updates_its_record(made, tmp_path, gazetteer):
    folder, _ = made
    sink = _sink(tmp_path)
    _, first = _import(folder, "suwon_ties.xlsx", sink, gazetteer)
    _, again = _import(folder, "suwon_ties.xlsx", _sink(tmp_path), gazetteer)
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)
    changed = tmp_path / "suwon_ties.xlsx"
    wb = openpyxl.load_workbook(folder / "suwon_ties.xlsx")
    ws = wb.active
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value == "Qingdao")
    ws.cell(row, 6).value = "2001.02.03"
    wb.save(changed)
    _, third = _import(tmp_path, "suwon_ties.xlsx", _sink(tmp_path), gazetteer)
    assert (third.added, third.updated, third.unchanged) == (0, 1, first.added - 1)
    records = _sink(tmp_path).table_records(stored_name("suwon_ties.xlsx", "국제교류현황"))
    qingdao = [r for r in records.values() if r["partner_places"] == ["cn-qingdao"]]
    assert len(qingdao) == 1 and qingdao[0]["date"] == "2001-02-03"


def test_a_tie_already_published_is_offered_as_a_merge(made, tmp_path, gazetteer):
    folder, _ = made
    sink = _sink(tmp_path)
    _import(folder, "ties_en.csv", sink, gazetteer)
    one = next(iter(sink.table_records(stored_name("ties_en.csv", "ties_en")).values()))
    other = FolderProposals(tmp_path / "other")
    other.published = {agreement_key(one): "2001-suwon-x-sister-city"}
    _, result = _import(folder, "ties_en.csv", other, gazetteer)
    assert result.merges == [(one["table_row"]["row"], "2001-suwon-x-sister-city")]


def test_records_pass_the_store_checks_against_the_stored_table(made, tmp_path, gazetteer):
    from partnerships import store

    folder, _ = made
    _import(folder, "gyeonggi_ties_cp949.csv", _sink(tmp_path), gazetteer)
    text = (tmp_path / "proposed" / "tables" / stored_name("gyeonggi_ties_cp949.csv", "gyeonggi_ties_cp949")).read_text("utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / stored_name("gyeonggi_ties_cp949.csv", "gyeonggi_ties_cp949")).write_text(text, encoding="utf-8")
    for r in _sink(tmp_path).table_records(stored_name("gyeonggi_ties_cp949.csv", "gyeonggi_ties_cp949")).values():
        assert store.record_problems(r, file="t", gazetteer=gazetteer, seeds=seeds) == []


@pytest.mark.parametrize("data, name, fragment", [
    (b"a,b\n1,2\n", "x.ods", "only .xlsx"),
    (b"", "x.csv", "empty"),
    (b"\x00\x01\x02binary" * 10, "x.csv", "binary"),
    (b"PK\x03\x04 not really", "x.xlsx", "not a readable .xlsx"),
    (b"\xd0\xcf\x11\xe0 garbage", "x.xls", "not a readable .xls"),
    # UTF-16 without its BOM cannot be told from binary; with a broken body it says what to do
    ("이름,나이\n홍,3\n".encode("utf-16-le"), "x.csv", "binary"),
    (b"\xff\xfe" + "이름".encode("utf-16-le") + b"\x00\xd8", "x.csv", "save it as CSV UTF-8"),
    # one cell over the csv module's 128 KB field limit, well under the upload limit
    (b'a,b\n"' + b"x" * 140_000 + b'",2\n', "x.csv", "row 2 cannot be read"),
])
def test_unreadable_files_say_why(data, name, fragment):
    with pytest.raises(TableError, match=fragment):
        read.read_sheet(data, name)


def test_a_small_workbook_merging_a_huge_range_is_refused_before_it_is_loaded():
    # 5 KB on disk, 1.6 million merged cells once loaded: reading it took minutes and gigabytes
    # (written by hand: openpyxl itself takes tens of seconds to merge that range)
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "country"
    plain = io.BytesIO()
    wb.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD100"/></mergeCells>')
                assert b"A1:XFD100" in data
            dst.writestr(item, data)
    with pytest.raises(TableError, match=r"^x.xlsx has merged cells covering more than 200,000 cells; unmerge"):
        read.read_sheet(out.getvalue(), "x.xlsx")


def test_no_header_found_says_what_it_expected():
    with pytest.raises(TableError, match="no header row"):
        plan.plan(b"a,b,c\n1,2,3\n", "x.csv")


def test_unknown_sheet_lists_the_sheets(made):
    folder, _ = made
    with pytest.raises(TableError, match="sheets: 국제교류현황"):
        read.read_sheet((folder / "suwon_ties.xlsx").read_bytes(), "suwon_ties.xlsx", "없음")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_unicode_text_from_excel_is_decoded(encoding):
    # Excel's "Unicode text": UTF-16 with its byte-order mark, tab-separated
    text = "자치단체\t국가\t도시\n수원시\t베트남\t하노이\n"
    data = (b"\xfe\xff" + text.encode("utf-16-be")) if encoding == "utf-16-be" else text.encode(encoding)
    assert read.read_sheet(data, "ties.csv").rows == [["자치단체", "국가", "도시"], ["수원시", "베트남", "하노이"]]


def test_cp949_text_is_decoded(made):
    folder, _ = made
    sheet = read.read_sheet((folder / "gyeonggi_ties_cp949.csv").read_bytes(), "gyeonggi_ties_cp949.csv")
    assert sheet.rows[0][:2] == ["자치단체", "국가"]


def test_cli_import_table_twice(made, tmp_path, capsys, monkeypatch, gazetteer):
    # (`gazetteer`: the process's gazetteer is built from the repository's places before
    # ATLAS_DATA_DIR names a folder without them; built first here, it had lacked them for every
    # later test in the same process)
    from partnerships.cli import main

    folder, _ = made
    data = tmp_path / "data"
    (data / "records").mkdir(parents=True)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))  # restored after the test
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    args = ["--data", str(data), "import-table", str(folder / "gyeonggi_ties.xls"), "--save-preset", "gg"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert re.search(r"records added\s+58\n", out) and "row 80: date" in out
    assert json.loads((data / "presets" / "gg.json").read_text("utf-8"))["columns"]["korean_place"] == "시군"
    assert main(["--data", str(data), "import-table", str(folder / "gyeonggi_ties.xls"), "--preset", "gg"]) == 0
    assert re.search(r"unchanged \(imported before\)\s+58\n", capsys.readouterr().out)


def test_a_partner_spelt_in_hangul_another_way_is_matched_by_its_sound_and_flagged(gazetteer):
    from partnerships.tables.places import resolve_partner

    found = resolve_partner(gazetteer, ["말뫼"], country="SE")  # the gazetteer spells Malmö in Latin only
    assert found.place is not None and found.place.id == "se-malmo" and "check" in found.note
    assert resolve_partner(gazetteer, ["가나다라"], country="SE").place is None


def test_with_no_sector_column_the_note_says_the_sector(tmp_path, gazetteer):
    sheet = ("지자체,상대국,상대도시,협약종류,체결일,메모\n포항시,독일,드레스덴,업무협약,2025-11-04,수소 산업 협력\n"
             "포항시,일본,후쿠오카,우호협력,2024-05-02,\n")
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert result.added == 2
    sectors = {r["partner_places"][0]: r["sectors"] for r in sink.proposed_records()}
    assert "energy" in sectors["de-dresden"] and "culture_tourism" not in sectors["de-dresden"]
    # no word to go on: a friendship tie is exchange in general, not culture and tourism (which
    # made every national tie "culture" and the sector filter useless)
    assert sectors["jp-fukuoka"] == ["general"]


@pytest.mark.parametrize("type_, cell, expected", [
    ("자매결연", "", ["general"]),
    ("자매결연", "행정", ["general"]),  # administration: no field of ours
    ("자매결연", "문화예술", ["culture_tourism"]),
    ("roadshow", "", ["trade"]),  # a trade event keeps trade
])
def test_a_row_naming_no_field_of_ours_is_general_exchange(tmp_path, gazetteer, type_, cell, expected):
    sheet = f"지자체,상대국,상대도시,협약종류,체결일,분야\n포항시,일본,후쿠오카,{type_},2024-05-02,{cell}\n"
    sink = _sink(tmp_path)
    p = plan.plan(sheet.encode("utf-8"), "ties.csv")
    assert p.run(sink=sink, gaz=gazetteer).added == 1
    assert sink.proposed_records()[0]["sectors"] == expected


@pytest.mark.parametrize("type_, cell, expected_type, expected", [
    ("Trade roadshow", "Culture & tourism", "roadshow", ["culture_tourism"]),  # as the filter names them
    ("Sister city", '"Energy, Smart city"', "sister_city", ["smart_city", "energy"]),
    ("자매결연", "문화·관광", "sister_city", ["culture_tourism"]),
    ("mou", "smart_city; AI", "mou", ["smart_city", "ai"]),  # as the exports write the ids
])
def test_a_row_in_the_atlases_own_words_keeps_its_type_and_sectors(tmp_path, gazetteer, type_, cell,
                                                                   expected_type, expected):
    # (a sheet using the sector filter's own names was told they were not recognised, and its
    # rows took their type's usual sector)
    sheet = f"지자체,상대국,상대도시,협약종류,체결일,분야\n포항시,일본,후쿠오카,{type_},2024-05-02,{cell}\n"
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert result.added == 1 and not result.unread_sectors
    (got,) = sink.proposed_records()
    assert (got["type"], got["sectors"]) == (expected_type, expected)


def test_a_file_name_with_direction_or_control_characters_is_kept_without_them(tmp_path, gazetteer):
    sheet = "지자체,상대국,상대도시,협약종류,체결일\n포항시,독일,드레스덴,업무협약,2025-11-04\n"
    sink = _sink(tmp_path)
    p = plan.plan(sheet.encode("utf-8"), "../보고\u202ecsv.exe\x1b[31m.csv")
    p.run(sink=sink, gaz=gazetteer)
    (rec,) = sink.proposed_records()
    shown = rec["summary_en"] + rec["summary_ko"] + rec["source"]["file"] + rec["evidence"][0]
    assert not any(ch in shown for ch in "\u202e\x1b/") and rec["table_row"]["file"] == "보고csv.exe[31m.csv"


def test_stored_names_keep_the_extension_fit_200_bytes_and_never_collide():
    names = {stored_name(f, sh) for f, sh in [
        ("exchange (final).csv", "Sheet1"), ("exchange [final].csv", "Sheet1"),  # the same once made safe
        ("a" * 190 + "x.csv", "s"), ("a" * 190 + "y.csv", "s"),  # the same once cut
        ("가" * 60 + ".csv", "가" * 60)]}
    assert len(names) == 5
    assert all(len(n.encode("utf-8")) <= 200 and ".csv." in n for n in names)
    assert stored_name("ties.csv", "ties") == "ties.csv.ties.txt"  # a plain name is kept as it is


def test_an_acronyms_case_is_kept_in_a_rows_english_title(tmp_path, gazetteer):
    sink = _sink(tmp_path)
    plan.plan("지자체,상대국,상대도시,협약종류,체결일\n포항시,독일,드레스덴,업무협약,2025-11-04\n".encode(), "t.csv").run(
        sink=sink, gaz=gazetteer)
    (rec,) = sink.proposed_records()
    assert rec["title_en"].endswith(": MOU") and "— MOU (" in rec["summary_en"]


def test_the_import_knows_the_national_layers_table_name():
    from partnerships import national
    from partnerships.tables import plan as plan_module

    assert plan_module._LAYER_TABLE == national.TABLE_NAME  # (named twice: that module imports this one)


def test_only_the_first_rows_of_unknown_places_get_the_nearest_names(tmp_path, gazetteer):
    # the nearest names cost ~20 ms a row: 40,000 unknown partners had held an import for 281 s
    from partnerships.tables.importer import SUGGESTED_ROWS

    rows = [f"수원시,JP,Zelvakdor{i:05d},자매도시,2015-03-0{1 + i % 9}" for i in range(SUGGESTED_ROWS + 30)]
    sheet = "자치단체,국가,상대 도시,구분,체결일\n" + "\n".join(rows) + "\n"
    result = plan.plan(sheet.encode("utf-8"), "unknown.csv").run(sink=_sink(tmp_path), gaz=gazetteer)
    assert result.added == 0 and len(result.errors) == SUGGESTED_ROWS + 30
    assert all("no place named" in e.reason for e in result.errors)
    assert all(not e.suggestions for e in result.errors[SUGGESTED_ROWS:])
    assert sum(bool(e.suggestions) for e in result.errors) <= SUGGESTED_ROWS


def test_rows_whose_places_find_no_near_name_count_toward_the_cap_too(tmp_path, gazetteer):
    # a country with few places finds no near name: the search had gone on for every row (173 s)
    from partnerships.tables import importer

    calls = []
    real = gazetteer.suggest

    def counting(text, limit=5):
        calls.append(text)
        return real(text, limit=limit)

    rows = [f"수원시,TV,Qzxvkw{i:05d},자매도시,2015-03-0{1 + i % 9}" for i in range(importer.SUGGESTED_ROWS + 100)]
    sheet = "자치단체,국가,상대 도시,구분,체결일\n" + "\n".join(rows) + "\n"
    gazetteer.suggest = counting
    try:
        result = plan.plan(sheet.encode("utf-8"), "tuvalu.csv").run(sink=_sink(tmp_path), gaz=gazetteer)
    finally:
        del gazetteer.suggest
    assert len(result.errors) == importer.SUGGESTED_ROWS + 100
    assert len(calls) == importer.SUGGESTED_ROWS  # one search for each row's one name, up to the cap


def test_the_sheets_korean_name_titles_a_partner_known_in_latin_only(tmp_path, gazetteer):
    # the gazetteer knows Sanremo in Latin letters only; the sheet writes it 산레모
    sheet = "지자체,상대국,상대도시,협약종류,체결일\n통영시,이탈리아,산레모,자매결연,2015-04-02\n"
    sink = _sink(tmp_path)
    assert plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer).added == 1
    (record,) = sink.proposed_records()
    assert record["partner_places"] == ["it-sanremo"]
    assert record["title_ko"].startswith("통영") and "산레모" in record["title_ko"] and "Sanremo" not in record["title_ko"]
    assert "산레모" in record["summary_ko"]


def test_a_rows_summary_tells_the_tie_not_the_file_and_row_it_came_from(tmp_path, gazetteer):
    sheet = "지자체,상대국,상대도시,협약종류,체결일,비고\n포항시,독일,드레스덴,업무협약,2025-11-04,수소 협력\n"
    sink = _sink(tmp_path)
    plan.plan(sheet.encode("utf-8"), "포항_국제교류현황.csv").run(sink=sink, gaz=gazetteer)
    (rec,) = sink.proposed_records()
    assert rec["summary_en"] == "Pohang and Dresden — MOU (2025-11-04)."
    assert "포항_국제교류현황" not in rec["summary_ko"] and "행." not in rec["summary_ko"]
    assert rec["summary_ko"].endswith("비고: 수소 협력")
    assert rec["table_row"]["file"] == "포항_국제교류현황.csv" and rec["table_row"]["row"] == 2  # the source keeps it


HEAD = "지자체,국가,도시명(영문),도시명(국문),구분,체결일,비고,신뢰도\n"


def test_a_korean_name_cell_holding_markup_is_not_put_into_the_titles(tmp_path, gazetteer):
    sheet = HEAD + "통영시,IT,Sanremo,<img src=x onerror=alert(1)>산레모**굵게**,자매결연,2015-04-02,,\n"
    sink = _sink(tmp_path)
    assert plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer).added == 1
    (record,) = sink.proposed_records()
    assert record["partner_places"] == ["it-sanremo"]
    assert not any(ch in record["title_ko"] + record["summary_ko"] for ch in "<>*")  # the gazetteer's name instead
    assert "<img" in record["evidence"][0]  # the row itself is kept as it was


def test_a_confidence_cell_is_a_known_grade_in_either_language_or_the_row_says_why(tmp_path, gazetteer):
    sheet = HEAD + ("포항시,DE,Dresden,,업무협약,2025-11-04,,높음\n"
                    "포항시,JP,Fukuoka,,우호협력,2024-05-02,, Medium \n"
                    "포항시,CN,Shenyang,,우호협력,2024-05-02,,<b>high</b>\n")
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    grades = {r["partner_places"][0]: r.get("confidence") for r in sink.proposed_records()}
    assert grades == {"de-dresden": "high", "jp-fukuoka": "medium"}
    (error,) = result.errors
    assert error.row == 4 and "confidence" in error.reason


def test_the_same_parties_mou_signed_again_years_on_is_a_second_record_a_sister_tie_is_not(tmp_path, gazetteer):
    sheet = HEAD + ("포항시,DE,Dresden,,업무협약,2015-11-04,,\n"
                    "포항시,DE,Dresden,,업무협약,2025-11-04,,\n"
                    "포항시,JP,Fukuoka,,자매결연,1995-05-02,,\n"
                    "포항시,JP,Fukuoka,,자매결연,2005-05-02,,\n")
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert sorted((r["partner_places"][0], r["year"]) for r in sink.proposed_records()) == [
        ("de-dresden", 2015), ("de-dresden", 2025), ("jp-fukuoka", 1995)]
    assert [(e.row, e.reason) for e in result.errors] == [(5, "the same tie as row 4")]
    again = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert again.added == 0 and again.updated == 0  # the second MOU's key is stable too


def test_the_rows_order_never_decides_which_agreement_a_record_is(tmp_path, gazetteer):
    rows = ["포항시,DE,Dresden,,업무협약,2015-11-04,,\n", "포항시,DE,Dresden,,업무협약,2025-11-04,,\n",
            "포항시,DE,Dresden,,업무협약,,,\n"]
    sink = _sink(tmp_path)
    pre = plan.plan((HEAD + "".join(rows)).encode("utf-8"), "ties.csv")
    pre.preset.undated = True
    pre.run(sink=sink, gaz=gazetteer)
    first = {r["id"]: r["date"] for r in sink.proposed_records()}
    again = plan.plan((HEAD + "".join(reversed(rows))).encode("utf-8"), "ties.csv")
    again.preset.undated = True
    result = again.run(sink=sink, gaz=gazetteer)
    assert result.added == 0  # (the rows moved: their records now quote their new row numbers)
    assert {r["id"]: r["date"] for r in sink.proposed_records()} == first
    assert sorted(first.values()) == ["2015-11-04", "2025-11-04"]  # the undated row: the same tie again
    assert [e.reason for e in result.errors] == ["the same tie as row 4"]


def test_one_signing_told_at_another_precision_or_a_day_apart_is_the_same_tie(tmp_path, gazetteer):
    sheet = HEAD + ("포항시,DE,Dresden,,업무협약,2015,,\n"
                    "포항시,DE,Dresden,,업무협약,2015-03,,\n"
                    "포항시,DE,Dresden,,업무협약,2015-03-02,,\n"
                    "포항시,DE,Dresden,,업무협약,2015-03-03,,\n")
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert result.added == 1 and len(result.errors) == 3
    assert [r["date"] for r in sink.proposed_records()] == ["2015-03-02"]  # the most precise row's


def test_a_pair_signing_again_and_again_is_refused_past_a_handful(tmp_path, gazetteer):
    from partnerships.tables.importer import MAX_SIGNINGS

    sheet = HEAD + "".join(f"포항시,DE,Dresden,,업무협약,{2000 + i}-01-01,,\n" for i in range(MAX_SIGNINGS + 5))
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert result.added == MAX_SIGNINGS and len(result.errors) == 5
    assert all("more than" in e.reason for e in result.errors)


def test_a_row_with_a_huge_note_is_refused_naming_the_note_and_the_others_are_kept(tmp_path, gazetteer):
    from partnerships.tables.reasons import describe

    sheet = ("지자체,상대국,상대도시,협약종류,체결일,비고\n포항시,독일,드레스덴,업무협약,2025-11-04,"
             + "가" * 10_000 + "\n포항시,일본,후쿠오카,우호협력,2024-05-02,짧은 메모\n")
    sink = _sink(tmp_path)
    result = plan.plan(sheet.encode("utf-8"), "ties.csv").run(sink=sink, gaz=gazetteer)
    assert result.added == 1
    (error,) = result.errors
    assert error.row == 2 and "'비고', has 10000" in error.reason and "summary" not in error.reason
    assert "'비고'이(가) 10000자" in describe(error.reason, "ko")


def test_a_mac_workbooks_date_numbers_count_from_1904(tmp_path, gazetteer):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["korean_place", "partner", "type", "date"])
    sheet.append(["대전", "Sapporo", "sister city", dt.date(2015, 5, 4)])  # a date cell
    sheet.append(["대전", "Nanjing", "sister city", 40666])  # the same day as a number in a General cell
    out = io.BytesIO()
    book.save(out)
    (tmp_path / "mac.xlsx").write_bytes(out.getvalue())
    _import(tmp_path, "mac.xlsx", _sink(tmp_path), gazetteer)
    records = _sink(tmp_path).table_records(stored_name("mac.xlsx", sheet.title))
    assert sorted(r["date"] for r in records.values()) == ["2015-05-04", "2015-05-04"]


def test_rows_a_workbook_hides_are_left_out_and_named(tmp_path, gazetteer):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["korean_place", "partner", "type", "date", "상태"])
    sheet.append(["광주", "Tainan", "sister city", "1968-01-01", "유지"])
    sheet.append(["광주", "San Antonio", "sister city", "1982-11-05", "해지"])  # filtered out in Excel
    sheet.append(["광주", "Medan", "sister city", "1997-09-22", "유지"])
    sheet.row_dimensions[3].hidden = True
    out = io.BytesIO()
    book.save(out)
    (tmp_path / "filtered.xlsx").write_bytes(out.getvalue())
    _, result = _import(tmp_path, "filtered.xlsx", _sink(tmp_path), gazetteer)
    assert (result.added, result.hidden) == (2, [3])
    assert "rows hidden in the workbook, left out: 3" in result.table()
    text = (tmp_path / "proposed" / "tables" / stored_name("filtered.xlsx", sheet.title)).read_text(encoding="utf-8")
    assert "San Antonio" not in text


def test_a_source_column_gives_a_link_where_its_cell_holds_one_and_words_stay_in_the_quote(tmp_path, gazetteer):
    sheet = ("우리 지자체,상대 도시,협력 형태,체결일,자료 출처\n"
             "창원시,Kitakyushu,자매결연,2010-05-01,창원시 보도자료\n"
             "창원시,Dalian,우호교류,2012-06-01,https://www.changwon.go.kr/news/1\n"
             "창원시,Tianjin,우호교류,2014-06-01,연합뉴스\n")
    (tmp_path / "words.csv").write_text(sheet, encoding="utf-8")
    _, result = _import(tmp_path, "words.csv", _sink(tmp_path), gazetteer)
    assert (result.added, result.errors) == (3, [])  # no row refused for a source in words
    records = _sink(tmp_path).table_records(stored_name("words.csv", "words"))
    by_partner = {r["partner_places"][0]: r for r in records.values()}
    assert by_partner["cn-dalian"]["source"]["url"] == "https://www.changwon.go.kr/news/1"
    kitakyushu = next(r for p, r in by_partner.items() if "kitakyushu" in p)
    assert kitakyushu["source"]["url"] is None and "창원시 보도자료" in kitakyushu["evidence"][0]


def test_columns_a_workbook_hides_are_not_read_and_are_named(tmp_path, gazetteer):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["korean_place", "partner", "type", "date", "date (corrected)"])
    sheet.append(["광주", "Tainan", "sister city", "1999-01-01", "2015-03-02"])
    sheet.column_dimensions["D"].hidden = True  # the old date, hidden beside the corrected one
    out = io.BytesIO()
    book.save(out)
    (tmp_path / "cols.xlsx").write_bytes(out.getvalue())
    p, result = _import(tmp_path, "cols.xlsx", _sink(tmp_path), gazetteer)
    assert p.mapping["date"] == "date (corrected)" and result.hidden_columns == ["D"]
    (record,) = _sink(tmp_path).table_records(stored_name("cols.xlsx", sheet.title)).values()
    assert record["date"] == "2015-03-02" and "1999" not in record["evidence"][0]


def test_an_old_xls_workbooks_hidden_rows_and_columns_are_left_out_too(tmp_path, gazetteer):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("ties")
    rows = [["korean_place", "partner", "type", "date", "old date"],
            ["광주", "Tainan", "sister city", "2015-03-02", "1999-01-01"],
            ["광주", "San Antonio", "sister city", "1982-11-05", ""],  # hidden: the tie ended
            ["광주", "Medan", "sister city", "1997-09-22", ""]]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    ws.row(2).hidden = True
    ws.col(4).hidden = True
    book.save(str(tmp_path / "old.xls"))
    _, result = _import(tmp_path, "old.xls", _sink(tmp_path), gazetteer)
    assert (result.added, result.hidden, result.hidden_columns) == (2, [3], ["E"])


@pytest.mark.parametrize(("name", "expected"), [("도쿄도", "jp-tokyo"), ("오사카부", "adm1-jp-osaka"),
                                                ("홋카이도", "adm1-jp-hokkaido")])
def test_a_partner_written_with_its_division_suffix_is_the_division_or_the_city_it_is(gazetteer, name, expected):
    from partnerships.tables.places import resolve_partner

    assert resolve_partner(gazetteer, [name], country="JP").place.id == expected  # 도쿄도: Tokyo, a city here


def _workbook(path: Path, rows: list[list], hidden: tuple[int, ...] = ()) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for n in hidden:
        book.active.row_dimensions[n].hidden = True
    book.save(path)


def test_a_hidden_old_header_above_the_shown_one_does_not_label_the_sheet(tmp_path, gazetteer):
    _workbook(tmp_path / "old_header.xlsx", [
        ["국가", "상대 도시", "구분", "체결일", "비고"],  # hidden: an earlier layout's labels
        ["korean_place", "partner", "type", "date", "note"],
        ["광주", "Tainan", "sister city", "1968-01-01", ""],
        ["광주", "Medan", "sister city", "1997-09-22", ""]], hidden=(1,))
    _, result = _import(tmp_path, "old_header.xlsx", _sink(tmp_path), gazetteer)
    assert (result.added, result.errors) == (2, [])


def test_a_link_too_long_to_keep_stays_in_the_quote_and_the_row_imports(tmp_path, gazetteer):
    long = "https://www.daejeon.go.kr/" + "a" * 2100
    _workbook(tmp_path / "links.xlsx", [
        ["korean_place", "partner", "type", "date", "source"],
        ["대전", "Seattle", "sister city", "1989-11-06", long]])
    _, result = _import(tmp_path, "links.xlsx", _sink(tmp_path), gazetteer)
    assert (result.added, result.errors) == (1, [])
    (record,) = _sink(tmp_path).table_records(stored_name("links.xlsx", "Sheet")).values()
    assert record["source"]["url"] is None


def test_cli_import_table_fails_when_every_row_is_hidden(tmp_path, capsys, monkeypatch, gazetteer):
    from partnerships.cli import main

    data = tmp_path / "data"
    (data / "records").mkdir(parents=True)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    _workbook(tmp_path / "hidden.xlsx", [
        ["korean_place", "partner", "type", "date"],
        ["광주", "Tainan", "sister city", "1968-01-01"],
        ["광주", "Medan", "sister city", "1997-09-22"]], hidden=(2, 3))
    assert main(["--data", str(data), "import-table", str(tmp_path / "hidden.xlsx"), "--korean-place", "광주"]) == 1
    assert "left out: 2, 3" in capsys.readouterr().out


def test_a_source_cells_own_link_and_a_hyperlink_formulas_address_are_the_records_links(tmp_path, gazetteer):
    import re as re_
    import zipfile

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["korean_place", "partner", "type", "date", "source"])
    sheet.append(["대전", "Seattle", "sister city", "1989-11-06", "대전시 보도자료"])
    sheet["E2"].hyperlink = "https://www.daejeon.go.kr/press/3"  # Excel's Insert > Link
    sheet.append(["대전", "Calgary", "sister city", "1996-09-30", '=HYPERLINK("https://www.daejeon.go.kr/press/4","보도자료")'])
    sheet.append(["대전", "Brno", "friendship city", "2016-05-04", "보도자료"])
    sheet["E4"].hyperlink = "javascript:alert(1)"  # not a web page's: no link, the words stay
    book.save(tmp_path / "raw.xlsx")
    # Excel saves a formula's result beside it; openpyxl writes none, so add it as Excel would
    with zipfile.ZipFile(tmp_path / "raw.xlsx") as src, zipfile.ZipFile(tmp_path / "linked.xlsx", "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re_.sub(rb'<c r="E3"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?',
                               lambda m: b'<c r="E3" t="str"><f>' + m.group(2) + "</f><v>보도자료</v>".encode(), data)
            out.writestr(item, data)
    _, result = _import(tmp_path, "linked.xlsx", _sink(tmp_path), gazetteer)
    assert (result.added, result.errors) == (3, [])
    records = _sink(tmp_path).table_records(stored_name("linked.xlsx", "Sheet")).values()
    urls = {r["partner_places"][0]: r["source"]["url"] for r in records}
    assert urls["us-seattle"] == "https://www.daejeon.go.kr/press/3"
    assert urls[next(p for p in urls if "calgary" in p)] == "https://www.daejeon.go.kr/press/4"
    assert urls[next(p for p in urls if "brno" in p)] is None
    quotes = " ".join(r["evidence"][0] for r in records)
    assert "대전시 보도자료" in quotes and "javascript" not in quotes


def test_a_source_link_no_record_keeps_is_named_and_an_upper_case_scheme_is_a_web_address(tmp_path, gazetteer):
    # round 32: a 4,000-character target, 'data:', 'file:', a relative path and a turned file name
    # vanished without a word, and 'HTTPS://' (which browsers open) was refused
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["korean_place", "partner", "type", "date", "source"])
    targets = {"Seattle": "HTTPS://WWW.DAEJEON.GO.KR/press/7", "Calgary": "https://www.daejeon.go.kr/" + "x" * 4000,
               "Brno": "data:text/html,hi", "Odense": "../press/9.html", "Manila": "https://www.daejeon.go.kr/\u202egpj.exe",
               "Nantes": "https://www.daejeon.go.kr/press/10", "Lyon": "https://www.daejeon.go.kr/\u180e\u3164x",
               "Osaka": "https://www.daejeon.go.kr/\U000e0041"}
    for row, (partner, target) in enumerate(targets.items(), start=2):
        sheet.append(["대전", partner, "sister city", "2016-05-04", "보도자료"])
        sheet[f"E{row}"].hyperlink = target
    book.save(tmp_path / "links.xlsx")
    _, result = _import(tmp_path, "links.xlsx", _sink(tmp_path), gazetteer)
    assert result.added == 8
    assert result.unkept_links == [3, 4, 5, 6, 8, 9]  # Calgary, Brno, Odense, Manila, Lyon, Osaka
    assert "source links not kept" in result.table() and "rows 3, 4, 5, 6" in result.table()
    records = _sink(tmp_path).table_records(stored_name("links.xlsx", "Sheet")).values()
    urls = {r["partner_places"][0]: r["source"]["url"] for r in records}
    assert urls["us-seattle"] == "https://WWW.DAEJEON.GO.KR/press/7"


def test_the_add_article_form_takes_an_upper_case_scheme_as_the_sheets_do():
    # round 33: a sheet kept 'HTTPS://…' (lower-casing its scheme) while Add an article refused it
    from partnerships.model import with_plain_scheme
    from ui.screens.article_review import missing

    source = {"publisher": "부산일보", "published": "2024-05-01", "url": with_plain_scheme("HTTPS://WWW.BUSAN.GO.KR/x")}
    assert source["url"] == "https://WWW.BUSAN.GO.KR/x" and missing([], source, "en") == []
    assert missing([], {**source, "url": "HTTPS://WWW.BUSAN.GO.KR/x"}, "en") != []  # (the form gives it lowered)


def test_a_tie_typed_above_the_header_is_named_and_the_header_stays_one_row(tmp_path, gazetteer):
    # The row above was folded into the labels ('러시아 국가', '1999-01-01 체결일'): no column then
    # read as the Korean government, and the tie itself was neither imported nor named.
    sheet = ("안양시,러시아,하바롭스크,자매결연,1999-01-01\n지자체,국가,상대도시,구분,체결일\n"
             "포항시,일본,후쿠오카,우호협력,2024-05-02\n")
    p = plan.plan(sheet.encode("utf-8"), "ties.csv")
    assert p.table.header_rows == (2,) and p.table.above == (1,)
    assert p.mapping["korean_place"] == "지자체" and p.mapping["date"] == "체결일"
    result = p.run(sink=_sink(tmp_path), gaz=gazetteer)
    assert (result.added, result.above) == (1, [1])
    assert "rows above the header that hold data, left out (move them below it): 1" in result.table()
