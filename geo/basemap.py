"""The offline world basemap served from static/: Natural Earth 1:110m countries for the world
view, 1:50m once the map is zoomed in (made with `python -m geo.topojson`, see README)."""

from __future__ import annotations

import json
from pathlib import Path

from geo.errors import GeoError

BASEMAP_FILE: Path = Path(__file__).resolve().parent.parent / "static" / "countries-110m.geojson"
BASEMAP_URL = "app/static/countries-110m.geojson"  # relative URL served by Streamlit
DETAIL_FILE: Path = BASEMAP_FILE.parent / "countries-50m.geojson"
DETAIL_URL = "app/static/countries-50m.geojson"
DETAIL_ZOOM = 2.5  # from this zoom on, the 1:50m outlines are drawn (and fetched, once)
# Natural Earth 1:10m first-level boundaries (provinces, states), simplified (`python -m geo.admin1`).
ADMIN1_FILE: Path = BASEMAP_FILE.parent / "admin1-lines.geojson"
ADMIN1_URL = "app/static/admin1-lines.geojson"
ADMIN1_ZOOM = 3.5  # from this zoom on they are drawn (and fetched, once): a country fills the map
# Names of populated places (GeoNames, `python scripts/build_city_labels.py`): (zoom, file, URL),
# the big cities from zoom 4 on, more from zoom 6 on; each file is fetched when first zoomed that far.
CITY_LABELS: tuple[tuple[float, Path, str], ...] = tuple(
    (zoom, BASEMAP_FILE.parent / f"cities-{zoom}.geojson", f"app/static/cities-{zoom}.geojson") for zoom in (4, 6))


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
