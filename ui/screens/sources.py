"""The Sources page: an article from seeds/ with its evidence highlighted, and the records drawn from it.

The article is shown as escaped HTML (partnerships.evidence.highlight): each record's evidence
sentences are marked in its agreement type's colour, with the record's title as a tooltip. Each
record below has an anchor (its id), so `./Sources?article=<file>#<record id>` lands on it, and
`&record=<id>` shows that record alone (of a spreadsheet: its own row).
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from partnerships import params, store
from partnerships.evidence import highlight, sentence_spans
from partnerships.query import Filters
from partnerships.tables.rows import parse_row_line, table_file
from ui.map.palette import css, type_colour
from ui.shell import data
from ui.shell import params as url_params
from ui.shell.i18n import publisher_label, sector_label, t, type_label
from ui.shell.markup import html_escape, md_escape, md_link
from ui.shell.page import PageContext
from ui.shell.page_list import MAP

ARTICLE_KEY = "sources_article"
ARTICLE_PARAM = "article"
ARTICLE_MAX = 255  # characters of a file name
RECORD_PARAM = "record"  # one record of the source, as a table's link asks for it
RECORD_MAX = 200  # characters of a record id
ARTICLES_PAGE = 200  # articles offered by the selector at once (a page number chooses which)
PAGE_KEY = "sources_page"
TEXT_HEIGHT = 760
_SLUG = re.compile(r"[a-z0-9-]+")
_STYLE = (
    ".atlas-article{font-size:0.97rem;line-height:1.75;white-space:normal;word-break:keep-all;"
    "overflow-wrap:anywhere}"
    ".atlas-article mark.ev{padding:0.1em 0.05em;border-radius:3px;color:inherit}"
    ".atlas-type{display:inline-block;padding:0.05em 0.55em;border-radius:999px;color:#fff;"
    "font-size:0.8rem;font-weight:600;margin-right:0.4em}"
    ".st-key-sources_records h3{font-size:1.15rem;line-height:1.35;padding-top:0.2rem;word-break:keep-all}"
)


def articles() -> list[str]:
    """File names of the stored articles, sorted (an empty list if the database cannot be reached)."""
    try:
        return store.article_files(store.engine())
    except store.StoreUnavailable:
        return []


@st.cache_data(show_spinner=False, max_entries=64, ttl=600)
def _read(url: str, name: str) -> str | None:
    return store.article_text(store.engine(url), name)


def read_article(name: str) -> str | None:
    """An article's stored text (None if unknown or the database cannot be reached)."""
    try:
        return _read(store.database_url(), name)
    except store.StoreUnavailable:
        return None


def article_records(name: str) -> pd.DataFrame:
    """The published records drawn from an article, oldest event first (from the database)."""
    return data.article_records([name])


_BLANK_RUN = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")


# a picture saved as Markdown ('![[호찌민=뉴시스] 오세훈 서울시장이 …](https://img1.newsis.com/….jpg)')
_PICTURE = re.compile(r"^[^\S\n]*!\[(.*)\]\(\S*\)[^\S\n]*$", re.M)


def _captions(text: str) -> str:
    """Each Markdown picture line as its caption, or gone where its caption follows as text."""
    def caption(m: re.Match) -> str:
        words = m.group(1).strip()  # (the caption that follows may differ in its tail: a hidden e-mail)
        return "" if words[:30] in text[m.end():m.end() + len(words) + 200] else words
    return _PICTURE.sub(caption, text)


def tidy(text: str) -> str:
    """The article for reading: a saved picture's Markdown becomes its caption, runs of blank lines
    become one, trailing blanks go.

    Only the pictures' markup and whitespace change, and evidence is matched across any whitespace,
    so every quote is still found.
    """
    return _BLANK_RUN.sub("\n\n", _captions(text.replace("\r\n", "\n"))).strip()


def public_text(name: str, text: str, records: pd.DataFrame) -> str:
    """What of a source the page shows: an article whole; of a spreadsheet, its title line and
    the rows its published `records` came from (a row rejected, still proposed or that failed to
    import is not public)."""
    lines = text.split("\n")  # (only at newlines: a name's or a cell's U+2028 splits no row)
    if not any(parse_row_line(line) for line in lines[1:]):
        return text
    rows = {line for ev in records["evidence"] for line in ev}
    kept = [line for line in lines[1:] if line in rows]
    return "\n".join(lines[:1] + kept) + "\n"


def article_html(text: str, records: pd.DataFrame, lang: str) -> str:
    """The article as escaped HTML, each record's evidence marked in its type's colour."""
    text = tidy(text)
    spans, rules = [], [_STYLE]
    for _, r in records.iterrows():
        title = r["title_ko"] if lang == "ko" else r["title_en"]
        spans += sentence_spans(text, r["evidence"], kind=r["id"], label=title)
        if _SLUG.fullmatch(r["id"]):
            colour = type_colour(r["type"])
            rules.append(f".atlas-article mark.ev-{r['id']}{{background:{css(colour, 0.22)};"
                         f"box-shadow:inset 0 -2px 0 {css(colour)}}}")
    return f"<style>{''.join(rules)}</style><div class=\"atlas-article\">{highlight(text, spans)}</div>"


def article_titles(df: pd.DataFrame, lang: str) -> dict[str, str]:
    """A readable title per article file: the title (in `lang`) of its newest record, the news the
    article reports (its older records are the history it tells), the file name when it has none."""
    column = "title_ko" if lang == "ko" else "title_en"
    first = df.sort_values(["date", "id"], ascending=False).groupby("source_file", sort=False)[column].first()
    # (a spreadsheet by its file, not by one of its hundreds of rows)
    return {name: table_file(name) or title
            for name, title in first.items() if isinstance(title, str) and title.strip()}


def shown_name(name: str) -> str:
    """A stored source's name as people know it: a spreadsheet's file name, else the name itself."""
    return table_file(name) or name


def choose_article(ctx: PageContext, names: list[str]) -> str | None:
    """The article selector, kept in the URL as `article=<file>`.

    With filters set, it offers the articles that have matching records (and the one chosen).
    It offers ARTICLES_PAGE articles at a time, with a page number when there are more; only the
    offered articles' records are read (for their titles, publishers and counts).
    """
    lang = ctx.lang
    wanted = url_params.read(ARTICLE_PARAM, lambda raw: params.text(raw, max_len=ARTICLE_MAX))
    if wanted is not None and wanted not in names:
        st.warning(t("sources_missing", lang, name=md_escape(wanted)))
        wanted = None
    if ARTICLE_KEY not in st.session_state and wanted is not None:
        st.session_state[ARTICLE_KEY] = wanted
    options = names
    chosen = st.session_state.get(ARTICLE_KEY)
    if ctx.filters != Filters():
        matching = data.matching_articles(ctx.filters)
        options = [n for n in names if n in matching or n == chosen]
        st.caption(t("sources_filtered", lang, n=sum(n in matching for n in names), total=len(names)))
    if not options:
        return None
    options = page_of_options(options, chosen, lang)
    if st.session_state.get(ARTICLE_KEY) not in options:
        st.session_state[ARTICLE_KEY] = options[0]
    offered = data.article_records(options)
    titles = article_titles(offered, lang)
    publisher = {name: publisher_label(who, lang) for name, who in
                 offered.groupby("source_file", sort=False)["publisher"].first().items()}
    counts = offered["source_file"].value_counts().to_dict()
    name = st.selectbox(
        t("sources_article", lang), options, key=ARTICLE_KEY,
        format_func=lambda n: f"{titles.get(n, n)} — {publisher.get(n) or t('sources_unknown', lang)} · "
                              f"{t('sources_n_records', lang, n=counts.get(n, 0))}",
    )
    if st.query_params.get(ARTICLE_PARAM) != name:
        st.query_params[ARTICLE_PARAM] = name
        st.query_params.pop(RECORD_PARAM, None)  # a record of the article left behind
    return name


def focus(records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The one record a link asked for (`record=<id>`, from a table's "read the article"), when it
    is drawn from this source, with a button back to all of them; else all the source's records."""
    wanted = url_params.read(RECORD_PARAM, lambda raw: params.text(raw, max_len=RECORD_MAX))
    if wanted is None or len(records) < 2:
        return records
    one = records[records["id"] == wanted]
    if one.empty:
        st.warning(t("sources_record_missing", lang, rid=md_escape(wanted)))
        return records
    note, back = st.columns([3, 1], vertical_alignment="center")
    note.caption(t("sources_one_record", lang, n=len(records)))
    if back.button(t("sources_show_all", lang, n=len(records)), key="sources_show_all", width="stretch"):
        st.query_params.pop(RECORD_PARAM, None)
        st.rerun()
    return one


def page_of_options(options: list[str], chosen: str | None, lang: str) -> list[str]:
    """The ARTICLES_PAGE articles to offer: a page number input when there are more (starting on
    the chosen article's page); the chosen article stays offered on any page."""
    if len(options) <= ARTICLES_PAGE:
        return options
    pages = -(-len(options) // ARTICLES_PAGE)
    if PAGE_KEY not in st.session_state or not isinstance(st.session_state[PAGE_KEY], int):
        st.session_state[PAGE_KEY] = options.index(chosen) // ARTICLES_PAGE + 1 if chosen in options else 1
    st.session_state[PAGE_KEY] = min(max(st.session_state[PAGE_KEY], 1), pages)
    page = st.number_input(t("sources_page", lang, pages=pages), min_value=1, max_value=pages, step=1, key=PAGE_KEY)
    shown = options[(page - 1) * ARTICLES_PAGE:page * ARTICLES_PAGE]
    return shown if chosen is None or chosen in shown or chosen not in options else [chosen, *shown]


URLS_SHOWN = 3  # web addresses listed beside a source's publisher before the rest are folded away


def _url(url: str | None, lang: str) -> str:
    if not url:
        return t("sources_no_url", lang)
    return md_link(url)


def article_meta(name: str, records: pd.DataFrame, lang: str) -> None:
    """Publisher, publication date, web address and file of the article."""
    def values(column: str) -> str:
        found = [publisher_label(v, lang) if column == "publisher" else str(v)
                 for v in dict.fromkeys(records[column]) if v]
        return ", ".join(md_escape(v) for v in found) if found else t("sources_unknown", lang)

    urls = [u for u in dict.fromkeys(records["url"]) if u]
    shown = ", ".join(_url(u, lang) for u in urls[:URLS_SHOWN]) or t("sources_no_url", lang)
    if len(urls) > URLS_SHOWN:  # a table's rows cite hundreds: the rest folded away, not above the text
        shown += " " + t("sources_more_urls", lang, n=len(urls) - URLS_SHOWN)
    st.markdown(
        f"{t('sources_publisher', lang)}: **{values('publisher')}**  \n"
        f"{t('sources_published', lang)}: **{values('published')}**  \n"
        f"{t('sources_url', lang)}: {shown}  \n"
        f"{t('sources_file', lang)}: {md_escape(shown_name(name))}"
    )
    if len(urls) > URLS_SHOWN:
        with st.expander(t("sources_all_urls", lang, n=len(urls))):
            st.markdown("  \n".join(_url(u, lang) for u in urls))


def article_filters(records: pd.DataFrame) -> Filters:
    """Map filters that bring an article's records to the front: their Korean places, types and years."""
    return Filters(
        korean_places=tuple(dict.fromkeys(p for ids in records["korean_places"] for p in ids)),
        types=tuple(dict.fromkeys(records["type"])),
        year_min=int(records["year"].min()), year_max=int(records["year"].max()),
    )


def record_params(ctx: PageContext, row: pd.Series) -> dict[str, str]:
    """The Map narrowed to one record's year, type and Korean places, its arc (or place) selected."""
    year = int(row["year"])
    shown = Filters(korean_places=tuple(row["korean_places"]), types=(row["type"],), year_min=year, year_max=year)
    korean, partners = row["korean_places"], row["partner_places"]
    if partners:
        return ctx.params(shown, pair=f"{korean[0]},{partners[0]}")
    return ctx.params(shown, place=korean[0])


def article_map_link(ctx: PageContext, records: pd.DataFrame) -> None:
    """A link to the Map showing this article's agreements."""
    if len(records):
        st.page_link(MAP.file, label=t("sources_article_map", ctx.lang), icon=":material/map:",
                     query_params=ctx.params(article_filters(records)))


def record_entry(ctx: PageContext, row: pd.Series) -> None:
    """One record drawn from the article, with an anchor and a link to it on the map."""
    lang = ctx.lang
    with st.container(border=True):
        st.subheader(md_escape(row["title_ko"] if lang == "ko" else row["title_en"]), anchor=row["id"])
        colour = css(type_colour(row["type"]))
        sectors = ", ".join(sector_label(s, lang) for s in row["sectors"])
        kind = html_escape(type_label(row["type"], lang))
        st.html(f'<span class="atlas-type" style="background:{colour}">{kind}</span>'
                f"<span>{html_escape(row['date'])} · {html_escape(sectors)}</span>")
        places = " → ".join(", ".join(ctx.place_label(p) for p in side)
                            for side in (row["korean_places"], row["partner_places"]) if side)
        st.markdown(f"**{md_escape(places)}**  \n{md_escape(row['summary_ko'] if lang == 'ko' else row['summary_en'])}")
        st.page_link(MAP.file, label=t("sources_on_map", lang), icon=":material/location_on:",
                     query_params=record_params(ctx, row))
        st.caption(f"{t('column_id', lang)}: {md_escape(row['id'])}")


def records_list(ctx: PageContext, records: pd.DataFrame) -> None:
    """The records drawn from the article, each with its anchor."""
    with st.container(key="sources_records"):
        st.markdown(f"**{t('sources_records', ctx.lang)}** ({len(records)})")
        if records.empty:
            st.info(t("sources_no_records", ctx.lang))
        for _, row in records.iterrows():
            record_entry(ctx, row)
