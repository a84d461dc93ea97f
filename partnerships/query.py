"""Filters over the records table, and their URL form."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from geo.regions import expand_regions
from partnerships import frame_index, search_terms
from partnerships.korea_areas import with_their_places
from partnerships.model import UNDATED_YEAR
from partnerships.params import WHOLE_NUMBER

_LISTS = {"sectors": "sector", "types": "type", "korean_places": "kr", "regions": "region",
          "countries": "country", "levels": "level", "confidence": "conf"}
_INTS = {"year_min": "from", "year_max": "to"}
YEAR_MIN, YEAR_MAX = 1000, 9999  # years a link or the command line may name; the slider clamps to the data's
PARAM_KEYS = (*_LISTS.values(), *_INTS.values(), "q", "undated")
LIST_PARAMS = dict(_LISTS)  # a list filter's name -> its URL parameter


@dataclass(frozen=True)
class Filters:
    """What the user asked to see. Empty means no restriction."""

    sectors: tuple[str, ...] = ()
    year_min: int | None = None
    year_max: int | None = None
    types: tuple[str, ...] = ()
    korean_places: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    text: str = ""
    undated: bool = True  # include undated records (year 0); a year range alone never drops them
    undated_only: bool = False  # only the undated records ('which of our ties have no date?'; link: undated=only)
    levels: tuple[str, ...] = ()  # Korean government level (partnerships.korea.LEVELS)
    confidence: tuple[str, ...] = ()  # a source table's grade (model.CONFIDENCE); records without one drop out

    def to_params(self) -> dict[str, str]:
        """URL query parameters for the fields that are set."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _LISTS and value:
                out[_LISTS[f.name]] = ",".join(value)
            elif f.name in _INTS and value is not None:
                out[_INTS[f.name]] = str(value)
        if self.text.strip():
            out["q"] = self.text.strip()
        if self.undated_only:
            out["undated"] = "only"
        elif not self.undated:
            out["undated"] = "0"
        return out

    @classmethod
    def from_params(cls, params: Mapping[str, str | list[str]]) -> Filters:
        """Read filters from URL parameters, ignoring anything malformed."""

        def one(key: str) -> str:
            v = params.get(key, "")
            return (v[-1] if v else "") if isinstance(v, list) else str(v)

        kw: dict = {}
        for name, key in _LISTS.items():
            raw = params.get(key, "")
            parts = raw if isinstance(raw, list) else [raw]
            items = [x.strip() for p in parts for x in str(p).split(",") if x.strip()]
            kw[name] = tuple(dict.fromkeys(items))
        for name, key in _INTS.items():
            v = one(key).strip()
            kw[name] = int(v) if WHOLE_NUMBER.fullmatch(v) else None  # (as a link's: '²' is no year)
        kw["text"] = one("q").strip()
        undated = one("undated").strip().lower()
        kw["undated"] = undated not in ("0", "false", "no")
        kw["undated_only"] = undated == "only"
        return cls(**kw)

    @property
    def years_set(self) -> bool:
        """Whether the year filter restricts anything (a range, or undated records left out)."""
        return self.year_min is not None or self.year_max is not None or not self.undated or self.undated_only


def year_mask(years: np.ndarray, filters: Filters) -> np.ndarray:
    """Which of `years` pass the year filter: in the range, or undated (year 0) when those are
    included; only the undated ones when only those are asked for."""
    dated = years != UNDATED_YEAR
    if filters.undated_only:
        return ~dated
    mask = dated.copy()
    if filters.year_min is not None:
        mask &= years >= filters.year_min
    if filters.year_max is not None:
        mask &= years <= filters.year_max
    return mask | ~dated if filters.undated else mask


_LIST_FILTERS = (("sectors", "sectors"), ("korean_places", "korean_places"),
                 ("regions", "partner_regions"), ("countries", "partner_countries"), ("levels", "korean_levels"))


def _any_in(column: pd.Series, wanted: tuple[str, ...]) -> np.ndarray:
    want = set(wanted)
    return np.fromiter((not want.isdisjoint(v) for v in column), dtype=bool, count=len(column))


def apply(df: pd.DataFrame, filters: Filters, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The rows of the records table that pass every filter (only `columns`, when given).

    List filters use the table's precomputed exploded columns when it has them
    (partnerships.frame_index), else test each row's tuple. Copying the passing rows is most of
    the cost on a large table: a caller that needs a few columns should name them (the row
    labels stay those of `df`, so `df.loc[part.index]` finds the full records of any part).
    """
    found = frame_index.lookup(df)
    mask = np.ones(len(df), dtype=bool)
    for name, column in _LIST_FILTERS:
        wanted = getattr(filters, name)
        if name == "regions":
            wanted = expand_regions(wanted)  # a continent stands for its sub-regions
        elif name == "korean_places":
            wanted = with_their_places(wanted)  # a province for its cities and counties
        if not wanted:
            continue
        if found is not None and column in found[0].lists:
            index, pos = found
            mask &= index.lists[column].any_in(wanted, index.n)[pos]
        else:
            mask &= _any_in(df[column], wanted)
    if filters.types:
        mask &= df["type"].isin(filters.types).to_numpy(dtype=bool)
    if filters.confidence:
        mask &= df["confidence"].isin(filters.confidence).to_numpy(dtype=bool)
    if filters.years_set:
        mask &= year_mask(df["year"].to_numpy(), filters)
    if filters.text.strip():
        for word in filters.text.lower().split():
            mask &= search_terms.matches(df, word)  # the word or its alternatives
    if columns is not None:
        df = df[list(columns)]
    if mask.all():
        return df.copy(deep=False)  # nothing filtered out: no need to copy every column
    return df[mask]
