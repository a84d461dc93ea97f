"""Korea at national scale: Korean places grouped by their first-level government (8 metropolitan
governments and 9 provinces, "areas"), arcs grouped by partner country, and a focus that brings
one government's or one country's arcs forward.

    area_of("kr-suwon", gaz)              # 'kr-gyeonggi-do': a tie of Suwon counts for Gyeonggi
    by_area(points, arcs, gaz)            # the map's points and arcs with Korean places merged by area
    by_country(arcs, gaz)                 # arcs merged by (Korean place, partner country, type)
    focus_mask(arcs, "JP", gaz)           # the arcs a focus brings forward

Which area a place belongs to comes from data/korea_areas.csv (scripts/build_korea_areas.py);
a Korean place the table does not know (added later) counts for the nearest area's seat.
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from geo.gazetteer import Gazetteer

# The 17 first-level governments: metropolitan (특별시·광역시·특별자치시) first, then provinces
AREAS: tuple[str, ...] = (
    "kr-seoul", "kr-busan", "kr-daegu", "kr-incheon", "kr-gwangju", "kr-daejeon", "kr-ulsan", "kr-sejong",
    "kr-gyeonggi-do", "kr-gangwon-do", "kr-chungcheongbuk-do", "kr-chungcheongnam-do", "kr-jeollabuk-do",
    "kr-jeollanam-do", "kr-gyeongsangbuk-do", "kr-gyeongsangnam-do", "kr-jeju-do",
)
TABLE_NAME = "korea_areas.csv"
COUNTRY_PREFIX = "country-"  # gazetteer ids of countries: country-jp
_DATA = Path(__file__).resolve().parents[1] / "data"


def table_path(data_dir: Path | None = None) -> Path:
    """Where the place -> area table lives: the repository's `data/korea_areas.csv` (reference
    geography, like the gazetteer's sources: not part of a deployment's own data folder)."""
    return (data_dir or _DATA) / TABLE_NAME


@functools.lru_cache(maxsize=4)
def _read_table(path: str) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return {row["place_id"]: row["area_id"] for row in csv.DictReader(fh) if row.get("area_id") in AREAS}
    except OSError:
        return {}


def area_table(data_dir: Path | None = None) -> dict[str, str]:
    """Korean place id -> area id, as data/korea_areas.csv gives it (empty if the file is missing)."""
    return _read_table(str(table_path(data_dir)))


def with_their_places(ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """`ids`, where one is a metropolitan government or a province, with every place in it
    (Gyeonggi's Suwon and Seongnam, Seoul's districts): choosing Gyeonggi finds its cities' ties;
    and each place's former ids, which older records may still carry ('kr-kimje' for kr-gimje).
    Asked by every query of a rerun with the filter set: worked out once per choice."""
    return _with_their_places(tuple(ids)) if ids else ()


@functools.lru_cache(maxsize=256)
def _with_their_places(ids: tuple[str, ...]) -> tuple[str, ...]:
    chosen = [i for i in ids if i in AREAS]
    inside = sorted(pid for pid, area in area_table().items() if area in chosen)
    wanted = set(ids) | set(inside)
    former = sorted(old for old, now in _former_ids().items() if now in wanted)
    return tuple(dict.fromkeys([*ids, *inside, *former]))


def _former_ids() -> dict[str, str]:
    from geo.gazetteer import default_gazetteer

    return default_gazetteer().aliases


def area_of(place_id: str, gazetteer: Gazetteer, *, table: dict[str, str] | None = None) -> str | None:
    """The area (first-level government) a Korean place belongs to; None outside Korea."""
    if place_id in AREAS:
        return place_id
    place_id = gazetteer.canonical_id(place_id) if hasattr(gazetteer, "canonical_id") else place_id
    known = (area_table() if table is None else table).get(place_id)
    if known is not None:
        return known
    if place_id not in gazetteer:
        return None
    place = gazetteer.get(place_id)
    if place.country != "KR" or place.kind == "country":
        return None
    seats = [(a, gazetteer.get(a)) for a in AREAS if a in gazetteer]
    return min(seats, key=lambda s: math.hypot(s[1].lat - place.lat, (s[1].lon - place.lon) * 0.8))[0]


def areas_of(ids: pd.Series | list[str], gazetteer: Gazetteer) -> dict[str, str]:
    """Area of each distinct Korean place id in `ids` (ids outside Korea map to themselves)."""
    table = area_table()
    return {pid: area_of(pid, gazetteer, table=table) or pid for pid in pd.unique(pd.Series(ids, dtype=object))}


def members(area: str, place_ids: list[str] | pd.Series, gazetteer: Gazetteer) -> list[str]:
    """The places among `place_ids` that belong to `area`, in their order."""
    mapping = areas_of(list(place_ids), gazetteer)
    return [pid for pid in place_ids if mapping.get(pid) == area]


def _named(table: pd.DataFrame, ids: pd.Series, gazetteer: Gazetteer, prefix: str = "") -> None:
    """Set name and position columns of `table` from each row's place id in `ids` (in place)."""
    places = {pid: gazetteer.get(pid) for pid in pd.unique(ids) if pid in gazetteer}
    for column, attr in (("name_en", "name_en"), ("name_ko", "name_ko"), ("lon", "lon"), ("lat", "lat")):
        table[f"{prefix}{column}"] = [getattr(places[p], attr) if p in places else None for p in ids]


def by_area(points: pd.DataFrame, arcs: pd.DataFrame, gazetteer: Gazetteer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`points` and `arcs` (partnerships.aggregate) with every Korean place replaced by its area.

    An area's count is the sum of its places' counts (a tie names one Korean government, so this is
    its number of ties) and `members` says how many governments it stands for; arcs from one area to
    one partner with one type are merged and their counts added. Partners are unchanged.
    """
    korean = points["side"] == "korean"
    mapping = areas_of(points.loc[korean, "place_id"].tolist() + arcs["src"].tolist(), gazetteer)
    kp = points[korean].assign(area=points.loc[korean, "place_id"].map(mapping))
    grouped = kp.groupby("area", sort=False).agg(count=("count", "sum"), members=("place_id", "nunique"),
                                                   country=("country", "first")).reset_index()
    grouped = grouped.rename(columns={"area": "place_id"})
    grouped["side"] = "korean"
    _named(grouped, grouped["place_id"], gazetteer)
    partners = points[~korean].assign(members=1)
    out_points = pd.concat([grouped[[*points.columns, "members"]], partners], ignore_index=True)
    out_points = out_points.sort_values(["count", "place_id"], ascending=[False, True], kind="stable")
    if arcs.empty:
        return out_points.reset_index(drop=True), arcs
    merged = arcs.assign(src=arcs["src"].map(mapping))
    dst_cols = ["dst_lon", "dst_lat", "dst_name_en", "dst_name_ko"]
    out_arcs = merged.groupby(["src", "dst", "type"], sort=False).agg(
        count=("count", "sum"), **{c: (c, "first") for c in dst_cols}).reset_index()
    _named(out_arcs, out_arcs["src"], gazetteer, prefix="src_")
    out_arcs = out_arcs.sort_values(["count", "src", "dst"], ascending=[False, True, True], kind="stable")
    return out_points.reset_index(drop=True), out_arcs[list(arcs.columns)].reset_index(drop=True)


def by_country(arcs: pd.DataFrame, gazetteer: Gazetteer, *,
               wrap: Callable[[np.ndarray], np.ndarray] = lambda lon: lon) -> pd.DataFrame:
    """`arcs` merged by (Korean place, partner country), counts added; `dst` becomes the country's
    place id (country-jp), `type` the type with most ties in the group (its colour), and the arc
    ends at the country's partners' count-weighted centre (longitudes first moved by `wrap`, as the
    map draws them)."""
    if arcs.empty:
        return arcs
    country = {pid: gazetteer.get(pid).country if pid in gazetteer else "" for pid in pd.unique(arcs["dst"])}
    work = arcs.assign(
        dst=[COUNTRY_PREFIX + country[d].lower() for d in arcs["dst"]],
        lon=wrap(arcs["dst_lon"].to_numpy(dtype=float)),
    )
    work["wlon"] = work["lon"] * work["count"]
    work["wlat"] = work["dst_lat"].astype(float) * work["count"]
    src_cols = ["src_lon", "src_lat", "src_name_en", "src_name_ko"]
    out = work.groupby(["src", "dst"], sort=False).agg(
        count=("count", "sum"), **{c: (c, "first") for c in src_cols}).reset_index()
    per_type = work.groupby(["src", "dst", "type"], sort=False)["count"].sum().reset_index()
    per_type = per_type.sort_values(["count", "type"], ascending=[False, True], kind="stable")
    top_type = per_type.drop_duplicates(["src", "dst"]).set_index(["src", "dst"])["type"]
    out["type"] = [top_type[(s, d)] for s, d in zip(out["src"], out["dst"], strict=True)]
    # the end of every arc to one country: its centre over all types and Korean places
    centre = work.groupby("dst").agg(n=("count", "sum"), wlon=("wlon", "sum"), wlat=("wlat", "sum"))
    _named(out, out["dst"], gazetteer, prefix="dst_")
    out["dst_lon"] = out["dst"].map(centre["wlon"] / centre["n"]).round(4)
    out["dst_lat"] = out["dst"].map(centre["wlat"] / centre["n"]).round(4)
    out = out.sort_values(["count", "src", "dst"], ascending=[False, True, True], kind="stable")
    return out[list(arcs.columns)].reset_index(drop=True)


def focus_mask(arcs: pd.DataFrame, focus: str | None, gazetteer: Gazetteer) -> np.ndarray:
    """Per arc: brought forward by `focus` — a Korean place or area id (arcs from it, or from its
    places), or a partner country code such as "JP" (arcs to it). All True without a focus."""
    if not focus:
        return np.ones(len(arcs), dtype=bool)
    if len(focus) == 2 and focus.isalpha() and focus.isupper():
        wanted = COUNTRY_PREFIX + focus.lower()
        return np.array([d == wanted or (d in gazetteer and gazetteer.get(d).country == focus)
                         for d in arcs["dst"]], dtype=bool)
    src = arcs["src"].tolist()
    if focus in AREAS:
        mapping = areas_of(src, gazetteer)
        return np.array([s == focus or mapping.get(s) == focus for s in src], dtype=bool)
    return np.array([s == focus for s in src], dtype=bool)
