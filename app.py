"""Partnership Atlas: the map page (home)."""

import pandas as pd
import streamlit as st

from ui.map import cards, deck, framing, korea_map, legend, live_map, overview, selection, takeaway, timeplay
from ui.shell import data, i18n, page

# The database answers: the filters' choices, then only what the map draws for the chosen filters
# (places and the busiest arcs with their counts); no process holds the records themselves.
ctx = page.setup("app_title", heading=False, records=False, before_filters=timeplay.play_control)
lang, chosen, problems, place_label = ctx.lang, ctx.filters, ctx.problems, ctx.place_label
gaz = ctx.gaz
shown = data.map_view(chosen, pair=selection.pending_pair(), limit=deck.MAX_ARCS)
points, arcs = shown.points, shown.arcs

title_col, numbers_col = st.columns([4, 6], vertical_alignment="center")
with title_col:
    st.title(i18n.t("app_title", lang), anchor=False)
    st.caption(i18n.t("app_caption", lang))
with numbers_col:
    overview.headline_from(points, shown.count, shown.years, lang, undated=data.undated_kept(chosen))
data.show_problems(problems, lang)
if shown.total == 0:
    st.info(i18n.t("no_data", lang))
elif shown.count == 0:
    st.info(i18n.t("no_match", lang))

map_col, panel_col = st.columns([5, 2], gap="medium")
with panel_col:
    korea_map.country_timeline(chosen, lang)  # "Korea and one country": its years, under the numbers
    focus = korea_map.focus_select(korea_map.focus_options(points, gaz, key=shown.key), lang, place_name=gaz.name_in)
width = framing.known_width(selection.MAP_KEY)  # the probe in live_map reports it from the map's column
height = framing.framed_height()  # the height the camera frames for (lower on short screens)
korea = korea_map.korea_framed()
drawn = korea_map.national_map(points, arcs, gaz, focus=focus, korea=korea, width=width, key=shown.key)
place, pair = selection.current(pd.concat([points, drawn.points]), pd.concat([arcs, drawn.arcs]))
selection.write_params(place, pair)
with map_col:
    live_map.live_map(points, arcs, gaz, drawn=drawn, width=width, height=height, focus=focus, korea=korea,
                      place=place, pair=pair, lang=lang, key=shown.key)
    legend_col, fit_col = st.columns([4, 1], vertical_alignment="top")
    with legend_col:
        legend.legend(drawn.arcs["type"], lang, drawn=min(len(drawn.arcs), deck.MAX_ARCS))
        if drawn.by_country:
            st.caption(i18n.t("arcs_by_country", lang))
    with fit_col:
        framing.fit_button(lang)
        korea_map.korea_button(lang, framed=korea)
    takeaway.download_buttons(drawn.points, drawn.exported_arcs, shown.count, chosen, lang, place_label=place_label,
                              cities=drawn.cities)  # (Korea by province at world zoom, as drawn)
    overview.text_alternative(points, arcs, lang)
with panel_col, st.container(key="atlas_panel"):  # (a phone scrolls to it when a place is chosen)
    selection.place_selectbox(pd.concat([drawn.points, points]).drop_duplicates("place_id"), lang,
                              place_label=place_label, gaz=gaz)
    if place is not None and drawn.by_area and place in korea_map.korea_areas.AREAS:
        korea_map.area_panel(place, points, chosen, lang, gaz, place_label=place_label)
    elif place is not None:
        cards.records_panel(place_label(place), data.records_at(chosen, place), lang, place_name=place_label)
    elif pair is not None:
        title = i18n.t("pair_title", lang, a=place_label(pair[0]), b=place_label(pair[1]))
        cards.records_panel(title, korea_map.pair_records(pair, arcs, chosen, gaz), lang, place_name=place_label)
    else:
        st.caption(i18n.t("panel_hint", lang))
ctx.finish()
