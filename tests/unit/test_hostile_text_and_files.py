"""Hostile input the earlier guards missed: bare web addresses that markdown links by itself,
markdown in table cells, a number too long for Python to read, a places file that is not UTF-8,
control characters in a record's text, and terminal escapes in file names."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geo import jsonio
from geo.errors import GeoError
from geo.place_data import PLACES_COLUMNS, read_places_csv
from partnerships.model import shape_problems
from ui.shell.markup import md_escape, md_table

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", ["Session expired: sign in at https://atlas-login.example/in",
                                  "see www.atlas-help.example now", "HTTP://X.EXAMPLE"])
def test_bare_web_addresses_are_not_left_for_markdown_to_link(text):
    out = md_escape(text)
    for linked in ("https:", "https\\:", "http:", "HTTP\\:", "www.", "www\\."):
        assert linked not in out  # markdown's autolink needs these letters side by side
    assert out.replace("\u2060", "").replace("\\", "") == text  # nothing else changes


def test_an_icon_shortcode_stays_text_once_escaped():
    # (the page turns ':material/' into an icon before markdown's escapes are read)
    out = md_escape("home :material/home: here")
    assert ":material/" not in out.replace("\\", "") and out.replace("\u2060", "").replace("\\", "") == \
        "home :material/home: here"


@pytest.mark.parametrize(("url", "linked"), [
    ("https://www.busan.go.kr/news?id=1&x=(2)", True),
    ("http://atlas.example/a b", True),
    ("javascript:alert(1)", False), ("http://[::1", False), ("ftp://files.example/x", False),
    # a browser would go to another host than the one shown: 'evil.example'
    ("http://evil.example&sol;@www.busan.go.kr/x", False), ("http://evil.example\\@www.busan.go.kr/", False),
    ("http://user:pw@www.busan.go.kr/", False),
])
def test_an_address_is_a_link_to_itself_whose_text_copies_as_written(url, linked):
    from ui.shell.markup import md_link

    out = md_link(url)
    assert "\u2060" not in out.partition("](")[0] or not linked  # a link's text holds no word joiner
    assert out.startswith("[") == linked
    if linked:
        label, _, target = out[1:].partition("](")
        assert label.replace("\\", "") == " ".join(url.split())  # copied, the address as written
        assert " " not in target and "(" not in target[:-1] and target.endswith(")")
    else:
        assert "](" not in out and out.startswith("`") and url in out  # shown literally, copied as written


def test_an_entity_in_an_addresss_path_or_query_is_not_read_by_markdown():
    from ui.shell.markup import md_link

    target = md_link("https://www.busan.go.kr/a&sol;b?x=1&amp;y=2&z=3").partition("](")[2]
    assert "&sol;" not in target and "&amp;" not in target and "&z=3" in target


def test_table_cells_index_and_headers_are_escaped():
    frame = pd.DataFrame({"![x](http://127.0.0.1/i.png)": ["**bold** [a](b)"]}, index=["`code`"])
    out = md_table(frame)
    assert out.iloc[0, 0] == md_escape("**bold** [a](b)")
    assert out.index[0] == md_escape("`code`") and out.columns[0] == md_escape("![x](http://127.0.0.1/i.png)")
    assert frame.iloc[0, 0] == "**bold** [a](b)"  # the caller's table is left as it was


def test_a_number_too_long_to_convert_is_a_json_error():
    with pytest.raises(jsonio.JsonError, match="not usable JSON"):
        jsonio.loads('{"year": ' + "9" * 5000 + "}")


def _places(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "places.csv"
    path.write_bytes(data)
    return path


ROW = "venue-test,Test Hall,테스트홀,KR,35.1,129.1,venue,,,"


def test_a_places_file_saved_by_korean_excel_is_read(tmp_path):
    text = ",".join(PLACES_COLUMNS) + "\n" + ROW + "\n"
    entries = read_places_csv(_places(tmp_path, text.encode("cp949")))
    assert [e.place.name_ko for e in entries] == ["테스트홀"]


def test_a_broken_byte_in_a_utf8_places_file_is_reported_not_misread(tmp_path):
    rows = "".join(f"venue-t{i},Hall {i},테스트홀{i},KR,35.1,129.1,venue,,,\n" for i in range(30))
    data = (",".join(PLACES_COLUMNS) + "\n" + rows).encode("utf-8") + b"\xff\n"
    path = _places(tmp_path, data)
    with pytest.raises(GeoError, match=r"line 32: neither UTF-8 nor CP949"):
        read_places_csv(path)
    skipped: list[str] = []
    assert read_places_csv(path, skipped=skipped) == []  # the gazetteer goes on without the file
    assert skipped and "file skipped" in skipped[0]


@pytest.mark.parametrize(("field", "value"), [("title_en", "Seoul\x00 and Odense"), ("summary_ko", "\x1b[2J요약"),
                                              ("title_en", "Good\u202egnp.exe"), ("summary_en", "\u2066x\u2069")])
def test_control_and_direction_override_characters_in_record_text_are_refused(field, value):
    record = json.loads((ROOT / "data/records/000_a437fd8661412f19.json").read_text(encoding="utf-8"))[0]
    record[field] = value
    problems = shape_problems(record, file="x.json")
    assert [(p.field, p.message) for p in problems] == [(field, "holds a control or direction-override character")]


def test_an_article_with_direction_overrides_is_read_without_them():
    from partnerships.extract.clean import to_text

    assert to_text("부산시는 \u202e3일\u202c 오덴세시와 협약을 맺었다.") == "부산시는 3일 오덴세시와 협약을 맺었다."


@pytest.mark.parametrize("char", ["\u202e", "\x1b", "\x07"])
def test_an_article_with_an_override_or_a_control_in_its_agreement_keeps_its_record(char, gazetteer):
    """The text stored is the text read: the record's evidence is found in it and passes the
    record checks (an override, ESC or BEL in the sentence lost the record)."""
    from partnerships.extract import extract
    from partnerships.ingest.worker import Options, prepare

    raw = f"부산시는 3일 태국 방콕시와 스마트시티 협력 업무협약{char}을 체결했다고 밝혔다.\n".encode()
    stored = prepare("a.txt", raw, Options(), frozenset()).text
    assert char not in stored
    (record,) = extract(stored, gazetteer=gazetteer, published="2024-05-03").candidates
    assert record["partner_places"] == ["th-bangkok"] and record["evidence"][0] in stored
    record["source"] = {**record["source"], "file": "a.txt"}
    assert shape_problems({**record, "status": "proposed"}, file="x.json") == []


def test_line_breaks_and_tabs_stay_allowed():
    record = json.loads((ROOT / "data/records/000_a437fd8661412f19.json").read_text(encoding="utf-8"))[0]
    record["summary_en"] = "First line.\nSecond\tline."
    assert shape_problems(record, file="x.json") == []


def test_file_names_in_the_batch_summary_cannot_drive_the_terminal():
    from partnerships.ingest.batch import Summary

    table = Summary(failures=[("a.zip!\x1b]0;TITLE\x07\x1b[2Jreport.doc", "not an article file"),
                              ("ok\rfailures: 0.txt", "not Korean")]).table()
    assert "\x1b" not in table and "\r" not in table and "\x07" not in table
    assert "a.zip!\\x1b]0;TITLE\\x07\\x1b[2Jreport.doc: not an article file" in table
    assert "ok\\rfailures: 0.txt: not Korean" in table


def test_a_places_row_with_a_lookalike_name_is_skipped_and_overrides_are_dropped(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("id,name_en,name_ko,country,lat,lon,kind,geonames_id,aliases_en,aliases_ko\n"
                    "dk-odense-2,\u041edense,오덴세,DK,55.4,10.4,city,,,\n"
                    "xx-good,Good\u202egnp.exe,좋은,DK,55.4,10.4,city,,,\n", encoding="utf-8")
    skipped: list[str] = []
    entries = read_places_csv(path, skipped=skipped)
    assert [e.place.name_en for e in entries] == ["Goodgnp.exe"]
    assert len(skipped) == 1 and "line 2" in skipped[0] and "Cyrillic" in skipped[0]


def test_an_article_with_one_broken_byte_is_told_so_not_called_binary():
    from partnerships.extract.clean import decode
    from partnerships.extract.errors import ArticleError

    data = ("부산시는 3일 덴마크 오덴세시와 로봇 협약을 맺었다. " * 40).encode()
    with pytest.raises(ArticleError, match=r"UTF-8 text with a few broken bytes, the first at byte [0-9,]+: "):
        decode(data[:1000] + b"\xff" + data[1000:])
