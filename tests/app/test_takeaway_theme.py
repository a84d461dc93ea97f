"""Map page extras with AppTest: year play, theme switch (page and map colours, URL), download buttons."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers.apptest import deck_spec, layer, run_app
from ui.map import timeplay
from ui.map.palette import DARK, LIGHT
from ui.map.takeaway import OPEN_KEY


def _years(at: AppTest) -> tuple[int, int]:
    slider = at.slider(key="filter_years")
    return tuple(slider.value)


def _button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_play_starts_at_the_first_year_and_advances_the_end(monkeypatch):
    at = run_app()
    lo, hi = at.slider(key="filter_years").min, at.slider(key="filter_years").max
    assert lo < hi
    assert _years(at) == (lo, hi)
    _button(at, "tp_button").click().run()
    assert _years(at) == (lo, lo)  # playing from the start: only the first year's partnerships
    assert at.session_state["tp_playing"] is True
    assert "to" in at.query_params
    monkeypatch.setattr(timeplay, "INTERVAL", 0.0)  # the next run is "a second later"
    at.run()
    assert _years(at) == (lo, lo + 1)
    at.run()
    assert _years(at) == (lo, min(lo + 2, hi))


def test_pause_stops_the_years(monkeypatch):
    monkeypatch.setattr(timeplay, "INTERVAL", 0.0)
    at = run_app()
    lo = at.slider(key="filter_years").min
    _button(at, "tp_button").click().run()
    _button(at, "tp_button").click().run()  # pause
    assert at.session_state["tp_playing"] is False
    before = _years(at)
    at.run()
    assert _years(at) == before and before[0] == lo


def test_play_runs_out_at_the_last_year(monkeypatch):
    monkeypatch.setattr(timeplay, "INTERVAL", 0.0)
    at = run_app()
    hi = at.slider(key="filter_years").max
    _button(at, "tp_button").click().run()
    for _ in range(60):
        if not at.session_state["tp_playing"]:
            break
        at.run()
    assert at.session_state["tp_playing"] is False
    assert _years(at)[1] == hi


@pytest.mark.parametrize(("params", "scheme"), [({}, LIGHT), ({"theme": "dark"}, DARK)], ids=["light", "dark"])
def test_theme_from_the_url_colours_the_map(params, scheme):
    at = run_app(params)
    spec = deck_spec(at)
    land = layer(spec, "basemap")["_subLayerProps"]["polygons-fill"]["getFillColor"]
    sea = layer(spec, "ocean")["_subLayerProps"]["polygons-fill"]["getFillColor"]
    assert (tuple(land), tuple(sea)) == (scheme.land, scheme.ocean)
    assert at.toggle(key="theme").value is (scheme is DARK)
    dark_css = any("stApp" in h.proto.body and "background" in h.proto.body for h in at.get("html"))
    assert dark_css is (scheme is DARK)


def test_theme_toggle_writes_the_url_and_survives_reruns():
    at = run_app({"lang": "ko"})
    toggle = at.toggle(key="theme")
    assert toggle.label == "어두운 테마"
    toggle.set_value(True).run()
    assert at.query_params["theme"] == ["dark"] or at.query_params["theme"] == "dark"
    at.run()
    assert at.toggle(key="theme").value is True
    at.toggle(key="theme").set_value(False).run()
    assert "theme" not in at.query_params


def test_other_pages_get_the_theme_toggle():
    at = run_app({"theme": "dark"}, page="pages/3_Agreements.py")
    assert not at.exception
    assert at.toggle(key="theme").value is True


@pytest.mark.parametrize(("lang", "labels"), [
    ("en", ["Interactive map (HTML)", "Image for slides (PNG)"]),
    ("ko", ["인터랙티브 지도 (HTML)", "발표용 이미지 (PNG)"]),
])
def test_download_buttons_in_both_languages(lang, labels):
    at = run_app({"lang": lang} if lang != "en" else {})
    assert not at.get("download_button")  # drawn once the popover is opened
    at.session_state[OPEN_KEY] = True
    at.run()
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == labels
