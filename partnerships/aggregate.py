"""Aggregate the records table into what the map draws: one point per place, one arc per pair and type."""

from __future__ import annotations

import numpy as np
import pandas as pd

from geo.gazetteer import Gazetteer
from geo.regions import expand_regions
from partnerships import frame_index

POINT_COLUMNS = ["place_id", "name_en", "name_ko", "side", "country", "lon", "lat", "count"]
# The records-table columns these aggregates, records_at/records_between and the map page's
# numbers read: a filtered view of only these is enough for the map.
MAP_COLUMNS = ("id", "date", "year", "korean_places", "partner_places", "venue")
ARC_COLUMNS = ["src", "dst", "type", "count", "src_lon", "src_lat", "dst_lon", "dst_lat",
               "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"]


def _place_table(ids: pd.Series, gazetteer: Gazetteer) -> pd.DataFrame:
    places = [gazetteer.get(pid) for pid in ids.unique()]
    return pd.DataFrame(
        {"place_id": [p.id for p in places], "name_en": [p.name_en for p in places],
         "name_ko": [p.name_ko for p in places], "country": [p.country for p in places],
         "lon": [p.lon for p in places], "lat": [p.lat for p in places]}
    )


def place_points(df: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per place named by the records, with its side and number of records."""
    found = frame_index.lookup(df)
    if found is not None:
        return _fast_points(*found, gazetteer)
    parts = []
    for column, side in (("korean_places", "korean"), ("partner_places", "partner")):
        ex = df[["id", column]].explode(column).dropna()
        ex = ex.rename(columns={column: "place_id"}).drop_duplicates()
        counts = ex.groupby("place_id").size().rename("count").reset_index()
        counts["side"] = side
        parts.append(counts)
    counts = pd.concat(parts, ignore_index=True)
    if counts.empty:
        return pd.DataFrame(columns=POINT_COLUMNS)
    table = _place_table(counts["place_id"], gazetteer)
    out = counts.merge(table, on="place_id", how="left")
    return out.sort_values(["count", "place_id"], ascending=[False, True])[POINT_COLUMNS].reset_index(drop=True)


def place_arcs(df: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per (Korean place, partner place, type) with the number of records behind it."""
    found = frame_index.lookup(df)
    if found is not None:
        return _fast_arcs(*found, gazetteer)
    pairs = df[["id", "type", "korean_places", "partner_places"]]
    pairs = pairs.explode("korean_places").explode("partner_places").dropna()
    if pairs.empty:
        return pd.DataFrame(columns=ARC_COLUMNS)
    pairs = pairs.rename(columns={"korean_places": "src", "partner_places": "dst"})
    arcs = pairs.groupby(["src", "dst", "type"]).size().rename("count").reset_index()
    table = _place_table(pd.concat([arcs["src"], arcs["dst"]]), gazetteer)
    for end in ("src", "dst"):
        named = table.rename(columns={"place_id": end, "lon": f"{end}_lon", "lat": f"{end}_lat",
                                      "name_en": f"{end}_name_en", "name_ko": f"{end}_name_ko"})
        arcs = arcs.merge(named.drop(columns="country"), on=end, how="left")
    return arcs.sort_values(["count", "src", "dst"], ascending=[False, True, True])[ARC_COLUMNS].reset_index(drop=True)


def _names(df: pd.DataFrame, column: str, place_id: str) -> np.ndarray:
    found = frame_index.lookup(df)
    if found is not None:
        index, pos = found
        side = index.korean if column == "korean_places" else index.partner
        return side.any_in((place_id,), index.n)[pos]
    return np.fromiter((place_id in ids for ids in df[column]), dtype=bool, count=len(df))


def records_at(df: pd.DataFrame, place_id: str) -> pd.DataFrame:
    """Records that name a place (as Korean side, partner or venue), newest first."""
    mask = (
        _names(df, "korean_places", place_id)
        | _names(df, "partner_places", place_id)
        | (df["venue"] == place_id).to_numpy(dtype=bool)
    )
    return df[mask].sort_values(["date", "id"], ascending=[False, True])


def records_between(df: pd.DataFrame, src: str, dst: str) -> pd.DataFrame:
    """Records whose arcs run from Korean place `src` to partner place `dst`, newest first."""
    mask = _names(df, "korean_places", src) & _names(df, "partner_places", dst)
    return df[mask].sort_values(["date", "id"], ascending=[False, True])


def _fast_points(index: frame_index.FrameIndex, pos: np.ndarray, gazetteer: Gazetteer) -> pd.DataFrame:
    sel = frame_index.selected(index, pos)
    parts = []
    for side in ("korean", "partner"):
        counts = getattr(index, side).counts(sel)
        hit = np.flatnonzero(counts)
        part = index.places(side, gazetteer).iloc[hit].reset_index(drop=True)
        part["count"] = counts[hit].astype(np.int64)
        part["side"] = side
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    if out.empty:
        return pd.DataFrame(columns=POINT_COLUMNS)
    order = np.lexsort((out["place_id"].to_numpy(), -out["count"].to_numpy()))
    return out.iloc[order][POINT_COLUMNS].reset_index(drop=True)


def _fast_arcs(index: frame_index.FrameIndex, pos: np.ndarray, gazetteer: Gazetteer) -> pd.DataFrame:
    counts = index.arcs.counts(frame_index.selected(index, pos))
    hit = np.flatnonzero(counts)
    if len(hit) == 0:
        return pd.DataFrame(columns=ARC_COLUMNS)
    table = index.arc_table(gazetteer)
    n = counts[hit]
    hit = hit[np.lexsort((table["order"].to_numpy()[hit], -n))]
    arcs = table.iloc[hit].reset_index(drop=True)
    arcs["count"] = counts[hit].astype(np.int64)
    return arcs[ARC_COLUMNS]


def matching_partners(points: pd.DataFrame, arcs: pd.DataFrame, *, regions: tuple[str, ...] = (),
                      countries: tuple[str, ...] = (), gazetteer: Gazetteer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Points and arcs without the partners outside the chosen partner regions and countries.

    A record passes a partner filter when one of its partners matches; the map then shows only
    those partners, not the record's others (a continent stands for its sub-regions).
    """
    if not regions and not countries:
        return points, arcs
    wanted_regions = set(expand_regions(regions))

    def ok(place_id: str) -> bool:
        place = gazetteer.get(place_id)
        return (not wanted_regions or place.region in wanted_regions) and (not countries or place.country in countries)

    keep = {pid: ok(pid) for pid in {*points.loc[points["side"] == "partner", "place_id"], *arcs["dst"]}}
    point_mask = (points["side"] != "partner") | points["place_id"].map(keep).fillna(False).astype(bool)
    arc_mask = arcs["dst"].map(keep).fillna(False).astype(bool)
    return points[point_mask].reset_index(drop=True), arcs[arc_mask].reset_index(drop=True)
