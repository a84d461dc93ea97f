"""Korea at national scale: places grouped by metropolitan government or province, arcs by partner
country, and a focus that brings arcs forward."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from partnerships import korea_areas
from partnerships.aggregate import ARC_COLUMNS, POINT_COLUMNS


@pytest.mark.parametrize("place,area", [
    ("kr-suwon", "kr-gyeonggi-do"),  # a city counts for its province
    ("kr-gwangju-1841810", "kr-gyeonggi-do"),  # Gwangju in Gyeonggi, not the metropolitan Gwangju
    ("kr-gwangju", "kr-gwangju"),  # a metropolitan government is its own area
    ("kr-seoul-gangseo-gu", "kr-seoul"),  # an autonomous district counts for its city
    ("kr-yeongcheon", "kr-gyeongsangbuk-do"),  # nearer Daegu's seat than its province's: the table knows
    ("kr-masan", "kr-gyeongsangnam-do"),  # GeoNames files it under Gwangju; the table corrects it
    ("kr-jeju-do", "kr-jeju-do"),
    ("dk-odense", None),  # outside Korea
])
def test_area_of(gazetteer, place, area):
    assert korea_areas.area_of(place, gazetteer) == area


def test_every_korean_place_of_the_gazetteer_is_in_the_table(gazetteer):
    table = korea_areas.area_table()
    missing = [p.id for p in gazetteer if p.country == "KR" and p.kind not in ("country",) and p.id not in table]
    assert missing == []
    assert set(table.values()) == set(korea_areas.AREAS)  # all 17 first-level governments occur


def _points(rows):
    return pd.DataFrame([{**dict.fromkeys(POINT_COLUMNS), **r} for r in rows])[POINT_COLUMNS]


def _arcs(rows, gazetteer):
    out = []
    for src, dst, ty, n in rows:
        a, b = gazetteer.get(src), gazetteer.get(dst)
        out.append({"src": src, "dst": dst, "type": ty, "count": n, "src_lon": a.lon, "src_lat": a.lat,
                    "dst_lon": b.lon, "dst_lat": b.lat, "src_name_en": a.name_en, "src_name_ko": a.name_ko,
                    "dst_name_en": b.name_en, "dst_name_ko": b.name_ko})
    return pd.DataFrame(out)[ARC_COLUMNS]


@pytest.fixture
def national(gazetteer):
    arcs = _arcs([
        ("kr-suwon", "jp-tokyo", "sister_city", 3), ("kr-yongin", "jp-tokyo", "sister_city", 2),
        ("kr-suwon", "cn-shanghai", "friendship_city", 4), ("kr-seoul", "jp-tokyo", "mou", 1),
        ("kr-gyeonggi-do", "jp-osaka", "sister_city", 5),
    ], gazetteer)
    points = _points([
        {"place_id": "kr-suwon", "side": "korean", "country": "KR", "count": 7},
        {"place_id": "kr-yongin", "side": "korean", "country": "KR", "count": 2},
        {"place_id": "kr-gyeonggi-do", "side": "korean", "country": "KR", "count": 5},
        {"place_id": "kr-seoul", "side": "korean", "country": "KR", "count": 1},
        {"place_id": "jp-tokyo", "side": "partner", "country": "JP", "count": 6},
        {"place_id": "jp-osaka", "side": "partner", "country": "JP", "count": 5},
        {"place_id": "cn-shanghai", "side": "partner", "country": "CN", "count": 4},
    ])
    for frame, ids in ((points, points["place_id"]),):
        for col in ("name_en", "name_ko", "lon", "lat"):
            frame[col] = [getattr(gazetteer.get(p), col) for p in ids]
    return points, arcs


def test_suwon_counts_for_gyeonggi_and_weights_are_counts(gazetteer, national):
    points, arcs = korea_areas.by_area(*national, gazetteer)
    korean = points[points["side"] == "korean"].set_index("place_id")
    assert korean.loc["kr-gyeonggi-do", "count"] == 7 + 2 + 5  # Suwon, Yongin and the province itself
    assert korean.loc["kr-gyeonggi-do", "members"] == 3
    assert korean.loc["kr-seoul", "count"] == 1
    assert "kr-suwon" not in korean.index
    merged = arcs.set_index(["src", "dst", "type"])["count"]
    assert merged[("kr-gyeonggi-do", "jp-tokyo", "sister_city")] == 3 + 2  # Suwon's and Yongin's
    assert arcs["count"].sum() == national[1]["count"].sum()  # nothing lost, nothing counted twice
    gyeonggi = gazetteer.get("kr-gyeonggi-do")
    assert (arcs.loc[arcs["src"] == "kr-gyeonggi-do", "src_lon"] == gyeonggi.lon).all()  # drawn from its seat


def test_arcs_by_country_add_up_and_end_at_the_partners_centre(gazetteer, national):
    _, arcs = korea_areas.by_area(*national, gazetteer)
    by = korea_areas.by_country(arcs, gazetteer).set_index(["src", "dst"])
    assert by.loc[("kr-gyeonggi-do", "country-jp"), "count"] == 5 + 5  # Tokyo (Suwon, Yongin) and Osaka
    assert by.loc[("kr-gyeonggi-do", "country-jp"), "type"] == "sister_city"
    assert by.loc[("kr-seoul", "country-jp"), "count"] == 1
    tokyo, osaka = gazetteer.get("jp-tokyo"), gazetteer.get("jp-osaka")
    lon = by.loc[("kr-seoul", "country-jp"), "dst_lon"]  # every arc to Japan ends at one centre,
    assert lon == pytest.approx((6 * tokyo.lon + 5 * osaka.lon) / 11, abs=1e-3)  # weighted by ties
    assert by.loc[("kr-seoul", "country-jp"), "dst_name_en"] == "Japan"


@pytest.mark.parametrize("focus,expected", [
    ("JP", [True, True, False, True, True]),  # a partner country: every arc to it
    ("kr-gyeonggi-do", [True, True, True, False, True]),  # an area: arcs of its places too
    ("kr-suwon", [True, False, True, False, False]),  # one government: its own arcs
    (None, [True] * 5),
])
def test_focus_brings_its_arcs_forward(gazetteer, national, focus, expected):
    assert korea_areas.focus_mask(national[1], focus, gazetteer).tolist() == expected


def test_focus_dims_the_others_on_the_map(gazetteer, national):
    from ui.map.deck import DIM_ARC_ALPHA, build_deck

    points, arcs = national
    lit = korea_areas.focus_mask(arcs, "kr-suwon", gazetteer)
    pairs = list(zip(arcs["src"][lit], arcs["dst"][lit], strict=True))
    spec = build_deck(points, arcs, lang="en", highlight_pairs=pairs,
                      highlight_places=sorted({p for pair in pairs for p in pair}))
    layer = next(ly for ly in spec.layers if ly.id.startswith("arcs-"))
    alpha = {(r["src"], r["dst"]): (r["c"][3] if len(r["c"]) > 3 else 255) for r in layer.data.frame.to_dict("records")}
    assert alpha[("kr-suwon", "jp-tokyo")] > DIM_ARC_ALPHA and alpha[("kr-seoul", "jp-tokyo")] == DIM_ARC_ALPHA
    assert np.count_nonzero([a == DIM_ARC_ALPHA for a in alpha.values()]) == len(arcs) - len(pairs)
