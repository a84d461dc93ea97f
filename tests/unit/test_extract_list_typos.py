"""A misspelt country inside a list of countries, as press releases print them ('시악포르' for
싱가포르 in seed 004's member list), and what a near spelling is not enough for."""

from __future__ import annotations

import pytest

from geo.gazetteer import default_gazetteer
from partnerships.extract.clean import load_article
from partnerships.extract.list_typos import jamo, near
from partnerships.extract.places import find_places
from partnerships.extract.sentences import split


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("시악포르", "싱가포르", True),  # two letters swapped across a syllable
        ("말레이사아", "말레이시아", True),  # one letter changed
        ("우즈베키스턴", "우즈베키스탄", True),
        ("스페인", "스웨덴", False),
        ("프랑스", "프랑스", True),
    ],
)
def test_near_spellings(a, b, close):
    assert near(jamo(a), jamo(b)) is close


def _countries(text: str) -> list[str]:
    sentence = split(load_article(text.encode()))[0]
    return [p.id for p in find_places(sentence, default_gazetteer()) if p.kind == "country"]


def test_a_misspelt_member_between_two_countries_is_that_country():
    found = _countries("미국, 프랑스, 러시아, 말레이시아, 시악포르, 터키, 이스라엘 등 7개국 클러스터가 "
                       "회원으로 참여하고 있다.")
    assert "country-sg" in found and "country-tr" in found


@pytest.mark.parametrize(
    "text",
    [
        # not in a list of countries: a near spelling alone is no evidence
        "시악포르 대표단이 대구를 찾았다.",
        # a list, but the word's neighbours are not both countries
        "미국, 시악포르, 로봇 기업들이 참여했다.",
    ],
)
def test_a_near_spelling_outside_a_country_list_is_not_a_country(text):
    assert "country-sg" not in _countries(text)
