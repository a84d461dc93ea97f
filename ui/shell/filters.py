"""Sidebar filters whose state lives in the URL, so a copied link restores the same view.

Each widget has a stable key. A widget without state (first run, or state dropped by Streamlit)
starts from the URL; after the widgets, the URL is rewritten from the resulting `Filters`.
Streamlit drops the URL's query (and, on a page without the filters, their widget state) on a
switch of page in the sidebar, so the last filters are also kept under `SAVED_KEY`: a page opened
without filter parameters restores them, and a URL whose filters differ from them (a link) wins.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from geo.regions import CONTINENTS
from partnerships import frame_index, params
from partnerships.korea import LEVELS
from partnerships.model import CONFIDENCE, SECTORS, TYPES, UNDATED_YEAR
from partnerships.query import LIST_PARAMS, PARAM_KEYS, Filters
from ui.shell import params as url_params
from ui.shell.i18n import (
    confidence_label,
    country_label,
    level_label,
    region_label,
    sector_label,
    t,
    type_label,
)
from ui.shell.relabel import Labeller, relabel_on_switch

# what typing in a filter's box matches: the letters as typed ('Gyeonggi' had matched the Gyeongsang
# and Chungcheong provinces too, and Enter then chose all five)
MATCH = "contains"
KEYS = {
    "sectors": "filter_sector",
    "years": "filter_years",
    "types": "filter_type",
    "korean_places": "filter_kr",
    "regions": "filter_region",
    "countries": "filter_country",
    "text": "filter_q",
    "undated": "filter_undated",
    "undated_only": "filter_undated_only",
    "levels": "filter_level",
    "confidence": "filter_confidence",
}
_LANG_SEEN = "atlas_filters_lang"  # the language the filters were last drawn in
SAVED_KEY = "atlas_filters"  # the last Filters, not a widget: survives a page switch
PAGE_KEY = "atlas_filters_page"  # the page that drew the filters last


def _present(column: pd.Series, order: Iterable[str] | None = None) -> list[str]:
    seen: set[str] = set()
    for value in column:
        seen.update(value if isinstance(value, tuple | list) else [value])
    seen.discard(None)
    if order is not None:
        order = list(order)
        return [x for x in order if x in seen] + sorted(seen - set(order))
    return sorted(seen)


def options(df: pd.DataFrame | dict[str, list]) -> dict[str, list]:
    """The choices each filter offers: the values present in the whole table (or, given a dict,
    the choices the database reported: partnerships.db.queries.options).

    Worked out once per table (the shared loaded one keeps it with its index,
    partnerships.frame_index.derived), not on every rerun. Do not modify the result.
    """
    if isinstance(df, dict):
        return df
    return frame_index.derived(df, "filter_options", lambda: _options(df))


def _options(df: pd.DataFrame) -> dict[str, list]:
    years = sorted(int(y) for y in df["year"].unique() if int(y) != UNDATED_YEAR) if len(df) else []
    return {
        "sectors": _present(df["sectors"], SECTORS),
        "years": [years[0], years[-1]] if years else [],
        "types": _present(df["type"], TYPES),
        "korean_places": _present(df["korean_places"]),
        "regions": with_continents(_present(df["partner_regions"])),
        "countries": _present(df["partner_countries"]),
        "undated": int((df["year"].to_numpy() == UNDATED_YEAR).sum()) if len(df) else 0,
        "levels": _present(df["korean_levels"], LEVELS) if "korean_levels" in df else [],
        "confidence": [c for c in CONFIDENCE if c in set(df["confidence"])] if "confidence" in df else [],
    }


def with_continents(regions: list[str]) -> list[str]:
    """The continents of the present sub-regions first (each selects all its parts), then the sub-regions."""
    present = set(regions)
    return [c for c, parts in CONTINENTS.items() if present & set(parts)] + regions


def _sanitize(opts: dict[str, list]) -> None:
    """Drop remembered choices the data no longer offers (a record file changed)."""
    for name, key in KEYS.items():
        value = st.session_state.get(key)
        if value is None or name in ("text", "undated", "undated_only"):
            continue
        if name == "years":
            if opts["years"] and (value[0] < opts["years"][0] or value[1] > opts["years"][1]):
                st.session_state[key] = tuple(opts["years"])
        elif any(v not in opts[name] for v in value):
            st.session_state[key] = [v for v in value if v in opts[name]]


def _seed_state(opts: dict[str, list]) -> None:
    """Give the filter widgets their values: from the URL when it holds filters this session did
    not write (a shared link, or a link from another page), else from the last page for widgets
    without state.

    On a rerun of the page that drew the filters last, the URL is not read: it can only hold what
    this session wrote, and the browser may send it a step late (arrow presses on the year slider
    while a rerun runs). Taking it as a link set the slider back, and eight quick presses landed
    two years short."""
    _sanitize(opts)
    page = _page()
    if page is not None and st.session_state.get(PAGE_KEY) == page:
        saved = st.session_state.get(SAVED_KEY)
        source = saved if saved is not None else url_params.url_filters()
        wanted = [k for k in KEYS.values() if k not in st.session_state]
    else:
        for key in KEYS.values():
            if key in st.session_state:
                # Claim the value: after a page switch the state is still there, but the new
                # page's widget would start from its default unless the value is set again.
                st.session_state[key] = st.session_state[key]
        url = url_params.url_filters()
        saved = st.session_state.get(SAVED_KEY)
        if any(k in st.query_params for k in PARAM_KEYS) and url != saved:
            source, wanted = url, list(KEYS.values())
        else:
            source = saved if saved is not None else url
            wanted = [k for k in KEYS.values() if k not in st.session_state]
    if not wanted:
        return
    values: dict[str, object] = {
        name: [v for v in getattr(source, name) if v in opts[name]]
        for name in ("sectors", "types", "korean_places", "regions", "countries", "levels", "confidence")
    }
    if source is not saved:  # a link's value the data does not offer: said, not silently dropped
        for name, key in LIST_PARAMS.items():
            if len(values[name]) < len(getattr(source, name)):
                url_params.ignored(key)
    if opts["years"]:
        lo, hi = opts["years"]
        a = min(max(source.year_min if source.year_min is not None else lo, lo), hi)
        b = min(max(source.year_max if source.year_max is not None else hi, lo), hi)
        values["years"] = (min(a, b), max(a, b))
        asked = [y for y in (source.year_min, source.year_max) if y is not None]
        if source is not saved and asked and (min(asked) > hi or max(asked) < lo):
            values["years"] = (lo, hi)  # no year asked for has a record: every year, said
            url_params.years_outside(lo, hi)
        elif source is not saved and a > b:
            url_params.years_swapped()
    values["text"] = source.text
    values["undated"] = source.undated
    values["undated_only"] = source.undated_only
    for name, key in KEYS.items():
        if key in wanted and name in values:
            st.session_state[key] = values[name]


def _clear(opts: dict[str, list]) -> None:
    for name, key in KEYS.items():
        if name == "years":
            if opts["years"]:
                st.session_state[key] = tuple(opts["years"])
        elif name in ("undated", "undated_only"):
            st.session_state[key] = name == "undated"
        else:
            st.session_state[key] = "" if name == "text" else []


def _page() -> str | None:
    """The page being run (Streamlit's id for its script), None outside a Streamlit run."""
    ctx = get_script_run_ctx()
    return None if ctx is None else ctx.page_script_hash


def set_years(first: int, last: int) -> None:
    """Set the year filter from a widget callback (it runs before the sidebar is drawn)."""
    st.session_state[KEYS["years"]] = (min(first, last), max(first, last))


def write_params(filters: Filters) -> None:
    """Mirror the filters in the URL, dropping filter keys that are no longer set."""
    params = filters.to_params()
    for key in PARAM_KEYS:
        if key not in params and key in st.query_params:
            del st.query_params[key]
    for key, value in params.items():
        if st.query_params.get(key) != value:
            st.query_params[key] = value


def sidebar_filters(
    df: pd.DataFrame | dict[str, list], lang: str, *, place_name: Labeller
) -> Filters:
    """Draw the filters in the sidebar, sync them with the URL and return them; `place_name(id, lang)`
    labels the Korean places."""
    opts = options(df)
    _seed_state(opts)
    labels: dict[str, Labeller] = {"sectors": sector_label, "types": type_label, "korean_places": place_name,
                                   "regions": region_label, "countries": country_label, "levels": level_label,
                                   "confidence": confidence_label}  # the multiselects, whose chips show labels
    relabel_on_switch(_LANG_SEEN, {KEYS[name]: label for name, label in labels.items()}, lang)
    sb = st.sidebar
    sb.header(t("filters", lang))
    any_ = t("filter_any", lang)
    sectors = sb.multiselect(
        t("filter_sector", lang), opts["sectors"], key=KEYS["sectors"], placeholder=any_,
        filter_mode=MATCH, help=t("filter_sector_help", lang),
        format_func=lambda s: sector_label(s, lang),
    )
    year_min = year_max = None
    if opts["years"] and opts["years"][0] < opts["years"][1]:
        lo, hi = opts["years"]
        a, b = sb.slider(t("filter_years", lang), min_value=lo, max_value=hi, step=1, key=KEYS["years"])
        year_min = a if a > lo else None
        year_max = b if b < hi else None
    elif opts["years"]:
        sb.caption(t("filter_one_year", lang, year=opts["years"][0]))
    undated, undated_only = True, False
    if opts.get("undated"):  # records with no date: said, and the user's choice (ui.undated)
        undated = sb.checkbox(t("filter_undated", lang, n=opts["undated"]), key=KEYS["undated"],
                              help=t("filter_undated_help", lang))
        if undated:  # ... or only them, to list and download ('which of our ties have no date?')
            undated_only = sb.checkbox(t("filter_undated_only", lang), key=KEYS["undated_only"])
    types = sb.multiselect(
        t("filter_type", lang), opts["types"], key=KEYS["types"], placeholder=any_,
        filter_mode=MATCH,
        format_func=lambda s: type_label(s, lang),
    )
    levels: list[str] = []
    if opts.get("levels"):
        levels = sb.multiselect(t("filter_level", lang), opts["levels"], key=KEYS["levels"], placeholder=any_,
                                filter_mode=MATCH, format_func=lambda lv: level_label(lv, lang))
    korean = sb.multiselect(
        t("filter_kr", lang), opts["korean_places"], key=KEYS["korean_places"], placeholder=any_,
        filter_mode=MATCH,
        format_func=lambda pid: place_name(pid, lang),
    )
    regions = sb.multiselect(
        t("filter_region", lang), opts["regions"], key=KEYS["regions"], placeholder=any_,
        filter_mode=MATCH,
        format_func=lambda r: region_label(r, lang),
    )
    countries = sb.multiselect(
        t("filter_country", lang), opts["countries"], key=KEYS["countries"], placeholder=any_,
        filter_mode=MATCH,
        format_func=lambda c: country_label(c, lang),
    )
    confidence: list[str] = []
    if opts.get("confidence"):  # only when some records carry a source table's grade
        confidence = sb.multiselect(t("filter_confidence", lang), opts["confidence"], key=KEYS["confidence"],
                                    placeholder=any_, filter_mode=MATCH, help=t("filter_confidence_help", lang),
                                    format_func=lambda c: confidence_label(c, lang))
        if confidence:  # (the records read from articles carry no such grade: said, not silently dropped)
            sb.caption(t("filter_confidence_note", lang))
    text = sb.text_input(
        t("filter_q", lang), key=KEYS["text"], placeholder=t("filter_q_placeholder", lang),
        max_chars=params.MAX_TEXT,  # what a link may carry (ui.shell.params)
    )
    sb.button(t("filter_clear", lang), key="filter_clear", on_click=_clear, args=(opts,))
    filters = Filters(
        sectors=tuple(sectors), year_min=year_min, year_max=year_max, types=tuple(types),
        korean_places=tuple(korean), regions=tuple(regions), countries=tuple(countries),
        # (typed, not linked: control characters such as a pasted NUL go the way a link's do)
        text=params.text(text or ""), undated=bool(undated), undated_only=bool(undated and undated_only),
        levels=tuple(levels), confidence=tuple(confidence),
    )
    write_params(filters)
    st.session_state[SAVED_KEY] = filters
    st.session_state[PAGE_KEY] = _page()
    return filters
