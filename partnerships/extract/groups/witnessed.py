"""Deals of others a Korean government only attended: two parties' agreement told as between
them ('A사와 B사 간'), a head witnessing it ('지사 입회 속'), a headline's firm signing with another
('인천 중고차 수출업체, 라고스 유통사와 … 협약'); and a fair at home with buyers invited to it."""

from __future__ import annotations

import re

from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention

# two firms' deal told as between them ('정밀화학 기업 A사와 사우디 국영 석유화학 계열사 B사 간'), or a
# head only witnessing it ('김영록 지사 입회 속 …', '… 협약 체결에 입회했다')
_FIRM = r"(?:기업|업체|회사|계열사|법인|[A-Z]사|㈜[가-힣A-Za-z]+)"
_FIRMS_BETWEEN = re.compile(rf"{_FIRM}\s?(?:와|과)\s[^.]{{0,40}}?{_FIRM}\s?(?:간|사이)의?\s")
_WITNESSED = re.compile(r"(?:시장|도지사|지사|군수|구청장)\s?(?:입회|참관)\s?(?:속|하에|아래)|"
                        # ('…포항시장 입회', '…서산시장 참관' ending a headline; '… 포항시장과 … 상무관이 입회했다')
                        r"(?:시장|도지사|지사|군수|구청장)\s?(?:입회|참관)$|"
                        r"(?:시장|도지사|지사|군수|구청장)(?:과|와|이|가|도)\s[^.]{0,60}?입회(?:했|하였|한|해|인으로|인\s?자격)")
# the Korean side left unnamed: others' tie ('퀸즐랜드주는 이미 국내 일부 광역자치단체와 … 각서를 맺은 바')
_UNNAMED_KOREAN = re.compile(r"(?:국내|우리나라|한국)\s(?:일부|여러|다른|몇몇)?\s?(?:광역\s?)?"
                             r"(?:자치단체|지자체|지방정부|도시)(?:들)?(?:과|와)\s")
# a headline's firm as the subject, a firm or buyer as the other side ('인천 중고차 수출업체, 나이지리아
# 라고스 유통사와 3천만 달러 공급 협약')
_FIRMS_HEADLINE = re.compile(r"^\W{0,2}(?:[가-힣]+\s){0,3}[가-힣]*(?:업체|기업|회사|제조사|유통사|스타트업),\s"
                             r"[^.,]{0,40}?(?:업체|기업|회사|유통사|제조사|수입사|바이어)(?:와|과)\s")
# buyers invited to a fair at home ('아프리카 바이어 초청 수출상담회', '해외 바이어를 초청해 상담회를'), not
# the local buyers a fair abroad invites ('현지 바이어 초청 수출상담회')
_BUYERS_INVITED = re.compile(r"(?<!현지)(?<!현지\s)바이어(?:를|들을)?\s?초청(?:해|하여)?\s?(?:수출|구매|비즈니스)?\s?$")
# another body signing the same day, for itself ('같은 날 전주시 출연기관인 전주문화재단도 … 협약을 맺었다',
# '같은 자리에서 … 성남산업진흥원도'), or two others' deal ('두 병원의 협약을 축하했다'); not one acting on
# its government's behalf ('도를 대신해'), nor its own tourism corporation ('같은 날 제주관광공사는')
_BODY_TOO = re.compile(r"^(?:같은|이)\s?(?:날|자리)\S{0,3}\s[^.]{0,40}?[가-힣]{2,}(?:재단|진흥원|연구원|"
                       r"병원|의료원|대학교|대학|협회)도\s(?![^.]{0,60}대신)")
_TWO_OTHERS = re.compile(r"(?:두|양)\s?(?:병원|대학|대학교|기업|업체|회사|재단|학교|단체)(?:의|\s?간의?)\s?$")
_WITNESSED_AFTER = re.compile(r"^\S{0,3}?\s?(?:체결식?|서명식?|협약식)?에\s?입회")
# 'HD현대중공업과 사우디 아람코 간 … 공급 계약 서명식에도 참석해': a signing between two named others
_BETWEEN = re.compile(r"(?:^|\s)(?P<pair>[^\s.]{2,20}(?:과|와)\s[^.]{1,30}?)\s간의?\s[^.]{0,40}?$")
# ... not the two sides themselves ('두 도시 간', '양국 정부 간'), nor after a head met ('도하 시장과 만나'),
# nor an association's, which on a government's mission the seed articles count as the mission's
# ('한국의 스마트도시협회와 태국의 사물인터넷협회 간의 … 양해각서')
_BOTH_OR_HEAD = re.compile(r"(?:^|\s)(?:두|양)\s?(?:도시|지역|기관|나라|국|측|시|도)|협회(?:와|과)\s|"
                           r"^(?:시장|도지사|지사|장관|대사|총리|주지사|군수|구청장|총영사)(?:과|와)\s")


def _between_others(s: Sentence, w: TypeMention, spans) -> bool:
    """The word's agreement is told as between two parties neither of which is a place (a country
    only says whose a firm is): two firms' deal ('HD현대중공업과 사우디 아람코 간 … 공급 계약')."""
    m = _BETWEEN.search(s.text[:w.start - s.start])
    if m is None or _BOTH_OR_HEAD.search(m.group("pair")):
        return False
    lo, hi = s.start + m.start("pair"), s.start + m.end("pair")
    return not any(lo <= p.start < hi and p.kind != "country" for p in spans)


def between_others_or_witnessed(s: Sentence, w: TypeMention, spans) -> bool:
    """The word's agreement is two firms' deal, told as between them or witnessed by a head (not
    an event, which a city holds with others: '스타트업 10개사와 현지 벤처캐피털 간 투자 상담회')."""
    before, after = s.text[:w.start - s.start], s.text[w.end - s.start:]
    return bool(_FIRMS_BETWEEN.search(before) or witnessed(s) or _WITNESSED_AFTER.match(after)
                or _UNNAMED_KOREAN.search(before) or _FIRMS_HEADLINE.search(before)
                or _BODY_TOO.match(s.text) or _TWO_OTHERS.search(before)) \
        or w.type not in ("roadshow", "forum", "exchange") and _between_others(s, w, spans)


def witnessed(s: Sentence) -> bool:
    """The sentence has a Korean head witnessing a signing ('포항시장 입회', '시장과 … 입회했다')."""
    return bool(_WITNESSED.search(s.text.rstrip(" .")))


def buyers_invited(s: Sentence, w: TypeMention) -> bool:
    """The event is a fair at home that buyers from abroad were invited to ('아프리카 바이어 초청
    수출상담회'): it has no partner city of its own to take from the sentences around."""
    return w.type == "roadshow" and bool(_BUYERS_INVITED.search(s.text[:w.start - s.start]))
