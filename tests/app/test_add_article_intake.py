"""Add article page (AppTest): several files at once, and a spreadsheet with its column mapping,
into the review queue of a private database; summaries and per-file / per-row reasons shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partnerships import review, store
from tests.app.test_add_article_page import EDITOR, REVIEWER, folders, page, repo_untouched  # noqa: F401
from tests.fixtures.tables import make_tables

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "eval" / "dev"
pytestmark = pytest.mark.timeout(300)


def _tables(tmp_path: Path) -> Path:
    make_tables.write_all(tmp_path / "sheets")
    return tmp_path / "sheets"


def _frame(at, index_name: str, contains: object = None):
    """The table indexed by `index_name` (and holding `contains` in its index), its cells read back
    from the escaped markdown the page shows."""
    for d in at.table:
        df = d.value.map(lambda v: str(v).replace("\\", ""))
        df.index = [str(i).replace("\\", "") for i in d.value.index]
        df.index.name = d.value.index.name
        if df.index.name == index_name and (contains is None or contains in set(df.index)):
            return df
    raise AssertionError(f"no table indexed by {index_name!r}")


def _counts(at, label: str) -> dict[str, int]:
    df = _frame(at, "what", label)
    return {k: int(v) for k, v in zip(df.index, df.iloc[:, 0], strict=True)}


def _uploader(at, key: str):
    return next(u for u in at.file_uploader if u.key == key)


def test_several_files_at_once_then_again(folders):  # noqa: F811
    at = page()
    files = [("f01.txt", (ARTICLES / "f01_incheon_nairobi_press.txt").read_bytes(), "text/plain"),
             ("f05.txt", (ARTICLES / "f05_jeonnam_auckland_press.txt").read_bytes(), "text/plain"),
             ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 40, "text/plain")]
    _uploader(at, "ib_files").set_value(files)
    at.run()
    at.button(key="batch_read").click().run()
    assert not at.exception
    counts = _counts(at, "articles read")
    assert counts["articles read"] == 2 and counts["failures"] == 1 and counts["records proposed"] >= 2
    failures = _frame(at, "file", "photo.txt")
    assert "binary" in failures.loc["photo.txt"].iloc[0]
    read = _frame(at, "file", "f01.txt")  # each article read, by its name, with what it gave
    assert set(read.index) == {"f01.txt", "f05.txt"}
    assert sum(int(n) for n in read.iloc[:, 0]) == counts["records proposed"]
    queue = review.proposed(store.open_store(), REVIEWER)
    assert len(queue) == counts["records proposed"] and all(q.record["status"] == "proposed" for q in queue)
    # each record proposed, under its file and the name it is stored under, to check before review
    shown = next(d.value for d in at.table if "title" in d.value.columns)
    assert len(shown) == len(queue) and set(shown.index.map(lambda i: str(i).replace("\\", ""))) <= {"f01.txt", "f05.txt"}
    titles = " ".join(shown["title"].map(lambda v: str(v).replace("\\", "")))
    assert all(q.record["title_en"] in titles for q in queue)
    assert {str(v).replace("\\", "") for v in shown["stored as"]} == {q.record["source"]["file"] for q in queue}
    at.button(key="batch_read").click().run()
    again = _counts(at, "articles read")
    assert (again["articles read"], again["duplicates skipped"]) == (0, 2)
    assert len(review.proposed(store.open_store(), REVIEWER)) == len(queue)


def test_spreadsheet_mapping_shown_editable_and_imported(folders, tmp_path):  # noqa: F811
    sheets = _tables(tmp_path)
    at = page()
    _uploader(at, "it_file").set_value(("gyeonggi_ties.xls", (sheets / "gyeonggi_ties.xls").read_bytes(),
                                        "application/vnd.ms-excel"))
    at.run()
    assert not at.exception
    boxes = {s.label: s for s in at.selectbox if s.key and s.key.startswith("it_map_")}
    assert boxes["Korean government"].value == "시군" and boxes["Date signed"].value == "체결일자"
    assert boxes["Partner, English"].value == "상대 도시 영문"
    boxes["Date signed"].set_value("— none —").run()  # the user removes a needed column
    assert any("Date signed" in w.value for w in at.warning)  # the field as the page names it
    assert at.button(key="import_rows").disabled
    boxes = {s.label: s for s in at.selectbox if s.key and s.key.startswith("it_map_")}
    boxes["Date signed"].set_value("체결일자").run()
    at.button(key="import_rows").click().run()
    counts = _counts(at, "rows read")
    assert counts["records added"] == 58 and counts["rows with errors"] == 5
    errors = _frame(at, "row")
    assert [int(x) for x in errors.index] == [78, 79, 80, 81, 82]
    assert "Odense (DK)" in errors.iloc[0, 1]  # the nearest place, by its name
    fix = next(s for s in at.selectbox if s.label == "오덴스")  # a misspelt partner: pick a suggestion
    fix.set_value("dk-odense").run()
    at.button(key="import_rows").click().run()
    fixed = _counts(at, "rows read")
    assert (fixed["records added"], fixed["unchanged (imported before)"], fixed["rows with errors"]) == (1, 58, 4)
    at.text_input(key="it_preset_name").input("gyeonggi").run()
    at.button(key="it_save_preset").click().run()
    saved = json.loads((folders[0] / "presets" / "gyeonggi.json").read_text("utf-8"))
    assert saved["places"] == {"오덴스": "dk-odense"} and saved["columns"]["korean_place"] == "시군"
    at.button(key="import_rows").click().run()
    assert _counts(at, "rows read")["unchanged (imported before)"] == 59


def test_a_bad_spreadsheet_says_why(folders):  # noqa: F811
    at = page()
    _uploader(at, "it_file").set_value(("list.csv", b"\x00\x01binary" * 30, "text/csv"))
    at.run()
    assert not at.exception
    assert any("binary" in e.value for e in at.error)


def test_a_viewer_gets_neither_section(folders):  # noqa: F811
    at = page(user=None)
    assert not at.exception and not at.file_uploader
    assert not [x for x in at.toggle if x.key == "add_article_online"]


def test_online_look_ups_in_one_import_stop_at_the_cap_and_say_so(folders, monkeypatch):  # noqa: F811
    from partnerships.tables import importer
    from tests.nominatim_stub import NominatimStub, nominatim_result

    monkeypatch.setattr(importer, "ONLINE_CAP", 2)
    sheet = "자치단체,국가,상대도시,구분,체결일\n" + "".join(
        f"서울특별시,태국,{name},우호협력,2020-05-0{n}\n" for n, name in enumerate(["할라포인트", "없는곳", "또없는곳"], 1))
    answers = {"할라포인트, TH": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)]}
    with NominatimStub(answers) as stub:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{stub.domain}")
        at = page()
        at.toggle(key="add_article_online").set_value(True).run()
        _uploader(at, "it_file").set_value(("ties.csv", sheet.encode("utf-8"), "text/csv"))
        at.run()
        at.button(key="import_rows").click().run()
        assert not at.exception
        assert len(stub.queries) == 2  # the third name is not asked
    counts = _counts(at, "rows read")
    assert counts["records added"] == 1 and counts["rows with errors"] == 2
    errors = _frame(at, "row")
    assert "already asked for 2 places" in errors.loc["4"].iloc[0]
    assert "already asked" not in errors.loc["3"].iloc[0]


def test_an_editor_follows_their_own_proposals_and_a_reviewers_reason(folders):  # noqa: F811
    at = page()
    assert "Your proposals (0)" in [e.label for e in at.expander]
    sheet = "자치단체,국가,상대도시,구분,체결일\n서울특별시,덴마크,오덴세,우호협력,2021-03-02\n부산광역시,태국,방콕,자매결연,2019-05-07\n"
    _uploader(at, "it_file").set_value(("our_ties.csv", sheet.encode("utf-8"), "text/csv"))
    at.run()
    at.button(key="import_rows").click().run()
    mine = {r.id: r for r in store.read_records(store.engine()).records
            if (r.extra.get("table_row") or {}).get("file") == "our_ties.csv"}
    bangkok = next(rid for rid in mine if "bangkok" in rid)
    review.reject(store.engine(), REVIEWER, bangkok, version=1, reason="already on the map as 1992")
    at = page("ko")
    (box,) = [e for e in at.expander if e.label.startswith("내가 제안한 기록")]
    assert box.label == "내가 제안한 기록 (2건)"
    table = next(t.value for t in at.table if "상태" in t.value.columns)
    rows = {str(i).replace("\\", ""): r for i, r in table.iterrows()}
    assert rows[bangkok]["상태"] == "반려됨" and "1992" in rows[bangkok]["검토자 사유"]
    assert {r["상태"] for k, r in rows.items() if k != bangkok} == {"검토 전"}


def test_the_korean_page_gives_a_rows_reason_in_korean(folders):  # noqa: F811
    at = page("ko")
    sheet = "자치단체,국가,상대도시,구분,체결일\n서울특별시,몽골,푸른초원시,우호협력,2021-03-02\n"
    _uploader(at, "it_file").set_value(("ties.csv", sheet.encode("utf-8"), "text/csv"))
    at.run()
    at.button(key="import_rows").click().run()
    assert not at.exception
    reasons = [str(v).replace("\\", "") for tb in at.table for v in tb.value.to_numpy().ravel()]
    assert any("지명 사전에 MN의 '푸른초원시'" in r for r in reasons)
    assert not any("gazetteer" in r for r in reasons)



def test_the_nearest_places_in_the_korean_rows_table_are_named_in_korean(folders):  # noqa: F811
    at = page("ko")
    _import(at, "자치단체,국가,상대도시,구분,체결일\n서울특별시,몽골,바양주르흐구,우호협력,2021-03-02\n")
    assert not at.exception
    cells = [str(v).replace("\\", "") for tb in at.table for v in tb.value.to_numpy().ravel()]
    suggested = [c for c in cells if "(MN)" in c]  # '바양골구 (MN)', not 'mn-bayangol (Bayangol, MN)'
    assert suggested and not any(w.startswith(("mn-", "adm1-")) for c in suggested for w in c.split())


def test_a_new_version_of_a_published_sheet_tells_an_editor_it_takes_a_reviewer(folders):  # noqa: F811
    sheet = "시군,상대 도시 영문,국가,구분,체결일자\n서울특별시,Odense,DK,우호협력,{date}\n"
    at = page()
    _uploader(at, "it_file").set_value(("mine.csv", sheet.format(date="2014-05-01").encode(), "text/csv"))
    at.run()
    at.button(key="import_rows").click().run()
    eng = store.open_store()
    (mine,) = review.proposed(eng, REVIEWER)
    review.publish(eng, REVIEWER, mine.id, version=mine.version)
    _uploader(at, "it_file").set_value(("mine.csv", sheet.format(date="2014-05-02").encode(), "text/csv"))
    at.run()
    at.button(key="import_rows").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Not imported: rows of this sheet are already published, and a new version of it takes a reviewer. "
        "Ask a reviewer, or give the file another name to propose its rows as new."]


def test_a_sheets_undated_rows_come_in_undated_when_asked(folders):  # noqa: F811
    sheet = ("자치단체,국가,상대 도시,구분,체결일\n서울특별시,DK,Odense,자매결연,\n부산광역시,TH,Bangkok,자매결연,2016-03-02\n"
             ).encode()
    at = page()
    _uploader(at, "it_file").set_value(("own-ties.csv", sheet, "text/csv"))
    at.run()
    assert _undated(at).value is False
    at.button(key="import_rows").click().run()
    counts = _counts(at, "rows read")
    assert (counts["records added"], counts["rows with errors"]) == (1, 1)
    _undated(at).check().run()
    at.button(key="import_rows").click().run()
    assert _counts(at, "rows read")["records added"] == 1  # the undated row, now
    from sqlalchemy import select

    from partnerships.db import schema

    r = schema.records.c
    with store.open_store().connect() as conn:
        got = conn.execute(select(r.status, r.year).where(r.article_file.like("own-ties.csv%"))).all()
    assert sorted(got) == [("proposed", 0), ("proposed", 2016)]


def _import(at, sheet: str) -> None:
    """Upload a sheet as ties.csv and import its rows."""
    _uploader(at, "it_file").set_value(("ties.csv", sheet.encode("utf-8"), "text/csv"))
    at.run()
    at.button(key="import_rows").click().run()


def test_the_nearest_places_for_a_name_the_gazetteer_lacks_read_as_names_not_ids(folders):  # noqa: F811
    at = page()
    _import(at, "자치단체,국가,상대도시,구분,체결일\n서울특별시,몽골,바양주르흐구,우호협력,2021-03-02\n")
    assert not at.exception
    (fix,) = [s for s in at.selectbox if s.key and s.key.startswith("it_fix_")]
    assert "Bayangol District, Ulaanbaatar (Mongolia)" in fix.options
    assert not any(o.startswith(("mn-", "adm1-")) for o in fix.options)


def test_a_misspelt_korean_government_picked_among_the_nearest_is_placed_on_the_next_import(folders):  # noqa: F811
    at = page()
    _import(at, "자치단체,국가,상대도시,구분,체결일\nChangwn,덴마크,오덴세,우호협력,2021-03-02\n")
    (fix,) = [s for s in at.selectbox if s.key and s.key.startswith("it_fix_")]
    assert any(o.startswith("Changwon (") for o in fix.options)
    fix.set_value("kr-changwon").run()
    at.button(key="import_rows").click().run()
    assert not at.exception
    counts = _counts(at, "rows read")
    assert counts["records added"] == 1 and counts["rows with errors"] == 0


def _undated(at):
    return next(c for c in at.checkbox if c.key and c.key.startswith("import_undated"))


def test_a_saved_mapping_chosen_again_brings_back_every_choice(folders):  # noqa: F811
    sheet = ("자치단체,국가,상대 도시,구분,체결일\n서울특별시,DK,Odense,자매결연,\n부산광역시,TH,Bangkok,자매결연,2016-03-02\n"
             ).encode()
    at = page()
    _uploader(at, "it_file").set_value(("own-ties.csv", sheet, "text/csv"))
    at.run()
    boxes = {s.label: s for s in at.selectbox if s.key and s.key.startswith("it_map_")}
    guessed = {label: box.value for label, box in boxes.items() if box.value != "— none —"}
    partner = next(label for label, value in guessed.items() if value == "상대 도시")
    boxes[partner].set_value("— none —")
    boxes["Partner, English"].set_value("상대 도시").run()
    _undated(at).check().run()
    at.text_input(key="it_preset_name").input("시군 교류표 2025").run()
    at.button(key="it_save_preset").click().run()
    assert (folders[0] / "presets" / "시군-교류표-2025.json").exists() and at.success  # spaces become dashes
    again = page()  # a new session
    _uploader(again, "it_file").set_value(("more-ties.csv", sheet, "text/csv"))
    again.run()
    again.selectbox(key="import_preset").set_value("시군-교류표-2025").run()
    boxes = {s.label: s for s in again.selectbox if s.key and s.key.startswith("it_map_")}
    assert boxes[partner].value == "— none —" and boxes["Partner, English"].value == "상대 도시"
    assert _undated(again).value is True
    again.button(key="import_rows").click().run()
    assert _counts(again, "rows read")["records added"] == 2  # the undated row too


def test_the_rows_source_is_asked_for_and_kept_with_the_mapping(folders):  # noqa: F811
    sheet = "자치단체,국가,상대 도시,구분,체결일\n부산광역시,TH,Bangkok,자매결연,2016-03-02\n".encode()
    at = page()
    _uploader(at, "it_file").set_value(("own-ties.csv", sheet, "text/csv"))
    at.run()
    next(x for x in at.text_input if x.key and x.key.startswith("import_publisher")).input(
        "부산시 국제협력과\u202e").run()
    at.button(key="import_rows").click().run()
    (mine,) = [q for q in review.proposed(store.open_store(), REVIEWER) if q.record["source"]["file"].startswith("own")]
    assert mine.record["source"]["publisher"] == "부산시 국제협력과"  # (direction marks left out)
    at.text_input(key="it_preset_name").input("busan").run()
    at.button(key="it_save_preset").click().run()
    assert json.loads((folders[0] / "presets" / "busan.json").read_text("utf-8"))["publisher"] == "부산시 국제협력과"


def test_sector_words_the_import_cannot_read_are_listed_with_their_rows(folders):  # noqa: F811
    at = page("ko")
    _import(at, "자치단체,국가,상대도시,구분,체결일,분야\n서울특별시,덴마크,오덴세,우호협력,2021-03-02,해양\n"
                "부산광역시,덴마크,오덴세,우호협력,2021-03-02,로봇\n")
    assert not at.exception
    said = " ".join(m.value for m in at.info)
    assert "알아보지 못한 분야" in said and "해양" in said and "2행" in said and "로봇" not in said


def test_a_tie_typed_above_the_header_row_is_named_on_the_page(folders):  # noqa: F811
    at = page()
    _import(at, "안양시,러시아,하바롭스크,자매결연,1999-01-01\n지자체,국가,상대도시,구분,체결일\n"
                "포항시,일본,후쿠오카,우호협력,2024-05-02\n")
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "Not imported: data above the header row, in sheet row(s) 1. Move it below the header and import again."]
