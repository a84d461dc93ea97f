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

import pydeck as pdk
import streamlit as st

from ui.map import deck, served_json

MAX_KEPT = 32  # decks kept per process (a few hundred KB each at national scale)


@st.cache_data(max_entries=MAX_KEPT, show_spinner=False)
def _kept(*args, **kwargs) -> pdk.Deck:
    return deck.build_deck(*args, **kwargs)


def build_deck(*args, **kwargs) -> pdk.Deck:
    """`ui.map.deck.build_deck(*args, **kwargs)`, from the cache when it was built before.
    The caller gets its own copy, free to restyle (ui.shell.theme.style_deck)."""
    built = _kept(*args, **kwargs)
    if not served_json.present(getattr(layer, "data", None) for layer in built.layers):
        _kept.clear()
        built = _kept(*args, **kwargs)
    return built
