"""Korea at national scale on the Map page: which level the map draws Korea at, the focus that
brings one government's or country's arcs forward, the "Korea" framing, an area's panel and the
country view's small timeline.

At world zoom, with more than SPREAD_MAX Korean places, each Korean place counts for its
metropolitan government or province (partnerships.korea_areas) and, with more than COUNTRY_ARCS
arcs, arcs run to partner countries; framed closer (the "Korea" button, `frame=korea`, or
filters that frame a small area) the map draws every city, county and district. Drawn by area,
the map still splits Korea into its cities and districts when the user zooms in on it with the
wheel (`cities`, drawn by ui.map.zoom_layers from CITY_ZOOM on; the arcs stay by area).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer
from partnerships import korea_areas, params
from partnerships.params import BadParam
from partnerships.query import Filters
from ui.map import cards, framing, zoom_layers
from ui.map.deck import wrap_lon
from ui.shell import data, theme
from ui.shell import params as url_params
from ui.shell.filters import MATCH
from ui.shell.i18n import country_label, t
from ui.shell.relabel import relabel_on_switch

SPREAD_MAX = 8  # Korean places drawn as themselves at any zoom (the ring spreads them)
CITY_ZOOM = zoom_layers.SPLIT_ZOOM  # framed or zoomed at least this close, Korea is drawn city by city
COUNTRY_ARCS = 120  # more arcs than this at world zoom: arcs run to partner countries
FOCUS_KEY = "focus"
FRAME_KEY = "frame"
KOREA = "korea"
KOREA_VIEW = {"latitude": 35.9, "longitude": 127.9, "zoom": 5.6}  # the Korea button: the peninsula and Jeju
TIMELINE_HEIGHT = 72  # pixels of the country view's bars themselves; the year axis comes on top of it


@dataclasses.dataclass(frozen=True)
class NationalMap:
    """What the map draws (`points`, `arcs`), the camera, and what a focus brings forward."""

    points: pd.DataFrame
    arcs: pd.DataFrame
    view: dict[str, float]
    by_area: bool
    by_country: bool
    lit_pairs: tuple[tuple[str, str], ...]
    lit_places: tuple[str, ...]
    cities: pd.DataFrame | None = None  # drawn by area: the Korean places, shown once zoomed in
    faint: bool = False  # framed on Korea with no focus: arcs leave the screen, drawn as faint hairlines
    key: str = ""  # names these frames when the answer they come from was named (data.MapView.key)
    shared: pd.DataFrame | None = None  # `arcs` without a focused government's own, drawn again: for downloads

    @property
    def exported_arcs(self) -> pd.DataFrame:
        """The arcs a download draws: each tie once."""
        return self.arcs if self.shared is None else self.shared


def parse_focus(raw: str) -> str:
    """A focus from the URL: a partner country's ISO code (JP) or a Korean place id."""
    value = raw.strip()
    if re.fullmatch(r"[A-Za-z]{2}", value):
        return value.upper()
    value = params.identifier(value)
    if not re.fullmatch(r"[a-z0-9-]+", value):
        raise BadParam("not a place id or a country code")
    return value


def korea_framed() -> bool:
    """The map is framed on Korea (`frame=korea` in the URL, set by the Korea button); any other
    value is said to be ignored and left out of the link."""
    framed = url_params.read(FRAME_KEY, lambda raw: params.choice(raw, (KOREA,))) == KOREA
    if not framed and FRAME_KEY in st.query_params:
        del st.query_params[FRAME_KEY]  # (a shared link does not carry it on)
    return framed


def national_map(points: pd.DataFrame, arcs: pd.DataFrame, gaz: Gazetteer, *, focus: str | None,
                 korea: bool = False, width: int, key: str = "") -> NationalMap:
    """The level Korea is drawn at for this frame on a map `width` pixels wide, and the focus's
    arcs (see module docstring).

    Framed on Korea (`korea`) with no focus, every arc is drawn faint and the places in full.
    `key` names `points` and `arcs` (data.MapView.key): the answer is then kept under it instead
    of under the frames' contents, which cost more to hash than the rest of a rerun's lookups.
    """
    view = framing.map_view(points, width)
    if korea:
        view = {**view, **KOREA_VIEW}
    if key:
        return _grouped_named(key, points, arcs, gaz, focus=focus, korea=korea, view=view)
    return _grouped(points, arcs, gaz, focus=focus, korea=korea, view=view)


@st.cache_data(max_entries=32, show_spinner=False)
def _grouped_named(key: str, _points: pd.DataFrame, _arcs: pd.DataFrame, _gaz: Gazetteer, *, focus: str | None,
                   korea: bool, view: dict[str, float]) -> NationalMap:
    """`_grouped` kept under the name of its frames (`key`) rather than their contents."""
    found = _grouping(_points, _arcs, _gaz, focus=focus, korea=korea, view=view)
    named = hashlib.blake2s(repr((key, focus, korea, sorted(view.items()))).encode(), digest_size=8).hexdigest()
    return dataclasses.replace(found, key=named)


@st.cache_data(max_entries=32, show_spinner=False)
def _grouped(points: pd.DataFrame, arcs: pd.DataFrame, _gaz: Gazetteer, *, focus: str | None, korea: bool,
             view: dict[str, float]) -> NationalMap:
    """`national_map` for a camera `view`: a pure function of its arguments (the gazetteer is one
    per process), kept between reruns, which often repeat it unchanged."""
    return _grouping(points, arcs, _gaz, focus=focus, korea=korea, view=view)


def _grouping(points: pd.DataFrame, arcs: pd.DataFrame, gaz: Gazetteer, *, focus: str | None, korea: bool,
              view: dict[str, float]) -> NationalMap:
    """The national map itself (uncached): Korea by area or city by city, arcs by country, the focus lit."""
    korean = points[points["side"] == "korean"]
    by_area = len(korean) > SPREAD_MAX and view["zoom"] < CITY_ZOOM
    by_country = False
    cities = korean if by_area else None
    # a Korean government inside an area drawn as one: its own ties, drawn from the area to each partner
    own = arcs[arcs["src"] == focus] if by_area and focus in set(korean["place_id"]) else arcs.iloc[:0]
    if by_area:
        all_points = points
        points, arcs = korea_areas.by_area(points, arcs, gaz)
        if len(arcs) > COUNTRY_ARCS:
            arcs, by_country = korea_areas.by_country(arcs, gaz, wrap=wrap_lon), True
        if len(own):
            own = korea_areas.by_area(all_points, own, gaz)[1]
    lit = korea_areas.focus_mask(arcs, focus, gaz) if focus else np.zeros(len(arcs), dtype=bool)
    shared = None
    if len(own):
        shared = arcs
        arcs = pd.concat([arcs, own], ignore_index=True)
        lit = np.concatenate([np.zeros(len(arcs) - len(own), dtype=bool), np.ones(len(own), dtype=bool)])
    pairs = tuple(zip(arcs["src"][lit], arcs["dst"][lit], strict=True))
    if focus and lit.any():  # drawn last, over the others
        arcs = pd.concat([arcs[~lit], arcs[lit]], ignore_index=True)
    places = tuple({*(p for pair in pairs for p in pair)})
    faint = korea and not focus
    if faint:  # framed on Korea every arc leaves the screen: faint, under the places
        places = tuple(points["place_id"])
    return NationalMap(points, arcs, view, by_area, by_country, pairs, places, cities, faint, shared=shared)


def focus_options(points: pd.DataFrame, gaz: Gazetteer, *, key: str = "") -> list[str]:
    """What a focus can be: partner countries (most ties first), then the metropolitan governments
    and provinces of the Korean places (most ties first), then the Korean places themselves.
    With a `key` naming `points` (data.MapView.key), kept under it between reruns."""
    return _focus_options_named(key, points, gaz) if key else _focus_options(points, gaz)


@st.cache_data(max_entries=32, show_spinner=False)
def _focus_options_named(key: str, _points: pd.DataFrame, _gaz: Gazetteer) -> list[str]:
    return _focus_options(_points, _gaz)


def _focus_options(points: pd.DataFrame, gaz: Gazetteer) -> list[str]:
    partners = points[points["side"] == "partner"]
    per_country = partners.groupby("country")["count"].sum().sort_values(ascending=False, kind="stable")
    korean = points[points["side"] == "korean"]
    mapping = korea_areas.areas_of(korean["place_id"].tolist(), gaz)
    per_area = korean.groupby(korean["place_id"].map(mapping))["count"].sum().sort_values(
        ascending=False, kind="stable")
    return list(dict.fromkeys([*per_country.index, *per_area.index, *korean["place_id"]]))


def focus_select(options: list[str], lang: str, *, place_name: Callable[[str, str], str]) -> str | None:
    """A select box for the focus, kept in the URL (`focus=JP`, `focus=kr-suwon`); `place_name(id,
    lang)` names a Korean government."""
    linked = url_params.read(FOCUS_KEY, parse_focus)
    if FOCUS_KEY not in st.session_state or (linked and linked != st.session_state.get(f"{FOCUS_KEY}_written")):
        st.session_state[FOCUS_KEY] = linked if linked in options else None
        if linked and linked not in options:
            url_params.ignored(FOCUS_KEY)  # a country or government the map does not show: said

    def label(value: str | None, lang: str) -> str:
        if not value:
            return ""
        return country_label(value, lang) if value.isupper() else place_name(value, lang)

    relabel_on_switch(f"{FOCUS_KEY}_lang", {FOCUS_KEY: label}, lang)
    if st.session_state[FOCUS_KEY] not in options:
        st.session_state[FOCUS_KEY] = None
    chosen = st.selectbox(t("focus_select", lang), options, key=FOCUS_KEY, index=None, filter_mode=MATCH,
                          format_func=lambda v: label(v, lang),
                          placeholder=t("focus_placeholder", lang), help=t("focus_help", lang))
    st.session_state[f"{FOCUS_KEY}_written"] = chosen
    if chosen is None:
        if FOCUS_KEY in st.query_params:
            del st.query_params[FOCUS_KEY]
    elif st.query_params.get(FOCUS_KEY) != chosen:
        st.query_params[FOCUS_KEY] = chosen
    return chosen


def _toggle_korea() -> None:
    if st.query_params.get(FRAME_KEY) == KOREA:
        del st.query_params[FRAME_KEY]
    else:
        st.query_params[FRAME_KEY] = KOREA


def korea_button(lang: str, *, framed: bool) -> None:
    """A button that frames Korea (every city and district drawn) or goes back to the whole map."""
    st.button(t("map_world" if framed else "map_korea", lang), key="map_korea", on_click=_toggle_korea,
              help=t("map_korea_help", lang))


def area_panel(area: str, raw_points: pd.DataFrame, filters: Filters, lang: str, gaz: Gazetteer, *,
               place_label: Callable[[str], str]) -> None:
    """A metropolitan government's or province's panel: its governments with their ties, then the
    records of all of them, newest first."""
    korean = raw_points[raw_points["side"] == "korean"]
    inside = korean[korean["place_id"].isin(korea_areas.members(area, korean["place_id"].tolist(), gaz))]
    frames = [data.records_at(filters, pid) for pid in inside["place_id"]]
    frames = [f for f in frames if len(f)]
    records = (pd.concat(frames).drop_duplicates("id").sort_values(["date", "id"], ascending=[False, True])
               if frames else data.records_at(filters, area))
    cards.records_panel(place_label(area), records, lang, place_name=place_label, intro=t(
        "area_members", lang, n=len(inside),
        names=", ".join(f"{place_label(p)} ({c})" for p, c in zip(inside["place_id"], inside["count"], strict=True))))


def pair_records(pair: tuple[str, str], raw_arcs: pd.DataFrame, filters: Filters, gaz: Gazetteer) -> pd.DataFrame:
    """The records behind a drawn arc that may join an area to a partner country: those of every
    Korean place of the area with every partner of the country."""
    src, dst = pair
    if src not in korea_areas.AREAS and not dst.startswith(korea_areas.COUNTRY_PREFIX):
        return data.records_between(filters, src, dst)
    mapping = korea_areas.areas_of(raw_arcs["src"].tolist(), gaz)
    to_country = dst.startswith(korea_areas.COUNTRY_PREFIX)
    country = dst.removeprefix(korea_areas.COUNTRY_PREFIX).upper() if to_country else None
    wanted = {(s, d) for s, d in zip(raw_arcs["src"], raw_arcs["dst"], strict=True)
              if (s == src or mapping.get(s) == src)
              and (d == dst or (country is not None and d in gaz and gaz.get(d).country == country))}
    frames = [data.records_between(filters, s, d) for s, d in sorted(wanted)]
    frames = [f for f in frames if len(f)]
    if not frames:
        return data.records_between(filters, src, dst)
    return pd.concat(frames).drop_duplicates("id").sort_values(["date", "id"], ascending=[False, True])


def country_timeline(filters: Filters, lang: str) -> None:
    """Under the headline numbers of "Korea and one country": ties per year as small bars, the
    undated ones counted beside them."""
    if len(filters.countries) != 1:
        return
    # (the undated counted even when left out)
    per = data.per_year(dataclasses.replace(filters, undated=True, undated_only=False), by="type")
    if per.empty:
        return
    years = per.groupby("year")["count"].sum()
    undated = int(years.get(0, 0))
    dated = years[years.index != 0]
    if len(dated):
        import altair as alt

        frame = pd.DataFrame({"year": dated.index.astype(int), "n": dated.to_numpy()})
        # each bar spans its own year (a band width on a number scale drew bars years wide that
        # merged into blocks, reading as a tie every year)
        frame["start"], frame["end"] = frame["year"] - 0.4, frame["year"] + 0.4
        # fit-x: the height is the bars' own (Streamlit's default, fit, squeezed the bars and both
        # axes into the height, leaving a strip a few pixels high).
        chart = alt.Chart(frame, height=TIMELINE_HEIGHT,
                          autosize=alt.AutoSizeParams(type="fit-x", contains="padding")).mark_rect().encode(
            x=alt.X("start:Q", title=None, scale=alt.Scale(zero=False, nice=False),
                    axis=alt.Axis(format="d", tickMinStep=1, labelAngle=0, grid=False, labelOverlap=True)),
            x2="end:Q", y2=alt.datum(0),  # (a rectangle from 0: a bar ranged on x alone is drawn lying down)
            y=alt.Y("n:Q", title=None, axis=alt.Axis(tickCount=3, tickMinStep=1, format="d", grid=True)),
            tooltip=[alt.Tooltip("year:Q", format="d", title=t("metric_year", lang)),
                     alt.Tooltip("n:Q", title=t("metric_agreements", lang))])
        st.altair_chart(theme.style_chart(chart), width="stretch")  # (in the dark theme too)
    st.caption(t("country_years" if filters.undated else "country_years_left_out", lang,
                 country=country_label(filters.countries[0], lang), n=int(dated.sum()), undated=undated))
