"""Undated records: their representation, and the year filter that says whether to include them."""

from __future__ import annotations

import numpy as np
import pytest

from partnerships.model import UNDATED_YEAR, shape_problems
from partnerships.query import Filters, year_mask
from partnerships.timeline import per_year, undated_count


def _record(**kw) -> dict:
    d = {"id": "undated-a-b", "title_en": "A with B", "title_ko": "A–B", "type": "sister_city",
         "sectors": ["culture_tourism"], "date": "", "year": 0, "date_basis": "undated: row 2 gives no date",
         "korean_places": ["kr-seoul"], "partner_places": ["jp-tokyo"], "summary_en": "s", "summary_ko": "s",
         "source": {"file": "t.txt", "publisher": ""}, "evidence": ["row 2"]}
    d.update(kw)
    return d


def test_an_undated_record_is_valid():
    assert shape_problems(_record(), file="f") == []


@pytest.mark.parametrize("change", [
    {"year": 2001},                    # a year without a date
    {"date": "2001"},                  # a date with year 0
    {"date_basis": "stated"},          # undated but says stated
    {"date": "1850", "year": 1850, "date_basis": "stated"},  # dated records still start in 1945
])
def test_half_undated_records_are_refused(change):
    assert shape_problems(_record(**change), file="f")


YEARS = np.array([2001, 2010, UNDATED_YEAR, 2020, UNDATED_YEAR])


@pytest.mark.parametrize("filters,expected", [
    (Filters(), [1, 1, 1, 1, 1]),
    (Filters(undated=False), [1, 1, 0, 1, 0]),
    (Filters(year_min=2005, year_max=2015), [0, 1, 1, 0, 1]),  # a range keeps undated ties in view
    (Filters(year_min=2005, year_max=2015, undated=False), [0, 1, 0, 0, 0]),
    (Filters(year_max=2001), [1, 0, 1, 0, 1]),  # year 0 is not "before 2001"
])
def test_year_mask(filters, expected):
    assert year_mask(YEARS, filters).astype(int).tolist() == expected


def test_undated_is_in_the_url_only_when_left_out():
    assert "undated" not in Filters().to_params()
    assert Filters(undated=False).to_params() == {"undated": "0"}
    assert Filters.from_params({"undated": "0"}).undated is False
    assert Filters.from_params({"undated": "<b>"}).undated is True  # anything else: the default


def test_timeline_counts_undated_apart():
    import pandas as pd

    df = pd.DataFrame({"year": [2001, 0, 0], "type": ["mou", "mou", "sister_city"],
                       "sectors": [("trade",), ("trade",), ("trade",)]})
    assert undated_count(df) == 2
    assert per_year(df, by="type")["year"].tolist() == [2001]


def test_a_tour_told_by_filters_takes_what_they_pass_oldest_first_undated_last(tmp_path):
    import json

    import pandas as pd

    from partnerships.tour import load_tours, ordered_ids

    (tmp_path / "jp.json").write_text(json.dumps({"title_en": "JP", "filters": {"country": "JP"}}))
    (tmp_path / "bad.json").write_text(json.dumps({"filters": ["JP"]}))
    got = load_tours(tmp_path, known_ids=set())
    assert [p.field for p in got.problems] == ["filters"]
    df = pd.DataFrame({"id": ["a", "b", "c", "d"], "date": ["2001", "", "1990", "1995"], "year": [2001, 0, 1990, 1995],
                       "partner_countries": [("JP",), ("JP",), ("JP",), ("CN",)]})
    assert ordered_ids(df, got.tours["jp"]) == ["c", "a", "b"]
