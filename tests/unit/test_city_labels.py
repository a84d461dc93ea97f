"""Names of populated places drawn once the map is zoomed in (ui/map/city_labels.py, built by
scripts/build_city_labels.py into static/)."""

from __future__ import annotations

import json

import pytest

from geo.basemap import CITY_LABELS
from partnerships import aggregate
from ui.map import city_labels
from ui.map.deck import build_deck
from ui.map.palette import DARK
from ui.shell.theme import style_deck


def _names(path) -> dict[tuple[str, float, float], str]:
    """(English name, lon, lat) -> Korean name."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(f["properties"]["en"], *f["geometry"]["coordinates"]): f["properties"]["ko"] for f in data["features"]}


def test_the_files_are_small_and_hold_big_cities_first_with_korean_names():
    (zoom4, big, _), (zoom6, more, _) = CITY_LABELS
    assert zoom4 < zoom6
    first, second = _names(big), _names(more)
    assert 400 < len(first) < 800 and len(second) > len(first)
    assert not set(first) & set(second)  # a city is in one tier only
    korean = {en: ko for (en, _, _), ko in first.items()}
    assert korean["Tokyo"] == "도쿄" and korean["Seoul"] == "서울" and korean["Nairobi"] == "나이로비"
    assert {ko for (en, _, _), ko in second.items() if en == "Jeonju"} == {"전주"}  # 650,000 people: zoom 6
    assert all(ko for ko in {**first, **second}.values())  # English stands in for a missing Korean name
    assert big.stat().st_size < 100_000 and more.stat().st_size < 300_000


@pytest.mark.parametrize(("lang", "field"), [("en", "properties.en"), ("ko", "properties.ko")])
def test_labels_are_drawn_from_a_zoom_on_in_the_maps_language(lang, field):
    layers = city_labels.layers(lang)
    assert [(layer.id, layer.visible_min_zoom) for layer in layers] == [(f"city-names-z{z}", z) for z, _, _ in CITY_LABELS]
    assert all(layer.get_text == f"@@={field}" and layer.data.startswith("app/static/cities-") for layer in layers)
    # deck.gl keeps a layer's text when only its accessor changes: the language switch has to tell it
    # (in Chromium the names stayed English after 한국어 was chosen, until a reload)
    assert all(layer.update_triggers == {"getText": lang} for layer in layers)


def test_labels_sit_under_the_atlas_layers_and_follow_the_dark_theme(frame, gazetteer):
    deck = build_deck(aggregate.place_points(frame, gazetteer), aggregate.place_arcs(frame, gazetteer), lang="en")
    ids = [layer.id for layer in deck.layers]
    assert ids.index("city-names-z4") < ids.index(next(i for i in ids if i.startswith("arcs-")))
    style_deck(deck, "dark")
    city = next(layer for layer in deck.layers if layer.id == "city-names-z6")
    assert city.get_text_color[:3] == list(DARK.muted) and city.text_outline_color[:3] == list(DARK.land)
