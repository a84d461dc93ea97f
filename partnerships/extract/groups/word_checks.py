"""Tests on one agreement word in its sentence: a title, a summary of several signings, a
description, another body's deal or event."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.sides import LEVEL_WORD
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context


BACK_REFERENCE = re.compile(r"(?:이번|이날|해당|금번)\s?(?:[가-힣]{2,8}(?:의|간)\s)?$")  # ('이번 완주군의 의향서는')
# what the parties already told put in it ('양측은 의향서에서 … 약속했다'): that document again
PARTIES_BEFORE = re.compile(r"(?:양측|양국|두\s?도시|양\s?도시|양\s?기관|두\s?기관|양\s?지역|두\s?지역)"
                             r"(?:은|는|이|가)\s?$")

# bodies counted as the subject ('도내 기업 6곳이', '병원 4곳은', '기업들이', '한 부품업체는',
# '창원대학교는', '창원상공회의소와 … 상공회의소도'): they sign, not the government
# the national trade, water and aid agencies, whose events and agreements are their own
AGENCIES = (r"(?:KOTRA|코트라|대한무역투자진흥공사|K-water|한국수자원공사|KOICA|코이카|한국국제협력단|한국무역협회|"
             r"무역협회|중소(?:벤처)?기업진흥공단|중진공)")

_TITLE_AFTER = re.compile(r"^(?:인|이자|였던)?\s")
_TITLE_NOUN_AFTER = re.compile(r"^\s?(?:지역|도시)(?:인|이자|였던)\s")  # '자매결연 지역인 중국 랴오닝성'
# a city's name before its district ('울란바토르시 바양골구')
_PARENT_NAME = re.compile(r"[가-힣]{2,8}(?:시|성|주|현)\s")


def tie_as_title(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """A city tie's noun put before a place as what it is ('자매도시인 독일 드레스덴', '우호도시
    하노이와', '자매결연 지역인 중국 랴오닝성'; a Korean one as its foreign partner calls it:
    '대표단이 자매도시 수원을 찾았다'), or in the plural, not told as made."""
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
        # (its gloss may follow: '자매도시인 아랍에미리트(UAE) 두바이의')
        gloss = re.match(r"(?:\([^()]{1,20}\))?\s", s.text[nxt[0].end - s.start:])
        at, nxt = nxt[0].end + (gloss.end() if gloss else 1), nxt[1:]
    # ... or a district named after its city ('자매도시인 몽골 울란바토르시 바양골구의')
    parent = _PARENT_NAME.match(s.text[at - s.start:]) if nxt and nxt[0].start > at else None
    return bool(nxt) and nxt[0].start == at + (parent.end() if parent else 0)


# signings summed up before each is told ('… 분야 업무협약을 잇따라 체결하며')
_ONE_AFTER_ANOTHER = re.compile(r"^\s?(?:을|를)?\s?(?:잇따라|잇달아|연이어|차례로)\s?(?:체결|맺|교환|서명)")
# ... or '… 헬싱키시, 에스토니아 탈린시와 각각 … 업무협약(MOU)을 체결했다'
_EACH_BEFORE = re.compile(r"(?:와|과)\s각각\s")
# ... or its days listed first ('지난 7일(현지시간)과 9일 각각 텍사스주 …과, 캘리포니아주 …와 업무협약을')
_DAYS_EACH = re.compile(r"\d{1,2}일(?:\([^()]{1,8}\))?\s?(?:과|와|,)\s?(?:\d{1,2}일\s?(?:과|와|,)\s?)*\d{1,2}일"
                        r"(?:\([^()]{1,8}\))?\s각각\s")
# (one per partner in the same order: '… 선양시, 다롄시와 우호교류도시 합의서와 … 양해각서를', left to each)
_ANOTHER_WORD = re.compile(r"(?:합의서|협정서?|협약서?|의향서|양해각서|MOU)['’\"”]?(?:와|과)\s")
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
_LIST_CLOSES = re.compile(r"^(?:\([^()]{1,30}\))?[^\s,.·]{0,3}(?:\s[^\s,.·]{1,15}){0,2}?(?:\([^()]{1,30}\))?"
                          r"(?:와|과)\s")  # ('방콕(Bangkok)시와 각각')


def each_their_own(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """The word stands for one signing with each partner the sentence lists right before it ('…세부시,
    칠레 발파라이소시와 각각 … 업무협약을 체결했다', '…탈린시 … 과 차례로 업무협약을 체결했다'); not
    for partners who are where a trip went ('브리즈번과 퍼스를 잇따라 방문해 … 2곳과 각각 협약을')."""
    if w.type not in _EACH_OWN_TYPES or not (sums_up_several(s, w) or _EACH_AFTER.match(s.text[w.end - s.start:])):
        return False
    foreign = [p for p in spans if not p.korean and p.end <= w.start]
    return bool(foreign) and bool(_LIST_CLOSES.match(s.text[foreign[-1].end - s.start:w.start - s.start]))


def told_one_by_one(s: Sentence, w: TypeMention, spans: list[PlaceMention], ctx: Context,
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
        if any(t.type == w.type and not sums_up_several(x, t) for t in words_of[x.index]):
            # (not '이번 협약을 바탕으로', nor the lede summing up again what the headline did)
            later |= {k for p in ctx.places[x.index] if not p.korean for k in (p.id, p.country)}
    return len(named) < 2 or named <= later


def sums_up_several(s: Sentence, w: TypeMention) -> bool:
    """The word sums up signings told one by one ('… 업무협약을 잇따라 체결하며', '…와 잇따라
    업무협약(MOU)을 맺으며', '…탈린시와 각각 … 업무협약을 체결했다')."""
    before, after = s.text[:w.start - s.start], s.text[w.end - s.start:]
    return bool(_ONE_AFTER_ANOTHER.match(after) or _EACH_BEFORE.search(before[-30:])
                or ((m := _DAYS_EACH.search(before)) is not None and _SIGNED_AFTER.match(after)
                    and not _ANOTHER_WORD.search(before[m.end():]))
                or (_ONE_AFTER_ANOTHER_BEFORE.search(before) and _SIGNED_AFTER.match(after))
                or _BOTH_COUNTRIES_BEFORE.search(before[-40:]))


# a recurring event described ('2011년부터 매년 여는 세계 최대 규모의 … 박람회')
_RECURRING_BEFORE = re.compile(r"(?:매년|해마다|격년으로)\s?(?:여는|열리는|개최하는|개최되는|열어\s?온|개최해\s?온)\s")
# ... or the kind of body something is ('피라 바르셀로나는 전시컨벤션 기관인')
_KIND_OF_BODY = re.compile(r"^[가-힣]{0,6}\s?(?:기관|전문기관|업체|기업|회사|재단)(?:인|이자|으로서)\s")
# ... or the body a partner is, by who founded it ('남모라비아주가 설립한 … 지원기관인', '… 함께 설립한 조직으로')
# ('후쿠오카시가 출연해 설립한 시 산하 관광 전담 기관이다'); a funded body's kind ('부산시 출연기관인 …')
_FOUNDED_BODY = re.compile(r"^(?:한|된)\s(?:[^\s.]+\s){0,5}?[^\s.]*(?:기관|조직|기구|단체|법인|센터|재단|공사)"
                           r"(?:인|으로|이다|이며|이자|입니다)(?![가-힣])")
# ... or what a network is ('이클레이는 1990년 … 출범한 연합체로, 현재 …', '… 결성된 협의체다',
# '정부·기업 협의체인 스테이트 오브 그린이 일정을 주선했다')
_NETWORK_IS = re.compile(r"^(?:\S{0,3}\s(?:\S+\s){0,2}?\S*(?:연합체|협의체|네트워크|연합|기구|협회))?"
                         r"(?:(?:으로|로)(?:,|서\s)|(?:이다|다|입니다|이며|이자)(?![가-힣])|인(?=\s))")
# ... or a building named after one ('전시컨벤션센터(피라 바르셀로나)가', '전시관', '박람회장')
_BUILDING_AFTER = re.compile(r"^(?:컨벤션)?(?:센터|관|장|홀)(?![가-힣]{0,1}(?:회|식))")
# ... or an industry ('전시·컨벤션(MICE) 산업', '관광 산업을 살펴봤다')
_INDUSTRY_AFTER = re.compile(r"^(?:·[가-힣]{1,6}(?:\([A-Z]{2,6}\))?)*\s?(?:산업|업계|인프라)"
                             r"(?:과|와|을|를|의|은|는|이|가|에)?(?![가-힣])")


def described_not_done(s: Sentence, w: TypeMention) -> bool:
    """The event word says what something is (a recurring event, a kind of body, a building, an
    industry), not an event the sentence tells."""
    after = s.text[w.end - s.start:]
    return bool(_RECURRING_BEFORE.search(s.text[max(0, w.start - s.start - 30):w.start - s.start])
                or _KIND_OF_BODY.match(after) or _INDUSTRY_AFTER.match(after)
                or (w.type in ("exchange", "forum") and _BUILDING_AFTER.match(after))
                or (w.type == "alliance" and _NETWORK_IS.match(after))
                # ('… 해사청과 내륙수로청이 합쳐져 출범한 기관으로': the body's own launch, no network)
                or (w.type in ("institution", "alliance") and _FOUNDED_BODY.match(after))
                or (w.text == "출연기관" and _IS_A.match(after)))


_IS_A = re.compile(r"^(?:인|이자|으로서|으로|이다|이며|입니다)(?![가-힣])")


# a mission led by the head of a place abroad ('에드먼턴 시장을 단장으로 한 경제사절단'): a visit to Korea
_LED_BY_HEAD = re.compile(r"(?:시장|주지사|주총리|장관|부시장|성장|도지사|군수)(?:을|를)\s?단장으로\s?(?:한|하는)\s$")

ATTENDED = re.compile(r"^\S{0,3}\s?(?:\S+\s){0,3}?(?:참석|참가|방문|찾)")

# two parties as the subject of the signing ('A와 B(CORFO)이 … 체결했다'), the sentence's first clause
_PAIR_SUBJECT = re.compile(r"(?:^|[\s,])(?:이어\s|이에\s앞서\s|같은\s날\s)?(?:[^\s,]+\s){0,3}?"
                           r"[가-힣A-Za-z0-9㈜()]+(?:와|과)\s[^.,]{1,50}?(?:\([A-Za-z-]{1,12}\))?(?:이|가)\s")


def among_nations(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """The agreement's name is a list of countries joined by '·' or '-' ('미국·멕시코·캐나다 협정',
    '한-칠레 자유무역협정'): a treaty between nations, not a local government's partnership."""
    before = s.text[max(0, w.start - s.start - 40):w.start - s.start]
    m = re.search(r"((?:[가-힣]{1,8}[·\-]){1,5}[가-힣]{1,8})\s?(?:자유무역)?$", before)
    if m is None:
        return False
    lo = w.start - len(before) + m.start()
    named = [p for p in spans if lo <= p.start < w.start]
    return len(named) >= 2 and all(p.kind == "country" for p in named)


def others_pair(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """The signing's subject is two parties neither of which is a Korean government: a firm and a
    body abroad, two firms ('㈜에코셀머티리얼즈와 캐나다 … 노스락리튬이')."""
    before = s.text[:w.start - s.start]
    m = next(reversed(list(_PAIR_SUBJECT.finditer(before))), None)
    if m is None or PARTIES_BEFORE.search(m.group(0)) or len(before) - m.end() > 60 or ", " in before[m.end():] \
            or re.match(r"(?:\S+\s)?참석", before[m.end():]):  # ('대사와 시 관계자 등이 참석한 가운데': guests)
        return False  # ('양 도시는': the governments themselves; a pair far back is another clause's)
    lo, hi = s.start + m.start(), s.start + m.end()
    if not any(t.tag == "JKS" and t.start == hi - 2 for t in s.tokens):
        return False  # the 이 or 가 ends a name ('하와이 주정부와'), it does not mark a subject
    return not any(p.korean and lo <= p.start < hi for p in spans) and not _KOREAN_GOV_WORD.search(m.group(0))


_KOREAN_GOV_WORD = re.compile(r"(?:시|도|군|구|청|부)(?:와|과|이|가)\s"
                              r"|(?:시장|지사|군수|구청장|장관|차관|실장|국장|교육감|의장)")  # ('국토도시실장과')


def led_from_abroad(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """A mission whose head (named just before it) is of a place abroad."""
    led = _LED_BY_HEAD.search(s.text[max(0, w.start - s.start - 40):w.start - s.start])
    if not led:
        return False
    before = [p for p in spans if p.end <= w.start - len(led.group(0))]
    return bool(before) and not before[-1].korean


FIRM_SUBJECT = re.compile(r"(?:㈜|\(주\)|주식회사)\s?(?P<a>[가-힣A-Za-z0-9○]+)"
                           r"(?:이|가|은|는|,|\s등\s\d+\s?개사(?:가|는|도))\s|"
                           r"(?:기업|업체|회사|社|조선사|제조사|스타트업|법인)\s(?:㈜\s?)?['‘\"“]?(?P<b>[가-힣A-Za-z0-9]+)"
                           r"['’\"”]?(?:\s?\(주\)|㈜)?(?:이|가|은|는|,)\s")


def firm_names(sentences: list[Sentence]) -> set[str]:
    """Firms the article introduces as firms ('자동차부품 기업 한빛정밀이'), by name."""
    return {m.group("a") or m.group("b") for s in sentences for m in FIRM_SUBJECT.finditer(s.text)}


def firm_subject(before: str, firms: set[str]) -> bool:
    """A firm is the subject before the agreement word: marked as one, or named as one earlier
    in the article ('한빛정밀은 … 공급계약을 체결했다')."""
    return bool(FIRM_SUBJECT.search(before)) or any(
        re.search(rf"(?:^|\s){re.escape(f)}(?:은|는|이|가)\s", before) for f in firms)


_BARE_PARTY = re.compile(rf"{LEVEL_WORD}(?:와|과|는|은|가|이)\s")  # '도와 …', '시는 …'
_ACTS_AFTER = re.compile(r"^(?:특별자치시|특별자치도|광역시|특별시|시|군|구|도|청)?(?:는|은|이|가|와|과)\s")


def government_acts(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """A Korean place before the agreement word is a subject or a party ('사천시는', '경북도와'),
    not only where a firm is ('경남 사천의 … 기업'); or the article's government by its level
    alone opens the sentence ('도와 현지 유통기업, 도내 업체 3곳은 … 계약을 맺었다')."""
    acting = [(p.end, m) for p in spans
              if p.korean and p.end <= w.start and (m := _ACTS_AFTER.match(s.text[p.end - s.start:]))]
    if acting and all(m.group(0).strip()[-1] in "는은" for _, m in acting) \
            and _REPORTED.match(s.text[w.end - s.start:]) \
            and FIRMS_SIGN.search(s.text[max(end for end, _ in acting) - s.start:w.start - s.start]):
        return False  # '경남도는 … 부품기업 5곳이 폴란드 기업 7곳과 … 체결했다고 밝혔다': it tells the firms' deal
    return bool(_BARE_PARTY.match(s.text)) or bool(acting)


# firms as the subject of the signing, with their partner ('부품기업 5곳이 폴란드 방산 기업 7곳과',
# '물류장비 제조업체가 … 운영업체와')
FIRMS_SIGN = re.compile(r"(?:[가-힣]{0,10}(?:업체|기업|제조사)|스타트업)"
                        r"(?:\s?(?:\d+|두|세|네|다섯|여섯)\s?(?:곳|개사|개))?"
                        r"(?:이|가|은|는)\s[^.]{0,60}?(?:와|과)\s[^.]{0,40}$")
# the government tells what others did ('… 체결했다고 8일 밝혔다')
_REPORTED = re.compile(r"^[^.]{0,20}?(?:다|했)고\s(?:\S+\s){0,2}?(?:밝혔|전했|알렸)")


# 'KOTRA가 자카르타에서 연 ... 로드쇼에 참석해': an organiser named with 이/가 and its verb
_ORGANISER = re.compile(r"(?:이|가)\s(?:\S+\s){0,3}?(?:연|열었던|개최한|주최한|주관한|마련한|진행한)\s(?:\S+\s){0,6}$")

_ATTEND_AFTER = re.compile(r"^\S{0,2}?\s?(?:'|’|”|\")?\s?(?:에|에도)\s?(?:참관|"
                           # ... or staff sent to it ('현지 기업설명회에 관계 공무원을 파견한')
                           r"(?:[가-힣]+\s){0,2}?(?:공무원|직원|관계자|담당자)(?:을|를|들을)?\s?파견)")
# ... or a fair's opening ceremony attended ('푸얼 국제차엑스포 개막식에 참석한 뒤 귀국한다')
_OPENING_ATTENDED = re.compile(r"^\S{0,2}?\s?['’”\"]?\s?(?:개막식|개회식|개막\s?행사)(?:에|에도)\s?(?:참석|참가)")

# ... or only helped with ('상담회 장소 제공 등을 지원했다')
_SUPPORTED = re.compile(r"^\s?(?:장소|통역|부스|비용|차량|참가비|홍보)(?:\s?(?:제공|임차|대여|마련))?"
                        r"\s?(?:등을|을|를|등)?\s?지원")
_BODY_BEFORE = re.compile(r"(?:청|공사|협회|무역관|회의소|상의|기구|재단|위원회|투자청|\([A-Z]{2,8}\))(?:이|가)$")
_LEVEL_BEFORE = re.compile(r"(?:^|\s)(?:시|도|군|구|우리)(?:가|이)$")


def opens_on_told(s: Sentence, w: TypeMention, words: list[TypeMention]) -> bool:
    """The sentence opens on an event of this type already told ('이번 상담회에는 …'): what it
    goes on to say of that type ('… 1대1 상담을 벌였다') is of the same event."""
    first = words[0] if words else None
    return (first is not None and first is not w and first.type == w.type
            and (BACK_REFERENCE.search(s.text[max(0, first.start - s.start - 14):first.start - s.start]) is not None
                 and first.start - s.start <= 8 or bare_topic(s, first)))


BARE_TOPIC = re.compile(r"^(?:은|는|에는|에서는)\s")


def bare_topic(s: Sentence, w: TypeMention, *, missions: bool = False) -> bool:
    """The sentence opens on the word alone as its topic ('상담회는 …', '상담회에는 …'): an event
    of that type the article told before, not another. A mission ('사절단은 …') only with
    `missions`: itself no new event, it goes on to the next city's ('사절단은 13일 보고타에서
    수출상담회를 열었다')."""
    return w.start - s.start <= 1 and (missions or not w.text.endswith("단")) \
        and BARE_TOPIC.match(s.text[w.end - s.start:]) is not None


def held_by_other(s: Sentence, w: TypeMention, spans: list[PlaceMention]) -> bool:
    """An event the Korean side attended rather than held: 'X가 연 로드쇼에 참석했다', or
    viewed ('로드쇼에 참관했다'), or one a body abroad laid on (`spans`: the sentence's places)."""
    rest = s.text[w.end - s.start:]
    if _ATTEND_AFTER.match(rest) or _SUPPORTED.match(rest) or w.type == "forum" and _OPENING_ATTENDED.match(rest):
        return True
    before = s.text[:w.start - s.start]
    if not (m := _ORGANISER.search(before)):
        return False
    if ATTENDED.search(rest):
        return True
    # ... or one a foreign body laid on ('아부다비 투자청(ADIO)이 마련한 비즈니스 상담회에서')
    lo = max(0, m.start() - 20)
    near = [p for p in spans if s.start + lo <= p.start < s.start + m.start() + 1]
    return bool(_BODY_BEFORE.search(before[lo:m.start() + 1])) and not any(p.korean for p in near) \
        and not _LEVEL_BEFORE.search(before[lo:m.start() + 1])
