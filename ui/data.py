"""Cached loaders: the gazetteer (one shared read-only index) and the records table.

Records are read once per process and shared between sessions; the cache key includes the
data folder and the size and time of each record file, so an edited file is read again.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer, default_gazetteer
from partnerships import store
from partnerships.model import Problem
from ui.i18n import t
from ui.markup import md_escape


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer."""
    return default_gazetteer()


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    return tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.glob("*.json"))
    )


@st.cache_data(show_spinner=False, max_entries=8)
def _load(data_dir: str, seeds_dir: str, fingerprint: tuple) -> tuple[pd.DataFrame, tuple[Problem, ...]]:
    del seeds_dir, fingerprint  # part of the cache key only
    gaz = gazetteer()
    result = store.load(data_dir=Path(data_dir), gazetteer=gaz)
    return store.records_frame(result.records, gaz), tuple(result.problems)


def load_records() -> tuple[pd.DataFrame, tuple[Problem, ...]]:
    """The records table and the problems of the records that could not be loaded."""
    folder = store.data_dir()
    return _load(str(folder), str(store.seeds_dir()), _fingerprint(folder / "records"))


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
