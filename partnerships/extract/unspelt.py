"""Foreign divisions no one spells in Hangul (most of data/divisions.csv: Ontario, Bayern,
Valparaíso), found by the sound of their Latin names, but only where the text calls the word
a division: its suffix on it or right after it ('온타리오주', '바이에른 주정부', '발파라이소
지역').  The bare name is not enough: thousands of division names would read ordinary words
and people as places."""

from __future__ import annotations

import re

from partnerships.extract.named_countries import countries_named

# the suffix written on the name; 도 only in a longer word (a bare '~도' is the particle)
_ON_WORD = re.compile(r"^(.{2,}?)(?:카운티|아이막|지역|지방|주|성|현|州)$|^(.{3,}?)도$")
# or written right after it (with an office word, a particle), then the word ends
_PARTICLE = r"(?:와|과|의|는|은|이|가|에|에서|를|을|도)?(?=[\s,.·)]|$)"
_AFTER = re.compile(rf"^\s?(?:카운티|아이막|지역|지방|주|성|현|州)(?:정부|청|의회|지사)?{_PARTICLE}"
                    rf"|^\s?도(?:정부|청|의회){_PARTICLE}|^도지사{_PARTICLE}")  # '박완수 도지사': a name, a title


def division_stem(word: str, after: str) -> str | None:
    """The name part of `word` when the text calls it a division, else None."""
    if m := _ON_WORD.match(word):
        return m.group(1) or m.group(2)
    if _AFTER.match(after):
        return word
    return None


def find_unspelt_division(word: str, after: str, gazetteer, cache: dict):
    """A foreign division matched by sound (see the module text); None if the text does not
    call `word` a division or no single division sounds like it."""
    stem = division_stem(word, after)
    if stem is None or not hasattr(gazetteer, "find_loanword"):
        return None
    if stem in _COMPASS:
        return _compass_division(stem, gazetteer, cache)
    key = f"unspelt-division:{stem}"
    if key not in cache:
        guess = gazetteer.find_loanword(stem, division=True)
        named = countries_named(gazetteer, cache) - {"KR"}
        # a guess in a country the article never names, where it names others, is no place
        # ('아르헨티나 … 페레스 주지사와': the governor's name, not Veles in North Macedonia)
        cache[key] = None if guess is not None and named and guess.country not in named else guess
    return cache[key]


# divisions named by their direction ('사우디 동부주': Eastern Province), which many countries have
_COMPASS = {"동부": "Eastern", "서부": "Western", "남부": "Southern", "북부": "Northern", "중부": "Central",
            "북동부": "North Eastern", "북서부": "North Western", "남동부": "South Eastern",
            "남서부": "South Western"}


def _compass_division(stem: str, gazetteer, cache: dict):
    """The division of that direction in the one country the article names that has one."""
    key = f"compass-division:{stem}"
    if key not in cache:
        named = countries_named(gazetteer, cache) - {"KR"}
        english = _COMPASS[stem]
        found = {p.id: p for name in (english, f"{english} Province", f"{english} Region")
                 for p in gazetteer.matches(name, fuzzy=False)
                 if getattr(p, "kind", "") == "region" and p.country in named}
        cache[key] = next(iter(found.values())) if len(found) == 1 else None
    return cache[key]
