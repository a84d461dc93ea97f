"""The language switch and `t(key, lang)`, the interface text for a key.

The texts live in one dict per language, ui/shell/strings_en.py and ui/shell/strings_ko.py (same keys);
taxonomy labels come from `partnerships.model`. No page holds interface text of its own.
"""

from __future__ import annotations

import functools
import re

import streamlit as st

from geo.errors import GeoError
from geo.regions import CONTINENT_NAMES_KO, REGION_NAMES_KO, country_name
from partnerships import national, params
from partnerships.korea import LEVELS
from partnerships.model import CONFIDENCE, SECTORS, TYPES
from ui.shell import params as url_params
from ui.shell.strings_en import EN
from ui.shell.strings_ko import KO

LANGS: tuple[str, ...] = ("en", "ko")
DEFAULT_LANG = "en"
LANG_NAMES = {"en": "English", "ko": "한국어"}
LANG_KEY = "lang"
SAVED_LANG_KEY = "atlas_lang"  # not a widget: survives a page switch, which drops widget state

CATALOGS: dict[str, dict[str, str]] = {"en": EN, "ko": KO}


def t(key: str, lang: str, **fields: object) -> str:
    """The interface text for `key` in `lang` ("en" or "ko"), with `fields` filled in; an English
    '(s)' follows the count `n` ('1 agreement', '2 agreements')."""
    text = CATALOGS.get(lang, EN)[key]
    if "(s)" in text and isinstance(count := _count(fields.get("n")), int):
        text = text.replace("(s)", "" if count == 1 else "s")
    return text.format(**fields) if fields else text


def _count(n: object) -> int | None:
    """A count given as a number or as text written with thousands separators ('1,204')."""
    if isinstance(n, int):
        return n
    text = str(n).replace(",", "") if isinstance(n, str) else ""
    return int(text) if text.isdigit() else None


def _pair_label(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    en, ko = table.get(key, (key, key))
    return ko if lang == "ko" else en


def type_label(type_id: str, lang: str) -> str:
    """An agreement type's name."""
    return _pair_label(TYPES, type_id, lang)


def level_label(level: str, lang: str) -> str:
    """A Korean government level's name (partnerships.korea.LEVELS)."""
    return _pair_label(LEVELS, level, lang)


def confidence_label(level: str, lang: str) -> str:
    """A confidence grade's name (partnerships.model.CONFIDENCE)."""
    return _pair_label(CONFIDENCE, level, lang)


def sector_label(sector: str, lang: str) -> str:
    """A sector's name."""
    return _pair_label(SECTORS, sector, lang)


def region_label(region: str, lang: str) -> str:
    """A world region's (or a continent's) name."""
    return (REGION_NAMES_KO.get(region) or CONTINENT_NAMES_KO.get(region, region)) if lang == "ko" else region


def country_label(iso2: str, lang: str) -> str:
    """A country's name from its ISO code."""
    try:
        return country_name(iso2, lang)
    except GeoError:
        return iso2


@functools.cache
def _national_publisher() -> str:
    return national.publisher()


def publisher_label(name: object, lang: str) -> str:
    """A record's publisher as the page says it: the national layer's table by its name in `lang`."""
    text = str(name or "")
    return t("national_publisher", lang) if text and text == _national_publisher() else text


def with_publishers(df, lang: str):
    """A records table whose publishers read as the page says them (the national layer's table by
    its name in `lang`), for the files people download from the page."""
    if "publisher" not in df.columns or df.empty:
        return df
    return df.assign(publisher=df["publisher"].map(lambda name: publisher_label(name, lang)))


def name_column(lang: str, prefix: str = "") -> str:
    """The name column to show for `lang`, e.g. `name_ko` or `src_name_en`."""
    return f"{prefix}name_{'ko' if lang == 'ko' else 'en'}"


def language_switch() -> str:
    """The sidebar language switch, kept in the URL as `lang=ko` (and across pages); returns "en" or "ko"."""
    from ui.shell.nav import sidebar_nav  # the page list sits above the switch and follows it

    nav_box = st.sidebar.container()
    if LANG_KEY not in st.session_state:
        wanted = url_params.read(LANG_KEY, lambda raw: params.choice(raw, LANGS))
        wanted = wanted or st.session_state.get(SAVED_LANG_KEY, browser_lang())
        st.session_state[LANG_KEY] = wanted if wanted in LANGS else DEFAULT_LANG
    else:
        st.session_state[LANG_KEY] = st.session_state[LANG_KEY]  # claimed again after a page switch
    lang = st.sidebar.radio(
        EN["language"], LANGS, key=LANG_KEY, horizontal=True,
        format_func=LANG_NAMES.__getitem__,
    )
    st.session_state[SAVED_LANG_KEY] = lang
    sidebar_nav(lang, nav_box)
    if lang == DEFAULT_LANG and browser_lang() == DEFAULT_LANG:
        if LANG_KEY in st.query_params:
            del st.query_params[LANG_KEY]
    elif st.query_params.get(LANG_KEY) != lang:
        st.query_params[LANG_KEY] = lang  # (English is written too where the browser asks for Korean)
    return lang


def browser_lang() -> str:
    """"ko" when the browser puts Korean first among its languages (Accept-Language), else English;
    read once a session (every link the page builds asks)."""
    if (known := st.session_state.get(_BROWSER_LANG_KEY)) in LANGS:
        return known
    try:
        wanted = str(st.context.headers.get("Accept-Language") or "")[:1000]
    except Exception:  # no browser behind the run (a bare script, a test harness)
        return DEFAULT_LANG
    lang = "ko" if preferred_language(wanted) == "ko" else DEFAULT_LANG
    st.session_state[_BROWSER_LANG_KEY] = lang
    return lang


_BROWSER_LANG_KEY = "atlas_browser_lang"


def preferred_language(header: str) -> str:
    """The primary language an Accept-Language header ranks first ('ko' for 'ko-KR,ko;q=0.9'; a
    language given q=0 is refused; '' when none is named)."""
    best, best_q = "", 0.0
    for part in header.split(",")[:40]:
        tag, _, attrs = part.strip().partition(";")
        q = 1.0
        if (m := re.search(r"q\s*=\s*([0-9.]{1,6})", attrs)) is not None:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if q > best_q and re.fullmatch(r"[a-z]{2,3}|\*", primary):
            best, best_q = primary, q
    return best
