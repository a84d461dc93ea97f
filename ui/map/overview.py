"""Headline numbers above the map and the map's text alternative."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from ui.shell.i18n import name_column, t, type_label
from ui.shell.markup import md_escape

TEXT_ROWS = 10
TEXT_KEY = "text_alt"  # the map-as-text expander (open or not)


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
    numbers(len(view), year_span(view["year"]), len(partners), len(countries), lang)


def numbers(n: int, years: str, partners: int, countries: int, lang: str, *, undated: int = 0) -> None:
    """The four headline metrics; `undated`, those of the `n` with no date that a year range kept, is
    said under the count (beside 'Years 2000–2010' they would read as of those years)."""
    cols = st.columns(4)
    cols[0].metric(t("metric_agreements", lang), f"{n:,}", delta_color="off", delta_arrow="off",
                   delta=t("metric_undated_among", lang, n=f"{undated:,}") if undated else None)
    cols[1].metric(t("metric_partners", lang), f"{partners:,}")
    cols[2].metric(t("metric_countries", lang), f"{countries:,}")
    cols[3].metric(t("metric_years", lang), years)


def headline_from(points: pd.DataFrame, n: int, years: tuple[int, int] | None, lang: str, *,
                  undated: int = 0) -> None:
    """The headline from the database's answers: record count (`undated` of them with no date), year
    range and the map's points."""
    partner_rows = points[points["side"] == "partner"]
    span = "–" if years is None else (str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}")
    span = t("metric_years_none", lang) if years is None and n else span  # (only undated ones)
    numbers(n, span, len(set(partner_rows["place_id"])), len(set(partner_rows["country"])), lang, undated=undated)


def text_alternative(points: pd.DataFrame, arcs: pd.DataFrame, lang: str) -> None:
    """An expander listing the top places and connections, for readers who cannot see the map.

    Its lines are made and sent only once it is opened (a rerun), not on every load of the page.
    """
    with st.expander(t("text_alt", lang), key=TEXT_KEY, on_change="rerun") as box:
        if not box.open:
            return
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
        lines = [
            f"1. {md_escape(t('pair_title', lang, a=a, b=b))}: {t('n_agreements', lang, n=n)} "
            f"({md_escape(', '.join(type_label(ty, lang) for ty in types))})"
            for a, b, n, types in top_pairs(arcs, lang)
        ]
        st.markdown(f"**{t('text_pairs', lang)}**\n\n" + "\n".join(lines))


def top_pairs(arcs: pd.DataFrame, lang: str, limit: int = TEXT_ROWS) -> list[tuple[str, str, int, list[str]]]:
    """The `limit` Korean–partner pairs with most records: (name a, name b, total, types in arc order).

    Ties keep the order in which pairs first appear in `arcs`. Integer codes, not a pandas
    groupby over place-id strings: this runs on every rerun over tens of thousands of arcs.
    """
    src, src_ids = pd.factorize(arcs["src"])
    dst, dst_ids = pd.factorize(arcs["dst"])
    key = src.astype(np.int64) * max(len(dst_ids), 1) + dst
    uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    totals = np.bincount(inverse, weights=arcs["count"].to_numpy(dtype=float)).astype(np.int64)
    chosen = np.lexsort((first, -totals))[:limit]
    # Only the rows of the chosen pairs are read (tolist() of every arc costs more than the rest).
    rows = [np.flatnonzero(inverse == g) for g in chosen]
    names_a = arcs[name_column(lang, "src_")].to_numpy(dtype=object)
    names_b = arcs[name_column(lang, "dst_")].to_numpy(dtype=object)
    types = arcs["type"].to_numpy(dtype=object)
    return [(names_a[first[g]], names_b[first[g]], int(totals[g]), types[r].tolist())
            for g, r in zip(chosen, rows, strict=True)]
