"""Places Kiwi does not read as proper nouns: a Korean government by its full name, and foreign
places taken where the text vouches for them."""

from __future__ import annotations

import re

from partnerships.extract.common_words import ALSO_COMMON
from partnerships.extract.not_parties import FIRM_NAME_AFTER
from partnerships.extract.place_context import _PLACED
from partnerships.extract.sentences import Sentence
from partnerships.extract.short_names import COUNTRY_BEFORE
from partnerships.extract.spellings import tolerant_lookup
from partnerships.extract.types import has_type_word

# a Korean government's full name ('강원특별자치도', '세종특별자치시'), however Kiwi splits it
_OFFICIAL = re.compile(r"[가-힣]{2,4}(?:특별자치시|특별자치도|광역시|특별시)")
# a foreign ward's or city's head or hall, the name glued on ('세타가야구장이', '바양골구청에서')
_FOREIGN_OFFICE = re.compile(r"([가-힣]{2,8}(?:구|시|군))(?:청장|장|청)(?:이|은|는|과|와|의|을|를|도|에서|에)?")
_PARTY_AFTER = re.compile(r"^\s?(?:시)?(?:와|과)(?:도|의)?\s")
# a country's government or envoy right after a name ('피지 정부와', '피지 대사'): the name is the country
_GOVERNMENT_AFTER = re.compile(r"^\s(?:중앙\s?|지방\s?|연방\s?)?(?:정부|대사관?|총리|대통령|외교부|국왕)")


def _full_name(word: str, start: int, rest: str, lookup):
    """A Korean government by its full name ('강원특별자치도'), or a foreign ward or city by its
    head or hall with the name glued on ('세타가야구장이', which Kiwi reads 세타 + 가 + 야구장)."""
    from partnerships.extract.places import mention_at

    if (official := _OFFICIAL.match(word)) and (place := lookup(official.group(0))) is not None \
            and place.country == "KR":
        return mention_at(place, start, start + official.end(), official.group(0), rest[official.end():])
    office = _FOREIGN_OFFICE.fullmatch(word)
    place = lookup(office.group(1)) if office else None
    if place is None or place.country == "KR" or getattr(place, "kind", "") not in ("city", "district", "county"):
        return None
    return mention_at(place, start, start + office.end(1), office.group(1), rest[office.end(1):])


def common_noun_places(sentence: Sentence, found: list, lookup, cache: dict) -> list:
    """Foreign places Kiwi does not tag as proper nouns ('타코마' as 타코/NNG 마/NNG, '후에' as
    후 + 에 'after', '청두' as 청 + 두), taken only where the text vouches for a place: its country
    named right before ('베트남 후에를', '미국 타코마와'), the city already placed with its suffix
    earlier in the article ('청두시 …' then '청두 … 전시센터에서'), or, for names of three
    syllables or more, a party to the agreement the sentence reports ('타코마와 자매결연을 맺었다')."""
    from partnerships.extract.places import mention_at

    text = sentence.text
    taken = [(p.start, p.end) for p in found]
    out: list = []
    for m in re.finditer(r"[가-힣]+", text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        word = m.group(0)
        if word in ALSO_COMMON or FIRM_NAME_AFTER.match(text[m.end():]) or any(a < end and start < b for a, b in taken):
            continue  # (found already; '코로나19가 확산한 … 미국': the pandemic; '코펜하겐 … 파트너스(CIP)': a firm)
        if (named := _full_name(word, start, text[m.start():], lookup)) is not None:
            out.append(named)
            continue
        earlier = next(((stem, place) for stem in _stems(word) if (place := _placed_before(stem, cache))), None)
        if earlier is not None:  # '청두시' then '청두', '킨타나로오주' then again (read apart by Kiwi)
            stem, place = earlier
            out.append(mention_at(place, start, start + len(stem), stem, text[m.start() + len(stem):]))
            continue
        before = COUNTRY_BEFORE.search(text[max(0, m.start() - 12):m.start()])
        country = lookup(before.group(1)) if before else None
        if country is not None and getattr(country, "kind", "") != "country":
            country = None
        if country is None:  # a division abroad found right before ('…로스라고스주 푸에르토몬트')
            country = next((p for p in found if not p.korean and p.kind == "region"
                            and p.end - sentence.start == m.start() - 1), None)
        governed = country is None and _GOVERNMENT_AFTER.match(text[m.end():])
        if country is None and not governed and not (len(word) >= 4 and _PARTY_AFTER.match(text[m.end() - 1:])
                                                     and has_type_word(text)):
            country = _country_in_sentence(word, found, lookup)
            if country is None:
                continue
        place = None
        for stem in _stems(word):
            place = lookup(stem) or (tolerant_lookup(stem, lookup) if len(stem) >= 3 else None)
            if place is not None:
                break
        if governed and place is not None and getattr(place, "kind", "") in ("city", "region") \
                and re.match(r"\s?정부", text[m.end():]):
            # '아랍에미리트(UAE)를 찾아 푸자이라 정부와': the government of a place in a country named
            country = next((p for p in found if p.kind == "country" and p.country == place.country), None)
            governed = country is None
        kinds = ("country",) if governed else ("city", "region")
        if place is None or place.country == "KR" or getattr(place, "kind", "") not in kinds:
            continue
        if governed:  # '피지 정부와' (피지 read as a common noun): the country, by its government
            out.append(mention_at(place, start, end, word, text[m.end():]))
            continue
        if country is not None and place.country != country.country:
            continue
        if (stem := _as_named(place, stem, vouched=country is not None)) is not None:
            out.append(mention_at(place, start, start + len(stem), stem, text[m.start() + len(stem):]))
    return out


def _as_named(place, stem: str, *, vouched: bool) -> str | None:
    """The stem as the place's name, or None when it is not written as that name (a name of two
    syllables needs its country named before it)."""
    name = getattr(place, "name_ko", "") or ""
    if name and len(name) >= 3 and getattr(place, "kind", "") == "city" and stem in (name + "와", name + "과"):
        stem = name  # ('루마니아 클루지나포카와', found with its particle: a party, by its name)
    if not vouched and len(stem) < 3 or name and len(name) != len(stem):
        return None
    return stem


def _country_in_sentence(word: str, found: list, lookup):
    """The country mention of the sentence whose city this word names in full ('사우디 동부 주(州)
    주베일 산업도시청': Kiwi reads 주베일 as 주 + 베일), for names of three syllables or more."""
    if not any(p.kind == "country" for p in found):
        return None  # no country named: no lookup for every other word of the sentence
    for stem in _stems(word):
        place = lookup(stem) if len(stem) >= 3 else None
        if place is not None and getattr(place, "kind", "") == "city" and getattr(place, "name_ko", "") == stem:
            return next((p for p in found if p.kind == "country" and p.country == place.country), None)
    return None


def _placed_before(stem: str, cache: dict):
    """The foreign city the article named before with its suffix ('청두시', then '청두'), or the
    division it named before by this very word ('킨타나로오주')."""
    if len(stem) < 2:
        return None
    place = cache.get(_PLACED + stem + "시") or cache.get(stem + "시")
    if place is not None and getattr(place, "kind", "") == "city" and getattr(place, "name_ko", "") == stem \
            and getattr(place, "country", "KR") != "KR":
        return place
    place = cache.get(_PLACED + stem) if len(stem) >= 3 else None
    if place is not None and getattr(place, "kind", "") == "region" and stem[-1] in "주성현":
        return place
    return None


PARTICLE_END = re.compile(r"(?:시)?(?:에서는|에서도|에서|와의|과의|와도|과도|으로|"
                           r"와|과|을|를|은|는|이|가|의|에|도|로)$")


def _stems(word: str) -> list[str]:
    """The word, then without its particle, city suffix or head's title ('후에를' -> 후에)."""
    out = [word]
    cut = PARTICLE_END.sub("", word)
    if cut != word and len(cut) >= 2:
        out.append(cut)
    if len(out[-1]) >= 3 and out[-1].endswith("시"):
        out.append(out[-1][:-1])
    if (titled := re.sub(r"(?:시장|주지사|도지사|성장|군수|구청장)$", "", out[-1])) != out[-1] and len(titled) >= 2:
        out.append(titled)  # '보고타시장과': the place its head's title is glued to
    return out
