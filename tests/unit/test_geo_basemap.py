"""The offline basemap served from static/, and the script that makes it."""

from __future__ import annotations

import json

from geo.basemap import BASEMAP_FILE, BASEMAP_URL, DETAIL_FILE, DETAIL_URL, load_basemap
from geo.topojson import fix_antimeridian, to_geojson


def test_basemap_file_and_url():
    assert BASEMAP_FILE.name == "countries-110m.geojson"
    assert BASEMAP_FILE.parent.name == "static" and BASEMAP_FILE.is_file()
    assert BASEMAP_URL == "app/static/countries-110m.geojson"
    assert DETAIL_FILE.is_file() and f"app/static/{DETAIL_FILE.name}" == DETAIL_URL


def test_load_basemap():
    data = load_basemap()
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 176  # Natural Earth's 177 less Antarctica
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"South Korea", "Denmark", "Vietnam", "Thailand", "Turkey"} <= names
    assert "Antarctica" not in names
    data["features"].clear()
    assert len(load_basemap()["features"]) == 176  # every call returns a fresh copy


def _points(data: dict):
    for f in data["features"]:
        polys = f["geometry"]["coordinates"]
        for poly in (polys if f["geometry"]["type"] == "MultiPolygon" else [polys]):
            yield from poly


def test_the_detailed_outlines_are_finer_and_never_jump_the_antimeridian():
    detail = json.loads(DETAIL_FILE.read_text(encoding="utf-8"))
    korea = [f for f in detail["features"] if f["properties"]["name"] == "South Korea"]
    coarse = [f for f in load_basemap()["features"] if f["properties"]["name"] == "South Korea"]
    assert sum(map(len, _points({"features": korea}))) > 5 * sum(map(len, _points({"features": coarse})))
    for ring in _points(detail):
        assert all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:], strict=False))


def test_topojson_rings_follow_their_arcs_both_ways():
    # Two squares sharing one border (arc 0), the second walking it backwards (~0 == -1).
    topology = {"type": "Topology", "arcs": [[[1, 0], [1, 1]], [[1, 1], [0, 1], [0, 0], [1, 0]],
                                             [[1, 0], [2, 0], [2, 1], [1, 1]]],
                "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "A"}},
                    {"type": "Polygon", "arcs": [[2, -1]], "id": "2", "properties": {"name": "B"}},
                    {"type": "Polygon", "arcs": [[2, -1]], "id": "010", "properties": {"name": "Antarctica"}}]}}}
    data = to_geojson(topology, "countries")
    assert [f["properties"]["name"] for f in data["features"]] == ["A", "B"]
    assert data["features"][0]["geometry"]["coordinates"] == [[[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]]]
    assert data["features"][1]["geometry"]["coordinates"] == [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]


def test_a_ring_across_the_antimeridian_moves_to_one_side():
    assert fix_antimeridian([(179.0, 0.0), (-179.0, 1.0)]) == [(179.0, 0.0), (181.0, 1.0)]
    assert fix_antimeridian([(10.0, 0.0), (12.0, 1.0)]) == [(10.0, 0.0), (12.0, 1.0)]
