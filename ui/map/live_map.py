"""The Map page's map and its width probe, in a fragment.

On a first visit the server does not know the map's width: the page comes with an empty box
where the map goes, the probe (ui/map/map_width.py) reports the width, and the map is sent
framed for it, drawn once instead of for a guess and again for the real width. That report, a resize
and a click on the map rerun this fragment only: the page's other elements are not sent and
drawn again. When the new width changes what the page around the map shows (Korea drawn by area
or city by city, arcs to countries) or a click chose a place or pair for the panel, the fragment
reruns the whole page.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.map import framing, kept_deck, korea_map, selection
from ui.shell import i18n, theme


@st.fragment
def live_map(points: pd.DataFrame, arcs: pd.DataFrame, gaz, *, drawn: korea_map.NationalMap, width: int,
             height: int, focus: str | None, korea: bool, place: str | None, pair: tuple[str, str] | None,
             lang: str, key: str = "") -> None:
    """The map of `drawn` (framed for `width` x `height` pixels), showing `place` and `pair` as the page does;
    call it in the map's column. `points`, `arcs`, `focus` and `korea` are what `drawn` was made of,
    `key` the name of `points` and `arcs` (data.MapView.key)."""
    if selection.changed(place, pair):  # a click on the map: the panel shows it
        st.rerun(scope="app")
    # The probe: the width the browser reports (and the height, which the style lowers on short screens).
    now = framing.map_width(selection.MAP_KEY, height=framing.framed_height())
    if now != width or framing.framed_height() != height:
        redrawn = korea_map.national_map(points, arcs, gaz, focus=focus, korea=korea, width=now, key=key)
        if (redrawn.by_area, redrawn.by_country) != (drawn.by_area, drawn.by_country):
            st.rerun(scope="app")  # the legend and the panel change too
        drawn, width = redrawn, now
    if not framing.width_told(selection.MAP_KEY):  # a first visit: the map comes with the report
        framing.map_placeholder()
        return
    st.pydeck_chart(
        theme.style_deck(kept_deck.build_deck(drawn.points, drawn.arcs, key=drawn.key, lang=lang, focus_place=place,
                                              focus_pair=pair, highlight_pairs=drawn.lit_pairs,
                                              highlight_places=drawn.lit_places, view=drawn.view,
                                              map_size=(width, framing.framed_height()), split=drawn.cities,
                                              faint_arcs=drawn.faint)),
        on_select=selection.on_map_select, key=selection.MAP_KEY,
        selection_mode="single-object", height=framing.map_height(), alt=i18n.t("map_alt", lang),
    )
