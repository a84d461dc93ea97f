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


def link_box(slot, lang: str, *, name: str = "share_link", label: str = "share_title",
             keep: tuple[str, ...] | None = None) -> None:
    """Fill `slot` (the sidebar's foot, or a section of a page) with a button that shows the current
    view's link in a box with a copy button (drawn only when asked for: a first visit's page stays
    as light as before). `name` keys the button and the box (each key begins 'share_link'); `keep`,
    when given, the only parameters the link carries."""
    if slot is None or not st.context.url:
        return  # (no browser: a script run, or an AppTest, has no address to give)
    with slot.container():
        if st.button(t(label, lang), key=f"{name}_show", icon=":material/link:", width="stretch"):
            url = view_url(st.context.url, {key: st.query_params.get_all(key) for key in st.query_params
                                            if keep is None or key in keep})
            with st.container(key=f"{name}_box"):  # (scrolled into view, its copy button kept off the text)
                st.caption(t("share_help", lang))
                st.code(url, language=None, wrap_lines=True)


SHOW_KEY = "share_link_show"
BOX_KEY = "share_link_box"
