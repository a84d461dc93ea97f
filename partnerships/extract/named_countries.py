"""The countries an article names, and the city a name means given them ('캐나다 ...
핼리팩스' is Halifax, Nova Scotia)."""

from __future__ import annotations

import re
from typing import Any

from partnerships.extract.place_context import named_country

# the key under which the caller leaves the article's text in the lookup cache (place_context.ARTICLE_TEXT)
_ARTICLE_TEXT = "article:text"


def namesakes(gazetteer: Any, name: str, countries: set[str] | frozenset[str],
              kinds: tuple[str, ...] = ("city",)) -> list:
    """The foreign places of exactly that name in the given countries, of the given kinds."""
    return [p for p in gazetteer.matches(name, fuzzy=False)
            if p.country in countries and p.country != "KR" and getattr(p, "kind", "") in kinds]


def in_named_country(place: Any, word: str, gazetteer: Any, cache: dict) -> Any:
    """A foreign city whose country the article never names, while it names another country
    with a city or region of the same name ('캐나다 ... 핼리팩스' is Halifax, Nova Scotia, not the
    English town the gazetteer spells in Hangul; '뉴질랜드 ... 캔터베리' the region): that one
    instead, when exactly one named country has one.  When none has, a small city is dropped
    (None) and a large one kept."""
    named = countries_named(gazetteer, cache)
    if not named or place.country in named:
        return place
    key = f"named-country:{word}"
    if key not in cache:
        found = {p.id: p for p in namesakes(gazetteer, getattr(place, "name_en", ""), named, _CITY_OR_REGION)}
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


# a country written as one Chinese character in a headline ('日 벳푸와', '中 청두', '美 텍사스')
_HANJA_COUNTRIES = {"日": "jp", "中": "cn", "美": "us", "英": "gb", "獨": "de", "佛": "fr", "露": "ru",
                    "濠": "au", "加": "ca", "伊": "it", "越": "vn", "泰": "th", "印": "in", "比": "ph"}


def hanja_country(text: str, start: int, end: int) -> str | None:
    """The country id a lone Chinese character stands for, between a start, space or punctuation
    and a space before Hangul ('…日 벳푸와'); else None."""
    code = _HANJA_COUNTRIES.get(text[start:end])
    if code is None or (start and not re.match(r"[\s…·,\]\[(\"'‘’“”]", text[start - 1])) \
            or not re.match(r"\s[가-힣]", text[end:end + 2]):
        return None
    return f"country-{code}"


def of_country_before(place: Any, word: str, start: int, found: list, gazetteer):
    """The city of that name in the country named right before it ('스페인 발렌시아': Valencia,
    Spain, not the larger Valencia the name finds first); None when no country comes before."""
    country = named_country(start, found)
    if country is None or country.country == place.country:
        return None
    # (or the place of its English name there: '뉴질랜드 캔터베리' is the region, not the English city)
    return next(iter(namesakes(gazetteer, word, {country.country})
                     or namesakes(gazetteer, getattr(place, "name_en", ""), {country.country}, _CITY_OR_REGION)), None)


_CITY_OR_REGION = ("city", "region")


_COUNTRY_IN_BRACKETS = re.compile(r"^\s?\(\s?([가-힣]{2,12})\s?\)")


def of_country_after(place: Any, word: str, after: str, lookup, gazetteer):
    """The city of that name in the country written in brackets after it ('발렌시아(스페인)');
    None when no other country is written there."""
    m = _COUNTRY_IN_BRACKETS.match(after)
    country = lookup(m.group(1)) if m else None
    if country is None or getattr(country, "kind", "") != "country" or country.country == place.country:
        return None
    return next(iter(namesakes(gazetteer, word, {country.country})), None)


def city_of_named_country(place: Any, start: int, found: list) -> bool:
    """A foreign city named right after its country ('일본 벳푸와'), however the tagger read it."""
    country = named_country(start, found)
    return country is not None and place.country == country.country and getattr(place, "kind", "") == "city"


_DIVISION_REACH = 12  # characters from a division's name to its city's ('장시성 푸저우시', '온타리오주 런던')


def of_division_before(place: Any, word: str, start: int, found: list, gazetteer) -> Any:
    """The city of that name nearest to the division named right before it ('장시성 푸저우시' is
    Fuzhou, Jiangxi, not the larger Fuzhou of Fujian; '온타리오주 런던시' is London, Ontario); the
    place as found when no division comes before or no namesake lies nearer to it."""
    division = next((p for p in reversed(found) if not p.korean and p.kind == "region"
                     and 0 <= start - p.end <= _DIVISION_REACH), None)
    if division is None:
        return place
    options = [p for p in namesakes(gazetteer, word, {division.country}) if p.id != place.id]
    if not options:
        return place
    nearest = min(options, key=lambda p: gazetteer.distance_km(p.id, division.id))
    here = gazetteer.distance_km(place.id, division.id)
    return nearest if place.country != division.country or gazetteer.distance_km(nearest.id, division.id) * 1.5 < here \
        else place


def namesake_told_before(place: Any, told: Any, start: int, found: list, after: str, cache: dict) -> Any:
    """The namesake a city's name was qualified to earlier in the article ('온타리오주 런던시'
    first, then '런던시에 본사를 둔': London, Ontario both times).  A name qualified here (by a
    country or division before it, a country in brackets after it) is remembered, not replaced."""
    key = f"namesake-of:{place.id}"
    qualified = told.id != place.id or named_country(start, found) is not None \
        or _COUNTRY_IN_BRACKETS.match(after) is not None or any(
            not p.korean and p.kind == "region" and 0 <= start - p.end <= _DIVISION_REACH for p in found)
    if qualified:
        cache.setdefault(key, told)
        return told
    return cache.get(key, told)
