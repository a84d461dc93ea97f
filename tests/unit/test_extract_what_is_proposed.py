"""What the reader proposes and what it leaves out with a reason: a ministry named with its
initials or joined by '와도', a clause closed by '… 데 이어', a short foreign name in the country
the sentence names, a domestic record, and a centre founded together that opens."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign ministry with its initials in brackets ('농업부(MoA) 차관과')
        ("해양수산부는 3일 인도네시아 자카르타에서 인도네시아 해양수산부(KKP) 차관과 수산 협력 양해각서를 체결했다.",
         [("mou", 2025, ("kr-sejong",), ("country-id",))]),
        # a second ministry joined by '와도' after the first (a guard: read before as well)
        ("산업통상자원부는 3일 베트남 산업무역부와 에너지 협력 MOU를 맺었다. 이어 5일 라오스 에너지광업부와도 "
         "에너지 협력 MOU를 맺었다.",
         [("mou", 2025, ("kr-sejong",), ("country-la",)), ("mou", 2025, ("kr-sejong",), ("country-vn",))]),
    ],
)
def test_a_ministry_abroad_as_written(text, expected, gazetteer):
    assert _records(text, gazetteer, "2025-06-09") == expected


def test_a_clause_closed_by_de_ieo_keeps_its_own_place(gazetteer):
    # '… 상담회를 연 데 이어, … 사마린다에서 …': the consultation was where its own clause says
    text = ("충청남도 시장개척단은 지난 2일 마닐라 한 호텔에서 수출상담회를 연 데 이어, 4일 세부에서 세부주 정부와 "
            "농식품 교류 의향서에 서명했다.")
    found = _records(text, gazetteer, "2025-06-09")
    assert ("roadshow", 2025, ("kr-chungcheongnam-do",), ("ph-manila",)) in found
    assert all(k[3] != ("ph-manila",) for k in found if k[0] == "loi")


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a two-syllable name whose Latin key is three letters, in the country the text names
        ("강릉시는 12일 모로코 페스시와 우호협력 협약을 체결했다.", "ma-fes"),
    ],
)
def test_a_short_name_in_the_country_named(text, partner, gazetteer):
    assert [k[3] for k in _records(text, gazetteer, "2025-06-09")] == [(partner,)]


def test_without_its_country_a_short_name_is_no_place(gazetteer):
    assert _records("강릉시는 12일 페스시와 우호협력 협약을 체결했다.", gazetteer, "2025-06-09") == []


def test_a_domestic_record_is_left_out_with_the_reason(gazetteer):
    text = "수원시는 16일 팔달구 인계동에 청년 창업공간 3호점을 개소했다."
    found = extract(text, gazetteer=gazetteer, published="2025-06-09")
    assert found.candidates == []
    assert any("no partner abroad" in d for d in found.dropped)
    assert "with no partner abroad" in found.reason


def test_a_centre_founded_together_and_opened_is_one_institution(gazetteer):
    text = ("경상남도-탄자니아 도도마시, 직업훈련센터 함께 세웠다\n"
            "- 15일 도도마시에서 개소…도·도도마시 공동 설립\n"
            "경상남도는 탄자니아 도도마시와 공동으로 설립한 '경남-도도마 직업훈련센터'가 15일 도도마시에서 문을 열었다고 "
            "밝혔다.\n"
            "개소식에는 경상남도 국제관계대사와 도도마시 부시장 등 100여 명이 참석했다.")
    assert _records(text, gazetteer, "2025-06-16") == [
        ("institution", 2025, ("kr-gyeongsangnam-do",), ("tz-dodoma",))]


def test_what_the_agreement_holds_is_no_agreement_of_its_year(gazetteer):
    # '협약에 따라 … 2024년 관광의 해 공동 운영': a year of what was agreed, beside an old tie told as history
    text = ("광주시는 5일 일본 센다이시와 관광 협력 업무협약을 체결했다고 6일 밝혔다.\n"
            "두 도시는 2001년 10월 자매결연을 맺은 이후 청소년 교류를 이어왔다.\n"
            "협약에 따라 양 도시는 ▲항공 노선 확대 ▲2026년 '광주-센다이 관광의 해' 공동 운영 등에 힘을 모으기로 했다.")
    assert _records(text, gazetteer, "2025-12-06") == [("mou", 2025, ("kr-gwangju",), ("jp-sendai",))]


def test_a_field_friendship_mou_is_an_mou(gazetteer):
    text = "제주도는 12일 베트남 다낭시와 '관광·교육 분야 우호협력 업무협약'을 체결했다."
    assert _records(text, gazetteer, "2025-06-13") == [("mou", 2025, ("kr-jeju-do",), ("vn-da-nang",))]


def test_a_headline_naming_where_it_was_signed_is_the_same_signing(gazetteer):
    # the headline names the city of the ceremony; the body, the province that signed there
    text = ("제천시, 베트남 하노이서 농업 협력 협약\n"
            "(제천=뉴스1) 김민수 기자 | 2025-09-18 11:02 송고\n"
            "제천시는 전날 베트남 하노이 시내 한 호텔에서 흥옌성 인민위원회와 농업 협력 업무협약을 체결했다고 18일 밝혔다.")
    assert _records(text, gazetteer, "2025-09-18") == [
        ("mou", 2025, ("kr-jecheon-si",), ("adm1-vn-hung-yen",))]


def test_a_mission_told_over_two_cities_then_each(gazetteer):
    text = ("전라남도는 무역사절단을 지난 10일부터 16일까지 태국 방콕과 베트남 호찌민에 파견했다고 17일 밝혔다.\n"
            "사절단은 11일 방콕의 한 호텔에서 현지 바이어 40개사와 수출상담회를 열었다.\n"
            "이어 14일에는 호찌민에서 바이어 35개사와 상담회를 열었다.")
    found = _records(text, gazetteer, "2025-06-17")
    assert [k[3] for k in found] == [("th-bangkok",), ("vn-ho-chi-minh-city",)]


def test_related_headlines_under_a_bulleted_marker_are_no_news(gazetteer):
    text = ("전라남도는 11일 태국 방콕에서 수출상담회를 열었다고 12일 밝혔다.\n"
            "▶ 관련기사\n"
            "전라남도, 일본 도쿄서 뷰티 수출상담회 개최 (2025-03-14)")
    assert _records(text, gazetteer, "2025-06-12") == [("roadshow", 2025, ("kr-jeollanam-do",), ("th-bangkok",))]


def test_the_headline_and_lead_sum_up_the_signing_told_below(gazetteer):
    text = ("영동 포도, 미국 수출길…200만 달러 수출계약 체결\n"
            "영동=이진우 기자 | 입력 2025.01.22 18:10\n"
            "영동군이 미국 현지 유통업체와 대규모 포도 수출계약을 맺고 북미 시장 공략에 나섰다.\n"
            "영동군은 21일 군청에서 미국 현지 수입업체 K사와 '영동 포도 대미 수출계약'을 체결했다고 22일 밝혔다.")
    found = extract(text, gazetteer=gazetteer, published="2025-01-22").candidates
    assert [(c["type"], c["date"]) for c in found] == [("contract", "2025-01-21")]


def test_a_university_named_with_its_initials_signs_for_itself(gazetteer):
    text = ("[경남일보] 경상국립대학교(GNU)는 27일 가좌캠퍼스에서 태국 치앙마이대학교와 공동연구 업무협약(MOU)을 "
            "체결했다고 28일 밝혔다.\n이날 협약식에는 진주시 농업기술센터 관계자도 참석했다.")
    assert _records(text, gazetteer, "2025-03-28") == []


def test_a_date_in_the_word_own_clause_dates_it(gazetteer):
    # '지난 2019년 … 의향서를 교환한 바 있으며, 올해 하반기 …': the letter is of 2019 (history), not of this year
    text = ("한편 영월군은 지난 2019년 베트남 닌빈성과 교류 의향서를 교환한 바 있으며, 올해 하반기 닌빈성 대표단의 "
            "방문을 추진하고 있다.")
    found = extract(text, gazetteer=gazetteer, published="2025-03-10")
    assert found.candidates == []
    assert any(d.startswith("loi of 2019") for d in found.dropped)


def test_a_headline_of_two_parts_tells_one_signing(gazetteer):
    text = ("전남도, 日 오이타현과 관광 MOU…자매결연 20년 만에 첫 관광 협약\n"
            "전남도는 지난 3일 도청에서 오이타현 지사와 관광 협력 업무협약을 체결했다고 6일 밝혔다.")
    found = extract(text, gazetteer=gazetteer, published="2025-04-07").candidates
    assert [(c["type"], c["date"]) for c in found] == [("mou", "2025-04-03")]


def test_a_release_dated_with_a_two_digit_year(gazetteer):
    text = ("해양수산부 보도자료\n"
            "보도시점  '24.3.5.(화) 조간      배포  '24.3.4.(월)\n"
            "해양수산부는 3월 4일(현지시간) 인도네시아 자카르타에서 인도네시아 해양수산부와 수산 협력 양해각서를 체결했다고 밝혔다.")
    found = extract(text, gazetteer=gazetteer)
    assert found.published == "2024-03-05"
    assert [(c["type"], c["date"]) for c in found.candidates] == [("mou", "2024-03-04")]


@pytest.mark.parametrize("subject", ["환경부(장관 ○○○)는", "환경부는", "환경부 차관(왼쪽)과 탄자니아 수자원부 장관이"])
def test_a_korean_ministry_as_the_subject_is_the_korean_side(subject, gazetteer):
    text = (f"다시 도약하는 대한민국, 함께 잘 사는 국민의 나라\n"
            f"{subject} 4일(현지시간) 탄자니아 도도마에서 탄자니아 수자원부와 물관리 협력 양해각서를 체결했다.\n"
            "오는 6월 서울에서 한-아프리카 정상회의가 열린다.")
    assert [k[2] for k in _records(text, gazetteer, "2024-03-05")] == [("kr-sejong",)]


def test_the_people_met_are_no_second_organisation(gazetteer):
    # '회장단과', '관계자들과': who signed for the chamber, in the body and in a caption: one MOU
    text = ("□ 서초구청장은 10일 두바이 상공회의소를 찾아 회장단과 '중소기업 중동 진출 협력 업무협약(MOU)'을 체결했다.\n"
            "[사진1] 구청장(왼쪽 네번째)이 10일 두바이 상공회의소에서 관계자들과 업무협약을 체결한 뒤 기념촬영을 하고 있다.")
    assert _records(text, gazetteer, "2025-02-13") == [("mou", 2025, ("kr-seoul-seocho-gu",), ("ae-dubai",))]


@pytest.mark.parametrize("headline", ["[기획] 청주-가나자와 자매결연 20년…'한지와 금박'이 이어온 우정",
                                      "청주시와 가나자와시, 자매결연을 맺은 지 올해로 20년"])
def test_a_feature_on_a_tie_age_has_no_record(headline, gazetteer):
    text = (f"{headline}\n2022.08.22  ○○○ 기자\n"
            "청주시와 일본 가나자와시가 자매결연을 맺은 지 올해로 20년을 맞았다. 두 도시는 공예를 매개로 우정을 쌓아 왔다.")
    assert _records(text, gazetteer, "2022-08-22") == []


def test_a_page_stamp_written_out_in_korean(gazetteer):
    text = ("남도일보미디어 | 2023년 06월 09일(금) 11:20\n"
            "전남도는 지난 7일 베트남 다낭시와 관광 교류 업무협약을 맺었다고 9일 밝혔다.")
    found = extract(text, gazetteer=gazetteer)
    assert found.published == "2023-06-09"
    assert [(c["type"], c["date"]) for c in found.candidates] == [("mou", "2023-06-07")]


def test_a_latin_name_with_a_short_first_word(gazetteer):
    text = "전남도 경제부지사는 7일 베트남 중부 Da Nang시 인민위원회를 찾아 Da Nang시와 관광 교류 업무협약을 맺었다."
    assert _records(text, gazetteer, "2023-06-09") == [("mou", 2023, ("kr-jeollanam-do",), ("vn-da-nang",))]


@pytest.mark.parametrize("line", [
    "상담회 현장에서는 완도의 한 수산가공업체와 호찌민 대형 유통업체가 판매 대행 MOU를 맺었다.",
    "이날 현장에서는 기업 간 MOU 3건도 체결됐다.",
])
def test_firms_signing_with_each_other_are_not_the_province(line, gazetteer):
    text = "전남도는 지난 5일 베트남 호찌민에서 농수산식품 수출상담회를 열었다고 9일 밝혔다.\n" + line
    assert _records(text, gazetteer, "2023-06-09") == [
        ("roadshow", 2023, ("kr-jeollanam-do",), ("vn-ho-chi-minh-city",))]


def test_this_event_again_is_the_event_told(gazetteer):
    text = ("전남도는 지난 5일 베트남 호찌민에서 농수산식품 수출상담회를 열었다고 9일 밝혔다.\n"
            "이번 상담회에는 완도산 김·전복 등 수산가공품이 나와 좋은 반응을 얻었다.")
    assert _records(text, gazetteer, "2023-06-09") == [
        ("roadshow", 2023, ("kr-jeollanam-do",), ("vn-ho-chi-minh-city",))]


def test_an_upgrade_leaves_the_old_tie_behind(gazetteer):
    text = "○ 부산광역시는 11일 시청에서 알마티시와 자매도시 협정을 체결하고, 양 도시의 관계를 우호도시에서 자매도시로 한 단계 격상했다."
    assert _records(text, gazetteer, "2024-06-12") == [("sister_city", 2024, ("kr-busan",), ("kz-almaty",))]


def test_the_headline_sums_up_the_signing_of_two_korean_sides(gazetteer):
    text = ("경북도·구미시, 베트남 박닌성과 반도체 협력 MOU\n"
            "등록 2025.10.26 09:12:37\n"
            "경북도는 경북지사와 구미시장이 지난 24일(현지시간) 박닌성 인민위원회 청사에서 박닌성 인민위원장과 "
            "'반도체 산업 협력 업무협약'을 체결했다고 26일 밝혔다.\n"
            "이번 협약은 도와 시, 박닌성이 함께 서명한 3자 협약이다.")
    found = extract(text, gazetteer=gazetteer).candidates
    assert [(c["type"], c["date"], sorted(c["korean_places"])) for c in found] == [
        ("mou", "2025-10-24", ["kr-gumi", "kr-gyeongsangbuk-do"])]
    assert "경북도·구미시, 베트남 박닌성과 반도체 협력 MOU" in found[0]["evidence"]


def test_events_counted_are_a_running_total(gazetteer):
    text = ("대구시는 10일 시청에서 중국 청두시 대표단을 맞았다.\n"
            "지난해까지 청두에서 열린 대구 기업 수출상담회는 모두 9차례로, 누적 상담액은 1억 달러에 이른다.")
    assert _records(text, gazetteer, "2023-06-12") == []


def test_compatriots_and_a_consul_who_came_are_no_party(gazetteer):
    text = ("[보도자료] 우즈베키스탄·카자흐스탄 고려인 동포 정착 지원 협약\n"
            "광산구는 11일 구청 상황실에서 (사)고려인마을 등 4개 기관과 '고려인 동포 정착 지원 업무협약'을 체결했다고 밝혔다.\n"
            "주광주 우즈베키스탄 명예영사도 참석해 협약을 축하했다.")
    assert _records(text, gazetteer, "2025-03-11") == []


def test_a_roadshow_is_held_in_the_city_not_its_province(gazetteer):
    text = ("충남도는 21일 인도네시아 서자바주와 우호교류 협약을 체결했다.\n"
            "이어 도는 22일 서자바주 주도인 Bandung 시내 호텔에서 도내 기업 15개사가 참가한 수출상담회를 열었다.")
    found = _records(text, gazetteer, "2024-05-23")
    assert ("roadshow", 2024, ("kr-chungcheongnam-do",), ("id-bandung",)) in found


def test_a_prize_a_resident_won_is_not_the_city_award(gazetteer):
    text = ("광주 북구는 관내 주민 서정란(67)씨가 미국 비영리재단이 수여하는 '2024 국제자원봉사상'을 수상했다고 10일 밝혔다.\n"
            "시상식은 지난 6일(현지시간) 미국 워싱턴DC에서 열렸으며, 서씨는 아시아 지역 수상자 3명 중 한 명으로 선정됐다.")
    assert _records(text, gazetteer, "2024-12-10") == []


def test_a_related_link_with_its_date_is_page_furniture(gazetteer):
    text = ("대구시는 지난 8일 멕시코 과달라하라 시청에서 과달라하라 시장과 공동선언문에 서명했다고 10일 밝혔다.\n"
            "▶ 대구시, 칠레 산티아고서 의료관광 설명회 개최 (2022.10)")
    assert [k[3] for k in _records(text, gazetteer, "2023-11-10")] == [("mx-guadalajara",)]


def test_a_foreign_government_as_subject_is_no_korean_ministry():
    from partnerships.extract.groups.parties import _NATIONAL_SUBJECT

    assert _NATIONAL_SUBJECT.search("□ 환경부(장관 ○○○)는 4일 협약을 체결했다")
    assert not _NATIONAL_SUBJECT.search("베트남 정부는 15일 협약을 체결했다")


def test_talks_on_when_to_sign_are_no_signing(gazetteer):
    text = ("수원시는 치앙마이시 부시장을 단장으로 한 대표단이 14일 시청을 방문해 이재준 시장과 만나 우호도시 협정 "
            "체결 일정과 협력 분야를 논의했다고 15일 밝혔다.")
    assert _records(text, gazetteer, "2025-07-15") == []


@pytest.mark.parametrize("line", [
    "[속보] 충남도, 中 허베이성과 미세먼지 공동대응 MOU(29일 스좌장) · 대전시, 日 삿포로 '관광 설명회' 개최(28일) · "
    "청주시, 美 벨뷰시와 자매결연 20주년",
    "· 화성시, 베트남 박닌성과 우호교류 협정 체결 (07.11)",
])
def test_other_stories_headlines_on_the_page_are_no_records(gazetteer, line):
    text = f"세종시·대전시, BRT 광역 연계 업무협약 체결\n{line}\n이춘희 세종시장과 권선택 대전시장은 29일 세종시청에서 " \
           "'BRT 광역 연계 운행을 위한 업무협약'을 체결했다."
    assert _records(text, gazetteer, "2017-08-29") == []
