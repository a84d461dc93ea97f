"""Partnership Atlas: the map page (home)."""

import streamlit as st

from ui import (
    cards,
    data,
    deck,
    filters,
    framing,
    i18n,
    layout,
    legend,
    overview,
    selection,
    startup,
    takeaway,
    theme,
    timeplay,
)

st.set_page_config(layout="wide", page_title="Partnership Atlas")
layout.page_style()
startup.clean_leftovers()

lang = i18n.language_switch()
theme.theme_switch(lang)
gaz = data.gazetteer()


def place_label(place_id: str) -> str:
    """A place's name in the chosen language."""
    place = gaz.get(place_id)
    return place.name_ko if lang == "ko" else place.name_en


# The database answers: the filters' choices, then only what the map draws for the chosen filters
# (places and the busiest arcs with their counts); no process holds the records themselves.
problems = data.load_problems()
options = data.filter_options()
timeplay.play_control(options, lang)
chosen = filters.sidebar_filters(options, lang, place_label=place_label)
shown = data.map_view(chosen, pair=selection.pending_pair(), limit=deck.MAX_ARCS)
points, arcs = shown.points, shown.arcs

title_col, numbers_col = st.columns([4, 6], vertical_alignment="center")
with title_col:
    st.title(i18n.t("app_title", lang), anchor=False)
    st.caption(i18n.t("app_caption", lang))
with numbers_col:
    overview.headline_from(points, shown.count, shown.years, lang)
data.show_problems(problems, lang)
if shown.total == 0:
    st.info(i18n.t("no_data", lang))
elif shown.count == 0:
    st.info(i18n.t("no_match", lang))

place, pair = selection.current(points, arcs)
selection.write_params(place, pair)
map_col, panel_col = st.columns([5, 2], gap="medium")
with map_col:
    width = framing.map_width(selection.MAP_KEY)
    st.pydeck_chart(
        theme.style_deck(deck.build_deck(points, arcs, lang=lang, focus_place=place, focus_pair=pair,
                                         view=framing.map_view(points, width))),
        on_select=selection.on_map_select, key=selection.MAP_KEY,
        selection_mode="single-object", height=framing.map_height(), alt=i18n.t("map_alt", lang),
    )
    legend_col, fit_col = st.columns([4, 1], vertical_alignment="top")
    with legend_col:
        legend.legend(arcs["type"], lang, drawn=min(len(arcs), deck.MAX_ARCS))
    with fit_col:
        framing.fit_button(lang)
    takeaway.download_buttons(points, arcs, shown.count, chosen, lang, place_label=place_label)
    overview.text_alternative(points, arcs, lang)
with panel_col:
    selection.place_selectbox(points, lang, place_label=place_label)
    if place is not None:
        cards.records_panel(place_label(place), data.records_at(chosen, place), lang, place_name=place_label)
    elif pair is not None:
        title = i18n.t("pair_title", lang, a=place_label(pair[0]), b=place_label(pair[1]))
        cards.records_panel(title, data.records_between(chosen, *pair), lang, place_name=place_label)
    else:
        st.caption(i18n.t("panel_hint", lang))
