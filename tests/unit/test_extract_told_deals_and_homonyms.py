"""Deals a government tells but did not make (firms signing, the mayor watching), an agreement
only agreed to be made, a place's namesake in the country the article names, a national agency
named like a province's office, and a city named as one beside its namesake province. The texts
are written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records


def _types_partners(text: str, gazetteer, published: str) -> list[tuple]:
    return [(k[0], k[3]) for k in _records(text, gazetteer, published)]


def test_firms_signing_in_a_sentence_the_province_tells_are_no_record(gazetteer):
    text = ("충남도는 3일(현지시간) 헝가리 부다페스트에서 열린 '한-헝가리 배터리 협력 포럼'에서 천안 소재 배터리 "
            "소재기업 4곳이 헝가리 부품 기업 6곳과 공동 연구 업무협약을 체결했다고 5일 밝혔다.")
    assert _types_partners(text, gazetteer, "2024-05-05") == []
    # the province's own signing, told the same way, stays
    own = ("충남도는 3일(현지시간) 헝가리 부다페스트에서 부다페스트시와 배터리 산업 협력 업무협약을 체결했다고 "
           "5일 밝혔다.")
    assert _types_partners(own, gazetteer, "2024-05-05") == [("mou", ("hu-budapest",))]


def test_a_firms_joint_venture_and_a_deal_the_mayor_only_watched_are_no_record(gazetteer):
    text = ("울산 온산국가산업단지의 배관 자재 제조업체가 인도네시아 바탐의 조선 기자재 업체와 500만 달러 규모의 "
            "합작투자 계약을 맺었다.\n"
            "울산시는 21일 바탐시 한 호텔에서 ㈜동해파이프와 바탐 소재 인도마린이 선박 배관 합작법인 설립 계약을 "
            "체결했으며, 인도네시아를 방문 중인 울산시장이 계약식에 참석해 이를 지켜봤다고 22일 밝혔다.")
    assert _types_partners(text, gazetteer, "2015-08-22") == []


def test_agreeing_to_sign_within_the_year_is_no_signing(gazetteer):
    text = ("인천 서구, 中 옌타이와 교류 물꼬\n"
            "인천 서구는 구청장을 비롯한 대표단 5명이 지난 8일부터 10일까지 옌타이시를 방문해 시 인민정부 "
            "관계자들과 간담회를 갖고, 연내 우호도시 협정을 맺는 데 의견을 모았다고 12일 밝혔다.")
    assert _types_partners(text, gazetteer, "2025-06-12") == []


def test_a_name_shared_with_a_region_in_the_named_country_is_that_region(gazetteer):
    # '캔터베리' alone finds the English city; the article names New Zealand and never England
    text = ("강원도, 뉴질랜드 캔터베리와 '청정 관광' 손잡는다\n"
            "강원도는 지난달 27일 캔터베리와 관광·청정에너지 협력 업무협약을 맺었다고 3일 밝혔다.\n"
            "하반기에는 캔터베리 대표단을 춘천으로 초청할 예정이다.")
    assert _types_partners(text, gazetteer, "2026-02-03") == [("mou", ("adm1-nz-canterbury",))]


def test_a_national_agency_whose_name_ends_in_a_capital_is_its_country(gazetteer):
    # '신수도청' (the new capital's agency) ends like a province's office ('경기도청') but is none
    text = ("국토부는 장관이 지난 8일 인도네시아 자카르타에서 밤방 수산토노 인도네시아 신수도청장과 스마트시티 "
            "협력 양해각서를 체결했다고 13일 밝혔다.")
    assert _types_partners(text, gazetteer, "2022-09-13") == [("mou", ("country-id",))]


def test_a_city_the_text_calls_one_stays_the_city_beside_its_namesake_province(gazetteer):
    text = ("부산시, 칠레 발파라이소시와 우호도시 협정…발파라이소주와는 물류 의향서\n"
            "부산시는 시장이 20일(현지시간) 칠레 발파라이소시를 방문해 우호도시 협정을 체결했다고 22일 밝혔다.\n"
            "부산시는 같은 날 발파라이소주 정부와 '항만·물류 협력에 관한 의향서(LOI)'도 교환했다.")
    assert sorted(_types_partners(text, gazetteer, "2016-09-22")) == [
        ("friendship_city", ("cl-valparaiso",)), ("loi", ("adm1-cl-valparaiso",))]
