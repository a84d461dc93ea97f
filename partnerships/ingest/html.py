"""A saved web page -> the article's main text, title, date, URL and author (trafilatura).

The text the project stores is `HtmlArticle.text`: the title on the first line, the page's
publication date (ISO) on the second when the page gives one, then the main text. The extractor
reads that same text, so every evidence span it returns is verbatim in what is stored.

`method="cleaner"` uses the project's hand-written tag stripper (`extract.clean.html_to_text`)
instead; `bench/html_cleaners.py` compares the two on noisy pages.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
from dataclasses import dataclass

from partnerships.extract.clean import html_to_text, looks_like_html

METHODS = ("trafilatura", "cleaner")
_ISO_DATE = re.compile(r"^(19|20)\d{2}-\d{2}-\d{2}$")

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every page it finds thin
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(frozen=True)
class HtmlArticle:
    """A page's main text and what the page says about itself."""

    text: str
    title: str = ""
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None
    author: str = ""
    method: str = "trafilatura"
    site: str = ""  # the site's name (og:site_name, or the title's suffix), the publisher of a news page


def is_html(text: str, *, filename: str = "") -> bool:
    """A page (by its name or its content)."""
    return filename.lower().endswith((".html", ".htm")) or looks_like_html(text)


def main_text(html: str, *, method: str = "trafilatura") -> HtmlArticle:
    """The page's article. trafilatura first; when it finds no main text (a bare fragment), the
    hand-written cleaner's text is used so nothing readable is lost."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}")
    if method == "cleaner":
        return HtmlArticle(html_to_text(html), method="cleaner")
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=False,
        deduplicate=False, output_format="python", fast=True,  # no fallback extractors: 30x faster, same text here
        # dates from the page's markup and URL only: the free-text search loads dateparser's
        # locales (seconds per process) and the extractor reads dates in the text itself
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        return HtmlArticle(html_to_text(html), method="cleaner")
    title = _one_line(getattr(doc, "title", None) or "")
    date = getattr(doc, "date", None) or None
    if date and not _ISO_DATE.match(date):
        date = None
    head = [line for line in (title, date) if line and not body.startswith(line)]
    text = "\n".join([*head, "", body]) if head else body
    return HtmlArticle(
        text.strip() + "\n", title=title, date=date, url=getattr(doc, "url", None) or None,
        author=_one_line(getattr(doc, "author", None) or ""), method="trafilatura",
        site=_site_name(html) or _plain(getattr(doc, "sitename", None) or "")[:80],
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


_SITE_META = re.compile(r"<meta\b[^>]*?\b(?:property|name)\s*=\s*[\"']og:site_name[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)


def _site_name(page: str) -> str:
    """The page's own og:site_name as it writes it ('eDaily', not 'Edaily' as the extractor
    capitalises it), as text."""
    if (meta := _SITE_META.search(page[:200_000])) is None or (m := _CONTENT.search(meta.group(0))) is None:
        return ""
    return _plain(m.group(1) if m.group(1) is not None else m.group(2))[:80]


def _plain(text: str) -> str:
    """One line of text: entities read, tags a name carried ('<b>Evil</b>') dropped."""
    return _one_line(re.sub(r"<[^>]{0,200}>", " ", htmllib.unescape(text)))
