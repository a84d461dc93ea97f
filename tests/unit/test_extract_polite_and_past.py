"""A newsletter's polite present on the day, an earlier signing that only says who came, and an
area of a city named where something is. The texts are written for the tests, on the patterns
the blind evaluation set heldout145 showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2025-03-19"


def test_an_office_opened_today_in_a_newsletters_polite_present_is_a_record(gazetteer):
    text = ("부산시, 오늘 자카르타 무역사무소 문 연다\n"
            "부산시는 3월 19일(수) 오후 4시(현지시간) 인도네시아 자카르타 남부 쿠닝안 지구 업무빌딩에서 "
            "'부산시 자카르타 무역사무소' 개소식을 엽니다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("office", ("id-jakarta",))]


def test_what_a_plan_will_spend_in_the_polite_present_is_no_record(gazetteer):
    text = ("원주시와 우즈베키스탄 타슈켄트시는 의료기기 지원센터를 함께 세우기로 했습니다. 앞으로 5년 동안 "
            "원주시가 30억 원, 타슈켄트시가 200만 달러 상당을 투입합니다.")
    assert [k for k in _records(text, gazetteer, PUBLISHED) if k[0] == "program"] == []


def test_an_earlier_signing_that_only_says_who_came_is_background(gazetteer):
    text = ("지난해 대구시와 로봇산업 협력 업무협약을 맺은 미국 텍사스주 댈러스시 대표단이 대구를 찾아 후속 협력 "
            "방안을 논의했다.\n양 도시는 지난해 3월 댈러스에서 '로봇·스마트물류 산업 협력 업무협약'을 체결한 바 있다.")
    assert _records(text, gazetteer, "2025-05-20") == []


def test_a_ties_anniversary_celebrated_is_no_new_tie(gazetteer):
    text = ("경남도·日 야마구치현, 자매결연 30돌 맞아 '교류 확대 공동선언'\n\n등록 2017-11-01\n\n"
            "경남도와 일본 야마구치현(山口県)이 자매결연 30주년을 맞아 교류를 한층 넓히기로 했다.\n"
            "경남도는 31일 도청 대회의실에서 도지사 권한대행과 야마구치현 지사가 '경상남도-야마구치현 자매결연 "
            "30주년 기념 공동선언문'에 서명했다고 밝혔다.")
    assert [k[0] for k in _records(text, gazetteer, "2017-08-01")] == ["declaration"]
