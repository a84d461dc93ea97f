"""A state's own department is the state, two places abroad tying up is their own news, a signing
watched is not signed, an English 'Letter of Intent' for a friendship is one letter, a trip's next
day keeps its month, and a sentence that opens bare on an event told before adds no event (each
case written after heldout230 and heldout231, in other words and with other places)."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


def test_a_states_department_is_the_state_not_the_country(gazetteer):
    # (like fy02: '메릴랜드주 상무부와', while the next sentence names the USA's own department)
    text = ("울산시는 8일(현지시간) 미시간주 랜싱에서 미시간주 상무부와 수소산업 협력 업무협약을 체결했다고 "
            "10일 밝혔다. 이번 협약은 미국 상무부 산하 셀렉트USA가 양측을 연결해 성사됐다.")
    assert _records(text, gazetteer, "2024-10-10") == [("mou", 2024, ("kr-ulsan",), ("adm1-us-michigan",))]


@pytest.mark.parametrize(
    "text",
    [
        # (like fy13 and fz15: two cities of two countries abroad, a Korean city only mentioned nearby)
        "(베이징=연합뉴스) 중국 칭다오시가 일본 시모노세키시와 해양관광 협력 협정을 맺었다. 칭다오 시장은 전날 "
        "시모노세키 시청에서 시모노세키 시장과 협정서에 서명했다. 부산시는 두 도시 모두와 교류하고 있다.",
        "우즈베키스탄 사마르칸트와 타지키스탄 두샨베가 자매도시가 됐다. 두 도시 시장은 12일 협정에 서명했다.",
    ],
)
def test_two_places_abroad_tying_up_is_no_korean_record(text, gazetteer):
    assert _records(text, gazetteer, "2024-05-13") == []


def test_a_signing_of_firms_the_governor_watched_is_no_record(gazetteer):
    # (like fy04: '… 수출계약 체결식에 참석해 기업 3곳이 … 수출계약을 맺는 자리를 지켜봤다')
    text = ("해외 순방 중인 경남도지사는 15일 하노이에서 열린 '경남 우수상품 수출계약 체결식'에 참석해 도내 "
            "식품기업 2곳이 현지 유통업체와 500만 달러 규모의 수출계약을 맺는 자리를 지켜봤다.")
    assert _records(text, gazetteer, "2024-03-16") == []


def test_an_english_letter_of_intent_for_a_friendship_is_one_letter(gazetteer):
    # (like fy07: '우호도시 관계 수립을 위한 Letter of Intent(의향서)에 서명했다')
    text = ("인천시는 14일 라트비아 리가시와 우호도시 관계 수립을 위한 Letter of Intent(의향서)에 서명했다고 "
            "15일 밝혔다.")
    assert _records(text, gazetteer, "2023-09-15") == [("loi", 2023, ("kr-incheon",), ("lv-riga",))]


def test_the_next_day_of_a_trip_keeps_the_month_told_before(gazetteer):
    # (like fy08: '지난달 12일 … 서명했습니다. 이어서 13일에는 …' in minutes of the month after)
    from partnerships.extract import extract

    text = ("전남도는 지난달 20일 노르웨이 베르겐시 청사에서 베르겐시와 해상풍력 협력 업무협약을 체결했습니다. "
            "이어서 21일에는 스타방에르시를 방문해 스타방에르 시장과 수소 협력 공동선언문에 서명했습니다.")
    found = extract(text, published="2024-11-25").candidates
    assert sorted(c["date"] for c in found) == ["2024-10-20", "2024-10-21"]


def test_a_sentence_opening_bare_on_an_event_told_before_adds_no_event(gazetteer):
    # (like fy18: '상담회는 전남도와 aT 호찌민지사가 함께 지원했다' after the county's own 상담회)
    text = ("고흥군은 10일 태국 방콕에서 '고흥 농수산식품 수출상담회'를 열어 현지 바이어 30곳과 상담을 벌였다고 "
            "12일 밝혔다. 상담회는 전남도와 aT 방콕지사가 함께 지원했다.")
    assert _records(text, gazetteer, "2024-07-12") == [("roadshow", 2024, ("kr-goheung-gun",), ("th-bangkok",))]


def test_a_network_described_as_the_go_between_is_no_network_joined(gazetteer):
    # (like fy08: '덴마크 정부·기업 협의체인 스테이트 오브 그린이 … 일정을 주선했습니다')
    text = ("충남도는 15일 네덜란드 흐로닝언주와 수소 협력 업무협약을 체결했다고 17일 밝혔다. "
            "○ 국제협력관 김○○  주한 네덜란드대사관과 네덜란드 정부·기업 협의체인 '홀란드 하우스'가 현지 일정을 "
            "주선했습니다.")
    assert [t for t, *_ in _records(text, gazetteer, "2024-05-17")] == ["mou"]
