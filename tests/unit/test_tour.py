"""Tours: saved orders are read safely, steps wrap, and the camera frames the record's places."""

import json

import pandas as pd
import pytest

from partnerships import tour


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


def _project(lon, lat, view, width, height):
    """Screen position of (lon, lat) under a deck.gl Web Mercator view centred on the map."""
    import math

    scale = tour.TILE * 2 ** view["zoom"]

    def xy(lo, la):
        return scale * (lo + 180) / 360, scale * (1 - tour._mercator_y(la) / math.pi) / 2

    cx, cy = xy(view["longitude"], view["latitude"])
    x, y = xy(lon, lat)
    return width / 2 + x - cx, height / 2 + y - cy


@pytest.mark.parametrize(
    "places",
    [
        [(126.98, 37.57), (10.39, 55.40)],  # 000: Seoul -> Odense
        [(128.60, 35.87), (106.63, 10.82)],  # 003-like: Daegu -> Ho Chi Minh City
        [(128.60, 35.87), (284.30, 45.42)],  # 004: Daegu -> Ottawa, wrapped east of the date line
        [(127.29, 36.48), (100.50, 13.75), (28.98, 41.01)],  # 002: Sejong -> Bangkok, Istanbul
    ],
)
def test_frame_view_keeps_every_place_on_screen_and_uses_the_room(places):
    width, height = 560, 580
    view = tour.frame_view(places, width=width, height=height)
    xs, ys = zip(*(_project(lo, la, view, width, height) for lo, la in places), strict=True)
    assert min(xs) > 0 and max(xs) < width and min(ys) > 0 and max(ys) < height
    assert max(max(xs) - min(xs), (max(ys) - min(ys)) * width / height) > 0.5 * width  # not zoomed out needlessly


def test_frame_view_of_one_place_zooms_in_to_the_cap():
    view = tour.frame_view([(128.6, 35.87)], width=560, height=580, max_zoom=6)
    assert view == {"longitude": 128.6, "latitude": 35.87, "zoom": 6}


def test_frame_view_needs_a_place():
    with pytest.raises(ValueError):
        tour.frame_view([], width=100, height=100)
