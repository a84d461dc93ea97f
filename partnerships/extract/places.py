"""Places named in a sentence, found from Kiwi's proper nouns (NNP) and resolved by the gazetteer.

A candidate is a whitespace word that starts with a proper noun; its noun part (particles and
endings cut off by Kiwi's tags) goes to `Gazetteer.find`.  Tagging first keeps common words that
happen to be city names out ('상주하면서' is 상주/NNG + 하/XSV, not the city).  A word whose
whole noun part is not a place may still start with a Korean city (서울창업허브, 대구기계부품연구원):
then its leading proper noun is tried, for Korean places only.  A Latin name in brackets right
after the word is tried too ('콘캔(Khon Kaen)').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from partnerships.extract.sentences import Sentence
from partnerships.extract.types import has_type_word

_LATIN_AFTER = re.compile(r"^\s*\(([A-Za-z][A-Za-z .'-]{2,40})\)")
_NOUNISH = ("NNP", "NNG", "XSN", "SL", "SH", "NNB")
_KOREA = {"country-kr"}
# Korean national government bodies: an event they hold is placed at the seat of government
# (a rule of the record format, docs/data-format.md: a national body acting for the country).
NATIONAL_BODY = re.compile(
    r"(국토교통부|국토부|산업통상자원부|산업부|외교부|행정안전부|행안부|과학기술정보통신부|과기정통부|"
    r"중소벤처기업부|중기부|문화체육관광부|문체부|환경부|보건복지부|복지부|기획재정부|기재부|"
    r"농림축산식품부|농식품부|해양수산부|해수부|교육부|고용노동부|통일부|국방부|법무부|여성가족부|"
    r"국무조정실|정부)(?=[\s(은는이가와과의도에,]|$)"
)
SEAT_OF_GOVERNMENT = "kr-sejong"


class PlaceLike(Protocol):
    id: str
    country: str
    kind: str


class GazetteerLike(Protocol):
    def find(self, text: str, *, fuzzy: bool = ...) -> PlaceLike | None: ...


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text: its id, country (ISO2), kind and offsets in the article."""

    id: str
    country: str
    kind: str
    start: int
    end: int
    text: str
    venue_marker: bool  # followed by 에서 ('오덴세에서 개최된')

    @property
    def korean(self) -> bool:
        return self.country == "KR"


def find_places(sentence: Sentence, gazetteer: GazetteerLike, *,
                cache: dict[str, PlaceLike | None] | None = None) -> list[PlaceMention]:
    """Places named in the sentence, in order (a place can occur several times).  `cache` keeps
    name lookups across the sentences of one article."""
    cache = {} if cache is None else cache

    def lookup(word: str) -> PlaceLike | None:
        if word not in cache:
            cache[word] = _lookup(gazetteer, word)
        return cache[word]

    out: list[PlaceMention] = []
    tokens = sentence.tokens
    text = sentence.text
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.tag != "NNP" and not (t.tag == "NNG" and _DIVISION_WORD.match(t.form)):
            i += 1
            continue
        # extend to the end of the word's noun part
        j = i
        while (j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end
               and tokens[j + 1].tag in _NOUNISH):
            j += 1
        start, end = t.start, tokens[j].end
        if j + 1 < len(tokens) and tokens[j + 1].start == end and tokens[j + 1].tag == "SN":
            i = j + 1  # a name glued to a number ('코로나19') is not a place
            continue
        word = text[start - sentence.start:end - sentence.start]
        after = text[end - sentence.start:]
        place = lookup(word)
        if place is None and (m := _LATIN_AFTER.match(after)):
            place = lookup(m.group(1))
        if place is None and (t.tag == "NNP" or _DIVISION_WORD.match(word)) \
                and hasattr(gazetteer, "find_loanword"):
            key = f"loanword:{word}"
            if key not in cache:
                division = re.search(r"(?:주|성|현)$", word) is not None
                cache[key] = gazetteer.find_loanword(re.sub(r"(?:시|주|성|현)$", "", word),
                                                     prefer="region" if division else "city")
            place = cache[key]
            if place is None and (m := _COUNTRY_BEFORE.search(text[max(0, start - sentence.start - 12):
                                                                    start - sentence.start])):
                # '중국 훈춘시': a two-syllable name, its country and its city suffix named
                country = lookup(m.group(1))
                city_suffix = word.endswith("시") or text[end - sentence.start:].startswith("시")
                if country is not None and country.kind == "country" and city_suffix:
                    place = gazetteer.find_loanword(re.sub(r"시$", "", word), country=country.country,
                                                    min_population=15_000)
        if place is None and j > i and len(t.form) >= 2:
            lead = lookup(t.form)
            if lead is not None and lead.country == "KR":
                place, end, word = lead, t.end, t.form
        if place is not None and t.tag == "NNG" and not (
                getattr(place, "kind", "") == "region"
                or (place.country != "KR" and word.endswith("시") and len(word) >= 3)):
            place = None  # a common noun counts only with its suffix ('서자바주', '사카이시')
        if place is not None and place.country != "KR" and getattr(place, "kind", "") == "city" \
                and not _city_in_context(word, text, start - sentence.start, end - sentence.start,
                                         place, lookup):
            place = None  # '서밋', '한중': a short common word, not the foreign city
        if place is not None and place.id not in _KOREA:
            rest = text[end - sentence.start:]
            out.append(PlaceMention(place.id, place.country, place.kind, start, end, word,
                                    bool(re.match(r"^\s?(?:시|주|도)?\s?에서", rest))))
        i = j + 1
    return out


_DIVISION_WORD = re.compile(r"^[가-힣]{2,}(?:주|성|현|아이막)$|^[가-힣]{2,}시$")
# a city's own suffix (주, 성, 현 would make it a division, which the lookup did not find)
_SUFFIX_AFTER = re.compile(r"^\s?(?:시|군|구)(?![가-힣])|^\s?시(?:[는은이가와과의에을를도]|에서|청)")
_COUNTRY_BEFORE = re.compile(r"([가-힣]{2,})\s$")


def _city_in_context(word: str, text: str, start: int, end: int, place: PlaceLike, lookup) -> bool:
    """Whether a foreign city name stands as a place here.  A name of three syllables or more is
    specific enough; a shorter one ('서밋', '한중', '센터') needs context: an administrative
    suffix after it (시, 주, 성 ...), a Latin spelling in brackets, a list of places, its
    country named just before it, or a party to the agreement the sentence reports."""
    name = getattr(place, "name_ko", "") or ""
    short_name = re.fullmatch(r"[가-힣]{1,2}", name) is not None  # '아바이' read as 아바 + 이
    if (len(word) >= 3 and not short_name) or not re.fullmatch(r"[가-힣]+", word):
        return True
    if word.endswith("시") and name and word == name + "시":
        return True  # '우치시': the city suffix is part of the word
    after = text[end:end + 6]
    if _SUFFIX_AFTER.match(after) or _LATIN_AFTER.match(after) or re.match(r"^\s?[,·、]", after):
        return True  # a suffix, a Latin spelling, or one of a list of places
    if m := _COUNTRY_BEFORE.search(text[max(0, start - 12):start]):  # '사우디 담맘'
        country = lookup(m.group(1))
        if country is not None and country.country == place.country and country.kind == "country":
            return True
    # a party to the agreement the sentence reports ('담맘시와 ... 업무협약')
    return bool(re.match(r"^\s?(?:와|과)\s", after) and has_type_word(text))


def _lookup(gazetteer: GazetteerLike, word: str) -> PlaceLike | None:
    if len(word) < 2:
        return None
    try:
        return gazetteer.find(word, fuzzy=False)
    except TypeError:  # a gazetteer without the fuzzy option
        return gazetteer.find(word)
