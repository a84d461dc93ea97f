"""The Timeline page's chart: agreements per year, stacked by type or sector, brushing sets the years.

A drag across the bars is a Vega-Lite interval selection; its callback writes the sidebar's year
filter (before the sidebar is drawn), so the span carries to the URL and to every other page.
"""

from __future__ import annotations

from dataclasses import replace

import altair as alt
import pandas as pd
import streamlit as st

from partnerships import export, params, timeline
from partnerships.model import UNDATED_YEAR
from partnerships.query import Filters
from ui.map.palette import LIGHT, Scheme, css, sector_colour, type_colour
from ui.shell import data, filters, theme
from ui.shell import params as url_params
from ui.shell.i18n import sector_label, t, type_label
from ui.shell.page import PageContext

CHART_KEY = "timeline"
BY_KEY = "timeline_by"
BY_PARAM = "by"
BRUSH = "span"
HEIGHT = 380


def _label(key: str, by: str, lang: str) -> str:
    return type_label(key, lang) if by == "type" else sector_label(key, lang)


def _colour(key: str, by: str) -> str:
    return css(type_colour(key) if by == "type" else sector_colour(key))


def grouping(lang: str) -> str:
    """The "stack by" toggle (type or sector), kept in the URL as `by=sector`."""
    if BY_KEY not in st.session_state:
        wanted = url_params.read(BY_PARAM, lambda raw: params.choice(raw, timeline.BY))
        st.session_state[BY_KEY] = wanted if wanted in timeline.BY else "type"
    by = st.segmented_control(
        t("timeline_by", lang), timeline.BY, key=BY_KEY, required=True,
        format_func=lambda b: t(f"timeline_by_{b}", lang),
    )
    if by == "type":
        if BY_PARAM in st.query_params:
            del st.query_params[BY_PARAM]
    elif st.query_params.get(BY_PARAM) != by:
        st.query_params[BY_PARAM] = by
    return by


def without_years(ctx: PageContext) -> Filters:
    """The page's filters but the years (the chart shows every year; undated records are counted
    apart)."""
    return replace(ctx.filters, year_min=None, year_max=None, undated=True, undated_only=False)


def year_range(options: dict[str, list]) -> tuple[int, int] | None:
    """First and last year of all the records, undated ones aside (from the filters' options)."""
    years = options.get("years") or []
    return (int(years[0]), int(years[-1])) if years else None


def undated_count(filters: Filters) -> int:
    """How many of the records passing `filters` have no date (counted once each, by type)."""
    counts = data.per_year(filters, by="type")
    return int(counts.loc[counts["year"] == UNDATED_YEAR, "count"].sum())


def chart(
    counts: pd.DataFrame, lang: str, *, by: str, years: tuple[int, int], chosen: Filters, colours: Scheme = LIGHT
) -> alt.Chart:
    """Stacked bars per year; years outside the year filter are faded; drag to select years.

    Text and background follow the page's theme (`colours`); bars keep the map's type colours.
    """
    keys = timeline.key_order(counts, by=by)
    lo, hi = years
    a = chosen.year_min if chosen.year_min is not None else lo
    b = chosen.year_max if chosen.year_max is not None else hi
    data = counts.assign(
        label=[_label(k, by, lang) for k in counts["key"]],
        rank=[keys.index(k) for k in counts["key"]],
        chosen=[a <= y <= b for y in counts["year"]],
    )
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    title_by = t(f"timeline_by_{by}", lang)
    chart_ = (
        alt.Chart(data, height=HEIGHT)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=t("timeline_year", lang), scale=alt.Scale(domain=list(range(lo, hi + 1))),
                    axis=alt.Axis(labelAngle=0, labelOverlap=True)),
            y=alt.Y("count:Q", stack="zero", title=t("timeline_count", lang),
                    axis=alt.Axis(tickMinStep=1, format="d", titleAngle=0, titleAlign="left",
                                  titleAnchor="end", titleBaseline="bottom", titleX=-28, titleY=-12)),
            color=alt.Color("label:N", title=title_by,
                            scale=alt.Scale(domain=[_label(k, by, lang) for k in keys],
                                            range=[_colour(k, by) for k in keys]),
                            legend=alt.Legend(orient="right", symbolType="square")),
            order=alt.Order("rank:Q"),
            opacity=alt.condition("datum.chosen", alt.value(1.0), alt.value(0.28)),
            tooltip=[alt.Tooltip("year:O", title=t("timeline_year", lang)),
                     alt.Tooltip("label:N", title=title_by),
                     alt.Tooltip("count:Q", title=t("timeline_count", lang))],
        )
        .add_params(brush)
        .properties(usermeta={"embedOptions": {"actions": False}})
    )
    return theme.style_chart(chart_, colours, labelFontSize=13, titleFontSize=13, grid=False).configure_legend(
        labelFontSize=13, titleFontSize=13, labelLimit=260, labelColor=css(colours.ink), titleColor=css(colours.ink))


def _on_brush() -> None:
    """Callback of the chart: the brushed years become the year filter (an empty brush changes nothing)."""
    state = st.session_state.get(CHART_KEY) or {}
    years = (((state.get("selection") or {}).get(BRUSH)) or {}).get("year") or []
    years = [int(y) for y in years]
    if years:
        filters.set_years(min(years), max(years))


def timeline_chart(ctx: PageContext, by: str) -> pd.DataFrame:
    """Draw the chart, its text alternative and the year filter's state; returns the counts."""
    lang = ctx.lang
    years = year_range(data.filter_options())
    counts = data.per_year(without_years(ctx), by=by)
    counts = counts[counts["year"] != UNDATED_YEAR]  # no bar for "no date": said below the chart
    if years is None or counts.empty:
        st.info(t("no_match" if years is not None else "no_data", lang))
        return counts
    # the axis spans the years these records have (and the years chosen), not every record's: a sector
    # of 2016 to 2025 no longer sits squeezed at the right end of 1961 to 2025
    chosen = [y for y in (ctx.filters.year_min, ctx.filters.year_max) if y is not None]
    shown = (min([int(counts["year"].min()), *chosen]), max([int(counts["year"].max()), *chosen]))
    st.altair_chart(
        chart(counts, lang, by=by, years=shown, chosen=ctx.filters, colours=theme.scheme()), key=CHART_KEY,
        on_select=_on_brush, selection_mode=BRUSH, width="stretch",
    )
    if by == "sector":
        st.caption(t("timeline_sector_note", lang))
    undated = undated_count(without_years(ctx))
    if undated:  # said, with the sidebar's switch to include them or not
        st.caption(t("timeline_undated", lang, n=undated))
    lo, hi = ctx.filters.year_min, ctx.filters.year_max
    if lo is not None or hi is not None:
        span_col, button_col = st.columns([3, 1], vertical_alignment="center")
        span_col.markdown(f"**{t('timeline_span', lang, a=lo or years[0], b=hi or years[1])}**")
        button_col.button(t("timeline_all_years", lang), on_click=filters.set_years, args=years, key="tl_all",
                          width="stretch")
    _text_alternative(counts, lang, by=by)
    return counts


def _text_alternative(counts: pd.DataFrame, lang: str, *, by: str) -> None:
    with st.expander(t("timeline_table", lang)):
        st.caption(t("timeline_alt", lang, by=t(f"timeline_by_{by}", lang)))
        keys = timeline.key_order(counts, by=by)
        wide = counts.pivot_table(index="year", columns="key", values="count", aggfunc="sum", fill_value=0)
        wide = wide[keys]
        wide.columns = [_label(k, by, lang) for k in keys]
        wide.index.name = t("timeline_year", lang)
        wide[t("timeline_count", lang)] = wide.sum(axis=1)
        st.dataframe(export.spreadsheet_safe(wide), width="stretch")
