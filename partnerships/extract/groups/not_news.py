"""Agreement words that are not the city's news: what a place or tie is, another body's deal, an event already told."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.members import OBSERVER
from partnerships.extract.groups.witnessed import between_others_or_witnessed
from partnerships.extract.groups.word_checks import (
    AGENCIES,
    BACK_REFERENCE,
    FIRM_SUBJECT,
    FIRMS_SIGN,
    among_nations,
    bare_topic,
    described_not_done,
    each_their_own,
    firm_subject,
    government_acts,
    held_by_other,
    led_from_abroad,
    opens_on_told,
    others_pair,
    sums_up_several,
    tie_as_title,
    told_one_by_one,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.short_names import FIRM_OF_PLACE
from partnerships.extract.types import STRONG_TYPES, TypeMention

if TYPE_CHECKING:
    from partnerships.extract.groups.reading import ArticleReading


# a sentence that tells what an agreement holds ('협정서에는 … 담겼다', '협약에는 … 포함됐다')
_HOLDS = re.compile(r"^\S*(?:협약|협정|선언|합의|의향서|MOU)\S*에는\s.*(?:담겼|담았|담고|포함됐|포함되|들어\s?있)")

# ... as the subject ('KOTRA 리마무역관은')
_AGENCY_SUBJECT = re.compile(rf"(?:^|\s){AGENCIES}"
                             r"(?:\s?[가-힣]{1,10}(?:무역관|사무소))?(?:\([A-Za-z-]{1,12}\))?(?:는|은|이|가)\s"
                             # ... or a headline's ('K-water, …와 MOU')
                             rf"|^\W{{0,2}}{AGENCIES}(?:\([A-Za-z-]{{1,12}}\))?,\s")
_OTHERS_SIGN = re.compile(r"(?:^|\s)[가-힣]*(?:상공회의소|상의)(?:와|과|도|는|은|이|가)\s|"
                          r"(?:기업|업체|병원|대학|학교|여행사|건설사|제조사|단체|스타트업)\s?(?:\d+|한|두|세|네|다섯|여섯)\s?"
                          r"(?:곳|개사|개)"
                          r"(?:이|은|는|가|과|와|도)\s|"
                          # ... counted first ('경북 지역 3개 대학도'; firms so counted sign export deals of a mission)
                          r"(?<![\d.])(?:\d+|두|세|네|다섯|여섯)\s?(?:개|곳)\s?(?:병원|대학|대학교|학교|단체)"
                          r"(?:이|은|는|가|도)\s|"
                          # ... or one of those just counted ('기업 4곳 … 이 가운데 1곳은', '참가 병원 가운데 5곳은')
                          r"(?:^|\s)(?:이|그|[가-힣]*(?:기업|업체|병원|대학|학교|단체|스타트업)(?:들)?)\s?(?:가운데|중)\s?"
                          r"(?:\d+|한|두|세|네|다섯)\s?(?:곳|개사|개)(?:은|는|이|가|도)\s|"
                          # a hospital ('인하대병원은 … 종합병원과 … 업무협약을 맺었다')
                          r"(?:^|\s)[가-힣]{2,12}(?:병원|의료원)(?:은|는|이|가|도)\s|"
                          # ... or first of a pair ('울산대학교병원과 비슈케크시 보건국은 … 의향서를')
                          r"(?:^|\s)[가-힣]{2,12}(?:병원|의료원|대학교|\([가-힣]{2,10}(?:대학교|대학|공대)\))(?:과|와)\s"
                          r"[^.,\s]{2,12}(?:\s[^.,\s]{1,10})?(?:은|는|이|가)\s|"
                          # ... or two universities ('전북대학교와 페스 시디 모하메드 벤 압델라 대학교도')
                          r"(?:^|\s)[가-힣]{2,12}(?:대학교|대학)(?:과|와)\s[^.]{0,60}?(?:대학교|대학)"
                          r"(?:\([A-Za-z]{2,10}\))?(?:은|는|이|가|도)\s|"
                          # ... by their short names ('충북대와 몬트리올대도', '충북대-몬트리올대 공동연구 협약')
                          r"(?:^|\s)[가-힣]{2,10}대(?:과|와)\s[가-힣]{2,10}대(?:은|는|이|가|도)\s|"
                          r"(?:^|\s)[가-힣]{2,10}대[-–·][가-힣]{2,10}대\s|"
                          # a national public corporation ('한국토지주택공사(LH)는', '한국수자원공사(K-water)는')
                          r"(?:^|\s)한국[가-힣]{1,10}(?:공사|공단)(?:\([A-Za-z-]{1,12}\))?(?:는|은|이|가|도)\s|"
                          # ... or first of a pair ('한국관광공사와 태국관광청(TAT)도 … 양해각서를 교환했다')
                          r"(?:^|\s)한국[가-힣]{1,10}(?:공사|공단)(?:\([A-Za-z-]{1,12}\))?(?:와|과)\s[^.,\s]{2,14}"
                          r"(?:\([A-Za-z]{2,10}\))?(?:은|는|이|가|도)\s|"
                          # ... or a port authority ('인천항만공사(IPA)가 … MOU를'; not a city's own tourism
                          # or urban corporation, which acts for it)
                          # (a province's is its own: '경기평택항만공사는')
                          r"(?:^|\s)(?!(?:경기|강원|충북|충남|전북|전남|경북|경남)[가-힣]{2,4}항만공사)"
                          r"[가-힣]{2,8}항만공사(?:\([A-Za-z-]{1,12}\))?(?:는|은|이|가|도)\s|"
                          # people, counted or by trade ('이 가운데 3명은 현지 갤러리와 … 계약을', '도예가들은';
                          # not a delegation counted: '구청장 등 방문단 7명이 … 서명했다')
                          r"(?<![\d.,])(?<!(?:단|등|행)\s)(?:\d+|두|세|네|다섯|여섯)\s?명(?:은|이|도|가)\s|"
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
                          r"(?:업체|기업|회사|기획사|제조사|유통사|여행사|건설사|스타트업|병원)(?:는|은|이|가)\s|"
                          r"(?:^|\s)[가-힣]{2,}(?:대학교|대학원|대학|공대|과학기술원|연구원|연구소)(?:\s[가-힣]{2,6}캠퍼스)?(?:\([가-힣A-Za-z]{1,10}\))?"
                          r"(?:는|은|이|가|도|\s역시)\s|"
                          # ... or by a Latin short name, with a university as the other party ('UNIST는 …
                          # 카타르 하마드 빈 칼리파 대학교(HBKU)와')
                          r"(?:^|\s)[A-Z]{2,8}(?:는|은|이|가)\s[^.]{0,80}?(?:대학교|대학)(?:\([A-Za-z]{2,10}\))?(?:와|과)\s|"
                          # ... or first of a pair with another body ('ETRI와 르완다 … 산하 기관은')
                          r"(?:^|\s)[A-Z]{2,8}(?:와|과)\s[^.]{0,40}?(?:기관|연구원|연구소|대학교|대학|공사|공단|병원)"
                          r"(?:은|는|이|가)\s|"
                          # ... or by its short name with its head ('강원대(총장 ○○○)는')
                          r"(?:^|\s|\])\s?[가-힣]{1,8}대\((?:총장|학장)[^()]{0,12}\)(?:는|은|이|가|도)\s|"
                          # two firms as the parties ('… 수산가공업체와 … 유통업체가'), a deal between
                          # firms ('기업 간 MOU')
                          # ... or two public corporations ('부산항만공사와 발파라이소 항만공사도')
                          r"[가-힣]*(?:업체|기업|회사|법인|공사|공단)(?:와|과)\s[^.]{0,40}?[가-힣]*"
                          r"(?:업체|기업|회사|법인|공사|공단)(?:가|이|는|은|도)\s|"
                          # ... masked by the paper ('대구 부품사 A사와 미시간주 1차 협력사 B사가')
                          r"(?<![가-힣A-Za-z])[A-Z○]{1,3}사(?:와|과)\s[^.]{0,40}?(?<![가-힣A-Za-z])[A-Z○]{1,3}사"
                          r"(?:가|이|는|은|도)\s|"
                          r"(?:기업|업체|회사)\s?간\s|"
                          # ... or a pair with a chamber, a university or a firm, named just before the
                          # agreement word ('박닌성 산업단지관리위원회와 구미상의 간 투자 협력 MOU')
                          r"\S+(?:와|과)\s[^.]{0,30}?(?:상공회의소|상의|대학교|대학|협회|조합|기업|업체|"
                          r"개발사|제조사|건설사|운영사|유통사)\s?간\s"
                          r"[^.'‘\"“]{0,20}$|"
                          # ... or between firms and buyers ('참가 기업과 현지 유통업체 사이에 … MOU가 체결됐다')
                          r"(?:기업|업체|회사)(?:과|와)\s[^.]{0,30}?(?:기업|업체|회사|바이어)(?:들)?\s?(?:사이|간)에\s")
# a government named right before its launch ('강원특별자치도 출범', '도 출범 이후')
_GOVERNMENT_LAUNCHED = re.compile(r"(?:[가-힣][도시군]|(?:^|\s)도)\s?$")
# a school as the one a tie is made with ('日 구마모토 고교와 자매결연', '현지 고등학교와 자매학교')
_SCHOOL_TIE = re.compile(r"(?:고교|고등학교|중학교|초등학교|여고|학교)(?:와|과)\s?(?:자매학교\s?)?$|자매\s?학교\s?$|"
                         r"(?:학교|학교들)\s?간\s?$")  # ('… 하이스쿨은 학교 간 자매결연 협약서를')
# a person as the one who won ('주민 서정란(67)씨가', '김민수 선수가')
_PERSON_WINS = re.compile(r"(?:주민|시민|군민|구민|도민|학생|선수|작가|교수)\s?[가-힣]{0,4}(?:\(\d{1,3}\))?\s?씨?"
                          r"(?:가|이|는|은)\s|[가-힣]{2,4}\s?\(\d{1,3}\)\s?씨(?:가|는|도)\s")
# firms that won it ('이 가운데 7개사가 … 'CES 2024 혁신상'을 받았다'): their prize, not the city's
_FIRMS_WIN = re.compile(r"(?:\d+\s?개사|\d+\s?곳|기업|업체|회사)(?:들)?(?:가|이)\s[^.]{0,80}$")

# the signing told before, called a first ('중남미 도시와 … 협약을 맺은 것은 처음이다')
_FIRST_TIME_AFTER = re.compile(r"^\s?(?:을|를)?\s?(?:맺은|체결한|교환한|가진)\s?(?:것은|건)\s?(?:이번이\s?)?"
                               r"(?:처음|이례적|드문|흔치)")  # ('… 직접 협약을 맺은 것은 이례적이라는')
# both parties as the subject of what they agreed to do ('양 도시는 … 구성해 … 하기로 했다')
_PARTIES_AGREED = re.compile(r"(?:양측|양\s?도시|두\s?도시|양\s?기관|두\s?기관|양\s?지역|두\s?지역|"
                             # ... or the governments counted ('… 4개 시도와 … 4개 현이 … 강화하기로 뜻을 모았다')
                             r"\d+\s?개\s?(?:시도|시·도|시도현|현|성|주|도시|지방정부|지자체))(?:은|는|이|가)\s")
_DECIDED_AFTER = re.compile(r"(?:하기|키|기)로\s?(?:했|합의했|약속했|뜻을\s?모았)")

_NOBEL_BEFORE = re.compile(r"노벨[가-힣]{0,6}상\s?$")

# buyers as the ones who came to the event ('바이어 60여 개사가 상담회에 참여했으며')
_BUYERS_CAME = re.compile(r"바이어(?:들)?\s?(?:\d[\d,]*\s?여?\s?(?:개사|개\s?업체|명|곳)\s?)?(?:이|가|도)\s$")
_CAME_TO = re.compile(r"^\s?(?:에|에는)\s?(?:\S+\s)?(?:참여|참가|참석|몰려|몰렸)")
# a mission as the subject of courtesy calls only ('… 차관을 잇달아 면담하고 의견을 나눴다')
_CALLS_ONLY = re.compile(r"^(?:이|가|은|는)\s[^.]*?(?:(?:면담|예방|접견)(?:하고|했다|한\s|해|하며)|둘러보|둘러봤|"
                         r"시찰|견학|의견을\s?(?:나누|나눴|교환)|간담회를\s?(?:갖|가졌|가지))"
                         r"(?![^.]*(?:열|개최|진행|상담|설명회))")

# an event held alongside another ('포럼과 함께 열린 B2B 상담회'): part of that one
_ALONGSIDE_BEFORE = re.compile(r"(?:포럼|박람회|엑스포|전시회|회의|행사)(?:과|와)\s?(?:함께|연계해|연계한|나란히)\s?"
                               r"(?:열린|개최된|진행된|마련된)\s(?:\S+\s)?$")

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

# a body named after a tie ('자매결연 위원회', '자매도시협회')
_TIES_BODY = re.compile(r"^\s?(?:추진\s?)?(?:위원회|협회|연합회|위원단|후원회)")
# a tie told by its age ('35년 된 자매도시', '30년째인 우호 관계', '20년을 맞은 자매결연')
_AGED_TIE = re.compile(r"\d{1,3}\s?년\s?(?:된|째인?|을\s?맞은|이\s?넘은|넘게\s?이어\s?온|간의?)\s?$"
                       # ... or as a long-standing one ('쿠리치바시는 수원시의 오랜 자매도시로')
                       r"|(?:오랜|오래된|오랫동안의|기존|기존의)\s?$")


# two places said to be sister or friendship cities ('부산과 로테르담은 자매도시로,', '… 우호도시이며')
_IS_A_TIE = re.compile(r"^\s?(?:관계)?(?:로서?|이며|이고|이다|입니다|이자)(?=[\s,.])")
_SIGNED_IN = re.compile(r"체결|맺|서명|협정을|결연을")


# signed in a Korean government's hall ('이날 부산시청 별관에서'): at home, on no mission abroad
_AT_CITY_HALL = re.compile(r"(?:시청|도청|군청|구청)(?:\s?(?:별관|본관|신관))?\s?(?:[가-힣]{1,8}\s?)?에서\s")


def what_it_is(s: Sentence, w: TypeMention, r: ArticleReading) -> bool:
    """The word tells what a place, a tie or a body is, or a firm's or school's own deal; no event
    of the city's."""
    before, after, spans = s.text[:w.start - s.start], s.text[w.end - s.start:], r.places[s.index]
    if w.type == "alliance" and w.text.startswith("출범") and _GOVERNMENT_LAUNCHED.search(before):
        return True  # '강원특별자치도 출범과', '도 출범 이후': a Korean government's own launch, no network
    if (w.type in ("mou", "loi") or w.type == "contract" and (not r.mission or _AT_CITY_HALL.search(before))) \
            and firm_subject(
            before, r.firms) and not government_acts(s, w, spans):
        return True  # '사천의 … 기업 ㈜한빛에어로텍이 … 공급 계약을 맺었다': a firm's deal, no city's
        # (a contract signed on the city's trade mission is the mission's result, and counts)
    ties = w.type in ("sister_city", "friendship_city")
    if (ties or w.type == "agreement") and _SCHOOL_TIE.search(before):
        return True  # '구마모토 고교와 자매결연': two schools' tie, not the cities'
    if tie_as_title(s, w, spans):
        return True  # '자매도시인 독일 드레스덴에', '자매도시 드레스덴과': what the place is, no event
    if ties and _AGED_TIE.search(s.text[max(0, w.start - s.start - 16):w.start - s.start]):
        return True  # '35년 된 자매도시 관계를 산업 협력으로 끌어올린': the tie built on, told by its age
    if ties and _IS_A_TIE.match(after) and not _SIGNED_IN.search(after[:60]):
        return True  # '부산과 로테르담은 자매도시로, … 공통점이 있다': what the two are, no signing
    if ties and _TIES_BODY.match(after):
        return True  # '양 도시 자매결연 위원회 관계자와': the body that keeps the tie, no signing
    if sums_up_several(s, w) and sum(x.type == w.type for ws in r.words_of for x in ws) >= 3 \
            and not (each_their_own(s, w, spans) and not told_one_by_one(s, w, spans, r.context, r.words_of)):
        return True  # '… 업무협약을 잇따라 체결하며': the signings the article tells one by one
        # (when it does not, it is one signing with each partner named: each_their_own)
    if _FIRST_TIME_AFTER.match(after):
        return True  # '… 협약을 맺은 것은 처음이다': the signing told before, called a first
    if w.type not in STRONG_TYPES and _PARTIES_AGREED.search(before) and _DECIDED_AFTER.search(after):
        return True  # '양 도시는 실무협의체를 구성해 … 발굴하기로 했다': what they agreed to do
    if described_not_done(s, w):
        return True  # '2011년부터 매년 여는 … 박람회', '전시컨벤션 기관인': what it is, not an event
    return w.type == "award" and bool(_NOBEL_BEFORE.search(s.text[max(0, w.start - s.start - 12):w.start - s.start]))


# an investment agreement ('투자협약', '… 달러 규모의 투자협약', '투자 양해각서') ...
_INVESTMENT_WORD = re.compile(r"투자\s?(?:협약|양해각서)?\s?\(?$")  # (or the MOU in its brackets: '투자협약(MOU)')
_INVESTMENT_AFTER = re.compile(r"^\)?\s?(?:\([^()]{0,20}\)\s?)?(?:규모의?|상당의?)?\s?투자\s?(?:협약|양해각서|MOU)")
# ... with firms ('일본 기업 3곳과', '외국인투자기업 3곳과', '부품업체인 진화기차배건유한공사와', '㈜○○과')
_FIRM_BEFORE = re.compile(r"(?:기업|업체|회사|유한공사|그룹|법인|㈜\S{1,20}|\S{1,20}\(주\)|"
                          r"(?:부품|소재|장비|제조|물류|유통|건설|화학|제약|전자|에너지|식품)사)"
                          # (with its name: '해상풍력 전문기업 노르할 에너지(Nordhal Energy A/S)와')
                          r"(?:인\s\S{1,25}|\s[가-힣A-Za-z]{1,15}(?:\s[가-힣A-Za-z]{1,15})?(?:\([^()]{1,40}\))?"
                          r"|\s?['‘\"“][^'’\"”]{1,30}['’\"”])?"  # (or in quotes: '냉동물류 전문기업 '○○'과')
                          r"\s?(?:\d+\s?(?:곳|개사|개))?(?:와|과)도?\s[^.]{0,40}$")  # ('…전자와도': one more)


# ... or signed by a firm with the governments ('부품업체 서던오토파츠는 경북도, 영천시와 … 투자 양해각서를')
_FIRM_SUBJECT = re.compile(r"(?:기업|업체|회사|법인|제조사)(?:인)?\s[^\s.]{1,20}(?:는|은|이|가)\s"
                           r"[^.]{0,60}(?:와|과)\s[^.]{0,40}$")
# ... or with a firm its company form gives away ('케슬러 안트리프스테크닉(Kessler Antriebstechnik GmbH)과')
_FIRM_GLOSS = re.compile(r"\([^()]*\b(?:GmbH|AG|Inc|Ltd|Corp|Corporation|LLC|S\.A|SE|PLC|plc|B\.V|N\.V|A/S|S\.p\.A|Pty)"
                         r"\.?\)\s?(?:와|과)\s[^.]{0,60}$")
# a council's members or bodies ('협의체 소속 병원', '협의회 회원사'): the network named, not joined
_MEMBERS_OF = re.compile(r"^\s?(?:소속|회원사|산하)(?![가-힣])")
# a sum or a plant that an investment MOU is about ('500만 달러 규모의 … 공장 설립 투자 양해각서')
_OF_AN_INVESTMENT_MOU = re.compile(r"[^.]{0,30}?투자\s?(?:협약|양해각서|MOU)")


# ... or signed before a firm's head ('화학소재 기업 '니시카와케미칼'의 대표이사 사장이 참석한 가운데')
_FIRM_HEAD = re.compile(r"(?:기업|업체|회사)\s?['‘\"“][^'’\"”]{1,30}['’\"”]\s?(?:의\s)?(?:대표이사|대표|사장|회장|CEO)|"
                        r"㈜\s?\S{1,20}\s?(?:의\s)?(?:대표이사|대표|사장|회장|CEO)")


_MONEY_FROM_FIRMS = re.compile(r"(?:기업|업체|회사)\s?(?:\d+\s?(?:곳|개사|개)\s?)?(?:으로|로|에서)부터\s[^.]{0,20}$")
_INVESTMENT_ATTRACTED = re.compile(r"^\s?(?:의|규모의)?\s?(?:외국인\s?|외자\s?)?투자(?:를|금을|금)?\s?(?:유치|받)")


# ... or an MOU of a sum with them ('中 물류업체와 3천만 달러 MOU'): their investment too
_SUM_BEFORE = re.compile(r"\d[\d,.]*\s?[십백천만억조]*\s?(?:달러|원|위안|엔|유로|파운드)\s?(?:규모의?|상당의?)?\s?$")


def invests_a_firm(before: str, after: str, type_: str = "") -> bool:
    """The word is an investment agreement with firms (a plant or an office they will build): a deal
    of the government with companies, no tie with a foreign government."""
    if _MONEY_FROM_FIRMS.search(before) and _INVESTMENT_ATTRACTED.match(after):
        return True  # '일본과 미국 기업 7곳으로부터 모두 3억2천만 달러의 투자를 유치했으며': firms' money
    if type_ == "mou" and (m := _SUM_BEFORE.search(before)) and _FIRM_BEFORE.search(before[:m.start()]):
        return True
    if not (_INVESTMENT_WORD.search(before) or _INVESTMENT_AFTER.match(after)
            or (type_ in ("program", "institution") and _OF_AN_INVESTMENT_MOU.match(after))):
        return False
    head = _INVESTMENT_WORD.sub("", before)
    return bool(_FIRM_BEFORE.search(head) or _FIRM_HEAD.search(head) or _FIRM_SUBJECT.search(head)
                or _FIRM_GLOSS.search(head))


# (what came before in the sentence: '… 참관 도시로 참석한 데 이어, 22일 탐페레시와 업무협약을')
_CLAUSE_BREAK = re.compile(r"데\s?이어|(?:한|은)\s?(?:뒤|후|다음)|했으며|했고|,")
# '… 협약식'에 참관 도시로 참석한 데 이어': others' signing, watched
_WATCHED_AS_OBSERVER = re.compile(r"^\S{0,3}['’\"”]?\s?에\s?(?:[가-힣]+\s){0,2}?(?:참관|옵서버|옵저버)")


# a buyer placed in its city ('상파울루 소재 플랜트 설비업체와', '휴스턴에 본사를 둔 뷰티 유통업체 B사와';
# not '섬유소재 기업', a firm of materials)
_BUYER_IN = re.compile(r"[가-힣]{2,}(?:\s소재|\s?에\s?본사를\s?둔|\s?에\s?본사가\s?있는)\s[^.]{0,30}?"
                       r"(?:업체|기업|회사|바이어|유통사|수입사|수입업체)[^.]{0,12}?(?:와|과)\s")


def _firms_of_places(s: Sentence, w: TypeMention, spans) -> bool:
    """Every foreign city or division before the word only says where a firm of the deal is."""
    foreign = [p for p in spans if not p.korean and p.kind != "country" and p.end <= w.start]
    return bool(foreign) and all(FIRM_OF_PLACE.match(s.text[p.end - s.start:]) for p in foreign)


def someone_elses(s: Sentence, w: TypeMention, r: ArticleReading) -> bool:
    """The word tells a person's prize, an observer, a treaty of nations, or a deal or event of
    other bodies (firms, universities, national agencies), not the city's."""
    before, after, spans = s.text[:w.start - s.start], s.text[w.end - s.start:], r.places[s.index]
    if w.type == "award" and _FIRMS_WIN.search(before):
        return True  # '… 20개사가 참가했으며, 이 가운데 7개사가 … 혁신상을 받았다': the firms' prize
    if w.type == "award" and (r.persons_prize or _PERSON_WINS.search(before)):
        r.persons_prize = True
        return True  # '관내 주민 서정란(67)씨가 … 상을 수상했다': a resident's prize (and what follows of it)
    if OBSERVER.search(_CLAUSE_BREAK.split(before)[-1]) or _WATCHED_AS_OBSERVER.match(after):
        return True  # '타이베이시는 옵서버 자격으로 창립총회에 참석했으며': watching, not joining
    if among_nations(s, w, spans):
        return True  # '미국·멕시코·캐나다 협정(USMCA)에 따른': a treaty of nations, named as a setting
    if _SIGNED_BY_OTHERS.match(after) or _HEAD_WATCHED.match(after) or _SIGNING_WATCHED.search(
            re.split(r"(?:했고|했으며|하고|하며|했다|,)\s", after)[0]):
        return True  # '협약서에는 양 병원장이 서명했으며': the heads of two other bodies signed it
        # (or '… 계약을 체결했으며, … 인천시장이 계약식에 참석해 이를 지켜봤다': the mayor watched it)
    if between_others_or_witnessed(s, w, spans):
        return True  # '기업 A사와 … 계열사 B사 간 … 협약', '지사 입회 속 … 협약': two firms' deal, witnessed
    if w.type in STRONG_TYPES and others_pair(s, w, spans) and not (
            w.type == "contract" and r.mission and _BUYER_IN.search(before)):
        return True  # '포스코홀딩스와 칠레 생산진흥청(CORFO)이 … 양해각서를 체결했다': two others' deal
        # (a firm's export contract on the government's trade mission is the mission's result)
    if w.type == "alliance" and _MEMBERS_OF.match(after):
        return True  # '의료관광 협의체 소속 병원 5곳이 … 협약을': the council's members, not one joined
    if invests_a_firm(before, after, w.type):
        return True  # '일본 기업 3곳과 1억2000만 달러 규모의 투자협약을': a firm's plant, not a tie
    if w.type not in ("contract", "roadshow") and _firms_of_places(s, w, spans):
        return True  # '방콕의 한 대형 여행사와 … 협약도 맺었다': a firm of the city, not its government
    if government_acts(s, w, spans):
        return False
    if _AGENCY_SUBJECT.search(before):
        return True  # 'KOTRA 리마무역관은 … 상담회를 열었다', 'K-water는 … 양해각서를': a national agency's
    # (a firm's export contract on the mission, with a buyer the sentence places in its city, counts)
    on_mission = w.type == "contract" and r.mission and _BUYER_IN.search(before) is not None
    if w.type in STRONG_TYPES and ((_OTHERS_SIGN.search(before) and not on_mission) or (
            w.type != "contract" and FIRM_SUBJECT.search(before))) \
            or w.type in ("program", "institution") and (FIRM_SUBJECT.search(before) or FIRMS_SIGN.search(before)):
        return True  # '대구 병원 4곳은 현지 여행사들과 … 협약을 맺었다': their deals, not the city's
        # (or a firm's own plant: '㈜…은 … 준공식을')
    return w.type == "roadshow" and bool(_FIRMS_AS_TOPIC.search(before))


def of_an_event_told(s: Sentence, w: TypeMention, words: list[TypeMention], r: ArticleReading) -> bool:
    """The word goes on about an event already told, names who came to it or what it brought, or
    tells an event someone else held."""
    before, after, spans = s.text[:w.start - s.start], s.text[w.end - s.start:], r.places[s.index]
    if w.type not in STRONG_TYPES and any(m.type == w.type for m in r.mentions) \
            and (BACK_REFERENCE.search(s.text[max(0, w.start - s.start - 14):w.start - s.start])
                 or opens_on_told(s, w, words)):
        return True  # '이번 상담회에는 … 1대1 상담을 벌였다': the event already told, not another
    if w.type not in (*STRONG_TYPES, "alliance", "declaration") and _opens_bare_on_told(s, w, words, r):
        return True  # '상담회는 전남도와 aT 호찌민지사가 함께 지원했다', '시상은 박람회 개막 첫날인 …':
        # the sentence opens on an event told before, bare; what it names goes on about that one
        # (not a network's or a joint text's: '협의체에는 … 7개 도시가 참여했다' lists its members)
    if w.type in ("roadshow", "forum") and _BUYERS_CAME.search(before) and _CAME_TO.match(after):
        return True  # '걸프 지역 바이어 60여 개사가 상담회에 참여했으며': who came, not an event
    if w.type == "roadshow" and w.text.endswith("단") and (_CALLS_ONLY.match(after)
                                                           or led_from_abroad(s, w, spans)):
        return True  # '투자유치단은 … 차관을 잇달아 면담하고': the mission's calls, no event;
        # '에드먼턴 시장을 단장으로 한 경제사절단 … 성남을 찾았다': their visit here
    if w.type in ("roadshow", "exchange") and _ALONGSIDE_BEFORE.search(before):
        return True  # '포럼과 함께 열린 B2B 상담회에서는': a part of the forum told before
    if w.type == "program" and w.text.startswith("준공") and all(p.korean or p.kind == "country" for p in spans):
        return True  # a facility completed at home ('덴마크 기업 … 군산 … 준공식'): no project abroad
    if w.type not in STRONG_TYPES and _HOLDS.match(s.text):
        return True  # '협정서에는 △… △경제사절단 상호 방문 등 … 내용이 담겼다': what it holds
    if w.type == "program" and _FOR_THIS.search(before):
        return True  # '시는 이를 위해 예산 5억원을 편성했다': the budget of what was told before
    if w.type in ("roadshow", "forum") and held_by_other(s, w, spans) or w.type == "exchange" and _VIEWED.match(after):
        return True  # 'KOTRA가 연 로드쇼에 참석해', '사진전을 함께 관람했다': someone else's event, attended
    return w.type in ("roadshow", "exchange", "forum", "program") and bool(
        _MEANS_AFTER.match(after) or _OCCASION_AFTER.match(after) or _EXISTING_AFTER.match(after)
        or _SINCE_YEARS.search(s.text))


def _opens_bare_on_told(s: Sentence, w: TypeMention, words: list[TypeMention], r: ArticleReading) -> bool:
    """The word, or the sentence's first, opens it bare on an event of its type told before."""
    told = {m.type for m in r.mentions}
    return bare_topic(s, w, missions=True) and w.type in told or bool(words) and bare_topic(s, words[0]) \
        and words[0].type in told


_SIGNED_BY_OTHERS = re.compile(r"^\S{0,2}?\s?(?:에는|은|는)\s(?:양|두)\s?(?:병원장|총장|대표|대표이사|사장|회장|원장|"
                               r"기관장|학장)(?:이|가|들이)\s?(?:서명|사인|날인)")
# '기업 3곳이 … 수출계약을 맺는 자리를 지켜봤다': the signing of others, watched (told in the word's
# clause: '수출계약 체결식에 참석해 기업 3곳이 … 맺는 자리를 지켜봤다' too)
_SIGNING_WATCHED = re.compile(r"(?:을|를)\s(?:맺는|체결하는|서명하는|교환하는)\s(?:자리|현장|모습)(?:을|를)\s?"
                              r"(?:지켜봤|지켜보았|지켜봐|참관)")
_HEAD_WATCHED = re.compile(r"^[^.]{0,60}?(?:시장|도지사|지사|군수|구청장)(?:이|가|은|는|도)\s(?:[^.\s]+\s){0,3}?"
                           r"(?:참석해|참석하여)\s(?:이를\s)?(?:지켜봤|지켜보았)")

# a firm as the subject ('㈜한빛옵틱스가', '㈜○○와인은' as a paper masks it, '전문기업 ㈜한빛에어로텍이',
# '전문기업 대성정밀(주)이', "스타트업 '딥비전랩'이", '조선사 남해조선해양은') and a
# local government as one ('사천시는', '경북도가')
# firms counted as what the sentence is about ('창원 지역 로봇 기업 6곳은 …'; not '기업 12곳이 참가한
# 수출상담회', the city's event they took part in)
_FIRMS_AS_TOPIC = re.compile(r"(?:기업|업체|스타트업)\s?(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개)"
                             r"(?:은|는|도)\s")

# an exhibition or a show only looked at ('기념 사진전을 함께 관람했다', '공연을 감상했다')
_VIEWED = re.compile(r"^\S{0,2}?\s?['’”\"]?\s?(?:을|를|도)\s?(?:함께\s|나란히\s|직접\s)?(?:관람|감상|둘러보|둘러봤)")
