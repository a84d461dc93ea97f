"""A Korean public body named by its Latin initials once it has been written out with them
('경기주택도시공사(GH)가 …', then 'GH는 17일 … 체결했다'): the initials stand for the body's
government, as its full name does (partnerships.extract.place_context.body_owner)."""

from __future__ import annotations

import re

from partnerships.extract.place_context import _PUBLIC_BODY, ARTICLE_TEXT, body_owner

_INITIALS = re.compile(r"(?<![A-Za-z(])([A-Z]{2,6})(?![A-Za-z)])")
_KEY = "acronym:"  # (cached per article beside the name look-ups)


def body_initials(sentence, taken: list[tuple[int, int]], cache: dict, gazetteer, lookup) -> list[tuple]:
    """(place, start, end, initials) for each set of initials in the sentence that the article
    wrote out earlier or later as a Korean public body's name ('… 경기주택도시공사(GH) …')."""
    article = cache.get(ARTICLE_TEXT) or ""
    out = []
    for m in _INITIALS.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        key = _KEY + m.group(1)
        if key not in cache:
            cache[key] = _owner(m.group(1), article, gazetteer, lookup)
        if cache[key] is not None:
            out.append((cache[key], start, end, m.group(1)))
    return out


def _owner(initials: str, article: str, gazetteer, lookup):
    """The Korean government of the body the article glosses with these initials, if one."""
    for m in re.finditer(rf"([가-힣]{{3,20}})\s?\(\s?{initials}\s?\)", article):
        body = _PUBLIC_BODY.fullmatch(m.group(1))
        place = body_owner(body.group(1), gazetteer, lookup, body.group(2)) if body else None
        if place is not None and place.country == "KR":
            return place
    return None
