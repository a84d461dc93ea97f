"""The look of the Tour page: a large record card, and a presentation mode for the back of a room."""

from __future__ import annotations

import streamlit as st

_CARD_CSS = (
    "<style>"
    ".tour-card{border-left:6px solid var(--tour-accent);padding:.4rem 0 .4rem 1rem}"
    ".tour-card .kind{font-size:.95rem;font-weight:700;letter-spacing:.02em;color:var(--tour-accent)}"
    ".tour-card h2{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .4rem 0;padding:0}"
    ".tour-card .when{font-size:1.05rem;opacity:.8;margin-bottom:.6rem}"
    ".tour-card .route{font-size:1.25rem;font-weight:600;margin-bottom:.8rem}"
    ".tour-card .label{font-size:.8rem;text-transform:uppercase;opacity:.65;margin-top:.6rem}"
    ".tour-card p{font-size:1.1rem;line-height:1.5;margin:.2rem 0}"
    ".tour-card blockquote{font-size:1.05rem;line-height:1.55;margin:.3rem 0;padding-left:.8rem;"
    "border-left:3px solid rgba(128,128,128,.45);font-style:italic}"
    ".tour-card .src{font-size:.85rem;opacity:.7;margin-top:.6rem}"
    "</style>"
)

# Presentation mode: no sidebar, no header chrome, bigger type everywhere.
_PRESENT_CSS = (
    "<style>"
    '[data-testid="stSidebar"],[data-testid="stSidebarCollapsedControl"],'
    '[data-testid="stHeader"],[data-testid="stToolbar"]{display:none!important}'
    '[data-testid="stMainBlockContainer"]{padding:1rem 2rem 1rem 2rem!important}'
    "html{font-size:20px}"
    ".tour-card h2{font-size:2.6rem}"
    ".tour-card .route{font-size:1.6rem}"
    ".tour-card p,.tour-card blockquote{font-size:1.35rem}"
    "</style>"
)


def card_style() -> None:
    """The record card's style (static CSS, no data)."""
    st.html(_CARD_CSS)


def presentation_style(on: bool) -> None:
    """Hide the sidebar and enlarge the type when `on`."""
    if on:
        st.html(_PRESENT_CSS)
