"""Agreement words that name no event of their own, read from the words around them.

Each rule is about sentence structure, not about an article:

- `negated`: the predicate says it did not happen ('자매결연이 의회 문턱을 넘지 못했다',
  '협약 체결이 무산됐다', '협약을 체결한 사실이 없다');
- `content_item`: the word is one item of what an agreement contains or what the parties
  discussed ('협약에는 ... 투자설명회 개최, ... 교류 등이 담겼다', '상담회 개최 등을 놓고
  의견을 나눴다');
- `setting_reference`: an event word that only dates or places something else ('전시 기간
  ... 상담을 진행했다', '상담회에 앞서 ... 찾았다');
- `anniversary`: an earlier agreement named by its anniversary ('자매결연 30주년 기념식');
- `ongoing_ties`: a running account of ties kept so far ('그동안 일본과 중국 도시 4곳과
  자매·우호 관계를 맺어왔으나', '도시 4곳과');
(past events told as background beside the news are in `partnerships.extract.background`).
"""

from __future__ import annotations

import re

from partnerships.extract.history import EARLIER_YEAR as _EARLIER_YEAR
from partnerships.extract.history import made_before
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import STRONG_TYPES, TypeMention, find_types

# a predicate that denies the event: 못했다, 않았다, 무산, 불발, 부결, 보류, 좌절, 결렬, 취소,
# 미루기로 했다
_NEGATED = re.compile(r"(?:지|하지)(?:는|도|를|만)?\s?(?:못했|못한|못하|않았|않은|않기로|않아|않고)|못\s?(?:했|하|한)|"
                      r"무산|불발|부결|보류|좌절|결렬|(?:이|가|을|를)\s?(?:결국\s|끝내\s|돌연\s)?취소|미뤄|미루기로|미뤘|"
                      r"연기(?:됐|되었|했)|"
                      # only its text agreed, not signed ('의향서 문안에 합의했다')
                      r"^\s?(?:의\s)?(?:문안|초안)(?:에|을|를|만)\s|"
                      # a headline's nominal ending: '협약식 무기한 연기', '… 협약 취소'
                      # a fact denied: '체결한 사실이 없다', '맺은 사실은 없음', '맺은 적이 없다'
                      r"사실(?:이|은|도)?\s?(?:없|전혀\s?없|아니|아님)|(?:ᆫ|은|한|맺은)\s?적(?:이|은|도)?\s?(?:없|전혀\s?없)|"
                      # a signing said not to have happened ('별도의 협약이나 합의서 서명은 없었다')
                      r"(?:서명|체결|조인)(?:은|도|이)\s?(?:없었|없다|없어|없이)|"
                      # only the subject raised ('우호도시 협정 얘기를 꺼냈지만')
                      r"^\s?(?:체결\s?)?(?:얘기|이야기|말)(?:를|을|만)\s?(?:꺼냈|꺼낸|꺼내)|"
                      r"(?:무기한|잠정)\s?연기|(?:연기|취소|연기돼|취소돼)(?=\s*(?:[…·,.!?\"'’”]|$))|"
                      # none was signed: '새로운 협약 체결은 없었다', '서명한 문서는 없다'
                      r"^\s?(?:체결|서명|조인)?\s?(?:은|는|도)\s?(?:없었|없다|없어|없는|없고|없으며)|"
                      # not yet at that stage ('아직 양해각서를 교환한 단계는 아닙니다')
                      r"(?:ᆫ|은|한|하는)\s?(?:단계|수준|상황)(?:는|은|가|이|도)?\s?(?:아니|아닙|아님|못\s?미)")
_CLAUSE_END = re.compile(r"(?:고|며|으며|으나|지만|는데|했고|했으며|했으나)\s|[.!?]|"
                         r",\s(?=[가-힣]{1,8}(?:는|은)\s)")  # ... or a comma before a new subject ('…것으로, 구는 …')

# what an agreement holds or what talks covered: the list ends in 등, the predicate is one of these
_CONTENT_PREDICATE = re.compile(r"등(?:이|을|를|에|의|도)?\s?(?:(?:놓고|두고|대해|관해|관한|대한)\s?)?"
                                r"(?:\S+\s){0,4}?\S{0,4}?(?:담겼|담았|담고|담긴|담는|포함|논의|의견을\s?나눴|"
                                r"의견을\s?모|뜻을\s?모|"
                                r"의견을\s?나누|협의|합의|약속|하기로|키로|기로|"
                                # activities kept up so far ('설명회 등을 이어 왔다')
                                r"이어\s?왔|이어\s?오고|이어\s?오는|펼쳐\s?왔|해\s?왔|해\s?오고)")
# the word is a listed item: followed by its verbal noun and a comma or 등 ('개최, ', '개최 등')
_ITEM_AFTER = re.compile(r"^\s?(?:\S{1,4}\s)?(?:개최|운영|추진|참가|참여|지원|마련|공동\s?개최|파견|교환|유치|"
                         r"정례화|상설화|확대)?"
                         r"\s?(?:,|·|등|▲|△|■)")  # ... or the list's next bullet
# a sentence that tells what an agreement provides ('협약에 따라 양측은', '이번 협약으로 양 기관은')
_AGREED_FRAME = re.compile(r"^\W{0,3}(?:이번\s)?(?:업무\s?)?(?:협약|협정|MOU|양해각서|의향서)"
                           r"(?:에\s?따라|으로|을\s?통해|를\s?통해)\s")
_CONTENT_FRAME = re.compile(r"(?:협약|협정|의향서|양해각서|합의서|MOU)(?:에는|서에는|의\s?주요\s?내용은|"
                            r"\s?내용에는)")

# an event word that only dates or places what the sentence reports
# ... or as what something else came beside ('상담회 외에도 … 간담회를 가졌다')
_SETTING_AFTER = re.compile(r"^\s?(?:기간|기간\s?중|현장에서|현장|중에?\s|동안|에\s?앞서|을\s?앞두고|를\s?앞두고|"
                            r"외에도?\s|뿐\s?(?:만\s?)?아니라|"
                            r"장(?:을|를|에|에서|에는|은|는|이|가|의)\s)")  # '상담회장을 찾았다': the hall it was in
# an agreement named only as what something else came before
_BEFORE_IT = re.compile(r"^\s?(?:식|\s?체결식|\s?체결|\s?서명식)?\s?(?:에\s?앞서|을\s?앞두고|를\s?앞두고|"
                        # ... or the day after it, when something else happened ('협정 체결 이튿날인 16일')
                        r"(?:이튿날|다음\s?날|당일|직후|하루\s?뒤|이틀\s?뒤|사흘\s?뒤)(?:인|에|\s)"
                        # ... or what came after it ('대표단은 협정 체결 후 … 둘러봤다')
                        r"|\s?(?:체결|서명|체결식|서명식)(?:을\s?마친|을\s?마치고)?\s?(?:후|뒤|이후)(?:에)?\s"
                        # ... or what followed it ('MOU 체결에 이어 14일에는 … 둘러봤다')
                        r"|\s?(?:체결|서명|체결식|서명식)에\s?이어\s)")
# ... or only as what frames another activity ('협약의 첫 사업으로 … 보낼 예정이다', '협약에 따른
# 후속 사업으로', '협정의 일환으로'): that activity, not the agreement, is what the sentence tells
_FRAME_AFTER = re.compile(r"^['’\"”]?\s?(?:의|에\s?따른)\s?(?:(?:첫|첫\s?번째|후속)\s?"
                          r"(?:사업|행사|과제|프로젝트|조치|활동)|일환)"
                          # ... or as what another plan builds on ('빈롱성과의 협약을 바탕으로 … 운영할 계획이다')
                          r"|^['’\"”]?\s?(?:을|를)\s?(?:바탕으로|토대로|발판으로|기반으로|근거로)\s")
# ... or that only qualifies another noun ('문화 교류의 통로 역할을 했다', '교류의 장')
_GENITIVE_AFTER = re.compile(r"^의\s")

# ties counted so far, or kept up over years
_RUNNING = re.compile(r"(?:도시|지역|국가|나라|자치단체|곳)\s?\d+\s?(?:곳|개|개국)"
                      r"(?:와|과|을|를|에(?!\s?(?:선정|뽑히|뽑혀|들어|이름을)))|"  # (not a prize's few: '5곳에 선정돼')
                      # countries and places counted ('해외 자매·우호도시는 이달 현재 24개국 112곳으로')
                      r"\d+\s?개국\s?\d+\s?(?:곳|개\s?도시|개\s?지역|개\s?지방정부)(?:으로|로|이|가|에|을|를|와|과)|"
                      # a total reached: '모두 4곳으로 늘었다', '총 6곳의 해외사무소를 운영하게 됐다'
                      r"(?:모두|총|전체)\s?\d+\s?(?:곳|개|개국|개소|건)(?:\s?도시)?(?:으로|로|의|이|가|에)|"
                      # events counted ('지난해까지 … 열린 수출상담회는 모두 9차례로', '누적 12회')
                      r"(?:모두|총|누적)\s?\d+\s?(?:차례|회|번)(?:로|으로|에\s?이른다|째|\s|,|\.|$)|"
                      # a tie counted in order ('… 티후아나 등에 이어 9번째다')
                      r"(?:등에|에)\s?이어\s?(?:\S+\s)?(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열\S)\s?번째|"
                      # a count grown to a new total: '8곳으로 늘었다', '12개 도시로 확대됐다'
                      r"\d+\s?(?:곳|개|개국|개소)(?:\s?(?:도시|지역|나라))?(?:으로|로)\s?(?:늘|증가|확대)|"
                      # a tie kept up: '자매결연 관계를 이어 오는', '우호 관계를 유지하고 있다'
                      r"관계를\s?(?:이어\s?오|이어\s?왔|이어\s?가|유지하|유지해|유지되|맺고\s?있)|"
                      r"(?:그동안|그간|지금까지|현재까지|이제까지)\s(?:\S+\s){0,8}?\S*(?:어\s?왔|아\s?왔|해\s?왔|하고\s?있)|"
                      # people or events counted since ('그 뒤로 … 참여한 학생도 3,000명 가까이 됩니다')
                      r"(?:그\s?뒤로|그\s?후로|그동안|그간|지금까지|현재까지)\s(?:\S+\s){0,10}?\S*\d[\d,]*\s?(?:명|곳|건|차례)|"
                      # a period's results summed ('지난해에만 중동에서 상담회와 … 모두 2,300만 달러의 수출 계약을')
                      r"(?:지난해|작년|올해|그동안|그간|지금까지|현재까지)(?:에만|까지|\s?한\s?해\s?동안)?\s(?:\S+\s){0,8}?"
                      r"(?:모두|총|누적)\s?[\d,.]+\s?(?:만|억|천만)?\s?(?:달러|원)")

# a past event told as background: 'V-ㄴ 바 있다', or an earlier year stated before the word
_N_FINAL = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 4)  # 한, 은, 린, 던 ...
BA_ISSDA = re.compile(rf"(?:ᆫ|[{_N_FINAL}])\s?바\s?(?:있|가\s?있)")


def negated(s: Sentence, w: TypeMention) -> bool:
    """The clause of the agreement word denies that it happened."""
    rest = s.text[w.end - s.start:]
    end = _CLAUSE_END.search(rest)
    clause = rest[:end.end()] if end else rest
    return bool(_NEGATED.search(clause)) or bool(_WITHOUT.match(rest)) or bool(_CONTRASTED.match(rest)) \
        or bool(_CORRECTED.match(rest))


# a report taken back ("… MOU를 체결했다'고 보도했으나, 실제로는 … 면담만", a correction notice)
_CORRECTED = re.compile(r"^[^.]{0,40}?['’\"”]\s?(?:라)?고\s(?:보도|전|알려|발표)\S*(?:으나|지만|는데)")


# '자매·우호결연과는 별개로', '우호도시 협약이 아니라': named only as what the news is not
_CONTRASTED = re.compile(r"^\S{0,2}?\s?(?:(?:과|와)(?:는|도)?\s?별개|(?:이|가)\s?아니라|(?:이|가)\s?아닌\s)")
# '협정 체결 없이 실무 교류부터': done without it
_WITHOUT = re.compile(r"^\s?(?:체결|서명|채택)?\s?없이(?![가-힣])")


# the event only as the topic of a plan or a talk ('공장 설립 지원 방안을 논의했다', 'MOU 체결
# 계획을 밝혔다'), or of a budget ('통상사무소 설치 예산이 시의회 문턱을 넘었다')
_TOPIC_OF_PLAN = re.compile(r"^\s?(?:(?:을|를)\s?(?:여는|갖는|개최하는|추진하는)\s"  # '설명회를 여는 방안'
                            r"|(?:체결|설립|설치|개설|개소|개최|유치|추진|운영)?(?:·(?:설치|운영))?\s?(?:지원|협력)?\s?)"
                            r"(?:방안|계획|가능성|여부|예산안?|사업비|운영비|설치비)(?:을|를|에|이|가|도|과|와)?\s"
                            # ... or a condition of one ('공장 설립 시 인센티브 지원 방안')
                            r"|\s?(?:시|때)\s[^.]{0,30}?(?:방안|지원|혜택|인센티브)")


# what the agreement holds, introduced ('선언문에 담긴 주요 내용은', '협약의 주요 골자는')
# ... or of talks about the tie ('자매·우호도시 간 교류 재개 방안에 대해 의견을 나눴다')
_TOPIC_BETWEEN = re.compile(r"^\s?(?:간|과의|와의|사이의?)\s(?:[가-힣]{1,6}\s){0,2}[가-힣]{0,6}\s?"
                            r"(?:방안|가능성|여부)(?:을|를|에|이|가|도)?\s")
_CONTENTS_OF = re.compile(r"^['’\"”」』]?\s?(?:(?:에|에는)\s?(?:담긴|담겨\s?있는|포함된|명시된)|의)\s?"
                          r"(?:주요\s?|핵심\s?)?(?:내용|골자|요지|사항)(?:은|는|을|를|이|가)?(?![가-힣])")


# a year's or a trip's results summed up ('올 한 해 … 성과를 거뒀다'), naming fields of work, not signings
_ACHIEVED = re.compile(r"(?:성과|실적|결실)(?:를|을)\s?(?:거뒀|거두었|거두며|거둬|냈|올렸|내며)")
_FIELD_AFTER = re.compile(r"^\s?(?:[가-힣]{1,4}\s?)?(?:교류|개척|발굴|확대|관계|네트워크)(?:,|\s?(?:와|과|에서|등|및))")
# a part set up at the event's venue ('행사장에 마련된 1대1 상담 부스')
_PART_OF_VENUE = re.compile(r"(?:행사장|포럼장|전시장|박람회장|회의장)(?:\s?(?:안|내))?에\s?(?:마련된|설치된|차려진)\s"
                            r"(?:[^\s]+\s){0,2}$")
# the two sides, then at once a bulleted list ('양측은 ▲상대 도시 관광 설명회 공동 개최 ▲…')
_BOTH_SIDES_LIST = re.compile(r"^\W{0,3}(?:양측|양\s?도시|두\s?도시|양\s?기관|두\s?기관|양\s?시|양\s?도|양\s?지역)"
                              r"(?:은|는|이|가)\s?[▲△]")
_PROGRAMME_AFTER = re.compile(r"(?:순으로|순서로)\s?(?:진행|열렸|열린|치러)|(?:으로|로)\s?구성(?:됐|되었|된|돼)")


def content_item(s: Sentence, w: TypeMention) -> bool:
    """The word is one item in a list of what an agreement holds or what talks were about, or
    only the topic of a plan or talk."""
    rest = s.text[w.end - s.start:]
    if _TOPIC_OF_PLAN.match(rest) or _TOPIC_BETWEEN.match(rest) or _CONTENTS_OF.match(rest):
        return True
    if w.type in ("sister_city", "friendship_city") and _FIELD_AFTER.match(rest) and _ACHIEVED.search(s.text):
        return True  # '… 자매도시 문화교류, 신규 우호도시 개척에서 고른 성과를 거뒀다': fields of a year's work
    if _PART_OF_VENUE.search(s.text[max(0, w.start - s.start - 30):w.start - s.start]):
        return True  # '행사장에 마련된 1대1 상담 부스에는': a booth of the event told, not one of its own
    if "▲" in s.text[:w.start - s.start] and _PROGRAMME_AFTER.search(rest):
        return True  # '행사는 ▲… 세션 ▲투자 상담회 순으로 진행됐다': a part of the day's programme
    if w.type not in STRONG_TYPES and "▲" in s.text[:w.start - s.start] and _BOTH_SIDES_LIST.match(s.text):
        return True  # '양측은 ▲상대 도시 관광 설명회 공동 개최 ▲…': what the two sides will do
    if w.type not in STRONG_TYPES and _AGREED_FRAME.match(s.text):
        return True  # '협약에 따라 양측은 … 관광 설명회를 번갈아 열어': what the parties will do
    if not _ITEM_AFTER.match(rest):
        return False
    return bool(_CONTENT_PREDICATE.search(rest) or _CONTENT_FRAME.search(s.text[:w.start - s.start]))


# the tie an upgrade leaves ('관계를 우호도시에서 자매도시로 한 단계 격상했다', "우호도시서 '자매도시'로"):
# the old status, not a record
_FORMER_STATUS = re.compile(r"^\s?(?:관계)?(?:에서|서)\s?[가-힣\s'‘\"“]{0,12}?(?:자매|우호)[가-힣]{0,6}['’\"”]?"
                            r"(?:로|으로)\s?(?:관계를\s?)?(?:한\s?단계\s?)?(?:격상|승격|전환|발전|업그레이드)")


def former_status(s: Sentence, w: TypeMention) -> bool:
    """The word names the tie an upgrade leaves behind ('우호도시에서 자매도시로 격상'), or one a text
    only reaffirms ('우호 관계를 재확인하는 공동선언문')."""
    rest = s.text[w.end - s.start:]
    return bool(_FORMER_STATUS.match(rest)) or w.type in ("sister_city", "friendship_city") \
        and bool(_REAFFIRMED.match(rest))


_REAFFIRMED = re.compile(r"^\s?(?:관계)?\s?(?:를|을)\s?(?:재확인|다시\s?확인|재다짐|다지|돈독히|공고히)")


def setting_reference(s: Sentence, w: TypeMention) -> bool:
    """An event word used only as the time or place of something else ('전시 기간', '상담회
    현장에서', '설명회에 앞서'), or an agreement named only as what frames another activity
    ('협약의 첫 사업으로')."""
    rest = s.text[w.end - s.start:]
    if w.text.endswith("식") and _CEREMONY_THEN.match(rest):
        return True  # '개소식 뒤 같은 날 오후 ... 찾아': the ceremony only dates what came next
    if w.type in STRONG_TYPES:  # '자매결연에 앞서 ... 간담회를 가졌다': before it, not it
        return bool(_BEFORE_IT.match(rest) or _FRAME_AFTER.match(rest))
    return bool(_SETTING_AFTER.match(rest)) or (w.type == "exchange" and bool(_GENITIVE_AFTER.match(rest)))


_CEREMONY_THEN = re.compile(r"^\s?(?:을\s?마친\s?|을\s?마치고\s?)?(?:뒤|직후|후|이후|에\s?이어)(?=\s)")


# '...업무협약'의 후속 사업이다', '협약에 따른 후속 조치로', '협약에 따른 첫 사업이다': what came
# before the news
_FOLLOW_UP = re.compile(r"(?:의|에\s?따른)\s?(?:후속|첫)")
# '협약을 맺은 뒤 처음 여는', '우호도시가 된 곳': a time clause or a description of the partner
# (not '맺은 이후 ... 이어 오고 있다', the tie's own history since then)
_EARLIER_CLAUSE = re.compile(r"^\S{0,3}?\s?(?:을|를|이|가)?\s?(?:맺|체결|교환|서명|된|됐|되었)\S*\s"
                             r"(?:(?:뒤|후)(?![가-힣])|곳|도시|지역|"
                             # ... or of the two parties, the sentence's subject ('1970년 자매결연을
                             # 맺은 경주시와 나라시가 ... 기념식을 열었다')
                             r"[가-힣]{2,}(?:와|과)\s[가-힣]{2,}(?:가|이|는|은)\s)")
# an earlier signing the news follows on ('… 협약을 맺은 데 이어 이번 …'), dated in its clause
_FOLLOWED_ON = re.compile(r"^\S{0,3}?\s?(?:을|를)?\s?(?:맺|체결|교환|서명)\S*\s데\s?이어")
_JANUARY_DAY = re.compile(r"^,?\s?(?:이달|올해\s?1\s?월|1\s?월)\s?\d{1,2}\s?일")
_DAY_ONLY = re.compile(r"^\s?(?:이튿날인\s?|다음\s?날인\s?)?(?:\d{1,2}\s?월\s?)?\d{1,2}\s?일")  # a day, no year
# the year a tie was first made, some years back ('2019년 7월 처음 … 협약을')
_FIRST_IN = re.compile(r"((?:19|20)\d{2})\s?년(?:\s?\d{1,2}\s?월)?(?:\s?\d{1,2}\s?일)?(?:에)?\s?처음(?:으로)?\s"
                       r"(?:\S+\s){0,2}$")
_EARLIER_WORD = re.compile(r"(?:지난해|작년|재작년|지난\s?\d+\s?년|(\d{4})\s?년)\S{0,2}\s(?:\S+\s){0,2}$")


def antecedent(s: Sentence, w: TypeMention, page_year: int | None) -> bool:
    """An agreement named only as what came before the news: the subject and antecedent of
    '... 설립은 ...협약의 후속 사업이다', or an earlier-dated agreement in a time clause or a
    description of the partner or of both parties ('2019년 협약을 맺은 뒤 처음 여는 행사',
    '지난해 자매도시가 된 곳', '1970년 자매결연을 맺은 경주시와 나라시가'), or a tie first made some
    years back ('2019년 처음 … 맺었으며')."""
    follow = _FOLLOW_UP.search(s.text)
    if follow and w.end - s.start <= follow.start() and re.match(
            r"^\s?(?:[가-힣]{1,6}\s?)?(?:이다|이었다|입니다|였다|다)[\s.\"'”’]*$", s.text[follow.end():]):
        return True
    if (followed := _FOLLOWED_ON.match(s.text[w.end - s.start:])):  # '지난해 4월 … 협약을 맺은 데 이어 이번 …'
        clause = s.text[:w.start - s.start].rsplit(",", 1)[-1]
        told = _EARLIER_YEAR.search(clause)
        # (undated page: '2024년 5월 3일 … 맺은 데 이어 5일에는 …' goes on within the same month, one trip)
        same_trip = page_year is None and told and told.group(1) \
            and _DAY_ONLY.match(s.text[w.end - s.start + followed.end():])
        # (December's signing followed on in January: '지난해 12월 30일 … 체결한 데 이어, 이달 3일에는 …')
        turn_of_year = re.search(r"지난해\s?12\s?월", clause) is not None and _JANUARY_DAY.match(
            s.text[w.end - s.start + followed.end():]) is not None
        if told and not (told.group(1) and page_year and int(told.group(1)) >= page_year) and not same_trip \
                and not turn_of_year:
            return True
    first = _FIRST_IN.search(s.text[max(0, w.start - s.start - 24):w.start - s.start])
    if first and page_year and int(first.group(1)) < page_year - 1:
        return True  # '두 구는 2019년 7월 처음 우호교류협약을 맺었으며': how the tie began
    rest = s.text[w.end - s.start:]
    sentence_rest = rest[:(end.end() if (end := _SENTENCE_END.search(rest)) else len(rest))]
    # '협약을 맺은 뒤, … 312명을 배치한 바 있다', '지난해 … 맺은 뒤 … 늘려 왔다': told as past (a tie
    # whose year is stated, '1993년 … 서명한 이후 … 이어왔다', is left to the history of the news)
    if _SIGNED_THEN.match(rest) and (BA_ISSDA.search(sentence_rest) or _KEPT_UP.search(sentence_rest)
                                     and not re.search(r"(?:19|20)\d{2}\s?년", s.text[:w.start - s.start])):
        return True
    if made_before(s.text[:w.start - s.start], page_year):
        return True  # '지난해 10월 군이 사이냐부리주와 맺은 계절근로자 업무협약에 따라'
    if not _EARLIER_CLAUSE.match(rest):
        return False
    m = _EARLIER_WORD.search(s.text[max(0, w.start - s.start - 16):w.start - s.start])
    if not m:
        return False
    return not (m.group(1) and page_year and int(m.group(1)) >= page_year)


# '자매결연 30주년 기념식', '우호협력 10주년을 맞아': the agreement's anniversary, not a signing;
# '자매결연 28년 만에', '자매결연 이후 28년', '자매결연을 맺은 지 20년': the time since it
_ANNIVERSARY_AFTER = re.compile(r"^\s?(?:\S{1,3}\s)?\d+\s?주년|^\s?\d+\s?년\s?만에?(?![가-힣])|"
                                r"^\s?(?:와의|과의)?\s?\d+\s?년(?:째)?(?=\s?(?:…|\.{3}|,|$|을\s?맞|의\s|우정|교류|인연))|"
                                r"^\s?(?:이후|이래)\s?\d+\s?년(?:\s?만|째|이|간\s?이어|[\s…,.]|$)|"
                                r"^\s?(?:이후|이래)\s?(?:처음|최초|첫)|"  # ('자매결연 이후 처음으로 … 실무 협약')
                                # an event marking the tie ('자매결연 기념 문화교류전을 열었다')
                                r"^\s?기념\s?(?:[가-힣]{1,6}\s?)?(?:교류전|전시회?|공연|음악회|축제|사진전)|"
                                r"^\s?(?:관계\s?)?(?:을|를)?\s?(?:맺은|맺어|체결한|체결된|된)\s?지\s?(?:(?:올해로|벌써|어느덧|꼭|딱|만)\s?)*\d+\s?주?년")


# a show of a tie's past ('두 도시의 40년 교류를 돌아보는 사진전'), not an exchange held to mark it
# ('자매결연 30주년을 기념하는 문화교류 행사가 칭다오에서 열렸다')
_MARKING_BEFORE = re.compile(r"\d+\s?(?:주년|년)(?:\s?(?:간|의))?\s?(?:교류|우정|인연|우호|협력|역사)?\s?(?:을|를)?\s?"
                             r"(?:돌아보는|되돌아보는|조명하는|담은)\s?$")


# ... or shown at the anniversary's ceremony ('이날 기념식에서 … 공연 영상이 상영됐다')
_AT_CEREMONY = re.compile(r"기념식\s?(?:에서|에는|에선|중에?|자리에서)\s")


def anniversary(s: Sentence, w: TypeMention) -> bool:
    """The word names an earlier agreement whose anniversary, or the time since, the sentence marks,
    or a show of that tie's past."""
    return bool(_ANNIVERSARY_AFTER.match(s.text[w.end - s.start:])) or w.type == "exchange" and bool(
        _MARKING_BEFORE.search(s.text[max(0, w.start - s.start - 30):w.start - s.start])
        or _AT_CEREMONY.search(s.text[:w.start - s.start]))


# a headline that marks how long two places have been tied ('자매결연 30주년', '바다와 호수가 맺은
# 25년', '25년 교류의 발자취', '인연은 1998년으로', '자매도시 30년', '55년 이어온 … 우정'): the
# page tells a tie's history
_TIE_AGE = re.compile(r"\d+\s?주년|(?:맺은|이어온|이어진|함께한|함께\s한)\s?\d+\s?년(?![가-힣])|"
                      r"\d+\s?년\s?(?:교류|우정|인연|우호)|인연은\s?\d{4}\s?년|"
                      r"(?:자매|우호)\s?(?:도시|결연|교류|협력)\s?\d+\s?년(?![가-힣])|"
                      r"\d+\s?년\s?(?:째\s?)?(?:이어온|이어진|이어져\s?온)|맺은\s?지\s?(?:(?:올해로|벌써|어느덧|꼭|딱|만)\s?)*\d+\s?년")


def marks_tie_age(s: Sentence) -> bool:
    """The sentence (a headline) marks a tie's age or anniversary."""
    return bool(_TIE_AGE.search(s.text))


def ongoing_ties(s: Sentence) -> bool:
    """The sentence counts or sums up ties kept so far, not one event."""
    return bool(_RUNNING.search(s.text))


_SIGNED_THEN = re.compile(r"^(?:\([^()]{1,20}\))?\S{0,3}?\s?(?:을|를)?\s?(?:맺|체결|교환|서명)\S*\s?"
                          r"(?:뒤|후|이후)(?:,|\s)")
_KEPT_UP = re.compile(r"(?:어|아|해|여|려|쳐|워|겨|켜|혀)\s?왔(?:다|으며|고)")
_SENTENCE_END = re.compile(r"다\.(?:\s|$)")


_BEGAN_AFTER = re.compile(r"^\S{0,3}?\s?(?:을|를|에)?\s?(?:맺|체결|교환|서명|합의)\S*\s(?:이후|이래|뒤|후)(?![가-힣])")


_HELD_BEFORE_THIS = re.compile(r"^\S{0,3}?\s?(?:을|를)?\s?(?:연|개최한|가진|펼친|진행한)\s?데\s?이어\s?이번")


def since_then(s: Sentence, w: TypeMention, page_year: int | None) -> bool:
    """'2018년 청소년 교류에 합의한 이후 … 이어지고 있다': the start, years back, of what goes on since;
    '… 상담회를 연 데 이어 이번에': the event before this one."""
    if _HELD_BEFORE_THIS.match(s.text[w.end - s.start:]):
        return True  # '… 수출상담회를 연 데 이어 이번에 …': the one before this one
    if not _BEGAN_AFTER.match(s.text[w.end - s.start:]):
        return False
    told = _EARLIER_YEAR.search(s.text[:w.start - s.start])
    return bool(told) and not (told.group(1) and page_year and int(told.group(1)) >= page_year)


# where one clause ends and another begins: '... 맺었으며, 공주시는 ...', '... 열었고, ...'
CLAUSE_BREAK = re.compile(r"(?:었으며|았으며|했으며|였으며|왔으며|됐으며|었고|았고|했고|였고|왔고|됐고|"
                          r"었지만|했지만|었으나|했으나|있으며|"
                          r"(?:하|받|맺|열|갖|마치|나누|찾)고|[가-힣]\s데\s?이어),\s"
                          r"|[가-힣]\s데\s?이어\s")  # ('지난해 의향서를 교환한 데 이어 이번에 자매결연으로')
# an event's own clause ends with its verb: "'경북 관광설명회'를 열고 경주·안동 등 …을 소개했다" (what it showed)
_HELD_THEN = re.compile(r"^['’\"”」』]?\s?(?:을|를)\s?(?:열|개최하)고\s")

# one agreement closed as an object before the next is told ('A와 ... 업무협약'을, B와 ...
# 업무협약'을 각각 체결했다'): each has its own parties
OBJECT_BREAK = re.compile(r"(?:['’\"”)」』]|협약|협정|각서|의향서|MOU|결연)\s?(?:을|를),\s")


# a headline joining two stories ('경북도, … MOU…의성군은 부하라주와 우호교류')
STORY_BREAK = re.compile(r"…|\.{3}")


def clause_places(s: Sentence, w: TypeMention, spans: list) -> list:
    """The places of the agreement word's own clause when the sentence joins two reports
    ('나라시는 경주시와 1970년 자매결연을 맺었으며, 공주시는 ... 나라시와 ... 관계를 맺게
    됐다'): the Korean side and the partner each come from that clause when it names one,
    else from the whole sentence."""
    breaks = [s.start + m.end() for r in (CLAUSE_BREAK, OBJECT_BREAK, STORY_BREAK) for m in r.finditer(s.text)]
    if w.type in ("roadshow", "forum", "exchange") and (held := _HELD_THEN.match(s.text[w.end - s.start:])):
        breaks.append(w.end + held.end())
    if not breaks:
        return spans
    lo = max((b for b in breaks if b <= w.start), default=s.start)
    hi = min((b for b in breaks if b > w.end), default=s.end)
    inside = [p for p in spans if lo <= p.start < hi]
    out = []
    for korean in (True, False):
        mine = [p for p in inside if p.korean == korean]
        if not korean and all(p.venue_marker for p in mine):  # '…첸나이서 공동선언': where, not who
            # ... unless the other place is the party of another agreement in its own clause
            # ('헤센주와 … 의향서를 주고받고, 베를린에서는 스타트업 협약과 …')
            taken = [(a, b) for a, b in _clauses(s, breaks) if not a <= w.start < b
                     and any(t.type in STRONG_TYPES and a <= t.start < b for t in find_types(s))]
            mine = [*mine, *(p for p in spans if not p.korean and p not in mine
                             and not any(a <= p.start < b for a, b in taken))]
        out.extend(mine or [p for p in spans if p.korean == korean])
    return sorted(out, key=lambda p: p.start)


def _clauses(s: Sentence, breaks: list[int]) -> list[tuple[int, int]]:
    edges = [s.start, *sorted(set(breaks)), s.end]
    return list(zip(edges, edges[1:], strict=False))
