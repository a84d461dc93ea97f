"""Agreement type from Korean wording, and whether a sentence reports it done or only talks of it.

`find_types` returns every agreement word in a sentence (longest wording wins where two overlap).
`status` reads the predicate that governs the word from Kiwi morphemes:

- 'signed'  : done — 체결했다, 서명했다, 맺었다, 열었다, 출범했다, 개소했다, 받았다, 체결한 (협약),
              or a nominal with a past marker ('14년 우호협력 도시 체결 이후)
- 'planned' : 체결할 예정/계획, 체결하기로, 체결을 위해
- 'announced': present tense, 체결한다, 투자한다 (ahead of the event, or a programme described)
- 'mention' : the governing predicate is 방문, 논의, 요청, 면담, 제안, 검토, 협의, 희망, 건의 ...
- 'nominal' : no predicate at all (a headline or bullet); kept only with a date or a stronger
              mention of the same agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnerships.extract.dates import tense_after
from partnerships.extract.no_tie_made import no_tie_made
from partnerships.extract.sentences import Sentence, Token

# a pavilion set up or run ('을 운영했다', '를 꾸려')
_RUN_PAVILION = r"\s?(?:을|를)\s?(?:운영|꾸려|꾸리|꾸렸|설치|열어|열었|열고|차려|차렸)"
# (type, pattern). Generic Korean wording only.
_LEXICON: list[tuple[str, str]] = [
    # '우호교류 MOU', '우호협력 업무협약': the friendship agreement itself, not a second record;
    # one of a field ('산업·에너지 분야 우호협력 업무협약') is an MOU
    # ('우호교류 협력 합의서', '우호교류협력 협약': both words may come)
    ("friendship_city", r"(?<!분야\s)(?<!분야)우호\s?(?:(?:협력|교류)\s?){1,2}(?:MOU|MoU|업무\s?협약|양해\s?각서)|"
                        r"우호\s?(?:(?:협력|교류)\s?){0,2}도시(?:\s?(?:협약|협정|결연|관계))?|"
                        # ('… 간 우호교류에 관한 합의서': the formal title)
                        r"우호\s?(?:(?:협력|교류)\s?){0,2}(?:에\s?관한\s?(?=협|합))?(?:협약|협정서?|합의서|관계)|우호\s?결연|"
                        # the tie signed again ('우호교류 갱신 협약')
                        r"우호\s?(?:(?:협력|교류)\s?){0,2}(?:갱신|연장|재)\s?(?:협약|협정서?)"),
    # (a tie signed again first: '자매결연 10주년 교류협력 갱신 협약')
    ("sister_city", r"자매\s?(?:결연|도시)\s?(?:\d+\s?주년\s?)?(?:(?:교류|협력)\s?){0,2}(?:갱신|연장)\s?"
                    r"(?:협약|협정서?)|"
                    r"자매\s?(?:결연|도시|우호\s?도시)(?:\s?(?:협약|협정서?))?|자매\s?(?:협정서?|협약)"),
    # a formal tie of another kind: a sister port or park, an exchange agreement limited to some
    # fields ('인삼산업·청소년 교류 협정서', '체육 교류 협정서'), a staff secondment agreement, a
    # protocol ('대기질 개선 협력 의정서')
    ("other_tie", r"(?:자매|우호)\s?(?:항만|항|공원)(?=\s|['’\"」』]|[을를이가은는의에과와도]|$)"
                  r"(?:\s?(?:협정서?|협약서?|결연|관계))?|"
                  r"(?:(?:청소년|학생|문화|체육|스포츠|인적|경제|관광|교육|의료|학술|예술|농업)\s?)?"
                  r"(?<!우호)(?<!우호\s)교류\s?협정(?:서)?|"
                  r"파견\s?협정(?:서)?|(?:협력\s?)?의정서"),
    # a letter of intent to become friendship or sister cities is one LOI ('우호교류 의향서' too)
    ("loi", r"(?:(?:우호\s?(?:협력|교류)?|자매)\s?(?:도시|결연)\s?(?:체결\s?)?|우호\s?(?:협력|교류)\s?)?"
            r"(?:공동|투자|협력)?\s?의향서|"
            r"(?<![A-Za-z])(?:LOI|[Ll]etters?\s[Oo]f\s[Ii]ntent)(?![A-Za-z])|레터\s?오브\s?인텐트"),
    # ... or a memorandum of cooperation, as ministries call theirs ('협력각서(MOC)')
    ("mou", r"업무\s?협약(?:서|식)?|양해\s?각서|(?<![A-Za-z])M[Oo][UC](?![A-Za-z])|업무\s?협력\s?협약|"
            r"협력\s?협약(?:식)?|협력\s?각서|"
            r"상호\s?협력\s?협약"),
    # a bare 협약/협정 names whichever agreement the article is about: settled in groups/fitting.py
    # ... or ends a headline ('여수시·호이안시 해양관광 협약')
    ("agreement", r"협약(?:식|서)?(?=(?:\([^()]{1,40}\))?[’'\"」』”]?(?:[을를이가은는에의도]|\s?체결|\s*$))|"
                  r"협정(?:서)?(?=(?:\([^()]{1,40}\))?[’'\"」』”]?(?:[을를이가은는에의도]|\s?체결|\s*$))"),
    ("declaration", r"(?:공동|협력)\s?선포식?|선포식|공동\s?선언(?:문)?|협력\s?선언(?:문)?|"
                    r"이니셔티브\s?선언(?:문)?|선언문|공동\s?합의문|공동\s?성명(?:서|문)?|"
                    # a declaration named in quotes and signed or adopted ("'요나고 선언'에 서명했다")
                    r"(?<=[가-힣\s])선언(?=['’\"」』”]\s?(?:에\s?(?:서명|합의|동참)|을\s?(?:채택|발표|선포)))"),
    ("alliance", r"얼라이언스|협의체|연합체|(?:발족|출범|창립)(?:식)?|창립\s?총회|결성|"
                 r"다자간?\s?협정|가입\s?(?:협약서?|협정서?|서약서?)|"
                 # the agreement of a body of cities, named in quotes ("'기후적응 도시 파트너십(CAUP)' 협약에
                 # 서명"; not '부산-호찌민 파트너십' 협약, two cities' own)
                 r"도시\s?(?:파트너십|네트워크|동맹)(?:\([^()]{1,40}\))?['’\"」』]\s?(?:협약|협정|헌장)(?:서)?(?=에|을|를|\s?(?:서명|체결))|(?<=[가-힣])\s연대\s?협약서?|(?:네트워크|협의회|연합|연맹|협회|동맹)(?=에\s?(?:(?:공식|정식|신규)\s?)?(?:가입|합류|참여)|\s?가입)|"
                 # ... or a network's member, named as one ('이클레이(ICLEI)' 정회원 됐다', '정식 회원으로
                 # 이름을 올렸다') or joining one named in quotes or initials ('시장 서약(GCoM)' 가입')
                 r"정회원(?=\s?(?:가입|이\s|으로|에|\s?(?:됐|되었|등록|승인)))|(?:정식|신규)\s?회원(?=으로|이\s?(?:됐|되었))|"
                 # ... or a member city of one ('국제슬로시티연맹 회원 도시가 됐다')
                 r"(?:네트워크|협의회|연합|연맹|협회|동맹)\s?(?:의\s)?회원\s?(?:도시|지자체)?(?=가\s?(?:됐|되었))|"
                 r"(?<=['’\"」』”)])\s?(?:에\s?)?(?:정식\s?)?가입(?=했|하였|을|\s|$)"),
    ("roadshow", r"로드쇼|(?<![A-Za-z])[Rr]oad\s?[Ss]how(?![A-Za-z])|"
                 r"(?:수출|투자|구매|비즈니스|1\s?:\s?1|일대일|1대1)?\s?상담회|무역\s?사절단|"
                 r"(?:시장\s?개척|통상|경제|무역)\s?(?:사절단|촉진단|개척단)|투자\s?설명회|"
                 # (not a goodwill or anniversary delegation: '40주년 기념사절단', '친선사절단')
                 r"(?<!문화)(?<!문화\s)(?<!예술)(?<!청소년)(?<!기념)(?<!친선)(?<!우호)(?<!평화)사절단|"
                 r"(?:투자\s?유치|기업|사업|관광|의료\s?관광|투자\s?환경|유학|수출)\s?설명회|판촉전|"
                 # the next of a trip's briefings, named by its number ('두바이 … 두 번째 설명회를 열었다')
                 r"(?<=번째\s)설명회|(?<=번째)설명회|판촉\s?행사(?!비)|비즈니스\s?(?:매칭|미팅)|"
                 r"(?:1\s?:\s?1|일대일|1대1)\s?(?:투자|수출|구매|비즈니스)?\s?(?:상담|미팅)|(?:통상|경제)\s?교류회|투자\s?유치단|"
                 r"수출\s?(?:컨소시엄|마케팅)"),
    ("contract", r"(?:수출|공급|납품|구매|판매|라이선스|용역|컨설팅)\s?계약|수출\s?협약(?:식|서)?"),
    # '수상했다', '수상 소식', not the first part of a compound ('수상태양광' is floating solar), nor a
    # premier ('앨버타주 수상과', '영국 수상이')
    ("award", r"(?<![가-힣])(?<![주국성]\s)수상(?=[을를이은는의에도과와한했하자작식]|\(|[\s,.'\"”’]|$)|"
              r"수상(?=[을를한했하]|\()|(?:금|은|최우수|우수)상(?![품인가권금])|대상을|"
              r"상을\s?(?:받|수상)|(?<![가-힣])시상|"
              # a prize named in quotes, maybe with its name in another language after it
              # ("'제5회 광저우 국제도시혁신상(Guangzhou International Award …)'을 받았다")
              r"(?<=[가-힣])상(?=\s?(?:\([^()]{1,80}\))?\s?['’\"”」』]\s?(?:을|를)\s?(?:받|수상))|"
              # a plaque received from abroad ('… 장관 명의의 감사패를 받았다')
              r"(?:감사패|공로패)(?=(?:를|을)?\s?(?:받|수여받|전달받))"),
    # ... or an office opened ('통상사무소(Gyeongbuk Trade Office Cairo)'를 열고')
    ("office", r"(?<!\d)(?<!\d\s)개소(?:식)?|사무소\s?(?:개설|설치)|(?:거점|지사|센터|사무국)\s?(?:을|를)?\s?개설|"
               r"(?:사무소|무역관|대표처|사무국)['’\"」』]?(?:\s?\([^()]{0,60}\))?['’\"」』]?\s?(?:을|를)\s?(?=열)"),
    ("institution", r"설립|개원|출연기관|신설"),
    ("exchange", r"(?<![가-힣])전시(?!회|장|관|기획|기업|업체|업계|산업|컨벤션)|"
                 r"교류전|교류\s?전시회|교환\s?전시|특별전|기획전|순회전|영화제|"
                 r"(?:사진|미술|작품|서예|초대|공예|회화|판화)\s?전(?:(?=[을를이은는에의도과와])|(?![가-힣]))|"
                 r"공연(?!장|계|업계|기획|단체|\s?산업)|교류\s?행사|"
                 r"문화\s?교류|인적\s?교류|교환\s?방문|연수단|(?<![가-힣])(?:청소년|학생|교원|교사|공무원|대학생|청년)\s?교류|문화\s?주간|홍보\s?주간|"
                 r"[가-힣]{1,6}위크(?=\s|['’\"」』]|[을를이가은는의에])|(?:문화|예술|청소년)\s?사절단"),
    # ... or the pavilion a local government runs at a fair ('단독 홍보관을 꾸려', ''창원관'을 운영했다')
    ("forum", r"포럼|박람회|엑스포|EXPO|전시회|컨퍼런스|콘퍼런스|국제\s?회의|서밋|정상\s?회의|"
              rf"(?:홍보|통합|공동|단독|한국)관(?=['’\"」』]?{_RUN_PAVILION})|[가-힣]{{1,6}}관(?=['’\"」』]{_RUN_PAVILION})"),
    # ... or a project's launch or groundbreaking ceremony ('… 개선사업' 착수식', '사업의 착공식',
    # '개선사업' 착수보고회'), or the agreement a named project is ('… 개선사업' 협약', '… 시범사업
    # 시행 협약')
    ("program", r"\d[\d,.]*\s?(?:억|만|천만)\s?(?:원|달러)|사업비|운영비|예산|"
                r"사업['’\"」』]?\s?(?:의\s?)?(?:착수식|착공식|기공식|착수\s?보고회)|준공식|준공(?=했|하고|한\s)|"
                r"사업(?:['’\"」』]\s?(?:(?:시행|추진|이행|실시)\s?)?|\s?(?:시행|추진|이행|실시)\s?)협약(?:서|식)?|"
                r"(?:시범|실증)\s?사업\s?협약(?:서|식)?|"
                # ... or a joint project's agreement or start ('… 실증사업' 추진 합의서', '공동 실증사업에 착수했다')
                r"사업['’\"」』]?\s?(?:추진\s?)?합의서|(?:공동|시범|실증)\s?사업에\s?착수(?=했|하고|한\s)"),
]
_COMPILED = [(t, re.compile(p)) for t, p in _LEXICON]
_ORDER = {t: i for i, (t, _) in enumerate(_LEXICON)}
_ANY = re.compile("|".join(f"(?:{p})" for _, p in _LEXICON))

# Types that win over the setting they were signed at in the same sentence
# ('박람회 현장에서 업무협약을 체결했다': the forum yields to the MOU).
STRONG_TYPES = ("mou", "loi", "sister_city", "friendship_city", "declaration", "contract", "office",
                "agreement", "other_tie")
# For these, a visit is the event itself ('무역사절단이 ... 방문해 상담을 진행했다').
_VISIT_IS_EVENT = {"roadshow", "exchange"}
_UNDER_WAY = re.compile(r"(?:하고|고)\s?있다[.\s]*$|(?:방문|체류)\s?중이다[.\s]*$")

SIGN_NOUNS = {"체결", "서명", "조인", "출범", "발족", "개최", "개소", "설립", "수상", "교환", "결성",
              "창립", "개관", "개설", "합의", "선포", "집행", "투자", "투입", "지원", "선정", "참가",
              "진행", "성사", "시행", "개원", "운영", "가입", "채택", "합류"}
SIGN_VERBS = {"맺", "열", "열리", "받", "갖", "가지", "이루", "마치", "거두", "이뤄지", "얻"}
MENTION_NOUNS = {"방문", "논의", "요청", "면담", "제안", "검토", "협의", "희망", "건의", "당부",
                 "모색", "타진", "구상", "요구", "촉구", "기대", "추진", "모집", "공모", "접수", "준비"}
# a signing noun that only qualifies the next noun ('참가 기업', '참가 신청'): not the predicate
_QUALIFIED_NOUNS = {"기업", "업체", "신청", "희망", "대상", "자격", "단체", "인원", "접수", "모집",
                    "도시"}  # ('수상 도시 자격으로', '개최 도시': the city so called)
_ARGUMENT_AFTER = re.compile(r"^\s?(?:을|를|도|은|는|이|가|에\s?대해|에\s?대한|와|과|\s?방안|\s?계획|"
                             r"\s?추진|\s?여부|\s?문제|\s?가능성|\s?일정|\s?시기)")  # ('체결 일정과 … 논의했다')
_MONTH_ONLY = re.compile(r"^\s?(?:은|는)\s?(?:오는\s?)?\d{1,2}\s?월(?:\s?(?:중|께|경|초|말))?\s*(?:[…,]|\.{3}|$)")
_PURPOSE = re.compile(r"^\s?(?:(?:을|를)|(?:이|가)\s?(?:되기|맺기))\s?(?:위한|위해|위하여)\s")  # '자매도시가 되기 위한'
_ABOUT = re.compile(r"^\s?에\s?(?:대해|대한|관해|관한)")  # the signing as what a clause is about
_PLANNED_AFTER = re.compile(r"^\s*(?:을|를)?\s*(?:위해|위한|앞두|하기\s?로|키로|기\s?로|할\s|"
                            r"에\s?(?:협조|협력|동참|참여|참가)하기\s?로|"  # '… 개최에 협조하기로 했다': a promise
                            r"\s?(?:의사|의향|의지)(?:를|을|가|도)?\s|"  # '협약 체결 의사를 밝혔다': a wish
                            # an interest shown ('의향서 체결에 관심을 보였으나'): a wish too
                            r"에\s?(?:큰\s)?(?:관심|공감|기대감?)(?:을|를)\s?(?:보|나타|표|밝)|"
                            r"(?:[가-힣]{1,4})?기\s?위(?:해|한|하여)|"  # '관계를 맺기 위해'
                            r"하기\s?위|목표|예정|계획|하는\s?방향|하는\s?방안|하도록|할\s?수\s?있도록|"
                            r"\s?여부(?![가-힣])|"  # '체결 여부를 결정하기로 했다': whether to sign, still open
                            # agreed on doing it ('연내 협정을 맺는 데 의견을 모았다'; not '… 데 성공했다')
                            r"(?:하)?는\s?데\s?(?:의견|뜻|공감|합의|동의)|"
                            r"(?:는|한)?다는\s?(?:내용|취지|구상)|"  # '… 자매결연을 맺는다는 내용이 담겼다'
                            # a condition ('성사되면', '체결하면', '맺으면', '맺게 되면'): not yet done
                            r"(?:되|하|으|게\s?되)?면(?![가-힣]))")


_BECOME = re.compile(r"^\)?(?:\s?\([^()]{0,20}\))?['’\"」』]?\s?(?:으로|로)\s?(?:[가-힣]{1,6}(?:을|를)\s)?"
                     r"(?:발전|격상|확대|전환|승격|이어)")  # ('… 협정으로 관계를 발전시켜 나가기로 했다')
_DECIDED_TO = re.compile(r"(?:기|키)\s?로\s?(?:했|하였|합의|결정|약속|뜻을)")
_TO_HOLD = re.compile(r"^\s?에\s?담(?:는다|을|기로|는\s?데|기\s?위)")
_DONE_THEN = re.compile(r"^\s?(?:은|ᆫ)\s?(?:뒤|후|다음)(?![가-힣])")


@dataclass(frozen=True)
class TypeMention:
    """An agreement word in a sentence: its type, offsets in the article text and wording."""

    type: str
    start: int
    end: int
    text: str


def find_types(sentence: Sentence) -> list[TypeMention]:
    """Agreement words in the sentence, earliest first; overlapping matches keep the longest."""
    return list(sentence.memo("types", lambda: _find_types(sentence.text, sentence.start)))


def is_pavilion(word: str) -> bool:
    """The forum word is a pavilion the government ran at a fair ('대구 통합관'), its own part in it."""
    return word.endswith("관")


def has_type_word(text: str) -> bool:
    """True when the text holds any agreement word (a cheap pre-filter)."""
    return _ANY.search(text) is not None


def _find_types(text_: str, offset: int) -> tuple[TypeMention, ...]:
    found: list[TypeMention] = []
    for type_, pattern in _COMPILED:
        for m in pattern.finditer(text_):
            text = m.group(0).strip()
            if not text:
                continue
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            s = offset + m.start() + lead
            found.append(TypeMention(type_, s, s + len(text), text))
    found.sort(key=lambda t: (-(t.end - t.start), _ORDER[t.type]))
    kept: list[TypeMention] = []
    for t in found:
        if not any(t.start < k.end and k.start < t.end for k in kept):
            kept.append(t)
    kept.sort(key=lambda t: t.start)
    kept = [t for k, t in enumerate(kept) if not (k and _founding_agreement(kept[k - 1], t, text_, offset))]
    kept = [t for k, t in enumerate(kept) if not (k + 1 < len(kept) and _intended_tie(t, kept[k + 1], text_, offset))]
    # '엑스포 유치 활동 때': bidding to host an event is no event held with a partner
    kept = [t for t in kept if not (t.type in ("forum", "exchange") and _BID_AFTER.match(text_[t.end - offset:]))]
    # '협약(MOU)': the bracket names the agreement the bare word stands for; one mention of it
    kept = [t for k, t in enumerate(kept)
            if not (t.type == "agreement" and k + 1 < len(kept)
                    and _GLOSS_OPENS.fullmatch(text_[t.end - offset:kept[k + 1].start - offset]))]
    return tuple(_network_founded(_school_opened(t, text_, offset), text_, offset) for t in kept)


_GLOSS_OPENS = re.compile(r"\s?\(\s?")
_BID_AFTER = re.compile(r"\s?유치(?:전|에|를|를\s|\s?(?:활동|과정|실패|경쟁|신청|도전|위원회|노력|운동))")


def _intended_tie(t: TypeMention, after: TypeMention, text: str, offset: int) -> bool:
    """'우호교류 관계 수립을 위한 의향서': the tie a letter of intent is for, not a tie made."""
    return (t.type in ("friendship_city", "sister_city") and after.type == "loi"
            and _FOR_THE_LETTER.fullmatch(text[t.end - offset:after.start - offset]) is not None)


_FOR_THE_LETTER = re.compile(r"\s?(?:[가-힣]{1,4}\s?){0,2}(?:을|를)\s?(?:위한|향한|목표로\s?한|추진하는)\s?"
                             r"(?:[가-힣]{1,4}\s)?")


# a network, council or alliance named right before '설립' ("'동아시아 해양도시 협력 네트워크' 설립
# 협약서"): founding it with its members is joining an alliance, not founding an institution
_NETWORK_BEFORE = re.compile(r"(?:네트워크|협의체|얼라이언스|연합체?|연맹|협력체|협의회)['’\"」』]?\s?$")


def _network_founded(t: TypeMention, text: str, offset: int) -> TypeMention:
    if t.type == "institution" and t.text == "설립" and _NETWORK_BEFORE.search(
            text[max(0, t.start - offset - 30):t.start - offset]):
        return TypeMention("alliance", t.start, t.end, t.text)
    return t


def _founding_agreement(before: TypeMention, t: TypeMention, text: str, offset: int) -> bool:
    """'… 공동연구센터 설립 협약', '사무소 개설 협정': the agreement right after a founding word is
    the founding itself, not a second agreement."""
    return (t.type == "agreement" and before.type in ("institution", "office")
            and re.fullmatch(r"[\s'’\"」』]*", text[before.end - offset:t.start - offset]) is not None)


# a place that teaches, researches or treats: '직업훈련센터', '인재양성센터', '교육원', '연구소',
# '학교', 'K-메디컬센터', '의료협력센터'
_TEACHING = re.compile(r"(?:양성|교육|훈련|연수|연구|직업)\s?(?:센터|원|소)|학교|아카데미|학당|대학교?|"
                       r"(?:의료|메디컬|진료|보건|헬스케어)\s?(?:협력\s?)?센터")


def _school_opened(t: TypeMention, text: str, offset: int) -> TypeMention:
    """An opening ('개소', '개소식') of a school, training, research or medical centre sets up an
    institution, not an office."""
    if t.type != "office" or not t.text.startswith("개소"):
        return t
    # ... its name given in brackets too ('AI 공동연구센터(… Research Center)' 개소식')
    before = re.sub(r"\([^()]{0,80}\)(?=[\s'\"’”」』]*(?:을|를)?\s*$)", "",
                    text[max(0, t.start - offset - 100):t.start - offset])
    if re.search(rf"(?:{_TEACHING.pattern})[\s'\"’”」』]*(?:을|를)?\s*$", before[-14:]):
        return TypeMention("institution", t.start, t.end, t.text)
    return t


def classify_type(text: str) -> str | None:
    """The agreement type a phrase names, or None ('자매결연' -> 'sister_city')."""
    best: tuple[int, int, str] | None = None
    for type_, pattern in _COMPILED:
        for m in pattern.finditer(text):
            key = (-(m.end() - m.start()), _ORDER[type_], type_)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def status(sentence: Sentence, mention: TypeMention) -> str:
    """'signed', 'planned', 'announced', 'mention' or 'nominal' for an agreement word."""
    return status_at(sentence, mention)[0]


def status_at(sentence: Sentence, mention: TypeMention) -> tuple[str, int]:
    """The status and the offset of the predicate it was read from (-1 when none)."""
    rest = sentence.text[mention.end - sentence.start:]
    if (told := no_tie_made(mention.type, rest)) is not None:
        return told[0], mention.end + told[1]
    if _TO_HOLD.match(rest):  # '… 등을 협약에 담는다는 데 의견을 모았다': the agreement to come
        return "planned", mention.end
    if _MONTH_ONLY.match(rest):  # a headline's '… 계절근로자 MOU는 3월': the month it is due
        return "planned", mention.end
    if _PURPOSE.match(rest):  # '학생 교류를 위한 업무협약': what an agreement or a visit is for
        return "planned", mention.end
    tokens = list(sentence.tokens)
    after = [i for i, t in enumerate(tokens) if t.start >= mention.start]
    # the agreement word itself may be the predicate noun (출범했다, 개소한, 수상했다)
    for i in after:
        t = tokens[i]
        if t.tag not in ("NNG", "NNP", "VV", "XR", "SL"):
            continue
        if t.tag.startswith("NN") and t.form in MENTION_NOUNS and t.start >= mention.end:
            if t.form == "방문" and mention.type in _VISIT_IS_EVENT:
                return _visit_status(sentence, tokens, t), t.start
            return "mention", t.start
        is_sign = (t.tag.startswith("NN") and t.form in SIGN_NOUNS) or (
            t.tag == "VV" and t.form in SIGN_VERBS)
        if not is_sign:
            continue
        nxt_tok = tokens[i + 1] if i + 1 < len(tokens) else None
        if (t.tag.startswith("NN") and nxt_tok is not None and nxt_tok.tag == "NNG"
                and nxt_tok.form in _QUALIFIED_NOUNS):
            continue  # '참가 기업을 모집한다': recruiting for the event, not holding it
        rest = sentence.text[t.end - sentence.start:]
        if _PLANNED_AFTER.match(rest):
            return "planned", t.start
        if re.match(r"^\s?(?:함|하였음|했음|됨)으로써", rest):  # 서명함으로써: by signing
            return "signed", t.start
        # the signing is what another verb is about ('체결을 논의했다', '맺는 방안을 협의'; not
        # '맺은 뒤 … 방문했다': done, then a visit)
        if _ARGUMENT_AFTER.match(rest) and not (t.tag == "VV" and _DONE_THEN.match(rest)):
            nxt = _next_predicate(tokens, i + 1)
            if nxt in MENTION_NOUNS:
                return "mention", t.start
            if _ABOUT.match(rest) and any(x.tag.startswith("NN") and x.form in MENTION_NOUNS for x in tokens[i + 1:]):
                return "mention", t.start  # '자매도시 체결에 대해서는 … 실적을 쌓은 뒤 검토하기로': still to be weighed
            if _DECIDED_TO.search(re.split(r"[.,]", rest, maxsplit=1)[0][:40]):
                return "planned", t.start  # '의향서 체결 가능성부터 살펴보기로 했다': what they will look at
        tense = tense_after(tokens, t.end)
        if tense == "past":
            return "signed", t.start
        if tense == "future":
            return "planned", t.start
        if tense == "present":
            return "announced", t.start
        if mention.type in _VISIT_IS_EVENT and re.match(r"^(?:하)?고\s?있(?:다|으며|고)", rest):
            return "signed", t.start  # '… 연수를 받고 있다': under way as the page reports it
        if re.match(r"^\s*(?:이후|후|뒤|이래|당시|\(|에\s)", rest):
            return "signed", t.start
        break
    return _status_without_predicate(sentence, tokens, mention)


def _status_without_predicate(sentence: Sentence, tokens: list[Token], mention: TypeMention) -> tuple[str, int]:
    """The status when no signing word follows the agreement word: from the clause before it,
    a decision about what it becomes, or the tense of what follows."""
    if clause := _clause_before(tokens, mention):
        return clause
    rest = sentence.text[mention.end - sentence.start:]
    if _BECOME.match(rest) and _DECIDED_TO.search(rest):
        return "planned", -1  # '정식 업무협약(MOU)으로 발전시키기로 했다': what they decided it becomes
    tense = tense_after(tokens, mention.end)
    return {"past": "signed", "future": "planned", "present": "announced"}.get(tense, "nominal"), -1


def _clause_before(tokens: list[Token], mention: TypeMention) -> tuple[str, int] | None:
    """'… 체결한 협약' (done), '… 체결할 협약' (planned); a present '-는' clause ('… 감축하는
    공동선언을 발표했다') only says what the agreement is about: its own predicate decides."""
    before = [t for t in tokens if t.end <= mention.start]
    while before and (before[-1].tag in ("NNG", "NNP", "SL", "SN", "SH", "SP", "SSO", "SSC", "SW")
                      or before[-1].tag.startswith("XS") and before[-1].tag != "XSV"):
        if before[-1].form in ("뒤", "후", "다음", "이후"):
            return None  # '성과를 점검한 뒤 … 협정으로': the clause tells when, not the agreement
        before.pop()  # nouns between a relative clause and the word: '열린 GRC 사무국 개소식'
    if len(before) >= 3 and before[-2].tag == "XSV" and before[-3].form in ("구성", "편성", "선발"):
        return None  # '학생 16명으로 구성된 청소년 교류단을 … 파견할 계획이다': who it is made of
    if len(before) >= 2 and before[-1].tag == "ETM" and before[-1].form != "는" and (
        before[-2].form in SIGN_NOUNS or before[-2].form in SIGN_VERBS or before[-2].tag == "XSV"
    ):
        return ("signed" if before[-1].form in ("ᆫ", "은") else "planned"), before[-1].start
    return None


def _visit_status(sentence: Sentence, tokens: list[Token], visit: Token) -> str:
    """A visit that is the event: done ('방문했다'), or under way ('방문해 … 참여하고 있다'), else planned."""
    under_way = _UNDER_WAY.search(sentence.text[visit.end - sentence.start:])
    return "signed" if tense_after(tokens, visit.end) == "past" or under_way else "planned"


def _next_predicate(tokens: list[Token], i: int) -> str | None:
    for t in tokens[i:]:
        if t.tag.startswith("NN") and (t.form in MENTION_NOUNS or t.form in SIGN_NOUNS):
            return t.form
        if t.tag in ("VV",):
            return t.form
    return None
