"""The map legend: arc colours for the agreement types shown, and the two kinds of place.

Static HTML built from constants; every name is escaped. Drawn with `st.html` (inserted as it
is, after sanitising) rather than markdown with HTML allowed: the browser's markdown renderer
parses raw HTML with a costly extra pass (about 0.5 s of a page load in software-rendered Chromium).
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from partnerships.model import TYPES
from ui.map.palette import KOREAN_FILL, KOREAN_LINE, PARTNER_FILL, PARTNER_LINE, css, type_colour
from ui.shell.i18n import t, type_label
from ui.shell.layout import SHORT_SCREEN
from ui.shell.markup import html_escape

_STYLE = (
    "<style>"
    ".atlas-legend{display:flex;flex-wrap:wrap;gap:4px 18px;align-items:center;"
    "font-size:0.85rem;line-height:1.6;margin:2px 0 6px 0}"
    ".atlas-legend .ttl{font-weight:600;margin-right:2px}"
    ".atlas-legend .it{display:inline-flex;align-items:center;gap:6px;white-space:nowrap}"
    ".atlas-legend .ln{display:inline-block;width:22px;height:4px;border-radius:2px}"
    ".atlas-legend .dot{display:inline-block;width:12px;height:12px;border-radius:50%;"
    "box-sizing:border-box}"
    ".atlas-legend .note{opacity:0.75}"
    # Short screens (ui.shell.layout.SHORT_SCREEN): tighter, so the legend stays above the fold.
    f"@media (max-height:{SHORT_SCREEN}px) and (min-width:641px){{"
    ".atlas-legend{font-size:0.8rem;line-height:1.4;gap:2px 14px;margin:0 0 2px 0}}"
    "</style>"
)


def legend_html(types: Iterable[str], lang: str) -> str:
    """HTML for the legend of the given agreement types (in taxonomy order)."""
    present = set(types)
    shown = [ty for ty in TYPES if ty in present]
    lines = "".join(
        f'<span class="it"><span class="ln" style="background:{css(type_colour(ty))}"></span>'
        f"{html_escape(type_label(ty, lang))}</span>"
        for ty in shown
    )
    korean = f"background:{css(KOREAN_FILL)};border:2px solid {css(KOREAN_LINE)};" \
             f"box-shadow:0 0 0 1px {css(KOREAN_FILL)}"
    partner = f"background:{css(PARTNER_FILL)};border:2px solid {css(PARTNER_LINE)}"
    places = (
        f'<span class="it"><span class="dot" style="{korean}"></span>{html_escape(t("legend_korean", lang))}</span>'
        f'<span class="it"><span class="dot" style="{partner}"></span>{html_escape(t("legend_partner", lang))}</span>'
        f'<span class="it note">{html_escape(t("legend_size", lang))}</span>'
    )
    types_row = (
        f'<div class="atlas-legend" data-testid="atlas-legend-types">'
        f'<span class="ttl">{html_escape(t("legend_types", lang))}</span>{lines}</div>'
        if shown else ""
    )
    return (
        f"{_STYLE}{types_row}"
        f'<div class="atlas-legend" data-testid="atlas-legend-places">'
        f'<span class="ttl">{html_escape(t("legend_places", lang))}</span>{places}</div>'
    )


def legend(types: Iterable[str], lang: str, *, drawn: int | None = None) -> None:
    """Draw the legend under the map; with `drawn` (arcs on the map) fewer than the arcs in
    `types`, say that only the busiest connections are drawn."""
    types = list(types)
    st.html(legend_html(types, lang))
    if drawn is not None and drawn < len(types):
        st.caption(t("arcs_capped", lang, shown=drawn, total=len(types)))
