"""Take the map away: download buttons for a standalone HTML map and a PNG for slides.

Files are made only when a button is pressed (Streamlit calls the `data` callable then), so the
page's reruns do not pay for them: the HTML takes ~0.2 s and ~4.5 MB (deck.gl embedded), the
PNG ~0.4 s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd
import streamlit as st

from partnerships.model import TYPES
from partnerships.query import Filters
from ui.map.deck import build_deck, drawn_bounds
from ui.map.export_html import map_html
from ui.map.export_names import describe, file_stem
from ui.map.export_png import Legend, cjk_font, render_png
from ui.map.palette import type_colour
from ui.shell import theme
from ui.shell.i18n import name_column, t, type_label

OPEN_KEY = "takeaway_open"  # the download popover (open or not)


def _legend_types(arcs: pd.DataFrame, lang: str) -> list[tuple[str, tuple[int, int, int]]]:
    present = set(arcs["type"])
    return [(type_label(ty, lang), type_colour(ty)) for ty in TYPES if ty in present]


def subtitle(view: pd.DataFrame | int, filters: Filters, lang: str, *, today: dt.date | None = None,
             place_label: Callable[[str], str] = str) -> str:
    """"12 agreements · Sector: Robotics · 2019–2022 · 2026-11-22": what the exported map shows."""
    parts = [t("n_agreements", lang, n=view if isinstance(view, int) else len(view)),
             describe(filters, lang, place_label), (today or dt.date.today()).isoformat()]
    return " · ".join(p for p in parts if p)


def html_map(points: pd.DataFrame, arcs: pd.DataFrame, *, lang: str, title: str, subtitle: str,
             cities: pd.DataFrame | None = None, theme_name: str = "light") -> str:
    """The standalone HTML map of what the page draws, framing both sides' places (with Korea by
    province, its provinces are not in the deck's places layer but must be in the frame)."""
    colours = theme.scheme(theme_name)
    deck = theme.style_deck(build_deck(points, arcs, lang=lang, split=cities), theme_name)
    return map_html(deck, title=title, subtitle=subtitle, legend=_legend_types(arcs, lang), lang=lang,
                    background=colours.ocean, ink=colours.ink, paper=colours.paper, bounds=drawn_bounds(points))


def download_buttons(points: pd.DataFrame, arcs: pd.DataFrame, view: pd.DataFrame | int, filters: Filters,
                     lang: str, *, place_label: Callable[[str], str] = str, cities: pd.DataFrame | None = None) -> None:
    """A "download" popover with the two buttons for the current view (files built when pressed).

    `points` and `arcs` as the map draws them; with Korea drawn by province (national data at
    world zoom), `cities` are its governments, which the HTML map shows as one zooms in, as the
    page's map does."""
    name = theme.current()
    title, sub = t("app_title", lang), subtitle(view, filters, lang, place_label=place_label)
    stem = file_stem(filters, lang=lang)

    def html_file() -> str:
        return html_map(points, arcs, lang=lang, title=title, subtitle=sub, cities=cities, theme_name=name)

    def png_file() -> bytes:
        legend = Legend(t("legend_types", lang), _legend_types(arcs, lang), t("legend_places", lang),
                        t("legend_korean", lang), t("legend_partner", lang), t("legend_size", lang))
        return render_png(points, arcs, title=title, subtitle=sub, legend=legend,
                          name_column=name_column(lang), scheme=theme.scheme(name))

    with st.popover(t("takeaway_open", lang), icon=":material/download:", key=OPEN_KEY, on_change="rerun") as box:
        if box.open:  # the buttons are drawn (and sent) only once asked for
            _buttons(html_file, png_file, stem, lang)


def _buttons(html_file: Callable[[], str], png_file: Callable[[], bytes], stem: str, lang: str) -> None:
    html_col, png_col = st.columns(2)
    html_col.download_button(t("takeaway_html", lang), html_file, file_name=f"{stem}.html", mime="text/html",
                             help=t("takeaway_html_help", lang), icon=":material/public:", on_click="ignore",
                             key="takeaway_html", width="stretch")
    png_col.download_button(t("takeaway_png", lang), png_file, file_name=f"{stem}.png", mime="image/png",
                            help=t("takeaway_png_help", lang), icon=":material/image:", on_click="ignore",
                            key="takeaway_png", width="stretch")
    if cjk_font() is None:
        st.caption(t("takeaway_no_font", lang))
