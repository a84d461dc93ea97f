"""Korean places are named in the Revised Romanization (geo.place_data.mr_to_rr for the
GeoNames cities with no Hangul name; the Hangul's own romanization for the others)."""

from __future__ import annotations

import re

import pytest

from geo.place_data import mr_to_rr

# letters the Revised Romanization does not write, or writes otherwise at a word's start
# ('Siheung-si' is RR; 'Cheongsong gun' is GeoNames' spacing)
_NOT_RR = re.compile(r"[ŏŭŎŬ'’]|\bK(?=[aeiouwy])|\s(?:gun|si)$")


@pytest.mark.parametrize(("mr", "rr"), [
    ("Kimsan", "Gimsan"), ("Hwaŏn", "Hwaeon"), ("Ch'ŏngmun", "Cheongmun"),
    ("Kŭmdo-gun", "Geumdo"), ("Taegol si", "Taegol"), ("Pyŏlmae", "Pyeolmae"),
])
def test_mr_to_rr_rewrites_what_the_letters_tell(mr, rr):
    assert mr_to_rr(mr) == rr


def test_every_korean_place_name_is_rr_consistent(gazetteer):
    bad = [(p.id, p.name_en) for p in gazetteer if p.country == "KR"
           and p.kind not in ("venue", "country")
           and _NOT_RR.search(p.name_en)]
    assert bad == []
