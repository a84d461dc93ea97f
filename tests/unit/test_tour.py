"""Tours: saved orders are read safely, steps wrap, and the camera frames the record's places."""

import json

import pandas as pd
import pytest

from partnerships import tour
from partnerships.model import Problem


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame({"id": ["c", "a", "b"], "date": ["2022-10", "2014", "2024-03-13"], "year": [2022, 2014, 2024]})


def test_time_order_is_oldest_first(table):
    assert tour.ordered_ids(table) == ["a", "c", "b"]


def test_saved_order_keeps_its_order_and_drops_absent_ids(table):
    saved = tour.Tour("t", "T", "T", ("b", "zz", "a"))
    assert tour.ordered_ids(table, saved) == ["b", "a"]


def test_load_tours_reports_bad_files_and_unknown_ids(tmp_path):
    (tmp_path / "good.json").write_text(json.dumps({"title_en": "Good", "records": ["a", "x", "b", "a"]}))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "shape.json").write_text(json.dumps({"records": "a"}))
    result = tour.load_tours(tmp_path, known_ids={"a", "b"})
    assert list(result.tours) == ["good"]
    good = result.tours["good"]
    assert good.records == ("a", "b") and good.title_en == "Good" and good.title_ko == "Good"
    found = {(p.file, p.record_id, p.field) for p in result.problems}
    assert found == {("good.json", "x", "records"), ("broken.json", None, None), ("shape.json", None, "records")}


@pytest.mark.parametrize("raw", [{"title_en": "Seoul \u202eevil", "records": []},
                                 {"title_ko": "서울\u2067악", "records": []},
                                 {"title_en": "bell\x07", "records": []}])
def test_a_title_with_controls_or_direction_marks_is_refused(tmp_path, raw):
    (tmp_path / "t.json").write_text(json.dumps(raw))
    result = tour.load_tours(tmp_path, known_ids=set())
    assert result.tours == {} and [p.file for p in result.problems] == ["t.json"]


def test_a_file_name_standing_as_the_title_is_held_to_the_same_rule(tmp_path):
    (tmp_path / "a\u202eb.json").write_text(json.dumps({"records": []}))
    (tmp_path / "plain.json").write_text(json.dumps({"records": []}))
    assert list(tour.load_tours(tmp_path, known_ids=set()).tours) == ["plain"]


def test_a_long_unknown_id_is_cut_where_it_is_told():
    told = str(Problem("t.json", "x" * 500, "records", "no such record"))
    assert len(told) < 140 and "x" * 79 + "…" in told


def test_bundled_tours_name_only_existing_records(gazetteer):
    from partnerships import store

    ids = {r.id for r in store.load(gazetteer=gazetteer).records}
    result = tour.load_tours(store.data_dir() / "tours", known_ids=ids)
    assert result.problems == [] and result.tours
    assert all(t.records or t.filters for t in result.tours.values())  # a list, or a story told by filters


@pytest.mark.parametrize(
    ("step", "n", "clamped", "after"),
    [(None, 5, 1, 2), (0, 5, 1, 2), (3, 5, 3, 4), (5, 5, 5, 1), (9, 5, 5, 1), (4, 0, 1, 1)],
)
def test_steps_clamp_and_wrap(step, n, clamped, after):
    assert tour.clamp_step(step, n) == clamped
    assert tour.next_step(clamped, n) == after


@pytest.mark.parametrize("year", ["²", "--5", "99999", "twenty"])
def test_a_story_whose_year_filter_no_link_could_hold_is_listed_not_run(tmp_path, year):
    (tmp_path / "bad-year.json").write_text(json.dumps({"title_en": "Bad", "filters": {"country": "JP", "from": year}}))
    (tmp_path / "good.json").write_text(json.dumps({"title_en": "Good", "filters": {"country": "JP", "from": "2010"}}))
    result = tour.load_tours(tmp_path, known_ids=set())
    assert list(result.tours) == ["good"]
    assert [(p.file, p.field) for p in result.problems] == [("bad-year.json", "filters")]


@pytest.mark.parametrize("url, shown, hidden", [
    # the cell's words name one site and its link goes to another: the link is the record's
    ("https://evil.example/phish", "evil.example", "www.daejeon.go.kr"),
    # no link was taken (a formula built it): no site from an unmapped column's address either
    (None, "ties.xlsx", "evil.example"),
])
def test_a_table_rows_slide_names_the_site_of_the_records_own_link(url, shown, hidden):
    from partnerships.tables.rows import row_line
    from ui.screens.tour import card_html

    line = row_line("ties.xlsx", "ties", 4, ["지자체", "상대도시", "출처", "helper"],
                    ["대전", "시애틀", "https://www.daejeon.go.kr/press/1", "http://evil.example/from-cell"])
    if url is None:
        line = line.replace("https://www.daejeon.go.kr/press/1", "보도자료")
    row = pd.Series({"korean_places": ["kr-daejeon"], "partner_places": ["us-seattle"], "evidence": [line],
                     "publisher": "", "url": url, "published": "", "summary_en": "", "summary_ko": "",
                     "type": "sister_city", "title_en": "Daejeon-Seattle", "title_ko": "대전-시애틀",
                     "date": "2024", "source_file": "ties.xlsx.ties.txt"})
    card = card_html(row, "en", str)
    src = card.split('class="src">', 1)[1]
    assert shown in src and hidden not in src


def test_a_picker_label_can_be_found_without_its_accents():
    # typing 'Hai Duong' found nothing for 'Hải Dương' (trial 23); Hangul and plain words stay as they are
    from ui.screens.tour_builder import _label

    viet = _label(pd.Series({"year": 2010, "title": "Jincheon and Hải Dương sign a sister-city tie",
                             "partner_countries": ["VN"]}), "en")
    assert viet.startswith("2010 · Jincheon and Hải Dương") and viet.endswith(" · Hai Duong")
    plain = _label(pd.Series({"year": 2014, "title": "Seoul and Odense", "partner_countries": ["DK"]}), "en")
    korean = _label(pd.Series({"year": 2010, "title": "진천군-하이즈엉성 자매결연", "partner_countries": ["VN"]}), "ko")
    assert plain == "2014 · Seoul and Odense · Denmark" and korean == "2010 · 진천군-하이즈엉성 자매결연 · 베트남"
    # the plain words leave the title's punctuation ('… · Hokkaido:' ended a label, trial 25)
    japan = _label(pd.Series({"year": 0, "title": "South Gyeongsang Province with Hokkaidō: other formal tie",
                              "partner_countries": ["JP"]}), "en")
    assert japan.endswith(" · Japan · Hokkaido")
