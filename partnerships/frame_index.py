"""Precomputed lookups for a records table, so filters and map aggregates avoid Python loops.

`store.records_frame` builds one `FrameIndex` per table and tags the table with its key in
`df.attrs` (pandas carries attrs over to slices, sorts and copies). The index is the one owner of
what is worked out from a whole table and kept: besides its own arrays, `derived(df, key, make)`
keeps any value made from the table (the filters' choices, the rows matching a searched word),
so those live and die with the table instead of in module-level caches of their own. The table's index labels are
row positions (a RangeIndex), so a slice's labels say which rows it holds. `query.apply` and
`aggregate` look the index up with `lookup(df)` and fall back to plain pandas when there is none
or the table does not match it (relabelled, or rows that are not the indexed ones).

Each list column (sectors, places, countries, regions) is kept exploded as two integer arrays,
row position and value code, so "any of these values" is one `np.isin` over the distinct values
and a boolean scatter; counts per place or per arc are one `np.bincount`.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import pandas as pd

from geo.gazetteer import Gazetteer

ATTR = "partnerships.frame_index"
LIST_COLUMNS = ("sectors", "korean_places", "partner_places", "partner_regions", "partner_countries")
_KEEP = 4  # tables indexed at once (the app keeps one; tests build a few)
_KEEP_DERIVED = 64  # values kept per table (place and arc tables, filter choices, searched words)
T = TypeVar("T")
_REGISTRY: OrderedDict[int, FrameIndex] = OrderedDict()
_TOKENS = itertools.count(1)


@dataclass
class Exploded:
    """A list column (or derived pairs) exploded: `rows[i]` holds value `values[codes[i]]`."""

    rows: np.ndarray
    codes: np.ndarray
    values: np.ndarray

    @classmethod
    def build(cls, column: pd.Series) -> Exploded:
        """From a column of tuples with a RangeIndex."""
        flat = column.explode()
        flat = flat[flat.notna()]
        codes, values = pd.factorize(flat.to_numpy(dtype=object))
        return cls(flat.index.to_numpy(dtype=np.int64), codes.astype(np.int64), np.asarray(values, dtype=object))

    def distinct(self) -> Exploded:
        """The same without repeats of a value within a row."""
        width = max(len(self.values), 1)
        pair = np.unique(self.rows * width + self.codes)
        return Exploded(pair // width, pair % width, self.values)

    def any_in(self, wanted: Iterable, n: int) -> np.ndarray:
        """Boolean per row (of `n`): the row holds at least one of `wanted`."""
        want = set(wanted)
        hit = np.fromiter((v in want for v in self.values), dtype=bool, count=len(self.values))
        mask = np.zeros(n, dtype=bool)
        mask[self.rows[hit[self.codes]]] = True
        return mask

    def counts(self, selected: np.ndarray) -> np.ndarray:
        """Rows holding each value, among the rows where `selected` (bool per row) is set."""
        return np.bincount(self.codes[selected[self.rows]], minlength=len(self.values))


ARC_TABLE_COLUMNS = ["src", "dst", "type", "src_lon", "src_lat", "dst_lon", "dst_lat",
                     "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"]


@dataclass
class FrameIndex:
    """Exploded list columns, per-side places and arcs of one records table."""

    n: int
    ids: np.ndarray
    lists: dict[str, Exploded]
    korean: Exploded  # distinct Korean places per record
    partner: Exploded  # distinct partner places per record
    arcs: Exploded  # values: (src, dst, type), one entry per Korean x partner pair of a record
    gazetteer: Gazetteer | None = None
    memo: OrderedDict[Hashable, tuple[object, object]] = field(default_factory=OrderedDict, repr=False)

    def remember(self, key: Hashable, make: Callable[[], T], *, made_with: object = None) -> T:
        """`make()`, kept under `key` (the last _KEEP_DERIVED values); made again when `made_with`
        (e.g. the gazetteer the value was made with) is not the object it was made with."""
        seen = self.memo.get(key)
        if seen is not None and seen[0] is made_with:
            self.memo.move_to_end(key)
            return seen[1]  # type: ignore[return-value]
        value = make()
        self.memo[key] = (made_with, value)
        while len(self.memo) > _KEEP_DERIVED:
            self.memo.popitem(last=False)
        return value

    def places(self, side: str, gazetteer: Gazetteer) -> pd.DataFrame:
        """Name, country and position of each value of `korean` or `partner` (row = code)."""
        return self.remember(("places", side), lambda: self._places(side, gazetteer), made_with=gazetteer)

    def _places(self, side: str, gazetteer: Gazetteer) -> pd.DataFrame:
        ids = getattr(self, side).values
        places = [gazetteer.get(pid) for pid in ids]
        return pd.DataFrame({
            "place_id": pd.Series(ids, dtype=object),
            "name_en": pd.Series([p.name_en for p in places], dtype=object),
            "name_ko": pd.Series([p.name_ko for p in places], dtype=object),
            "country": pd.Series([p.country for p in places], dtype=object),
            "lon": np.array([p.lon for p in places], dtype=float),
            "lat": np.array([p.lat for p in places], dtype=float),
        })

    def arc_table(self, gazetteer: Gazetteer) -> pd.DataFrame:
        """Both ends' names and positions for every arc code, plus `order`: rank by (src, dst, type)."""
        return self.remember("arcs", lambda: self._arc_table(gazetteer), made_with=gazetteer)

    def _arc_table(self, gazetteer: Gazetteer) -> pd.DataFrame:
        keys = self.arcs.values
        cols: dict[str, object] = {
            "src": pd.Series([k[0] for k in keys], dtype=object),
            "dst": pd.Series([k[1] for k in keys], dtype=object),
            "type": pd.Series([k[2] for k in keys], dtype=object),
        }
        for end in ("src", "dst"):
            places = [gazetteer.get(pid) for pid in cols[end]]
            cols[f"{end}_lon"] = np.array([p.lon for p in places], dtype=float)
            cols[f"{end}_lat"] = np.array([p.lat for p in places], dtype=float)
            cols[f"{end}_name_en"] = pd.Series([p.name_en for p in places], dtype=object)
            cols[f"{end}_name_ko"] = pd.Series([p.name_ko for p in places], dtype=object)
        table = pd.DataFrame(cols, columns=ARC_TABLE_COLUMNS)
        order = np.lexsort((table["type"].to_numpy(), table["dst"].to_numpy(), table["src"].to_numpy()))
        rank = np.empty(len(table), dtype=np.int64)
        rank[order] = np.arange(len(table))
        table["order"] = rank
        return table


def build(df: pd.DataFrame) -> FrameIndex:
    """Explode the list columns of a full records table (RangeIndex, as records_frame makes it)."""
    df = df.reset_index(drop=True)
    lists = {c: Exploded.build(df[c]) for c in LIST_COLUMNS if c in df}
    korean, partner = lists["korean_places"], lists["partner_places"]
    # Every Korean x partner pair of a record, with its type, as one code per distinct (src, dst, type).
    k = pd.DataFrame({"row": korean.rows, "k": korean.codes})
    p = pd.DataFrame({"row": partner.rows, "p": partner.codes})
    pairs = k.merge(p, on="row", sort=True)
    type_codes, type_values = pd.factorize(df["type"].to_numpy(dtype=object))
    t = type_codes[pairs["row"].to_numpy()].astype(np.int64)
    np_, nt = max(len(partner.values), 1), max(len(type_values), 1)
    combined = (pairs["k"].to_numpy() * np_ + pairs["p"].to_numpy()) * nt + t
    uniq, codes = np.unique(combined, return_inverse=True)
    arc_values = np.empty(len(uniq), dtype=object)
    arc_values[:] = [(korean.values[u // (np_ * nt)], partner.values[(u // nt) % np_], type_values[u % nt])
                     for u in uniq.tolist()]
    return FrameIndex(
        n=len(df), ids=np.asarray(df["id"], dtype=object), lists=lists,
        korean=korean.distinct(), partner=partner.distinct(),
        arcs=Exploded(pairs["row"].to_numpy(dtype=np.int64), codes.astype(np.int64).ravel(), arc_values),
    )


def register(df: pd.DataFrame, gazetteer: Gazetteer | None = None) -> FrameIndex:
    """Index `df` and tag it (and so its future slices) with the index's key."""
    index = build(df)
    index.gazetteer = gazetteer
    token = next(_TOKENS)
    _REGISTRY[token] = index
    while len(_REGISTRY) > _KEEP:
        _REGISTRY.popitem(last=False)
    df.attrs[ATTR] = token
    return index


def lookup(df: pd.DataFrame) -> tuple[FrameIndex, np.ndarray] | None:
    """The index of the table `df` was cut from and the row positions it holds, or None."""
    index = _REGISTRY.get(df.attrs.get(ATTR))  # type: ignore[arg-type]
    if index is None or "id" not in df.columns or df.index.dtype.kind not in "iu" or not df.index.is_unique:
        return None
    pos = df.index.to_numpy()
    if len(pos) == 0:
        return index, pos.astype(np.int64)
    if pos.min() < 0 or pos.max() >= index.n:
        return None
    probe = np.unique(np.linspace(0, len(pos) - 1, num=min(len(pos), 32)).astype(np.int64))
    if list(df["id"].iloc[probe]) != list(index.ids[pos[probe]]):
        return None
    return index, pos.astype(np.int64)


def selected(index: FrameIndex, pos: np.ndarray) -> np.ndarray:
    """Boolean per indexed row: is it among `pos`."""
    sel = np.zeros(index.n, dtype=bool)
    sel[pos] = True
    return sel


def derived(df: pd.DataFrame, key: Hashable, make: Callable[[], T]) -> T:
    """A value worked out from the whole table `df` (`make()`), kept with the table's index.

    Kept only when `df` is an indexed table with all its rows in their order (the shared loaded
    table); for a slice, or a table with no index, `make()` runs every time.
    """
    found = lookup(df)
    if found is None:
        return make()
    index, pos = found
    whole = len(pos) == index.n and (index.n == 0 or (pos[0] == 0 and bool(np.all(np.diff(pos) == 1))))
    return index.remember(key, make) if whole else make()
