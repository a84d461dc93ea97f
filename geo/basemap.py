"""The offline world basemap (Natural Earth 1:110m countries) served from static/."""

from __future__ import annotations

import json
from pathlib import Path

from geo.errors import GeoError

BASEMAP_FILE: Path = Path(__file__).resolve().parent.parent / "static" / "countries-110m.geojson"
BASEMAP_URL = "app/static/countries-110m.geojson"  # relative URL served by Streamlit


def load_basemap() -> dict:
    """The basemap GeoJSON FeatureCollection (a fresh dict on every call)."""
    try:
        data = json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GeoError(f"{BASEMAP_FILE}: cannot read the basemap: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise GeoError(f"{BASEMAP_FILE}: not valid JSON: {exc}") from exc
    if data.get("type") != "FeatureCollection" or not data.get("features"):
        raise GeoError(f"{BASEMAP_FILE}: expected a GeoJSON FeatureCollection with features")
    return data
