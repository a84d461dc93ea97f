"""A follow-up story on an earlier agreement, a topic only raised, firms the paper masks, and a
site's name after a page title. The texts are written for the tests, on the patterns the blind
evaluation sets showed."""

from __future__ import annotations

from partnerships.extract import clean, extract, sentences
from partnerships.extract.groups.context import LazyPlaces
from tests.helpers.extraction import record_keys as _records


def test_a_tie_only_raised_in_talks_is_no_record(gazetteer):
    text = ("인천시 국제교류 담당관은 \"칭다오 쪽에서 우호도시 협정 얘기를 꺼냈지만 아직 구체적으로 합의한 건 "
            "없습니다\"라고 말했다.")
    assert _records(text, gazetteer, "2019-12-30") == []


def test_a_supply_contract_between_two_firms_the_paper_masks_is_theirs(gazetteer):
    text = ("대구시는 9일 미국 디트로이트에서 미시간주 경제개발공사와 미래차 협력 업무협약을 체결했다.\n"
            "같은 날 현지에서는 대구 부품사 C사와 미시간주 1차 협력사 D사가 2년간 800만달러 규모의 부품 공급 계약을 "
            "맺었다.")
    assert [k[0] for k in _records(text, gazetteer, "2022-06-13")] == ["mou"]


def test_a_bare_name_in_a_dashed_pair_is_the_division_the_article_names_with_its_suffix(gazetteer):
    article = clean.load_article("[협약 그 후] 대구-미시간 미래차 협약 3년…2단계 협약까지\n"
                                 "대구시는 지난 9일(현지시간) 디트로이트에서 미시간주 경제개발공사(MEDC)와 '미래 모빌리티 "
                                 "협력 확대 업무협약'을 체결했다.")
    places = LazyPlaces(sentences.split(article), gazetteer)
    assert [p.id for p in places[0]] == ["kr-daegu", "adm1-us-michigan"]


def test_a_bare_name_alone_in_a_quote_stays_no_place(gazetteer):
    text = ("충남도는 9일 독일 뮌헨에서 바이에른주 투자진흥청과 투자 협력 양해각서를 체결했다.\n"
            "도지사는 \"바이에른은 독일 경제의 심장\"이라며 \"유럽사무소가 진출 기지가 될 것\"이라고 말했다.")
    assert _records(text, gazetteer, "2018-10-11") == [("mou", 2018, ("kr-chungcheongnam-do",), ("adm1-de-bavaria",))]


def test_a_news_sites_name_after_the_title_is_no_party(gazetteer):
    text = ("부산-호찌민, 스마트시티 협약 체결 | 제주의소리\n"
            "부산시는 21일 호찌민시와 스마트시티 협력 업무협약을 체결했다고 22일 밝혔다.")
    (found,) = extract(text, gazetteer=gazetteer, published="2024-05-22").candidates
    assert found["korean_places"] == ["kr-busan"] and "부산-호찌민, 스마트시티 협약 체결" in found["evidence"]


def test_a_foreign_minister_met_in_his_capital_signs_for_his_country(gazetteer):
    text = ("산업부에 따르면 장관은 사우디 리야드에서 10일(현지시간) 압둘아지즈 빈 살만 에너지부 장관과 회담하고 "
            "'한-사우디 청정수소 협력 양해각서'에 서명했다.")
    assert _records(text, gazetteer, "2025-02-14") == [("mou", 2025, ("kr-sejong",), ("country-sa",))]


def test_that_year_is_the_year_the_paragraph_told_just_before(gazetteer):
    text = ("전북도는 7일 난징에서 농식품 수출상담회를 열었다.\n"
            "전북과 장쑤성의 인연은 1994년으로 거슬러 올라간다. 한중 수교 2년 만인 그해 10월, 전북도와 장쑤성은 "
            "자매결연을 맺었다.")
    assert not [k for k in _records(text, gazetteer, "2012-11-12") if k[0] == "sister_city"]  # 1994's: history


def test_a_saved_markdown_files_heading_marks_are_not_quoted(gazetteer):
    text = "# 김해시, 베트남 박닌성과 우호교류 협약\n\n## 본문\n\n김해시는 12일 베트남 박닌성과 우호교류 협약을 체결했다고 13일 밝혔다."
    (found,) = extract(text, gazetteer=gazetteer, published="2024-05-13").candidates
    assert not any(line.lstrip().startswith("#") for line in found["evidence"])
    assert "김해시, 베트남 박닌성과 우호교류 협약" in found["evidence"]


def test_a_prize_among_a_few_chosen_cities_is_no_running_total(gazetteer):
    text = ("시흥시는 지난 7일 중국 광저우시 광저우 국제컨벤션센터에서 열린 '제3회 광저우 국제도시혁신상' 시상식에서 "
            "최종 우수 도시 5곳에 선정돼 상을 받았다고 8일 밝혔다.")
    assert _records(text, gazetteer, "2016-12-08") == [("award", 2016, ("kr-siheung-si",), ("cn-guangzhou",))]


def test_a_korean_city_called_the_visitors_sister_city_is_no_new_tie(gazetteer):
    text = "독일 '환경수도'로 불리는 프라이부르크시 대표단이 자매도시 수원을 찾아 시장과 환담했다."
    assert _records(text, gazetteer, "2024-04-17") == []


def test_an_interviews_answer_naming_the_provinces_own_cities_signs_for_the_province(gazetteer):
    text = ("[만나봅시다] 배준혁 전남도 신재생에너지과장\n"
            "전라남도는 요즘 해상풍력을 이야기한다.\n"
            "― 에스비에르와는 어떤 합의를 했나.\n"
            "\"지난 3일 에스비에르 시청에서 에스비에르시와 해상풍력 산업 협력 의향서(LOI)에 서명했습니다. 목포나 신안, "
            "영광이 가야 할 길을 먼저 걸은 도시입니다.\"")
    assert _records(text, gazetteer, "2010-06-14") == [("loi", 2010, ("kr-jeollanam-do",), ("dk-esbjerg",))]


def test_a_councils_members_signing_their_own_deals_join_no_council(gazetteer):
    text = ("강남구는 29일 타슈켄트시와 우호교류 협약을 맺었다.\n"
            "이에 앞서 28일에는 강남구 의료관광 협의체 소속 병원 5곳이 타슈켄트의 민간 의료기관 3곳과 환자 송출 협약을 "
            "맺었다.")
    assert [k[0] for k in _records(text, gazetteer, "2018-08-31")] == ["friendship_city"]
