"""Agreements per year, by type or by sector (for the Timeline page)."""

from __future__ import annotations

from typing import Literal

import pandas as pd

from partnerships.model import SECTORS, TYPES

TIMELINE_COLUMNS = ["year", "key", "count"]
BY = ("type", "sector")


def per_year(df: pd.DataFrame, *, by: Literal["type", "sector"]) -> pd.DataFrame:
    """One row per (year, type) or (year, sector) with the number of records.

    By sector, a record in several sectors counts once in each. Rows come by year, then in the
    taxonomy's order (unknown keys last, alphabetically).
    """
    if by not in BY:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(BY)}")
    if df.empty:
        return pd.DataFrame({"year": pd.Series(dtype="int64"), "key": pd.Series(dtype=object),
                             "count": pd.Series(dtype="int64")})
    if by == "type":
        pairs = pd.DataFrame({"year": df["year"].to_numpy(), "key": df["type"].to_numpy()})
    else:
        pairs = df[["year", "sectors"]].explode("sectors").dropna().rename(columns={"sectors": "key"})
    counts = pairs.groupby(["year", "key"], sort=False).size().rename("count").reset_index()
    return ordered(counts, by=by)


def ordered(counts: pd.DataFrame, *, by: Literal["type", "sector"]) -> pd.DataFrame:
    """(year, key, count) rows by year, then in the taxonomy's order (unknown keys last)."""
    if counts.empty:
        return pd.DataFrame({"year": pd.Series(dtype="int64"), "key": pd.Series(dtype=object),
                             "count": pd.Series(dtype="int64")})
    order = list(TYPES if by == "type" else SECTORS)
    rank = {k: i for i, k in enumerate(order)}
    counts["_rank"] = counts["key"].map(lambda k: (rank.get(k, len(rank)), k))
    counts = counts.sort_values(["year", "_rank"], kind="stable")
    counts["year"] = counts["year"].astype("int64")
    counts["count"] = counts["count"].astype("int64")
    return counts[TIMELINE_COLUMNS].reset_index(drop=True)


def key_order(counts: pd.DataFrame, *, by: Literal["type", "sector"]) -> list[str]:
    """The keys present in `counts`, in the taxonomy's order."""
    order = list(TYPES if by == "type" else SECTORS)
    present = set(counts["key"])
    return [k for k in order if k in present] + sorted(present - set(order))
