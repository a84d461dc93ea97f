"""A place named right after the foreign city or division it lies in ('타슈켄트시 야카사라이구와',
'산둥성 룽청(榮成)시와', '마조프셰주 그루예츠군청에서'), also with '의' or as its capital ('타슈켄트의
야카사라이구와', '퀘벡주의 주도인 퀘벡시와'): the second name is the party, the first only says
where it is. Also a city named with its suffix right after its country ('일본 나라시'), and the
places that only say where another place or an office is.

Kiwi often splits or misses such names (a district it does not know is a common noun to it), so
they are read from the text: a word of two syllables or more with a division suffix (구, 군, 시,
현, 주, 성) after its parent, then a particle or an office word.  A name the gazetteer knows becomes
that place; a name it does not know becomes an *unplaced* mention (id `unplaced:<name>`), so the
record is not silently given the parent: the pipeline leaves it to a reviewer.  An unknown
name that is only where something happened ('…에서'), and not named again as a party, leaves
the parent as it was."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from partnerships.extract.venue_words import BUILDINGS

UNPLACED = "unplaced:"

# the name (or a district's number: '호찌민시 5군(Quận 5)'), its Chinese characters in brackets if any,
# its suffix, then what follows a name
_AFTER_PARENT = re.compile(
    r"^(?:시|주|성|현)?(?:의(?:\s(?:주도|성도|수도|도청\s?소재지|중심\s?도시)인)?)?\s([가-힣]{2,8}?|\d{1,2}(?=[구군]))(?:\s?\(([^()]{1,12})\))?(구|군|시|현|주|성|\s?카운티)"
    r"(\s?\([^()]{1,30}\))?(?=(?:청사|청|측|정부|당국)?(?:와|과|의|에서|에|은|는|이|가|을|를|도|와의|과의)?(?:[\s,.·]|$))")
# common words that end like a division ('자매도시', '국제기구', '경제특구', '가능성', '자치주', '특별주')
_COMMON_END = re.compile(r"(?:도시|기구|지구|특구|연구|항구|요구|해군|공군|육군|당시|동시|역시|"
                         r"가능성|중요성|필요성|방향성|정체성|다양성|실현|표현|매주|"
                         r"^자치(?:주|구|현|시)|^특별(?:자치)?(?:주|구|시)|^수도특별(?:주|구))$")
# where it happened: '…구에서', '…구청에서', or a building in it ('량장신구 국제전시센터에서')
_VENUE = re.compile(rf"^(?:청사|청)?에서|^\s[가-힣A-Za-z]{{0,10}}{BUILDINGS}에서")


def sub_places(found: list, text: str, offset: int, lookup, sounding=None) -> list:
    """`found` with each foreign parent that is followed by the name of a place in it replaced
    by that place (known, by name or, through `sounding(word, country)`, by how its Latin name
    is written in Hangul) or by an unplaced mention (unknown)."""
    from partnerships.extract.places import PlaceMention

    found = sorted(found + _cities_after_countries(found, text, offset, lookup, PlaceMention), key=lambda q: q.start)
    out = list(found)
    for p in found:
        if p.korean or p.kind not in ("city", "region") or p.id.startswith(UNPLACED):
            continue
        m = _AFTER_PARENT.match(text[p.end - offset:])
        if not m:
            continue
        stem, suffix = m.group(1), m.group(3)
        word = stem + suffix
        start = p.end + m.start(1)
        end = p.end + m.end(3)
        if _COMMON_END.search(word):
            continue
        if any(q is not p and q.start < end and start < q.end for q in found):
            if any(q.start == start and q.country == p.country and q.id != p.id
                   and q.kind in ("district", "city", "county") for q in found):
                out = [q for q in out if q is not p]  # '베이징시 펑타이구': the city only locates
            continue
        place = None
        # (or its name in brackets: '장쑤성 소주시(蘇州市)', the Sino-Korean reading beside the characters)
        for name in (word, stem, *(b.strip(" ()") for b in (m.group(2), m.group(4)) if b)):
            hit = lookup(name)
            if hit is not None and hit.country == p.country and hit.id != p.id \
                    and getattr(hit, "kind", "") in ("city", "district", "county", "region"):
                place = hit
                break
        if place is None and sounding is not None and suffix == "시":
            hit = sounding(word, p.country)  # '장쑤성 창수(常熟)시': Changshu
            if hit is not None and hit.id != p.id and getattr(hit, "kind", "") in ("city", "district"):
                place = hit
        if place is None and len(m.group(4) or "") > 14:
            continue  # '…구(Yunusobod District)와': a district the gazetteer lacks, named at length; the parent stays
        if place is None and stem.isdigit():
            continue  # '호찌민시 1군에': a numbered district the gazetteer lacks only locates; the city stays
        venue = bool(_VENUE.match(text[end - offset:]))
        if place is None and venue and text.count(stem) < 2:
            continue  # only where it happened ('…주 폰홍군에서 착수식을'): the parent stays the party
        if place is not None:
            sub = PlaceMention(place.id, place.country, place.kind, start, end, word, venue)
        else:
            sub = PlaceMention(UNPLACED + word, p.country, "city", start, end, word, venue)
        out = [sub if q is p else q for q in out]
        out.sort(key=lambda q: q.start)
    return [replace(q) for q in _without_quarters(_without_parents(out, text, offset), text, offset, lookup)]


def _without_parents(found: list, text: str, offset: int) -> list:
    """`found` without a foreign division named right before a city of its country, with only its
    characters in brackets between ('돗토리현(鳥取縣) 米子市와'): the division only locates it."""
    drop = set()
    for k, a in enumerate(found):
        later = [q for q in found[k + 1:] if q.id != a.id or q.start > a.end + 2]  # past its own characters
        b = later[0] if later else None
        if b is not None and not a.korean and not b.korean and a.kind == "region" and b.kind == "city" \
                and a.country == b.country and _ONLY_BRACKETS.fullmatch(text[a.end - offset:b.start - offset]):
            drop.update(id(q) for q in found if q.id == a.id and a.start <= q.start < b.start)
    return [q for q in found if id(q) not in drop]


_ONLY_BRACKETS = re.compile(r"\s?\([^()]{1,12}\)\s")


_QUARTER_KM = 12  # a 'city' this close to the city named right before it is one of its quarters


def _without_quarters(found: list, text: str, offset: int, lookup) -> list:
    """`found` without a foreign 'city' named right after another of its country that it lies
    inside ('로스앤젤레스 코리아타운': a quarter of Los Angeles, which GeoNames lists as a place)."""
    drop = set()
    for a, b in zip(found, found[1:], strict=False):
        if a.korean or b.korean or a.kind != "city" or b.kind != "city" or a.country != b.country \
                or a.id == b.id or text[a.end - offset:b.start - offset].strip():
            continue
        outer, inner = lookup(a.text), lookup(b.text)
        if getattr(outer, "id", None) == a.id and getattr(inner, "id", None) == b.id \
                and _km(outer, inner) < _QUARTER_KM:
            drop.add(id(b))
    return [q for q in found if id(q) not in drop]


def _km(a, b) -> float:
    """Great-circle distance between two places, in kilometres."""
    la, lb = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


# a city's name and its suffix right after its country ('일본 나라시', '베트남 후에시와'), which Kiwi reads
# as common words ('나라' + '시', '후' + '에' + '시')
_CITY_AFTER_COUNTRY = re.compile(r"^\s([가-힣]{2,6}?)시(?=(?:와|과|의|는|은|이|가|에|를|을|도|에서)?(?:[\s,.·]|$))")


def _cities_after_countries(found: list, text: str, offset: int, lookup, mention) -> list:
    """Cities named with their suffix right after their country that `found` misses."""
    out = []
    for p in found:
        if p.kind != "country" or p.korean or not (m := _CITY_AFTER_COUNTRY.match(text[p.end - offset:])):
            continue
        start, end = p.end + m.start(1), p.end + m.end(1) + 1
        if any(q.start < end and start < q.end for q in found):
            continue
        place = lookup(m.group(1) + "시") or lookup(m.group(1))
        if place is not None and place.country == p.country and getattr(place, "kind", "") == "city":
            out.append(mention(place.id, place.country, place.kind, start, end, m.group(1) + "시", False))
    return out


# a city followed by where it lies, in brackets ('가나자와시 (일본 이시카와현)', '청두시(중국 쓰촨성)'):
# the bracket only locates the city; its country and division are no parties
_OPEN = re.compile(r"^\s?(?:시)?\s?\(")


# a place said to lie by another ('울란바토르 북쪽의 셀렝게 아이막', '하노이 인근의 박닌성'): the first
# only locates the second ('자카르타 남부 쿠닝안' is a part of Jakarta: left to sub_places)
_BESIDE = re.compile(r"^(?:시|주|성)?\s?(?:의\s)?(?:(?:북|남|동|서|북동|북서|남동|남서)쪽|인근|근교)"
                     r"(?:에\s?(?:있는|위치한|자리한)|의|인)?\s")


_REGION_OF = re.compile(r"\s?(?:지역|지방)?의\s(?:[가-힣·]+\s){0,3}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,8}")
# a part of a division a city lies in ('장쑤성 남부 쑤저우시')
_PART_OF = re.compile(r"^\s(?:남|북|동|서|중|남동|남서|북동|북서)부(?:의)?\s")
# a division's own body after its name ('저장성 교육청', '산둥성 인민정부', '주정부', '안티오키아주(Antioquia) 청사')
_BODY_AFTER = re.compile(r"^(?:\s?\([^()]{1,40}\))?\s?(?:[가-힣]{0,4}청(?:사)?|인민정부|정부|의회)"
                         r"(?:[은는이가과와의에을를]|에서|\s|$)")


def without_locators(found: list, text: str, offset: int) -> list:
    """`found` without the country and division mentions inside brackets right after a foreign
    city of that country, without a foreign place named only as what another lies by, and without
    a city named only as where its division's office is or a division only as where its city lies."""
    drop: set[int] = set()
    for k, m in enumerate(found):
        if m.country != "KR" and m.kind in ("city", "region") and (near := _BESIDE.match(text[m.end - offset:])) \
                and any(p.start == m.end + near.end() and p.country == m.country and p.id != m.id for p in found):
            drop.add(k)
        if m.country != "KR" and m.kind == "city" and any(
                p.kind == "region" and p.country == m.country and 0 < p.start - m.end <= 2
                and _BODY_AFTER.match(text[p.end - offset:]) for p in found):
            drop.add(k)  # '항저우시 저장성 교육청에서': the city is where the province's office is
        if m.country != "KR" and m.kind == "region" and any(
                p.kind == "city" and p.country == m.country and p.start > m.end
                and _REGION_OF.fullmatch(text[m.end - offset:p.start - offset]) for p in found):
            drop.add(k)  # '호크스베이 지역의 사과 주산지 헤이스팅스시': the region only says where the city is
        if m.country != "KR" and m.kind == "region" and _HAN.fullmatch(m.text) and any(
                p.kind == "city" and p.country == m.country and 0 < p.start - m.end <= 1 for p in found):
            drop.add(k)  # '山東省 威海市': the province in characters only says where the city is
        if m.country != "KR" and m.kind == "region" and (part := _PART_OF.match(text[m.end - offset:])) and any(
                p.kind == "city" and p.country == m.country and p.start == m.end + part.end() for p in found):
            drop.add(k)  # '장쑤성 남부 쑤저우시로': the province only says where the city is
    for m in found:
        if m.kind != "city" or m.country == "KR" or not (opened := _OPEN.match(text[m.end - offset:])):
            continue
        start = m.end + opened.end()
        close = text.find(")", start - offset)
        if close < 0:
            continue
        inside = [k for k, p in enumerate(found) if start <= p.start and p.end <= close + offset]
        if inside and all(found[k].country == m.country and found[k].kind in ("country", "region") for k in inside):
            drop.update(inside)
    return [p for k, p in enumerate(found) if k not in drop]
