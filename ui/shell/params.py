"""Reading URL query parameters on a page: one tolerant path for every parameter of every page.

`read(key, parse)` returns the parsed value, or None when the parameter is absent or unusable;
an unusable value is ignored and the page says so in one line (the value itself is not echoed).
The parsers are in `partnerships.params`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from partnerships import params
from partnerships.params import BadParam
from partnerships.query import PARAM_KEYS, YEAR_MAX, YEAR_MIN, Filters

T = TypeVar("T")



def ignored(key: str) -> None:
    """Say, in one line, that the link's value for `key` was ignored."""
    _say("param_ignored", param=key)


def years_swapped() -> None:
    """Say, in one line, that the link's `from` came after its `to` and the two were swapped."""
    _say("param_years_swapped")


def years_outside(first: int, last: int) -> None:
    """Say, in one line, that no year the link asked for has a record, so every year is shown."""
    _say("param_years_outside", first=first, last=last)


def past_the_end(key: str, last: int) -> None:
    """Say, in one line, that the link's `key` lies past the end, so the last, `last`, is used."""
    _say("param_past_the_end", param=key, last=last)


def _say(text_key: str, **fields: object) -> None:
    """One caption in the language the page is drawn in (before the switch runs: the browser's)."""
    from ui.shell import i18n  # i18n reads its own parameter through this module

    lang = st.session_state.get(i18n.SAVED_LANG_KEY) or i18n.browser_lang()
    st.caption(i18n.t(text_key, lang if lang in i18n.LANGS else i18n.DEFAULT_LANG, **fields))


def read(key: str, parse: Callable[[str], T]) -> T | None:
    """The URL parameter `key` (its last value) parsed by `parse`; None if absent or unusable
    (then the page says it was ignored). A key given more than once with different values is
    said too, and left in the address once, with the value used."""
    raws = st.query_params.get_all(key)
    if len(set(raws)) > 1:  # ('?place=kr-seoul&place=dk-odense'): said, and the link keeps the one used
        _say("param_repeated", param=key)
        st.query_params[key] = raws[-1]
    value = peek(key, parse)
    if value is None and st.query_params.get(key) is not None:
        ignored(key)
    return value


def peek(key: str, parse: Callable[[str], T]) -> T | None:
    """Like `read`, without saying anything: for a look ahead at a parameter that `read` reports
    later in the same run."""
    raw = st.query_params.get(key)
    if raw is None:
        return None
    try:
        return parse(raw)
    except BadParam:
        return None


def read_all(key: str, parse: Callable[[list[str]], T]) -> T | None:
    """Like `read`, for a parameter that may be repeated (`parse` gets every value)."""
    raws = st.query_params.get_all(key)
    if not raws:
        return None
    try:
        return parse(raws)
    except BadParam:
        ignored(key)
        return None


def _year(raw: str) -> int:
    return params.integer(raw, lo=YEAR_MIN, hi=YEAR_MAX)


def url_filters() -> Filters:
    """The filters a link asks for; each unusable filter parameter is ignored (and said so)."""
    clean: dict[str, str] = {}
    for key in PARAM_KEYS:
        if key in ("from", "to"):
            value = read(key, _year)
            text = None if value is None else str(value)
        elif key == "q":
            text = read(key, params.text)
        elif key == "undated":  # 1 or 0 (true/false), or only; anything else is ignored and said so
            value = read(key, lambda raw: "only" if raw.strip().lower() == "only" else params.flag(raw))
            text = None if value is None else value if value == "only" else ("1" if value else "0")
        else:
            found = read_all(key, params.items)
            text = ",".join(found) if found else None
        if text:
            clean[key] = text
    return Filters.from_params(clean)
