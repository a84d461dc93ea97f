"""The countries an article names, and the city a name means given them ('캐나다 ...
핼리팩스' is Halifax, Nova Scotia)."""

from __future__ import annotations

import re
from typing import Any

# the key under which the caller leaves the article's text in the lookup cache (place_context.ARTICLE_TEXT)
_ARTICLE_TEXT = "article:text"


def namesakes(gazetteer: Any, name: str, countries: set[str] | frozenset[str],
              kinds: tuple[str, ...] = ("city",)) -> list:
    """The foreign places of exactly that name in the given countries, of the given kinds."""
    return [p for p in gazetteer.matches(name, fuzzy=False)
            if p.country in countries and p.country != "KR" and getattr(p, "kind", "") in kinds]


def in_named_country(place: Any, word: str, gazetteer: Any, cache: dict) -> Any:
    """A foreign city whose country the article never names, while it names another country
    with a city of the same name ('캐나다 ... 핼리팩스' is Halifax, Nova Scotia, not the English
    town the gazetteer spells in Hangul): that city instead, when exactly one named country has
    one.  When none has, a small city is dropped (None) and a large one kept."""
    named = countries_named(gazetteer, cache)
    if not named or place.country in named:
        return place
    key = f"named-country:{word}"
    if key not in cache:
        found = {p.id: p for p in namesakes(gazetteer, getattr(place, "name_en", ""), named)}
        if not found:
            # a Hangul name English spells two ways ('조지타운': Georgetown, Guyana; George Town,
            # Malaysia): the city of that Hangul name in a named country
            found = {p.id: p for p in namesakes(gazetteer, word, named)}
        if not found and hasattr(gazetteer, "find_loanword"):
            # a name read by its sound ('다르한'): the city of that sound in a named country
            for code in sorted(named - {"KR"}):
                other = gazetteer.find_loanword(re.sub(r"시$", "", word), country=code,
                                                min_population=15_000)
                if other is not None and getattr(other, "kind", "") == "city":
                    found[other.id] = other
        small = hasattr(gazetteer, "population") and gazetteer.population(place.id) < _WELL_KNOWN
        cache[key] = next(iter(found.values())) if len(found) == 1 else (
            None if not found and small and named - {"KR"} else place)
    return cache[key]


# a city this large is named without its country (뉴욕, 두바이); a smaller one in a country the
# article never names, beside countries it does name, is a namesake ('벵게트주 주도 라 트리니다드':
# not Trinidad, Bolivia)
_WELL_KNOWN = 500_000


def sounding_in_named_country(word: str, gazetteer: Any, cache: dict) -> Any:
    """A city named with its suffix ('파르마시와') that the gazetteer does not spell and whose sound
    is shared across countries (Parma, Palma): the city of that sound in the one country the
    article names that has one, else None."""
    named = countries_named(gazetteer, cache) - {"KR"}
    key = f"named-country-sound:{word}"
    if key not in cache:
        found = {}
        for code in sorted(named) if hasattr(gazetteer, "find_loanword") else ():
            other = gazetteer.find_loanword(re.sub(r"시$", "", word), country=code, min_population=15_000)
            if other is not None and getattr(other, "kind", "") == "city":
                found[other.id] = other
        cache[key] = next(iter(found.values())) if len(found) == 1 else None
    return cache[key]


def countries_named(gazetteer, cache: dict) -> set[str]:
    """ISO2 codes of the countries the article names (by their Korean names)."""
    if "article:countries" not in cache:
        names = dict(getattr(gazetteer, "country_names_ko", ()))
        pattern = _COUNTRY_PATTERNS.get(id(gazetteer))
        if pattern is None and names:
            # a whole word ('인도' not in '인도네시아', '가나' not in '가나다')
            pattern = re.compile("(?<![가-힣])(" + "|".join(map(re.escape, names)) + r")(?=[\s,.·)]|"
                                 r"(?:와|과|의|에|은|는|이|가|로|을|를|서|도)(?![가-힣])|$)")
            _COUNTRY_PATTERNS[id(gazetteer)] = pattern
        text = cache.get(_ARTICLE_TEXT, "")
        cache["article:countries"] = {names[m.group(1)] for m in pattern.finditer(text)} if pattern else set()
    return cache["article:countries"]


_COUNTRY_PATTERNS: dict[int, re.Pattern] = {}
