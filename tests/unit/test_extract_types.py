"""Agreement types from Korean wording, and signed-versus-mentioned."""

from __future__ import annotations

import pytest

from partnerships.extract.clean import clean
from partnerships.extract.sentences import split
from partnerships.extract.types import classify_type, find_types, status


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("로봇산업 활성화 업무협약", "mou"),  # seed 000
        ("업무협력 양해각서(MOU)", "mou"),  # seed 002
        ("공동의향서(LOI)", "loi"),  # seed 003
        ("협력 의향서(LOI)를 체결", "loi"),  # f05 fixture
        ("'14년 우호협력 도시 체결", "friendship_city"),  # seed 000
        ("우호 협력 도시 협약(2014년)", "friendship_city"),  # seed 000
        ("우호교류 협정을 맺은 이후", "friendship_city"),  # f05 fixture
        # a letter of intent toward a friendship tie is one LOI (issue 10: '우호협력도시 의향서')
        ("우호협력 의향서를 교환한", "loi"),  # f03 fixture
        ("우호교류 의향서(LOI)에 서명했다", "loi"),
        ("자매결연 협정서에 서명했다", "sister_city"),  # f03 fixture
        ("공식 출범했다", "alliance"),  # seed 001
        ("발족식과 창립총회를 열고", "alliance"),  # seed 001
        ("스마트도시 로드쇼를 개최했다", "roadshow"),  # seed 002
        ("1대1 상담회에서는", "roadshow"),  # seed 002
        ("중남미 무역사절단이", "roadshow"),  # f04 fixture
        ("협력체계 구축을 위한 선포식을 열었다", "declaration"),  # seed 003
        ("캐나다 로봇 기업과 수출 계약을 체결", "contract"),  # seed 004
        ("제1회 서울 스마트도시 상 수상(2023년)", "award"),  # seed 000
        ("‘디지털 시민참여플랫폼 LEAP’이 금상을 받았다", "award"),  # seed 000
        ("GRC 사무국 개소식", "office"),  # seed 004
        ("에너지산업지원센터를 산하기관으로 설립해", "institution"),  # seed 004
        ("서울역사박물관 내 안데르센 전시(2015년 및 2019년)", "exchange"),  # seed 000
        ("부산 영화 특별전을 공동 개최했다", "exchange"),  # f06 fixture
        ("양 도시 청소년 합동 공연을 열었다", "exchange"),
        ("국제 미디어아트 포럼을 개최", "forum"),  # f09 fixture
        ("북유럽 최대 로봇·드론 박람회", "forum"),  # seed 000
        ("GRC 사업국 운영비 14000만원을 집행", "program"),  # seed 004
        ("지연된 사업비는 6월에 집행됐고", "program"),  # seed 004
        ("두바이 국제금융센터에서 두 번째 설명회를 열었다", "roadshow"),  # heldout132: the trip's next briefing
        ("세번째설명회를 열고", "roadshow"),
    ],
)
def test_classify_type(phrase, expected):
    assert classify_type(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "대전시 관계자는 말했다",  # f07 fixture: '대전시' holds 전시 but is no exhibition
        "로봇 친화 도시를 선언하고",  # seed 000: a city's own slogan, not a joint declaration
        "시민 대상 최신 로봇 기술",  # seed 000: 대상 = 'for', not a grand prize
        "지역 공연장 협회 관계자들과 만났다",  # a concert hall is no performance
        "음악·공연 산업 육성 방안을 논의했다",  # nor is the performing-arts industry
        "주민 설명회를 열었다",  # a briefing for residents is no roadshow
    ],
)
def test_no_type(phrase):
    assert classify_type(phrase) is None


def _status_of(sentence: str, word: str) -> str:
    article = clean(sentence + "\n")
    sents = split(article)
    for s in sents:
        for w in find_types(s):
            if word in w.text:
                return status(s, w)
    raise AssertionError(f"{word!r} not found as an agreement word in {sentence!r}")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # reported as done
        ("서울시는 덴마크 오덴세와 업무협약(3.13)을 체결했다.", "업무협약", "signed"),  # seed 000
        ("한국의 스마트도시협회와 태국의 사물인터넷협회 간의 업무협력 양해각서(MOU)에 서명함으로써 "
         "교류가 더욱 증진될 것으로 기대된다.", "양해각서", "signed"),  # seed 002
        ("오 시장은 3일 서울창업허브 호찌민에서 협력체계 구축을 위한 선포식을 열었다.", "선포식",
         "signed"),  # seed 003
        ("얼라이언스가 2월 13일 부산 벡스코에서 발족식과 창립총회를 열고 공식 출범했다.", "출범",
         "signed"),  # seed 001
        ("2019년 11월 대구기계부품연구원에서 열린 GRC 사무국 개소식", "개소식", "signed"),  # seed 004
        ("'14년 우호협력 도시 체결 이후 교류협력 활발", "우호협력 도시", "signed"),  # seed 000
        ("무역사절단이 상파울루를 방문해 148건의 수출상담을 진행했다.", "무역사절단",
         "signed"),  # f04 fixture: a trade mission's visit is the event
        # planned
        ("수원시는 내년 중 몬테레이시와 경제 교류 업무협약을 체결할 예정이라고 밝혔다.", "업무협약",
         "planned"),  # f08 fixture
        ("기업‧지자체‧사업시행자로 구성된 특수목적법인(SPC)을 설립할 계획이다.", "설립",
         "planned"),  # seed 001
        ("퍼스와의 업무협약은 하반기 체결을 목표로 협의를 이어갈 예정이다.", "업무협약",
         "planned"),  # f05 fixture
        # talked about, proposed, visited
        ("수원상공회의소가 수원시에 멕시코 몬테레이와의 자매결연을 제안했다.", "자매결연",
         "mention"),  # f08 fixture: a proposal by a non-party
        ("드레스덴 측은 대전시에 과학도시 간 교류 협정 체결을 제안했으며, 실무 협의를 이어가기로 "
         "했다.", "협정", "mention"),  # f07 fixture
        ("시는 시애틀과의 경제 협력 업무협약 체결도 검토하고 있다고 밝혔다.", "업무협약",
         "mention"),  # f06 fixture
        ("양 도시는 자매결연 추진 방안을 논의했다.", "자매결연", "mention"),  # f08 fixture style
        ("과학관에 덴마크 로봇클러스터의 기획전시를 논의하는 등 협력을 이어나갈 계획이다.", "기획전",
         "mention"),  # seed 000
        ("부산시가 2030 국제박람회를 유치할 수 있도록 지지를 당부하였다.", "박람회",
         "mention"),  # seed 002: a bid, not a fair held
    ],
)
def test_signed_versus_mention(sentence, word, expected):
    assert _status_of(sentence, word) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # heldout2 g24: the council held the consent bill back; nothing was signed
    ("오산시의회가 오산시와 가나 쿠마시의 자매결연 동의안 처리를 미뤘다.", "mention"),
    ("위원회는 시가 제출한 자매결연 동의안을 심사한 끝에 보류했다.", "mention"),
    # heldout2 g19: the council passed the bill in July; the signing came in September
    ("광주시의회는 지난 7월 임시회에서 자매결연 동의안을 의결했다.", "mention"),
    # without a bill the same verb family is read as before
    ("양 도시는 지난 5일 자매결연 협정을 체결했다.", "signed"),
])
def test_a_consent_bill_is_no_signing(sentence, expected):
    assert _status_of(sentence, "자매결연") == expected
