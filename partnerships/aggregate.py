"""Aggregate the records table into what the map draws: one point per place, one arc per pair and type."""

from __future__ import annotations

import pandas as pd

from geo.gazetteer import Gazetteer

POINT_COLUMNS = ["place_id", "name_en", "name_ko", "side", "country", "lon", "lat", "count"]
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


def records_at(df: pd.DataFrame, place_id: str) -> pd.DataFrame:
    """Records that name a place (as Korean side, partner or venue), newest first."""
    mask = (
        df["korean_places"].map(lambda ids: place_id in ids)
        | df["partner_places"].map(lambda ids: place_id in ids)
        | (df["venue"] == place_id)
    )
    return df[mask].sort_values(["date", "id"], ascending=[False, True])


def records_between(df: pd.DataFrame, src: str, dst: str) -> pd.DataFrame:
    """Records whose arcs run from Korean place `src` to partner place `dst`, newest first."""
    mask = df["korean_places"].map(lambda ids: src in ids) & df["partner_places"].map(lambda ids: dst in ids)
    return df[mask].sort_values(["date", "id"], ascending=[False, True])
