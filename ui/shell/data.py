"""Cached loaders: the gazetteer (one shared read-only index) and the records table.

The records come from the database (partnerships.store). A rerun reads the store's change
counter (one indexed row, at most once a second) and the table is built again only when it moved, so every replica
sees a new record on its next rerun, a moment after the save, without a full reload on each
rerun. The curated files are checked for changes (and loaded into the database by
`store.open_store`) when the records folder's own time changes, and otherwise every few seconds
(every 100 times the scan's duration for tens of thousands of files).

When the database cannot be reached, pages keep the table they had and say so in one line.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pandas as pd
import streamlit as st
from sqlalchemy.exc import OperationalError

from geo.gazetteer import Gazetteer, build_gazetteer, default_gazetteer
from geo.place_data import default_places_csv
from geo.regions import expand_regions
from partnerships import store
from partnerships.db import queries, repo, summaries
from partnerships.db import rollup as rollups
from partnerships.db.place_book import PlaceBook, place_book
from partnerships.model import PUBLIC_STATUSES, Problem, Record, is_public
from partnerships.query import Filters
from ui.shell.i18n import DEFAULT_LANG, LANG_KEY, t
from ui.shell.markup import md_escape


def _places_key() -> tuple[str, str]:
    """(path, digest of the content) of data/places.csv: copies with the same rows share a key."""
    path = default_places_csv()
    try:
        return str(path), hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return str(path), ""


_first_places: list[str] = []  # the places.csv content default_gazetteer() was built from


@st.cache_resource(show_spinner=False, max_entries=2)
def _gazetteer(digest: str, places_csv: str, added: str, url: str) -> Gazetteer:
    if added:  # places that saves added to the database
        return store.gazetteer_for(store.engine(url))
    if not _first_places or _first_places[0] == digest:
        _first_places[:] = [digest]
        return default_gazetteer()
    return build_gazetteer(places_csv=Path(places_csv))


_added: dict[tuple[str, int], str] = {}  # (url, change counter) -> digest of the added places' ids


def _added_key(url: str, counter: int) -> str:
    key = (url, counter)
    if key not in _added:
        try:
            ids = [p.id for p in store.added_places(store.engine(url))]
        except store.StoreUnavailable:
            ids = []
        _added.clear()
        _added[key] = hashlib.blake2b("\n".join(ids).encode(), digest_size=8).hexdigest() if ids else ""
    return _added[key]


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer with its name look-ups (adding articles, editing records), built
    again when data/places.csv changes or a save adds a place. Pages that only show stored
    records use `places()`, which is much smaller."""
    path, digest = _places_key()
    url = store.database_url()
    try:
        counter = _counter(url)
    except store.StoreUnavailable:
        counter = _last_counter.get(url)
    added = _added_key(url, counter) if counter is not None else ""
    return _gazetteer(digest, path, added, url)


@st.cache_resource(show_spinner=False, max_entries=2)
def _places(url: str, counter: int) -> PlaceBook:
    del counter  # part of the cache key only
    with store.engine(url).connect() as conn:
        return place_book(conn)


_last_places: list[PlaceBook] = []


def places() -> PlaceBook:
    """The places the stored records name (partnerships.db.place_book), read again after each
    write: what the public pages show, without the full gazetteer. If the database cannot be
    reached, the last ones this process read."""
    url = store.database_url()
    try:
        book = _places(url, _known_counter(url))
    except (store.StoreUnavailable, OperationalError):
        return _last_places[0] if _last_places else PlaceBook({})
    _last_places[:] = [book]
    return book


RESCAN_SECONDS = 5.0
RESCAN_FACTOR = 100
_scans: dict[str, tuple[float, int, str, float]] = {}  # folder -> (when scanned, folder mtime, digest, interval)


def _fingerprint(folder: Path) -> str:
    """Digest of the record files' names, sizes and times (rescanned as the module docstring says)."""
    try:
        folder_mtime = folder.stat().st_mtime_ns
    except OSError:
        return ""
    now = time.monotonic()
    seen = _scans.get(str(folder))
    if seen and seen[1] == folder_mtime and now - seen[0] < seen[3]:
        return seen[2]
    digest = hashlib.blake2b(digest_size=16)
    with os.scandir(folder) as entries:
        files = sorted((e for e in entries if e.name.endswith(".json")), key=lambda e: e.name)
    for entry in files:
        info = entry.stat()
        digest.update(f"{entry.name}\0{info.st_mtime_ns}\0{info.st_size}\n".encode())
    took = time.monotonic() - now
    # Rescan after RESCAN_SECONDS, or after RESCAN_FACTOR times the scan's own duration when that
    # is longer (tens of thousands of files): scanning then costs at most 1% of the time.
    _scans[str(folder)] = (now, folder_mtime, digest.hexdigest(), max(RESCAN_SECONDS, RESCAN_FACTOR * took))
    return digest.hexdigest()


@st.cache_resource(show_spinner=False, max_entries=2)
def _load(url: str, counter: int, places: str) -> tuple[pd.DataFrame, tuple[Problem, ...]]:
    del counter, places  # part of the cache key only
    gaz = gazetteer()
    result = store.read_records(store.engine(url))
    public = [r for r in result.records if is_public(r.status)]  # drafts and retracted records: never public
    loaded = store.records_frame(public, gaz), tuple(result.problems)
    _settle_heap()
    return loaded


def _settle_heap() -> None:
    """Take the objects alive now (the records, the gazetteer, the imported modules) out of
    Python's cyclic garbage collection.

    Without this, every rerun of the running app at 100,000 records ended in a full collection
    that walked millions of record objects: about 200 ms with the interpreter lock held, as much
    as the rerun's own work (bench/gc_pauses.py). Frozen objects are still freed by reference
    counting when dropped; those in reference cycles are unfrozen and collected at the next
    load, so at most one earlier table lingers.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


_files_seen: dict[str, str] = {}  # url -> fingerprint of the files last handed to open_store
_last_counter: dict[str, int] = {}
_last_good: list[tuple[pd.DataFrame, tuple[Problem, ...], datetime]] = []


COUNTER_SECONDS = 1.0  # the change counter is read at most this often (one rerun reads it once)
_counter_read: dict[str, tuple[float, int]] = {}


def _counter(url: str) -> int:
    """The change counter, after loading changed files into the database (read at most once a second)."""
    seen = _counter_read.get(url)
    if seen is not None and time.monotonic() - seen[0] < COUNTER_SECONDS:
        return seen[1]
    folder = store.data_dir()
    files = _fingerprint(folder / "records") + _places_key()[1]
    if _files_seen.get(url) != files:
        store.open_store(url)
        _files_seen[url] = files
    counter = store.changes(store.engine(url))
    _last_counter[url] = counter
    _counter_read[url] = (time.monotonic(), counter)
    return counter


def changed() -> None:
    """This process just wrote: read the change counter afresh on the next call."""
    _counter_read.clear()


def load_records() -> tuple[pd.DataFrame, tuple[Problem, ...]]:
    """The records table and the problems of the records that could not be loaded.

    If the database cannot be reached, the last table this process had (and one line saying so).
    """
    url = store.database_url()
    try:
        counter = _counter(url)
        df, problems = _load(url, counter, _places_key()[1])
    except store.StoreUnavailable:
        if not _last_good:
            st.warning(t("db_none", _lang()))
            return store.records_frame([], gazetteer()), ()
        df, problems, when = _last_good[0]
        st.warning(t("db_down", _lang(), when=when.strftime("%H:%M")), icon=":material/cloud_off:")
        return df, problems
    if not _last_good or _last_good[0][0] is not df:
        _last_good[:] = [(df, problems, datetime.now())]
    return df, problems


def _lang() -> str:
    lang = st.session_state.get(LANG_KEY, DEFAULT_LANG)
    return lang if isinstance(lang, str) else DEFAULT_LANG


def show_problems(problems: tuple[Problem, ...], lang: str) -> None:
    """One warning listing every load problem by file, record id and field."""
    if not problems:
        return
    lines = [t("problems", lang, n=len({(p.file, p.record_id) for p in problems}))]
    for p in problems:
        where = [f"{t('problem_file', lang)} **{md_escape(p.file)}**"]
        if p.record_id:
            where.append(f"{t('problem_record', lang)} **{md_escape(p.record_id)}**")
        if p.field:
            where.append(f"{t('problem_field', lang)} **{md_escape(p.field)}**")
        lines.append(f"- {' · '.join(where)}: {md_escape(p.message)}")
    st.warning("\n".join(lines))


# --- the map page, answered by the database ------------------------------------------------------

PUBLIC = tuple(sorted(PUBLIC_STATUSES))  # what every public page shows: published records only


@dataclass(frozen=True)
class MapView:
    """What the map page draws for one filter state: only the aggregates, never the records."""

    points: pd.DataFrame
    arcs: pd.DataFrame  # the busiest `limit` arcs (plus the selected pair's)
    count: int  # matching records
    years: tuple[int, int] | None
    total: int  # records in the database
    key: str = ""  # names this answer (the database, its change counter and the query): equal keys, equal frames


@st.cache_data(show_spinner=False, max_entries=8, ttl=3600)
def _options(url: str, counter: int) -> dict[str, list]:
    del counter  # part of the cache key only
    return summaries.options(store.engine(url), statuses=PUBLIC)  # stored once per change


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _map_view(url: str, counter: int, params: tuple, pair: tuple[str, str] | None, limit: int) -> MapView:
    filters = Filters.from_params(dict(params))
    key = hashlib.blake2s(repr((url, counter, params, pair, limit)).encode(), digest_size=8).hexdigest()
    with store.engine(url).connect() as conn:
        if rollups.covers(filters):  # type and year only: from the rollup of the published records
            roll = _rollup(url, counter)
            points, arcs, count, years = rollups.from_rollup(conn, roll, filters, limit=limit, pair=pair)
            return MapView(points, arcs, count, years, roll.total, key)
        points = queries.place_points(conn, filters, statuses=PUBLIC)
        arcs = queries.place_arcs(conn, filters, limit=limit, pair=pair, statuses=PUBLIC)
        count, years = queries.summary(conn, filters, statuses=PUBLIC)
        total = count if filters == Filters() else queries.count(conn, Filters(), statuses=PUBLIC)
    return MapView(points, arcs, count, years, total, key)


@st.cache_resource(show_spinner=False, max_entries=2)
def _rollup(url: str, counter: int) -> rollups.Rollup:
    """Counts per place, arc, type and year: one read after each write, shared by the sessions
    (computed once per change for every process: partnerships.db.summaries)."""
    del counter  # part of the cache key only
    return summaries.rollup(store.engine(url), statuses=PUBLIC)


_last_map: list[tuple[dict[str, list], MapView, datetime]] = []


def _known_counter(url: str) -> int:
    try:
        return _counter(url)
    except store.StoreUnavailable:
        if url in _last_counter:
            return _last_counter[url]
        raise


def filter_options() -> dict[str, list]:
    """The filters' choices (values present in the database), cached until the next write."""
    url = store.database_url()
    try:
        return _options(url, _known_counter(url))
    except store.StoreUnavailable:
        if _last_map:
            return _last_map[0][0]
        return {k: [] for k in ("sectors", "years", "types", "korean_places", "regions", "countries")}


def map_view(filters: Filters, *, pair: tuple[str, str] | None, limit: int) -> MapView:
    """The map's points and arcs, the number of matching records and their years, from the
    database (cached per filter state until the next write). If the database cannot be reached:
    the last answer this process had, and one line saying so."""
    url = store.database_url()
    try:
        got = _map_view(url, _known_counter(url), tuple(sorted(filters.to_params().items())), pair, limit)
    except store.StoreUnavailable:
        if not _last_map:
            st.warning(t("db_none", _lang()))
            empty = MapView(pd.DataFrame(columns=queries.POINT_COLUMNS), pd.DataFrame(columns=queries.ARC_COLUMNS),
                            0, None, 0, "empty")
            return empty
        st.warning(t("db_down", _lang(), when=_last_map[0][2].strftime("%H:%M")), icon=":material/cloud_off:")
        return _last_map[0][1]
    _last_map[:] = [(filter_options(), got, datetime.now())]
    return got


def records_table(records: list[dict]) -> pd.DataFrame:
    """A few records (their JSON form) as rows of the records table, for the cards."""
    return store.records_frame([Record.from_dict(d) for d in records], places())


def records_of(ids: list[str]) -> pd.DataFrame:
    """The published records of `ids` as a records table, in that order (none if the database
    cannot be reached)."""
    try:
        with store.engine().connect() as conn:
            found = {r["id"]: r for r in queries.by_ids(conn, list(ids), statuses=PUBLIC)}
    except (store.StoreUnavailable, OperationalError):
        found = {}
    return records_table([found[i] for i in ids if i in found])


def matching_partners(records: list[dict], filters: Filters) -> list[dict]:
    """The records with only the partners the region and country filters choose (all of them
    when neither is set): the panel then lists the partners the map draws."""
    if not (filters.regions or filters.countries):
        return records
    regions = set(expand_regions(filters.regions))
    gaz = places()

    def keep(pid: str) -> bool:
        if pid not in gaz:
            return False
        place = gaz.get(pid)
        in_region = not regions or place.region in regions
        return in_region and (not filters.countries or place.country in filters.countries)

    return [{**d, "partner_places": [p for p in d.get("partner_places") or [] if keep(p)]} for d in records]


def records_at(filters: Filters, place_id: str) -> pd.DataFrame:
    """The matching records naming a place, newest first, with only their matching partners
    (empty if the database cannot be reached)."""
    try:
        with store.engine().connect() as conn:
            return records_table(matching_partners(queries.records_at(conn, filters, place_id, statuses=PUBLIC),
                                                   filters))
    except (store.StoreUnavailable, OperationalError):
        return records_table([])


def records_between(filters: Filters, src: str, dst: str) -> pd.DataFrame:
    """The matching records with an arc from `src` to `dst`, newest first, with only their
    matching partners."""
    try:
        with store.engine().connect() as conn:
            return records_table(matching_partners(
                queries.records_between(conn, filters, src, dst, statuses=PUBLIC), filters))
    except (store.StoreUnavailable, OperationalError):
        return records_table([])


@st.cache_data(show_spinner=False, max_entries=8, ttl=3600)
def _problems(url: str, counter: int) -> tuple[Problem, ...]:
    del counter  # part of the cache key only
    with store.engine(url).connect() as conn:
        return tuple(repo.stored_problems(conn))


def load_problems() -> tuple[Problem, ...]:
    """The problems of the last file load (records and articles that could not be stored)."""
    url = store.database_url()
    try:
        return _problems(url, _known_counter(url))
    except store.StoreUnavailable:
        return ()


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _counts(url: str, counter: int, params: tuple) -> tuple[int, int]:
    del counter  # part of the cache key only
    filters = Filters.from_params(dict(params))
    with store.engine(url).connect() as conn:
        n = queries.count(conn, filters, statuses=PUBLIC)
        return n, (n if filters == Filters() else queries.count(conn, Filters(), statuses=PUBLIC))


_last_answers: dict[tuple, object] = {}  # (what, filters, ...) -> the last answer, for when the database is down
_KEEP_ANSWERS = 32


def _remember(key: tuple, value):
    _last_answers.pop(key, None)
    _last_answers[key] = value
    while len(_last_answers) > _KEEP_ANSWERS:
        _last_answers.pop(next(iter(_last_answers)))
    return value


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _undated_kept(url: str, counter: int, params: tuple) -> int:
    del counter  # part of the cache key only
    filters = Filters.from_params(dict(params))
    with store.engine(url).connect() as conn:
        return queries.count(conn, replace(filters, undated_only=True), statuses=PUBLIC)


def undated_kept(filters: Filters) -> int:
    """How many of the matching records have no date, when a year range kept them (0 without a year
    range, when they are left out, or when the database cannot be reached)."""
    if not filters.undated or filters.undated_only or (filters.year_min, filters.year_max) == (None, None):
        return 0
    url = store.database_url()
    try:
        return _undated_kept(url, _known_counter(url), tuple(sorted(filters.to_params().items())))
    except (store.StoreUnavailable, OperationalError):
        return 0


def counts(filters: Filters) -> tuple[int, int] | None:
    """(records passing the filters, records in all). If the database cannot be reached: the last
    answer for these filters and one line saying so, or None and the line."""
    url = store.database_url()
    params = tuple(sorted(filters.to_params().items()))
    try:
        return _remember(("counts", params), _counts(url, _known_counter(url), params))
    except store.StoreUnavailable:
        last = _last_answers.get(("counts", params))
        key = "db_down_now" if last is None else "db_down"
        when = _last_map[0][2].strftime("%H:%M") if _last_map else datetime.now().strftime("%H:%M")
        st.warning(t(key, _lang(), when=when), icon=":material/cloud_off:")
        return last  # type: ignore[return-value]


def page_of(filters: Filters, *, offset: int, limit: int) -> pd.DataFrame:
    """One page of the matching records as a records table, newest first (the last answer for
    the same page if the database cannot be reached)."""
    key = ("page", tuple(sorted(filters.to_params().items())), offset, limit)
    try:
        with store.engine().connect() as conn:
            rows = queries.newest(conn, filters, offset=offset, limit=limit, statuses=PUBLIC)
            return _remember(key, records_table(rows))
    except (store.StoreUnavailable, OperationalError):
        last = _last_answers.get(key)
        return last if last is not None else records_table([])  # type: ignore[return-value]


def record_chunks(filters: Filters):
    """The matching records, newest first, as records tables of a thousand rows read in turn."""
    return store.record_chunks(store.engine(), filters, places(), statuses=PUBLIC)


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _per_year(url: str, counter: int, params: tuple, by: str) -> pd.DataFrame:
    del counter  # part of the cache key only
    with store.engine(url).connect() as conn:
        return queries.per_year(conn, Filters.from_params(dict(params)), by=by, statuses=PUBLIC)


def per_year(filters: Filters, *, by: str) -> pd.DataFrame:
    """Matching records per (year, type or sector), from the database (the last answer for these
    filters, with one line, if it cannot be reached)."""
    url = store.database_url()
    params = tuple(sorted(filters.to_params().items()))
    try:
        return _remember(("per_year", params, by), _per_year(url, _known_counter(url), params, by))
    except store.StoreUnavailable:
        last = _last_answers.get(("per_year", params, by))
        st.warning(t("db_down_now" if last is None else "db_down", _lang(), when=datetime.now().strftime("%H:%M")),
                   icon=":material/cloud_off:")
        return last if last is not None else queries.per_year_empty()  # type: ignore[return-value]


def article_records(names: list[str]) -> pd.DataFrame:
    """The published records drawn from these articles as a records table, each article's oldest
    event first (the last answer for the same articles if the database cannot be reached)."""
    key = ("articles", tuple(sorted(names)))
    try:
        with store.engine().connect() as conn:
            return _remember(key, records_table(queries.of_articles(conn, names, statuses=PUBLIC)))
    except (store.StoreUnavailable, OperationalError):
        last = _last_answers.get(key)
        return last if last is not None else records_table([])  # type: ignore[return-value]


@st.cache_data(show_spinner=False, max_entries=16, ttl=3600)
def _article_names(url: str, counter: int, params: tuple) -> list[str]:
    del counter  # part of the cache key only
    with store.engine(url).connect() as conn:
        return queries.article_names(conn, Filters.from_params(dict(params)), statuses=PUBLIC)


def matching_articles(filters: Filters) -> set[str]:
    """The articles with a published record passing the filters (the last answer, or none, if the
    database cannot be reached)."""
    url = store.database_url()
    params = tuple(sorted(filters.to_params().items()))
    try:
        return set(_remember(("names", params), _article_names(url, _known_counter(url), params)))
    except (store.StoreUnavailable, OperationalError):
        return set(_last_answers.get(("names", params)) or ())


# --- the tour, answered by the database -----------------------------------------------------------

def known_ids(ids: Iterable[str]) -> set[str]:
    """Which of these record ids are published (none if the database cannot be reached)."""
    try:
        with store.engine().connect() as conn:
            return {d["id"] for d in queries.by_ids(conn, ids, statuses=PUBLIC)}
    except (store.StoreUnavailable, OperationalError):
        return set()


@st.cache_data(show_spinner=False, max_entries=16, ttl=3600)
def _tour_ids(url: str, counter: int, scope: tuple, story: tuple, records: tuple[str, ...] | None) -> list[str]:
    del counter  # part of the cache key only
    filters = Filters.from_params(dict(scope))
    with store.engine(url).connect() as conn:
        if records is not None:
            present = {d["id"] for d in queries.by_ids(conn, records, filters, statuses=PUBLIC)}
            return [rid for rid in records if rid in present]
        told = _story_where(conn, story)
        return queries.in_time_order(conn, filters, statuses=PUBLIC, where=told)


def _story_where(conn, story: tuple) -> list:
    """A story told by filters (URL parameters) as conditions on the records."""
    if not story:
        return []
    return queries.conditions(Filters.from_params(dict(story)), sqlite=conn.dialect.name == "sqlite",
                              statuses=PUBLIC)


def tour_ids(scope: Filters, *, story: tuple = (), records: tuple[str, ...] | None = None) -> list[str]:
    """The tour's record ids in order: a saved list's published ids passing `scope` (in its order),
    or every published record passing `scope` and the story's filters, oldest first, undated
    last (empty if the database cannot be reached and this process never asked)."""
    url = store.database_url()
    params = tuple(sorted(scope.to_params().items()))
    key = ("tour", params, story, records)
    try:
        return _remember(key, _tour_ids(url, _known_counter(url), params, story, records))
    except (store.StoreUnavailable, OperationalError):
        return list(_last_answers.get(key) or [])  # type: ignore[call-overload]


@dataclass(frozen=True)
class TourStage:
    """What one tour step draws: the places and arcs of the records shown so far, and this record."""

    points: pd.DataFrame
    arcs: pd.DataFrame
    row: pd.DataFrame  # the step's record as a one-row records table (empty if it vanished)


@st.cache_data(show_spinner=False, max_entries=32, ttl=3600)
def _tour_stage(url: str, counter: int, scope: tuple, story: tuple, records: tuple[str, ...] | None,
                current: str, cumulative: bool, limit: int) -> TourStage:
    del counter  # part of the cache key only
    filters = Filters.from_params(dict(scope))
    with store.engine(url).connect() as conn:
        found = queries.by_ids(conn, [current], statuses=PUBLIC)
        if not found:
            return TourStage(pd.DataFrame(columns=queries.POINT_COLUMNS), pd.DataFrame(columns=queries.ARC_COLUMNS),
                             records_table([]))
        where = _story_where(conn, story)
        if records is not None:
            where.append(queries.r.c.id.in_(list(records)))
        if cumulative:
            where.append(queries.up_to(conn, found[0]))
        pair = next(((k, p) for k in found[0]["korean_places"] for p in found[0].get("partner_places") or []), None)
        points = queries.place_points(conn, filters, statuses=PUBLIC, where=where)
        arcs = queries.place_arcs(conn, filters, limit=limit, pair=pair, statuses=PUBLIC, where=where)
    return TourStage(points, arcs, records_table(found))


def tour_stage(scope: Filters, current: str, *, story: tuple = (), records: tuple[str, ...] | None = None,
               cumulative: bool, limit: int) -> TourStage | None:
    """The tour's map and card at the step showing record `current`: the places and (busiest
    `limit`) arcs of the tour's records up to it (`cumulative`, time order) or of all of them,
    from the database (None if it cannot be reached)."""
    url = store.database_url()
    params = tuple(sorted(scope.to_params().items()))
    key = ("stage", params, story, records, current, cumulative, limit)
    try:
        return _remember(key, _tour_stage(url, _known_counter(url), params, story, records, current,
                                          cumulative, limit))
    except (store.StoreUnavailable, OperationalError):
        return _last_answers.get(key)  # type: ignore[return-value]
