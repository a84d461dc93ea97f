"""Foreign names Korean writes as several words: '누에보 레온 주', '리우 데 자네이루',
'뉴 사우스 웨일스주'.  Kiwi tags each word on its own, so the words are joined again and
the whole tried against the gazetteer, longest first."""

from __future__ import annotations

import re

_MAX_WORDS = 4  # '산티아고 데 로스 카바예로스'
_STRICT_LENGTH = 5  # syllables of a name read from words tagged as common nouns
_HANGUL = re.compile(r"[가-힣]+")
_NOUNS = ("NNP", "NNG")
_GLUED = ("NNP", "NNG", "XSN", "NNB")


def _next_word(tokens, k: int, text: str, offset: int) -> int | None:
    """The index of the first token of the Hangul noun word after token `k` and one space."""
    n = k + 1
    if n >= len(tokens) or tokens[n].start != tokens[k].end + 1 or text[tokens[k].end - offset] != " ":
        return None
    if tokens[n].tag not in _NOUNS or not _HANGUL.fullmatch(tokens[n].form):
        return None
    return n


def spaced_name(tokens, i: int, j: int, text: str, offset: int, lookup, *, proper_next: bool = False):
    """The foreign city or division whose name is the word of tokens `i`..`j` and up to three
    words after it, each after one space: (place, index of its last token), or None.  A name
    may end inside a word ('누에보 레온 주청사에서': the division, then its office).  Only a
    name that none of its words names alone: '멕시코 몬테레이' is two places, not one.  With
    `proper_next`, only when the next word starts with a proper noun ('누에보/NNG 레온/NNP'), or
    the words spell a long name exactly as the gazetteer does ('옥시타니/NNG 레지옹/NNG')."""
    strict = False  # common nouns joined: only a long name the gazetteer spells exactly so
    if proper_next and ((n := _next_word(tokens, j, text, offset)) is None or tokens[n].tag != "NNP"):
        if n is None:
            return None
        strict = True
    ends: list[int] = []
    k = j
    for _ in range(_MAX_WORDS - 1):
        n = _next_word(tokens, k, text, offset)
        if n is None:
            break
        k = n
        ends.append(k)
        while k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].tag in _GLUED:
            k += 1
            ends.append(k)
    for k in reversed(ends):
        name = text[tokens[i].start - offset:tokens[k].end - offset]
        if " " not in name or len(name.replace(" ", "")) < 3:
            continue
        place = lookup(name)
        if place is None or place.country == "KR" or getattr(place, "kind", "") not in ("city", "region"):
            continue
        if strict and (len(name.replace(" ", "")) < _STRICT_LENGTH
                       or getattr(place, "name_ko", "").replace(" ", "") != name.replace(" ", "")):
            continue  # '옥시타니 레지옹' (Occitanie), tagged as two common nouns
        words = [lookup(w) for w in name.split()]
        if any(w is not None and (w.id == place.id or getattr(w, "kind", "") == "country") for w in words):
            continue  # '하노이 시' is found without joining; '중국 광둥 성' starts with a country
        return place, k
    return None


def hyphened_name(tokens, i: int, j: int, text: str, offset: int, lookup):
    """The foreign division or city whose Korean name joins words with hyphens ('탕헤르-테투안-
    알호세이마', '바리아-붕따우'), which Kiwi reads apart, in the word of tokens `i`..`j` and after:
    (place, index of its last token), or None.
    Only a whole name the gazetteer has: a pair of places ('부산-바르셀로나 자매결연') is none."""
    ends: list[int] = []
    k = j
    while len(ends) < _MAX_WORDS - 1 and k + 2 < len(tokens) and tokens[k + 1].form in ("-", "–") \
            and tokens[k + 1].start == tokens[k].end and tokens[k + 2].start == tokens[k + 1].end \
            and _HANGUL.fullmatch(tokens[k + 2].form):
        k += 2
        ends.append(k)
    for k in reversed(ends):
        place = lookup(text[tokens[i].start - offset:tokens[k].end - offset])
        if place is not None and place.country != "KR" and getattr(place, "kind", "") in ("city", "region"):
            return place, k
    return None
