"""The Map page's map and its width probe, in a fragment.

The probe (ui/map/map_width.py) reports the map's width on a first visit (the map was framed for
a guessed width), and again when the window is resized; a click on the map chooses a place or a
pair. Each reruns this fragment only, not the page: the page's other elements are not sent and
drawn again for a new camera, and deck.gl keeps its layers (only the camera changes). When the
new width changes what the page around the map shows (Korea drawn by area or city by city, arcs
to countries) or the click chose something the panel must show, the fragment reruns the page.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer
from partnerships.db.place_book import PlaceBook
from ui.map import deck, framing, korea_map, selection
from ui.shell import i18n, theme


@st.fragment
def live_map(points: pd.DataFrame, arcs: pd.DataFrame, gaz: Gazetteer | PlaceBook, *, drawn: korea_map.NationalMap,
             width: int, focus: str | None, korea: bool, place: str | None, pair: tuple[str, str] | None,
             lang: str) -> None:
    """The map for `drawn` (framed for `width`), the place and pair the page shows; call it in the
    map's column."""
    if selection.changed(place, pair):
        st.rerun(scope="app")
    now = framing.map_width(selection.MAP_KEY)  # the probe: the width the browser reported
    if now != width:
        redrawn = korea_map.national_map(points, arcs, gaz, focus=focus, korea=korea, width=now)
        if (redrawn.by_area, redrawn.by_country) != (drawn.by_area, drawn.by_country):
            st.rerun(scope="app")
        drawn = redrawn
    st.pydeck_chart(
        theme.style_deck(deck.build_deck(drawn.points, drawn.arcs, lang=lang, focus_place=place, focus_pair=pair,
                                         highlight_pairs=drawn.lit_pairs, highlight_places=drawn.lit_places,
                                         view=drawn.view)),
        on_select=selection.on_map_select, key=selection.MAP_KEY,
        selection_mode="single-object", height=framing.map_height(), alt=i18n.t("map_alt", lang),
    )
