"""The pages' questions asked of the database: filters as a WHERE, the map as a GROUP BY.

    ids = filtered(filters)                       # a SELECT of record ids, to use as a subquery
    points = place_points(conn, filters)          # one row per place the map draws, with its count
    arcs = place_arcs(conn, filters, limit=1500)  # the busiest (Korean place, partner, type) arcs
    rows = newest(conn, filters, offset=0, limit=100)   # a page of records, newest first
    for d in stream(conn, filters): ...           # every matching record, a chunk at a time

Partner filters work on partners (not only on records): with a partner region or country chosen,
a record matches when one of its partners does, and the map's partner places, arcs and counts
show only the matching partners. A continent stands for its UN M49 sub-regions.

Statuses: every question answers from the published records only (`PUBLIC`) unless the caller
asks for more with `statuses=` (staff pages: `statuses=EVERY_STATUS` or a list of their own).

Search: every word must match; a word matches when one of its alternative terms (see `terms`)
occurs in the record's titles, summaries, parties or place names. SQLite answers terms of three
or more characters from its FTS5 trigram index, PostgreSQL from a pg_trgm index on the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pandas as pd
from sqlalchemy import (
    JSON,
    Connection,
    Select,
    and_,
    case,
    cast,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
)

from geo.regions import expand_regions
from partnerships import search_terms
from partnerships.db import schema as s
from partnerships.db.rows import record_dict
from partnerships.korea_areas import with_their_places
from partnerships.model import CONFIDENCE, PUBLIC_STATUSES, STATUSES, UNDATED_YEAR
from partnerships.query import Filters

POINT_COLUMNS = ["place_id", "name_en", "name_ko", "side", "country", "lon", "lat", "count"]
ARC_COLUMNS = ["src", "dst", "type", "count", "src_lon", "src_lat", "dst_lon", "dst_lat",
               "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"]
Expand = Callable[[str], Iterable[str]]  # a word -> alternative terms (itself included or not)
PUBLIC: tuple[str, ...] = tuple(sorted(PUBLIC_STATUSES))  # the default: what viewers may see
EVERY_STATUS: tuple[str, ...] = tuple(STATUSES)  # staff: drafts, rejected and retracted records too

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


def _status_condition(statuses: Iterable[str]):
    """The records whose status is one of `statuses` (None when that is every status)."""
    if isinstance(statuses, str) or statuses is None:
        raise TypeError("statuses must be a list of statuses (queries.PUBLIC, queries.EVERY_STATUS, ...)")
    wanted = sorted(set(statuses))
    if set(wanted) >= set(STATUSES):
        return None
    return r.c.status.in_(wanted)


def conditions(filters: Filters, *, sqlite: bool, expand: Expand | None = None,
               statuses: Iterable[str] = PUBLIC, local: bool = False, where: Iterable = ()) -> list:
    """The filters as conditions on `records`, of the records with one of `statuses` (published
    only unless asked; with `local`, leave out type and year: the caller tests them on its own
    table's copies of those columns), plus the caller's own conditions on `records` (`where`)."""
    out: list = list(where)
    if filters.sectors:
        out.append(r.c.id.in_(select(s.sectors.c.record_id).where(s.sectors.c.sector.in_(filters.sectors))))
    if filters.korean_places:
        out.append(r.c.id.in_(select(rp.c.record_id).where(rp.c.side == "korean",
                                                            rp.c.place_id.in_(with_their_places(filters.korean_places)))))
    partner = partner_condition(filters)
    if partner is not None:
        out.append(r.c.id.in_(select(rp.c.record_id).where(rp.c.side == "partner", partner)))
    if filters.levels:
        out.append(r.c.id.in_(select(rp.c.record_id).where(rp.c.side == "korean", level_condition(filters.levels))))
    if filters.confidence:
        out.append(_confidence(sqlite).in_(list(filters.confidence)))
    if not local:
        out += _type_year(filters, r)
    for word in filters.text.lower().replace("\x00", " ").split():  # (no engine takes a NUL in a query)
        out.append(_word_condition(word, sqlite=sqlite, expand=expand))
    status = _status_condition(statuses)
    if status is not None:
        out.append(status)
    return out


def level_condition(levels: Iterable[str]):
    """Korean places of these levels (partnerships.korea): by kind, the metropolitan cities by id."""
    from partnerships.korea import METROPOLITAN

    places = s.places.c
    metro = sorted(METROPOLITAN)
    kinds = [lv for lv in levels if lv in ("province", "county", "district")]
    parts = [places.kind.in_(kinds)] if kinds else []
    if "metropolitan" in levels:
        parts.append(places.id.in_(metro))
    if "city" in levels:
        parts.append(and_(places.kind == "city", places.id.not_in(metro)))
    if not parts:
        return false()
    return rp.c.place_id.in_(select(places.id).where(places.country == "KR", or_(*parts)))


def _confidence(sqlite: bool):
    """The record's `confidence` (a source table's grade) read from its JSON body."""
    if sqlite:
        return func.json_extract(r.c.body, "$.confidence")
    return cast(r.c.body, JSON)["confidence"].as_string()


def _gazetteer():
    from geo.gazetteer import default_gazetteer  # built once a process, when first searched

    return default_gazetteer()


def _word_condition(word: str, *, sqlite: bool, expand: Expand | None):
    """One searched word: its text or an alternative (partnerships.search_terms: stems, the other
    language's names, a country's names), a partner in the country it names, or the sector or
    agreement type it names."""
    found = search_terms.expand(word, gazetteer=_gazetteer())  # a place's other spellings: '호치민' finds '호찌민'
    alternatives = terms(word, lambda w: [*found.text, *(expand(w) if expand else ())])[0]
    parts = [_matches(t, sqlite) for t in alternatives]
    if found.countries:
        parts.append(r.c.id.in_(select(rp.c.record_id).where(rp.c.side == "partner",
                                                             rp.c.country.in_(found.countries))))
    if found.sectors:
        parts.append(r.c.id.in_(select(s.sectors.c.record_id).where(s.sectors.c.sector.in_(found.sectors))))
    if found.types:
        parts.append(r.c.type.in_(found.types))
    return or_(*parts)


def _type_year(filters: Filters, alias) -> list:
    out = []
    if filters.types:
        out.append(alias.c.type.in_(filters.types))
    if filters.undated_only:
        return [*out, alias.c.year == UNDATED_YEAR]
    dated = [alias.c.year != UNDATED_YEAR]
    if filters.year_min is not None:
        dated.append(alias.c.year >= filters.year_min)
    if filters.year_max is not None:
        dated.append(alias.c.year <= filters.year_max)
    if filters.undated and len(dated) > 1:
        out.append(or_(and_(*dated), alias.c.year == UNDATED_YEAR))
    elif not filters.undated:
        out.append(and_(*dated))
    return out


def _on(alias, filters: Filters, conn: Connection, **kw) -> list:
    """The filters as conditions on a child table with its own type and year columns."""
    rest = conditions(filters, sqlite=conn.dialect.name == "sqlite", local=True, **kw)
    out = _type_year(filters, alias)
    if rest:
        out.append(alias.c.record_id.in_(select(r.c.id).where(*rest)))
    return out


def partner_condition(filters: Filters, alias=rp, *, region=None, country=None):
    """The partner-side condition of the region and country filters (None when neither is set)."""
    parts = []
    if filters.regions:
        parts.append((region if region is not None else alias.c.region).in_(partner_regions(filters)))
    if filters.countries:
        parts.append((country if country is not None else alias.c.country).in_(filters.countries))
    return and_(*parts) if parts else None


def _where(q: Select, filters: Filters, conn: Connection, **kw) -> Select:
    conds = conditions(filters, sqlite=conn.dialect.name == "sqlite", **kw)
    return q.where(and_(*conds)) if conds else q


def count(conn: Connection, filters: Filters, **kw) -> int:
    """How many records pass the filters."""
    return conn.execute(_where(select(func.count()).select_from(r), filters, conn, **kw)).scalar_one()


def filtered(conn: Connection, filters: Filters, **kw) -> Select:
    """SELECT id FROM records WHERE <filters>."""
    return _where(select(r.c.id), filters, conn, **kw)


_PLACES: dict[str, tuple[int, dict[str, tuple]]] = {}  # database -> (places count, id -> names and position)


def _place_info(conn: Connection, ids: Iterable[str]) -> dict[str, tuple]:
    """(name_en, name_ko, country, lon, lat) per place id, from a per-database cache of the places table."""
    key = str(conn.engine.url)
    n = conn.execute(select(func.count()).select_from(s.places)).scalar_one()
    known = _PLACES.get(key)
    if known is None or known[0] != n or not set(ids) <= known[1].keys():
        p = s.places
        rows = conn.execute(select(p.c.id, p.c.name_en, p.c.name_ko, p.c.country, p.c.lon, p.c.lat))
        known = _PLACES[key] = (n, {row[0]: tuple(row[1:]) for row in rows})
    return known[1]


def place_points(conn: Connection, filters: Filters, **kw) -> pd.DataFrame:
    """One row per place the matching records name (Korean side, or a matching partner), with the
    number of records; busiest first."""
    n = func.count().label("count")
    partner = partner_condition(filters)
    side_ok = or_(rp.c.side == "korean", and_(rp.c.side == "partner", partner if partner is not None else true()))
    q = (select(rp.c.place_id, rp.c.side, n).where(side_ok, *_on(rp, filters, conn, **kw))
         .group_by(rp.c.place_id, rp.c.side))
    rows = conn.execute(q).all()
    if not rows:
        return pd.DataFrame(columns=POINT_COLUMNS)
    info = _place_info(conn, (x[0] for x in rows))
    rows = [x for x in rows if x[0] in info]  # a place missing from the places table is not drawn
    out = pd.DataFrame([(pid, *info[pid][:3], side, *info[pid][3:], c) for pid, side, c in rows],
                       columns=["place_id", "name_en", "name_ko", "country", "side", "lon", "lat", "count"])
    out = out.sort_values(["count", "place_id", "side"], ascending=[False, True, True], kind="stable")
    return out[POINT_COLUMNS].reset_index(drop=True)


def place_arcs(conn: Connection, filters: Filters, *, limit: int | None = None,
               pair: tuple[str, str] | None = None, **kw) -> pd.DataFrame:
    """One row per (Korean place, matching partner, type) with its number of records, busiest
    first; at most `limit` rows, plus those of `pair` (a selected arc) if it is further down."""
    a = s.record_arcs
    n = func.count().label("count")
    partner = partner_condition(filters, region=a.c.dst_region, country=a.c.dst_country)
    base = (select(a.c.src, a.c.dst, a.c.type, n)
            .where(*_on(a, filters, conn, **kw), *([partner] if partner is not None else []))
            .group_by(a.c.src, a.c.dst, a.c.type)
            .order_by(n.desc(), a.c.src, a.c.dst, a.c.type))
    rows = list(conn.execute(base.limit(limit) if limit is not None else base))
    if pair is not None and limit is not None and len(rows) == limit and tuple(pair) not in {x[:2] for x in rows}:
        rows += list(conn.execute(base.where(a.c.src == pair[0], a.c.dst == pair[1])))
    if not rows:
        return pd.DataFrame(columns=ARC_COLUMNS)
    info = _place_info(conn, {x for row in rows for x in row[:2]})
    rows = [x for x in rows if x[0] in info and x[1] in info]
    return pd.DataFrame([(src, dst, kind, c, info[src][3], info[src][4], info[dst][3], info[dst][4],
                          info[src][0], info[src][1], info[dst][0], info[dst][1]) for src, dst, kind, c in rows],
                        columns=ARC_COLUMNS)


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


def of_articles(conn: Connection, names: Iterable[str], **kw) -> list[dict[str, Any]]:
    """The records drawn from these articles (published only unless asked), each article's oldest
    event first (by date, then id), articles in name order."""
    names = sorted(set(names))
    out: list[dict[str, Any]] = []
    for i in range(0, len(names), 500):
        q = (_where(select(r.c.body, r.c.status), Filters(), conn, **kw)
             .where(r.c.article_file.in_(names[i:i + 500])).order_by(r.c.article_file, r.c.date, r.c.id))
        out += [record_dict(b, st) for b, st in conn.execute(q)]
    return out


def article_names(conn: Connection, filters: Filters, **kw) -> list[str]:
    """The articles with a record passing the filters, sorted."""
    q = _where(select(r.c.article_file).distinct(), filters, conn, **kw).order_by(r.c.article_file)
    return list(conn.execute(q).scalars())


def time_key(conn: Connection) -> tuple:
    """The tour's time order as ORDER BY terms: dated records first, then by date, then by id
    (compared byte by byte on both engines, as Python compares the strings)."""
    undated = case((r.c.year == UNDATED_YEAR, 1), else_=0)
    if conn.dialect.name == "sqlite":
        return undated, r.c.date, r.c.id
    return undated, r.c.date.collate("C"), r.c.id.collate("C")


def in_time_order(conn: Connection, filters: Filters, **kw) -> list[str]:
    """The ids of the matching records, oldest first, undated last (partnerships.tour's order)."""
    return list(conn.execute(_where(select(r.c.id), filters, conn, **kw).order_by(*time_key(conn))).scalars())


def up_to(conn: Connection, record: dict[str, Any]):
    """A condition: the records at or before `record` (its JSON form) in the time order."""
    undated, date, rid = time_key(conn)
    mine = (1 if record["year"] == UNDATED_YEAR else 0, str(record["date"]), record["id"])
    return or_(undated < mine[0],
               and_(undated == mine[0], or_(date < mine[1], and_(date == mine[1], rid <= mine[2]))))


def by_ids(conn: Connection, ids: Iterable[str], filters: Filters | None = None, **kw) -> list[dict[str, Any]]:
    """The records among these ids that pass the filters (their JSON form), in no particular order."""
    ids, filters = list(dict.fromkeys(ids)), filters or Filters()
    out: list[dict[str, Any]] = []
    for i in range(0, len(ids), 500):
        q = _where(select(r.c.body, r.c.status), filters, conn, **kw).where(r.c.id.in_(ids[i:i + 500]))
        out += [record_dict(b, st) for b, st in conn.execute(q)]
    return out


def summary(conn: Connection, filters: Filters, **kw) -> tuple[int, tuple[int, int] | None]:
    """(number of matching records, (first year, last year) or None)."""
    dated = case((r.c.year != UNDATED_YEAR, r.c.year))
    n, lo, hi = conn.execute(_where(select(func.count(), func.min(dated), func.max(dated)).select_from(r),
                                    filters, conn, **kw)).one()
    return n, (None if lo is None else (int(lo), int(hi)))


def options(conn: Connection, *, statuses: Iterable[str] = PUBLIC) -> dict[str, list]:
    """The values each filter can offer (as ui.shell.filters does from the table): sectors and types in
    vocabulary order, years as [first, last], Korean places, partner regions (continents first)
    and countries sorted."""
    from geo.regions import CONTINENTS
    from partnerships.model import SECTORS, TYPES

    def ordered(found: Iterable[str], order: Iterable[str] | None = None) -> list[str]:
        seen = {x for x in found if x is not None}
        if order is None:
            return sorted(seen)
        order = list(order)
        return [x for x in order if x in seen] + sorted(seen - set(order))

    status = _status_condition(statuses)
    keep = status if status is not None else true()
    ids = select(r.c.id).where(keep)
    lo, hi = conn.execute(select(func.min(r.c.year), func.max(r.c.year)).where(keep, r.c.year != UNDATED_YEAR)).one()
    side = {name: conn.execute(select(getattr(rp.c, column)).distinct().where(
        rp.c.side == which, rp.c.record_id.in_(ids))).scalars().all()
        for name, which, column in (("korean_places", "korean", "place_id"), ("regions", "partner", "region"),
                                    ("countries", "partner", "country"))}
    regions = ordered(side["regions"])
    present = set(regions)
    return {
        "sectors": ordered(conn.execute(select(s.sectors.c.sector).distinct().where(
            s.sectors.c.record_id.in_(ids))).scalars(), SECTORS),
        "years": [] if lo is None else [int(lo), int(hi)],
        "types": ordered(conn.execute(select(r.c.type).distinct().where(keep)).scalars(), TYPES),
        "korean_places": ordered(side["korean_places"]),
        "regions": [c for c, parts in CONTINENTS.items() if present & set(parts)] + regions,
        "countries": ordered(side["countries"]),
        "undated": int(conn.execute(select(func.count()).select_from(r).where(
            keep, r.c.year == UNDATED_YEAR)).scalar() or 0),
        "levels": _levels_present(conn, side["korean_places"]),
        "confidence": [c for c in CONFIDENCE if c in set(conn.execute(
            select(_confidence(conn.dialect.name == "sqlite")).distinct().where(keep)).scalars())],
    }


def _levels_present(conn: Connection, korean_places: Iterable[str]) -> list[str]:
    from partnerships.korea import LEVELS, level

    ids = list(korean_places)
    kinds = conn.execute(select(s.places.c.id, s.places.c.kind).where(s.places.c.id.in_(ids))).all() if ids else []
    found = {level(pid, kind) for pid, kind in kinds}
    return [lv for lv in LEVELS if lv in found]


def per_year(conn: Connection, filters: Filters, *, by: str, **kw) -> pd.DataFrame:
    """(year, key, count) of the matching records by type or by sector (a record counts once in
    each of its sectors), ordered as partnerships.timeline.per_year orders them."""
    from partnerships import timeline

    n = func.count().label("count")
    if by == "type":
        q = _where(select(r.c.year, r.c.type, n).select_from(r), filters, conn, **kw).group_by(r.c.year, r.c.type)
    elif by == "sector":
        sec = s.sectors
        q = (_where(select(r.c.year, sec.c.sector, n).select_from(r).join(sec, sec.c.record_id == r.c.id),
                    filters, conn, **kw).group_by(r.c.year, sec.c.sector))
    else:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(timeline.BY)}")
    rows = conn.execute(q).all()
    counts = pd.DataFrame([tuple(x) for x in rows], columns=["year", "key", "count"])
    return timeline.ordered(counts, by=by)  # type: ignore[arg-type]


def per_year_empty() -> pd.DataFrame:
    """No counts (the shape of per_year)."""
    from partnerships import timeline

    return timeline.ordered(pd.DataFrame(columns=["year", "key", "count"]), by="type")
