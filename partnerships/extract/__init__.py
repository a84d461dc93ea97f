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


def extract(data: bytes | str, *, source_file: str = "", gazetteer=None) -> Extraction:
    """Candidate records for one article (raw bytes or text, plain or HTML)."""
    from partnerships.extract.pipeline import run

    return run(data, source_file=source_file, gazetteer=gazetteer)
