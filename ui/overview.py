"""Headline numbers above the map and the map's text alternative."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.i18n import name_column, t, type_label
from ui.markup import md_escape

TEXT_ROWS = 10


def year_span(years: pd.Series) -> str:
    """"2014–2024", "2022", or "–" when there are no records."""
    if years.empty:
        return "–"
    lo, hi = int(years.min()), int(years.max())
    return str(lo) if lo == hi else f"{lo}–{hi}"


def headline(view: pd.DataFrame, lang: str, *, points: pd.DataFrame | None = None) -> None:
    """Agreements, partner places, countries and the years they span.

    With `points` (aggregate.place_points of the same view) partners and countries are counted
    from its partner rows instead of walking every record.
    """
    if points is not None:
        partner_rows = points[points["side"] == "partner"]
        partners, countries = set(partner_rows["place_id"]), set(partner_rows["country"])
    else:
        partners = {p for ids in view["partner_places"] for p in ids}
        countries = {c for ids in view["partner_countries"] for c in ids}
    cols = st.columns(4)
    cols[0].metric(t("m_agreements", lang), len(view))
    cols[1].metric(t("m_partners", lang), len(partners))
    cols[2].metric(t("m_countries", lang), len(countries))
    cols[3].metric(t("m_years", lang), year_span(view["year"]))


def text_alternative(points: pd.DataFrame, arcs: pd.DataFrame, lang: str) -> None:
    """An expander listing the top places and connections, for readers who cannot see the map."""
    with st.expander(t("text_alt", lang)):
        if points.empty:
            st.write(t("text_none", lang))
            return
        name = name_column(lang)
        side = {"korean": t("side_korean", lang), "partner": t("side_partner", lang)}
        lines = [
            f"1. {md_escape(r[name])} ({side[r['side']]}): {t('n_agreements', lang, n=int(r['count']))}"
            for _, r in points.head(TEXT_ROWS).iterrows()
        ]
        st.markdown(f"**{t('text_places', lang)}**\n\n" + "\n".join(lines))
        if arcs.empty:
            return
        totals = arcs.groupby(["src", "dst"], sort=False)["count"].sum()
        top = totals.sort_values(ascending=False, kind="stable").head(TEXT_ROWS)
        chosen = arcs.set_index(["src", "dst"]).loc[top.index]  # only the top pairs' arcs, in order
        pairs = (
            chosen.groupby(level=["src", "dst"], sort=False)
            .agg(a=(name_column(lang, "src_"), "first"), b=(name_column(lang, "dst_"), "first"),
                 types=("type", list))
            .assign(n=top)
        )
        lines = [
            f"1. {md_escape(t('pair_title', lang, a=r['a'], b=r['b']))}: "
            f"{t('n_agreements', lang, n=int(r['n']))} "
            f"({md_escape(', '.join(type_label(ty, lang) for ty in r['types']))})"
            for _, r in pairs.iterrows()
        ]
        st.markdown(f"**{t('text_pairs', lang)}**\n\n" + "\n".join(lines))
