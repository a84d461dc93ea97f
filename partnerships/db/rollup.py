"""Counts per place, arc, type and year: the map's answer for type and year filters, in memory.

    roll = compute(conn)                              # three GROUP BYs over the published records
    body = roll.to_bytes(); roll = Rollup.from_bytes(body)    # how partnerships.db.summaries keeps it
    points, arcs, count, years = from_rollup(conn, roll, filters, limit=1500)

Held as small integer arrays (place ids, sides and types as codes), a few MB at 100,000 records:
the names and positions of the places and arcs an answer draws are looked up for those rows only.
"""

from __future__ import annotations

import io
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Select, func, select, true

from partnerships.db import schema as s
from partnerships.db.queries import (
    ARC_COLUMNS,
    POINT_COLUMNS,
    PUBLIC,
    _place_info,
    _status_condition,
)
from partnerships.model import UNDATED_YEAR
from partnerships.query import Filters, year_mask

SIDES = ("korean", "partner")
_TEXT = ("types", "places")  # tuples of strings; every other field is an integer array


@dataclass(frozen=True)
class Rollup:
    """Counts per (place, side, type, year), per (arc, type, year) and per (type, year)."""

    types: tuple[str, ...]  # the *_type arrays hold codes into it
    places: tuple[str, ...]  # place ids; point_place, arc_src and arc_dst hold codes into it
    point_place: np.ndarray  # per point code: its place and side (0 Korean, 1 partner)
    point_side: np.ndarray
    pt_code: np.ndarray  # one entry per (point, type, year) with its count
    pt_type: np.ndarray
    pt_year: np.ndarray
    pt_n: np.ndarray
    arc_src: np.ndarray  # per arc code, codes in the database's (src, dst, type) order
    arc_dst: np.ndarray
    arc_kind: np.ndarray
    arc_code: np.ndarray  # one entry per (arc, year) with its count
    arc_type: np.ndarray
    arc_year: np.ndarray
    arc_n: np.ndarray
    rec_type: np.ndarray  # one entry per (type, year) of the records with its count
    rec_year: np.ndarray
    rec_n: np.ndarray

    @property
    def total(self) -> int:
        """Records counted."""
        return int(self.rec_n.sum())

    def to_bytes(self) -> bytes:
        """The arrays as one uncompressed .npz (the strings joined by NUL)."""
        out = io.BytesIO()
        arrays = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _TEXT}
        for name in _TEXT:
            arrays[name] = np.frombuffer("\0".join(getattr(self, name)).encode(), dtype=np.uint8)
        np.savez(out, **arrays)
        return out.getvalue()

    @classmethod
    def from_bytes(cls, body: bytes) -> Rollup:
        """The rollup `to_bytes` wrote (ValueError if it is not one)."""
        try:
            with np.load(io.BytesIO(bytes(body)), allow_pickle=False) as got:
                values = {f.name: got[f.name] for f in fields(cls)}
        except (OSError, KeyError, EOFError) as exc:
            raise ValueError(f"not a stored rollup: {exc}") from exc
        for name in _TEXT:
            text = values[name].tobytes().decode()
            values[name] = tuple(text.split("\0")) if text else ()
        return cls(**values)


def compute(conn: Connection, *, statuses: Iterable[str] = PUBLIC) -> Rollup:
    """The rollup of the records with one of `statuses`, from three GROUP BYs (see module docstring)."""
    a, r, rp = s.record_arcs, s.records, s.record_places
    status = _status_condition(statuses)
    kept = (lambda c: c.in_(select(r.c.id).where(status))) if status is not None else (lambda c: true())
    places: dict[str, int] = {}
    types: dict[str, int] = {}

    def place(pid: str) -> int:
        return places.setdefault(pid, len(places))

    pkeys, pt = _grouped(conn, select(rp.c.place_id, rp.c.side, rp.c.type, rp.c.year, func.count())
                         .where(rp.c.side.in_(SIDES), kept(rp.c.record_id))
                         .group_by(rp.c.place_id, rp.c.side, rp.c.type, rp.c.year)
                         .order_by(rp.c.place_id, rp.c.side),
                         lambda row: (place(row[0]), SIDES.index(row[1])), types)
    akeys, arc = _grouped(conn, select(a.c.src, a.c.dst, a.c.type, a.c.year, func.count())
                          .where(kept(a.c.record_id))
                          .group_by(a.c.src, a.c.dst, a.c.type, a.c.year)
                          .order_by(a.c.src, a.c.dst, a.c.type),
                          lambda row: (place(row[0]), place(row[1]), types.setdefault(row[2], len(types))), types)
    _, rec = _grouped(conn, select(r.c.type, r.c.year, func.count()).where(status if status is not None else true())
                      .group_by(r.c.type, r.c.year), lambda row: (), types)
    return Rollup(
        types=tuple(types), places=tuple(places),
        point_place=_ints([k[0] for k in pkeys], np.int32), point_side=_ints([k[1] for k in pkeys], np.int8),
        pt_code=pt[0], pt_type=pt[1], pt_year=pt[2], pt_n=pt[3],
        arc_src=_ints([k[0] for k in akeys], np.int32), arc_dst=_ints([k[1] for k in akeys], np.int32),
        arc_kind=_ints([k[2] for k in akeys], np.int16),
        arc_code=arc[0], arc_type=arc[1], arc_year=arc[2], arc_n=arc[3],
        rec_type=rec[1], rec_year=rec[2], rec_n=rec[3],
    )


def _ints(values, dtype) -> np.ndarray:
    return np.array(values, dtype=dtype) if len(values) else np.zeros(0, dtype=dtype)


def _grouped(conn: Connection, q: Select, key, types: dict[str, int]) -> tuple[list[tuple], tuple[np.ndarray, ...]]:
    """Read a GROUP BY whose rows end in (type, year, count) a chunk at a time: the distinct keys
    (`key(row)`, in the order first seen) and the arrays (key code, type code, year, count)."""
    index: dict[tuple, int] = {}
    codes, kinds, years, counts = array("i"), array("h"), array("h"), array("i")
    for part in conn.execution_options(yield_per=20_000).execute(q).partitions():
        for row in part:
            codes.append(index.setdefault(key(row), len(index)))
            kinds.append(types.setdefault(row[-3], len(types)))
            years.append(row[-2])
            counts.append(row[-1])
    return list(index), (_ints(codes, np.int32), _ints(kinds, np.int16), _ints(years, np.int16),
                         _ints(counts, np.int32))


def covers(filters: Filters) -> bool:
    """Can the rollup answer these filters exactly (only type and year are set)."""
    return not (filters.sectors or filters.korean_places or filters.regions or filters.countries
                or filters.levels or filters.confidence or filters.text.strip())


def _mask(roll: Rollup, kinds: np.ndarray, years: np.ndarray, filters: Filters) -> np.ndarray:
    mask = np.ones(len(kinds), dtype=bool)
    if filters.types:
        wanted = [i for i, t in enumerate(roll.types) if t in set(filters.types)]
        mask &= np.isin(kinds, wanted)
    if filters.years_set:
        mask &= year_mask(years, filters)
    return mask


def _sum(codes: np.ndarray, counts: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(codes[mask], weights=counts[mask], minlength=n).astype(np.int64)


def _top(roll: Rollup, acount: np.ndarray, limit: int | None, pair: tuple[str, str] | None) -> np.ndarray:
    """The arc codes drawn: busiest first (ties in the database's key order), at most `limit`, plus
    those of `pair` if they are further down."""
    hit = np.flatnonzero(acount)
    hit = hit[np.argsort(-acount[hit], kind="stable")]
    if limit is None or len(hit) <= limit:
        return hit
    top = hit[:limit]
    if pair is not None and pair[0] in roll.places and pair[1] in roll.places:
        src, dst = roll.places.index(pair[0]), roll.places.index(pair[1])
        mine = (roll.arc_src[hit] == src) & (roll.arc_dst[hit] == dst)
        if mine.any() and not mine[:limit].any():
            top = np.concatenate([top, hit[limit:][mine[limit:]]])
    return top


def from_rollup(conn: Connection, roll: Rollup, filters: Filters, *, limit: int | None = None,
                pair: tuple[str, str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int, tuple[int, int] | None]:
    """(points, arcs, count, years) as queries.place_points, place_arcs and summary give them, from
    the rollup (`covers(filters)` must hold); names and positions from the places table."""
    m = _mask(roll, roll.rec_type, roll.rec_year, filters)
    count = int(roll.rec_n[m].sum())
    dated = m & (roll.rec_year != UNDATED_YEAR)  # the year span leaves undated records out
    years = (int(roll.rec_year[dated].min()), int(roll.rec_year[dated].max())) if dated.any() else None
    pcount = _sum(roll.pt_code, roll.pt_n, _mask(roll, roll.pt_type, roll.pt_year, filters), len(roll.point_place))
    acount = _sum(roll.arc_code, roll.arc_n, _mask(roll, roll.arc_type, roll.arc_year, filters), len(roll.arc_src))
    place = _places_of(roll, _place_info(conn, ()))
    phit = np.flatnonzero(pcount)
    phit = phit[place["known"][roll.point_place[phit]]]  # a place missing from the places table is not drawn
    ahit = _top(roll, acount, limit, pair)
    ahit = ahit[place["known"][roll.arc_src[ahit]] & place["known"][roll.arc_dst[ahit]]]
    p, side = roll.point_place[phit], np.array(SIDES, dtype=object)[roll.point_side[phit]]
    points = _table({"place_id": place["id"][p], "name_en": place["name_en"][p], "name_ko": place["name_ko"][p],
                     "side": side, "country": place["country"][p], "lon": place["lon"][p], "lat": place["lat"][p],
                     "count": pcount[phit]}, POINT_COLUMNS)
    points = points.sort_values(["count", "place_id", "side"], ascending=[False, True, True], kind="stable")
    src, dst = roll.arc_src[ahit], roll.arc_dst[ahit]
    arcs = _table({"src": place["id"][src], "dst": place["id"][dst],
                   "type": np.array(roll.types, dtype=object)[roll.arc_kind[ahit]], "count": acount[ahit],
                   "src_lon": place["lon"][src], "src_lat": place["lat"][src], "dst_lon": place["lon"][dst],
                   "dst_lat": place["lat"][dst], "src_name_en": place["name_en"][src],
                   "src_name_ko": place["name_ko"][src], "dst_name_en": place["name_en"][dst],
                   "dst_name_ko": place["name_ko"][dst]}, ARC_COLUMNS)
    return points.reset_index(drop=True), arcs, count, years


def _places_of(roll: Rollup, info: dict[str, tuple]) -> dict[str, np.ndarray]:
    """Per place code of the rollup: id, names, country, position and whether the places table
    has it, as arrays (built once per rollup and places table, kept on the rollup)."""
    kept = roll.__dict__.get("_places")
    if kept is not None and kept[0] is info:
        return kept[1]
    blank = (None, None, None, np.nan, np.nan)
    rows = [info.get(pid, blank) for pid in roll.places]

    def column(i: int, dtype) -> np.ndarray:
        return np.array([r[i] for r in rows], dtype=dtype) if rows else np.zeros(0, dtype=dtype)

    arrays = {"id": np.array(roll.places, dtype=object) if rows else np.zeros(0, dtype=object),
              "known": np.array([pid in info for pid in roll.places], dtype=bool),
              "name_en": column(0, object), "name_ko": column(1, object), "country": column(2, object),
              "lon": column(3, float), "lat": column(4, float)}
    object.__setattr__(roll, "_places", (info, arrays))  # a cache beside the frozen fields
    return arrays


def _table(columns: dict[str, np.ndarray], order: list[str]) -> pd.DataFrame:
    """Arrays as a DataFrame whose text columns stay plain Python objects (as the queries' tables:
    Arrow strings cost more to build for a few thousand rows)."""
    return pd.DataFrame({c: pd.Series(v, dtype=object, copy=False) if v.dtype == object else v
                         for c, v in columns.items()}, columns=order)
