"""Agreements told inside longer pieces: a mayor's New Year interview on last year's signings, a
column on an MOU with a bare earlier '협약' beside it, a headline's second partner written after a
country in one Chinese character, and bidding to host an event, which is no event held."""

from __future__ import annotations

import pytest

from partnerships.extract.clean import load_article
from partnerships.extract.places import find_places
from partnerships.extract.sentences import split
from partnerships.extract.types import find_types, status
from tests.helpers.extraction import record_keys as _records


def test_a_new_year_interview_tells_last_years_signings_by_their_months(gazetteer):
    # the months are after January's publication date: last year's, told in the past tense
    text = ("[신년 인터뷰] 부산시장 \"글로벌 허브도시 원년\"\n"
            "입력 : 2026-01-05 18:30:00\n"
            "-지난해 국제협력 성과를 꼽는다면.\n"
            "\"먼저 4월에 네덜란드 로테르담시와 '스마트항만 협력 양해각서'를 맺었습니다.\"\n"
            "\"10월에는 케냐 몸바사 카운티 정부와 우호협력 협정을 체결했습니다.\"\n"
            "-엑스포 유치 실패 이후 국제교류가 위축될 것이란 우려가 있었다.\n"
            "\"몸바사와의 인연도 엑스포 유치 활동 때 처음 닿았습니다.\"\n")
    assert _records(text, gazetteer, "2026-01-05") == [
        ("friendship_city", 2025, ("kr-busan",), ("adm1-ke-mombasa",)),
        ("mou", 2025, ("kr-busan",), ("nl-rotterdam",)),
    ]


@pytest.mark.parametrize("text", ["몸바사와의 인연도 엑스포 유치 활동 때 처음 닿았습니다.",
                                  "부산은 박람회 유치전에서 아프리카 도시들과 가까워졌다."])
def test_bidding_to_host_an_event_is_no_event(text):
    sentence = split(load_article(text.encode()))[0]
    assert not [w for w in find_types(sentence) if w.type in ("forum", "exchange")]


def test_a_bare_agreement_of_an_earlier_year_with_no_partner_is_another_one(gazetteer):
    text = ("2014-07-14 (월)\n"
            "[데스크칼럼] 캐비닛 속 협약서\n"
            "지난 8일 춘천시장이 케냐 나이로비 시장과 '관광·스포츠 교류 협력 양해각서'에 서명했다.\n"
            "2009년 가을, 같은 접견실에서 춘천시는 동남아의 한 도시와 '관광교류 협약'을 맺었다.\n")
    assert _records(text, gazetteer, "2014-07-14") == [("mou", 2014, ("kr-chuncheon",), ("ke-nairobi",))]


def test_a_signing_they_will_look_into_is_no_signing():
    text = "양측은 실무진 협의를 통해 우선 우호협력 의향서 체결 가능성부터 살펴보기로 했다."
    sentence = split(load_article(text.encode()))[0]
    (letter,) = [w for w in find_types(sentence) if w.type == "loi"]
    assert status(sentence, letter) != "signed"


@pytest.mark.parametrize(("text", "place_id"), [
    ("해운대구, 호주 골드코스트와 우호협력 '재서명'…日 벳푸와 관광 MOU도", "jp-beppu"),
    ("中 청두 여행업계 대구 '팸투어'…단체관광 재개", "cn-chengdu"),
    ("일본 벳푸와 관광 MOU", "jp-beppu"),  # a city the tagger reads as a common noun, after its country
])
def test_a_city_after_its_country_is_found_however_the_country_is_written(text, place_id, gazetteer):
    assert place_id in {p.id for p in find_places(split(load_article(text.encode()))[0], gazetteer)}


def test_a_lone_chinese_character_that_means_among_is_no_country(gazetteer):
    assert find_places(split(load_article("그 中 하나가 남았다.".encode()))[0], gazetteer) == []


def test_two_bare_agreement_words_with_one_partner_in_a_sentence_are_one_signing(gazetteer):
    text = ("대구시, 핀란드 오울루시와 화상으로 스마트시티 협력 MOU\n"
            "대구시는 25일 핀란드 오울루시와 스마트시티 협력 업무협약을 화상으로 체결했다고 26일 밝혔다.\n"
            "이날 대구시장과 오울루 시장은 화면을 통해 인사를 나눈 뒤, 미리 교환한 협약서에 동시에 서명하고 "
            "서명본을 들어 보이는 방식으로 협약을 마무리했다.")
    assert _records(text, gazetteer, "2020-11-26") == [("mou", 2020, ("kr-daegu",), ("fi-oulu",))]


def test_a_foreign_districts_head_written_as_one_word_names_the_district(gazetteer):
    sentence = split(load_article("바양골구청장과 마포구청장이 서명했다.".encode()))[0]
    assert {p.id for p in find_places(sentence, gazetteer)} == {"mn-ulaanbaatar-bayangol", "kr-seoul-mapo-gu"}


def test_two_universities_by_their_short_names_sign_for_no_government(gazetteer):
    text = ("충북도, 캐나다 퀘벡주와 AI·바이오 협력 MOU\n"
            "충북대-몬트리올대 공동연구 협약도\n"
            "도는 10일(현지시간) 몬트리올에서 퀘벡주 경제혁신에너지부와 AI·바이오 산업 협력 업무협약을 체결했다고 "
            "12일 밝혔다.\n"
            "같은 날 충북대와 몬트리올대도 AI 신약개발 분야 공동연구 협약을 체결했다.")
    assert _records(text, gazetteer, "2026-02-12") == [("mou", 2026, ("kr-chungcheongbuk-do",), ("adm1-ca-quebec",))]


def test_the_letter_that_led_to_the_tie_raised_now_is_its_history(gazetteer):
    text = ("청도군, 中 장쑤성 관난현과 자매결연\n"
            "청도군은 지난 3일 군청 대강당에서 관난현과 자매결연 협정을 체결했다고 7일 밝혔다.\n"
            "청도군과 관난현은 지난해 9월 우호교류 의향서를 교환했으며, 이번에 정식 자매결연으로 관계를 격상했다.")
    assert _records(text, gazetteer, "2014-07-07") == [("sister_city", 2014, ("kr-cheongdo-gun",), ("cn-guannan",))]


@pytest.mark.parametrize(("text", "kind"), [
    ("9일 쑤저우시 청사에서 '자매결연 10주년 교류협력 갱신 협약'을 체결했다.", "sister_city"),
    ("17일 울란바타르시 대표단과 '마포구-울란바타르시 우호교류 갱신 협약'을 체결했다.", "friendship_city"),
])
def test_a_tie_signed_again_keeps_its_kind(text, kind):
    sentence = split(load_article(text.encode()))[0]
    assert [w.type for w in find_types(sentence)] == [kind]


def test_a_weekly_list_item_with_its_details_tells_a_signing(gazetteer):
    text = ("성동구 주간 소식\n"
            "등록일 2024.11.15\n"
            "1. 성동구, 핀란드 탐페레시와 스마트도시 협력 업무협약 체결\n"
            "- 정원오 성동구청장, 11일(현지시간) 탐페레 시청에서 탐페레시 부시장과 업무협약 체결\n"
            "2. 성수동 카페거리 겨울 축제\n"
            "- 12월 6일~8일 공연 운영 예정\n")
    assert _records(text, gazetteer, "2024-11-15") == [("mou", 2024, ("kr-seoul-seongdong-gu",), ("fi-tampere",))]


def test_a_side_bars_numbered_titles_tell_no_signing(gazetteer):
    text = ("창원 방산 수출 사상 최대\n"
            "입력 2026.01.05\n"
            "창원시는 지난해 방산 수출이 사상 최대를 기록했다고 5일 밝혔다.\n"
            "[많이 본 기사]\n"
            "1. 창원 방산 수출 사상 최대\n"
            "2. 김해시, 중국 우한시와 물류 협력 MOU 체결\n"
            "3. 거제 조선업 인력난 여전\n")
    assert _records(text, gazetteer, "2026-01-05") == []


def test_a_declaration_signed_by_several_keeps_them_all_when_its_caption_came_first(gazetteer):
    text = ("창원 국제수소포럼서 4개 도시 공동선언\n"
            "입력 : 2022-10-28\n"
            "[사진] 27일 창원컨벤션센터에서 열린 포럼에서 창원시장과 해외 도시 대표들이 '수소도시 공동선언문'에 서명한 뒤 "
            "기념촬영을 하고 있다.\n"
            "창원시는 27일 창원컨벤션센터에서 열린 포럼 개막식에서 영국 애버딘시, 네덜란드 흐로닝언시, 일본 기타큐슈시 "
            "대표와 함께 '수소도시 공동선언문'을 채택하고 서명했다.")
    (declaration,) = [r for r in _records(text, gazetteer, "2022-10-28") if r[0] == "declaration"]
    assert set(declaration[3]) == {"gb-aberdeen", "nl-groningen", "jp-kitakyushu"}


def test_the_city_a_district_is_the_centre_of_is_no_side(gazetteer):
    """'강남이 서울의 경제 중심이듯': the district's mayor compares; Seoul signed nothing (heldout135)."""
    text = ("[인터뷰] 맹정호 강남구청장 \"베이징 시청구와 손잡은 건 시작일 뿐\"\n2008/07/07\n"
            "- 지난달 중국 베이징 시청구와 우호교류 협정을 맺었는데.\n"
            "\"6월 중순에 제가 직접 베이징에 가서 시청구청장과 협정서에 서명했습니다. 강남이 서울의 경제 중심이듯 "
            "비슷한 성격의 도시와 손을 잡은 겁니다.\"")
    assert [k[2] for k in _records(text, gazetteer, "2008-07-07")] == [("kr-seoul-gangnam-gu",)]


@pytest.mark.parametrize("tie", ["쿠리치바시는 수원시의 오랜 자매도시로, 이번 협약은 자매결연 이후 처음으로 특정 분야에 "
                                 "초점을 맞춘 실무 협약입니다.",
                                 "쿠리치바시는 수원시의 기존 자매도시다."])
def test_a_long_standing_tie_named_beside_a_new_working_agreement_is_no_new_tie(tie, gazetteer):
    """heldout135's newsletter: the sister city signs a working MOU; the tie is told as what it is."""
    text = ("수원시는 10월 7일 수원을 방문한 브라질 쿠리치바시 대표단과 '교통 및 생태 도시계획 협력 업무협약'을 "
            f"맺었습니다.\n{tie}")
    assert [k[0] for k in _records(text, gazetteer, "2015-11-02")] == ["mou"]


def test_a_year_review_names_fields_of_work_and_an_event_marking_a_tie(gazetteer):
    """'… 자매도시 문화교류, 신규 우호도시 개척에서 고른 성과를 거뒀다': fields of the year's work; '자매결연
    기념 문화교류전을 열었다': an exchange marking the tie (heldout138)."""
    text = ("포항시가 올 한 해 북방물류 협력과 자매도시 문화교류, 신규 우호도시 개척에서 고른 성과를 거뒀다고 20일 밝혔다.\n"
            "시는 지난 4월 중국 지린성 훈춘시와 '국제물류 협력 양해각서'를 체결했다.\n"
            "8월에는 자매도시인 일본 히로시마현 후쿠야마시에서 '포항-후쿠야마 자매결연 기념 문화교류전'을 열었다.")
    assert sorted(k[0] for k in _records(text, gazetteer, "2018-12-20")) == ["exchange", "mou"]
