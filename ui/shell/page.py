"""What every page shares: title, style, the sidebar (language and filters), records, load problems.

    ctx = page.setup("page_agreements")      # a page's first line
    st.dataframe(ctx.view)                   # the records passing the sidebar filters

`link()` and `ctx.params()` build URLs that carry the filters and the language to another page,
so a link opened in a new tab shows the same selection.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer
from partnerships import query
from partnerships.db.place_book import PlaceBook
from partnerships.model import Problem
from partnerships.query import Filters
from ui.shell import data, filters, i18n, layout, share, startup, theme
from ui.shell.page_list import Page


@dataclass(frozen=True)
class PageContext:
    """A page's language, the shared records table, the sidebar filters and what passes them."""

    lang: str
    gaz: Gazetteer | PlaceBook  # the places the stored records name (ui.shell.data.places)
    df: pd.DataFrame | None  # every loaded record (shared between sessions: do not modify); None
    problems: tuple[Problem, ...]  # for a page set up with records=False (it asks the database)
    filters: Filters
    view: pd.DataFrame | None  # the records passing `filters` (None with records=False)
    share_slot: object | None = None  # where the sidebar's link to this view goes (`finish`)

    def finish(self) -> None:
        """A viewing page's last line: the link to the exact view it shows, ready to copy."""
        share.link_box(self.share_slot, self.lang)

    def place_label(self, place_id: str) -> str:
        """A place's name in the page's language."""
        return self.gaz.name_in(place_id, self.lang)

    def params(self, filters: Filters | None = None, **extra: str | None) -> dict[str, str]:
        """URL parameters for the filters (the current ones by default) and the language, plus
        `extra` (None values left out)."""
        out = (self.filters if filters is None else filters).to_params()
        if self.lang != i18n.DEFAULT_LANG or i18n.browser_lang() != i18n.DEFAULT_LANG:
            out[i18n.LANG_KEY] = self.lang  # (English too, where the browser would open Korean)
        if theme.current() != theme.DEFAULT_THEME:
            out[theme.THEME_KEY] = theme.current()
        out.update({k: v for k, v in extra.items() if v is not None})
        return out


def _quote(text: str, safe: str = "", encoding: str | None = None, errors: str | None = None) -> str:
    return quote(text, safe=safe + ",", encoding=encoding, errors=errors)  # lists stay readable: a,b


def link(page: Page, params: Mapping[str, str], *, anchor: str = "") -> str:
    """A relative URL to one of the app's pages, e.g. `./Sources?article=a.txt#record-id`.

    Relative, so it works wherever the app is served; the Map (home) is `./?...`.
    """
    query_string = urlencode(dict(params), quote_via=_quote)
    url = f"./{page.url_path}"
    if query_string:
        url += f"?{query_string}"
    return url + (f"#{quote(anchor)}" if anchor else "")


def setup(title_key: str, *, heading: bool = True, records: bool = True, sidebar_filters: bool = True,
          before_filters: Callable[[dict, str], object] | None = None) -> PageContext:
    """Set up a page: title, style, language and theme switches and filters in the sidebar, load problems.

    Every page starts with it. With `records=False` the page gets no records table (ctx.df and
    ctx.view are None) and asks the database itself (ui.shell.data.page_of, ui.shell.data.record_chunks).
    With `sidebar_filters=False` (pages that write: Add article, Review) there are no filters
    (ctx.filters is empty), no records and no load problems, and ctx.gaz is the whole gazetteer.
    `before_filters(options, lang)` draws into the sidebar above the filters (the Map's year
    player), given the filters' choices.

    The browser tab reads "<page title> · Partnership Atlas" in the chosen language (just the
    app's name for `title_key="app_title"`). With `heading=False` the page draws its own heading
    (and should call `data.show_problems` under it).
    """
    startup.clean_leftovers()
    lang = i18n.language_switch()
    theme.theme_switch(lang)
    title = i18n.t(title_key, lang)
    if title_key != "app_title":
        title = f"{title} · {i18n.t('app_title', lang)}"
    st.set_page_config(page_title=title, layout="wide")
    layout.page_style()
    # Pages that write look names up in the whole gazetteer; the others only show stored places.
    gaz = data.places() if sidebar_filters else data.gazetteer()
    df: pd.DataFrame | None = None
    problems: tuple[Problem, ...] = ()
    chosen = Filters()
    if sidebar_filters:
        if records:
            df, problems = data.load_records()
            source: pd.DataFrame | dict = df
        else:  # the page asks the database for what it shows; no records table in this process
            problems, source = data.load_problems(), data.filter_options()
        if before_filters is not None:
            before_filters(filters.options(source), lang)
        chosen = filters.sidebar_filters(source, lang, place_name=gaz.name_in)
    slot = st.sidebar.empty() if sidebar_filters else None
    if heading:
        st.title(i18n.t(title_key, lang), anchor=False)
        data.show_problems(problems, lang)
    return PageContext(lang=lang, gaz=gaz, df=df, problems=problems, filters=chosen,
                       view=None if df is None else query.apply(df, chosen), share_slot=slot)
