"""Korean places told with their parent government ('서울 금천구', '경기 광주시'): the place
named is the child, the parent only qualifies it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from partnerships.korea_areas import AREAS, area_table

if TYPE_CHECKING:
    from partnerships.extract.places import PlaceMention

# the parent's bare name right before the place ('서울 금천구'); with a particle ('경상남도는
# 창원시 기업들과') it is a party of its own
_PARENT_BEFORE = re.compile(r"([가-힣]{2,})(?<![는은이가을를와과의에로])\s$")


def qualified_korean(found: list[PlaceMention], text: str, offset: int, gazetteer,
                     cache: dict) -> list[PlaceMention]:
    """A Korean city or district named right after its metropolitan city or province is that
    place, and the parent only qualifies it: '서울 금천구' is Geumcheon-gu alone, '경기
    광주시' is Gwangju in Gyeonggi (not the metropolitan Gwangju), '충남 당진시' is Dangjin.
    A name so told apart keeps that meaning for the rest of the article (`cache`)."""
    table = area_table()
    out = list(found)
    for child in found:
        if not child.korean:
            continue
        m = _PARENT_BEFORE.search(text[max(0, child.start - offset - 10):child.start - offset])
        if not m:
            continue
        parent_at = child.start - len(m.group(1)) - 1
        parents = areas_named(m.group(1), gazetteer)
        if not parents:
            continue
        place = child
        if table.get(child.id) not in parents:
            # (the county may be listed under its qualified name only: '경남 고성군')
            other = next((p for word in (child.text, f"{m.group(1)} {child.text}")
                          for p in _all_matches(gazetteer, word) if p.country == "KR" and table.get(p.id) in parents),
                         None)
            if other is None:
                continue
            place = replace(child, id=other.id, kind=other.kind)
            out[out.index(child)] = place
            cache[child.text] = other
        out = [p for p in out if not (p.start == parent_at and p.id in parents)]
    return [_district_after(p, text, offset, gazetteer, table, cache) for p in out]


# a district or county written after its metropolitan city ('울산 동구가', '부산광역시 사하구와')
_DISTRICT_AFTER = re.compile(r"^\s?([가-힣]{1,4}(?:구|군))(?=[^가-힣]|$|(?:청|민|의회|수|청장)?"
                             r"(?:은|는|이|가|와|과|의|에|을|를|도|에서|와의|과의)?(?![가-힣]))")


def _district_after(p: PlaceMention, text: str, offset: int, gazetteer, table: dict[str, str],
                    cache: dict) -> PlaceMention:
    """'울산 동구' is Dong-gu of Ulsan, not Ulsan: a metropolitan city followed by one of its
    own districts or counties names that district (a name such as 동구 or 중구 many cities
    share, which alone names none).  The district keeps that meaning for the rest of the
    article (`cache`)."""
    if p.id not in AREAS or p.kind == "province":
        return p
    m = _DISTRICT_AFTER.match(text[p.end - offset:p.end - offset + 12])
    if not m:
        return p
    word = m.group(1)
    key = f"district-of:{p.id}:{word}"
    if key not in cache:
        cache[key] = next((d for d in _all_matches(gazetteer, f"{p.text} {word}")
                           if d.country == "KR" and table.get(d.id) == p.id and d.id != p.id), None)
    district = cache[key]
    if district is None:
        return p
    cache.setdefault(word, district)
    end = p.end + m.end(1)
    return replace(p, id=district.id, kind=district.kind, end=end,
                   text=text[p.start - offset:end - offset])


# the metropolitan cities with districts, by the short name an article uses
_METROPOLITAN = {"kr-seoul": "서울", "kr-busan": "부산", "kr-daegu": "대구", "kr-incheon": "인천",
                 "kr-gwangju": "광주", "kr-daejeon": "대전", "kr-ulsan": "울산"}
_DISTRICT_WORD = re.compile(r"[가-힣]{1,3}(?:구|군)")


def shared_district(word: str, article: str, gazetteer, cache: dict):
    """A district name several metropolitan cities share ('강서구': Seoul's and Busan's), as the
    one whose city the article names somewhere ('서울식물원'), when it names only one of them."""
    if not _DISTRICT_WORD.fullmatch(word):
        return None
    key = f"shared-district:{word}"
    if key not in cache:
        hits = [(name, d) for metro, name in _METROPOLITAN.items()
                for d in _all_matches(gazetteer, f"{name} {word}")[:1] if d.country == "KR" and d.id != metro]
        named = [d for name, d in hits if name in article]
        cache[key] = named[0] if len(hits) >= 2 and len(named) == 1 else None
    return cache[key]


def areas_named(word: str, gazetteer) -> set[str]:
    """The first-level governments a word may name ('서울', '충남', '경기' for 경기도)."""
    ids = {p.id for p in _all_matches(gazetteer, word) if p.id in AREAS}
    if not ids and not word.endswith("도"):
        ids = {p.id for p in _all_matches(gazetteer, word + "도") if p.id in AREAS}
    return ids


def _all_matches(gazetteer, word: str) -> list:
    if hasattr(gazetteer, "matches"):
        return gazetteer.matches(word, fuzzy=False)
    place = gazetteer.find(word)  # a gazetteer with one answer per name
    return [place] if place is not None else []


def province_by_office(place: object, word_on: str, lookup) -> object:
    """'제주도지사' (Kiwi: 제주 + 도지사): a city's name before a province's office or governor
    names the province of that name, when there is one; so does the bare name ('제주-태즈메이니아')."""
    if (m := _PROVINCE_OFFICE.match(word_on)) and (whole := lookup(m.group(1) + "도")) is not None \
            and getattr(whole, "kind", "") == "province":
        return whole
    if (m := _BARE_NAME.match(word_on)) and (whole := lookup(m.group(1) + "도")) is not None \
            and getattr(whole, "kind", "") == "province" and whole.country == "KR":
        return whole  # '제주-태즈메이니아', '제주와': the bare name of a province's namesake city
    return place


_PROVINCE_OFFICE = re.compile(r"^([가-힣]{2,4}?)\s?도(?:지사|청|의회|정|민)")
# a city's name with no 시 after it, where a province of that name exists: the province (the
# city writes its 시: '제주시')
_BARE_NAME = re.compile(r"^([가-힣]{2,4}?)(?=[^가-힣]|(?:은|는|이|가|와|과|의|에|도|를|을)(?:[^가-힣]|$)|$)")


def bare_district(place, word: str, after: str, before: str) -> bool:
    """A Korean district named by its bare name ('성산' of 창원 성산구, as in '성산일출봉'), with
    neither its 구 nor its city just before: no district."""
    if place.country != "KR" or place.kind != "district" or word.endswith("구") or after.startswith("구"):
        return False
    city = place.name_ko.split()[0]
    return city != word and city not in before[-12:]
