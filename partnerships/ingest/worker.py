"""Reading one article (runs in a pool process): bytes -> stored text, content hash, proposed records.

Returns an `ArticleResult` (plain data, so it crosses process boundaries); never raises for bad
input: an unreadable file comes back with `failure` set to the reason.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

from geo.names import CONTROLS
from partnerships.extract.clean import decode
from partnerships.extract.errors import ArticleError
from partnerships.ingest.html import is_html, main_text
from partnerships.ingest.naming import published_from_name


@dataclass
class ArticleResult:
    """What reading one file gave."""

    name: str
    text: str = ""
    hash: str = ""
    stored_name: str = ""
    candidates: list[dict[str, Any]] = field(default_factory=list)
    published: str | None = None
    published_basis: str = ""
    reason: str = ""
    failure: str = ""
    known: bool = False  # the article is already stored: not read again
    title: str = ""
    url: str | None = None
    author: str = ""
    site: str = ""
    page_date: str | None = None  # the page's own date (HTML metadata)


@dataclass(frozen=True)
class Options:
    """How the batch reads its articles."""

    published: str | None = None  # --published
    from_filename: bool = False  # --published-from-filename
    method: str = "trafilatura"


def read_article(name: str, data: bytes, options: Options, known: frozenset[str] | None = None) -> ArticleResult:
    """Read one article (not again when its hash is in `known`)."""
    res = prepare(name, data, options, known or frozenset())
    return res if res.failure or res.known else extract_into(res, options)


def prepare(name: str, data: bytes, options: Options, known: frozenset[str]) -> ArticleResult:
    """Bytes -> the text to store and its hash (HTML through `html.main_text`); cheap, no analyser."""
    from partnerships import intake

    out = ArticleResult(name)
    try:
        raw = decode(data)
    except ArticleError as exc:
        out.failure = str(exc)
        return out
    if is_html(raw, filename=name):
        page = main_text(raw, method="cleaner" if crowded(raw) else options.method)
        text, out.page_date = page.text, page.date
        out.title, out.url, out.author, out.site = page.title, page.url, page.author, page.site
    else:
        text = raw
    text = text.translate(CONTROLS)  # the text stored is the one read: no override or control to part them
    if not text.strip():
        out.failure = "empty: no text left"
        return out
    if (kb := len(text.encode("utf-8")) / 1024) > intake.MAX_TEXT_KB:  # as one article added on its own
        out.failure = (f"too long: the article's text is {kb:,.0f} KB; the limit is {intake.MAX_TEXT_KB} KB "
                       "of text (a long feature article is about 30 KB)")
        return out
    out.text = text
    out.hash = intake.content_hash(text)
    out.known = out.hash in known
    return out


# a tag of thousands of attributes: trafilatura's date search takes time growing with their square
# (a 1.4 MB page of one such tag took minutes); the plain cleaner reads it in a second. A tag is
# read with its quoted values (a '>' inside one does not end it) and its attributes counted with or
# without a value; possessive repeats, and no '<' inside a tag, keep the scan linear.
_TAG = re.compile(r"<[A-Za-z][^\s/<>\"']*+(?:[^<>\"']++|\"[^\"]*+\"|'[^']*+')*+>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE = re.compile(r"\s[^\s=/<>\"']+")
CROWDED_TAG = 200  # attributes in one tag
CROWDED_PAGE = 50_000  # attributes in all


def crowded(html: str) -> bool:
    """Whether a page has a tag with more than CROWDED_TAG attributes, or more than CROWDED_PAGE
    attributes in all."""
    total = 0
    for m in _TAG.finditer(html):
        tag = m.group(0)
        if len(tag) < 32:
            total += tag.count("=")
            continue
        n = len(_ATTRIBUTE.findall(_QUOTED.sub('""', tag)))
        total += n
        if n > CROWDED_TAG or total > CROWDED_PAGE:
            return True
    return total > CROWDED_PAGE


def extract_into(out: ArticleResult, options: Options) -> ArticleResult:
    """The proposed records of a prepared article (runs in a pool process for big batches)."""
    from geo.gazetteer import default_gazetteer
    from partnerships import intake
    from partnerships.extract import extract
    from partnerships.extract.groups import READ_SECONDS

    given, basis = _given_date(out.name, options)
    started = time.monotonic()
    try:
        result = extract(out.text, source_file=out.name, gazetteer=default_gazetteer())
        dated = bool(result.published and len(result.published) == 10)
        if not dated and (out.page_date or given):  # the article's own date line first, then the
            # page's metadata, then the date given for it (a file name's, --published): it dates
            # the article's '지난 1일' too; both readings within the one article's time limit
            left = READ_SECONDS - (time.monotonic() - started)
            if left <= 0:
                raise ArticleError(f"too slow to read: the article took more than {READ_SECONDS:.0f} seconds")
            result = extract(out.text, source_file=out.name, gazetteer=default_gazetteer(),
                             published=out.page_date or given, seconds=left)
    except ArticleError as exc:
        out.failure = str(exc)
        return out
    if dated:
        out.published, out.published_basis = result.published, f"the article: {result.published_basis}"
    elif out.page_date:
        out.published, out.published_basis = out.page_date, "the page's metadata"
    elif given:
        out.published, out.published_basis = given, basis
    out.stored_name = intake.article_name(out.text, date=out.published)
    out.reason = result.reason
    out.candidates = [_finish(dict(c), out) for c in result.candidates]
    return out


def _given_date(name: str, options: Options) -> tuple[str | None, str]:
    if options.from_filename:
        got = published_from_name(name)
        if got:
            return got, "the file name"
    if options.published:
        return options.published, "the date given for undated files"
    return None, ""


def _finish(c: dict[str, Any], got: ArticleResult) -> dict[str, Any]:
    """Point the record at the stored article; date an undated record by the publication date."""
    src = dict(c.get("source") or {})
    src["file"] = got.stored_name
    if not src.get("published") and got.published:
        src["published"] = got.published
    if not src.get("url") and got.url:
        src["url"] = got.url
    if not src.get("publisher") and got.site:
        src["publisher"] = got.site  # the news site's name, when the text names no outlet
    c["source"] = src
    basis = str(c.get("date_basis") or "")
    if got.published and got.published in basis and not got.published_basis.startswith("the article"):
        c["date_basis"] = f"{basis} ({got.published_basis})"  # where that publication date came from
    if not c.get("year") and got.published:
        c["year"] = int(got.published[:4])
        c["date"] = got.published[:4]
        c["date_basis"] = f"inferred: no date in the article; published {got.published} ({got.published_basis})"
    c["status"] = "proposed"
    return c
