"""A corrected place or date in a record's texts: whole names only."""

from __future__ import annotations

import pytest

from partnerships.retell import retell


@pytest.mark.parametrize(("text", "old", "new", "want"), [
    ("Seoul–York robotics MOU", "York", "Aalborg", "Seoul–Aalborg robotics MOU"),
    ("Seoul and New York signed an MOU", "York", "New York", "Seoul and New York signed an MOU"),
    ("Seoul–York MOU; York and Yorkshire", "York", "New York", "Seoul–New York MOU; New York and Yorkshire"),
    ("서울시와 오덴세시의 로봇 협약", "오덴세", "올보르", "서울시와 올보르시의 로봇 협약"),
    ("서울–오덴세 협약, 오덴세와 체결", "오덴세", "올보르", "서울–올보르 협약, 올보르와 체결"),
    ("바리스타 교육과 바리시 협약", "바리", "나폴리", "바리스타 교육과 나폴리시 협약"),
    ("투르크메니스탄과 투르의 협약", "투르", "리옹", "투르크메니스탄과 리옹의 협약"),
    ("Signed on 2024-05-27 (12024-05-270).", "2024-05-27", "2024-05-28", "Signed on 2024-05-28 (12024-05-270)."),
    ("Tours and Toursville", "Tours", "Lyon", "Lyon and Toursville"),
])
def test_only_whole_names_are_told_again(text, old, new, want):
    assert retell(text, old, new) == want


def test_nothing_to_tell_leaves_the_text():
    assert retell("Seoul–Odense MOU", "", "Aalborg") == "Seoul–Odense MOU"
    assert retell("Seoul–Odense MOU", "Odense", "Odense") == "Seoul–Odense MOU"
