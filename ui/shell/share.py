"""A link to the exact view, ready to copy: the page's address with its filters, selection and
language, shown at the foot of the sidebar once the page has written them all."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from ui.shell.i18n import t


def view_url(base: str, params: dict[str, list[str]]) -> str:
    """`base` (the page's address, no query) with `params` (each key's values, in order)."""
    query = urlencode([(key, value) for key, values in params.items() for value in values])
    return f"{base}?{query}" if query else base


def link_box(slot, lang: str) -> None:
    """Fill the sidebar `slot` with the current view's link in a box with a copy button."""
    base = st.context.url
    if slot is None or not base:
        return  # (no browser: a script run, or an AppTest, has no address to give)
    url = view_url(base, {key: st.query_params.get_all(key) for key in st.query_params})
    with slot.container(), st.expander(t("share_title", lang), icon=":material/link:"):
        st.caption(t("share_help", lang))
        st.code(url, language=None, wrap_lines=True)
