"""Errors raised by the extractor."""

from partnerships.errors import DataError


class ArticleError(DataError):
    """Input that cannot be read as a Korean article: empty, binary or in another language.

    An article that reads fine but reports no partnership is not an error: `extract()` returns an
    `Extraction` with no candidates and a `reason` saying what was missing.
    """
