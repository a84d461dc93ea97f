"""Page chrome shared by the pages: tighter margins so the map gets the room."""

from __future__ import annotations

import streamlit as st

_CSS = (
    "<style>"
    '[data-testid="stMainBlockContainer"]{padding:2.2rem 2.2rem 3rem 2.2rem;max-width:none}'
    ".st-key-map{border-radius:8px;overflow:hidden}"
    '[data-testid="stMetricValue"]{font-size:1.85rem}'
    "</style>"
)


def page_style() -> None:
    """Apply the shared page style (static CSS, no data)."""
    st.html(_CSS)
