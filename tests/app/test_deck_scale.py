"""The map at national scale: arc cap, relative sizes, vertex budget, draw order, the spec's JSON."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from partnerships.model import TYPES
from ui.map import deck
from ui.map.deck import MAX_ARCS, SMOOTH_ARCS, arc_segments, arc_width, build_deck, point_radius


def synthetic(n_partners: int, *, busiest: int = 5000) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Seoul and Busan linked to `n_partners` places, with counts falling from `busiest`."""
    rng = np.random.default_rng(7)
    partners = [f"xx-p{i}" for i in range(n_partners)]
    points = pd.DataFrame({
        "place_id": ["kr-seoul", "kr-busan", *partners],
        "name_en": ["Seoul", "Busan", *(f"Partner {i}" for i in range(n_partners))],
        "name_ko": ["서울", "부산", *(f"협력 {i}" for i in range(n_partners))],
        "side": ["korean", "korean", *["partner"] * n_partners],
        "country": ["KR", "KR", *["XX"] * n_partners],
        "lon": [126.98, 129.08, *rng.uniform(-170, 170, n_partners)],
        "lat": [37.57, 35.18, *rng.uniform(-50, 60, n_partners)],
        "count": [busiest, busiest // 2, *np.linspace(busiest // 10, 1, n_partners).astype(int)],
    })
    rows = []
    for i, pid in enumerate(partners):
        for src, lon, lat, name in (("kr-seoul", 126.98, 37.57, "Seoul"), ("kr-busan", 129.08, 35.18, "Busan")):
            rows.append({"src": src, "dst": pid, "type": list(TYPES)[i % len(TYPES)], "count": max(1, busiest // 10 - i),
                         "src_lon": lon, "src_lat": lat, "dst_lon": points["lon"].iloc[i + 2],
                         "dst_lat": points["lat"].iloc[i + 2], "src_name_en": name, "src_name_ko": name,
                         "dst_name_en": f"Partner {i}", "dst_name_ko": f"협력 {i}"})
    arcs = pd.DataFrame(rows).sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    return points, arcs


def layer(spec: dict, kind: str) -> dict:
    return next(ly for ly in spec["layers"] if ly["id"].startswith(f"{kind}-"))


def test_small_data_keeps_absolute_sizes():
    assert point_radius(1, 6) == point_radius(1) and point_radius(6, 6) == point_radius(6)
    assert arc_width(1, 5) == arc_width(1) and arc_width(4, 4) == arc_width(4)


def test_national_data_scales_every_size_down_together():
    top = 5000
    radii = [point_radius(n, top) for n in (1, 10, 100, 1000, top)]
    widths = [arc_width(n, top) for n in (1, 10, 100, 1000, top)]
    assert radii == sorted(radii) and widths == sorted(widths)
    assert radii[-1] == 16.0 and widths[-1] == 8.0  # the busiest keeps the largest size
    assert radii[1] < 6 and widths[1] < 2  # a place with 10 of 5,000 is small, not full size
    assert point_radius(10, top) < point_radius(10)


def test_thousands_of_arcs_are_capped_and_drawn_with_fewer_segments():
    points, arcs = synthetic(1200)
    assert len(arcs) > MAX_ARCS
    spec = json.loads(build_deck(points, arcs, lang="en").to_json())
    drawn = layer(spec, "arcs")
    assert len(drawn["data"]) == MAX_ARCS
    assert drawn["numSegments"] == arc_segments(MAX_ARCS) < 50
    assert min(a["w"] for a in drawn["data"]) < 2 < max(a["w"] for a in drawn["data"])
    few = json.loads(build_deck(points, arcs.head(SMOOTH_ARCS), lang="en").to_json())
    assert layer(few, "arcs")["numSegments"] == 50


def test_the_selected_pair_is_drawn_even_beyond_the_cap():
    points, arcs = synthetic(1200)
    last = arcs.iloc[-1]
    spec = json.loads(build_deck(points, arcs, lang="en", focus_pair=(last["src"], last["dst"])).to_json())
    pairs = {(a["src"], a["dst"]) for a in layer(spec, "arcs")["data"]}
    assert (last["src"], last["dst"]) in pairs


def test_korean_places_are_drawn_last_so_they_stay_on_top():
    points, arcs = synthetic(50)
    rows = layer(json.loads(build_deck(points, arcs, lang="ko").to_json()), "places")["data"]
    assert [r["id"] for r in rows[-2:]] == ["kr-seoul", "kr-busan"]
    assert rows[-1]["name"] == "부산" and len(rows) == len(points)


def test_layer_rows_serialise_like_plain_records():
    points, arcs = synthetic(5)
    built = build_deck(points, arcs, lang="en")
    spec = json.loads(built.to_json())
    rows = layer(spec, "arcs")["data"]
    assert {"src", "dst", "type", "s", "d", "w", "h", "tilt", "c", "name", "tip"} == set(rows[0])
    first = arcs.iloc[0]
    assert (rows[0]["src"], rows[0]["dst"]) == (first["src"], first["dst"])
    assert rows[0]["name"] == f"{first['src_name_en']} → {first['dst_name_en']}"
    assert all(isinstance(r["s"], list) and len(r["s"]) == 2 for r in rows)
    assert all(isinstance(r["tilt"], int) for r in rows)
    assert "@@atlas-rows" not in built.to_json()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_arc_and_place_tooltips_are_in_the_chosen_language(lang):
    points, arcs = synthetic(3)
    spec = json.loads(deck.build_deck(points, arcs, lang=lang).to_json())
    tip = layer(spec, "places")["data"][0]["tip"]
    assert ("agreement" in tip) == (lang == "en") and ("건" in tip) == (lang == "ko")


def _legend_script():
    import streamlit as st

    from ui.map import legend

    legend.legend(["mou"] * 5, st.query_params.get("lang", "en"), drawn=int(st.query_params.get("drawn", "5")))


@pytest.mark.parametrize(("lang", "drawn", "says"), [("en", 3, "3 busiest of 5"), ("ko", 3, "5개 중"), ("en", 5, None)])
def test_the_legend_says_when_only_the_busiest_arcs_are_drawn(lang, drawn, says):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_legend_script)
    at.query_params.update({"lang": lang, "drawn": str(drawn)})
    at.run()
    captions = [c.value for c in at.caption]
    assert (says is None and not captions) or (says is not None and any(says in c for c in captions))
