"""The map's framing on the page: the width it assumes (a phone's or a laptop's) and the "fit"
button that brings back the framing after the user panned or zoomed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.map import deck
from ui.map import map_width as map_width_probe
from ui.map.selection import MAP_KEY
from ui.shell.i18n import t

FIT_KEY = "map_fit"  # the button
FITS_KEY = "map_fits"  # how often it was pressed


PHONE_KEY = "_on_phone"  # what the browser said, kept for the session: it does not change


def on_phone() -> bool:
    """The browser says it is a phone (user agent or the client hint). Read once per session:
    reading the request's headers cost a few milliseconds at each of a rerun's several calls."""
    if PHONE_KEY not in st.session_state:
        headers = st.context.headers
        st.session_state[PHONE_KEY] = "Mobi" in headers.get("User-Agent", "") or headers.get(
            "Sec-CH-UA-Mobile") == "?1"
    return bool(st.session_state[PHONE_KEY])


def map_height() -> int:
    """The map element's height in pixels: lower on a phone, so the whole world fits its width
    (deck.gl never zooms out past the world's height filling the map).

    The same on every desktop width: a map whose height changed with the width the browser
    reported kept its first camera in Chromium (the new framing was not applied). On a short
    screen the page's style lowers the map instead (ui.shell.layout) and `framed_height` says by
    how much."""
    return deck.PHONE_MAP_HEIGHT if on_phone() else deck.MAP_HEIGHT


def framed_height() -> int:
    """The Map page's map height the camera frames for: the one the browser reported (the style
    lowers the map on a short screen, e.g. 1280x720, so the legend stays in sight), else `map_height`."""
    return map_width_probe.reported_height(MAP_KEY) or map_height()


def map_width(key: str, *, height: int | None = None) -> int:
    """The map's width in pixels as the browser reports it (call it in the map's column, before the
    map); until it has, what the last visit reported, else a phone's or a laptop's guess. With
    `height` (the height the camera frames for), the browser also reports the map's real height
    when it differs (`map_width.reported_height`)."""
    return map_width_probe.measured(key, deck.PHONE_FIT_WIDTH if on_phone() else deck.FIT_WIDTH, height=height)


def known_width(key: str) -> int:
    """`map_width` without drawing the probe: the width as far as the server knows now."""
    return map_width_probe.known(key, deck.PHONE_FIT_WIDTH if on_phone() else deck.FIT_WIDTH)


def width_told(key: str) -> bool:
    """The browser has told the map's width (now or on a visit before), or there is no browser
    to ask: the map can be framed for it. Until then `map_placeholder` holds the map's place."""
    return map_width_probe.told(key)


def map_placeholder() -> None:
    """An empty box of the map's height where the map goes once its width is known: a map drawn
    for a guessed width would be drawn again a moment later."""
    st.container(height=map_height(), border=False)


def map_view(points: pd.DataFrame, width: int) -> dict[str, float]:
    """The camera framing `points` on a map `width` pixels wide (see `map_width`)."""
    return deck.fit_view(points, width=width, height=framed_height(), nudge=st.session_state.get(FITS_KEY, 0))


def _fitted() -> None:
    st.session_state[FITS_KEY] = st.session_state.get(FITS_KEY, 0) + 1


def fit_button(lang: str) -> None:
    """A small button that frames what is drawn again."""
    st.button(t("map_fit", lang), key=FIT_KEY, on_click=_fitted, help=t("map_fit_help", lang))
