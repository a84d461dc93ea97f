"""A district or county written after its metropolitan city is that district ('대구 남구'),
not the city; a name many cities share (동구, 중구) alone names none.  Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerships.extract import extract


def _records(text: str, gazetteer) -> list[tuple]:
    found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 4, 2)).candidates
    return sorted((c["type"], tuple(c["korean_places"]), tuple(c["partner_places"])) for c in found)


@pytest.mark.parametrize(("korean", "expected"), [
    ("대구 남구가", "kr-daegu-nam-gu"),
    ("인천광역시 서구는", "kr-incheon-seo-gu"),
    ("광주 북구는", "kr-gwangju-buk-gu"),
    ("대구시는", "kr-daegu"),  # the city itself
])
def test_a_district_after_its_city_is_the_side(gazetteer, korean, expected):
    text = f"{korean} 지난 1일 베트남 다낭시와 관광 교류 업무협약을 체결했다."
    assert _records(text, gazetteer) == [("mou", (expected,), ("vn-da-nang",))]


def test_a_district_of_another_city_is_not_taken(gazetteer):
    # 해운대구 belongs to Busan, not Daegu: no district is made up from the pair
    text = "대구 해운대구 관광객이 늘었다는 소식에 대구시는 지난 1일 베트남 다낭시와 업무협약을 체결했다."
    assert all("haeundae" not in k for r in _records(text, gazetteer) for k in r[1])


@pytest.mark.parametrize(("body", "expected"), [
    ("경북관광공사는", "kr-gyeongsangbuk-do"),  # a province's public body acts for the province
    ("대구테크노파크는", "kr-daegu"),
    ("청주문화재단은", "kr-cheongju-si"),  # a city's body, for the city
])
def test_a_public_body_acts_for_the_government_it_is_named_after(gazetteer, body, expected):
    text = f"{body} 지난 1일 베트남 다낭시와 관광 교류 업무협약을 체결했다."
    assert _records(text, gazetteer) == [("mou", (expected,), ("vn-da-nang",))]


def test_a_building_named_after_a_place_is_where_not_who(gazetteer):
    text = "경북관광공사는 지난 1일 포항컨벤션센터에서 베트남 다낭시와 관광 교류 업무협약을 체결했다."
    assert _records(text, gazetteer) == [("mou", ("kr-gyeongsangbuk-do",), ("vn-da-nang",))]
