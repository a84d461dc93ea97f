"""The offline basemap served from static/."""

from __future__ import annotations

from geo.basemap import BASEMAP_FILE, BASEMAP_URL, load_basemap


def test_basemap_file_and_url():
    assert BASEMAP_FILE.name == "countries-110m.geojson"
    assert BASEMAP_FILE.parent.name == "static" and BASEMAP_FILE.is_file()
    assert BASEMAP_URL == "app/static/countries-110m.geojson"


def test_load_basemap():
    data = load_basemap()
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 177
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"South Korea", "Denmark", "Vietnam", "Thailand", "Turkey"} <= names
    data["features"].clear()
    assert len(load_basemap()["features"]) == 177  # every call returns a fresh copy
