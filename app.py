"""Partnership Atlas: the map page (home)."""

import streamlit as st

from partnerships import aggregate, query
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


df, problems = data.load_records()
timeplay.play_control(df, lang)
chosen = filters.sidebar_filters(df, lang, place_label=place_label)
# Only what the map, the numbers and the place panel's lookup use: copying every column of the
# passing rows would be most of a rerun's time on a national-scale table.
view = query.apply(df, chosen, columns=aggregate.MAP_COLUMNS)
# With a partner region or country chosen, only the matching partners of each record are drawn.
points, arcs = aggregate.matching_partners(aggregate.place_points(view, gaz), aggregate.place_arcs(view, gaz),
                                           regions=chosen.regions, countries=chosen.countries, gazetteer=gaz)

title_col, numbers_col = st.columns([4, 6], vertical_alignment="center")
with title_col:
    st.title(i18n.t("app_title", lang), anchor=False)
    st.caption(i18n.t("app_caption", lang))
with numbers_col:
    overview.headline(view, lang, points=points)
data.show_problems(problems, lang)
if df.empty:
    st.info(i18n.t("no_data", lang))
elif view.empty:
    st.info(i18n.t("no_match", lang))

place, pair = selection.current(points, arcs)
selection.write_params(place, pair)
map_col, panel_col = st.columns([5, 2], gap="medium")
with map_col:
    st.pydeck_chart(
        theme.style_deck(deck.build_deck(points, arcs, lang=lang, focus_place=place, focus_pair=pair,
                                         view=framing.map_view(points))),
        on_select=selection.on_map_select, key=selection.MAP_KEY,
        selection_mode="single-object", height=framing.map_height(), alt=i18n.t("map_alt", lang),
    )
    legend_col, fit_col = st.columns([4, 1], vertical_alignment="top")
    with legend_col:
        legend.legend(arcs["type"], lang, drawn=min(len(arcs), deck.MAX_ARCS))
    with fit_col:
        framing.fit_button(lang)
    takeaway.download_buttons(points, arcs, view, chosen, lang, place_label=place_label)
    overview.text_alternative(points, arcs, lang)
with panel_col:
    selection.place_selectbox(points, lang, place_label=place_label)
    if place is not None:
        cards.records_panel(place_label(place), df.loc[aggregate.records_at(view, place).index], lang,
                            place_name=place_label)
    elif pair is not None:
        title = i18n.t("pair_title", lang, a=place_label(pair[0]), b=place_label(pair[1]))
        cards.records_panel(title, df.loc[aggregate.records_between(view, *pair).index], lang,
                            place_name=place_label)
    else:
        st.caption(i18n.t("panel_hint", lang))
