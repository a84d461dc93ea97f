"""The map's deck kept between reruns.

Many reruns change nothing the map is made of (a click on the panel, the width probe reporting the
same width, a widget beside the map), yet building the deck, with its label placement and the
zoom layers' files, was about a third of a Map rerun with the national layer. `ui.map.deck.build_deck`
is a pure function of its arguments, so the deck is kept in Streamlit's cache under them
(DataFrames hashed by content). It names static files (ui.map.served_json) that a long-running
server prunes once thousands of newer ones were written: a kept deck whose files are gone is
built again.
"""

from __future__ import annotations

import pandas as pd
import pydeck as pdk
import streamlit as st

from ui.map import deck, served_json

MAX_KEPT = 32  # decks kept per process (a few hundred KB each at national scale)


@st.cache_data(max_entries=MAX_KEPT, show_spinner=False)
def _kept(*args, **kwargs) -> pdk.Deck:
    return deck.build_deck(*args, **kwargs)


@st.cache_data(max_entries=MAX_KEPT, show_spinner=False)
def _kept_named(key: str, _points: pd.DataFrame, _arcs: pd.DataFrame, _split: pd.DataFrame | None,
                **kwargs) -> pdk.Deck:
    return deck.build_deck(_points, _arcs, split=_split, **kwargs)


def build_deck(points: pd.DataFrame, arcs: pd.DataFrame, *, key: str = "", **kwargs) -> pdk.Deck:
    """`ui.map.deck.build_deck(points, arcs, **kwargs)`, from the cache when it was built before.
    The caller gets its own copy, free to restyle (ui.shell.theme.style_deck). A `key` that names
    `points`, `arcs` and `split` (korea_map.NationalMap.key) keeps the deck under it: hashing
    the frames' contents on every rerun cost more than looking the deck up."""
    if key:
        split = kwargs.pop("split", None)
        cached, args = _kept_named, (key, points, arcs, split)
    else:
        cached, args = _kept, (points, arcs)
    built = cached(*args, **kwargs)
    if not served_json.present(getattr(layer, "data", None) for layer in built.layers):
        cached.clear()
        built = cached(*args, **kwargs)
    return built
