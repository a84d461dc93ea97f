"""The Timeline page with AppTest: counts per year by type or sector in the map's colours, the year
filter shown on the full span of years, other filters applied, the language switch."""

from __future__ import annotations

import pytest

from partnerships import query, timeline
from partnerships.query import Filters
from tests.helpers.apptest import TIMELINE, run_page, vega
from ui.map.palette import DARK, LIGHT, css, sector_colour, type_colour
from ui.shell.i18n import sector_label, t, type_label


def counts_of(data) -> dict[tuple[int, str], int]:
    return {(int(y), k): int(n) for y, k, n in zip(data["year"], data["key"], data["count"], strict=True)}


def test_chart_counts_each_record_once_by_type_in_the_map_colours(frame):
    at = run_page(TIMELINE)
    assert not at.exception
    spec, data = vega(at)
    assert data["count"].sum() == len(frame)
    assert counts_of(data) == counts_of(timeline.per_year(frame, by="type"))
    scale = spec["encoding"]["color"]["scale"]
    present = timeline.key_order(data, by="type")
    assert scale["domain"] == [type_label(k, "en") for k in present]
    assert scale["range"] == [css(type_colour(k)) for k in present]
    assert spec["params"][0]["select"]["type"] == "interval"
    assert spec["encoding"]["x"]["scale"]["domain"] == list(range(frame["year"].min(), frame["year"].max() + 1))
    assert data["chosen"].all()
    assert at.title[0].value == "Timeline"


def test_by_sector_from_the_url_counts_each_sector(frame):
    at = run_page(TIMELINE, {"by": "sector"})
    spec, data = vega(at)
    assert data["count"].sum() == sum(len(s) for s in frame["sectors"])
    present = timeline.key_order(data, by="sector")
    assert spec["encoding"]["color"]["scale"]["domain"] == [sector_label(k, "en") for k in present]
    assert spec["encoding"]["color"]["scale"]["range"] == [css(sector_colour(k)) for k in present]
    assert t("timeline_sector_note", "en") in [c.value for c in at.caption]


def test_toggle_switches_grouping_and_url():
    at = run_page(TIMELINE)
    at.button_group(key="timeline_by").set_value("sector").run()
    spec, _ = vega(at)
    assert spec["encoding"]["color"]["title"] == "Sector"
    assert at.query_params["by"] == "sector"


@pytest.mark.parametrize(
    ("params", "filters"),
    [
        ({"type": "mou"}, Filters(types=("mou",))),
        ({"kr": "kr-daegu"}, Filters(korean_places=("kr-daegu",))),
        ({"sector": "smart_city"}, Filters(sectors=("smart_city",))),
    ],
)
def test_sidebar_filters_apply_to_the_chart(frame, params, filters):
    at = run_page(TIMELINE, params)
    _, data = vega(at)
    expected = query.apply(frame, filters)
    assert 0 < len(expected) < len(frame)
    assert counts_of(data) == counts_of(timeline.per_year(expected, by="type"))


def test_the_axis_spans_the_years_the_filtered_records_have(frame):
    spec, data = vega(run_page(TIMELINE, {"kr": "kr-daegu"}))
    years = [int(y) for y in data["year"]]
    assert spec["encoding"]["x"]["scale"]["domain"] == list(range(min(years), max(years) + 1))
    assert min(years) > frame["year"][frame["year"] > 0].min()  # (not every record's first year)


def test_year_filter_fades_other_years_and_can_be_cleared(frame):
    at = run_page(TIMELINE, {"from": "2019", "to": "2021"})
    spec, data = vega(at)
    # Every year stays on the chart (so the span can be widened by brushing); outside ones fade.
    assert data["count"].sum() == len(frame)
    assert set(data[data["chosen"]]["year"]) == {y for y in data["year"] if 2019 <= y <= 2021}
    assert spec["encoding"]["opacity"]["condition"]["test"] == "datum.chosen"
    assert "Year filter: 2019–2021" in [m.value.strip("*") for m in at.markdown]
    at.button(key="tl_all").click().run()
    assert "from" not in at.query_params and "to" not in at.query_params
    _, data = vega(at)
    assert data["chosen"].all()


def test_language_switch_translates_chart_and_title():
    at = run_page(TIMELINE)
    at.radio(key="lang").set_value("ko").run()
    spec, _ = vega(at)
    assert at.title[0].value == "연도별 추이"
    assert spec["encoding"]["x"]["title"] == "연도"
    assert "업무협약" in spec["encoding"]["color"]["scale"]["domain"]
    assert at.query_params["lang"] == "ko"


def test_no_records_match():
    at = run_page(TIMELINE, {"q": "no such partnership anywhere"})
    assert not at.exception
    assert at.info[0].value == t("no_match", "en")


@pytest.mark.parametrize(("name", "scheme"), [("light", LIGHT), ("dark", DARK)])
def test_chart_text_follows_the_theme(name, scheme):
    at = run_page(TIMELINE, {"theme": name} if name == "dark" else {})
    spec, _ = vega(at)
    assert spec["config"]["background"] == "transparent"
    assert spec["config"]["axis"]["labelColor"] == css(scheme.muted)
    assert spec["config"]["legend"]["labelColor"] == css(scheme.ink)
