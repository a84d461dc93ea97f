"""Mention groups: one per distinct agreement the article reports as done (records.py turns
each group into a candidate record).

Each agreement word (types.find_types) in a content sentence is a *mention*.  A mention counts
when its sentence reports it done (types.status == 'signed'; 'named' when only the headline or
a photo caption names it; a signing reported in the present tense on the day; a programme also when announced
in the present tense, '265억원을 투자한다').  Its date is the one in brackets right after the word
('업무협약(3.13)', '전시(2015년 및 2019년)' gives one mention per year) or else the nearest date in
the sentence; its places are those the sentence names, else those of the article's headline and
lead.  In one sentence, a setting word (박람회, 상담회, 포럼 ...) yields to a signed agreement
without its own date.  Mentions of the same type, year and places in different sentences are one
agreement; two signings in one sentence stay two.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from dataclasses import dataclass, field

from partnerships.extract import asides
from partnerships.extract import dates as dates_mod
from partnerships.extract.clean import Article
from partnerships.extract.dates import DateMention, Published, Resolved
from partnerships.extract.errors import ArticleError
from partnerships.extract.place_context import ARTICLE_TEXT, NATIONAL_AGENCY
from partnerships.extract.places import (
    MINISTRIES,
    NATIONAL_BODY,
    SEAT_OF_GOVERNMENT,
    GazetteerLike,
    PlaceMention,
    find_places,
)
from partnerships.extract.sectors import sector_spans_in
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import STRONG_TYPES, TypeMention, find_types, is_pavilion, status_at
from partnerships.extract.venue_words import BUILDINGS

# Rank for settling several agreement words of one sentence (lower wins).
_RANK = ["contract", "mou", "agreement", "loi", "sister_city", "friendship_city", "other_tie", "declaration", "office",
         "alliance", "institution", "award", "roadshow", "program", "exchange", "forum"]
_DOMESTIC_OK = {"alliance", "institution", "program", "office", "forum", "award"}
_NEEDS_PARTNER = {"sister_city", "friendship_city", "loi", "declaration"}
# A record of any other type without a partner place is dropped: the atlas maps partnerships
# with places abroad, and an MOU, award, forum or roadshow with no foreign place named is a
# domestic event or an aside ('2019년 업무협약을 맺은 대학 관계자', '장관상을 수상했다').
DOMESTIC_TYPES = frozenset({"alliance", "institution", "program", "office"})
NEEDS_PARTNER = frozenset(t for t in _RANK if t not in DOMESTIC_TYPES)
_VENUE_TYPES = {"roadshow", "forum"}
_PROGRAMME_ACTS = ("식", "보고회", "협약", "협약서", "합의서", "착수")  # a project's launch or its signed agreement
_EXEC = re.compile(r"집행|투자|투입|편성")
_AMOUNT = re.compile(r"\d[\d,.]*\s?(?:억|만|천만)\s?(?:원|달러)")
_QUOTED = re.compile(r"[“\"][^”\"]{8,}[”\"]")
# what makes a quoted headline someone's words, not the headline's own naming ('"... MOU 맺겠다"')
_SPOKEN = re.compile(r"겠|할\s?것|하자|예정|추진|바란|바람|기대|필요|해야|[?!]")
_DATELINE = re.compile(r"\[([가-힣]{2,10})=[가-힣A-Za-z]+\]")
_PLACE_KINDS = {"city", "county", "district", "province", "region", "country"}

# a sentence that goes on about the agreement just reported ('협약에 따라', '양 도시는', '센터는')
_ANAPHORA = re.compile(r"(?:협약|협정|의향서|양해각서|결연)(?:에|서|을|에는|의)|에 따라|담겼|"
                       r"(?:두|양)\s?(?:도시|기관|측|지역)|양측|(?:센터|사무소|기관|거점)는")
# a sentence that tells what an agreement holds ('협정서에는 … 담겼다', '협약에는 … 포함됐다')
_HOLDS = re.compile(r"^\S*(?:협약|협정|선언|합의|의향서|MOU)\S*에는\s.*(?:담겼|담았|담고|포함됐|포함되|들어\s?있)")
# the day a delegation came home ('… 순방 일정을 마치고 26일 귀국했다')
_CAME_HOME = re.compile(r"^\s?(?:귀국|귀환|돌아)")
_REPORTED = re.compile(r"^\s?(?:밝혔|발표했|전했|설명했|말했)")
# a photo caption: '사진=아산시 제공', '▲ ... 서명하고 있다', '[사진] ...'
_CAPTION = re.compile(r"^\s*(?:▲|△|\[사진\]|【사진】|\(사진\)|사진\s?[=:])|사진\s?=|사진\s?제공|\(사진=")
# '열린 ... 포럼에서 발표했다': the forum is where something else happened
_AT_SETTING = re.compile(r"^\S{0,2}?\s?(?:'|’|”|\"|\))?\s?에서(?!는\s?(?:올해|매년))")
_LEVEL_WORD = r"(?P<level>도|시|군|구)"  # the article's own government named by its level alone
_BACK_REFERENCE = re.compile(r"(?:이번|이날|해당|금번)\s?(?:[가-힣]{2,8}(?:의|간)\s)?$")  # ('이번 완주군의 의향서는')
# what the parties already told put in it ('양측은 의향서에서 … 약속했다'): that document again
_PARTIES_BEFORE = re.compile(r"(?:양측|양국|두\s?도시|양\s?도시|양\s?기관|두\s?기관|양\s?지역|두\s?지역)"
                             r"(?:은|는|이|가)\s?$")
_CONTENTS_AFTER = re.compile(r"^\s?(?:에서|에는|에\s?따라|을\s?통해|를\s?통해)\s")
# bodies counted as the subject ('도내 기업 6곳이', '병원 4곳은', '기업들이', '한 부품업체는',
# '창원대학교는', '창원상공회의소와 … 상공회의소도'): they sign, not the government
# the national trade, water and aid agencies, whose events and agreements are their own
_AGENCIES = (r"(?:KOTRA|코트라|대한무역투자진흥공사|K-water|한국수자원공사|KOICA|코이카|한국국제협력단|한국무역협회|"
             r"무역협회|중소(?:벤처)?기업진흥공단|중진공)")
# ... as the subject ('KOTRA 리마무역관은')
_AGENCY_SUBJECT = re.compile(rf"(?:^|\s){_AGENCIES}"
                             r"(?:\s?[가-힣]{1,10}(?:무역관|사무소))?(?:\([A-Za-z-]{1,12}\))?(?:는|은|이|가)\s")
_OTHERS_SIGN = re.compile(r"(?:^|\s)[가-힣]*(?:상공회의소|상의)(?:와|과|도|는|은|이|가)\s|"
                          r"(?:기업|업체|병원|대학|학교|여행사|단체|스타트업)\s?(?:\d+|두|세|네|다섯|여섯)\s?(?:곳|개사|개)"
                          r"(?:이|은|는|가|과|와|도)\s|"
                          # ... counted first ('경북 지역 3개 대학도'; firms so counted sign export deals of a mission)
                          r"(?<![\d.])(?:\d+|두|세|네|다섯|여섯)\s?(?:개|곳)\s?(?:병원|대학|대학교|학교|단체)"
                          r"(?:이|은|는|가|도)\s|"
                          # ... or one of those just counted ('기업 4곳 … 이 가운데 1곳은')
                          r"(?:^|\s)(?:이|그)\s?(?:가운데|중)\s?(?:\d+|한|두|세)\s?(?:곳|개사|개)(?:은|는|이|가|도)\s|"
                          # a hospital ('인하대병원은 … 종합병원과 … 업무협약을 맺었다')
                          r"(?:^|\s)[가-힣]{2,12}(?:병원|의료원)(?:은|는|이|가|도)\s|"
                          # ... or first of a pair ('울산대학교병원과 비슈케크시 보건국은 … 의향서를')
                          r"(?:^|\s)[가-힣]{2,12}(?:병원|의료원|대학교|\([가-힣]{2,10}(?:대학교|대학|공대)\))(?:과|와)\s"
                          r"[^.,\s]{2,12}(?:\s[^.,\s]{1,10})?(?:은|는|이|가)\s|"
                          # ... or two universities ('전북대학교와 페스 시디 모하메드 벤 압델라 대학교도')
                          r"(?:^|\s)[가-힣]{2,12}(?:대학교|대학)(?:과|와)\s[^.]{0,60}?(?:대학교|대학)"
                          r"(?:\([A-Za-z]{2,10}\))?(?:은|는|이|가|도)\s|"
                          # a national public corporation ('한국토지주택공사(LH)는', '한국수자원공사(K-water)는')
                          r"(?:^|\s)한국[가-힣]{1,10}(?:공사|공단)(?:\([A-Za-z-]{1,12}\))?(?:는|은|이|가|도)\s|"
                          # ... or a port authority ('인천항만공사(IPA)가 … MOU를'; not a city's own tourism
                          # or urban corporation, which acts for it)
                          r"(?:^|\s)[가-힣]{2,8}항만공사(?:\([A-Za-z-]{1,12}\))?(?:는|은|이|가)\s|"
                          # people, counted or by trade ('이 가운데 3명은 현지 갤러리와 … 계약을', '도예가들은')
                          r"(?<![\d.,])(?:\d+|두|세|네|다섯|여섯)\s?명(?:은|이|도|가)\s|"
                          r"(?:^|\s)(?:도예가|작가|예술가|농가|어민|상인|기업인|도예인)(?:들)?(?:은|는|이|가|도)\s|"
                          # a deal between two others that the city's people attended ('㈜대경플랜트와 EVN젠코3 간
                          # '… 양해각서' 서명식에 참석했다')
                          # (not the governments themselves: '양국 정부 간 '…업무협약'에 서명했다')
                          r"\S+(?:와|과)\s(?![^.]{0,40}?(?:양국|양측|양\s?도시|두\s?도시|정부)\s간\s)"
                          r"[^.'‘\"“]{1,40}?\s간\s['‘\"“][^'’\"”]{1,60}$|"
                          r"(?:기업|업체)들(?:이|은|는|가)\s|"
                          # ... or one named after its description ('국내 디지털 트윈 기업 ○○사는')
                          r"(?:기업|업체|스타트업)\s\S{1,20}사(?:는|가)\s|"
                          r"(?:^|\s)한\s(?:[가-힣A-Za-z·]+\s){0,3}[가-힣A-Za-z]*"
                          r"(?:업체|기업|회사|기획사|제조사|유통사|여행사|건설사|스타트업)(?:는|은|이|가)\s|"
                          r"(?:^|\s)[가-힣]{2,}(?:대학교|대학원|대학|공대|과학기술원|연구원|연구소)(?:\s[가-힣]{2,6}캠퍼스)?(?:\([가-힣A-Za-z]{1,10}\))?"
                          r"(?:는|은|이|가|도|\s역시)\s|"
                          # ... or by a Latin short name, with a university as the other party ('UNIST는 …
                          # 카타르 하마드 빈 칼리파 대학교(HBKU)와')
                          r"(?:^|\s)[A-Z]{2,8}(?:는|은|이|가)\s[^.]{0,80}?(?:대학교|대학)(?:\([A-Za-z]{2,10}\))?(?:와|과)\s|"
                          # ... or by its short name with its head ('강원대(총장 ○○○)는')
                          r"(?:^|\s|\])\s?[가-힣]{1,8}대\((?:총장|학장)[^()]{0,12}\)(?:는|은|이|가|도)\s|"
                          # two firms as the parties ('… 수산가공업체와 … 유통업체가'), a deal between
                          # firms ('기업 간 MOU')
                          # ... or two public corporations ('부산항만공사와 발파라이소 항만공사도')
                          r"[가-힣]*(?:업체|기업|회사|법인|공사|공단)(?:와|과)\s[^.]{0,40}?[가-힣]*"
                          r"(?:업체|기업|회사|법인|공사|공단)(?:가|이|는|은|도)\s|"
                          r"(?:기업|업체|회사)\s?간\s|"
                          # ... or a pair with a chamber, a university or a firm, named just before the
                          # agreement word ('박닌성 산업단지관리위원회와 구미상의 간 투자 협력 MOU')
                          r"\S+(?:와|과)\s[^.]{0,30}?(?:상공회의소|상의|대학교|대학|협회|조합|기업|업체)\s?간\s"
                          r"[^.'‘\"“]{0,20}$|"
                          # ... or between firms and buyers ('참가 기업과 현지 유통업체 사이에 … MOU가 체결됐다')
                          r"(?:기업|업체|회사)(?:과|와)\s[^.]{0,30}?(?:기업|업체|회사|바이어)(?:들)?\s?(?:사이|간)에\s")
# a school as the one a tie is made with ('日 구마모토 고교와 자매결연', '현지 고등학교와 자매학교')
_SCHOOL_TIE = re.compile(r"(?:고교|고등학교|중학교|초등학교|여고|학교)(?:와|과)\s?(?:자매학교\s?)?$|자매\s?학교\s?$")
# a person as the one who won ('주민 서정란(67)씨가', '김민수 선수가')
_PERSON_WINS = re.compile(r"(?:주민|시민|군민|구민|도민|학생|선수|작가|교수)\s?[가-힣]{0,4}(?:\(\d{1,3}\))?\s?씨?"
                          r"(?:가|이|는|은)\s|[가-힣]{2,4}\s?\(\d{1,3}\)\s?씨(?:가|는|도)\s")
_TITLE_AFTER = re.compile(r"^(?:인|이자|였던)?\s")
_TITLE_NOUN_AFTER = re.compile(r"^\s?(?:지역|도시)(?:인|이자|였던)\s")  # '자매결연 지역인 중국 랴오닝성'
# a city's name before its district ('울란바토르시 바양골구')
_PARENT_NAME = re.compile(r"[가-힣]{2,8}(?:시|성|주|현)\s")

def _tie_as_title(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """A city tie's noun put before a place as what it is ('자매도시인 독일 드레스덴', '우호도시
    하노이와', '자매결연 지역인 중국 랴오닝성'), or in the plural, not told as made."""
    if w.type not in ("sister_city", "friendship_city"):
        return False
    rest = s.text[w.end - s.start:]
    if w.text.endswith("도시") and rest.startswith("들"):
        return True  # '자매·우호도시들과 방역 경험을 나누는': the ties there are, no tie made
    m = _TITLE_AFTER.match(rest) if w.text.endswith("도시") else _TITLE_NOUN_AFTER.match(rest)
    if not m:
        return False
    at = w.end + m.end()
    nxt = sorted((p for p in spans if p.start >= at), key=lambda p: p.start)
    if nxt and nxt[0].start == at and nxt[0].kind == "country" and len(nxt) > 1:
        at, nxt = nxt[0].end + 1, nxt[1:]
    # ... or a district named after its city ('자매도시인 몽골 울란바토르시 바양골구의')
    parent = _PARENT_NAME.match(s.text[at - s.start:]) if nxt and nxt[0].start > at else None
    return bool(nxt) and nxt[0].start == at + (parent.end() if parent else 0) and not nxt[0].korean


# signings summed up before each is told ('… 분야 업무협약을 잇따라 체결하며')
_ONE_AFTER_ANOTHER = re.compile(r"^\s?(?:을|를)?\s?(?:잇따라|잇달아|연이어|차례로)\s?(?:체결|맺|교환|서명)")
# ... or '… 헬싱키시, 에스토니아 탈린시와 각각 … 업무협약(MOU)을 체결했다'
_EACH_BEFORE = re.compile(r"(?:와|과)\s각각\s")
# ... or '… 미국 조지아주와 잇따라 업무협약(MOU)을 맺으며'
_ONE_AFTER_ANOTHER_BEFORE = re.compile(r"(?:잇따라|잇달아|연이어|차례로)\s?(?:[가-힣]{2,8}\()?$")  # (… '업무협약(MOU)')
# ... or '사우디아라비아와 카타르를 잇따라 방문해 양국 정부와 … 양해각서(MOU)를 체결하고'
_BOTH_COUNTRIES_BEFORE = re.compile(r"(?:양국|두\s?나라|각국)\s?(?:정부|지방정부)?(?:와|과)\s(?:\S+\s){0,4}"
                                    r"(?:[가-힣]{2,8}\()?$")
_SIGNED_AFTER = re.compile(r"^\)?(?:\([A-Za-z]+\))?\s?(?:을|를)?\s?(?:체결|맺|교환|서명)")
# ... or '…발파라이소시와 업무협약을 각각 체결했다': one signing with each partner named
_EACH_AFTER = re.compile(r"^[^\s.]{0,12}\s?(?:\([^()]{1,20}\))?['’\"”」』]?\s?(?:을|를)?\s?"
                         r"각각\s?(?:체결|맺|교환|서명)")
_EACH_OWN_TYPES = ("mou", "loi", "sister_city", "friendship_city", "contract")  # (not a multilateral's)


# what may follow the last partner of a list before its 와/과: a body of it ('퀘벡주 경제혁신부와',
# '타밀나두주 투자진흥청(Guidance Tamil Nadu)과')
_LIST_CLOSES = re.compile(r"^[^\s,.·]{0,3}(?:\s[^\s,.·]{1,15}){0,2}?(?:\([^()]{1,30}\))?(?:와|과)\s")


def _each_their_own(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """The word stands for one signing with each partner the sentence lists right before it ('…세부시,
    칠레 발파라이소시와 각각 … 업무협약을 체결했다', '…탈린시 … 과 차례로 업무협약을 체결했다'); not
    for partners who are where a trip went ('브리즈번과 퍼스를 잇따라 방문해 … 2곳과 각각 협약을')."""
    if w.type not in _EACH_OWN_TYPES or not (_sums_up_several(s, w) or _EACH_AFTER.match(s.text[w.end - s.start:])):
        return False
    foreign = [p for p in spans if not p.korean and p.end <= w.start]
    return bool(foreign) and bool(_LIST_CLOSES.match(s.text[foreign[-1].end - s.start:w.start - s.start]))


def _told_one_by_one(s: Sentence, w: TypeMention, spans: list[PlaceMention], ctx: _Context,
                     words_of: list[list[TypeMention]]) -> bool:
    """Each place the summing-up sentence names before the word (a country by any place in it) is
    told again later with an agreement word of its kind ('… 사우디아라비아와 카타르 정부와 잇따라
    업무협약을 맺으며. … 23일 리야드에서 … 양해각서를 체결했다. 이어 25일에는 카타르 도하에서 …
    MOU를 맺었다')."""
    def key(p: PlaceMention) -> str:  # a city by itself, a country by its code
        return p.country if p.kind == "country" else p.id

    named = {key(p) for p in spans if not p.korean and p.end <= w.start}
    later: set[str] = set()
    for x in ctx.sentences[s.index + 1:]:
        if any(t.type == w.type for t in words_of[x.index]):  # (not '이번 협약을 바탕으로')
            later |= {k for p in ctx.places[x.index] if not p.korean for k in (p.id, p.country)}
    return len(named) < 2 or named <= later


def _sums_up_several(s: Sentence, w: TypeMention) -> bool:
    """The word sums up signings told one by one ('… 업무협약을 잇따라 체결하며', '…와 잇따라
    업무협약(MOU)을 맺으며', '…탈린시와 각각 … 업무협약을 체결했다')."""
    before, after = s.text[:w.start - s.start], s.text[w.end - s.start:]
    return bool(_ONE_AFTER_ANOTHER.match(after) or _EACH_BEFORE.search(before[-30:])
                or (_ONE_AFTER_ANOTHER_BEFORE.search(before) and _SIGNED_AFTER.match(after))
                or _BOTH_COUNTRIES_BEFORE.search(before[-40:]))


# the host an event was held with ('박닌성과 공동으로 하노이에서 … 포럼을 열었다')
_JOINT_HOST = re.compile(r"^(?:시|성|주|도)?(?:와|과)\s?(?:공동으로|함께|공동\s?주최로)\s|"
                         r"^\s?(?:아이막|시|성|주|도)?(?:이|가)\s?(?:공동\s?(?:주최|개최|주관)|함께\s?(?:주최|개최|연))")
# the signing told before, called a first ('중남미 도시와 … 협약을 맺은 것은 처음이다')
_FIRST_TIME_AFTER = re.compile(r"^\s?(?:을|를)?\s?(?:맺은|체결한|교환한|가진)\s?(?:것은|건)\s?(?:이번이\s?)?처음")
# both parties as the subject of what they agreed to do ('양 도시는 … 구성해 … 하기로 했다')
_PARTIES_AGREED = re.compile(r"(?:양측|양\s?도시|두\s?도시|양\s?기관|두\s?기관|양\s?지역|두\s?지역)(?:은|는|이|가)\s")
_DECIDED_AFTER = re.compile(r"(?:하기|키|기)로\s?(?:했|합의했|약속했|뜻을\s?모았)")
# a recurring event described ('2011년부터 매년 여는 세계 최대 규모의 … 박람회')
_RECURRING_BEFORE = re.compile(r"(?:매년|해마다|격년으로)\s?(?:여는|열리는|개최하는|개최되는|열어\s?온|개최해\s?온)\s")
# ... or the kind of body something is ('피라 바르셀로나는 전시컨벤션 기관인')
_KIND_OF_BODY = re.compile(r"^[가-힣]{0,6}\s?(?:기관|전문기관|업체|기업|회사|재단)(?:인|이자|으로서)\s")
# ... or the body a partner is, by who founded it ('남모라비아주가 설립한 … 지원기관인', '… 함께 설립한 조직으로')
_FOUNDED_BODY = re.compile(r"^(?:한|된)\s(?:[^\s.]+\s){0,3}?[^\s.]*(?:기관|조직|기구|단체|법인|센터|재단|공사)"
                           r"(?:인|으로|이다|이며|이자|입니다)(?![가-힣])")
# ... or what a network is ('이클레이는 1990년 … 출범한 연합체로, 현재 …', '… 결성된 협의체다')
_NETWORK_IS = re.compile(r"^(?:\S{0,3}\s(?:\S+\s){0,2}?\S*(?:연합체|협의체|네트워크|연합|기구|협회))?"
                         r"(?:(?:으로|로)(?:,|서\s)|(?:이다|다|입니다|이며|이자)(?![가-힣]))")
# ... or a building named after one ('전시컨벤션센터(피라 바르셀로나)가', '전시관', '박람회장')
_BUILDING_AFTER = re.compile(r"^(?:컨벤션)?(?:센터|관|장|홀)(?![가-힣]{0,1}(?:회|식))")
# ... or an industry ('전시·컨벤션(MICE) 산업', '관광 산업을 살펴봤다')
_INDUSTRY_AFTER = re.compile(r"^(?:·[가-힣]{1,6}(?:\([A-Z]{2,6}\))?)*\s?(?:산업|업계|인프라)"
                             r"(?:과|와|을|를|의|은|는|이|가|에)?(?![가-힣])")
def _described(s: Sentence, w: TypeMention) -> bool:
    """The event word says what something is (a recurring event, a kind of body, a building, an
    industry), not an event the sentence tells."""
    after = s.text[w.end - s.start:]
    return bool(_RECURRING_BEFORE.search(s.text[max(0, w.start - s.start - 30):w.start - s.start])
                or _KIND_OF_BODY.match(after) or _INDUSTRY_AFTER.match(after)
                or (w.type in ("exchange", "forum") and _BUILDING_AFTER.match(after))
                or (w.type == "alliance" and _NETWORK_IS.match(after))
                or (w.type == "institution" and _FOUNDED_BODY.match(after)))


_NOBEL_BEFORE = re.compile(r"노벨[가-힣]{0,6}상\s?$")
# an observer at the signing or the founding ('옵서버 자격으로', '참관 도시로')
_OBSERVER = re.compile(r"옵서버|옵저버|참관\s?(?:도시|자격|기관|단체)")
# buyers as the ones who came to the event ('바이어 60여 개사가 상담회에 참여했으며')
_BUYERS_CAME = re.compile(r"바이어(?:들)?\s?(?:\d[\d,]*\s?여?\s?(?:개사|개\s?업체|명|곳)\s?)?(?:이|가|도)\s$")
_CAME_TO = re.compile(r"^\s?(?:에|에는)\s?(?:\S+\s)?(?:참여|참가|참석|몰려|몰렸)")
# a mission as the subject of courtesy calls only ('… 차관을 잇달아 면담하고 의견을 나눴다')
_CALLS_ONLY = re.compile(r"^(?:이|가|은|는)\s[^.]*?(?:(?:면담|예방|접견)(?:하고|했다|한\s|해|하며)|둘러보|둘러봤|"
                         r"시찰|견학|의견을\s?(?:나누|나눴|교환)|간담회를\s?(?:갖|가졌|가지))"
                         r"(?![^.]*(?:열|개최|진행|상담|설명회))")
# a mission led by the head of a place abroad ('에드먼턴 시장을 단장으로 한 경제사절단'): a visit to Korea
_LED_BY_HEAD = re.compile(r"(?:시장|주지사|주총리|장관|부시장|성장|도지사|군수)(?:을|를)\s?단장으로\s?(?:한|하는)\s$")
# an event held alongside another ('포럼과 함께 열린 B2B 상담회'): part of that one
_ALONGSIDE_BEFORE = re.compile(r"(?:포럼|박람회|엑스포|전시회|회의|행사)(?:과|와)\s?(?:함께|연계해|연계한|나란히)\s?"
                               r"(?:열린|개최된|진행된|마련된)\s(?:\S+\s)?$")
_COUNTED_THIS_TIME = re.compile(r"^\S{0,2}\s?\S{0,6}\s?것은\s?(?:이번이|올해가|이번\s?협약이)\s?"
                                r"(?:처음|첫|\S{1,3}\s?번째)")
_JOINT = re.compile(r"공동|함께|합동|손잡|협력해|와의|과의")
_MEANS_AFTER = re.compile(r"^\S{0,2}?\s?(?:'|’|”|\"|\))?\s?(?:(?:을|를)\s?통해|의\s?(?:성과|후속|결과)|"
                          r"에서\s?(?:발굴|만난|맺은|확보))")
# the occasion of what the sentence tells ('공연 교류를 계기로 인연을 맺었으며'), or what has gone on
# for years ('청소년 교류를 이어왔으며'): background
_OCCASION_AFTER = re.compile(r"^\S{0,2}?(?:\s?[가-힣]{1,4})?\s?(?:을|를)\s?계기로|"
                             # ... or its visit or show ('… 교류단의 서초 방문을 계기로')
                             r"^\S{0,2}?의\s[가-힣]{1,6}\s(?:방문|방한|공연|개최)(?:을|를)\s?계기로|"
                             r"^\s?(?:을|를|도)\s?(?:꾸준히\s|계속\s)?(?:이어\s?왔|이어\s?오고|지속해\s?왔|"
                             r"계속해\s?왔|펼쳐\s?왔|진행해\s?왔)")
# 'for this' at the head of the sentence: what it tells serves the agreement told before
_FOR_THIS = re.compile(r"^(?:\S+\s){0,2}(?:이를|이\s?사업을|협약\s?이행을)\s?위해")
# what has gone on since a year ('2015년부터 … 공연단이 참가하는 등 … 교류가 이어져 왔다')
_SINCE_YEARS = re.compile(r"\d{4}\s?년\s?(?:부터|이후)[^.]*(?:이어져\s?왔|이어\s?왔|이어지고\s?있|지속돼\s?왔|"
                          r"계속돼\s?왔|이어오고\s?있)")
# one of the ties already running ('청소년 문화교류 … 등 기존 협력사업의 성과를 점검하고')
_EXISTING_AFTER = re.compile(r"^[^.]{0,40}?(?<![가-힣])기존\s?(?:[가-힣]+\s?){0,2}?(?:사업|교류|협력)")
# 'MOU도 맺었다', '별도의 협약': a second agreement, not the first one named again
_ALSO_AFTER = re.compile(r"^\s?(?:\([A-Za-z]+\))?\s?도\s")
_ANOTHER = re.compile(r"별도|추가로|또한|아울러")
_SEQUEL = re.compile(r"(?:같은|이)\s?날\s?(?:오전|오후|저녁)|(?:이어|이어서|또한|아울러)\s")
_FOUNDING = re.compile(r"창립|발족|출범|결성")
_ATTENDED = re.compile(r"^\S{0,3}\s?(?:\S+\s){0,3}?(?:참석|참가|방문|찾)")
_RUNNING_TOTAL = re.compile(r"\d+\s?개\s?(?:국|국가|나라)\s?\d+\s?개|"
                            r"\d+\s?개\s?(?:해외\s?|외국\s?)?(?:도시|지역|자치단체)(?:와|과)")
_LATER_THAT_DAY = re.compile(r"^\W{0,2}(?:이어\s|이어서\s)?(?:같은\s?날\s)?(?:오전|오후|저녁|낮)(?:에는|에|엔)\s")
_SAME_DAY = re.compile(r"(?<![가-힣])(?:오늘|금일|이날)(?!날)")
_PLAN = re.compile(r"예정|계획|추진한다|추진할|다음\s?달|내달|연내|향후|하반기|상반기|내년|앞두|오는\s?\d{1,2}\s?일")
_ADNOMINAL = re.compile(r"^\s?(?:한|된|했던|됐던|되었던)\s")
_EARLIER = re.compile(r"지난해|작년|재작년|지난\s?\d+\s?년|\d{4}\s?년")
# a body named after a tie ('자매결연 위원회', '자매도시협회')
_TIES_BODY = re.compile(r"^\s?(?:추진\s?)?(?:위원회|협회|연합회|위원단|후원회)")
# a tie told by its age ('35년 된 자매도시', '30년째인 우호 관계', '20년을 맞은 자매결연')
_AGED_TIE = re.compile(r"\d{1,3}\s?년\s?(?:된|째인?|을\s?맞은|이\s?넘은|넘게\s?이어\s?온|간의?)\s?$")
_SETTING_AFTER = re.compile(r"^\S{0,2}\s?(?:\S+\s)?(?:에서|현장|기간|중에?\s|을\s?계기|를\s?계기|의\s?일환)")


def _home(spans: list[PlaceMention]) -> list[PlaceMention]:
    """The Korean places (not venues) among a sentence's places; the wire dateline's city
    ('(창원=뉴스1)') only when the sentence names no other."""
    home = [p for p in spans if p.korean and p.kind in _PLACE_KINDS]
    return [p for p in home if not p.dateline] or home


@dataclass
class Mention:
    """One agreement word with what its sentence says about it."""

    type: str
    status: str
    sentence: Sentence
    word: TypeMention
    date: Resolved | None
    own_date: bool
    korean: list[str]
    partner: list[str]
    venue: str | None
    near_sectors: dict[str, int]
    far_sectors: dict[str, int]
    places_from_text: bool
    place_spans: list[PlaceMention] = field(default_factory=list)
    predicate: int = -1  # offset of the predicate the status was read from
    next_sectors: dict[str, int] = field(default_factory=dict)
    counterpart: str = ""  # the organisation it was signed with, when not only a place
    with_place: bool = False  # signed with a place itself ('아가디르시와 … 체결했다'), not a body of it
    another: bool = False  # told as a further signing ('대학교와도', '별도로')
    refers_to: str = ""  # the type of the agreement '이번 …' refers back to ('이번 개소로')
    # the sentence names the partner only as a country; the city was borrowed from nearby
    partner_borrowed: bool = False
    members_listed: bool = False  # its partners are the members listed after it ('참여한 도시는 …')


@dataclass
class Group:
    """Mentions judged to be one agreement."""

    mentions: list[Mention]
    history: bool = False  # told only as past experience: the reader leaves it out, saying so

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def year(self) -> int | None:
        """The year a sentence gives the event, else the first one filled in from the page date (a
        headline's, dated by the page only, yields to its caption's '지난달 27일' of the year before)."""
        dated = [m.date for m in self.mentions if m.date]
        return next((d.year for d in dated if _stated(d) and not _bare_this_day(d)), dated[0].year if dated else None)

    def partner_places(self) -> list[str]:
        """The record's partner places: those every sentence naming a place abroad agrees on
        (a sentence that names none borrowed its partner from nearby), else the most specific
        naming (a city over its country); an alliance, and a declaration signed by several, has all
        the members any mention lists. A country whose ministry or government a sentence names as
        the party wins over its cities."""
        named = [set(m.partner) for m in self.mentions if m.partner and any(not p.korean for p in m.place_spans)] \
            or [set(m.partner) for m in self.mentions if m.partner]
        # a province and its namesake capital both named ('타이응우옌성 … 구미-타이응우옌 센터'): the
        # province, which the city lies in (but an office is in the city it stands in)
        regions = {q.id.removeprefix("adm1-"): q.id for m in self.mentions for q in m.place_spans
                   if q.id.startswith("adm1-") and self.first.type != "office"}
        if regions:
            named = [{regions.get(p, p) for p in n} for n in named]
        joint = self.first.type == "declaration" and any(m.members_listed for m in self.mentions)
        if (self.first.type == "alliance" or joint) and named:  # (or a declaration its members signed)
            members = list(max((m.partner for m in self.mentions), key=len))
            venues = {p.id for m in self.mentions for p in m.place_spans if p.venue_marker}
            # (a city named only as where they met, beside a province of its country, is no member)
            members = [p for p in members if p not in venues or not any(
                q.startswith("adm1-") and country_of(q) == country_of(p) for q in members)]
            return _without_own_countries(members)
        national = [m.partner for m in self.mentions if m.partner and m.word.type == self.first.word.type
                    and (set(m.partner) <= set(_national_body(m.sentence, [p for p in m.place_spans
                                                                           if p.end <= m.word.start]))
                         or _foreign_ministry_party(m))]
        if national and self.first.type in ("sister_city", "friendship_city") and any(
                m.partner and all(not p.startswith("country-") and country_of(p) == country_of(national[0][0])
                                  for p in m.partner) for m in self.mentions):
            national = []  # an ambassador signed for the city another sentence names ('아디스아바바시와 우호도시가')
        if national:  # '케냐 정부와 … 착수식을 열었다': the country signed, wherever a caption puts it
            return list(national[0])
        common = set.intersection(*named) if named else set()
        partner = [regions.get(p, p) for p in next((m.partner for m in self.mentions if m.partner), [])
                   if regions.get(p, p) in common]
        if not partner and named:
            specific = [n for n in named if not all(p.startswith("country-") for p in n)]
            partner = sorted(specific[0]) if specific else (
                [regions.get(p, p) for p in self.mentions[0].partner] or sorted(named[0]))
        return _without_own_countries(partner)


def _without_own_countries(partner: list[str]) -> list[str]:
    """A country beside a place of its own only says where that place is ('일본, 중국의 수소
    도시들과 ... 기타큐슈시, 다롄시와'): the places are the parties."""
    within = {country_of(p) for p in partner if not p.startswith("country-")}
    return [p for p in partner if not (p.startswith("country-") and country_of(p) in within)]


READ_SECONDS = 30.0  # an article the reader has not finished by then is refused, with a message


def build(article: Article, sentences: list[Sentence], gazetteer: GazetteerLike, *,
          published: dt.date | None = None, seconds: float = READ_SECONDS) -> tuple[list[Group], list[Published]]:
    """Groups of mentions (one per candidate record) and the article's publication dates.

    ArticleError when the sentences take longer than `seconds` to read (a page of thousands of
    agreement words would hold the page that asked for minutes)."""
    deadline = time.monotonic() + seconds
    pubs = dates_mod.publication_dates(article, sentences, given=published)
    places = _LazyPlaces(sentences, gazetteer)
    context = _Context(sentences, places, pubs, article, gazetteer)
    mentions: list[Mention] = []
    celebrated: set[str] = set()  # the types of ties whose anniversary the article marks
    words_of = [find_types(s) for s in sentences]  # each sentence's agreement words, read once
    mission = any(t.type == "roadshow" for words in words_of for t in words)  # a trade mission told
    firms = _firm_names(sentences)
    persons_prize = False  # the page tells a prize a person won
    for k, (s, words) in enumerate(zip(sentences, words_of, strict=True)):
        if (k < 4 or _is_headline(s, context)) and asides.marks_tie_age(s):
            celebrated.update(_RANK)  # the page tells a tie's history: its past events are that history
        if not words:
            continue
        if time.monotonic() > deadline:
            raise ArticleError(f"too slow to read: the article is too long or too crowded with agreement "
                               f"words to read in {seconds:.0f} seconds (stopped at sentence {k + 1} of "
                               f"{len(sentences)}); split it into its articles and add them one by one")
        found: list[Mention] = []
        quoted = [(m.start() + s.start, m.end() + s.start) for m in _QUOTED.finditer(s.text)
                  if not (_is_headline(s, context) and not _SPOKEN.search(m.group(0)))]
        running_total = bool(_RUNNING_TOTAL.search(s.text)) or asides.ongoing_ties(s)
        for w in words:
            if any(a <= w.start < b for a, b in quoted):
                continue  # spoken words in quotes report hopes, not events
            if asides.anniversary(s, w):
                celebrated.add(w.type)
                continue
            if asides.negated(s, w) or asides.content_item(s, w) or asides.setting_reference(s, w) \
                    or asides.former_status(s, w):
                continue  # denied, an item of what was agreed or discussed, or only a time or place
            st, pred = status_at(s, w)
            if w.type == "program" and not (_EXEC.search(s.text) and _AMOUNT.search(s.text)) \
                    and not w.text.endswith(_PROGRAMME_ACTS):  # nor a launch or a signing
                continue
            if running_total and w.type != "program":
                continue  # '21개국 24개 도시와 자매결연': a running total, not an event
            if st == "announced" and w.type != "program" and _on_the_day(s, context):
                st = "signed"  # '오늘 ... 업무협약을 체결한다': the day's signing
            if st == "nominal" and w.type in STRONG_TYPES and (_is_headline(s, context) or _CAPTION.search(
                    s.text)) and not _plans_only(sentences, w.type) and not _TOMORROW.search(s.text):
                st = "named"  # the headline or a photo caption names the agreement reported
            if st not in ("signed", "announced", "named") or (st == "announced" and w.type != "program"):
                continue
            if st == "signed" and _still_to_come(s, context):
                continue  # '23일 … 설명회를 연 뒤 24일 귀국할 예정이다' on the 22nd
            if w.type in ("institution", "alliance") and _background(s, w, context):
                continue
            if w.type in STRONG_TYPES + ("institution",) and asides.antecedent(s, w, context.published(s).year):
                continue  # what came before the news, not the news
            if w.type not in STRONG_TYPES and asides.since_then(s, w, context.published(s).year):
                continue  # how what goes on began
            if w.type == "forum" and (_ATTENDED.search(s.text[w.end - s.start:])
                                      or _AT_SETTING.match(s.text[w.end - s.start:])
                                      or not _JOINT.search(s.text)) and not is_pavilion(w.text):
                continue  # attending, speaking at or holding a forum alone is not a partnership
                # (running a pavilion of the city's firms at a fair abroad is taking part)
            if (w.type in ("mou", "loi") or w.type == "contract" and not mission) and _firm_subject(
                    s.text[:w.start - s.start], firms) and not _government_acts(s, w, places[s.index]):
                continue  # '사천의 … 기업 ㈜한빛에어로텍이 … 공급 계약을 맺었다': a firm's deal, no city's
                # (a contract signed on the city's trade mission is the mission's result, and counts)
            if w.type in ("sister_city", "friendship_city", "agreement") \
                    and _SCHOOL_TIE.search(s.text[:w.start - s.start]):
                continue  # '구마모토 고교와 자매결연': two schools' tie, not the cities'
            if _tie_as_title(s, w, places[s.index]):
                continue  # '자매도시인 독일 드레스덴에', '자매도시 드레스덴과': what the place is, no event
            if w.type in ("sister_city", "friendship_city") \
                    and _AGED_TIE.search(s.text[max(0, w.start - s.start - 16):w.start - s.start]):
                continue  # '35년 된 자매도시 관계를 산업 협력으로 끌어올린': the tie built on, told by its age
            if w.type in ("sister_city", "friendship_city") and _TIES_BODY.match(s.text[w.end - s.start:]):
                continue  # '양 도시 자매결연 위원회 관계자와': the body that keeps the tie, no signing
            if _sums_up_several(s, w) and sum(x.type == w.type for ws in words_of for x in ws) >= 3 \
                    and not (_each_their_own(s, w, places[s.index])
                             and not _told_one_by_one(s, w, places[s.index], context, words_of)):
                continue  # '… 업무협약을 잇따라 체결하며': the signings the article tells one by one
                # (when it does not, it is one signing with each partner named: _each_their_own)
            if _FIRST_TIME_AFTER.match(s.text[w.end - s.start:]):
                continue  # '… 협약을 맺은 것은 처음이다': the signing told before, called a first
            if w.type not in STRONG_TYPES and _PARTIES_AGREED.search(s.text[:w.start - s.start]) \
                    and _DECIDED_AFTER.search(s.text[w.end - s.start:]):
                continue  # '양 도시는 실무협의체를 구성해 … 발굴하기로 했다': what they agreed to do
            if _described(s, w):
                continue  # '2011년부터 매년 여는 … 박람회', '전시컨벤션 기관인': what it is, not an event
            if w.type == "award" and _NOBEL_BEFORE.search(s.text[max(0, w.start - s.start - 12):w.start - s.start]):
                continue  # '노벨화학상 수상자를 배출한': what a place is known for
            if w.type == "award" and (persons_prize or _PERSON_WINS.search(s.text[:w.start - s.start])):
                persons_prize = True
                continue  # '관내 주민 서정란(67)씨가 … 상을 수상했다': a resident's prize (and what follows of it)
            if _OBSERVER.search(s.text[:w.start - s.start]):
                continue  # '타이베이시는 옵서버 자격으로 창립총회에 참석했으며': watching, not joining
            if _among_nations(s, w, places[s.index]):
                continue  # '미국·멕시코·캐나다 협정(USMCA)에 따른': a treaty of nations, named as a setting
            if _SIGNED_BY_OTHERS.match(s.text[w.end - s.start:]):
                continue  # '협약서에는 양 병원장이 서명했으며': the heads of two other bodies signed it
            if w.type in STRONG_TYPES and _others_pair(s, w, places[s.index]):
                continue  # '포스코홀딩스와 칠레 생산진흥청(CORFO)이 … 양해각서를 체결했다': two others' deal
            if _AGENCY_SUBJECT.search(s.text[:w.start - s.start]) and not _government_acts(s, w, places[s.index]):
                continue  # 'KOTRA 리마무역관은 … 상담회를 열었다', 'K-water는 … 양해각서를': a national agency's
            if (w.type in STRONG_TYPES and (_OTHERS_SIGN.search(s.text[:w.start - s.start]) or (
                    w.type != "contract" and _FIRM_SUBJECT.search(s.text[:w.start - s.start])))
                    or w.type in ("program", "institution") and _FIRM_SUBJECT.search(s.text[:w.start - s.start])) \
                    and not _government_acts(s, w, places[s.index]):  # (or a firm's own plant: '㈜…은 … 준공식을')
                continue  # '대구 병원 4곳은 현지 여행사들과 … 협약을 맺었다': their deals, not the city's
            if w.type == "roadshow" and _FIRMS_AS_TOPIC.search(s.text[:w.start - s.start]) \
                    and not _government_acts(s, w, places[s.index]):
                continue  # '로봇 기업 6곳은 … 입주 기업들과 비즈니스 상담회를 갖고': the firms' own meetings
            if w.type not in STRONG_TYPES and any(m.type == w.type for m in mentions) \
                    and (_BACK_REFERENCE.search(s.text[max(0, w.start - s.start - 14):w.start - s.start])
                         or _opens_on_told(s, w, words)):
                continue  # '이번 상담회에는 … 1대1 상담을 벌였다': the event already told, not another
            if w.type in ("roadshow", "forum") and _BUYERS_CAME.search(s.text[:w.start - s.start]) \
                    and _CAME_TO.match(s.text[w.end - s.start:]):
                continue  # '걸프 지역 바이어 60여 개사가 상담회에 참여했으며': who came, not an event
            if w.type == "roadshow" and w.text.endswith("단") and _CALLS_ONLY.match(s.text[w.end - s.start:]):
                continue  # '투자유치단은 … 차관을 잇달아 면담하고': the mission's calls, no event
            if w.type == "roadshow" and w.text.endswith("단") and _led_from_abroad(s, w, places[s.index]):
                continue  # '에드먼턴 시장을 단장으로 한 경제사절단 … 성남을 찾았다': their visit here
            if w.type in ("roadshow", "exchange") and _ALONGSIDE_BEFORE.search(s.text[:w.start - s.start]):
                continue  # '포럼과 함께 열린 B2B 상담회에서는': a part of the forum told before
            if w.type == "program" and w.text.startswith("준공") and all(
                    p.korean or p.kind == "country" for p in places[s.index]):
                continue  # a facility completed at home ('덴마크 기업 … 군산 … 준공식'): no project abroad
            if w.type not in STRONG_TYPES and _HOLDS.match(s.text):
                continue  # '협정서에는 △… △경제사절단 상호 방문 등 … 내용이 담겼다': what it holds
            if w.type == "program" and _FOR_THIS.search(s.text[:w.start - s.start]):
                continue  # '시는 이를 위해 예산 5억원을 편성했다': the budget of what was told before
            if w.type in ("roadshow", "forum") and _held_by_other(s, w, places[s.index]) \
                    or w.type == "exchange" and _VIEWED.match(s.text[w.end - s.start:]):
                continue  # 'KOTRA가 연 로드쇼에 참석해', '사진전을 함께 관람했다': someone else's event, attended
            if w.type in ("roadshow", "exchange", "forum", "program") and (_MEANS_AFTER.match(
                    s.text[w.end - s.start:]) or _OCCASION_AFTER.match(s.text[w.end - s.start:])
                    or _EXISTING_AFTER.match(s.text[w.end - s.start:]) or _SINCE_YEARS.search(s.text)):
                continue  # '로드쇼를 통해 발굴한 바이어', '로드쇼의 성과를 점검했다', '공연 교류를
                # 계기로 인연을 맺었으며': background
            for m in _mentions_for(s, w, st, places[s.index], context, words):
                if m.date is not None and (m.date.basis.startswith("inferred: '오는") or (
                        (pub := context.published(s)).date is not None and m.date.year > pub.date.year)):
                    continue  # '오는 9월 열리는 축제에 … 초청하기로 했다', '내년 … 정상회의': still to come
                m.predicate = pred
                found.append(m)
        for m in found:
            if m.type in STRONG_TYPES and (_BACK_REFERENCE.search(
                    s.text[max(0, m.word.start - s.start - 14):m.word.start - s.start])
                    or (_PARTIES_BEFORE.search(s.text[max(0, m.word.start - s.start - 10):m.word.start - s.start])
                        and _CONTENTS_AFTER.match(s.text[m.word.end - s.start:]))
                    or m.type != "agreement" and _COUNTED_THIS_TIME.match(s.text[m.word.end - s.start:])):
                # '이번 업무협약으로', '… 협약을 맺은 것은 이번이 세 번째다': the one already reported
                m.type, m.refers_to = "agreement", m.type
            elif m.type == "agreement" and _COUNTED_THIS_TIME.match(s.text[m.word.end - s.start:]):
                # '2013년 … 교류해 왔으나 공식 협약을 맺은 것은 이번이 처음이다': this one, whatever
                # earlier year the sentence tells
                m.date, m.own_date = None, False
        mentions.extend(_settle_sentence(found))
    groups: list[Group] = []
    # named agreements first; then a bare 협약/협정 joins the agreement of the same places it
    # refers to, else it is an MOU
    for m in [m for m in mentions if m.type != "agreement"] + [m for m in mentions if m.type == "agreement"]:
        target = None
        if m.type == "agreement":
            target = next((g for g in groups if (g.first.type in STRONG_TYPES or _multilateral(g, m)
                                                  or _signed_as_agreement(g))
                           and _compatible(g, m, any_type=True)), None)
            if target is None and _REFERS_BACK.match(m.sentence.text[m.word.end - m.sentence.start:]):
                # '협약에 따라 양측은 ...': the one agreement the article reports, whatever places
                # (a year in it, the sentence opening so, is of what was agreed: '2024년 관광의 해')
                strong = [g for g in groups if g.first.type in STRONG_TYPES]
                if len(strong) > 1:  # an old tie told before it is history: the news is the latest
                    latest = max((g.year or 0) for g in strong)
                    strong = [g for g in strong if (g.year or 0) == latest]
                opens = m.word.start - m.sentence.start <= 3
                target = strong[0] if len(strong) == 1 and (opens or not m.own_date) else None
            if target is None and m.refers_to:
                # '이번 개소로 ...': the agreement of that kind already reported, never a new MOU
                same = [g for g in groups if g.first.type == m.refers_to]
                if not same:
                    continue
                target = same[-1]
            m.type = target.first.type if target is not None else "mou"
        if target is None and m.type in STRONG_TYPES and not any(not p.korean for p in m.place_spans) \
                and _REFERS_BACK.match(m.sentence.text[m.word.end - m.sentence.start:]):
            # '의향서에는 …이 담겼다' naming no place: the letter of intent already told
            target = next((g for g in reversed(groups) if g.first.type == m.type), None)
        target = target or _ceremony_told(m, groups) or _best_fit(m, groups)
        if target is None:
            groups.append(Group([m]))
        else:
            target.mentions.append(m)
    groups = _fold_founding_declarations(_fold_city_ties(_fold_exchanges(groups)))
    drop = asides.background_groups(groups, lambda x: context.published(x).year, celebrated=celebrated)
    for g in asides.past_experience(groups, lambda x: context.published(x).year):
        g.history = True
    return [g for g in groups if g not in drop and not _partner_only_borrowed(g) and not _not_a_party(g)
            and (mission or not _unattributed_contract(g)) and not _tally_only(g, groups)
            and not _summed_up(g, groups) and not _named_by_its_division(g, groups)
            and not _headline_of_a_part(g, groups) and not _where_only(g, groups)
            and not _only_counted(g) and not _agency_event(g) and not _agency_lead_event(g, context)], pubs


# a ceremony or meeting as the topic that opens a sentence ('개소식에는 … 참석했다', '상담회에는')
_CEREMONY_TOPIC = re.compile(r"^(?:\S+\s)?(?P<word>\S*[식회])(?:에는|에서는|에도)\s")


def _best_fit(m: Mention, groups: list[Group]) -> Group | None:
    """The group a mention joins: of those it fits, one naming the same city or division (not only
    its country: a lede's '태국과 말레이시아를 방문해 … 상담회를' is not the Kuala Lumpur one), else the
    first; a mention naming no partner goes on about the latest ('상담회에서는 …')."""
    fits = [g for g in groups if _compatible(g, m)]
    own = {p for p in m.partner if not p.startswith("country-")}
    return next((g for g in fits if own & set(g.partner_places())), None) \
        or (fits[0] if m.partner else fits[-1]) if fits else None


# an event a national agency organised ('이번 상담회는 KOTRA와 중소기업진흥공단이 공동 주관했으며')
_AGENCY_HELD = re.compile(rf"{_AGENCIES}[^.]{{0,30}}?(?:공동\s?)?(?:주관|주최)"
                          r"(?:했|하|한|으로|로)")


# two parties as the subject of the signing ('A와 B(CORFO)이 … 체결했다'), the sentence's first clause
_PAIR_SUBJECT = re.compile(r"(?:^|[\s,])(?:이어\s|이에\s앞서\s|같은\s날\s)?(?:[^\s,]+\s){0,3}?"
                           r"[가-힣A-Za-z0-9㈜()]+(?:와|과)\s[^.,]{1,50}?(?:\([A-Za-z-]{1,12}\))?(?:이|가)\s")


_SIGNED_BY_OTHERS = re.compile(r"^\S{0,2}?\s?(?:에는|은|는)\s(?:양|두)\s?(?:병원장|총장|대표|대표이사|사장|회장|원장|"
                               r"기관장|학장)(?:이|가|들이)\s?(?:서명|사인|날인)")


def _among_nations(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """The agreement's name is a list of countries joined by '·' or '-' ('미국·멕시코·캐나다 협정',
    '한-칠레 자유무역협정'): a treaty between nations, not a local government's partnership."""
    before = s.text[max(0, w.start - s.start - 40):w.start - s.start]
    m = re.search(r"((?:[가-힣]{1,8}[·\-]){1,5}[가-힣]{1,8})\s?(?:자유무역)?$", before)
    if m is None:
        return False
    lo = w.start - len(before) + m.start()
    named = [p for p in spans if lo <= p.start < w.start]
    return len(named) >= 2 and all(p.kind == "country" for p in named)


def _others_pair(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """The signing's subject is two parties neither of which is a Korean government: a firm and a
    body abroad, two firms ('㈜에코셀머티리얼즈와 캐나다 … 노스락리튬이')."""
    before = s.text[:w.start - s.start]
    m = next(reversed(list(_PAIR_SUBJECT.finditer(before))), None)
    if m is None or _PARTIES_BEFORE.search(m.group(0)) or len(before) - m.end() > 60 or ", " in before[m.end():] \
            or re.match(r"(?:\S+\s)?참석", before[m.end():]):  # ('대사와 시 관계자 등이 참석한 가운데': guests)
        return False  # ('양 도시는': the governments themselves; a pair far back is another clause's)
    lo, hi = s.start + m.start(), s.start + m.end()
    if not any(t.tag == "JKS" and t.start == hi - 2 for t in s.tokens):
        return False  # the 이 or 가 ends a name ('하와이 주정부와'), it does not mark a subject
    return not any(p.korean and lo <= p.start < hi for p in spans) and not _KOREAN_GOV_WORD.search(m.group(0))


_KOREAN_GOV_WORD = re.compile(r"(?:시|도|군|구|청|부)(?:와|과|이|가)\s|(?:시장|지사|군수|구청장|장관|교육감|의장)")


def _agency_event(g: Group) -> bool:
    """A roadshow or forum a national agency organised: the city's firms took part, the city did not hold it."""
    return g.first.type in ("roadshow", "forum") and any(
        (found := _AGENCY_HELD.search(m.sentence.text)) is not None
        and not _CO_HOST.search(m.sentence.text[max(0, found.start() - 12):found.start()]) for m in g.mentions)


# a national agency as the lead's subject holding an event ('KOTRA(대한무역투자진흥공사)는 … 한국우수상품전을
# 열었다고 밝혔다'); not one it held with a province ('경북도는 KOTRA와 함께 …')
_AGENCY_HOLDS = re.compile(rf"(?:^|\s){_AGENCIES}(?:\([^()]{{1,20}}\))?(?:는|은|이|가)\s[^.]*?"
                           r"(?:열었|열고|개최했|개최하고|마련했|진행했)")


def _agency_lead_event(g: Group, ctx: _Context) -> bool:
    """A roadshow or forum of an article whose lead has a national agency holding an event, with no
    Korean government acting in any of the group's sentences: the agency's event."""
    if g.first.type not in ("roadshow", "forum") or any(_government_acts(m.sentence, m.word, ctx.places[
            m.sentence.index]) for m in g.mentions):
        return False
    return any(_AGENCY_HOLDS.search(x.text) for x in ctx.segment(g.first.sentence)[:8])


# '충남도와 코트라 보고타무역관 공동 주관으로': the province co-hosted
_CO_HOST = re.compile(r"(?:도|시|군|구)(?:와|과)\s$")


def _ceremony_told(m: Mention, groups: list[Group]) -> Group | None:
    """'개소식에는 … 60여 명이 참석했다', '상담회에는 … 바이어 60여 명이 참석해': the event the
    article already told, whatever places the list of guests names."""
    topic = _CEREMONY_TOPIC.match(m.sentence.text)
    if not (topic and m.word.text.endswith(("식", "회")) and m.word.end == m.sentence.start + topic.end("word")):
        return None
    return next((g for g in reversed(groups) if any(x.word.text.endswith(m.word.text) for x in g.mentions)
                 and (not m.korean or set(m.korean) & set(g.first.korean))), None)


def _signed_as_agreement(g: Group) -> bool:
    """The group's event was itself signed as an agreement ('AI 공동연구센터 설립 협약', '…
    개선사업' 협약'), so a bare 협약 elsewhere may be that one."""
    return any(x.word.text.endswith(("협약", "협약서", "협정", "협정서"))
               or re.match(r"['’\"」』]?\s?(?:협약|협정)", x.sentence.text[x.word.end - x.sentence.start:])
               for x in g.mentions)


# '구는 방문 일정을 주선했을 뿐 협약 당사자로 참여하지 않았다': the government signed nothing
_NOT_A_PARTY = re.compile(r"당사자(?:로|가|는|로는)?\s?(?:\S+\s)?(?:참여하지\s?(?:는|도)?\s?않|아니|아닌|빠졌)")


def _not_a_party(g: Group) -> bool:
    """A sentence of the agreement says the article's government was not a party to it."""
    return any(_NOT_A_PARTY.search(m.sentence.text) for m in g.mentions)


# a lede's tally of a trip's results ('업무협약 체결, 통상사무소 개소, 수출 계약 등 3건의 성과를')
# agreements only counted ('현장 MOU 3건·상담액 …'): a tally of deals, no one agreement told
_COUNTED_DEALS = re.compile(r"^\s?\d+\s?건")
def _only_counted(g: Group) -> bool:
    return all(_COUNTED_DEALS.match(m.sentence.text[m.word.end - m.sentence.start:]) for m in g.mentions)


_TALLY_AFTER = re.compile(r"^[^.]{0,40}?등\s?\d+\s?(?:건|개|가지)")


def _tallied(m: Mention) -> bool:
    return bool(_TALLY_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:]))


def _summed_up(g: Group, groups: list[Group]) -> bool:
    """A group told only in a lede that names countries, no city, beside other events ('칠레와 페루를
    방문해 MOU를 체결하고 수출상담회를 열었다'), while the article tells an event of that type in one of
    those countries on its own: the lede summed that one up (its partner city was only guessed)."""
    first = g.first.sentence
    others = [h for h in groups if h is not g and h.first.type == g.first.type]
    elsewhere = {p for h in others for p in h.partner_places()}
    if any(m.sentence is not first for m in g.mentions) and not (set(g.partner_places()) <= elsewhere and all(
            m.partner and set(m.partner) <= elsewhere for m in g.mentions if m.sentence is not first)):
        return False  # (its other sentences may only go on about those other events)
    abroad = [p for p in g.first.place_spans if not p.korean]
    if not abroad or any(p.kind != "country" for p in abroad) or len({m.type for m in g.mentions}) != 1 \
            or not any(w.start != g.first.word.start for w in find_types(first)):
        return False
    countries = {p.country for p in abroad}
    return any(h is not g and h.first.type == g.first.type and any(m.sentence is not first for m in h.mentions)
               and any(m.sentence is not first and any(not p.korean and p.kind != "country" and p.country in countries
                                                      for p in m.place_spans) for m in h.mentions)
               for h in groups)


def _named_by_its_division(g: Group, groups: list[Group]) -> bool:
    """A group told in one sentence (a headline: '하동군, … 교토와 우호도시') whose partner city the
    article writes elsewhere as the division of another event's partner of the same type ('교토부
    우지시와 … 협정을 체결했다'): the headline named the partner by the region around it."""
    first = g.first.sentence
    names = {p.text for p in g.first.place_spans if not p.korean and p.kind == "city"}
    if not names or any(m.sentence is not first for m in g.mentions):
        return False
    division = re.compile("|".join(rf"{re.escape(n)}\s?(?:부|현|성|주|도)(?:\([^()]{{1,12}}\))?\s" for n in names))
    return any(h is not g and h.first.type == g.first.type and not set(h.partner_places()) & set(g.partner_places())
               and any(m.sentence is not first and division.search(m.sentence.text) for m in h.mentions)
               for h in groups)


def _headline_of_a_part(g: Group, groups: list[Group]) -> bool:
    """A headline's agreement naming a metropolitan city or province ('대구, 베트남 박닌성과 … MOU')
    where the body tells the same agreement by one of its districts or cities ('달서구는 … 박닌성 …
    MOU를 체결했다'); the group's other sentences name no place of their own."""
    from partnerships.korea_areas import AREAS, area_table

    f = g.first
    if f.sentence.index != 0 or len(f.korean) != 1 or f.korean[0] not in AREAS \
            or any(m.place_spans for m in g.mentions[1:]):
        return False
    table, area = area_table(), f.korean[0]
    return any(h is not g and h.first.type == f.type and set(h.partner_places()) & set(g.partner_places())
               and all(table.get(k) == area and k != area for m in h.mentions for k in m.korean)
               and any(_acts(m, p) for m in h.mentions for p in m.place_spans if p.korean) for h in groups)


def _led_from_abroad(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """A mission whose head (named just before it) is of a place abroad."""
    led = _LED_BY_HEAD.search(s.text[max(0, w.start - s.start - 40):w.start - s.start])
    if not led:
        return False
    before = [p for p in spans if p.end <= w.start - len(led.group(0))]
    return bool(before) and not before[-1].korean


def _acts(m: Mention, p: PlaceMention) -> bool:
    """The Korean place is a party of the sentence ('달서구는', '달서구와'), not where a firm is ('천안의')."""
    return bool(re.match(r"(?:청|청장)?(?:는|은|이|가|와|과|도)\s", m.sentence.text[p.end - m.sentence.start:]))


_UNNAMED_GOVERNMENT = re.compile(r"(?:현지|해당|상대)?\s?(?:지방\s?정부|자치\s?단체|지자체|주\s?정부|성\s?정부)"
                                 r"(?:와|과)\s")


def _where_only(g: Group, groups: list[Group]) -> bool:
    """A group whose partner every sentence names only as where it happened ('하노이서 지방정부와 …
    MOU', '현지 지방정부와 … 협약을 맺고'), while another event of its type names its party in that
    country ('하노이 롯데호텔에서 꽝닌성 인민위원회와 … 양해각서를 체결했다'): that event, told vaguely."""
    partners = set(g.partner_places())
    if g.first.type not in STRONG_TYPES or not partners \
            or any(not _where_or_borrowed(m, partners) for m in g.mentions) \
            or not any(_UNNAMED_GOVERNMENT.search(m.sentence.text) for m in g.mentions):
        return False
    countries = {country_of(p) for p in partners}
    return any(h is not g and h.first.type == g.first.type and not set(h.partner_places()) & partners
               and {country_of(p) for p in h.partner_places()} & countries
               and not all(_where_or_borrowed(m, set(h.partner_places())) for m in h.mentions) for h in groups)


def _where_or_borrowed(m: Mention, partners: set[str]) -> bool:
    """The mention names the partner only as a venue ('하노이서'), or not at all."""
    spans = [p for p in m.place_spans if p.id in partners]
    return all(p.venue_marker for p in spans)


def _tally_only(g: Group, groups: list[Group]) -> bool:
    """A group told only in a lede's tally of results, while the article tells an agreement of
    that kind on its own: the tally named that one, not another (its partner was only guessed)."""
    return all(_tallied(m) for m in g.mentions) and any(
        h is not g and h.first.type == g.first.type and not all(_tallied(m) for m in h.mentions) for h in groups)


# a firm as the subject ('㈜한빛옵틱스가', '㈜○○와인은' as a paper masks it, '전문기업 ㈜한빛에어로텍이',
# '전문기업 대성정밀(주)이', "스타트업 '딥비전랩'이", '조선사 남해조선해양은') and a
# local government as one ('사천시는', '경북도가')
# firms counted as what the sentence is about ('창원 지역 로봇 기업 6곳은 …'; not '기업 12곳이 참가한
# 수출상담회', the city's event they took part in)
_FIRMS_AS_TOPIC = re.compile(r"(?:기업|업체|스타트업)\s?(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개)"
                             r"(?:은|는|도)\s")
_FIRM_SUBJECT = re.compile(r"(?:㈜|\(주\)|주식회사)\s?(?P<a>[가-힣A-Za-z0-9○]+)"
                           r"(?:이|가|은|는|,|\s등\s\d+\s?개사(?:가|는|도))\s|"
                           r"(?:기업|업체|회사|社|조선사|제조사|스타트업|법인)\s(?:㈜\s?)?['‘\"“]?(?P<b>[가-힣A-Za-z0-9]+)"
                           r"['’\"”]?(?:\s?\(주\)|㈜)?(?:이|가|은|는|,)\s")


def _firm_names(sentences: list[Sentence]) -> set[str]:
    """Firms the article introduces as firms ('자동차부품 기업 한빛정밀이'), by name."""
    return {m.group("a") or m.group("b") for s in sentences for m in _FIRM_SUBJECT.finditer(s.text)}


def _firm_subject(before: str, firms: set[str]) -> bool:
    """A firm is the subject before the agreement word: marked as one, or named as one earlier
    in the article ('한빛정밀은 … 공급계약을 체결했다')."""
    return bool(_FIRM_SUBJECT.search(before)) or any(
        re.search(rf"(?:^|\s){re.escape(f)}(?:은|는|이|가)\s", before) for f in firms)
_BARE_PARTY = re.compile(rf"{_LEVEL_WORD}(?:와|과|는|은|가|이)\s")  # '도와 …', '시는 …'
_ACTS_AFTER = re.compile(r"^(?:특별자치시|특별자치도|광역시|특별시|시|군|구|도|청)?(?:는|은|이|가|와|과)\s")


def _government_acts(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """A Korean place before the agreement word is a subject or a party ('사천시는', '경북도와'),
    not only where a firm is ('경남 사천의 … 기업'); or the article's government by its level
    alone opens the sentence ('도와 현지 유통기업, 도내 업체 3곳은 … 계약을 맺었다')."""
    return bool(_BARE_PARTY.match(s.text)) or any(
        p.korean and p.end <= w.start and _ACTS_AFTER.match(s.text[p.end - s.start:]) for p in spans)


def _unattributed_contract(g: Group) -> bool:
    """A contract no sentence of which names the Korean side ('▲ 한빛에어로텍 대표와 필리핀 공군
    사령관이 … 공급 계약서에 서명하고 있다'): with no trade mission told, a firm's deal, not
    shown to be a government's."""
    return g.first.type == "contract" and not any(m.places_from_text for m in g.mentions)


def _partner_only_borrowed(g: Group) -> bool:
    """No sentence of the agreement names its partner place: each names only a country (a firm
    or a government 'of Thailand', '사우디 업체와') and the city came from the sentences around.
    The party is not named where the signing is told, so the record would be a guess."""
    with_partner = [m for m in g.mentions if m.partner]
    return bool(with_partner) and all(m.partner_borrowed for m in with_partner)


# a bare 협약 the sentence goes on about: '협약에 따라', '협약에는', '협약으로'
_REFERS_BACK = re.compile(r"^(?:서|식)?\s?(?:에\s?따라|에\s?따르면|에는|에서는|으로|의\s?주요|의\s?내용)")


_SAME_MEETING = re.compile(r"(?:이날|같은\s?날|같은\s?자리|이\s?자리)(?:\s\S+)?\s(?:총회|회의|창립총회|출범식)?에서")


def _fold_founding_declarations(groups: list[Group]) -> list[Group]:
    """A declaration told right after an alliance's founding that names no place abroad of its
    own ('... 얼라이언스를 결성했다. 네 도시는 ... 공동 선언문에 서명했다') is the founding act,
    not a record of its own (as when both stand in one sentence)."""
    founded = [g for g in groups if g.first.type == "alliance"
               and any(_FOUNDING.search(m.sentence.text) for m in g.mentions)]
    out: list[Group] = []
    for g in groups:
        host = None
        abroad = {p.id for m in g.mentions for p in m.place_spans if not p.korean}
        if g.first.type == "declaration":
            # (or one adopted at that assembly, '이날 총회에서', naming only its members)
            host = next((h for h in founded if h.year == g.year and (not abroad and any(
                0 < g.first.sentence.index - m.sentence.index <= 2 for m in h.mentions) or abroad
                <= set(h.partner_places()) and _SAME_MEETING.search(g.first.sentence.text))), None)
        if host is None:
            out.append(g)
        else:
            host.mentions.extend(g.mentions)
    return out


def _multilateral(g: Group, m: Mention) -> bool:
    """A bare 협정 that is the alliance's own agreement: the alliance was a '다자간 협정', or
    the sentence lists who takes part in it ('협정에 참여한 도시는 ...')."""
    return g.first.type == "alliance" and ("협정" in g.first.word.text or bool(
        _MEMBER_WORDS.search(m.sentence.text[m.word.end - m.sentence.start:])))


def _fold_city_ties(groups: list[Group]) -> list[Group]:
    """An MOU told beside a sister- or friendship-city agreement with the same partner in the
    same year, and with no organisation of its own, is that agreement under another name
    ('우호협력 협약을 체결했다 ... 양 도시는 이번 MOU로 ...'): one record, not two."""
    out: list[Group] = []
    ties = [g for g in groups if g.first.type in ("sister_city", "friendship_city")]
    for g in groups:
        if g.first.type == "mou" and not any(m.counterpart or _ANOTHER.search(m.sentence.text)
                                             or _ALSO_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:])
                                             for m in g.mentions):
            # (their partners as the records would have them: a lede listing a trip's three cities
            # for both does not make an MOU in one of them the tie made in another)
            partner = set(g.partner_places()) or {p for m in g.mentions for p in m.partner}
            host = next((t for t in ties if t.year == g.year and _same_partner(partner, set(t.partner_places()) or {
                p for m in t.mentions for p in m.partner}) and not _other_days(g, t)), None)
            if host is not None:
                host.mentions.extend(g.mentions)
                continue
        out.append(g)
    return out


def _same_partner(a: set[str], b: set[str]) -> bool:
    """The two name a partner in common: a city or division, or only a country when neither names
    more ('태국과 말레이시아를 방문해 우호교류 협정 1건, 업무협약 1건을' shares Malaysia with the
    MOU told later with 슬랑오르주, which is not the friendship tie)."""
    shared = a & b
    return any(not p.startswith("country-") for p in shared) or bool(shared) and all(
        p.startswith("country-") for p in a | b)


def _days(g: Group) -> set[tuple[int, int, int]]:
    return {(m.date.year, m.date.month, m.date.day) for m in g.mentions
            if m.date and m.date.day and m.date.month and _stated(m.date)}


def _other_days(a: Group, b: Group) -> bool:
    """Each group states its own day and the days differ: two signings ('25일 ... 합의서를
    체결하고', '이튿날인 26일에는 ... 양해각서에 서명했다')."""
    da, db = _days(a), _days(b)
    return bool(da) and bool(db) and not da & db


def _fold_exchanges(groups: list[Group]) -> list[Group]:
    """What the parties did or agreed right after a signing ('공연도 함께 봤다', '교류를
    이어가기로 했다') is evidence of that agreement, not an exchange record of its own."""
    out: list[Group] = []
    for g in groups:
        undated = not any(m.own_date or (m.date and _stated(m.date)) for m in g.mentions)
        if g.first.type == "exchange":
            host = next((h for h in out if h.first.type in STRONG_TYPES and any(
                0 <= g.first.sentence.index - m.sentence.index <= 3 for m in h.mentions)
                # ... or on the signing's day ('이날'), or told in a sentence about the signing
                and (undated or (_days(g) and _days(g) <= _days(h))
                     or (not any(m.own_date for m in g.mentions) and g.year == h.year
                         and any(m.sentence.index == g.first.sentence.index for m in h.mentions)))
                and (not g.first.partner or set(g.first.partner) & {p for m in h.mentions for p in m.partner})), None)
            if host is not None:
                host.mentions.extend(g.mentions)
                continue
        out.append(g)
    return out


# 'KOTRA가 자카르타에서 연 ... 로드쇼에 참석해': an organiser named with 이/가 and its verb
_ORGANISER = re.compile(r"(?:이|가)\s(?:\S+\s){0,3}?(?:연|열었던|개최한|주최한|주관한|마련한|진행한)\s(?:\S+\s){0,6}$")
# an exhibition or a show only looked at ('기념 사진전을 함께 관람했다', '공연을 감상했다')
_VIEWED = re.compile(r"^\S{0,2}?\s?['’”\"]?\s?(?:을|를|도)\s?(?:함께\s|나란히\s|직접\s)?(?:관람|감상|둘러보|둘러봤)")
_ATTEND_AFTER = re.compile(r"^\S{0,2}?\s?(?:'|’|”|\")?\s?(?:에|에도)\s?참관")


# ... or only helped with ('상담회 장소 제공 등을 지원했다')
_SUPPORTED = re.compile(r"^\s?(?:장소|통역|부스|비용|차량|참가비|홍보)(?:\s?(?:제공|임차|대여|마련))?"
                        r"\s?(?:등을|을|를|등)?\s?지원")
_BODY_BEFORE = re.compile(r"(?:청|공사|협회|무역관|회의소|상의|기구|재단|위원회|투자청|\([A-Z]{2,8}\))(?:이|가)$")
_LEVEL_BEFORE = re.compile(r"(?:^|\s)(?:시|도|군|구|우리)(?:가|이)$")


def _opens_on_told(s: Sentence, w: TypeMention, words: list[TypeMention]) -> bool:
    """The sentence opens on an event of this type already told ('이번 상담회에는 …'): what it
    goes on to say of that type ('… 1대1 상담을 벌였다') is of the same event."""
    first = words[0] if words else None
    return (first is not None and first is not w and first.type == w.type
            and _BACK_REFERENCE.search(s.text[max(0, first.start - s.start - 14):first.start - s.start]) is not None
            and first.start - s.start <= 8)


def _held_by_other(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """An event the Korean side attended rather than held: 'X가 연 로드쇼에 참석했다', or
    viewed ('로드쇼에 참관했다'), or one a body abroad laid on (`spans`: the sentence's places)."""
    rest = s.text[w.end - s.start:]
    if _ATTEND_AFTER.match(rest) or _SUPPORTED.match(rest):
        return True
    before = s.text[:w.start - s.start]
    if not (m := _ORGANISER.search(before)):
        return False
    if _ATTENDED.search(rest):
        return True
    # ... or one a foreign body laid on ('아부다비 투자청(ADIO)이 마련한 비즈니스 상담회에서')
    lo = max(0, m.start() - 20)
    near = [p for p in spans if s.start + lo <= p.start < s.start + m.start() + 1]
    return bool(_BODY_BEFORE.search(before[lo:m.start() + 1])) and not any(p.korean for p in near) \
        and not _LEVEL_BEFORE.search(before[lo:m.start() + 1])


def _on_the_day(s: Sentence, ctx: _Context) -> bool:
    """A present-tense sentence that reports the day itself: '오늘', '이날', the page's own
    date ('14일' on the 14th) or days around it, and no plan wording ('예정', '다음 달', '연내' ...)."""
    if _PLAN.search(s.text):
        return False
    if _SAME_DAY.search(s.text):
        return True
    if _LATER_THAT_DAY.match(s.text) and not dates_mod.dates_in(s):
        # '이날 오전 … 개소식을 갖는다. … 오후에는 … 포럼을 개최한다': the day the last dated sentence told
        told = next((x for x in reversed(ctx.sentences[max(0, s.index - 3):s.index])
                     if _SAME_DAY.search(x.text) or dates_mod.dates_in(x)), None)
        return told is not None and _on_the_day(told, ctx)
    pub, days = ctx.published(s), _days_told(s, ctx)
    return any(day == pub.date for day in days) or len(days) > 1 and min(days) <= pub.date <= max(days)


def _still_to_come(s: Sentence, ctx: _Context) -> bool:
    """A sentence with plan wording whose day falls after the page's own date: what it tells
    in the past form ('연 뒤 … 귀국할 예정이다') has not happened yet."""
    if not _PLAN.search(s.text):
        return False
    pub = ctx.published(s)
    return any(day > pub.date for day in _days_told(s, ctx))


def _days_told(s: Sentence, ctx: _Context) -> list[dt.date]:
    """The full days the sentence gives, read against the page's exact date (none without one)."""
    pub = ctx.published(s)
    if pub.date is None or not pub.exact:
        return []
    days = []
    found = dates_mod.dates_in(s)  # not the day it was announced ('체결식을 연다고 21일 밝혔다')
    for d in [d for d in found if not _REPORTED.match(s.text[d.end - s.start:])] or found:
        r = dates_mod.resolve(d, pub, past=False)
        if r is not None and d.day and r.year and r.month and r.day:
            days.append(dt.date(r.year, r.month, r.day))
    return days


def _is_headline(s: Sentence, ctx: _Context) -> bool:
    seg = ctx.segment(s)  # the headline's first line, also when '…' splits it in two
    return bool(seg) and seg[0].line == s.line


def _plans_only(sentences: list[Sentence], type_: str) -> bool:
    """True when the article speaks of this agreement only as a plan or a talk."""
    return type_ in _planned_types(sentences)


def _planned_types(sentences: list[Sentence]) -> set[str]:
    """The agreement types the article speaks of as a plan or a talk somewhere (read once an
    article: a headline of many agreement words asked it again for each)."""
    if not sentences:
        return set()
    return sentences[0].memo(f"planned types of {len(sentences)}", lambda: {
        w.type for x in sentences for w in find_types(x) if status_at(x, w)[0] in ("planned", "mention")})


def _background(s: Sentence, w: TypeMention, ctx: _Context) -> bool:
    """A founding or launch told in passing ('2016년 설립한 관광청', '지난해 출범한 협의체'),
    or the network's own history with no Korean place acting ('네트워크는 2019년 출범했으며'):
    the sentence dates it before the page's year."""
    rest = s.text[w.end - s.start:]
    if not _ADNOMINAL.match(rest) and not (_FOUNDING.search(w.text) and not _home(ctx.places[s.index])):
        return False
    before = s.text[max(0, w.start - s.start - 12):w.start - s.start]
    m = _EARLIER.search(before)
    if not m:
        return False
    pub = ctx.published(s)
    year = re.search(r"\d{4}", m.group(0))
    return not (year and pub.year and int(year.group(0)) >= pub.year)


_HEAD_SENTENCES = 5


class _LazyPlaces(dict):
    """Places per sentence index, found when first asked for (analysing a sentence costs)."""

    def __init__(self, sentences: list[Sentence], gazetteer: GazetteerLike) -> None:
        super().__init__()
        self._sentences = sentences
        self._gazetteer = gazetteer
        self._names: dict = {ARTICLE_TEXT: "\n".join(s.text for s in sentences)}

    def __missing__(self, index: int) -> list[PlaceMention]:
        for k in range(min(index, _HEAD_SENTENCES)):
            if k not in self:  # the headline and lead first: a name they place stands for the same place later
                self[k] = find_places(self._sentences[k], self._gazetteer, cache=self._names)
        found = find_places(self._sentences[index], self._gazetteer, cache=self._names)
        self[index] = found
        return found


class _Context:
    """What the article says around a sentence: publication date, main places, dateline."""

    def __init__(self, sentences: list[Sentence], places: _LazyPlaces,
                 pubs: list[Published], article: Article, gazetteer: GazetteerLike) -> None:
        self.sentences = sentences
        self.places = places
        self.pubs = pubs
        self.dateline: list[str] = []
        for m in _DATELINE.finditer(article.text):
            p = gazetteer.find(m.group(1))
            if p is not None and p.country != "KR" and p.kind == "city":
                self.dateline.append(p.id)
                break

    def published(self, s: Sentence) -> Published:
        return dates_mod.published_for(self.pubs, s.line)

    def segment(self, s: Sentence) -> list[Sentence]:
        pub = self.published(s)
        later = [p.line for p in self.pubs if p.line > pub.line]
        stop = min(later) if later else 10**9
        # the first part starts at the top: a headline comes before its byline date
        start = 0 if pub is self.pubs[0] else pub.line
        return [x for x in self.sentences if start <= x.line < stop]

    def lead_korean(self, s: Sentence) -> list[str]:
        """Korean places of the headline and lead of the sentence's article part."""
        seg = self.segment(s)
        lead = seg[:4]
        # ... leaving aside a place inside a quoted name ('제주-나디 시범사업') while another is named
        ids = [pid for x in lead for pid in _korean_side(
            [p for p in _home(self.places[x.index]) if not p.dateline and not _in_quoted_name(x, p)
             and not _seat(x, p)],
            x.text, x.start)]
        if not ids and any(NATIONAL_BODY.search(x.text) for x in lead):
            return [SEAT_OF_GOVERNMENT]  # a ministry's release: not the place its hotel stands in
        ids = ids or [pid for x in lead for pid in _korean_side(
            [p for p in _home(self.places[x.index]) if not p.dateline], x.text, x.start)]
        ids = ids or [pid for x in lead for pid in _korean_side(_home(self.places[x.index]), x.text, x.start)]
        if ids:
            return list(dict.fromkeys(ids))
        if any(NATIONAL_BODY.search(x.text) for x in lead):
            return [SEAT_OF_GOVERNMENT]
        counts: dict[str, int] = {}
        for x in seg:
            for p in _home(self.places[x.index]):
                counts[p.id] = counts.get(p.id, 0) + 1
        if counts:
            return [max(counts, key=counts.__getitem__)]
        if any(NATIONAL_BODY.search(x.text) for x in seg):
            return [SEAT_OF_GOVERNMENT]
        return []

    def lead_subject(self, s: Sentence) -> list[str]:
        """The Korean government the lead names as its subject ('영천시는 …', not a menu's '경북'),
        else the lead's first Korean place."""
        for x in self.segment(s)[:6]:
            for p in _home(self.places[x.index]):
                if not p.dateline and (_SUBJECT_AFTER.match(x.text[p.end - x.start:]) or _SUBJECT_END.search(
                        x.text[p.start - x.start:p.end - x.start + 1])):
                    return [p.id]
        return self.lead_korean(s)[:1]

    def nearby_foreign(self, s: Sentence, *, back: int = 4) -> list[PlaceMention]:
        """Foreign places of the few sentences before `s`, nearest first (not one told as last
        year's: '지난해에는 … 아스타나에서 연 설명회에'), then the lead."""
        out: list[PlaceMention] = []
        for x in reversed(self.sentences[max(0, s.index - back):s.index]):
            if not _LAST_YEARS.match(x.text):
                out.extend(p for p in self.places[x.index] if not p.korean and not _seat(x, p))
        for x in self.segment(s)[:3]:
            out.extend(p for p in self.places[x.index] if not p.korean and not _seat(x, p))
        return out


_LAST_YEARS = re.compile(r"^\W{0,2}(?:지난해|작년|재작년)(?:에는|에도|엔)\s")


def _seat(s: Sentence, p: PlaceMention) -> bool:
    """The place only says where a building or body is ('호놀룰루에 있는 하와이주 청사에서'), or
    where a firm is ('청주 오창의 의료기기 업체 A사')."""
    return bool(_SEAT_OF_ORG.match(s.text[p.end - s.start:p.end - s.start + 12])
                or _FIRM_OF.match(s.text[p.end - s.start:p.end - s.start + 40]))


def _event_dates(s: Sentence) -> list[DateMention]:
    """The sentence's dates that may date an event."""
    found = dates_mod.dates_in(s)
    # '체결했다고 17일 밝혔다': the date of the announcement, not of the event
    found = [d for d in found if not _REPORTED.match(s.text[d.end - s.start:])] or found
    # '… 순방 일정을 마치고 26일 귀국했다': the day the delegation came home
    found = [d for d in found if not _CAME_HOME.match(s.text[d.end - s.start:])]
    # '3일부터 7일까지', '10.6~10.7': an event that ran over days is dated by its first
    found = [d for d in found if not _RANGE_END.search(s.text[max(0, d.start - s.start - 4):d.start - s.start])] \
        or found
    # '2040년까지 ...', '2030년 목표': a deadline or target, never the date of the event
    return [d for d in found if not (d.day is None and _DEADLINE.match(s.text[d.end - s.start:]))]


_AT_THAT_TIME = re.compile(r"^\W{0,2}(?:그\s)?당시(?:에는|에|엔)?\s")


def _year_told_before(s: Sentence, ctx: _Context) -> list[DateMention]:
    """The year the paragraph's sentence before gives: what '당시' at the start refers to."""
    for x in reversed(ctx.sentences[max(0, s.index - 2):s.index]):
        if x.line != s.line:
            break
        years = [d for d in dates_mod.dates_in(x) if d.year is not None and d.rel_year is None]
        if years:
            return years[-1:]
    return []


def _day_told_before(s: Sentence, ctx: _Context) -> list[DateMention]:
    """The day the paragraph's sentence before gives (not the day something was announced):
    what '이날' refers to."""
    for x in reversed(ctx.sentences[max(0, s.index - 2):s.index]):
        if x.line != s.line:
            break
        days = [d for d in dates_mod.dates_in(x) if d.day is not None and d.rel_day is None
                and not _REPORTED.match(x.text[d.end - x.start:])]
        if days:
            return days[-1:]
    return []


def _own_dates(s: Sentence, w: TypeMention, mentions: list[DateMention]) -> list[DateMention]:
    """Dates in brackets right after the agreement word: '협약(2014년)', '전시(2015년 및 2019년)'."""
    rest = s.text[w.end - s.start:]
    m = re.match(r"^\s?(?:\([A-Za-z]+\)\s?)?\(([^()]{1,30})\)", rest)
    if not m:
        return []
    lo = w.end + m.start(1)
    hi = w.end + m.end(1)
    return [d for d in mentions if lo <= d.start and d.end <= hi]


_THIS_TIME = re.compile(r"이번에?\s|올해\s")  # the clause tells today's event, not the one before it
_TOMORROW = re.compile(r"내일|모레")  # a headline of what comes ('내일 … 협약 체결식')


def _nearest_date(s: Sentence, w: TypeMention, mentions: list[DateMention]) -> DateMention | None:
    if not mentions:
        return None

    # a date in the word's own clause before one across a clause break ('지난 2019년 … 의향서를
    # 교환한 바 있으며, 올해 하반기 …': 2019)
    # (or an agreement closed as an object before the next: '… 업무협약」을, 이튿날인 6일에는 … 의향서를')
    breaks = s.memo("clause breaks", lambda: [s.start + m.end() for r in (asides.CLAUSE_BREAK, asides.OBJECT_BREAK)
                                              for m in r.finditer(s.text)])

    def across(d: DateMention) -> bool:
        return any(min(d.end, w.end) <= b <= max(d.start, w.start) for b in breaks)

    def distance(d: DateMention) -> tuple[bool, int, int]:
        gap = w.start - d.end if d.end <= w.start else d.start - w.end
        completeness = -sum(x is not None for x in (d.year, d.month, d.day, d.rel_year))
        return (across(d), max(gap, 0), completeness)

    lo = max([b for b in breaks if b <= w.start], default=s.start)
    if _THIS_TIME.search(s.text[lo - s.start:w.start - s.start]):  # '…맺었으며, … 이번에 협약을 갱신했다'
        mentions = [d for d in mentions if not across(d)]
    return min(mentions, key=distance, default=None)


def _window(s: Sentence, w: TypeMention, words: list[TypeMention]) -> tuple[int, int]:
    """The part of the sentence that belongs to this agreement word: from the end of the previous
    agreement word of another type to the start of the next one."""
    lo, hi = s.start, s.end
    for o in words:
        if o.type == w.type:
            continue
        if o.end <= w.start:
            lo = max(lo, o.end)
        elif o.start >= w.end:
            hi = min(hi, o.start)
            comma = s.text.find(", ", w.end - s.start, o.start - s.start)
            if comma >= 0:  # a list of events: '전시(2015년), 제1회 ... 상 수상(2023년)'
                hi = min(hi, s.start + comma)
    return lo, hi


def _mentions_for(s: Sentence, w: TypeMention, st: str, spans: list[PlaceMention],
                  ctx: _Context, words: list[TypeMention]) -> list[Mention]:
    pub = ctx.published(s)
    lo, hi = _window(s, w, words)
    date_mentions = _in_own_story(s, w, _event_dates(s))
    own = _own_dates(s, w, date_mentions)
    chosen = own or ([d] if (d := _nearest_date(s, w, date_mentions)) else [])
    if len(chosen) == 1 and chosen[0].text == "이날":
        chosen = _day_told_before(s, ctx) or chosen  # '10일 쿠리치바였다. … 이날 … 서명하고'
    if _AT_THAT_TIME.match(s.text) and not any(d.end <= w.start for d in chosen):
        chosen = _year_told_before(s, ctx) or chosen  # '… 2019년으로 거슬러 올라간다. 당시 … 교환했고'

    korean, partner, venue, from_text, borrowed = _places_for(s, w, asides.clause_places(s, w, spans),
                                                              ctx, lo, hi, whole=spans)
    near, far = _sectors_for(s, w, lo, hi, spans)
    follow: dict[str, int] = {}
    if not far:  # what was agreed is often the next sentence ('협약에 따라 ...', '센터는 ...')
        for x in ctx.sentences[s.index + 1:s.index + 3]:
            if x.line - s.line > 6 or any(t.type not in (w.type, "agreement") for t in find_types(x)
                                          if t.type in STRONG_TYPES):
                break
            if not _ANAPHORA.search(x.text):
                continue
            for k, v in find_sectors_in(x, ctx.places[x.index]).items():
                follow[k] = follow.get(k, 0) + v
    counterpart = _counterpart(s, w, lo, spans)
    base = {"counterpart": "" if counterpart is _PLACE else counterpart,
            "with_place": counterpart is _PLACE and st == "signed",
            "another": bool(_FURTHER.search(s.text[lo - s.start:w.start - s.start])),
            "type": w.type, "status": st, "sentence": s, "word": w, "korean": korean,
            "partner": partner, "venue": venue, "near_sectors": near, "far_sectors": far,
            "places_from_text": from_text, "place_spans": spans, "next_sectors": follow,
            "partner_borrowed": borrowed,
            "members_listed": w.type == "declaration" and bool(_members_listed_after(s, ctx, _SIGNER_WORDS))}
    # several partner cities each with its own date: one event per city ('방콕(10.6~10.7)과 ...')
    per_city = _dated_partners(s, spans, date_mentions, venues=w.type in _VENUE_TYPES)
    if not own and len(per_city) >= 2 and w.type in _VENUE_TYPES | {"mou", "exchange"}:
        return [Mention(**{**base, "partner": [pid]}, date=dates_mod.resolve(dm, pub),
                        own_date=True) for pid, dm in per_city]
    if len(partner) >= 2 and _each_their_own(s, w, spans):
        return [dataclasses.replace(m, partner=[pid]) for m in _mentions_dated(s, w, base, chosen, own, ctx)
                for pid in partner]
    return _mentions_dated(s, w, base, chosen, own, ctx)


def _mentions_dated(s: Sentence, w: TypeMention, base: dict, chosen: list[DateMention], own: list[DateMention],
                    ctx: _Context) -> list[Mention]:
    """The word's mentions, dated: by the sentence's own dates, else by what the article told before,
    else by the page's date."""
    pub = ctx.published(s)
    if not chosen and pub.date is None:
        # no page date: the year the previous sentences give the event ('2021년 ... 체결했다.
        # 이번 엑스포 기간 ... 상담회도 열었다')
        for x in reversed(ctx.sentences[max(0, s.index - 2):s.index]):
            stated = [d for d in dates_mod.dates_in(x) if d.year]
            if stated:
                year = stated[-1].year
                return [Mention(**base, date=Resolved(year, None, None, f"inferred: the year of "
                                                      f"the event told just before ('{stated[-1].text}')"),
                                own_date=False)]
    if not chosen and (scene := _scene_set_before(s, ctx)) is not None:
        return [Mention(**base, date=dates_mod.resolve(scene, pub, past=True), own_date=False)]
    if not chosen:
        resolved = dates_mod.resolve(DateMention(s.start, s.start, "", "none"), pub)
        if resolved is not None:
            resolved = Resolved(resolved.year, None, None,
                                f"inferred: no date in the sentence; {pub.describe()}")
        return [Mention(**base, date=resolved, own_date=False)]
    return [Mention(**base, date=_span_start_as_month(s, dm, dates_mod.resolve(dm, pub, past=True)),
                    own_date=bool(own)) for dm in chosen]


def _span_start_as_month(s: Sentence, dm: DateMention, resolved: Resolved | None) -> Resolved | None:
    """A trip's first day ('11월 11일부터 15일까지 … 방문해') is no day of what the trip did: its month
    (an event held over days, '2일부터 5일까지 … 열린 전시회', is dated by its first)."""
    if resolved is None or not resolved.day or not _SPAN_FROM.match(s.text[dm.end - s.start:]):
        return resolved
    return dataclasses.replace(resolved, day=None)


_SPAN_FROM = re.compile(r"^\s?(?:부터|~|∼)[^.]{0,60}?(?:방문|순방|파견|찾아|찾은|출장|일정)")


def _in_own_story(s: Sentence, w: TypeMention, mentions: list[DateMention]) -> list[DateMention]:
    """The dates on the agreement word's side of a headline's '…' ('우호교류 협약…계절근로자 MOU는
    3월': March is the other story's)."""
    cuts = [s.start + m.start() for m in asides.STORY_BREAK.finditer(s.text)]
    if not cuts:
        return mentions
    lo = max((c for c in cuts if c < w.start), default=s.start)
    hi = min((c for c in cuts if c >= w.end), default=s.end)
    return [d for d in mentions if lo <= d.start and d.end <= hi]


def _scene_set_before(s: Sentence, ctx: _Context) -> DateMention | None:
    """The date a short sentence just before, in the same paragraph, opens with to set the scene
    ('1993년 10월, 수교 이듬해였다. 수원시장 일행은 … 협정서에 서명했다')."""
    if s.index == 0:
        return None
    x = ctx.sentences[s.index - 1]
    if x.line != s.line or len(x.text) > 40 or find_types(x):
        return None
    stated = [d for d in dates_mod.dates_in(x) if d.year]
    return stated[0] if stated and not x.text[:stated[0].start - x.start].strip() else None


_RANGE_END = re.compile(r"(?:부터|~|∼|–)\s?$")
_DEADLINE = re.compile(r"^\s?(?:까지|께까지|이내|목표|을\s?목표|를\s?목표)")
# a further signing: 'X와도 ... 협약을 맺었다', '별도로 ...'
_FURTHER = re.compile(r"[가-힣](?:와|과)도\s|별도")
_ADMIN_HEADS = {"시", "도", "주", "성", "현", "군", "구", "정부", "측", "청", "당국", "시청", "도청",
                "카운티", "아이막"}
_GENERIC_PARTIES = {"기관", "도시", "곳", "기업", "단체", "지역", "국가", "나라", "회사", "대학", "업체"}
# people or a delegation signing for their place, not an organisation of its own
_PERSON_HEAD = re.compile(r"(?:시장|군수|구청장|청장|도지사|지사|주지사|대표단|방문단|사절단|일행|관계자|대사|총영사|"
                          r"의원|의장|장관|차관|총리|대통령|위원장|총장|회장|원장|회장단|임원단|임원진|간부|대표)$")
_NOUN_TAGS = ("NNP", "NNG", "SL", "SN", "XSN", "NNB", "SH")


def _counterpart(s: Sentence, w: TypeMention, lo: int, spans: list[PlaceMention]) -> str:
    """The organisation named with 와/과 before the agreement word ('사이공하이테크파크와 ...
    업무협약'): its head noun, `_PLACE` when the counterpart is only a place (호찌민시와), else ''."""
    tokens = [t for t in s.tokens if lo <= t.start < w.start]
    k = max((i for i, t in enumerate(tokens) if t.form in ("와", "과") and t.tag in ("JKB", "JC")),
            default=-1)
    if k <= 0:
        return ""
    nouns = []
    i = k - 1
    while i >= 0 and tokens[i].tag in _NOUN_TAGS and len(nouns) < 4:
        nouns.insert(0, tokens[i])
        i -= 1
    while nouns and (nouns[-1].form in _ADMIN_HEADS or nouns[-1].form == "들"):  # '관계자들과'
        nouns.pop()
    if not nouns:
        return ""
    head = nouns[-1]
    if head.form in _GENERIC_PARTIES:
        return ""  # '두 기관과 잇따라 ...': a summary of the signings told next
    if _PERSON_HEAD.search(head.form):
        return ""  # '왈비스베이시 대표단과', '동해시장과': people who signed for a place
    stem = re.sub(r"(?:시|도|주|성|현|군)$", "", head.form)
    if any(p.start <= head.start < p.end or stem in p.text or p.text in head.form for p in spans):
        return _PLACE  # a place: the record's partner place says it
    return head.form


_PLACE = "\0place"  # what _counterpart answers for a place named as the counterpart


def _dated_partners(s: Sentence, spans: list[PlaceMention], date_mentions: list[DateMention], *,
                    venues: bool) -> list[tuple[str, DateMention]]:
    """Foreign cities each with its own date: right after it ('방콕(10.6~10.7)과'), or, for an
    event held abroad (`venues`), before it as where that day's event was ('10일부터 11일까지 멕시코
    멕시코시티에서, 13일에는 … 보고타에서')."""
    out: list[tuple[str, DateMention]] = []
    for p in spans:
        if p.korean or p.kind != "city":
            continue
        for d in date_mentions:
            if 0 <= d.start - p.end <= 2 and s.text[p.end - s.start:d.start - s.start].strip() in ("(", ""):
                out.append((p.id, d))
                break
    if len(out) >= 2 or not venues:
        return out
    out = []
    for p in spans:
        if p.korean or p.kind != "city" or not _HELD_THERE.match(s.text[p.end - s.start:]):
            continue
        before = [d for d in date_mentions if d.day is not None and 0 <= p.start - d.end <= 24
                  and _DAY_THERE.fullmatch(s.text[d.end - s.start:p.start - s.start])
                  and not any(q.kind == "city" and d.end <= q.start < p.start for q in spans)]
        if before:
            out.append((p.id, before[-1]))
    return out if len({pid for pid, _ in out}) == len(out) and len({d.start for _, d in out}) == len(out) else []


# what may stand between a day and the city its event was in: the end of its range, '에는', its country
_DAY_THERE = re.compile(r"(?:\s?(?:부터|~|∼)\s?(?:\d{1,2}일)?\s?까지)?(?:에는|에)?\s(?:[가-힣]{2,10}\s){0,2}")
# ... where the event was: '멕시코시티에서', '멕시코시티의 한 호텔에서', '보고타로 이동해'
_HELD_THERE = re.compile(r"에서|의\s(?:한\s)?[가-힣]{1,8}에서|(?:으로|로)\s?이동(?:해|한\s뒤|한\s후)")


# who attended or came along ('협약식에는 전남도 부지사와 ... 전남 영암 ... 기업 대표 등이
# 참석했다', '전남도 관계자도 동행했다'): the Korean places there are guests, not the side
_ATTENDANCE = re.compile(r"(?:식|행사|자리)에는\s.*(?:참석|참가|동행|배석)"
                         r"|(?:관계자|공무원|대표)(?:도|들도)\s(?:동행|배석|참석)")


def _signing_home(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> list[PlaceMention] | None:
    """The sentence's Korean places that may sign; None when a university signed for itself
    and no local government is named (none is to be borrowed from the article either)."""
    home = [] if _ATTENDANCE.search(s.text) else _home(spans)
    # '아산시에 있는 ○○대학교가': where the organisation that signed is, not a side
    home = [p for p in home if not _seat(s, p)]
    home = _outside_names(s, w, home)
    if not home and _SCHOOL_SIGNS.search(s.text[:max(0, w.start - s.start)]):
        return None
    return home


def _outside_names(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> list[PlaceMention]:
    """'도는 … '제주-수바 … 시범사업' 착수보고회를 열고': a Korean place in a quoted name is part
    of the name when the subject is the article's own government by its level alone, and the
    place is of another level (a city in the province's project; '도가 주최한 '충남 설명회'' is
    the province's own)."""
    subject = _BARE_SUBJECT.search(s.text[:max(0, w.start - s.start)])
    if not subject:
        return spans
    level = _LEVELS[subject.group("level")]
    return [p for p in spans if not (p.korean and p.kind != level and _in_quoted_name(s, p))]


def _in_quoted_name(s: Sentence, p: PlaceMention) -> bool:
    spans = s.memo("quoted names", lambda: [(m.start() + s.start, m.end() + s.start)
                                            for m in _QUOTED_NAME.finditer(s.text)])
    return any(a <= p.start and p.end <= b for a, b in spans)


# the article's own government as the subject by its level alone ('도는', '시가'), or its head ('도지사는')
_BARE_SUBJECT = re.compile(rf"(?:^|\s){_LEVEL_WORD}(?:는|가|은|이)\s")
# (first in the sentence, or after a clause of what the head did: '러시아로 넘어간 도지사는'; not a
# place's head: '에르데네트 시장은')
_HEAD_SUBJECT = re.compile(r"(?:^\W{0,3}|[가-힣]+[간한온던된]\s)(도지사|시장|군수|구청장)(?:는|가|은|이)\s")
_HEADS = {"도지사": "도", "시장": "시", "군수": "군", "구청장": "구"}


def _head_level(text: str) -> str | None:
    """The level of the government whose head is the sentence's subject ('도지사는 …')."""
    m = _HEAD_SUBJECT.search(text)
    return _HEADS[m.group(1)] if m else None
_LEVELS = {"도": "province", "시": "city", "군": "county", "구": "district"}
_SUBJECT_AFTER = re.compile(r"^(?:시|군|구|도)?(?:는|은|이|가)\s")
_SUBJECT_END = re.compile(r"(?:시|군|구|도)(?:는|은|이|가)\s$")  # ... or in the name's span ('의성군은')
# a delegation with no place of its own as the subject signs for the article's own government
# ('이어 대표단은 26일 … 체결했다')
_DELEGATION_SUBJECT = re.compile(r"^(?:(?:이어|또|또한|한편|이후|앞서|아울러|특히|이날|다음\s?날)\s)?"
                                 r"(?:대표단|방문단|사절단|일행)(?:은|는|이|가)\s")
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


def _abroad(s: Sentence, spans: list[PlaceMention]) -> list[PlaceMention]:
    """The sentence's places abroad that may be parties. '호놀룰루에 있는 하와이주 청사에서
    하와이주와 …' names where a building is beside the party; beside no other city or region
    such a place stands for the body there ('오스트리아 빈에 있는 UNIDO와')."""
    foreign = [p for p in spans if not p.korean and p.kind in _PLACE_KINDS]
    seated = [p for p in foreign if _seat(s, p)]
    if any(p not in seated and p.kind != "country" for p in foreign):
        foreign = [p for p in foreign if p not in seated]
    # '푼타아레나스에 있는 마가야네스주 청사에서 주정부와': the city says where the division's building is
    located = [p for p in foreign if _LOCATED_AT.match(s.text[p.end - s.start:])]
    if any(p not in located and p.kind != "country" for p in foreign):
        foreign = [p for p in foreign if p not in located]
    return foreign


_LOCATED_AT = re.compile(r"^(?:시|군|구)?\s?(?:에\s?있는|에\s?위치한|에\s?자리한)\s")


# a country's own agency ('국가투자공사'), met at its seat; a body under a ministry or government,
# named after it ('산하 외국인투자청(FIA)', '산하 국가 투자진흥기관인 '인베스트 인디아'')
_STATE_AGENCY = r"국가\s?[가-힣]{1,10}(?:공사|청|기관|위원회|공단|진흥원)"
_GOVERNMENTS_BODY = (r"(?:연방\s?|중앙\s?)?정부(?:의)?\s[^.,'\"‘“’”()]{0,30}?(?:기관|기구)인\s?"
                     r"['‘\"“]?[^.,\s'’\"”()]{1,20}['’\"”]?")
_UNDER_IT = (r"산하\s[^.,'\"‘“’”()]{0,30}?(?:['‘\"“][^'’\"”]{1,40}['’\"”])?"
             r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?")

# a country's ministry or government as the party ('베트남 기획투자부와', '카자흐스탄 보건부
# 장관이', '캐나다 연방정부와', '케냐 토지·주택·도시개발부와'); not a part of the country ('베트남 남부와') or a local
# government of it ('베트남 지방정부와')
_NATIONAL_BODY = re.compile(rf"^\s?(?:{NATIONAL_AGENCY}"
                            r"|(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부|[가-힣]{0,6}행정부"
                            # ... or a royal commission ('주베일·얀부 왕립위원회(RCJY)'와', in quotes or not)
                            r"|['‘\"“]?(?:[가-힣]{1,8}·){0,3}[가-힣]{1,8}\s?왕립\s?위원회"
                            r"(?:\s?\([A-Za-z]{2,10}\))?['’\"”]?"
                            # ... or a bureau ('해외고용국(SLBFE)과'; not a country or republic: '미국과', '…공화국과')
                            r"|[가-힣]{2,8}(?<![미중영한태화왕제])국"
                            r"|(?:연방|중앙)?\s?정부|대사관?|총?영사관?)(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:제\d\s?)?"
                            # (a body under it: '고용·빈곤감소부 산하 대외노동이주청과', '연방정부 산하
                            # 무역투자진흥청(Apex-Brasil)과')
                            rf"(?:{_UNDER_IT})?"
                            # (several of its ministries: '주택·도시공동체부, 교통부와')
                            r"(?:,\s?(?:[가-힣]{1,8}·){0,3}[가-힣]{1,8}부(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?){0,4}"
                            # (the minister may be named: '도로교통부 키프로노 체루이요트 장관과'; with
                            # the party: '차관 일행과')
                            r"(?:(?:[가-힣]{2,8}\s){0,3}(?:장관|차관)(?:\s?일행)?|대표단)?\s?"
                            # (an award from it: '이주노동자부(DMW) 장관 명의의 감사패', '… 차관으로부터')
                            r"(?:와|과|이|가|은|는|측과|\s?명의의|으로부터|로부터)(?:도|는)?(?![가-힣])"
                            # ... or a national agency's head ('인도네시아 신수도청(OIKN) 청장과'; not a city's
                            # or a division's office: '하노이시청')
                            r"|^\s?[가-힣]{1,8}(?<![시주성현군구])청(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?"
                            r"\s?청장(?:와|과|이|가|측과)(?![가-힣])"
                            # ... or a national agency met at its seat ('국가투자공사(Kazakh Invest) 본사에서',
                            # '태국관광청 본청에서'), or one the article calls the government's ('정부 관광기관인
                            # 태국관광청(TAT)과', '정부의 무역·투자 진흥기관인 무역투자진흥청(ProMéxico) 본부에서')
                            rf"|^\s?(?:{NATIONAL_AGENCY}|{_STATE_AGENCY}|{_GOVERNMENTS_BODY})"
                            r"(?:\s?\([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&·.,'\s-]{0,60}\))?\s?(?:본사|본청|본부|청사)에서(?![가-힣])"
                            rf"|^\s?{_GOVERNMENTS_BODY}(?:\s?\([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&·.,'\s-]{{0,60}}\))?"
                            r"(?:와|과|측과)(?:도|는)?(?![가-힣])"
                            # ... or visited to sign ('정보통신기술혁신부(MINICT)를 찾아 … 의향서를 교환했다')
                            r"|^\s?(?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부"
                            r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:을|를)\s?(?:찾아|방문해)\s")


def _national_body(s: Sentence, spans: list[PlaceMention]) -> list[str]:
    """The country whose ministry, government or ambassador the sentence names as a party, if one
    does: the country is the partner, a city named beside it only where they met."""
    return [p.id for p in spans if p.id.startswith("country-")
            and _NATIONAL_BODY.match(s.text[p.end - s.start:p.end - s.start + 96])
            and not _ATTENDING.match(s.text[p.end - s.start:])][:1]


# an envoy or official who only attended ('주한 콜롬비아 대사와 시 관계자 등이 참석한 가운데 …')
_ATTENDING = re.compile(r"^[^.]{0,30}?(?:등이|등)\s?참석한\s?가운데")


# a ministry as the party, named without its country ('과학기술부 장관과'), which the article
# introduced with it before ('베트남 과학기술부와'): that country signed
_MINISTRY_PARTY = re.compile(r"((?:[가-힣A-Z]{1,8}·){0,5}[가-힣A-Z]{1,8}(?<![남북동서중일전내외정])부)"
                             r"(?:\s?\([A-Za-z][A-Za-z&·.,'\s-]{0,60}\))?\s?(?:제\d\s?)?(?:장관|차관)?\s?"
                             rf"(?:{_UNDER_IT})?(?:와|과|측과)(?:도|는)?"
                             r"(?![가-힣])")


def _foreign_ministry_party(m: Mention) -> bool:
    """Whether the mention's partner is one country whose ministry, named without it, is the
    clause's party ('기획투자부 산하 외국인투자청과 … 체결')."""
    if len(m.partner) != 1 or not m.partner[0].startswith("country-"):
        return False
    return m.partner[0] != "country-kr" and _MINISTRY_PARTY.search(
        m.sentence.text[:m.word.start - m.sentence.start]) is not None


def _ministry_introduced(s: Sentence, w: TypeMention, lo: int, ctx: _Context) -> list[str]:
    """The country the article names right before the ministry the clause names as the party."""
    found = list(_MINISTRY_PARTY.finditer(s.text[max(0, lo - s.start):w.start - s.start]))
    if not found:
        return []
    name = found[-1].group(1)
    # (a name Korea's ministries share, '산업부', is the foreign one only where a country's name
    # comes right before it)
    for x in ctx.sentences:  # the headline names it before the body introduces it
        for p in ctx.places[x.index]:
            if p.id.startswith("country-") and p.id != "country-kr" \
                    and x.text[p.end - x.start:].lstrip().startswith(name):
                return [p.id]
    if NATIONAL_BODY.fullmatch(name):
        return []  # a Korean ministry
    for x in ctx.sentences:  # ... or it came second in a list of the country's ministries
        # ('필리핀 교통부(DOTr)와 …, 인간정주도시개발부(DHSUD)와는')
        at = x.text.find(name + "(")
        before = [p for p in ctx.places[x.index] if p.end - x.start <= at] if at > 0 else []
        if before and before[-1].id.startswith("country-") \
                and _MINISTRY_PARTY.search(x.text, before[-1].end - x.start):
            return [before[-1].id]
    return []


def _places_for(s: Sentence, w: TypeMention, spans: list[PlaceMention], ctx: _Context,
                lo: int, hi: int, whole: list[PlaceMention] | None = None,
                ) -> tuple[list[str], list[str], str | None, bool, bool]:
    """(Korean side, partner, venue, whether the Korean side is in the text, whether the partner
    is borrowed) for the word's clause `spans`; `whole` the sentence's places."""
    home = _signing_home(s, w, spans)
    if home is None:
        return [], [], None, False, False
    foreign = _abroad(s, spans)
    inside = [p for p in spans if lo <= p.start < hi]
    venue = next((p.id for p in inside if p.kind == "venue"), None)
    venue = venue or next((p.id for p in inside if p.venue_marker), None)
    korean, from_text = _korean_for(s, w, home, foreign, ctx, whole)
    if w.type in _VENUE_TYPES:  # the host it was held with ('박닌성과 공동으로 하노이에서'), else where
        joint = [p for p in foreign if _JOINT_HOST.match(s.text[p.end - s.start:])]
        at = joint or [p for p in foreign if p.venue_marker and p.kind == "city"]
        # ... else the city it was held in over its province ('서자바주 주도인 Bandung 시내 호텔에서')
        at = at or [p for p in foreign if p.kind == "city" and any(q.kind in ("region", "province") for q in foreign)]
        if at:
            foreign = at[:1]
    partner = _partner_ids(foreign, s.text, s.start)
    at_home = _signed_at_home(s, w, lo, spans)
    if at_home and all(_in_quoted_name(s, p) for p in foreign):
        partner = []  # only the agreement's name is about a country abroad
    partner, borrowed = _city_for_countries(s, partner, ctx)
    partner = _national_body(s, [p for p in spans if lo <= p.start and p.end <= w.start]) \
        or _ministry_introduced(s, w, lo, ctx) or _governors_division(s, w, lo, foreign, ctx) or partner
    if not partner and w.type in _NEEDS_PARTNER and not at_home:
        partner = _partner_nearby(s, ctx)
    multilateral = w.type == "mou" and re.search(r"다자간?\s?$", s.text[:w.start - s.start]) is not None
    if w.type in ("alliance", "declaration") or multilateral:  # a network's, a joint text's signers
        listed = partner
        korean, partner = _with_members(s, ctx, korean, partner, foreign, "alliance" if multilateral else w.type)
        borrowed = borrowed and partner == listed  # the member list names them
    if not partner and w.type == "alliance" and _JOINING.search(s.text):  # a network joined: its secretariat's city
        partner = _secretariat_city(ctx)
    if not partner and w.type == "alliance" and _AT_THAT_EVENT.search(s.text):
        # '시는 이 회의에서 ... 네트워크에 가입했다': joined where the event told just before was held
        nearby = [p.id for p in ctx.nearby_foreign(s, back=2) if p.kind == "city"]
        partner = nearby[:1]
    partner = partner or (_seat_told_nearby(s, ctx) if w.type in STRONG_TYPES and not at_home else [])
    if not partner and w.type in STRONG_TYPES and _is_headline(s, ctx):
        # a headline ('여수시, 해양관광 MOU 맺어', '호이안과 손잡아…해양관광 MOU') leaves the
        # partner to the rest of its line, else to the lead's first lines
        seg = ctx.segment(s)
        head = [x for x in seg if x.line == s.line and x.index != s.index]
        body = [x for x in seg if x.line != s.line][:2]
        lead = [p.id for x in head + body for p in ctx.places[x.index]
                if not p.korean and p.kind in ("city", "region")]
        partner = lead[:1]
    if not partner and w.type == "award":  # '… 대상을 받았다. 이 상은 … 피라 바르셀로나가 주관한다'
        partner = _awarder_told_next(s, ctx)
    if not partner and (w.type == "roadshow" or w.type == "forum" and is_pavilion(w.text)):
        partner = _told_before_as_topic(s, w, ctx) or [
            p.id for p in ctx.nearby_foreign(s, back=2) if p.kind == "city"][:1]
    return korean, partner, venue, from_text, borrowed


def _korean_for(s: Sentence, w: TypeMention, home: list[PlaceMention], foreign: list[PlaceMention],
                ctx: _Context, whole: list[PlaceMention] | None) -> tuple[list[str], bool]:
    """(Korean side, whether the text names it) of the word's clause, whose Korean places are `home`."""
    korean = _korean_side(home, s.text, s.start)
    if home and all(p.venue_marker or p.dateline for p in home) and _NATIONAL_SUBJECT.search(s.text):
        # '행정안전부는 5일 서울에서 … 서명했다', '(서울=…) … 국토교통부는': the ministry, not where it met
        # or where the wire filed from
        korean = [SEAT_OF_GOVERNMENT]
    if not korean:
        korean = _korean_told_elsewhere(s, ctx, whole and _outside_names(s, w, whole))
        # ('이어 대표단은 … 체결했다': the delegation names its government as a place would)
        return korean, bool(korean) and _DELEGATION_SUBJECT.search(s.text) is not None \
            and korean == ctx.lead_subject(s)
    if w.type in _DOMESTIC_OK and not foreign:
        korean = list(dict.fromkeys(korean + ctx.lead_korean(s)))
    return korean, True


# the counterpart is a division's head ('맥퍼슨 주지사를 만나 … 업무협약을', '파틸 주총리와')
_DIVISION_HEAD = re.compile(r"(?:주지사|주총리|성장|현지사)(?:를|을|와|과)\s")


def _governors_division(s: Sentence, w: TypeMention, lo: int, foreign: list[PlaceMention],
                        ctx: _Context) -> list[str]:
    """The division whose governor signed, when the sentence names only its seat as where ('에드먼턴
    주의사당에서 맥퍼슨 주지사를 만나') or no place ('파틸 주총리와'): the one division of that
    country (of the places named nearby) the article names."""
    if any(not p.venue_marker or p.kind != "city" for p in foreign) \
            or not _DIVISION_HEAD.search(s.text[lo - s.start:w.start - s.start]):
        return []
    countries = {p.country for p in foreign or ctx.nearby_foreign(s)}
    named = {p.id for x in ctx.sentences for p in ctx.places[x.index]
             if p.id.startswith("adm1-") and p.country in countries}
    return sorted(named) if len(named) == 1 else []


def _awarder_told_next(s: Sentence, ctx: _Context) -> list[str]:
    """The place of the body that gives a prize, told in the next sentence ('이 상은 … 주최 측인 피라
    바르셀로나(Fira Barcelona)가 …'): where the award came from."""
    if s.index + 1 >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[s.index + 1]
    if not _THE_PRIZE.match(nxt.text):
        return []
    return [p.id for p in ctx.places[nxt.index] if not p.korean and p.kind in ("city", "region")][:1]


_THE_PRIZE = re.compile(r"^\s?(?:이|해당|이번|같은)\s?(?:상|어워드|시상식|상은|대회)(?:은|는|의)?\s")


# a room of the government's own building ('시청 회의실에서', '도청 접견실에서')
_AT_HOME = re.compile(r"(?:시청|도청|군청|구청)\s?(?:(?:본관|별관|신관)\s?)?[가-힣]{0,4}(?:실|홀|강당)에서")


def _signed_at_home(s: Sentence, w: TypeMention, lo: int, spans: list[PlaceMention]) -> bool:
    """'시청 회의실에서 세명대학교, 제천한방병원협회와 '우즈베키스탄 … 업무협약'': signed at home with
    organisations the sentence names, none of them abroad: no partner abroad is to be borrowed."""
    counterpart = _counterpart(s, w, lo, spans)
    between = s.text[lo - s.start:w.start - s.start]
    bodies = bool(counterpart) and counterpart is not _PLACE or _BODIES_COUNTED.search(between) is not None
    return bodies and _AT_HOME.search(between) is not None


# bodies named one by one and then counted ('안산대학교, … 안산출입국·외국인사무소 등 4개 기관과')
_BODIES_COUNTED = re.compile(r"(?:센터|대학교|대학|협회|재단|사무소|병원|공단|공사|조합|학회)\s?등\s?"
                             r"\d+\s?개\s?기관(?:과|와)")


# where a network's secretariat sits ('독일 본에 있는 이클레이 세계사무국', '자카르타에 사무국을 둔',
# '벨기에 브뤼셀의 GCoM 공동사무국에')
_SEAT_OF_NETWORK = re.compile(r"^(?:에\s?있는|에\s?위치한|에\s?(?:사무국|본부)을\s?둔|의)\s(?:[^\s.]+\s){0,3}?"
                              r"[^\s.]*(?:사무국|본부)(?:에|이|가|은|는|을|의|과|와)?(?![가-힣])"
                              r"|^에\s?(?:사무국|본부)을\s?둔")


_JOINING = re.compile(r"가입|회원|합류")


def _secretariat_city(ctx: _Context) -> list[str]:
    """The foreign city the article says a network's secretariat is in, if it says so."""
    for x in ctx.sentences:
        for p in ctx.places[x.index]:
            if not p.korean and p.kind == "city" and _SEAT_OF_NETWORK.match(x.text[p.end - x.start:]):
                return [p.id]
    return []


# the event word as the sentence's topic ('로드쇼에는 … 함께했다', '이번 상담회에서는'): the event told before
_TOPIC_START = re.compile(r"^\W{0,2}(?:이번\s|이날\s)?$")
_TOPIC_AFTER = re.compile(r"^(?:에는|에서는|에선|은|는)\s")


def _told_before_as_topic(s: Sentence, w: TypeMention, ctx: _Context) -> list[str]:
    """The city of the event a topic ('로드쇼에는') names again: the nearest sentence before that
    names the same event word with a city abroad (not the city of something else told between)."""
    if not (_TOPIC_START.match(s.text[:w.start - s.start]) and _TOPIC_AFTER.match(s.text[w.end - s.start:])):
        return []
    for x in reversed(ctx.segment(s)):
        if x.index < s.index and w.text in x.text:
            cities = [p.id for p in ctx.places[x.index] if not p.korean and p.kind == "city"]
            if cities:
                return cities[:1]
    return []


def _partner_nearby(s: Sentence, ctx: _Context) -> list[str]:
    """The partner of a sentence that names none: the city the sentences before (or the dateline)
    name, or the division that city was only the capital of."""
    partner = ([p.id for p in ctx.nearby_foreign(s) if p.kind == "city"] + ctx.dateline)[:1]
    # the sentence before named the partner as a division, with its capital only as where
    # ('노바스코샤주 주도 핼리팩스의 청사에서 노바스코샤주와 ... 서명했다. 의향서에는 ...')
    parties: list[str] = []
    for before in reversed(ctx.sentences[max(0, s.index - 4):s.index]) if partner else ():
        spans = [p for p in ctx.places[before.index] if not p.korean and p.kind in _PLACE_KINDS]
        named = [i for i in _partner_ids(spans, before.text, before.start) if not i.startswith("country-")]
        parties.extend(i for i in named if i not in parties)
        if partner[0] in {p.id for p in spans}:
            if partner[0] not in named and len(parties) == 1:
                partner = parties  # the city was only the division's capital there
            break
    return partner


# a Korean ministry as the sentence's subject ('환경부는', '환경부(장관 ○○○)는', '산업통상자원부가')
# (a ministry by name: '베트남 정부는' is no Korean side)
_MINISTRY = rf"{MINISTRIES}(?=[\s(은는이가와과의도에,]|$)"  # the ministries alone
_NATIONAL_SUBJECT = re.compile(rf"(?:^|[\s□○ㅇ-]){_MINISTRY}\s?(?:\([^()]{{0,20}}\))?\s?"
                               r"(?:는|은|이|가|(?:제\d\s?)?(?:장관|차관)(?:\([^()]{0,10}\))?(?:은|이|과|와|,))\s")


def _korean_told_elsewhere(s: Sentence, ctx: _Context, whole: list[PlaceMention] | None) -> list[str]:
    """The Korean side of a clause that names none: the sentence's other clause ('부천시장과 ...
    참석했으며, 두 도시는 ... 교류'), else, for a subject by level alone ('도가'), the lead, else,
    for a headline cut by '…', the rest of its line, else the article part's headline and lead."""
    if whole and not _is_headline(s, ctx):
        korean = _korean_side([p for p in _home(whole) if not p.dateline and not p.venue_marker
                               and not _seat(s, p)], s.text, s.start)
        if korean:
            return korean
    if _NATIONAL_SUBJECT.search(s.text):
        return [SEAT_OF_GOVERNMENT]  # '환경부(장관 ○○○)는 …', '환경부 차관(왼쪽)과': Korea's ministry signs
    subject = _BARE_SUBJECT.search(s.text)
    if level := (subject.group("level") if subject else _head_level(s.text)):
        # '도가 주최한 …', '도지사는 …': the article's own government of that level, not a place named next
        kinds = {p.id: p.kind for x in ctx.segment(s)[:4] for p in ctx.places[x.index]}
        lead = [pid for pid in ctx.lead_korean(s) if kinds.get(pid) == _LEVELS[level]] or [
            p.id for x in ctx.segment(s) for p in _home(ctx.places[x.index])  # ... named later ('【춘천】도지사가')
            if p.kind == _LEVELS[level] and not p.dateline][:1]
        if lead:
            return lead
    if _DELEGATION_SUBJECT.search(s.text) and (lead := ctx.lead_subject(s)):
        return lead  # its own government (the lead's first), not a place the next sentence names
    same_line = [p for x in ctx.sentences if x.line == s.line and x.index != s.index
                 for p in _home(ctx.places[x.index]) if not _seat(x, p)]
    return _korean_side(same_line) if same_line else ctx.lead_korean(s)


def _city_for_countries(s: Sentence, partner: list[str], ctx: _Context) -> tuple[list[str], bool]:
    """A partner named only as countries ('필리핀과'): the city of those countries the sentences
    before or the dateline name.  The second value says the city was borrowed: the sentence
    does not spell it (a name read there by its sound but not here counts as spelt)."""
    if not partner or not all(pid.startswith("country-") for pid in partner):
        return partner, False
    countries = {pid.split("-", 1)[1].upper() for pid in partner}
    cities = [p for p in ctx.nearby_foreign(s) if p.kind == "city" and p.country in countries]
    nearby = [p.id for p in cities] + [pid for pid in ctx.dateline if pid.split("-")[0].upper() in countries]
    if not nearby:
        return partner, False
    spelt = bool(cities) and cities[0].id == nearby[0] and len(cities[0].text) >= 2 and cities[0].text in s.text
    return [nearby[0]], not spelt and (_firm_of_country(s, partner, ctx) or bool(_COUNTED_PARTIES.search(s.text)))


# '호주의 두 주(州) 정부와', '세 도시와 잇따라': the signings counted, each told next with its party
_COUNTED_PARTIES = re.compile(r"(?:두|세|네|다섯|\d+\s?개)\s?(?:주|성|현|도시|기관|곳|지방정부|나라|국가)"
                              r"(?:\s?\([^()]{1,6}\))?\s?(?:정부)?(?:와|과)\s")


# '사우디 석유화학 설비업체와', '말레이시아 현지에서 대형 유통그룹과': a firm, up to its 와/과
_FIRM_PARTY = re.compile(r"^[^.]{0,30}?(?:업체|기업|그룹|회사|상사|개사)\s?(?:'[^']{1,30}')?(?:와|과)\s")


def _firm_of_country(s: Sentence, partner: list[str], ctx: _Context) -> bool:
    """The party after the country's name is a firm, not a government ('태국 지방정부 및 현지
    기업과' has one): a firm of a country says nothing about which of its cities is the partner."""
    for p in ctx.places[s.index]:
        if p.id in partner:
            m = _FIRM_PARTY.match(s.text[p.end - s.start:])
            if m and "정부" not in m.group(0):
                return True
    return False


_AT_THAT_EVENT = re.compile(r"(?:이|이번|해당|같은)\s?(?:회의|총회|행사|포럼|회의장|자리)(?:에서|를\s?계기로)")
# a signing of three or more ('3자 업무협약'): every Korean government named signed, not only the topic
_SEVERAL_PARTIES = re.compile(r"(?:[3-9]|삼)자\s?(?:간\s?)?(?:업무\s?|협력\s?)?(?:협약|협정|MOU|양해각서)")
_TOPIC_AFTER = re.compile(r"^\s?(?:시|도|군|구|특별자치시|특별자치도|광역시|특별시)?(?:는|은|가|이)\s")


# '페낭주 조지타운에 본교를 둔 USM은': where an organisation has its seat
_SEAT = re.compile(r"에\s?(?:본교|본사|본부|본점|본원|캠퍼스|사무국)(?:를|을)?\s?(?:둔|두고\s?있는|두고\s?있다)")


def _seat_told_nearby(s: Sentence, ctx: _Context) -> list[str]:
    """An agreement with an organisation that names no place: the place the next sentences
    give as the organisation's seat ('…에 본교를 둔 ○○대는'), the most specific one."""
    for x in ctx.sentences[s.index + 1:s.index + 3]:
        m = _SEAT.search(x.text)
        if not m:
            continue
        spans = [p for p in ctx.places[x.index] if not p.korean and p.end - x.start <= m.start()
                 and p.kind in ("city", "region")]
        if spans:
            return [spans[-1].id]
    return []


def _korean_side(spans: list[PlaceMention], text: str = "", offset: int = 0) -> list[str]:
    """The Korean places that act: a province right before its city only locates it ('충남
    당진시', '전남 여수시'), a place with 에서 is where it happened when another is named,
    when one of several is the sentence's topic ('포항시는 ...'), it is the one that signed,
    and a province named beside a city ('경기도와 수원시') comes along with it: the city acts."""
    spans = [p for p in spans if not (p.kind == "province" and any(
        q.kind == "city" and 0 <= q.start - p.end <= 1 for q in spans))]
    acting = [p for p in spans if not p.venue_marker]
    if acting:
        spans = acting
    if text:  # '경북도 대표단에 동행한 의성군도 ...': the one that went along acts
        along = [p for p in spans if not _WENT_WITH.match(text[p.end - offset:p.end - offset + 24])]
        spans = along or spans
    if text:  # '경기도와 수원시는 ...': a city named with a province acts, its province comes along
        spans = [p for p in spans if not (p.kind == "province" and any(
            _listed_together(p, q, text, offset) for q in spans
            if q.kind == "city" and q.id not in _METROPOLITAN))]
    if text and len({p.id for p in spans}) > 1 and not _SEVERAL_PARTIES.search(text):
        topic = [p for p in spans if _TOPIC_AFTER.match(text[p.end - offset:p.end - offset + 8])]
        if len({p.id for p in topic}) == 1:
            spans = topic
    return list(dict.fromkeys(p.id for p in spans))


# a place whose delegation another went along with ('경북도 대표단에 동행한 의성군')
_WENT_WITH = re.compile(r"^\S{0,2}\s?(?:대표단|방문단|사절단|일행)(?:에|과|와|을|를)?\s?"
                        r"(?:동행한|동행해|동행하며|함께한|합류한)")
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
_DIVISION_GAP = re.compile(r"^(?:현|성|주|도)?\s$")
_REGION_OF = re.compile(r"^\s?(?:주|성|현|도|지방|지역)?의\s(?:[^\s,·와과]+\s){0,3}$")


def _partner_ids(foreign: list[PlaceMention], text: str = "", offset: int = 0) -> list[str]:
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


_MEMBER_WORDS = re.compile(r"회원|참여|가입|참가|구성|함께|동참|합류|소속|포함|이름을\s?올|:")
# ... and of a joint text's signers: those who came ('이번 회의에는 강원도를 비롯해 … 대표가 참석했다')
_SIGNER_WORDS = re.compile(rf"{_MEMBER_WORDS.pattern}|참석|비롯해")
# a sentence that ends the list: one that did not sign ('… 참석해 선언에는 서명하지 않았으며')
_DID_NOT_SIGN = re.compile(r"(?:서명|가입|참여)하지\s?(?:않|못)")
_BULLET = re.compile(r"^\s*(?:[-·•▲△○●◇◆▶]|\d+[.)])\s*")  # not '※', a remark on the list


def _with_members(s: Sentence, ctx: _Context, korean: list[str], partner: list[str],
                  foreign: list[PlaceMention], w_type: str = "alliance") -> tuple[list[str], list[str]]:
    """One alliance with all its listed members (a party named with it among them), the
    Korean ones joining its Korean side."""
    members = _members_listed_after(s, ctx, _SIGNER_WORDS if w_type == "declaration" else _MEMBER_WORDS)
    if not members:
        return korean, partner
    korean = list(dict.fromkeys(korean + _korean_members_listed_after(s, ctx)))
    venues = {p.id for p in foreign if p.venue_marker}
    # a party the sentence names itself (not one borrowed from the sentences before)
    named = [pid for pid in partner if pid not in venues and any(p.id == pid for p in foreign)]
    partner = list(dict.fromkeys([*named, *members])) if any(
        not p.startswith("country-") for p in members) else members
    return korean, partner


def _korean_members_listed_after(s: Sentence, ctx: _Context) -> list[str]:
    """The Korean governments among a network's listed members ('회원은 다음과 같다: 가평군과
    양평군(한국), 일본 ...'): founders beside the one the article is about."""
    return _korean_side([p for p in _member_spans(s, ctx) if p.korean and p.kind != "venue" and not p.venue_marker])


# the Korean attendees' line of a list by country ('- 한국 : 부산광역시, 경상남도 …', '- 일본 : …')
_KOREA_LABEL = re.compile(r"^\s*[-·▲○□ㅇ]?\s*(?:한국|국내|우리나라)\s?(?:측)?\s?[:：]")


def _members_listed_after(s: Sentence, ctx: _Context, words: re.Pattern[str] = _MEMBER_WORDS) -> list[str]:
    """Members of a network listed in the sentences that follow ('참여 도시는 방콕, 자카르타 ...',
    '미국, 프랑스 ... 회원으로 참여', a list after a colon, one bullet per member): cities and
    divisions, else countries. With `_SIGNER_WORDS`, a joint text's attendees, from two countries
    or more."""
    found = [p for p in _member_spans(s, ctx, words) if not p.korean]
    # '미국 알래스카주 앵커리지시': the division only says where the member city is
    found = [p for p in found if not locating(p, found)]
    korea_listed = any(_KOREA_LABEL.match(x.text) for x in ctx.sentences[s.index + 1:s.index + 8])
    if words is _SIGNER_WORDS and len({p.country for p in found} | ({"KR"} if korea_listed else set())) < 2:
        return []  # '… 주도 멕시칼리의 주정부 청사에서 … 참석한 가운데': where one partner met, no list
    for kinds in (("city", "region"), ("country",)):
        ids = [p.id if p.kind in kinds else f"country-{p.country.lower()}" for p in found
               if p.kind in kinds or (kinds == ("country",) and p.country in _CITY_STATES)]
        if len(ids) >= 2:
            return list(dict.fromkeys(ids))
    return []


def _member_spans(s: Sentence, ctx: _Context, words: re.Pattern[str] = _MEMBER_WORDS) -> list[PlaceMention]:
    """The places of the member list that follows a network's sentence."""
    found: list[PlaceMention] = []
    following = ctx.sentences[s.index + 1:s.index + 8]
    for k, x in enumerate(following):
        bullet = _BULLET.match(x.text) is not None
        if k >= 2 and not bullet:
            break
        if _OBSERVER.search(x.text) or _DID_NOT_SIGN.search(x.text):
            break  # '푸껫주는 옵서버로 포럼에 참석해 선언에는 서명하지 않았으며'
        # (a joint text's attendees count only as the first list: '… 비롯해 … 참석했다')
        if not (bullet or _MEMBER_WORDS.search(x.text) or (not found and words.search(x.text))):
            if found:
                break
            continue
        spans = ctx.places[x.index]
        if bullet and spans:  # '- 일본 니가타시', '- 카자흐스탄 알마티시·아스타나시': the line's cities
            cities = [p for p in spans if p.kind in ("city", "region", "province", "county", "district")]
            found.extend(cities or spans[-1:])
        else:
            found.extend(spans)
    return found


# a member list of countries names a city-state by its city ('싱가포르' is read as the city)
_CITY_STATES = frozenset({"SG", "MC", "VA", "HK", "MO"})


def find_sectors_in(s: Sentence, spans: list[PlaceMention]) -> dict[str, int]:
    """Sector keyword hits in a sentence, leaving out words inside place or institute names."""
    named = [(p.start, p.end) for p in spans]
    out: dict[str, int] = {}
    for sector, a, _b in sector_spans_in(s):
        if not any(x <= a < y for x, y in named):
            out[sector] = out.get(sector, 0) + 1
    return out


def _sectors_for(s: Sentence, w: TypeMention, lo: int, hi: int,
                 spans: list[PlaceMention]) -> tuple[
        dict[str, int], dict[str, int]]:
    """Sector keywords just before the agreement word (its object: '로봇산업 활성화 업무협약'),
    and in the agreement word's part of the sentence."""
    near: dict[str, int] = {}
    far: dict[str, int] = {}
    near_lo = max(lo, w.start - 40)
    clause_start = s.text.rfind(", ", 0, w.start - s.start)
    if clause_start >= 0:
        near_lo = max(near_lo, s.start + clause_start)
    named = [(p.start, p.end) for p in spans]
    for sector, a, b in sector_spans_in(s):
        if any(x <= a < y for x, y in named):
            continue  # a word inside a place or institute name ('대구기계부품연구원')
        if lo <= a and b <= hi:
            far[sector] = far.get(sector, 0) + 1
        if near_lo <= a and b <= w.end + 12:
            near[sector] = near.get(sector, 0) + 1
    return near, far


def _settle_sentence(found: list[Mention]) -> list[Mention]:
    """In one sentence, agreement words without their own date describe one event: keep the
    strong ones (each a separate signing), or else the best-ranked setting word."""
    if any(m.type == "alliance" and _FOUNDING.search(m.word.text) for m in found):
        # '창립 회의를 열고 공동 선언문을 채택했다': the declaration is the founding act
        found = [m for m in found if m.type != "declaration"]
    if any(m.type == "alliance" for m in found):
        # '얼라이언스 출범식에 참석해 … 창립 회원 도시로 협약서에 서명했다': the alliance's own paper
        found = [m for m in found if m.type != "agreement"]
    if any(m.type in STRONG_TYPES and m.type != "agreement" for m in found):
        # '… MOU 체결식에서 협약서를 들어 보이고 있다': the paper of the agreement named
        found = [m for m in found if not (m.type == "agreement" and m.word.text.endswith("서"))]
    if any(m.type == "institution" for m in found):
        # '타슈켄트시와 공동 설립한 … 협력센터 개소식': the founding's opening, not an office of one's own
        found = [m for m in found if m.type != "office"]
    found = _renamed_strong(_ceremony_of_strong(found))
    own = [m for m in found if m.own_date]
    # '무역사절단은 10일 … 멕시코시티에서, 13일에는 … 보고타에서 … 상담회를 열었다': the mission and
    # its consultations are one event a city
    firsts: dict[tuple, Mention] = {}
    for m in own:
        firsts.setdefault((m.type, tuple(m.partner), m.date), m)
    own = list(firsts.values())
    rest = [m for m in found if not m.own_date]
    strong_words = [m.word.start for m in found if m.type in STRONG_TYPES]
    # a setting word with a predicate of its own before the next agreement ('상담회를 열고 ...
    # 계약을 체결했다') is an event of its own; '박람회 현장에서 ... 체결했다' is only the setting
    independent = [m for m in rest if m.type not in STRONG_TYPES and strong_words and not _acting_delegation(m)
                   and not _SETTING_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:])
                   and m.word.start <= m.predicate < min((w for w in strong_words if w > m.word.start),
                                              default=m.sentence.end)]
    strong = [m for m in rest if m.type in STRONG_TYPES]
    if any(m.type in STRONG_TYPES for m in own) and not strong:
        rest = []
    elif strong:
        keep: list[Mention] = []
        for m in strong:  # the same type twice in one clause ('업무협약(MOU)') is one signing, and
            # a city tie twice in one sentence is one tie ('협정서에 서명하고 … 자매도시 관계를 선포했다')
            # (one word told as a signing with each partner stays one a partner: _each_their_own)
            if not any(k.type == m.type and (_same_clause(k, m) or _one_tie(k, m))
                       and not (k.word is m.word and k.partner != m.partner) for k in keep):
                keep.append(m)
        rest = keep
    elif rest:
        best = min(rest, key=lambda m: (_RANK.index(m.type), not is_pavilion(m.word.text)))
        rest = [best]
    kept_types = {m.type for m in own + rest}
    extra = []
    for m in independent:
        if m.type not in kept_types:
            extra.append(m)
            kept_types.add(m.type)
    return sorted(own + rest + extra, key=lambda m: m.word.start)


def _acting_delegation(m: Mention) -> bool:
    """A delegation that is the sentence's subject ('투자유치단이 … 업무협약을 체결한다'): it acts
    in the signing, no event of its own."""
    return m.word.text.endswith("단") and bool(_SUBJECT_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:]))


_SUBJECT_AFTER = re.compile(r"^(?:이|가|은|는)\s")


def _one_tie(a: Mention, b: Mention) -> bool:
    """Two words of one city tie with the same partner (or one naming none) in a sentence."""
    return a.type in ("sister_city", "friendship_city") and (
        not a.partner or not b.partner or bool(set(a.partner) & set(b.partner)))


def _ceremony_of_strong(found: list[Mention]) -> list[Mention]:
    """'11일 … 열린 협약식에서 … 양해각서를 들어 보이고 있다': the ceremony is that signing's,
    and so is the date the sentence gives it."""
    strong = [m for m in found if m.type in STRONG_TYPES]
    ceremonies = [m for m in found if m.type == "agreement" and m.word.text.endswith("식")]
    if not strong or not ceremonies:
        return found
    if len(strong) == 1 and not strong[0].own_date and ceremonies[0].own_date:
        strong[0].date, strong[0].own_date = ceremonies[0].date, True
    return [m for m in found if m not in ceremonies]


# what may stand between an agreement's name and a bare 협약 that is the same paper: a bracket,
# a quote, and what is done with it ('양해각서(MOU)' 갱신 협약', 'MOU 이행 협약')
_RENAMED_BETWEEN = re.compile(r"^[)\]'’\"」』\s]*(?:\([^()]{0,20}\))?[)\]'’\"」』\s]*"
                              r"(?:갱신|재|연장|개정|변경|이행|체결)?\s?$")


def _renamed_strong(found: list[Mention]) -> list[Mention]:
    """'… 양해각서(MOU)' 갱신 협약을 체결했다': the bare 협약 right after a named agreement is
    that agreement, not a second one."""
    s = found[0].sentence if found else None
    return [m for m in found if not (m.type == "agreement" and any(
        k.type in STRONG_TYPES and k.type != "agreement" and k.word.end <= m.word.start
        and _RENAMED_BETWEEN.match(s.text[k.word.end - s.start:m.word.start - s.start]) for k in found))]


def _same_clause(a: Mention, b: Mention) -> bool:
    s = a.sentence
    lo, hi = sorted((a.word.end, b.word.start))
    between = s.text[lo - s.start:hi - s.start]
    if _NEXT_OBJECT.search(between):
        return False  # 'A와 ... 업무협약을, B와 ... 업무협약을 각각 체결했다': two signings
    return not re.search(r"(하고|했고|하며|했으며|하는 등|함으로써|하였고|하였으며|되었고|됐고)", between)


# the first agreement closed as an object ('…양해각서(MOU)'를,') and a new party named with 와/과
# before the second
_NEXT_OBJECT = re.compile(r"^(?:\([^()]{1,20}\))?\S{0,2}?\s?['’\"”)]?\s?(?:을|를),\s.*[가-힣A-Za-z0-9'’\")](?:와|과)\s")


def country_of(place_id: str) -> str:
    """ISO2 code of a place id ('vn-hanoi', 'adm1-cn-guangdong', 'country-kr' -> 'vn', 'cn', 'kr')."""
    parts = place_id.split("-")
    return parts[1] if parts[0] in ("adm1", "country") and len(parts) > 1 else parts[0]


def _within_countries(countries: list[str], places: list[str]) -> bool:
    """True when `countries` are only countries and each place lies in one of them: '필리핀과
    자매결연' is the same agreement as '일로일로시와 자매결연'."""
    if not all(c.startswith("country-") for c in countries):
        return False
    codes = {country_of(c) for c in countries}
    return all(country_of(p) in codes for p in places)


def _same_names(ids: list[str]) -> set[str]:
    """Place ids with a division and the city of its name made one ('adm1-jp-kagoshima' and
    'jp-kagoshima'): an article may call the partner either way."""
    return {pid.removeprefix("adm1-") for pid in ids}


def _stated(d: Resolved) -> bool:
    """A date the sentence gives (not a year filled in from the page date alone)."""
    return "no date in the sentence" not in d.basis


def _bare_this_day(d: Resolved) -> bool:
    """'이날' read as the page's day: no day was told before it in its paragraph."""
    return d.basis.startswith("inferred: '이날' relative to")


def _another_day(g: Group, m: Mention) -> bool:
    gd = next((x.date for x in g.mentions if x.date and x.date.day), None)
    return bool(gd and m.date and m.date.day and (gd.month, gd.day) != (m.date.month, m.date.day))


def _other_signed_partner(g: Group, m: Mention) -> bool:
    """The group's signings were with partners other than the mention's, which is a signing too."""
    signed = [x.partner for x in g.mentions if x.partner and x.status == "signed"]
    return bool(m.status == "signed" and m.partner and signed) and not any(
        _same_names(p) & _same_names(m.partner) or _within_countries(m.partner, p) or _within_countries(p, m.partner)
        for p in signed)


def _compatible(g: Group, m: Mention, *, any_type: bool = False) -> bool:
    f = g.first
    if f.type != m.type and not any_type:
        return False
    # two organisations of one city signing apart are two agreements (a photo caption names the
    # signing's people its own way: '… 산업도시 최고경영자와 … 협약서를 교환하고 있다')
    gc = next((x.counterpart for x in g.mentions if x.counterpart), "")
    caption = _CAPTION.search(m.sentence.text) or all(_CAPTION.search(x.sentence.text) for x in g.mentions)
    if gc and m.counterpart and gc != m.counterpart and not caption:
        return False
    # a signing with the city itself, then one with a body of that city told as what came next
    # ('같은 날 오후에는 … 항만청과 … 양해각서를 체결했다')
    if m.counterpart and m.status == "signed" and _SEQUEL.match(m.sentence.text) \
            and any(x.with_place for x in g.mentions):
        return False
    if m.another and (gc or m.counterpart) and gc != m.counterpart:
        return False  # 'X대학교와도 협약을 맺었다': another organisation, another agreement
    if any(x.sentence.index == m.sentence.index for x in g.mentions):
        return False
    gy = g.year
    # (a bare '이날' after a paragraph break is the day of the event told, when the group tells one)
    if gy is not None and m.date is not None and gy != m.date.year and _stated(m.date) \
            and any(_stated(x.date) for x in g.mentions if x.date) \
            and not (_bare_this_day(m.date) and any(x.date and x.date.day for x in g.mentions)):
        return False
    gp = next((x.partner for x in g.mentions if x.partner), [])
    if gp and m.partner and not _same_names(gp) & _same_names(m.partner) and not _within_countries(m.partner, gp) \
            and not _within_countries(gp, m.partner):
        return False
    if bool(gp) != bool(m.partner) and f.type in _VENUE_TYPES:
        return False
    if _other_signed_partner(g, m) and _another_day(g, m):
        return False  # a headline naming two cities ('두바이·도하와 잇단 협약'): each signed on its day
    if m.status == "signed" and m.partner and m.date and _stated(m.date) and _another_day(g, m) and any(
            x.status == "signed" and x.date and x.date.day and _stated(x.date) and x.partner
            and not set(x.partner) & set(m.partner) and not _within_countries(x.partner, m.partner)
            for x in g.mentions) and not _CAPTION.search(m.sentence.text) \
            and (not _within_countries(m.partner, m.partner) or _national_body(m.sentence, m.place_spans)):
        return False  # the city on the 28th, the country's ministry on the 29th ('이튿날인 29일에는'): two
        # (not a lede's trip to the countries, then one city's signing in them, nor a caption's list;
        # a country only where its ministry or envoy signed, not the country visited)
    if f.type in _VENUE_TYPES and len(gp) > 1 and len(m.partner) == 1 and (_another_day(g, m) or (
            m.date and m.date.day and not any(x.date and x.date.day for x in g.mentions)
            and any(len(x.partner) > 1 and not _within_countries(x.partner, x.partner) for x in g.mentions))):
        return False  # a mission to several cities (over a span of days), then one city's event on its own day
    if f.korean and m.korean and not set(f.korean) & set(m.korean):
        return False
    gd = next((x.date for x in g.mentions if x.date and x.date.month), None)
    if gd and m.date and m.date.month and m.own_date and gd.month != m.date.month:
        return False
    # ... nor a bare agreement told as what came next, on another day ('이어 23일에는 … 협약을
    # 체결했다' after the 22nd's declaration)
    day = next((x.date for x in g.mentions if x.date and x.date.day), None)
    return not (any_type and day and m.date and m.date.day and _stated(m.date) and _SEQUEL.search(m.sentence.text)
                and (day.month, day.day) != (m.date.month, m.date.day))
