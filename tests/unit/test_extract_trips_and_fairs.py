"""Trips of several signings and fairs at home: two bodies of one city signed with on one trip are
two agreements, one signed with on the trip's next day lies in the trip's city; a firm's deal a
headline tells, a deal a vice mayor witnessed and a fair at home with buyers invited to it are
no tie abroad; English-mixed copy is read, its English month names too. The texts are written
for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from partnerships.extract.errors import ArticleError
from tests.helpers.extraction import record_keys as _keys


def test_a_body_of_the_city_the_delegation_visited_to_sign_is_an_agreement_of_its_own(gazetteer):
    text = ("광주시는 14일(현지시간) 베트남 하노이 시청에서 하노이시와 '스마트 교통 협력 업무협약'을 체결했다고 "
            "15일 밝혔다.\n"
            "대표단은 같은 날 오후 하노이 국립농업대학을 찾아 '농업 인재 연수 업무협약'을 맺었다.\n")
    assert _keys(text, gazetteer, "2024-05-15") == [
        ("mou", 2024, ("kr-gwangju",), ("vn-hanoi",)),
        ("mou", 2024, ("kr-gwangju",), ("vn-hanoi",)),
    ]


def test_an_organisation_signed_with_on_the_trips_next_day_lies_in_the_trips_city(gazetteer):
    text = ("대전시 대표단은 4일(현지시간) 프랑스 파리의 국립응용과학원(INSA)을 방문해 '인공지능 공동연구 MOU'를 "
            "체결했다.\n"
            "이튿날인 5일에는 스타트업 캠퍼스 스테이션F와 '창업 교류 MOU'를 맺었다.\n")
    assert _keys(text, gazetteer, "2024-06-07") == [
        ("mou", 2024, ("kr-daejeon",), ("fr-paris",)),
        ("mou", 2024, ("kr-daejeon",), ("fr-paris",)),
    ]
    # ... not one a body of the Korean side signed on its own that day
    own = ("경남도는 20일(현지시간) 프랑스 툴루즈에서 옥시타니 레지옹 정부와 항공우주 협력 양해각서를 체결했다.\n"
           "같은 날 오후에는 경남테크노파크가 에어버스 아카데미와 인력 양성 협약을 따로 맺었다.\n")
    assert _keys(own, gazetteer, "2024-06-21") == [
        ("mou", 2024, ("kr-gyeongsangnam-do",), ("adm1-fr-occitanie",)),
    ]


def test_a_firms_deal_a_headline_tells_and_a_vice_mayor_witnessed_is_no_tie(gazetteer):
    text = ("부산 수산가공업체, 베트남 호찌민 유통사와 500만 달러 공급 협약\n"
            "부산의 한 수산가공업체가 호찌민의 식품 유통업체와 3년간 냉동 수산물을 공급하는 협약을 맺었다.\n"
            "협약식은 부산시가 연 수출상담회장에서 열렸으며, 부산시 경제부시장이 입회인으로 참석해 양사 대표의 서명을 "
            "지켜봤다.\n")
    assert _keys(text, gazetteer, "2024-09-12") == []


def test_a_fair_at_home_with_buyers_invited_takes_no_city_abroad_from_around(gazetteer):
    text = ("페루 리마에서 온 식품 바이어 3명은 부산 수산물에 큰 관심을 보였다.\n"
            "부산시는 올해 중남미 바이어 초청 수출상담회를 두 차례 열어 상담액 2천만 달러의 실적을 올렸다.\n")
    assert _keys(text, gazetteer, "2024-09-12") == []
    abroad = "부산시는 10일(현지시간) 페루 리마에서 현지 바이어 초청 수출상담회를 열었다고 12일 밝혔다.\n"
    assert _keys(abroad, gazetteer, "2024-09-12") == [("roadshow", 2024, ("kr-busan",), ("pe-lima",))]


def test_english_mixed_copy_is_read_with_its_english_month_names(gazetteer):
    text = ("[Busan Global Newsletter] Vol. 12\n"
            "Busan Metropolitan City has signed a memorandum of understanding on port logistics with the city of "
            "Rotterdam, the city government said on Thursday. The agreement covers smart port operations, "
            "joint training of port officials and green shipping corridors between the two ports.\n"
            "부산시 대표단은 Feb. 6(현지시간) 네덜란드 로테르담 시청에서 로테르담시와 '스마트 항만 협력 MOU'를 "
            "체결했다.\n"
            "Mayor's remark: \"Busan and Rotterdam are partners for the green port era,\" the mayor said at the "
            "signing ceremony in the city hall of Rotterdam.\n")
    found = extract(text, gazetteer=gazetteer, published="2025-02-08").candidates
    assert [(c["type"], c["date"], c["partner_places"]) for c in found] == [("mou", "2025-02-06", ["nl-rotterdam"])]
    english = ("Busan Metropolitan City signed a memorandum of understanding on port logistics with Rotterdam "
               "on Feb. 6, the city government said.\n") * 6
    with pytest.raises(ArticleError, match="not a Korean article"):
        extract(english, gazetteer=gazetteer, published="2025-02-08")


def test_a_capitals_former_name_finds_it(gazetteer):
    text = "세종시는 29일 카자흐스탄 누르술탄시와 화상으로 행정 교류 업무협약을 체결했다고 30일 밝혔다.\n"
    assert _keys(text, gazetteer, "2021-06-30") == [("mou", 2021, ("kr-sejong",), ("kz-astana",))]


def test_an_english_mastheads_issue_month_dates_a_newsletter(gazetteer):
    text = ("INCHEON GLOBAL LETTER | 인천 글로벌 레터\n"
            "Vol. 31 | March 2025 | International Affairs Division\n"
            "■ TOP STORY\n"
            "인천시는 지난달 20일 미국 시애틀 시청에서 시애틀시와 '항공 물류 협력 업무협약(MOU)'을 체결했다.\n"
            "Incheon and Seattle agreed to share air cargo data and to train logistics officials together.\n")
    found = extract(text, gazetteer=gazetteer).candidates
    assert [(c["type"], c["date"], c["partner_places"]) for c in found] == [("mou", "2025", ["us-seattle"])]


def test_a_sites_weather_widget_names_no_korean_side(gazetteer):
    text = ("김동연 지사, 美 오하이오주와 배터리 협력 MOU\n"
            " 2024년 9월 24일(화)\n"
            " 수원 24℃ 구름많음 · 미세먼지 보통\n"
            "한수진 기자 | 입력 2024-09-24 07:05\n"
            "미국을 방문 중인 김동연 경기도지사는 23일(현지시간) 콜럼버스 주청사에서 마이크 드와인 오하이오 주지사와 "
            "'배터리 산업 협력을 위한 업무협약(MOU)'에 서명했다.\n")
    assert _keys(text, gazetteer, "2024-09-24") == [("mou", 2024, ("kr-gyeonggi-do",), ("adm1-us-ohio",))]


def test_a_roadshow_in_a_hotel_of_a_town_the_sentence_places_in_its_state_is_in_that_town(gazetteer):
    text = ("경남도 시장개척단은 4~5일 멕시코 누에보레온주 몬테레이의 한 호텔에서 수출상담회를 열어 현지 바이어 65개사와 "
            "상담했다.\n"
            "대표단은 방문 기간 주 경제부 차관과 면담하고 도내 기업의 현지 공장 설립 시 인센티브 지원 방안 등을 논의했다.\n")
    assert _keys(text, gazetteer, "2025-03-12") == [("roadshow", 2025, ("kr-gyeongsangnam-do",), ("mx-monterrey",))]


def test_korean_cities_an_event_showed_after_it_was_held_are_no_side(gazetteer):
    text = ("경북도, 대만서 관광설명회\n"
            "경북문화관광공사는 17일 대만 타이베이 시내 호텔에서 현지 여행사 60여 곳을 대상으로 '경북 관광설명회'를 열고 "
            "경주·안동 등 세계유산 도시의 여행 상품을 소개했다고 18일 밝혔다.\n")
    assert _keys(text, gazetteer, "2023-05-18") == [("roadshow", 2023, ("kr-gyeongsangbuk-do",), ("tw-taipei",))]


def test_a_signing_called_off_or_only_its_text_agreed_is_no_tie(gazetteer):
    text = ("경남 김해시가 이달 예정했던 베트남 다낭시와의 관광 교류 의향서 서명식을 결국 취소했다.\n"
            "김해시와 다낭시는 지난해 두 차례 실무 협의를 거쳐 의향서 문안에 합의했다.\n")
    assert _keys(text, gazetteer, "2024-02-07") == []


def test_heads_of_two_foreign_offices_signing_make_no_tie_of_a_city_that_stayed_out(gazetteer):
    text = ("두 도시 사이 바다를 낀 울산시는 협약에 참여하지 않아 대응이 늦었다는 지적이 나온다.\n"
            "나가사키시 환경국장과 칭다오시 생태환경국장은 지난 22일 나가사키시청에서 '해양쓰레기 저감 협력 협정'에 "
            "서명했다.\n")
    assert _keys(text, gazetteer, "2023-08-24") == []


def test_a_body_signing_the_same_day_for_itself_and_two_hospitals_deal_are_no_tie_of_the_city(gazetteer):
    text = ("청주시는 17일(현지시간) 헝가리 데브레첸 시청에서 데브레첸시와 '문화 교류 의향서'에 서명했다고 19일 밝혔다.\n"
            "같은 날 청주시 출연기관인 청주문화재단도 데브레첸 극장재단과 '공연예술 교류 업무협약'을 맺었다.\n"
            "이날 협약식에는 청주시 보건소장과 데브레첸시 보건국 관계자들도 참석해 두 병원의 협약을 축하했다.\n")
    assert _keys(text, gazetteer, "2023-10-19") == [("loi", 2023, ("kr-cheongju-si",), ("hu-debrecen",))]


def test_a_declaration_reaffirming_a_tie_is_no_new_tie_and_its_planned_years_do_not_date_the_page(gazetteer):
    text = ("경북 안동시와 일본 이즈모시가 자매결연 20주년을 맞아 우호 관계를 재확인하는 공동선언문에 서명했다.\n"
            "안동시는 지난 10일 이즈모시청에서 공동선언문에 서명했다고 13일 밝혔다.\n"
            "이번 선언문에는 △공동 관광 브랜드 개발 △2026년 청소년 역사문화 캠프 공동 개최 등이 담겼다.\n")
    found = extract(text, gazetteer=gazetteer, published="2025-10-13").candidates
    assert [(c["type"], c["date"], c["partner_places"]) for c in found] == [
        ("declaration", "2025-10-10", ["jp-izumo"])]


def test_sister_cities_spoken_of_as_a_kind_of_city_are_no_tie(gazetteer):
    text = ("○의장  의사일정 제2항 옥천군-베트남 닌빈시 우호교류 협약 체결 동의안을 상정합니다.\n\n"
            "○김수민 의원  이미 자매결연한 해외 도시 중에 몇 년째 교류가 없는 곳도 있습니다. 닌빈시와는 형식적인 "
            "협약이 되지 않도록 해 주시기 바랍니다.\n")
    assert _keys(text, gazetteer, "2023-03-14") == []


def test_a_korean_citys_sister_city_signing_with_a_city_abroad_named_in_its_own_script_is_no_korean_tie(gazetteer):
    text = ("통영 자매도시 日 야나가와, 대만 이란현과 자매결연\n"
            "통영시의 일본 자매도시인 후쿠오카현 야나가와(柳川)시가 대만 이란(宜蘭)현과 자매결연을 맺었다.\n")
    assert _keys(text, gazetteer, "2019-11-22") == []


def test_a_sister_city_named_with_its_countrys_gloss_is_what_the_city_is_and_a_planned_trip_no_exchange(gazetteer):
    text = ("부산시가 자매도시인 아랍에미리트(UAE) 두바이의 교통당국과 협약을 맺었다.\n"
            "시는 학생 16명으로 구성된 청소년 교류단을 11월 중 일본 자매도시에 파견할 계획이다.\n")
    assert [k[0] for k in _keys(text, gazetteer, "2024-11-13")] == ["mou"]


def test_a_governors_given_name_spelt_in_chinese_characters_is_no_city_and_the_two_regions_are_the_sides(gazetteer):
    text = ("전북-일본 이시카와현 우호 20주년\n"
            "[앵커] 전북자치도가 일본 이시카와현과 우호 관계를 맺은 지 올해로 20년이 됐습니다.\n"
            "전북자치도지사와 이시카와현(石川県) 모리 다카시(森隆) 지사가 나란히 무대에 올랐습니다.\n"
            "두 지역은 지난 18일 기념식에서 공동선언문에 서명했습니다.\n")
    assert _keys(text, gazetteer, "2024-11-20") == [
        ("declaration", 2024, ("kr-jeollabuk-do",), ("adm1-jp-ishikawa",))]
