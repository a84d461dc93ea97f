"""Whether a foreign city's short name stands as the city where the sentence names it ('뉴욕에서는',
'신주(대만)', '리마에 있는 대학') or is a common word ('서밋', '한중')."""

from __future__ import annotations

import re
from typing import Any

from partnerships.extract.named_countries import countries_named, hanja_country
from partnerships.extract.place_context import ARTICLE_TEXT
from partnerships.extract.types import has_type_word
from partnerships.extract.venue_words import SITES

# a name spelt in Latin letters in brackets after it ('담맘(Dammam)')
# Korean loanwords for common nouns that are also the Korean names of small towns abroad
# ('글로벌 항공우주 지역 얼라이언스' is no Alliance, Ohio; '서밋' no Summit, New Jersey)
COMMON_LOANWORDS = frozenset({"얼라이언스", "서밋", "미션"})
# 아일랜드 is Ireland and the loanword 'island': after a word that is no particle's end or list
# ('한국과 아일랜드', '영국, 아일랜드'), it names an island ('클린에너지 아일랜드 공동선언문')
_ISLAND_WORDS = frozenset({"아일랜드"})
_MODIFIER_BEFORE = re.compile(r"(?:[A-Za-z0-9]|[가-힣](?<![와과및의에도로는은이가를을]))\s?$")


def common_word(word: str, text: str, at: int, korean: bool = False) -> bool:
    """The word at offset `at` of `text`, a place's name, is a common word there: for a foreign
    place an agreement word ('얼라이언스에는') or 'island' in a name ('카본프리 아일랜드'); for a
    Korean one, an epithet's noun ('흑해의 진주', pearl, not Jinju)."""
    if korean:
        return word in _EPITHETS and _OF_BEFORE.search(text[max(0, at - 12):at]) is not None
    return has_type_word(word) or (word in _ISLAND_WORDS and _MODIFIER_BEFORE.search(text[max(0, at - 20):at])
                                   is not None)


# Korean place names that are also nouns an epithet is made of ('동양의 진주', '흑해의 진주')
_EPITHETS = frozenset({"진주"})
_OF_BEFORE = re.compile(r"[가-힣]의\s?['‘\"“]?$")


# (after the name in its own script, if written first: '칸울구(Хан-Уул дүүрэг, Khan-Uul)')
LATIN_AFTER = re.compile(r"^\s*\((?:[^()A-Za-z]{1,30}[,/;]\s?)?([A-Za-z][A-Za-z .'-]{2,40})\)")
# the country right before a name ('사우디 담맘')
COUNTRY_BEFORE = re.compile(r"([가-힣]{2,})\s$")

# a city's own suffix (주, 성, 현 would make it a division, which the lookup did not find)
_SUFFIX_AFTER = re.compile(r"^\s?(?:시|군|구)(?![가-힣])|^\s?시(?:[는은이가와과의에을를도]|에서|청)")
# where a body is ('리마에 있는 대학', '담맘에 본부를 둔')
_LOCATED_AFTER = re.compile(r"^\s?에\s?(?:있는|위치한|자리한|자리 잡은|소재한|본부를 둔|본사를 둔)\s"
                            # ... or a site in it ('칸쿤의 시립문화센터에서')
                            rf"|^의?\s?(?:[가-힣]{{1,6}}\s)?[가-힣A-Za-z]{{0,12}}{SITES}(?:\s?\([^()]{{1,60}}\))?에서")
# where a delegation was or went ('뉴욕에서는', '로마를 방문해'), or where something is put
# ('뮌헨에 유럽사무소 개소', '뮌헨 시내에 … 사무소를 열었다')
_WHERE_AFTER = re.compile(r"^(?:에서는|에서도|에서|에\s?도착|(?:을|를)\s?방문|(?:으로|로)\s?이동|에(?=\s)"
                          r"|\s(?:시내|도심|중심가)(?:에서는|에서|에|의))")


def _large(gazetteer: Any, place: Any) -> bool:
    """A city of a million people or more, whose short name an article may use alone ('뉴욕')."""
    population = getattr(gazetteer, "population", None)
    return population is not None and population(place.id) >= 1_000_000


# the second of a pair of places joined by a dash ('제주-수바 시범사업')
_PAIRED_BEFORE = re.compile(r"[가-힣]{2,}\s?[-–]\s?$")


def city_stands(word: str, text: str, start: int, end: int, place, gazetteer, lookup, cache: dict) -> bool:
    """The name at text[start:end] stands as the foreign city `place`: by its own context, or
    said where something is ('리마에 있는 …', '칸쿤의 … 센터에서', '리옹 직물장식미술관에서'),
    paired by a dash ('제주-수바 … 사업') or, for a large city, where a delegation was
    ('뉴욕에서는'), in an article naming the country."""
    if _city_in_context(word, text, start, end, place, lookup) or _suffixed_elsewhere(word, place, cache) \
            or (FIRM_OF_PLACE.match(text[end:]) and _told_with_its_country(word, place, gazetteer, cache)):
        return True  # (the last: '리마의 부품 유통업체와', a buyer's city on a trade mission)
    after = text[end:]
    return bool(_LOCATED_AFTER.match(after) or _PAIRED_BEFORE.search(text[:start])
                or (_WHERE_AFTER.match(after) and _large(gazetteer, place))) \
        and place.country in countries_named(gazetteer, cache)


# what may follow a city's suffix ('톈진시와', '톈진시청', '톈진시 빈하이신구'; not '담맘 시내')
_CITY_SUFFIX_END = r"(?:청|장|정부|의회)?(?:[는은이가와과의에을를도]|에서)?(?![가-힣])"


def _suffixed_elsewhere(word: str, place: Any, cache: dict) -> bool:
    """The article writes the same name with the city's suffix elsewhere ('오랜 자매도시인 톈진에'
    beside '톈진시 빈하이신구에서'): the short form is that city too."""
    if word != getattr(place, "name_ko", None):
        return False
    key = f"suffixed:{word}"  # once per name and article: every short name asks
    if key not in cache:
        article = cache.get(ARTICLE_TEXT, "")
        cache[key] = bool(article) and re.search(rf"(?<![가-힣]){re.escape(word)}\s?시{_CITY_SUFFIX_END}",
                                                 article) is not None
    return cache[key]


# a firm, hotel or school of the place before ('방콕의 한 대형 여행사와', '리마의 부품 유통업체와')
FIRM_OF_PLACE = re.compile(r"^의\s(?:한\s)?(?:[가-힣A-Za-z]{1,10}\s){0,2}[가-힣]{0,8}"
                           r"(?:업체|기업|회사|여행사|유통사|수입사|바이어|호텔|병원|대학교|대학)(?:들)?"
                           r"(?:와|과|는|은|이|가)(?![가-힣])"
                           # ... or a university named after it, or a centre of one ('텔아비브대학교 창업센터와')
                           r"|^(?:국립|주립|시립)?(?:대학교|대학|공대)(?:\s[가-힣]{1,10})?(?:와|과)(?![가-힣])")


def _told_with_its_country(word: str, place: Any, gazetteer, cache: dict) -> bool:
    """The article writes the same name right after its country's elsewhere ('페루 리마와' beside
    '리마의 부품 유통업체와'): the short form is that city too."""
    if word != getattr(place, "name_ko", None):
        return False
    key = f"with-country:{word}"
    if key not in cache:
        try:
            country = gazetteer.get(f"country-{place.country.lower()}").name_ko
        except LookupError:
            country = ""
        article = cache.get(ARTICLE_TEXT, "")
        cache[key] = bool(country and article) and re.search(
            rf"(?<![가-힣]){re.escape(country)}\s{re.escape(word)}{_CITY_SUFFIX_END}", article) is not None
    return cache[key]


_COUNTRY_IN_BRACKETS = re.compile(r"^\s?\(([가-힣]{2,8})\)")


def _city_in_context(word: str, text: str, start: int, end: int, place: Any, lookup) -> bool:
    """Whether a foreign city name stands as a place here.  A name of three syllables or more is
    specific enough; a shorter one ('서밋', '한중', '센터') needs context: an administrative
    suffix after it (시, 주, 성 ...), a Latin spelling in brackets, a list of places, its
    country named just before it or in brackets after it, or a party to the agreement the
    sentence reports."""
    if re.fullmatch(r"[가-힣][·ㆍ･][가-힣]", word):
        return False  # '한·중 FTA', '한·일': two countries by their first syllables, not '한중' (Hanzhong)
    name = getattr(place, "name_ko", "") or ""
    short_name = re.fullmatch(r"[가-힣]{1,2}", name) is not None  # '아바이' read as 아바 + 이
    if (len(word) >= 3 and not short_name) or not re.fullmatch(r"[가-힣]+", word):
        return True
    if word.endswith("시") and name and word == name + "시":
        return True  # '우치시': the city suffix is part of the word
    after = text[end:end + 6]
    if _SUFFIX_AFTER.match(after) or LATIN_AFTER.match(after) or re.match(r"^\s?[,·、]", after):
        return True  # a suffix, a Latin spelling, or one of a list of places
    countries = [m.group(1) for m in (COUNTRY_BEFORE.search(text[max(0, start - 12):start]),  # '사우디 담맘'
                                      _COUNTRY_IN_BRACKETS.match(text[end:end + 12])) if m]  # '신주(대만)'
    for country_name in countries:
        country = lookup(country_name)
        if country is not None and country.country == place.country and country.kind == "country":
            return True
    if start >= 2 and hanja_country(text, start - 2, start - 1) == f"country-{place.country.lower()}":
        return True  # '中 청두': the country in one Chinese character
    # a party to the agreement the sentence reports ('담맘시와 ... 업무협약')
    return bool(re.match(r"^\s?(?:와|과)\s", after) and has_type_word(text))


_KOREAN_GOVERNOR = re.compile(r"([가-힣]{2,4}?)(?:도)?지사")  # a province's governor, by its short name
_EMBASSY = re.compile(r"([가-힣]{2,10}?)(?:총)?(?:대사관|영사관)")  # a country's embassy, glued to its name


def glued_office(word: str, lookup):
    """(place, its name) of a word that glues an office to a place's name: a Korean province's
    governor ('제주지사', '경북지사'), a foreign country's embassy or consulate ('인도네시아대사관');
    else None."""
    if (m := _KOREAN_GOVERNOR.fullmatch(word)) and (province := lookup(m.group(1) + "도")) is not None \
            and province.country == "KR" and getattr(province, "kind", "") == "province":
        return province, m.group(1)
    if (m := _EMBASSY.fullmatch(word)) and (country := lookup(m.group(1))) is not None \
            and getattr(country, "kind", "") == "country" and country.country != "KR":
        return country, m.group(1)
    return None
