"""Networks whose members are told as who formed them, Korean cities among a network's founders,
regions whose Korean names join words with hyphens, and what is no tie of a Korean government:
two foreign bodies' deal, firms' deals a governor witnessed, a budget for an office, a show of a
tie's past, the South Sea. The texts are written for the tests, on the patterns the blind
evaluation sets showed."""

from __future__ import annotations

from partnerships.extract.common_words import common_here
from tests.helpers.extraction import record_keys as _keys


def test_a_networks_members_told_as_who_formed_it_are_its_partners(gazetteer):
    text = ("강원도는 지난 9일(현지시간) 스페인 팔마에서 열린 '섬·산악 지역 관광 네트워크' 총회에서 가입 협약서에 서명했다고 "
            "10일 밝혔다.\n"
            "이 네트워크는 스페인 발레아레스 제도, 프랑스 코르시카, 그리스 크레타 등 3개 지방정부가 결성한 협의체다.\n")
    assert _keys(text, gazetteer, "2024-10-10") == [
        ("alliance", 2024, ("kr-gangwon-do",), ("adm1-es-balearic-islands", "adm1-fr-corse", "adm1-gr-crete")),
    ]


def test_a_korean_city_listed_with_a_networks_founders_abroad_is_a_founder_too(gazetteer):
    text = ("대전시는 3일(현지시간) 덴마크 오르후스에서 열린 '기후 적응 도시 연합' 창립총회에서 청주시, 핀란드 에스포, "
            "네덜란드 로테르담과 함께 창립 헌장에 서명했다고 4일 밝혔다.\n")
    (kind, year, korean, partners), = _keys(text, gazetteer, "2024-06-04")
    assert (kind, year, set(korean)) == ("alliance", 2024, {"kr-daejeon", "kr-cheongju-si"})
    assert set(partners) == {"fi-espoo", "nl-rotterdam"}


def test_a_region_whose_korean_name_joins_words_with_hyphens_is_one_place(gazetteer):
    text = "경북도는 7일(현지시간) 모로코 라바트-살레-케니트라 지방정부와 관광 협력 의향서를 체결했다고 8일 밝혔다.\n"
    assert _keys(text, gazetteer, "2024-03-08") == [
        ("loi", 2024, ("kr-gyeongsangbuk-do",), ("adm1-ma-rabat-sale-kenitra",)),
    ]
    pair = "부산시는 12일 스페인 바르셀로나시와 '부산-바르셀로나 해양 협력' 업무협약을 체결했다.\n"
    assert _keys(pair, gazetteer, "2024-03-13") == [("mou", 2024, ("kr-busan",), ("es-barcelona",))]


def test_two_foreign_offices_signing_with_each_other_make_no_korean_tie(gazetteer):
    text = ("두바이·바르셀로나 스마트시티 손잡아\n"
            "두바이 디지털청과 바르셀로나 시청은 지난 6일(현지시간) 두바이에서 스마트시티 협력 양해각서를 체결했다.\n"
            "서울시 관계자는 \"중동 도시들과의 협력 방안을 검토하고 있다\"고 말했다.\n")
    assert _keys(text, gazetteer, "2022-02-08") == []


def test_firms_deal_between_them_or_witnessed_by_a_governor_is_no_tie(gazetteer):
    text = ("지사 입회 속 여수산단 기업-사우디 업체 합작 협약\n"
            "김 지사는 26일(현지시간) 리야드에서 열린 여수산단 화학 기업 A사와 사우디 석유화학 계열사 B사 간 "
            "'합작공장 설립 업무협약' 체결식에 참석했다.\n")
    assert _keys(text, gazetteer, "2024-02-27") == []
    witnessed = "전남도지사는 26일 리야드에서 여수 기업과 사우디 기업 간의 투자협약 체결에 입회했다.\n"
    assert _keys(witnessed, gazetteer, "2024-02-27") == []


def test_a_budget_for_an_office_abroad_is_no_office_opened(gazetteer):
    text = ("대구시가 추진해 온 사우디아라비아 리야드 통상사무소 설치 예산이 시의회 문턱을 넘었다.\n"
            "시는 내년 3월 개소를 목표로 현지 사무공간을 물색할 계획이다.\n")
    assert _keys(text, gazetteer, "2024-12-13") == []


def test_a_show_of_a_ties_past_is_no_exchange_but_an_event_held_to_mark_it_is(gazetteer):
    show = "부산시는 19일 시청에서 스페인 바르셀로나시 대표단과 함께 두 도시의 40년 교류를 돌아보는 사진전을 개막했다.\n"
    assert _keys(show, gazetteer, "2023-05-19") == []
    held = "대구시와 중국 칭다오시의 자매결연 30주년을 기념하는 문화교류 행사가 20일 칭다오에서 열렸다.\n"
    assert [k[0] for k in _keys(held, gazetteer, "2023-09-20")] == ["exchange"]


def test_the_south_sea_is_no_county_but_namhae_with_its_suffix_or_province_is():
    assert common_here("남해", "사진전 '지중해와 ", ", 40년'")
    assert not common_here("남해", "경남 ", "에서 열린")
    assert not common_here("남해", "", "군은 12일")
    assert common_here("코로나", "", " 뚫고") and not common_here("코로나", "", "시와")


def test_a_city_and_a_foreign_department_signing_with_each_other_make_no_korean_tie(gazetteer):
    text = ("광둥성 선전시와 두바이 경제관광부는 전날 선전에서 디지털경제 협력 협정에 서명했다.\n"
            "부산시는 2022년 두바이에 사무소를 열었다.\n")
    assert _keys(text, gazetteer, "2024-02-21") == []


def test_the_agreement_of_a_partnership_of_cities_is_an_alliance_of_its_listed_members(gazetteer):
    text = ("인천시는 9일(현지시간) 이집트 샤름엘셰이크에서 열린 부대행사에서 '기후적응 도시 파트너십(CAUP)' 협약에 "
            "서명했다고 10일 밝혔다. 파트너십에는 인천과 함께 케냐 나이로비, 르완다 키갈리, 가나 아크라 등 4개 도시가 "
            "이름을 올렸다.\n")
    assert _keys(text, gazetteer, "2022-11-10") == [
        ("alliance", 2022, ("kr-incheon",), ("ke-nairobi", "rw-kigali", "gh-accra")),
    ]
    two = "부산시는 12일 '부산-호찌민 파트너십' 협약을 베트남 호찌민시와 체결했다.\n"
    assert [k[0] for k in _keys(two, gazetteer, "2024-03-13")] == ["mou"]


def test_not_yet_at_the_stage_of_signing_and_talks_on_ties_are_no_agreement(gazetteer):
    text = ("올해 하반기 필리핀 세부시와 우호도시 체결을 추진하고 있습니다. 아직 양해각서나 의향서를 교환한 단계는 아닙니다.\n"
            "총영사는 시장과 면담했으며, 양측은 대구와 중국 자매·우호도시 간 교류 재개 방안에 대해 의견을 나눴다.\n")
    assert _keys(text, gazetteer, "2023-03-14") == []


def test_a_governor_at_two_firms_signing_abroad_has_no_tie_of_the_province(gazetteer):
    text = ("경북도는 도지사가 12일(현지시간) 칠레 산티아고에서 포스코퓨처엠과 칠레 SQM 간 리튬 공급 양해각서 체결식에 "
            "참석했다고 13일 밝혔다.\n")
    assert _keys(text, gazetteer, "2023-02-13") == []
    ours = "경북도는 12일(현지시간) 칠레 산티아고에서 경북도와 산티아고시 간 리튬 산업 협력 양해각서를 체결했다.\n"
    assert _keys(ours, gazetteer, "2023-02-13") == [("mou", 2023, ("kr-gyeongsangbuk-do",), ("cl-santiago",))]


def test_a_named_projects_agreement_with_its_launch_is_one_programme(gazetteer):
    text = ("전남도는 26일 프놈펜시 청사에서 캄보디아 프놈펜시와 '전남-프놈펜 맑은 물 지원사업' 시행 협약을 체결하고 "
            "사업 착수식을 가졌다고 27일 밝혔다.\n")
    assert [k[0] for k in _keys(text, gazetteer, "2018-06-27")] == ["program"]


def test_a_fair_kept_up_for_years_and_its_opening_attended_are_no_new_record(gazetteer):
    text = ("하동군은 13일 중국 윈난성 푸얼시와 우호교류 협약을 체결했다고 14일 밝혔다.\n"
            "하동군은 2017년부터 푸얼시 국제차엑스포에 하동 차 홍보관을 운영해 왔으며, 방문단은 14일 푸얼 국제차엑스포 "
            "개막식에 참석한 뒤 15일 귀국한다.\n")
    assert [k[0] for k in _keys(text, gazetteer, "2019-05-14")] == ["friendship_city"]


def test_a_capitals_special_status_written_apart_is_no_place_of_its_own(gazetteer):
    text = "부산시장은 지난달 인도네시아 자카르타 특별주 주지사 대행과 스마트시티 협력 양해각서를 맺었다고 말했다.\n"
    assert _keys(text, gazetteer, "2024-12-02") == [("mou", 2024, ("kr-busan",), ("id-jakarta",))]


def test_a_performance_shown_at_an_anniversary_ceremony_is_no_exchange(gazetteer):
    text = ("대구시는 5일 시청에서 미국 애틀랜타시와의 자매결연 40주년 기념식을 열었다.\n"
            "이날 기념식에서 두 시장은 영상 축사를 교환했고, 애틀랜타 한인 합창단의 공연 영상이 상영됐다.\n")
    assert _keys(text, gazetteer, "2021-11-05") == []


def test_a_firms_contract_a_mayor_witnessed_is_no_tie_however_its_other_sentences_tell_it(gazetteer):
    text = ("포항 소재기업, 호주 리튬광산과 5년 장기공급 계약…포항시장 입회\n"
            "경북 포항의 소재기업 ㈜한빛케미칼과 호주 광산기업 '서던 리튬'이 리튬 정광 장기 공급 계약을 맺었다.\n"
            "포항시는 23일 시청에서 양사 대표가 공급 계약에 서명했으며, 포항시장과 주한 호주대사관 상무관이 입회했다고 "
            "24일 밝혔다.\n"
            "시는 계약 체결을 돕기 위해 지난 6월 호주 현지 기업설명회에 관계 공무원을 파견한 바 있다.\n")
    assert _keys(text, gazetteer, "2023-08-24") == []


def test_a_partners_tie_with_korean_governments_left_unnamed_is_not_the_articles(gazetteer):
    text = ("경남도는 8일 호주 퀸즐랜드주 무역투자청 대표단을 도청에서 만나 수소 산업 협력 방안을 논의했다.\n"
            "퀸즐랜드주는 올해 초 국내 일부 광역자치단체와 수소 협력 양해각서를 체결했다.\n")
    assert _keys(text, gazetteer, "2024-07-09") == []
    told = ("경남도가 호주 퀸즐랜드주와 수소 분야 협력 가능성을 타진했다.\n퀸즐랜드주는 이미 국내 일부 광역자치단체와 "
            "수소 협력 각서를 맺은 바 있어 경남도는 차별화된 협력 분야를 찾는다는 방침이다.\n")
    assert _keys(told, gazetteer, "2024-07-09") == []


def test_a_newsletters_bulleted_item_with_its_details_under_it_is_a_signing(gazetteer):
    text = ("경기도 국제협력 소식 2022년 12월호\n"
            "■ 경기도–캐나다 온타리오주, AI 산업 협력 MOU 체결\n"
            "  - 일시/장소: 11. 8.(화) / 토론토 온타리오주 의사당\n"
            "  - 서명: 경기도 경제부지사, 온타리오주 장관\n")
    assert _keys(text, gazetteer, "2022-12-01") == [("mou", 2022, ("kr-gyeonggi-do",), ("adm1-ca-ontario",))]


def test_a_tie_ended_a_tie_that_was_there_and_one_agreed_on_as_an_aim_are_no_new_tie(gazetteer):
    ended = "경남 거창군이 근로자 이탈이 잇따르자 필리핀 산티아고시와 맺은 계절근로자 협약을 끝내기로 했다.\n"
    assert _keys(ended, gazetteer, "2023-12-14") == []
    was = "○ 위원: 제주도는 일본 오사카부와는 예전에 우호 관계가 있었던 것으로 아는데요.\n"
    assert _keys(was, gazetteer, "2024-04-23") == []
    aim = "시장은 6일 튀르키예 부르사 광역시장을 만나 우호도시 관계를 맺자는 데 뜻을 모았다고 창원시가 밝혔다.\n"
    assert _keys(aim, gazetteer, "2025-04-14") == []


def test_a_question_reports_no_signing_unless_it_asks_about_news_it_tells(gazetteer):
    asked = ("제주도 국제협력국장은 8일 동안 일본 오사카부 등 세 나라를 다녀왔다.\n"
             "○ 위원: 국장님, 오사카부와 정식으로 체결한 우호협력 협약이 한 건이라도 있습니까?\n")
    assert _keys(asked, gazetteer, "2024-04-23") == []
    told = ("수원시가 프랑스 리옹시와 함께 지난 5일부터 리옹 시청에서 수원화성 특별 사진전을 열고 있다는 소식, "
            "들으셨나요?\n")
    assert [k[0] for k in _keys(told, gazetteer, "2016-09-08")] == ["exchange"]


def test_thirty_years_of_friendship_with_sister_cities_marked_is_no_new_tie(gazetteer):
    text = "포항시 대표단이 일본 후쿠야마시를 방문해 자매도시와의 30년 우정을 기념하고 새로운 교류 파트너 발굴에 나섰다.\n"
    assert _keys(text, gazetteer, "2024-11-11") == []


def test_a_korean_city_named_only_as_whose_sister_city_signs_abroad_is_no_side(gazetteer):
    text = ("전남 여수시의 오랜 자매도시인 일본 사가현 가라쓰시가 호주 태즈메이니아주 론서스턴시와 자매도시 협정을 맺었다.\n"
            "21일 현지 신문에 따르면 가라쓰시는 전날 시청에서 론서스턴시장이 참석한 가운데 자매도시 협정을 체결했다.\n")
    assert _keys(text, gazetteer, "2024-09-21") == []


def test_a_firms_contract_a_mayor_observed_is_no_tie(gazetteer):
    text = ("서산 대산산단 기업, 美 휴스턴 화학사와 2천억원 규모 공급계약…서산시장 참관\n"
            "\n(서산=연합뉴스) 이재혁 기자 = 충남 서산시 대산산단 입주 기업이 미국 휴스턴의 화학 기업과 원료 공급계약을 맺었다.\n"
            "서산시는 대산산단 소재 ㈜한빛화학이 지난 11일(현지시간) 미국 휴스턴에서 현지 화학사와 5년간 원료 공급계약을 "
            "체결했다고 13일 밝혔다.\n")
    assert _keys(text, gazetteer, "2024-06-13") == []
