"""A trip that signs with two cities on two days, a department of an emirate's government, and
firms that sign beside the city. The texts are written for the tests, on the patterns the blind
evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records


def _types_partners(text: str, gazetteer, published: str) -> list[tuple]:
    return [(k[0], k[1], k[3]) for k in _records(text, gazetteer, published)]


def test_a_headline_naming_two_cities_is_two_signings_on_their_days(gazetteer):
    text = ("광주시장 중남미 순방…리마·보고타와 잇단 협약\n"
            "광주시는 강 시장이 현지시간 3일 페루 리마에서 리마 정부 경제개발국(GDE)과 '인공지능 협력 양해각서'를 체결했다고 "
            "7일 밝혔다.\n"
            "강 시장은 이어 5일 콜롬비아 보고타로 이동해 보고타시(Alcaldía de Bogotá)와 '문화교류 양해각서'를 맺었다.")
    assert sorted(_types_partners(text, gazetteer, "2025-04-07")) == [
        ("mou", 2025, ("co-bogota",)), ("mou", 2025, ("pe-lima",))]


def test_a_department_of_an_emirates_government_is_placed_at_the_city(gazetteer):
    text = ("인천시는 12일(현지시간) 두바이에서 두바이 정부 경제관광부(DET)와 관광 협력 업무협약을 "
            "체결했다고 14일 밝혔다.")
    assert _types_partners(text, gazetteer, "2024-03-14") == [("mou", 2024, ("ae-dubai",))]


def test_the_government_of_an_emirate_is_the_emirate(gazetteer):
    text = "울산시는 9일 푸자이라 정부와 수소 협력 업무협약을 체결했다고 10일 밝혔다."
    assert _types_partners(text, gazetteer, "2023-05-10") == [("mou", 2023, ("adm1-ae-fujairah",))]


def test_a_firm_of_a_district_signing_with_a_firm_there_is_not_the_citys(gazetteer):
    text = ("부산시는 5일 호찌민시와 관광 협력 양해각서를 체결했다고 7일 밝혔다.\n"
            "같은 날 해운대의 한 MICE 기획사는 호찌민 현지 전시기업과 공동 마케팅 협약을 체결했다.")
    assert _types_partners(text, gazetteer, "2024-06-07") == [("mou", 2024, ("vn-ho-chi-minh-city",))]


def test_an_investment_agreement_signed_before_a_firms_head_is_no_tie(gazetteer):
    text = ("충남도는 24일 도청 중회의실에서 도지사와 당진군수, 일본 오사카에 본사를 둔 화학소재 기업 "
            "'니시카와케미칼'의 대표이사 사장이 참석한 가운데 5천만 달러 규모의 투자 양해각서를 체결했다.")
    assert _records(text, gazetteer, "2006-08-25") == []


def test_money_firms_invested_this_year_is_no_programme(gazetteer):
    text = ("충남도는 올해 들어 일본과 미국 기업 7곳으로부터 모두 3억2천만 달러의 투자를 유치했으며, 도지사는 "
            "기업 지원을 계속하겠다고 밝혔다.")
    assert _records(text, gazetteer, "2006-08-25") == []


def test_a_provinces_port_corporation_named_for_its_port_city_signs_for_the_province(gazetteer):
    text = ("경기평택항만공사는 11일 항만 대회의실에서 중국 웨이하이시와 물류 협력 업무협약을 맺었다고 "
            "12일 밝혔다.")
    assert [k[2] for k in _records(text, gazetteer, "2019-06-12")] == [("kr-gyeonggi-do",)]


def test_an_investment_mou_with_a_named_firm_in_brackets_is_no_tie(gazetteer):
    text = ("경남도는 도지사가 10일(현지시간) 덴마크 코펜하겐에서 해상풍력 전문기업 노르할 에너지(Nordhal Energy A/S)와 "
            "5억 달러(약 6천900억원) 규모의 투자협약(MOU)을 맺었다고 12일 밝혔다.")
    assert _records(text, gazetteer, "2025-09-12") == []


def test_a_firms_contract_signed_in_city_hall_is_the_firms_own(gazetteer):
    text = ("부산시는 지난해 11월 두바이에서 중동 수출상담회를 열었다.\n"
            "한편 부산 강서구의 선박기자재 업체 ㈜해진마린은 이날 부산시청 별관에서 카타르 국영 해운사 계열 "
            "선박관리회사와 350만 달러 규모의 선박 평형수 처리장치 공급 계약을 맺었다.")
    assert [k for k in _records(text, gazetteer, "2020-02-13") if k[0] == "contract"] == []


def test_a_firms_home_in_brackets_is_no_korean_party(gazetteer):
    text = ("인천시 수출사절단은 12일 두바이에서 수출상담회를 열었다. 정수필터 제조업체 ㈜하이퓨어텍(남동구)은 12일 "
            "두바이 상담회 현장에서 두바이 유통업체와 120만 달러 규모의 공급 계약을 체결했다.")
    keys = _records(text, gazetteer, "2018-03-14")
    assert keys and all("kr-incheon-namdong-gu" not in k[2] for k in keys)
