"""Places named in a sentence, found from Kiwi's proper nouns (NNP) and resolved by the gazetteer.

A candidate is a whitespace word that starts with a proper noun; its noun part (particles and
endings cut off by Kiwi's tags) goes to `Gazetteer.find`.  Tagging first keeps common words out
('상주하면서' is 상주/NNG + 하/XSV).  A word whose noun part is not a place may start with a Korean
city (서울창업허브): then its leading proper noun is tried, for Korean places only.  A Latin
name in brackets right after the word is tried too ('콘캔(Khon Kaen)')."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from partnerships.extract import short_names
from partnerships.extract.body_acronyms import body_initials
from partnerships.extract.common_noun_places import PARTICLE_END, common_noun_places
from partnerships.extract.common_words import common_here
from partnerships.extract.joint_bodies import joint_owners
from partnerships.extract.korean_parents import bare_district, province_by_office, qualified_korean, shared_district
from partnerships.extract.latin_names import gloss_overrides, glossed_elsewhere, latin_places
from partnerships.extract.list_typos import misspelt_countries
from partnerships.extract.named_countries import (
    city_of_named_country,
    countries_named,
    hanja_country,
    in_named_country,
    namesake_told_before,
    of_country_after,
    of_country_before,
    of_division_before,
    sounding_in_named_country,
)
from partnerships.extract.not_parties import BRANCH_AFTER, FIRM_NAME_AFTER, NOT_A_PARTY_AFTER, embassy_guests, no_party
from partnerships.extract.numeral_names import country_read_as_number
from partnerships.extract.personal_names import personal_name
from partnerships.extract.place_context import (
    _DIVISION_OFFICE,
    _GLUED_DIVISION,
    _PLACED,
    _PUBLIC_BODY,
    _SUFFIXED,
    ARTICLE_TEXT,
    body_owner,
    city_by_consonants,
    division_by_consonants,
    division_named,
    division_told_elsewhere,
    emirate,
    exonym_after_country,
    named_country,
    placed_elsewhere,
    port_city,
    sounding_in_country,
    suffix_next,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.shared_suffix import glossed_names, gyeonggi_in_list, listed_divisions
from partnerships.extract.short_names import COMMON_LOANWORDS, COUNTRY_BEFORE, LATIN_AFTER, city_stands, glued_office
from partnerships.extract.spaced_names import hyphened_name, spaced_name
from partnerships.extract.spellings import tolerant_lookup
from partnerships.extract.sub_places import sub_places, without_locators
from partnerships.extract.unspelt import division_stem, find_unspelt_division
from partnerships.extract.venue_words import UNIVERSITY, held_there

_NAME_NEXT = re.compile(r"^\s[가-힣]{2,}")  # another word follows the name ('과테말라 안티구아와')
_HAN_WITH_HANGUL_SUFFIX = re.compile(r"([\u4e00-\u9fff]{1,6})(?:시|성|현|주|구|군)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # initials in brackets ('…센터(HICO)'), not a Latin place name
_NOUNISH = ("NNP", "NNG", "XSN", "SL", "SH", "NNB")
_KOREA = {"country-kr"}
# Korean national government bodies: their events are at the seat of government (docs/data-format.md)
MINISTRIES = (r"(국토교통부|국토부|산업통상자원부|산업부|외교부|행정안전부|행안부|과학기술정보통신부|과기정통부|"
              r"중소벤처기업부|중기부|문화체육관광부|문체부|환경부|보건복지부|복지부|기획재정부|기재부|"
              r"농림축산식품부|농식품부|해양수산부|해수부|교육부|고용노동부|통일부|국방부|법무부|여성가족부|국무조정실)")
_GOVERNMENT = r"(?:중앙정부|(?<![가-힣])정부)"  # the government itself (not '지방정부', '주정부')
NATIONAL_BODY = re.compile(rf"({MINISTRIES[1:-1]}|{_GOVERNMENT})(?=[\s(은는이가와과의도에,]|$)")
SEAT_OF_GOVERNMENT = "kr-sejong"


class PlaceLike(Protocol):
    id: str
    country: str
    kind: str


class GazetteerLike(Protocol):
    def find(self, text: str, *, fuzzy: bool = ...) -> PlaceLike | None: ...

    def get(self, place_id: str) -> PlaceLike: ...


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
    dateline: bool = False  # where the reporter filed from ('(창원=뉴스1)'): a side only when none other

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
        spaced = t.tag == "NNG" and spaced_name(tokens, i, i, text, sentence.start, lookup, proper_next=True)
        if t.tag not in ("NNP", "SH") and not (t.tag == "NNG" and (spaced or _DIVISION_WORD.match(t.form)
                                                       or _DIVISION_OFFICE.fullmatch(t.form)  # '가오슝시정부'
                                                       or _KOREAN_OFFICE.fullmatch(t.form)  # '울산시장(가운데)과'
                                                       or named_country(t.start, out) is not None  # '일본 벳푸와'
                                                       or suffix_next(tokens, i))) \
                and not country_read_as_number(tokens, i, lookup):
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
        if spaced or (spaced := spaced_name(tokens, i, j, text, sentence.start, lookup)
                      or hyphened_name(tokens, i, j, text, sentence.start, lookup)):
            j, end = spaced[1], tokens[spaced[1]].end  # '누에보 레온 주', '리우 데 자네이루': one name
        word = text[start - sentence.start:end - sentence.start]
        if common_here(word, text[:start - sentence.start], text[end - sentence.start:]):
            i = j + 1  # '코로나 뚫고': the pandemic, not Corona, California; '코트라 리마 무역관'; '지중해와 남해'
            continue
        if t.tag == "SH" and out and out[-1].start < start <= out[-1].end + 2 and out[-1].kind == "region" \
                and re.search(r"[가-힣]\s?\($", text[:start - sentence.start]):
            i = j + 1  # '돗토리(鳥取)현': the division named in Hangul, glossed; not its namesake city
            continue
        if t.tag == "SH" and (code := hanja_country(text, start - sentence.start, end - sentence.start)) \
                and (country := _lookup_id(gazetteer, code)) is not None and j + 1 < len(tokens) \
                and (tokens[j + 1].tag == "NNP"
                     or getattr(lookup(tokens[j + 1].form), "country", "") == country.country):
            out.append(mention_at(country, start, end, word, text[end - sentence.start:]))  # '日 벳푸와'
            i = j + 1
            continue
        if t.tag == "SH":  # Chinese characters: a name GeoNames lists them in, no guess by sound
            if (m := _HAN_WITH_HANGUL_SUFFIX.fullmatch(word)) and lookup(word) is None:
                word, end = m.group(1), start + len(m.group(1))  # '曲阜시에서': 曲阜, read with its suffix in Hangul
            if (place := lookup(word)) is not None and place.id not in _KOREA:
                if (hangul := re.search(r"([가-힣]{2,8})\s?\($", text[:start - sentence.start])) \
                        and text[end - sentence.start:].startswith(")시"):
                    named = sentence.start + hangul.start(1)  # '푸얼(普洱)시': the name and its gloss, one place
                    start = start if any(q.start <= named < q.end for q in out) else named
                out.append(mention_at(place, start, end, word, text[end - sentence.start:]))
            i = j + 1
            continue
        if m := _DIVISION_OFFICE.fullmatch(word):  # '…주청에서', '…주지사와': the division's office
            word = m.group(1) or m.group(2)
            end = start + len(word)
        after = text[end - sentence.start:]
        if (_STATIONED.match(word) and (c := lookup(word[1:])) is not None and c.kind == "country") \
                or BRANCH_AFTER.match(after) or NOT_A_PARTY_AFTER.match(after) or FIRM_NAME_AFTER.match(after) \
                or embassy_guests(word, after):
            # '주폴란드 한국대사관': 駐, a mission stationed there; '코트라 바르샤바무역관': a branch
            i = j + 1
            continue
        place = lookup(word)
        place = None if place and bare_district(place, word, after, text[:start - sentence.start]) else place
        office_word = False
        if place is not None and place.kind == "city" and _NAME_NEXT.match(after) \
                and (code := _country_codes(gazetteer, cache).get(word)) is not None:
            place = gazetteer.get(f"country-{code.lower()}")  # '과테말라 안티구아': the country before its city
        if (place is None or place.country != "KR") and t.tag == "NNP" \
                and (stem := PARTICLE_END.sub("", word)) != word and len(stem) >= 2 \
                and (glued := lookup(stem)) is not None and glued.country != "KR" \
                and getattr(glued, "name_ko", "") == stem:
            place, end, word = glued, start + len(stem), stem  # '칸쿤의' read as one name
            after = text[end - sentence.start:]
        if place is None and (m := _KOREAN_OFFICE.fullmatch(word)) and (
                (office := lookup(name := m.group(1) or m.group(2))) is not None
                and (getattr(office, "kind", "") in _OFFICE_KINDS[name[-1]] if office.country == "KR"
                     else name.endswith("구") and office.kind != "country")):
            place, end, word = office, start + len(name), name  # '부천시장과', '광양시청에서', '바양골구청장과'
            office_word = True
        if place is None and (glued := glued_office(word, lookup)) is not None:
            (place, word), end = glued, start + len(glued[1])  # '제주지사': the province; '…대사관': the country
        if (m := _DIVISION_NEXT.match(after)) and (whole := lookup(word + m.group(1))) is not None \
                and getattr(whole, "kind", "") in ("region", "county") and whole.country != "KR":
            place, end = whole, end + m.end(1)  # '키수무 카운티 정부와': the county, not its seat
        if place is None and t.tag == "NNP":
            place = shared_district(word, cache.get(ARTICLE_TEXT, ""), gazetteer, cache)  # '강서구가'
        if place is None and len(word) == 1:
            place = exonym_after_country(word, start, out, text[start - sentence.start - 1:
                                                                  start - sentence.start], lookup)
        if place is None and (m := LATIN_AFTER.match(after)) and not _ACRONYM.fullmatch(m.group(1)):
            place = lookup(m.group(1))
        if place is None and t.tag == "NNP":
            place = glossed_elsewhere(word, cache, lookup)  # '빈증성', glossed once as '빈증(Binh Duong)성'
        if place is None and (t.tag == "NNP" or _DIVISION_WORD.match(word)) \
                and hasattr(gazetteer, "find_loanword"):
            key = f"loanword:{word}"
            if key not in cache:
                division = re.search(r"(?:주|성|현)$", word) is not None
                guess = gazetteer.find_loanword(re.sub(r"(?:시|주|성|현)$", "", word),
                                                prefer="region" if division else "city")
                named = countries_named(gazetteer, cache)
                # a guess by sound in a country the article never names, where it names others, is
                # no place ('알마티 소재 … '아르주 트레이드'' in Kazakhstan is not Ağrı in Turkey)
                cache[key] = None if guess is not None and named and guess.country not in named else guess
            place = cache[key]
            if place is None and (m := COUNTRY_BEFORE.search(text[max(0, start - sentence.start - 12):
                                                                    start - sentence.start])):
                # '중국 훈춘시': a two-syllable name, its country and its city suffix named
                # (a country's name, also when a city shares it: '과테말라' is Guatemala City too)
                code = _country_codes(gazetteer, cache).get(m.group(1))
                city_suffix = word.endswith("시") or text[end - sentence.start:].startswith("시")
                if code is not None and city_suffix:
                    place = gazetteer.find_loanword(re.sub(r"시$", "", word), country=code, min_population=15_000)
            if place is None and (word.endswith("시") or text[end - sentence.start:].startswith("시")):
                place = sounding_in_named_country(word, gazetteer, cache)  # '이탈리아 … 파르마시와'
        if place is not None and place.country != "KR" and place.kind in ("country", "city") \
                and ((m := _GLUED_DIVISION.match(after)) or _SUFFIXED.fullmatch(word)):
            # '대만 이란현', '태국 치앙마이주': a country's or a city's name with a division
            # suffix names the division of that name
            stem = word[:-1] if m is None else word
            division = division_named(stem, start, out, gazetteer, cache)
            if division is not None or m is not None:
                place = division
                end += m.end(1) if m is not None and division is not None else 0
        if place is None and (t.tag == "NNP" or _DIVISION_WORD.match(word)):
            place = find_unspelt_division(word, after, gazetteer, cache)  # '온타리오주'
            if place is None and (stem := division_stem(word, after)) is not None:
                place = division_by_consonants(stem, start, out, gazetteer, cache, proper=t.tag == "NNP",
                                               named=countries_named(gazetteer, cache))  # '서스캐처원주'
        if place is None and t.tag == "NNP" and (m := _PUBLIC_BODY.fullmatch(word)):
            # '제주관광공사', '경기테크노파크': a local government's public body acts for it
            place = body_owner(m.group(1), gazetteer, lookup, m.group(2))
            if place is not None:
                end, word = start + len(m.group(1)), m.group(1)
        if place is None and t.tag == "NNP" and len(word) >= 3 and "항" in word:
            place = port_city(word, start, out, lookup)  # '오만 소하르항', '휴스턴항만청': the port's city
        if place is None and j > i and len(t.form) >= 2 and not _OUTLET.search(word):
            lead, rest = lookup(t.form), word[len(t.form):]
            if lead is not None and (re.fullmatch(UNIVERSITY, rest) is None if lead.country == "KR"  # '서울창업허브'
                                     else re.fullmatch(UNIVERSITY + "|시장|주지사|성장", rest) is not None
                                     and getattr(lead, "kind", "") == "city"):
                place, end, word = lead, t.end, t.form  # '드레스덴공대', '울란바토르시장': the city's, not Korea's
        if place is not None and t.tag == "NNG" and not office_word and not (
                getattr(place, "kind", "") == "region" or city_of_named_country(place, start, out)
                or (place.country != "KR" and word.endswith("시") and len(word) >= 3)):
            place = None  # a common noun counts only with its suffix ('서자바주', '사카이시')
        if place is not None and place.country != "KR" and getattr(place, "kind", "") == "city" \
                and not city_stands(word, text, start - sentence.start, end - sentence.start, place,
                                    gazetteer, lookup, cache):
            place = None  # '서밋', '한중': a short common word, not the foreign city
        if place is None and t.tag == "NNP" and len(word) >= 3:
            place = tolerant_lookup(word, lookup)  # '타코마' for GeoNames' '터코마'
        if place is None and t.tag == "NNP" and len(word) >= 3 \
                and hasattr(gazetteer, "find_sounding"):
            place = sounding_in_country(word, start, out, gazetteer, cache,
                                         text[max(0, start - sentence.start - 8):start - sentence.start],
                                         after)
        if place is None and t.tag == "NNP" and len(word) >= 2:
            hall = word[:-1] if word.endswith("시청") else word  # '겐제시청에서': the city, by its hall
            place = city_by_consonants(hall, start, out, gazetteer, cache, after)  # '벨기에 루벤에 있는'
            word = hall if place is not None else word
        if place is None and t.tag == "NNP":
            place = placed_elsewhere(word, lookup, cache, text[:start - sentence.start], after)
        if place is not None and place.country == "KR" and hasattr(gazetteer, "matches"):
            place = of_country_before(place, word, start, out, gazetteer) or place  # '중국 안산': Anshan
        if place is not None and place.country != "KR" and getattr(place, "kind", "") == "city" \
                and hasattr(gazetteer, "matches"):
            told = of_country_before(place, word, start, out, gazetteer) \
                or of_country_after(place, word, after, lookup, gazetteer) \
                or of_division_before(place, word, start, out, gazetteer)
            told = namesake_told_before(place, told, start, out, after, cache)
            place = in_named_country(told, word, gazetteer, cache)
            place = place and division_told_elsewhere(  # '강원-돗토리'
                place, word, (text[max(0, start - sentence.start - 8):start - sentence.start], after),
                gazetteer, lookup, cache)
        if place is not None and short_names.common_word(word, text, start - sentence.start, place.country == "KR"):
            place = None  # '얼라이언스에는': the agreement word, not Alliance, Ohio; '클린에너지 아일랜드': an island
        place = gloss_overrides(word, place, cache, lookup)  # '토카이(Tokaj)': not Tokai, Japan
        if place is not None and place.country != "KR" and len(word) >= 3:
            cache.setdefault(_PLACED + word, place)
        if place is not None and place.country == "KR" and getattr(place, "kind", "") == "city":
            place = province_by_office(place, word + text[end - sentence.start:], lookup)
        if place is not None and place.id not in _KOREA:
            mention = mention_at(place, start, end, word, text[end - sentence.start:])
            if (_DATELINE_AFTER.match(after) and text[max(0, start - sentence.start - 2):
                                                      start - sentence.start].strip() in ("(", "[")) \
                    or (start == sentence.start and _BYLINE_AFTER.match(after)):
                mention = replace(mention, dateline=True)  # '(수원=연합뉴스)', '수원=한지민 기자'
            out.append(mention)
        i = j + 1
    out.extend(common_noun_places(sentence, out, lookup, cache))
    out.extend(mention_at(*found) for found in latin_places(sentence, [(p.start, p.end) for p in out], gazetteer,
                                                             cache, lookup))
    out.extend(mention_at(place, a, b, word, text[b - sentence.start:]) for place, a, b, word  # 'GH는 …'
               in body_initials(sentence, [(p.start, p.end) for p in out], cache, gazetteer, lookup))
    out = listed_divisions(out, text, sentence.start, lookup, mention_at)  # '후쿠오카·사가현'
    out = gyeonggi_in_list(out, text, sentence.start, lookup, mention_at)  # '경기·강원·충북도는'
    out = glossed_names(out, text, sentence.start, lookup, mention_at)  # '바오산(寶山)구와'
    if hasattr(gazetteer, "country_names_ko") and sum(p.kind == "country" for p in out) >= 2:
        out.extend(mention_at(place, a, b, word, text[b - sentence.start:]) for place, a, b, word
                   in misspelt_countries(text, sentence.start, out, gazetteer.country_names_ko,
                                         lambda code: _lookup_id(gazetteer, f"country-{code.lower()}")))
    out = joint_owners([emirate(p, text, sentence.start, gazetteer) for p in out], text, sentence.start, gazetteer,
                       mention_at)
    out = sub_places(out, text, sentence.start, lookup,
                     (lambda w, c: gazetteer.find_sounding(w, country=c)) if hasattr(gazetteer, "find_sounding")
                     else None)
    out = without_locators(qualified_korean(out, text, sentence.start, gazetteer, cache), text, sentence.start)
    placed = lambda w: lookup(w) or cache.get(_PLACED + w) or cache.get(_PLACED + w + "시")  # noqa: E731
    return [p for p in out if not personal_name(p, out, text, sentence.start, placed)
            and not no_party(p, text, sentence.start)]  # (found any way)


def _country_codes(gazetteer, cache: dict) -> dict[str, str]:
    """Countries' Korean names to their codes, built once per article (not per place word)."""
    if "country-codes-ko" not in cache:
        cache["country-codes-ko"] = dict(getattr(gazetteer, "country_names_ko", ()))
    return cache["country-codes-ko"]


def mention_at(place: PlaceLike, start: int, end: int, word: str, rest: str) -> PlaceMention:
    return PlaceMention(place.id, place.country, place.kind, start, end, word,
                        held_there(word, rest, place.country == "KR"))


_STATIONED = re.compile(r"^주[가-힣]{2,}")
# a news outlet named after its region ('제주남부신문', '경남일보'): no party
OUTLET_SUFFIX = (r"(?:일보|신문|신보|뉴스|방송|타임스|타임즈|저널|투데이|통신|미디어|"
                 r"인사이트|포스트|프레스|데일리|매거진)")
_OUTLET = re.compile(OUTLET_SUFFIX + "$")
# a Korean government's head, office or council written as one word ('부천시장', '광양시청', '화천군의회',
# '진천군수', '강남구청장')
_KOREAN_OFFICE = re.compile(r"([가-힣]{1,6}(?:시|군|구|도))(?:장|청|청장|청사|의회)|([가-힣]{1,6}군)수")
_OFFICE_KINDS = {"시": ("city",), "군": ("county",), "구": ("district",), "도": ("province",)}  # not '동대문시장'
# a division word written apart from its name ('키수무 카운티', '도르노고비 아이막')
# ... or after its abbreviation in brackets ('브리티시컬럼비아(BC)주 정부와')
# ... or a region's government or council ('캔터베리 지역정부와', '노르망디 지방의회')
# ('지린(吉林)성': its name in Chinese characters in brackets before the suffix)
_DIVISION_NEXT = re.compile(r"^(?:\s|\([A-Z][A-Za-z.&]{0,9}\)\s?|\([\u4e00-\u9fff]{1,6}\)\s?)"
                            r"((?:카운티|아이막|제도|주|성|현)"
                            # '파라나 주지사', '오사카 현의회': its governor or assembly
                            r"(?=[\s,.]|(?:와|과|의|는|은|이|가|에|를|을|정부|청)(?![가-힣])|지사|의회)"
                            r"|(?:지역|지방)(?=\s?(?:정부|의회)))")
# where the reporter filed from ('(창원=뉴스1)') names no party
_DATELINE_AFTER = re.compile(r"^\s?=\s?[가-힣A-Za-z0-9]{2,20}\s?[\])]")
# ... or a line of its own before the reporter's name ('수원=한지민 기자')
_BYLINE_AFTER = re.compile(r"^\s?=\s?[가-힣]{2,4}\s?(?:기자|특파원|통신원)")
_DIVISION_WORD = re.compile(r"^[가-힣]{2,}(?:주|성|현|아이막)$|^[가-힣]{2,}시$")


def _lookup_id(gazetteer: GazetteerLike, place_id: str) -> PlaceLike | None:
    try:
        return gazetteer.get(place_id)
    except LookupError:  # an id the gazetteer does not hold
        return None


def _lookup(gazetteer: GazetteerLike, word: str) -> PlaceLike | None:
    if len(word) < 2 or word in COMMON_LOANWORDS:
        return None
    try:
        return gazetteer.find(word, fuzzy=False)
    except TypeError:  # a gazetteer without the fuzzy option
        return gazetteer.find(word)
