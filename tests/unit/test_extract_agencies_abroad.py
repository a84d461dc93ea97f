"""Who the partner is when a foreign country's agency signs: a body under a ministry, named
after it; a national agency met at its seat; a ministry as the subject under a wire's dateline;
two universities that sign between themselves; the trade agency's Korean name, which sounds like
a city. The texts are written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2024-09-12"


def test_a_body_under_a_ministry_named_without_its_country_is_that_country(gazetteer):
    text = ("충북도, 태국 산업부 투자청과 투자유치 협약\n"
            "충청북도는 10일 태국 방콕 산업부 청사에서 산업부 산하 투자청(BOI, Board of Investment)과 "
            "'투자 협력 증진을 위한 업무협약'을 체결했다고 11일 밝혔다.\n"
            "[사진] 10일 태국 방콕 산업부 청사에서 충북도 행정부지사와 투자청장이 협약서에 서명하고 있다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("country-th",))]


def test_a_body_under_a_federal_government_with_its_latin_name_is_the_country(gazetteer):
    text = ("부산시는 9일(현지시간) 멕시코 몬테레이에서 멕시코 연방정부 산하 무역투자진흥청(ProMexico)과 "
            "'교역 확대를 위한 양해각서(MOU)'를 체결했다고 11일 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("country-mx",)]


def test_a_national_agency_met_at_its_seat_is_the_country_not_the_city_it_stands_in(gazetteer):
    text = ("경남도는 10일 타슈켄트에 있는 우즈베키스탄 국가투자청(UzInvest) 본사에서 '투자 및 교역 협력 "
            "증진을 위한 업무협약'을 체결했다고 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("country-uz",)]


def test_a_ministry_under_a_wire_dateline_is_the_seat_of_government_not_the_dateline(gazetteer):
    text = ("(서울=ABC뉴스) 홍길동 기자 = 해양수산부는 10일(현지시간) 페루 리마에서 페루 생산부와 "
            "'수산 협력에 관한 양해각서(MOU)'를 체결했다고 11일 밝혔다.")
    assert [(k[2], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [(("kr-sejong",), ("country-pe",))]


def test_two_universities_signing_between_themselves_are_no_record_of_the_city(gazetteer):
    text = ("원주시는 10일 체코 올로모우츠시청에서 올로모우츠시와 우호도시 협약을 체결했다. "
            "같은 날 연세대학교 미래캠퍼스와 올로모우츠 팔라츠키 대학교도 학생 교류를 위한 업무협약(MOU)을 맺었다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["friendship_city"]


def test_the_trade_agencys_korean_name_is_no_city(gazetteer):
    assert gazetteer.matches("코트라") == []  # it sounds like Godhra's '고드라'
    assert gazetteer.matches("고드라")[0].id == "in-godhra"


def test_cities_korean_pages_name_are_found_by_their_korean_names(gazetteer):
    for name, pid in (("골드코스트", "au-gold-coast"), ("에스포", "fi-espoo"), ("스타방에르", "no-stavanger"),
                      ("이즈미르", "tr-izmir"), ("푸트라자야", "my-putrajaya"), ("징더전", "cn-jingdezhen")):
        assert gazetteer.matches(name)[0].id == pid


def test_an_agency_the_article_calls_the_governments_is_the_country(gazetteer):
    text = ("전북도는 12일 칠레 산티아고에서 칠레 정부의 투자 유치 전담기관인 인베스트칠레(InvestChile)와 "
            "'투자 협력 증진을 위한 양해각서(MOU)'를 체결했다고 13일 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("country-cl",)]


def test_a_countrys_tourism_board_met_at_its_head_office_is_the_country(gazetteer):
    text = ("대구시는 지난 10일 일본 도쿄 일본관광청 본청에서 '관광 교류 확대를 위한 업무협약'을 "
            "체결했다고 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("country-jp",)]


def test_a_tie_told_by_its_age_is_what_a_new_agreement_builds_on(gazetteer):
    text = ("광주시 대표단은 10일(현지시간) 광저우 시청에서 광저우 시장과 '인공지능 산업 협력 업무협약'을 "
            "체결했다. 20년 된 우호도시 관계를 산업 협력으로 한 단계 끌어올린 것이다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("cn-guangzhou",))]


def test_a_sites_regional_section_is_no_korean_side(gazetteer):
    # '부산·경남' above the headline is the section the story is filed in
    from partnerships.extract.furniture import classify

    assert classify("부산·경남") == classify("대구/경북 뉴스") == "menu"
    assert classify("부산·경남 기업 12곳이 참가했다.") == ""
    text = ("부산·경남\n수영구, 골드코스트와 해양관광 업무협약\n"
            "부산 수영구는 9일(현지시간) 호주 골드코스트 시청에서 골드코스트시와 해양관광 협력 업무협약을 체결했다고 밝혔다.")
    assert [k[2] for k in _records(text, gazetteer, PUBLISHED)] == [("kr-busan-suyeong-gu",)]


def test_a_body_named_after_a_tie_is_no_signing(gazetteer):
    text = ("대구시와 미국 애틀랜타시가 자매결연 40주년을 맞아 공동선언문에 서명했다. "
            "이날 기념식에는 양 도시 자매결연 위원회 관계자와 한인회 등이 함께했다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["declaration"]


def test_a_large_city_named_alone_is_where_an_office_opens(gazetteer):
    text = ("충남도, 獨 바이에른주와 MOU…뮌헨에 유럽사무소 개소\n"
            "충남도는 9일 독일 바이에른주 정부와 투자 협력 업무협약을 체결했다. 도는 이튿날인 10일 뮌헨 시내에 "
            "'충청남도 유럽 통상사무소'를 열었다.")
    assert ("office", ("de-munich",)) in [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)]


def test_a_foreign_port_authority_is_its_city(gazetteer):
    text = ("울산시, 美 휴스턴항만청과 수소 항만 협약\n"
            "울산시는 13일(현지시간) 휴스턴항만청 본부에서 '수소 항만 조성을 위한 업무협약'을 체결했다고 16일 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("us-houston",)]


def test_a_paid_service_contract_with_a_foreign_city_is_a_contract(gazetteer):
    text = ("부산시는 지난 14일(현지시간) 베트남 다낭시 교통국과 '다낭 교통정보센터 구축 컨설팅 용역 계약'을 "
            "체결했다고 18일 밝혔다. 계약 규모는 약 200만 달러다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("contract", ("vn-da-nang",))]


def test_a_district_named_only_as_where_a_university_stands_is_no_side(gazetteer):
    text = ("부산시는 10일 파나마운하청과 항만 물류 협력 양해각서(MOU)를 체결했다. 파나마운하청 대표단은 같은 날 "
            "오후 영도구 한국해양대학교를 방문했으며, 한국해양대는 파나마 국제해사대학과 학술교류 협정을 맺었다.")
    assert all(k[2] != ("kr-busan-yeongdo-gu",) for k in _records(text, gazetteer, PUBLISHED))


def test_an_epithets_pearl_is_no_jinju(gazetteer):
    # '흑해의 진주' (the pearl of the Black Sea) had made Jinju a Korean side
    text = ("[달서 소식] 흑해의 진주 '바투미'와 우호도시가 되었어요!\n"
            "대구 달서구는 지난 12일 조지아 바투미시와 우호도시 협약을 맺었다.")
    assert [(k[0], k[2]) for k in _records(text, gazetteer, PUBLISHED)] == [
        ("friendship_city", ("kr-daegu-dalseo-gu",))]


def test_a_foreign_citys_tourism_body_named_after_it_is_that_city(gazetteer):
    text = ("서울관광재단은 18일 서울 코엑스에서 일본 도쿄관광재단(Tokyo Convention & Visitors Bureau), 태국 방콕시청 "
            "문화체육관광국과 함께 '아시아 도시 MICE 얼라이언스' 설립 협약을 체결했다고 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, "2025-03-19")] == [("jp-tokyo", "th-bangkok")]
