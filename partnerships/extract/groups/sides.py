"""Which of a sentence's places are the parties: the Korean side, places abroad, a partner's city or region."""

from __future__ import annotations

import re

from partnerships.extract.personal_names import SURNAMES
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention
from partnerships.extract.venue_words import BUILDINGS

PLACE_KINDS = {"city", "county", "district", "province", "region", "country"}

LEVEL_WORD = r"(?P<level>도|시|군|구)"  # the article's own government named by its level alone


def korean_spans(spans: list[PlaceMention]) -> list[PlaceMention]:
    """The Korean places (not venues) among a sentence's places; the wire dateline's city
    ('(창원=뉴스1)') only when the sentence names no other."""
    home = [p for p in spans if p.korean and p.kind in PLACE_KINDS]
    return [p for p in home if not p.dateline] or home


def named_as_seat(s: Sentence, p: PlaceMention) -> bool:
    """The place only says where a building or body is ('호놀룰루에 있는 하와이주 청사에서'), or
    where a firm is ('청주 오창의 의료기기 업체 A사')."""
    return bool(_SEAT_OF_ORG.match(s.text[p.end - s.start:p.end - s.start + 12])
                or _FIRM_OF.match(s.text[p.end - s.start:p.end - s.start + 40]))


# who attended or came along ('협약식에는 전남도 부지사와 ... 전남 영암 ... 기업 대표 등이
# 참석했다', '전남도 관계자도 동행했다'): the Korean places there are guests, not the side
_ATTENDANCE = re.compile(r"(?:식|행사|자리)에는\s.*(?:참석|참가|동행|배석)"
                         r"|(?:관계자|공무원|대표)(?:도|들도)\s(?:동행|배석|참석)")


def signing_home(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> list[PlaceMention] | None:
    """The sentence's Korean places that may sign; None when a university signed for itself
    and no local government is named (none is to be borrowed from the article either)."""
    home = [] if _ATTENDANCE.search(s.text) else korean_spans(spans)
    # '아산시에 있는 ○○대학교가': where the organisation that signed is, not a side
    home = [p for p in home if not named_as_seat(s, p)]
    home = outside_names(s, w, home)
    if not home and _SCHOOL_SIGNS.search(s.text[:max(0, w.start - s.start)]):
        return None
    return home


def outside_names(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> list[PlaceMention]:
    """'도는 … '제주-수바 … 시범사업' 착수보고회를 열고': a Korean place in a quoted name is part
    of the name when the subject is the article's own government by its level alone, and the
    place is of another level (a city in the province's project; '도가 주최한 '충남 설명회'' is
    the province's own)."""
    subject = BARE_SUBJECT.search(s.text[:max(0, w.start - s.start)])
    if not subject:
        return spans
    level = LEVEL_NAMES[subject.group("level")]
    return [p for p in spans if not (p.korean and p.kind != level and in_quoted_name(s, p))]


def in_quoted_name(s: Sentence, p: PlaceMention, word_at: int | None = None) -> bool:
    """The place is inside a quoted name (with `word_at`, one that also holds the agreement word:
    '부산 해양협력 공동선언' names the declaration after its host, not a party)."""
    spans = s.memo("quoted names", lambda: [(m.start() + s.start, m.end() + s.start)
                                            for m in _QUOTED_NAME.finditer(s.text)])
    return any(a <= p.start and p.end <= b and (word_at is None or a <= word_at < b) for a, b in spans)


# the article's own government as the subject by its level alone ('도는', '시가'), or its head ('도지사는')
BARE_SUBJECT = re.compile(rf"(?:^|\s){LEVEL_WORD}(?:는|가|은|이)\s")
# (first in the sentence, or after a clause of what the head did: '러시아로 넘어간 도지사는'; not a
# place's head: '에르데네트 시장은')
# (or after the head's own name: '같은 날 김진태 지사는')
_HEAD_SUBJECT = re.compile(rf"(?:^\W{{0,3}}|[가-힣]+[간한온던된]\s|(?:^|\s)[{SURNAMES}][가-힣]{{2}}\s)"
                           r"(도지사|지사|시장|군수|구청장)(?:는|가|은|이)\s")
_HEADS = {"도지사": "도", "지사": "도", "시장": "시", "군수": "군", "구청장": "구"}


def head_level(text: str) -> str | None:
    """The level of the government whose head is the sentence's subject ('도지사는 …')."""
    m = _HEAD_SUBJECT.search(text)
    return _HEADS[m.group(1)] if m else None


LEVEL_NAMES = {"도": "province", "시": "city", "군": "county", "구": "district"}

_QUOTED_NAME = re.compile(r"'[^']{2,80}'|‘[^’]{2,80}’|\"[^\"]{2,80}\"|“[^”]{2,80}”")
_FIRM_OF = re.compile(r"^(?:시|군|구)?\s?(?:[가-힣]{1,6})?의\s(?:[가-힣·]+\s){0,2}[가-힣]{0,8}"
                      r"(?:업체|기업|회사|스타트업)"
                      # ... or whose firms ('대구·경북 섬유업체들의 원단 생산 기지')
                      r"|^(?:·[가-힣]{2,6})*\s[가-힣]{0,8}(?:업체|기업|회사)(?:들)?(?:의|이|가|은|는)\s")
_SEAT_OF_ORG = re.compile(r"^(?:시|군|구|도)?\s?(?:에\s?있는|에\s?위치한|에\s?자리한|소재)"
                          # ... or a school named after its town ('제천 의림고등학교가'), or a university in
                          # it ('영도구 한국해양대학교를 방문했으며')
                          r"|^\s[가-힣]{1,10}(?:고등학교|중학교|초등학교|고교|여고|대학교)(?:는|은|가|이|와|과|를|을)\s"
                          # ... or where the building it was held in is ('서울 중구의 한 호텔에서', '중구 한 호텔에서')
                          rf"|^(?:시|군|구|도)?의?\s(?:한\s)?[가-힣A-Za-z]{{0,12}}{BUILDINGS}에서")
# a university or a school as the subject of the sentence ('○○대학교는', '○○대가', '○○고등학교가') or of
# a headline ('○○대, …와 협약') ('시대', '세대', '연대', '상대' ... are no school)
_SCHOOL = r"[가-힣A-Za-z]{1,12}(?:대학교|대학|(?<![시세연확부반상기현])대|고등학교|중학교|초등학교|고교|여고)"
_SCHOOL_SIGNS = re.compile(rf"(?:^|\s){_SCHOOL}(?:\([A-Za-z]{{1,12}}\))?(?:는|은|가|이)\s|^{_SCHOOL}\s?,\s")


def places_abroad(s: Sentence, spans: list[PlaceMention]) -> list[PlaceMention]:
    """The sentence's places abroad that may be parties. '호놀룰루에 있는 하와이주 청사에서
    하와이주와 …' names where a building is beside the party; beside no other city or region
    such a place stands for the body there ('오스트리아 빈에 있는 UNIDO와')."""
    foreign = [p for p in spans if not p.korean and p.kind in PLACE_KINDS]
    seated = [p for p in foreign if named_as_seat(s, p)]
    if any(p not in seated and p.kind != "country" for p in foreign):
        foreign = [p for p in foreign if p not in seated]
    # '푼타아레나스에 있는 마가야네스주 청사에서 주정부와': the city says where the division's building is
    located = [p for p in foreign if _LOCATED_AT.match(s.text[p.end - s.start:])]
    if any(p not in located and p.kind != "country" for p in foreign):
        foreign = [p for p in foreign if p not in located]
    return foreign


_LOCATED_AT = re.compile(r"^(?:시|군|구)?\s?(?:에\s?있는|에\s?위치한|에\s?자리한)\s")


# a signing of three or more ('3자 업무협약'): every Korean government named signed, not only the topic
SEVERAL_PARTIES = re.compile(r"(?:[3-9]|삼)자\s?(?:간\s?)?(?:업무\s?|협력\s?)?(?:협약|협정|MOU|양해각서)")
# ... or told as one text several bodies signed ('3개 기관이 하나의 협약서에 함께 서명')
ONE_TEXT_OF_SEVERAL = re.compile(rf"{SEVERAL_PARTIES.pattern}|(?:[3-9]개|세)\s?기관(?:이|은|는|의|\s)"
                                 r"|하나의\s(?:협약서|문서)|한\s문서에")
_JOINTLY = re.compile(r"(?:[2-9]|삼|사)자\s?(?:간\s?)?(?:업무\s?|협력\s?)?(?:협약|협정|MOU|양해각서)|[2-9]개\s?기관"
                      r"|공동\s?(?:으로|서명|개최|주최|파견|체결)|함께\s서명|사업비를\s(?:나눠|절반씩)")
_EACH = re.compile(r"각각|각자|저마다")
TOPIC_AFTER = re.compile(r"^\s?(?:시|도|군|구|특별자치시|특별자치도|광역시|특별시)?(?:는|은|가|이)\s")


def korean_side_of(spans: list[PlaceMention], text: str = "", offset: int = 0) -> list[str]:
    """The Korean places that act: a province right before its city only locates it ('충남
    당진시', '전남 여수시'), a place with 에서 is where it happened when another is named,
    when one of several is the sentence's topic ('포항시는 ...'), it is the one that signed
    (with one it is listed with: '경북도와 포항시는'), and a province named beside a city each
    signing its own ('경남도와 사천시가 … 각각') leaves the city's to the city."""
    spans = [p for p in spans if not (p.kind == "province" and any(
        q.kind == "city" and 0 <= q.start - p.end <= 1 for q in spans))]
    acting = [p for p in spans if not p.venue_marker]
    if acting:
        spans = acting
    if text:  # '경북도 대표단에 동행한 의성군도 ...': the one that went along acts
        along = [p for p in spans if not _WENT_WITH.match(text[p.end - offset:p.end - offset + 40])]
        spans = along or spans
    if text and _EACH.search(text) and not _JOINTLY.search(text):
        # '경남도와 사천시가 … 각각 협약을 맺었다': each signed its own, the city with the partner the
        # sentence names; a province and its city named together otherwise both sign ('경북도와 포항시는 …
        # 양해각서를 체결했다')
        spans = [p for p in spans if not (p.kind == "province" and any(
            _listed_together(p, q, text, offset) for q in spans
            if q.kind == "city" and q.id not in _METROPOLITAN))]
    if text and len({p.id for p in spans}) > 1 and not SEVERAL_PARTIES.search(text):
        topic = [p for p in spans if TOPIC_AFTER.match(text[p.end - offset:p.end - offset + 8])]
        # (the topic's partner in a pair: '경북도와 포항시는 … 공동 개최')
        topic += [p for p in spans if p not in topic and any(_listed_together(p, q, text, offset) for q in topic)]
        if len({p.id for p in topic}) == 1:
            spans = topic
    return list(dict.fromkeys(p.id for p in spans))


# a place whose delegation another went along with ('경북도 대표단에 동행한 의성군', '진천군수는 충북도
# 북미 투자유치 대표단과 함께 미국을 방문 중이며')
_WENT_WITH = re.compile(r"^(?:도|시|군|구|청|도청|시청|의)?\s?(?:[가-힣]{1,6}\s){0,3}?"
                        r"(?:대표단|방문단|사절단|일행|투자유치단)(?:에|과|와|을|를)?\s?"
                        r"(?:동행한|동행해|동행하며|함께한|합류한|함께\s(?:[가-힣]+\s)?(?:방문|순방|출장))")
_LIST_GAP = re.compile(r"^(?:도|청|도청)?\s?(?:와|과|및|·|,|、|와\s함께|과\s함께)\s?$")


def _listed_together(a: PlaceMention, b: PlaceMention, text: str, offset: int) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_LIST_GAP.match(text[first.end - offset:second.start - offset]))


# cities that belong to no province (특별시, 광역시, 특별자치시)
_METROPOLITAN = frozenset({"kr-seoul", "kr-busan", "kr-daegu", "kr-incheon", "kr-gwangju",
                           "kr-daejeon", "kr-ulsan", "kr-sejong"})


def locating(p: PlaceMention, places: list[PlaceMention], text: str = "", offset: int = 0) -> bool:
    """True when `p` only says where the next place is: a division right before its city
    ('산둥성 웨이하이시'), or any place of the same country followed by a city after a space
    ('야마구치현 시모노세키시', read by Kiwi as the city Yamaguchi)."""
    for q in places:
        if q.kind != "city" or q.country != p.country or q is p or not 0 <= q.start - p.end <= 2:
            continue
        if p.kind == "region" and q.start - p.end <= 1:
            return True
        gap = text[p.end - offset:q.start - offset] if text else None
        if p.kind in ("city", "region") and gap is not None and _DIVISION_GAP.match(gap):
            return True
    if p.kind == "region" and text and any(  # '카탈루냐 지방의 영화 도시 시체스와': the city's region
            q.kind == "city" and q.country == p.country and 0 < q.start - p.end <= 24
            and _REGION_OF.match(text[p.end - offset:q.start - offset]) for q in places):
        return True
    if p.kind == "region" and text:  # '효고현 고베시청에서 고베시와': the next word names its city
        nxt = re.match(r"^\s(\S+)", text[p.end - offset:])
        return bool(nxt) and any(
            q.kind == "city" and q.country == p.country and len(stem := re.sub(r"시$", "", q.text)) >= 2
            and nxt.group(1).startswith(stem) for q in places)
    return False


# a city named as its division's capital ('주도 핼리팩스', '성도인 청두', '현청 소재지 이란시')
_AS_CAPITAL = re.compile(r"(?:주도|성도|현도|도청\s?소재지|현청\s?소재지|주\s?정부\s?소재지)(?:인|이자|인\s)?\s?$")
# ... or told after it ('핼리팩스를 주도로 하는 노바스코샤주')
_CAPITAL_OF = re.compile(r"^(?:시)?(?:을|를)\s?(?:주도|성도|현도|도청\s?소재지|주\s?정부\s?소재지)(?:로|으로)"
                         r"\s?(?:하는|둔|삼는)")
# ... or a building of it, where the signing was ('핼리팩스의 주 의사당(Province House)에서')
_BUILDING_OF = re.compile(rf"^(?:시|주)?의?\s(?:[가-힣A-Za-z·]+\s){{0,2}}[가-힣A-Za-z]*"
                          rf"(?:{BUILDINGS}|의사당|시청|궁|궁전|관저|본부)\s?(?:\([^()]{{1,40}}\)\s?)?에서")
_DIVISION_GAP = re.compile(r"^(?:현|성|주|도)?\s['‘\"“]?$")  # (the city's own name may open a quote)
_REGION_OF = re.compile(r"^\s?(?:주|성|현|도|지방|지역)?의\s(?:[^\s,·와과]+\s){0,3}$")


def partner_ids(foreign: list[PlaceMention], text: str = "", offset: int = 0) -> list[str]:
    # '산둥성 웨이하이시': the division only says where the city is
    foreign = [p for p in foreign if not locating(p, foreign, text, offset)]
    # '노바스코샤주 주도 핼리팩스의 ... 노바스코샤주 어업부와': the capital only says where
    # ... or only where the building stood ('노바스코샤주 핼리팩스의 주 의사당에서 노바스코샤주 정부와')
    foreign = [p for p in foreign if not (text and p.kind == "city" and (_AS_CAPITAL.search(
        text[max(0, p.start - offset - 8):p.start - offset]) or _CAPITAL_OF.match(
        text[p.end - offset:p.end - offset + 16]) or _BUILDING_OF.match(text[p.end - offset:])) and any(
        q.kind == "region" and q.country == p.country for q in foreign))]
    # '광둥성 광저우에서 광둥성 정부와': the city is where it happened, the division signed
    # ... and a city where it happened in a third country ('네덜란드 로테르담에서 열린 ... 오만
    # 기업과') goes with its country, when a party is named in another country
    at = {p.country for p in foreign if p.venue_marker and p.kind == "city"}
    parties = [p for p in foreign if not p.venue_marker and (p.kind in ("city", "region") or (
        p.kind == "country" and p.country not in at))]
    if parties:
        gone = {p.id for p in foreign if p.venue_marker and p.kind == "city"
                and p.id not in {q.id for q in parties}}
        away = {p.country for p in foreign if p.id in gone} - {q.country for q in parties}
        foreign = [p for p in foreign if p.id not in gone and not (p.kind == "country" and p.country in away)]
    # '페르가나 분지의 ... 페르가나주와': a bare name beside the division of that name is the division
    divisions = {p.id.removeprefix("adm1-") for p in foreign if p.kind == "region"}
    foreign = [p for p in foreign if not (p.kind == "city" and p.id in divisions and not (
        p.text.endswith("시") or text[p.end - offset:p.end - offset + 1] == "시"))]
    cities = {p.country for p in foreign if p.kind != "country"}
    ids = [p.id for p in foreign if not (p.kind == "country" and p.country in cities)]
    return list(dict.fromkeys(ids))
