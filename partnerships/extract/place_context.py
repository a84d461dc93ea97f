"""Foreign places found through what the sentence names around them: a city in the country
named just before it, a division named by its suffix, office or capital, a port, a local
government's public body, and names no one spells in Hangul, matched by sound within the named
country (used by `places.find_places`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from partnerships.extract.korean_parents import areas_named
from partnerships.extract.personal_names import korean_official

if TYPE_CHECKING:
    from partnerships.extract.places import PlaceLike, PlaceMention


def exonym_after_country(word: str, start: int, found: list[PlaceMention], space: str,
                          lookup) -> PlaceLike | None:
    """A one-syllable exonym right after its country ('오스트리아 빈' is Vienna): looked up
    together with the country's name, as data/places.csv lists it; alone it is a plain word."""
    country = found[-1] if found else None
    if country is None or country.kind != "country" or country.end != start - 1 or space != " ":
        return None
    place = lookup(f"{country.text} {word}")
    return place if place is not None and place.country == country.country else None


# how far before a transliterated name its country (or state) may stand: '나미비아의 항구도시 왈비스베이'
_COUNTRY_REACH = 30


def sounding_in_country(word: str, start: int, found: list[PlaceMention], gazetteer,
                         cache: dict, before: str, after: str) -> PlaceLike | None:
    """A foreign name the gazetteer has no Korean spelling for, matched by sound against the
    Latin names of places in the country (or the state's country) the sentence names just
    before it ('브라질 상파울루주 상조세두스캄푸스시' -> São José dos Campos).  The text must
    also call it a place, here or elsewhere in the article: an administrative suffix
    ('왈비스베이시') or a place noun beside it ('항구도시 왈비스베이', '... 시청') -- a company
    ('말레이시아 페트로나스와') can sound like a town too."""
    context = next((p for p in reversed(found) if not p.korean and p.kind in ("country", "region")
                    and 0 <= start - p.end <= _COUNTRY_REACH), None)
    if context is None or korean_official(word, after):
        return None  # ('남유진 시장이': a Korean mayor's name and title, not a town abroad by sound)
    stem = re.sub(r"(?:카운티|제도|시|주|성|현|군|도)$", "", word)
    vouched = f"sounding-place:{stem}"
    if vouched not in cache:
        article = cache.get(ARTICLE_TEXT, "")
        cache[vouched] = (stem != word or bool(_NOUN_BEFORE.search(before))
                          or bool(_SUFFIX_OR_OFFICE.match(after))
                          or any(_NOUN_BEFORE.search(article[max(0, m.start() - 8):m.start()])
                                 or _SUFFIX_OR_OFFICE.match(article[m.end():m.end() + 6])
                                 for m in re.finditer(re.escape(stem), article)))
    if not cache[vouched]:
        return None
    key = f"sounding:{context.country}:{word}"
    if key not in cache:
        # its country right before it and a city suffix on it ('그리스 피레우스시'): a place for
        # sure, so a shorter sound key is enough
        sure = stem != word and 0 <= start - context.end <= 1 and context.kind == "country"
        cache[key] = gazetteer.find_sounding(word, country=context.country, min_key=5 if sure else 6)
    return cache[key]


# a division suffix written on a name Kiwi reads apart ('이란현 정부', '이란현장과')
_GLUED_DIVISION = re.compile(r"^(현|주|성)(?=[^가-힣]|$|(?:정부|청|의회|장|지사|민)|"
                             r"(?:와|과|의|는|은|이|가|에|를|을|도)(?![가-힣]))")


_SUFFIXED = re.compile(r"[가-힣]{2,}(?:주|성|현)")


# a country's national agency, or its head ('태국관광청장', '정부관광국'), after the country's name
NATIONAL_AGENCY = r"(?:정부\s?)?(?:관광청|관광국|투자청|투자진흥청|무역진흥청)(?:장)?"
# a public body named after the local government that set it up (or a country's agency: '사우디관광청')
_PUBLIC_BODY = re.compile(r"([가-힣]{2,6}?)(관광공사|개발공사|도시공사|관광재단|문화재단|테크노파크|"
                          r"마케팅공사|관광마케팅|컨벤션뷰로|비즈니스센터|문화관광재단|관광문화재단|국제교류재단|경제과학진흥원|투자경제진흥원|일자리경제진흥원|"
                          rf"경제자유구역청|경자청|경제청|교육청|에너지공사|교통공사|산업진흥원|경제진흥원|정보산업진흥원|신용보증재단|항만공사|"
                          rf"{NATIONAL_AGENCY})")


# what a public body works on, between its government's short name and its kind ('경기주택도시공사')
_FIELD_WORD = re.compile(r"주택|문화|관광|경제|산업|국제|체육|정보|콘텐츠|디자인|교통|에너지|농수산|해양|환경|복지|"
                         r"여성|청소년|평생교육")


def body_owner(stem: str, gazetteer, lookup, body: str = "") -> PlaceLike | None:
    """The Korean government a public body's name starts with: a first-level government when
    the name is one ('제주' for 제주특별자치도, '경기'), else the city or county; or the foreign
    country or city the name starts with ('사우디관광청', '도쿄관광재단'). A port authority counts only
    as a province's, named for its port city ('경기평택항만공사'; '부산항만공사' is the nation's)."""
    areas = areas_named(stem, gazetteer) if body != "항만공사" else set()
    if len(areas) != 1 and len(stem) >= 4 and (lookup(stem[2:]) is not None or _FIELD_WORD.fullmatch(stem[2:])):
        # '경기평택항만공사': the province's, named for its port city; '경기주택도시공사': ... and its field
        areas = areas_named(stem[:2], gazetteer)
    if body == "항만공사":
        return gazetteer.get(next(iter(areas))) if len(areas) == 1 else None
    if len(areas) == 1:
        return gazetteer.get(next(iter(areas)))
    place = lookup(stem)
    national = re.fullmatch(NATIONAL_AGENCY, body) is not None  # ('싱가포르관광청': the city-state's)
    if place is not None and place.kind in ("country", *(() if national else ("city",))) and place.country != "KR":
        return place  # a foreign country's agency, or a foreign city's body ('도쿄관광재단'), stands for it
    return place if place is not None and place.country == "KR" and place.kind != "country" else None


# a division's office or its head glued to its name ('페르남부쿠주청', '쓰촨성장', '○○주지사')
_DIVISION_OFFICE = re.compile(r"([가-힣]{2,}(?:주|성|현))(?:청사|청|정부|지사|의회|당국|장)"
                              r"|([가-힣]{2,}시)(?:정부|당국)")  # ('가오슝시정부 관광국과')


def port_city(word: str, start: int, found: list[PlaceMention], lookup) -> PlaceLike | None:
    """'<city>항' is the port of that city, when the country named just before is the city's;
    '<city>항만청' (its port authority, a body of the city) names a foreign city of three
    syllables or more without its country ('휴스턴항만청')."""
    m = re.fullmatch(r"([가-힣]{2,8}?)(항|항만청|항만공사|항만국)", word)
    if m is None:
        return None
    country = named_country(start, found)
    authority = m.group(2) != "항" and len(m.group(1)) >= 3
    place = lookup(m.group(1)) if country is not None or authority else None
    if place is None or getattr(place, "kind", "") != "city" or place.country == "KR":
        return None
    return place if country is None or place.country == country.country else None


def named_country(start: int, found: list[PlaceMention]) -> PlaceMention | None:
    """The country the sentence names just before a word ('캐나다 서스캐처원주')."""
    return next((p for p in reversed(found) if not p.korean and p.kind == "country"
                 and 0 <= start - p.end <= _COUNTRY_REACH), None)


def division_named(word: str, start: int, found: list[PlaceMention], gazetteer,
                    cache: dict) -> PlaceLike | None:
    """The division a name with a division suffix stands for: the first-level division of
    the same name as a city so called ('이란현' is Yilan County, seat Yilan; 이란 alone is also
    Iran), in the country named just before it if one is; no answer when several fit."""
    country = named_country(start, found)
    key = f"division-named:{word}:{country.country if country else ''}"
    if key not in cache:
        hits = set()
        for p in getattr(gazetteer, "matches", lambda *a, **k: [])(word, fuzzy=False):
            if p.country == "KR" or p.kind != "city" or (country and p.country != country.country):
                continue
            division_id = f"adm1-{p.country.lower()}-{_slug(p.name_en)}"
            if division_id in gazetteer:
                hits.add(division_id)
        cache[key] = gazetteer.get(hits.pop()) if len(hits) == 1 else None
    return cache[key]


def division_told_elsewhere(place: PlaceLike, word: str, around: tuple[str, str], gazetteer, lookup,
                            cache: dict) -> PlaceLike:
    """A foreign city's bare name paired with a Korean province's ('강원-돗토리'), where the article
    writes the division of that name with its suffix ('돗토리현') and never the city with its own
    ('돗토리시'): the division, the province's peer."""
    text = cache.get(ARTICLE_TEXT, "")
    if getattr(place, "kind", "") != "city" or not text or not re.fullmatch(r"[가-힣]{2,8}", word):
        return place
    pair = _PAIRED_BEFORE.search(around[0]) or _PAIRED_AFTER.match(around[1])
    if pair is None or not any(a.endswith("-do") for a in areas_named(pair.group(1), gazetteer)) \
            or re.search(rf"{word}\s?시(?:청|장|의회|와|과|는|은|이|가|의|에|를|을|\s|$)", text):
        return place
    for suffix in sorted(set(re.findall(rf"{word}(현|주|성)(?![가-힣]{{2}})", text))):
        division = lookup(word + suffix)
        if division is not None and division.country == place.country and getattr(division, "kind", "") == "region":
            return division
    return place


_PAIRED_BEFORE = re.compile(r"([가-힣]{2,4})\s?[-–—·/]\s?$")
_PAIRED_AFTER = re.compile(r"^\s?[-–—·/]\s?([가-힣]{2,4})")


def division_by_consonants(stem: str, start: int, found: list[PlaceMention], gazetteer,
                            cache: dict, *, proper: bool, named: set[str]) -> PlaceLike | None:
    """A division no one spells in Hangul, by the consonants of its Latin name (see
    `Gazetteer.find_division_by_consonants`): in the country named just before it, or, for a
    proper noun of four consonants or more, in a country the article names (`named`; not
    '복분자주', a berry wine, for Bogovinje in North Macedonia)."""
    if not hasattr(gazetteer, "find_division_by_consonants"):
        return None
    country = named_country(start, found)
    if country is None and not proper:
        return None
    key = f"division-consonants:{stem}:{country.country if country else ''}"
    if key not in cache:
        cache[key] = gazetteer.find_division_by_consonants(
            stem, country=country.country if country else None)
    found_here = cache[key]
    return found_here if country is not None or found_here is None or found_here.country in named else None


# what says a name right after its country is a place: '에 있는', '에 위치한', a city suffix
_LOCATED_AFTER = re.compile(r"^(?:시)?\s?에\s?(?:있는|위치한|자리한|자리잡은|소재한|본부를|본사를)")


def city_by_consonants(word: str, start: int, found: list[PlaceMention], gazetteer, cache: dict,
                        after: str) -> PlaceLike | None:
    """A city no one spells in Hangul, written right after its country and called a place
    ('벨기에 루벤에 있는 연구소'), by the consonants of its Latin name
    (`Gazetteer.find_city_by_consonants`)."""
    country = named_country(start, found)
    if country is None or country.kind != "country" or start - country.end > 1 \
            or not hasattr(gazetteer, "find_city_by_consonants") \
            or not (_LOCATED_AFTER.match(after) or word.endswith("시")):
        return None
    stem = re.sub(r"시$", "", word) if len(word) >= 3 else word
    key = f"city-consonants:{country.country}:{stem}"
    if key not in cache:
        cache[key] = gazetteer.find_city_by_consonants(stem, country=country.country)
    return cache[key]


# an emirate's own government ('푸자이라 정부', '아부다비 토후국'): in the UAE the government of a
# city's name is the emirate's (a first-level division of the same name)
_EMIRATE_AFTER = re.compile(r"^\s?(?:토후국|에미리트|(?:\([^()]{1,20}\)\s?)?"
                            r"(?:정부(?!\s?산하)(?!\s[가-힣·]{1,12}(?:부|국|청)(?![가-힣]))|왕세자|통치자|국왕|왕실))")
# (not a body under it: '정부 산하', '두바이 정부 경제관광부와': a department is placed at the city)
# ... or told as one of the emirates right before ('7개 토후국 가운데 하나인 푸자이라')
_EMIRATE_BEFORE = re.compile(r"토후국(?:\s?(?:가운데|중))?\s?(?:하나인|의|인)\s$")


def emirate(p: PlaceMention, text: str, offset: int, gazetteer) -> PlaceMention:
    """The emirate for a UAE city named with its government; `p` itself otherwise."""
    if p.country != "AE" or p.kind != "city" or not (_EMIRATE_AFTER.match(text[p.end - offset:])
                                                      or _EMIRATE_BEFORE.search(text[:p.start - offset])):
        return p
    place = gazetteer.get(p.id)
    division = f"adm1-ae-{_slug(getattr(place, 'name_en', ''))}"
    return replace(p, id=division, kind="region") if division in gazetteer else p


def _slug(name: str) -> str:
    from geo.names import slugify

    return slugify(name)


# a foreign name once resolved in the article (its country named before it, a sound match)
# stands for the same place wherever else the article writes it alone ('호주 골드코스트시와 ...
# 골드코스트시 대표단과'): the key prefix in the lookup cache
_PLACED = "placed:"
# the key under which a caller may leave the whole article's text in the lookup cache, so that
# a name called a place anywhere in it counts everywhere (the headline comes first)
ARTICLE_TEXT = "article:text"
# a place noun right before ('항구도시 왈비스베이'), or a suffix or office right after ('... 시청')
_NOUN_BEFORE = re.compile(r"(?:도시|수도|주도|항구|항만)\s$")
_SUFFIX_OR_OFFICE = re.compile(r"^\s?(?:시청|시장|시의회|주정부|시정부|(?:시|주|카운티|제도)"
                               r"(?:청|의회|정부|[와과의는은이가에를을,\s]))")


def suffix_next(tokens, i: int) -> bool:
    """A common noun of two syllables or more with a division suffix glued after it, as its own
    morpheme ('퀸즐랜드' + '주'): Kiwi's reading of a division name it does not know; or with
    the division's office word a space after it ('세부 주지사')."""
    t = tokens[i]
    if len(t.form) < 2 or i + 1 >= len(tokens):
        return False
    n = tokens[i + 1]
    return (n.start == t.end and n.form in ("주", "성", "현") and n.tag in ("NNG", "XSN", "NNB")
            # ... or the division's governor or government a space after it ('세부 주지사와')
            or n.start == t.end + 1 and n.form == "주" and i + 2 < len(tokens)
            and tokens[i + 2].start == n.end and tokens[i + 2].form in ("지사", "정부", "의회", "총리"))


def placed_elsewhere(word: str, lookup, cache: dict, before: str, after: str) -> PlaceLike | None:
    """A name the article placed before (with its country), or a bare name paired with another
    by a dash ('대구-미시간 협약') that the article writes elsewhere with a foreign division's
    suffix ('미시간주 경제개발공사'): that division."""
    if (place := cache.get(_PLACED + word)) is not None:
        return place
    text = cache.get(ARTICLE_TEXT, "")
    if len(word) < 2 or not re.fullmatch(r"[가-힣]+", word) or word not in text \
            or not (re.search(r"[가-힣][-–]$", before) or re.match(r"^[-–][가-힣]", after)):
        return None
    for suffix in ("주", "성", "현"):
        glued = "(?:정부|청|지사|의회|와|과|의|는|은|이|가|에|를|을|도)?"
        if re.search(rf"(?<![가-힣]){word}{suffix}{glued}(?![가-힣])", text):
            place = lookup(word + suffix)
            if place is not None and place.country != "KR" and getattr(place, "kind", "") == "region":
                return place
    return None
