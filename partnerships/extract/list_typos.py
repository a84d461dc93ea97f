"""A misspelt country in a list of countries ('말레이시아, 시악포르, 터키'): one letter dropped, added,
changed or two swapped in the Hangul letters (jamo) of a country's name, where the items on both
sides of it are countries the reader found.  Outside such a list a near spelling is no evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

_ITEM = re.compile(r"[^,，、·ㆍ]+")
_WORD = re.compile(r"^\s*([가-힣]{3,7}?)(?:\s?등)?\s*$")


_FIRST = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWEL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINAL = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")


def jamo(word: str) -> str:
    """The Hangul letters of a word, a consonant written the same first or final ('싱가' and
    '시악' both ㅅㅣㅇ..)."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_FIRST[code // 588] + _VOWEL[(code % 588) // 28] + _FINAL[code % 28])
        else:
            out.append(ch)
    return "".join(out)


def near(a: str, b: str) -> bool:
    """At most one letter dropped, added, changed, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    prev, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(row[j] + 1, cur[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if prev is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev[j - 2] + 1)
        prev, row = row, cur
    return row[-1] <= 1


@lru_cache(maxsize=2)
def _spelled(country_names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """(name, its letters, ISO2) for the country names of three syllables or more."""
    return tuple((name, jamo(name), code) for name, code in country_names if len(name) >= 3)


def misspelt_countries(text: str, offset: int, found: Iterable[Any],
                       country_names: tuple[tuple[str, str], ...],
                       country: Callable[[str], Any]) -> list[tuple[Any, int, int, str]]:
    """(place, start, end, word) for each list item between two found countries that is a near
    spelling of exactly one country's name of three syllables or more; `country` gives the
    country's place for its ISO2 code (or None)."""
    countries = [(p.start - offset, p.end - offset) for p in found if p.kind == "country"]
    taken = [(p.start - offset, p.end - offset) for p in found]
    items = list(_ITEM.finditer(text))
    out = []
    for k in range(1, len(items) - 1):
        m = _WORD.match(items[k].group(0))
        start = items[k].start() + (m.start(1) if m else 0)
        if m is None or any(a < start + len(m.group(1)) and start < b for a, b in taken):
            continue
        if not all(any(items[n].start() <= a < items[n].end() for a, _ in countries)
                   for n in (k - 1, k + 1)):
            continue
        word = jamo(m.group(1))
        hits = {code for name, letters, code in _spelled(country_names)
                if abs(len(letters) - len(word)) <= 1 and len(set(letters) ^ set(word)) <= 2
                and name != m.group(1) and near(word, letters)}
        if len(hits) == 1:
            place = country(next(iter(hits)))
            if place is not None:
                out.append((place, offset + start, offset + start + len(m.group(1)), m.group(1)))
    return out
