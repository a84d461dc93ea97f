"""Play the years: a sidebar button that moves the year filter's end forward once a second, so
partnerships appear on the map year by year.

Call `play_control(df, lang)` before `filters.sidebar_filters`: a year step is written to the
year slider's state before the slider is drawn. While playing, a fragment with `run_every` asks
for a rerun of the whole page every INTERVAL seconds; each full run that finds INTERVAL elapsed
moves the end one year on, and playing stops at the last year.
"""

from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from ui.shell import filters
from ui.shell.i18n import t

INTERVAL = 1.0  # seconds per year
PLAYING_KEY = "tp_playing"
LAST_KEY = "tp_last"  # time.monotonic() of the last step
ARMED_KEY = "tp_armed"  # set by a full run; the fragment's own first run (inline) does nothing


def _years(df: pd.DataFrame | dict[str, list]) -> tuple[int, int] | None:
    years = filters.options(df)["years"]
    return (years[0], years[1]) if years and years[0] < years[1] else None


def _bounds(full: tuple[int, int]) -> tuple[int, int]:
    first, last = st.session_state.get(filters.KEYS["years"], full)
    return int(first), int(last)


def _toggle(full: tuple[int, int]) -> None:
    if st.session_state.get(PLAYING_KEY):
        st.session_state[PLAYING_KEY] = False
        return
    first, last = _bounds(full)
    if last >= full[1]:  # at the end already: start again from the first year shown
        filters.set_years(first, first)
    st.session_state[PLAYING_KEY] = True
    st.session_state[LAST_KEY] = time.monotonic()


def _step(full: tuple[int, int]) -> None:
    """One year on, if INTERVAL has passed; stop at the last year."""
    if time.monotonic() - st.session_state.get(LAST_KEY, 0.0) < INTERVAL:
        return
    first, last = _bounds(full)
    last = min(last + 1, full[1])
    filters.set_years(first, last)
    st.session_state[LAST_KEY] = time.monotonic()
    if last >= full[1]:
        st.session_state[PLAYING_KEY] = False


@st.fragment(run_every=INTERVAL)
def _ticker() -> None:
    if st.session_state.pop(ARMED_KEY, False):
        return  # drawn as part of a full run
    if st.session_state.get(PLAYING_KEY):
        st.rerun(scope="app")


def play_control(df: pd.DataFrame | dict[str, list], lang: str) -> None:
    """The play/pause button in the sidebar (nothing when the records span a single year); `df`
    is the records table or the filters' options (ui.shell.filters.options)."""
    full = _years(df)
    if full is None:
        st.session_state[PLAYING_KEY] = False
        return
    playing = bool(st.session_state.get(PLAYING_KEY))
    if playing:
        _step(full)
        playing = bool(st.session_state.get(PLAYING_KEY))
    label = t("year_play_pause", lang) if playing else t("year_play_play", lang)
    st.sidebar.button(label, key="tp_button", on_click=_toggle, args=(full,), help=t("year_play_help", lang),
                      icon=":material/pause:" if playing else ":material/play_arrow:", width="stretch",
                      type="primary" if playing else "secondary")
    if playing:
        st.sidebar.caption(t("year_play_year", lang, year=_bounds(full)[1]))
        st.session_state[ARMED_KEY] = True
        with st.sidebar:
            _ticker()
