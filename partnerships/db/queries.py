"""The pages' questions asked of the database: filters as a WHERE, the map as a GROUP BY.

    ids = filtered(filters)                       # a SELECT of record ids, to use as a subquery
    points = place_points(conn, filters)          # one row per place the map draws, with its count
    arcs = place_arcs(conn, filters, limit=1500)  # the busiest (Korean place, partner, type) arcs
    rows = newest(conn, filters, offset=0, limit=100)   # a page of records, newest first
    for d in stream(conn, filters): ...           # every matching record, a chunk at a time

Partner filters work on partners (not only on records): with a partner region or country chosen,
a record matches when one of its partners does, and the map's partner places, arcs and counts
show only the matching partners. A continent stands for its UN M49 sub-regions.

Search: every word must match; a word matches when one of its alternative terms (see `terms`)
occurs in the record's titles, summaries, parties or place names. SQLite answers terms of three
or more characters from its FTS5 trigram index, PostgreSQL from a pg_trgm index on the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pandas as pd
from sqlalchemy import (
    Connection,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
)

from geo.regions import expand_regions
from partnerships.db import schema as s
from partnerships.db.rows import record_dict
from partnerships.query import Filters

POINT_COLUMNS = ["place_id", "name_en", "name_ko", "side", "country", "lon", "lat", "count"]
ARC_COLUMNS = ["src", "dst", "type", "count", "src_lon", "src_lat", "dst_lon", "dst_lat",
               "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"]
Expand = Callable[[str], Iterable[str]]  # a word -> alternative terms (itself included or not)

_fts = table("record_search", column("rowid"), column("record_search"))
r = s.records
rp = s.record_places


def terms(text: str, expand: Expand | None = None) -> list[list[str]]:
    """The search words of `text`, each with its alternatives (lower case, without repeats)."""
    out = []
    for word in text.lower().split():
        alts = [word, *(a.lower() for a in (expand(word) if expand else ()) if a and a.strip())]
        out.append(list(dict.fromkeys(a.strip() for a in alts)))
    return out


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _matches(term: str, sqlite: bool):
    if sqlite and len(term) >= 3:  # the trigram index answers these
        phrase = '"' + term.replace('"', '""') + '"'
        hits = select(_fts.c.rowid).where(literal_column("record_search").op("MATCH")(phrase))
        return literal_column("records.rowid").in_(hits)
    return r.c.search_text.like(_like(term), escape="\\")


def partner_regions(filters: Filters) -> tuple[str, ...]:
    """The sub-regions the region filter stands for."""
    return expand_regions(filters.regions)




def conditions(filters: Filters, *, sqlite: bool, expand: Expand | None = None,
               statuses: Iterable[str] | None = None) -> list:
    """The filters as conditions on `records`."""
    out: list = []
    if filters.sectors:
        out.append(r.c.id.in_(select(s.sectors.c.record_id).where(s.sectors.c.sector.in_(filters.sectors))))
    if filters.korean_places:
        out.append(r.c.id.in_(select(rp.c.record_id).where(rp.c.side == "korean",
                                                            rp.c.place_id.in_(filters.korean_places))))
    partner = partner_condition(filters)
    if partner is not None:
        out.append(r.c.id.in_(select(rp.c.record_id).where(rp.c.side == "partner", partner)))
    if filters.types:
        out.append(r.c.type.in_(filters.types))
    if filters.year_min is not None:
        out.append(r.c.year >= filters.year_min)
    if filters.year_max is not None:
        out.append(r.c.year <= filters.year_max)
    for alternatives in terms(filters.text, expand):
        out.append(or_(*(_matches(t, sqlite) for t in alternatives)))
    if statuses is not None:
        out.append(r.c.status.in_(list(statuses)))
    return out


def partner_condition(filters: Filters, alias=rp):
    """The partner-side condition of the region and country filters (None when neither is set)."""
    parts = []
    if filters.regions:
        parts.append(alias.c.region.in_(partner_regions(filters)))
    if filters.countries:
        parts.append(alias.c.country.in_(filters.countries))
    return and_(*parts) if parts else None


def _where(q: Select, filters: Filters, conn: Connection, **kw) -> Select:
    conds = conditions(filters, sqlite=conn.dialect.name == "sqlite", **kw)
    return q.where(and_(*conds)) if conds else q


def count(conn: Connection, filters: Filters, **kw) -> int:
    """How many records pass the filters."""
    return conn.execute(_where(select(func.count()).select_from(r), filters, conn, **kw)).scalar_one()


def filtered(conn: Connection, filters: Filters, **kw) -> Select:
    """SELECT id FROM records WHERE <filters>: a subquery for the aggregates."""
    return _where(select(r.c.id), filters, conn, **kw)


def place_points(conn: Connection, filters: Filters, **kw) -> pd.DataFrame:
    """One row per place the matching records name (Korean side, or a matching partner), with the
    number of records; busiest first."""
    ids = filtered(conn, filters, **kw).subquery()
    p = s.places
    n = func.count().label("count")
    partner = partner_condition(filters)
    side_ok = or_(rp.c.side == "korean", and_(rp.c.side == "partner", partner if partner is not None else true()))
    q = (select(rp.c.place_id, p.c.name_en, p.c.name_ko, rp.c.side, p.c.country, p.c.lon, p.c.lat, n)
         .join(ids, ids.c.id == rp.c.record_id).join(p, p.c.id == rp.c.place_id)
         .where(side_ok)
         .group_by(rp.c.place_id, rp.c.side, p.c.name_en, p.c.name_ko, p.c.country, p.c.lon, p.c.lat)
         .order_by(n.desc(), rp.c.place_id, rp.c.side))
    rows = conn.execute(q).all()
    return pd.DataFrame([tuple(x) for x in rows], columns=POINT_COLUMNS) if rows else pd.DataFrame(
        columns=POINT_COLUMNS)


def place_arcs(conn: Connection, filters: Filters, *, limit: int | None = None,
               pair: tuple[str, str] | None = None, **kw) -> pd.DataFrame:
    """One row per (Korean place, matching partner, type) with its number of records, busiest
    first; at most `limit` rows, plus those of `pair` (a selected arc) if it is further down."""
    ids = filtered(conn, filters, **kw).subquery()
    k, q_, src, dst = rp.alias("k"), rp.alias("q"), s.places.alias("src"), s.places.alias("dst")
    n = func.count().label("count")
    partner = partner_condition(filters, q_)
    base = (select(k.c.place_id.label("src"), q_.c.place_id.label("dst"), r.c.type, n,
                   src.c.lon, src.c.lat, dst.c.lon, dst.c.lat, src.c.name_en, src.c.name_ko,
                   dst.c.name_en, dst.c.name_ko)
            .select_from(r)
            .join(ids, ids.c.id == r.c.id)
            .join(k, and_(k.c.record_id == r.c.id, k.c.side == "korean"))
            .join(q_, and_(q_.c.record_id == r.c.id, q_.c.side == "partner",
                           partner if partner is not None else true()))
            .join(src, src.c.id == k.c.place_id).join(dst, dst.c.id == q_.c.place_id)
            .group_by(k.c.place_id, q_.c.place_id, r.c.type, src.c.lon, src.c.lat, dst.c.lon, dst.c.lat,
                      src.c.name_en, src.c.name_ko, dst.c.name_en, dst.c.name_ko)
            .order_by(n.desc(), k.c.place_id, q_.c.place_id, r.c.type))
    rows = list(conn.execute(base.limit(limit) if limit is not None else base))
    if pair is not None and limit is not None and len(rows) == limit:
        seen = {(x[0], x[1]) for x in rows}
        if tuple(pair) not in seen:
            rows += list(conn.execute(base.where(k.c.place_id == pair[0], q_.c.place_id == pair[1])))
    if not rows:
        return pd.DataFrame(columns=ARC_COLUMNS)
    return pd.DataFrame([tuple(x) for x in rows], columns=ARC_COLUMNS)


def _newest(q: Select) -> Select:
    return q.order_by(r.c.date.desc(), r.c.id)


def newest(conn: Connection, filters: Filters, *, offset: int = 0, limit: int = 100, **kw) -> list[dict[str, Any]]:
    """One page of the matching records (their JSON form), newest first (by date, then id)."""
    q = _newest(_where(select(r.c.body, r.c.status), filters, conn, **kw)).offset(offset).limit(limit)
    return [record_dict(body, status) for body, status in conn.execute(q)]


def stream(conn: Connection, filters: Filters, *, chunk: int = 1_000, **kw) -> Iterator[dict[str, Any]]:
    """Every matching record, newest first, read `chunk` rows at a time."""
    q = _newest(_where(select(r.c.body, r.c.status), filters, conn, **kw))
    for body, status in conn.execution_options(yield_per=chunk).execute(q):
        yield record_dict(body, status)


def records_at(conn: Connection, filters: Filters, place_id: str, **kw) -> list[dict[str, Any]]:
    """Matching records that name a place (Korean side, partner or venue), newest first."""
    named = select(rp.c.record_id).where(rp.c.place_id == place_id)
    q = _newest(_where(select(r.c.body, r.c.status), filters, conn, **kw).where(r.c.id.in_(named)))
    return [record_dict(b, st) for b, st in conn.execute(q)]


def records_between(conn: Connection, filters: Filters, src: str, dst: str, **kw) -> list[dict[str, Any]]:
    """Matching records with an arc from Korean place `src` to partner `dst`, newest first."""
    a = select(rp.c.record_id).where(rp.c.side == "korean", rp.c.place_id == src)
    b = select(rp.c.record_id).where(rp.c.side == "partner", rp.c.place_id == dst)
    q = _newest(_where(select(r.c.body, r.c.status), filters, conn, **kw).where(r.c.id.in_(a), r.c.id.in_(b)))
    return [record_dict(x, st) for x, st in conn.execute(q)]
