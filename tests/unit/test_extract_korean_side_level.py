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
