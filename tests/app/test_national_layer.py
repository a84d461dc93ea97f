"""The Map and Timeline pages with the national layer on: undated ties are counted and can be left out."""

from __future__ import annotations

import pytest

from tests.app.conftest import run_app


@pytest.fixture
def national_on(data_copy, monkeypatch):
    monkeypatch.setenv("ATLAS_NATIONAL_LAYER", "on")
    return data_copy


def _agreements(at) -> int:
    return int(at.metric[0].value.replace(",", ""))


def test_undated_ties_stay_in_a_year_range_until_left_out(national_on):
    at = run_app()
    box = [c for c in at.checkbox if "undated" in c.label]
    assert len(box) == 1 and "141" in box[0].label and box[0].value is True
    everything = _agreements(at)
    assert everything >= 363  # the national layer and the article records
    ranged = _agreements(run_app({"from": "2000", "to": "2010"}))
    assert ranged < everything
    dated_only = run_app({"from": "2000", "to": "2010", "undated": "0"})
    assert _agreements(dated_only) == ranged - 141  # a range alone never drops undated ties
    assert [c.value for c in dated_only.checkbox if "undated" in c.label] == [False]
    assert dated_only.query_params["undated"] == "0"


def test_unticking_writes_the_url(national_on):
    at = run_app()
    [box] = [c for c in at.checkbox if "undated" in c.label]
    at = box.uncheck().run()
    assert at.query_params["undated"] == "0"


def test_timeline_says_how_many_have_no_date(national_on):
    at = run_app(page="pages/4_Timeline.py")
    assert any("141" in c.value and "no date" in c.value for c in at.caption)


def test_korean_timeline_says_it_too(national_on):
    at = run_app({"lang": "ko"}, page="pages/4_Timeline.py")
    assert any("141" in c.value and "날짜" in c.value for c in at.caption)


def test_a_bad_undated_value_is_ignored_and_said(national_on):
    at = run_app({"undated": "maybe"})
    assert [c.value for c in at.checkbox if "undated" in c.label] == [True]
    assert any("undated" in c.value for c in at.caption)  # the link's value was ignored, in one line
