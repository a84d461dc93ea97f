"""The Korean side at district and city level: a place named right after its metropolitan
city or province is that place; the parent only qualifies it."""

from __future__ import annotations

import pytest

from partnerships.extract import extract


def _sides(text: str, gazetteer) -> set[tuple[str, ...]]:
    found = extract(text, gazetteer=gazetteer, published="2025-06-11").candidates
    return {tuple(c["korean_places"]) for c in found}


@pytest.mark.parametrize(("text", "expected"), [
    # heldout2 g21: the Seoul district, not Seoul
    ("서울 금천구는 지난 8일 인도 벵갈루루시와 스타트업 진출 지원 업무협약을 체결했다.",
     {("kr-seoul-geumcheon-gu",)}),
    # heldout2 g19: Gwangju in Gyeonggi, not the metropolitan city of the same name
    ("경기 광주시는 지난 5일 뉴질랜드 타우랑가시와 자매결연 협약을 체결했다.",
     {("kr-gwangju-1841810",)}),
    ("경기도 광주시는 지난 5일 뉴질랜드 타우랑가시와 자매결연 협약을 체결했다.",
     {("kr-gwangju-1841810",)}),
    # unqualified, the metropolitan city stays the reading
    ("광주시는 지난 5일 브라질 쿠리치바시와 우호협력 협약을 체결했다.", {("kr-gwangju",)}),
])
def test_a_place_after_its_parent_is_the_side(gazetteer, text, expected):
    assert _sides(text, gazetteer) == expected


def test_a_name_told_apart_once_keeps_its_meaning_in_the_article(gazetteer):
    text = ("경기 광주시, 뉴질랜드 타우랑가시와 자매결연\n"
            "광주시는 지난 5일 시청에서 뉴질랜드 타우랑가시와 자매결연 협약을 체결했다.")
    assert _sides(text, gazetteer) == {("kr-gwangju-1841810",)}


def test_two_metropolitan_cities_side_by_side_are_not_parent_and_child(gazetteer):
    text = "서울 부산 두 도시는 지난 5일 일본 후쿠오카시와 관광 교류 업무협약을 체결했다."
    sides = _sides(text, gazetteer)
    assert sides and all("kr-seoul" in s and "kr-busan" in s for s in sides)


def test_a_parent_with_a_particle_is_a_party_not_a_qualifier(gazetteer):
    text = "경상남도는 창원시 기업들과 함께 일본 가와사키시와 업무협약을 맺었다."
    assert _sides(text, gazetteer) == {("kr-gyeongsangnam-do",)}


def test_korean_places_of_the_ceremony_guests_are_not_a_side(gazetteer):
    # heldout2 g16: 영암 locates the guests' industrial park
    text = ("전남도, 인도 타밀나두주와 조선·해양산업 협력 MOU\n"
            "전남도는 현지시간 10일 인도 첸나이에서 타밀나두주와 조선·해양산업 협력 업무협약을 "
            "체결했다고 12일 밝혔다.\n"
            "협약식에는 전남도 경제부지사와 타밀나두주 산업부 장관, 전남 영암 대불국가산업단지 입주 "
            "기업 대표 등 40여 명이 참석했다.")
    assert _sides(text, gazetteer) == {("kr-jeollanam-do",)}


def test_a_provincial_official_who_came_along_adds_no_record(gazetteer):
    # heldout2 g07: the county signed; the province's official only came along
    text = ("전남 신안군은 지난 17일 덴마크 에스비에르 시청에서 에스비에르시와 해상풍력 협력 "
            "업무협약을 체결했다고 밝혔다.\n"
            "협약식에는 신안군수와 에스비에르 시장 등 20여 명이 참석했으며, 전남도 해상풍력 담당 "
            "관계자도 동행했다.")
    assert _sides(text, gazetteer) == {("kr-sinan",)}
