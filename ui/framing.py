"""The map's framing on the page: the width it assumes (a phone's or a laptop's) and the "fit"
button that brings back the framing after the user panned or zoomed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import deck
from ui.i18n import t

FIT_KEY = "map_fit"  # the button
FITS_KEY = "map_fits"  # how often it was pressed


def on_phone() -> bool:
    """The browser says it is a phone (user agent or the client hint)."""
    headers = st.context.headers
    return "Mobi" in headers.get("User-Agent", "") or headers.get("Sec-CH-UA-Mobile") == "?1"


def map_height() -> int:
    """The map's height in pixels: lower on a phone, so the whole world fits its width (deck.gl
    never zooms out past the world's height filling the map)."""
    return deck.PHONE_MAP_HEIGHT if on_phone() else deck.MAP_HEIGHT


def map_view(points: pd.DataFrame) -> dict[str, float]:
    """The camera framing `points` for this browser's screen."""
    width = deck.PHONE_FIT_WIDTH if on_phone() else deck.FIT_WIDTH
    return deck.fit_view(points, width=width, height=map_height(), nudge=st.session_state.get(FITS_KEY, 0))


def _fitted() -> None:
    st.session_state[FITS_KEY] = st.session_state.get(FITS_KEY, 0) + 1


def fit_button(lang: str) -> None:
    """A small button that frames what is drawn again."""
    st.button(t("map_fit", lang), key=FIT_KEY, on_click=_fitted, help=t("map_fit_help", lang))
