"""Cached loaders: the gazetteer (one shared read-only index) and the records table.

Records are read once per process and shared between sessions (`st.cache_resource`: one table,
not a copy per rerun; callers must not modify it). The cache key includes the data folder and a
digest of the name, size and time of each record file, so an edited file is read again; the
folder is rescanned when its own time changes (a file added, removed or saved atomically) and
otherwise every few seconds (every 100 times the scan's duration for tens of thousands of files,
about half a minute at 100,000 records), so a rerun does not stat thousands of files.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer, build_gazetteer, default_gazetteer
from geo.sources import default_places_csv
from partnerships import store
from partnerships.model import Problem, is_public
from ui.i18n import t
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
def _gazetteer(digest: str, places_csv: str) -> Gazetteer:
    if not _first_places or _first_places[0] == digest:
        _first_places[:] = [digest]
        return default_gazetteer()
    return build_gazetteer(places_csv=Path(places_csv))


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built again when data/places.csv changes (a place was added)."""
    path, digest = _places_key()
    return _gazetteer(digest, path)


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
def _load(data_dir: str, seeds_dir: str, fingerprint: str) -> tuple[pd.DataFrame, tuple[Problem, ...]]:
    del seeds_dir, fingerprint  # part of the cache key only
    gaz = gazetteer()
    result = store.load(data_dir=Path(data_dir), gazetteer=gaz)
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


def load_records() -> tuple[pd.DataFrame, tuple[Problem, ...]]:
    """The records table and the problems of the records that could not be loaded."""
    folder = store.data_dir()
    return _load(str(folder), str(store.seeds_dir()), _fingerprint(folder / "records") + _places_key()[1])


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
