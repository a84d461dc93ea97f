"""Korean article -> candidate partnership records (status 'proposed') with evidence spans.

    from partnerships.extract import extract
    result = extract(Path("seeds/000_a437fd8661412f19.txt").read_bytes(), source_file="000_...txt")
    result.candidates   # list of record dicts (data-format shape + 'confidence' and 'support')
    result.reason       # why the list is empty, when it is

Input that is not a readable Korean article (empty, binary, another language) raises
`ArticleError` (a `partnerships.errors.DataError`).  A readable article that reports no
partnership returns an `Extraction` with no candidates and a `reason`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from partnerships.extract.errors import ArticleError

__all__ = ["ArticleError", "Extraction", "extract"]


@dataclass
class Extraction:
    """The result of reading one article."""

    candidates: list[dict[str, Any]]
    reason: str = ""
    published: str | None = None
    published_basis: str = ""
    dropped: list[str] = field(default_factory=list)
    # records left out only because a partner is not in the gazetteer: the reader's record without
    # that partner, and the partner's name as written under "unplaced", for a person to place
    to_place: list[dict[str, Any]] = field(default_factory=list)


def extract(data: bytes | str, *, source_file: str = "", gazetteer=None,
            published: dt.date | str | None = None, url: str | None = None,
            seconds: float | None = None) -> Extraction:
    """Candidate records for one article (raw bytes or text, plain or HTML).

    `published` is the page's publication date when the caller knows it (a date or
    'YYYY-MM-DD'); it wins over dates read from the page.  `url` goes into each record's
    source.  A malformed `published` raises ArticleError, as does a text not read within
    `seconds` (default: the reader's own limit)."""
    from partnerships.extract.pipeline import run

    return run(data, source_file=source_file, gazetteer=gazetteer,
               published=parse_published(published), url=url, seconds=seconds)


def parse_published(value: dt.date | str | None) -> dt.date | None:
    """A publication date from a date or an ISO 'YYYY-MM-DD' string; ArticleError if malformed."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else (
            dt.date.fromisoformat(text))
    except ValueError:
        raise ArticleError(f"publication date {value!r} is not a date: write it as YYYY-MM-DD") from None
