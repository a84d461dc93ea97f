"""Cached loaders: the gazetteer (one shared read-only index) and the records table.

The records come from the database (partnerships.store). Each rerun reads the store's change
counter (one indexed row) and the table is built again only when it moved, so every replica
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
from datetime import datetime
from pathlib import Path

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer, build_gazetteer, default_gazetteer
from geo.sources import default_places_csv
from partnerships import store
from partnerships.model import Problem
from ui.i18n import DEFAULT_LANG, LANG_KEY, t
from ui.markup import md_escape


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
    """The process-wide gazetteer, built again when data/places.csv changes or a save adds a place."""
    path, digest = _places_key()
    url = store.database_url()
    try:
        counter = _counter(url)
    except store.StoreUnavailable:
        counter = _last_counter.get(url)
    added = _added_key(url, counter) if counter is not None else ""
    return _gazetteer(digest, path, added, url)


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
    loaded = store.records_frame(result.records, gaz), tuple(result.problems)
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


def _counter(url: str) -> int:
    """The change counter, after loading changed files into the database."""
    folder = store.data_dir()
    files = _fingerprint(folder / "records") + _places_key()[1]
    if _files_seen.get(url) != files:
        store.open_store(url)
        _files_seen[url] = files
    counter = store.changes(store.engine(url))
    _last_counter[url] = counter
    return counter


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
        where = [f"{t('p_file', lang)} **{md_escape(p.file)}**"]
        if p.record_id:
            where.append(f"{t('p_record', lang)} **{md_escape(p.record_id)}**")
        if p.field:
            where.append(f"{t('p_field', lang)} **{md_escape(p.field)}**")
        lines.append(f"- {' · '.join(where)}: {md_escape(p.message)}")
    st.warning("\n".join(lines))
