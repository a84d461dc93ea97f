"""Foreign divisions no one spells in Hangul, found by the consonants of their Latin names;
a division suffix on a name that is also a country; a capital named only as where a
division signed.  Invented sentences, none taken from the evaluation sets."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.names import consonant_keys, romanize
from partnerships.extract import extract


@pytest.mark.parametrize(("hangul", "latin"), [
    ("매니토바", "Manitoba"), ("뉴브런즈윅", "New Brunswick"), ("태즈메이니아", "Tasmania"),
    ("앨버타", "Alberta"), ("브리티시컬럼비아", "British Columbia"), ("노바스코샤", "Nova Scotia"),
])
def test_a_loanword_keeps_the_consonants_of_its_latin_name(hangul, latin):
    assert consonant_keys(romanize(hangul)) & consonant_keys(latin)


@pytest.mark.parametrize(("hangul", "latin"), [("매니토바", "Mombasa"), ("앨버타", "Ontario")])
def test_other_names_have_other_consonants(hangul, latin):
    assert not consonant_keys(romanize(hangul)) & consonant_keys(latin)


def test_a_division_found_by_consonants_in_the_country_named(gazetteer):
    assert gazetteer.find_division_by_consonants("매니토바", country="CA").id == "adm1-ca-manitoba"
    assert gazetteer.find_division_by_consonants("매니토바", country="AU") is None
    # two consonants say too little without a country
    assert gazetteer.find_division_by_consonants("이란") is None


def _records(text: str, gazetteer) -> list[tuple]:
    found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 3, 10)).candidates
    return sorted((c["type"], c["year"], tuple(c["korean_places"]), tuple(c["partner_places"]))
                  for c in found)


def test_an_unspelt_province_is_the_partner(gazetteer):
    assert _records("강릉시는 지난 3일 캐나다 매니토바주와 관광 교류 업무협약을 체결했다.", gazetteer) == [
        ("mou", 2025, ("kr-gangneung",), ("adm1-ca-manitoba",))]


def test_the_capital_where_a_province_signed_is_not_the_partner(gazetteer):
    text = ("강릉시는 지난 3일 캐나다 매니토바주 주도 위니펙의 주의회 의사당에서 매니토바주 정부와 관광 "
            "교류 업무협약을 체결했다고 5일 밝혔다.\n매니토바주는 캐나다 중부의 곡창지대다.\n"
            "협약에는 관광객 상호 유치와 축제 교류 등이 담겼다.")
    assert _records(text, gazetteer) == [("mou", 2025, ("kr-gangneung",), ("adm1-ca-manitoba",))]


def test_a_division_suffix_on_a_country_name_names_the_division(gazetteer):
    text = "강릉시는 지난 3일 대만 이란현 정부와 서핑 교류 협약을 맺었다."
    assert _records(text, gazetteer) == [("mou", 2025, ("kr-gangneung",), ("adm1-tw-yilan",))]


def test_a_city_name_with_a_division_suffix_names_the_division(gazetteer):
    text = "강릉시는 지난 3일 태국 치앙마이주 관광사무소와 관광 교류 업무협약을 체결했다."
    assert _records(text, gazetteer) == [("mou", 2025, ("kr-gangneung",), ("adm1-th-chiang-mai",))]


def test_an_unspelt_city_right_after_its_country_and_called_a_place(gazetteer):
    assert gazetteer.find_city_by_consonants("델프트", country="NL").id == "nl-delft"
    text = "강릉시는 지난 3일 네덜란드 델프트에 있는 물류연구소와 업무협약을 체결했다."
    assert _records(text, gazetteer) == [("mou", 2025, ("kr-gangneung",), ("nl-delft",))]


def test_an_unspelt_name_not_called_a_place_stays_unread(gazetteer):
    # a company after its country is no city, however it sounds
    text = "강릉시는 지난 3일 네덜란드 델프트와 업무협약을 체결했다."
    assert all("nl-delft" not in r[3] for r in _records(text, gazetteer))
