"""Vietnamese names in Hangul by the Korean standard, and the gazetteer finding a Vietnamese city
GeoNames names only in Vietnamese ('Cần Thơ') by that spelling."""

from __future__ import annotations

import pytest

from geo.vietnamese import hangul_spellings


@pytest.mark.parametrize(("name", "standard"), [
    ("Cần Thơ", "껀터"), ("Bình Dương", "빈즈엉"), ("Thái Nguyên", "타이응우옌"), ("Quảng Ninh", "꽝닌"),
    ("Đà Nẵng", "다낭"), ("Huế", "후에"), ("Hội An", "호이안"), ("Hải Phòng", "하이퐁"), ("Bắc Ninh", "박닌"),
    ("Hưng Yên", "흥옌"), ("Vũng Tàu", "붕따우"), ("Quy Nhơn", "꾸이년"), ("Nghệ An", "응에안"),
    ("Hồ Chí Minh", "호찌민"), ("Thành phố Cần Thơ", "껀터"), ("Thanh Hóa", "탄호아"),
])
def test_the_standard_spelling_is_among_those_offered(name, standard):
    assert standard in hangul_spellings(name)


def test_tense_first_consonants_are_also_offered_aspirated():
    assert hangul_spellings("Vũng Tàu") == {"붕따우", "붕타우"}
    assert hangul_spellings("Hội An") == {"호이안"}


@pytest.mark.parametrize("name", ["Can Tho", "Nha Trang", "São Paulo", "Ñandú Xyz"])
def test_plain_latin_or_other_languages_give_nothing(name):
    assert hangul_spellings(name) == set()


@pytest.mark.parametrize(("word", "place_id"), [("껀터시", "vn-can-tho"), ("컨터", "vn-can-tho"),
                                                 ("꾸이년시", "vn-qui-nhon"), ("붕타우", "vn-vung-tau")])
def test_a_city_found_by_its_korean_spelling_in_vietnam(word, place_id, gazetteer):
    found = gazetteer.find_sounding(word, country="VN")
    assert found is not None and found.id == place_id
    assert gazetteer.find_sounding(word, country="NO") is None  # only where the country is named
