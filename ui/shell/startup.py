"""Work done once per server process, before the first page is drawn."""

from __future__ import annotations

import logging

import streamlit as st

from partnerships import leftovers, store

_LOG = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def _clean(data_dir: str, seeds_dir: str) -> int:
    from pathlib import Path

    removed = leftovers.clean_stale_temp_files(leftovers.save_folders(Path(data_dir), Path(seeds_dir)))
    for path in removed:
        _LOG.warning("removed %s, left by a save that did not finish", path)
    return len(removed)


def clean_leftovers() -> int:
    """Remove stale temporary files of killed saves (once per process and data folder)."""
    return _clean(str(store.data_dir()), str(store.seeds_dir()))
