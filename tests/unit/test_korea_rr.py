"""Korean places are named in the Revised Romanization (geo.place_data.mr_to_rr for the
GeoNames cities with no Hangul name; the Hangul's own romanization for the others)."""

from __future__ import annotations

import re

import pytest

from geo.place_data import mr_to_rr, revised_romanization_id

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


@pytest.mark.parametrize(("old", "name", "new"), [
    ("kr-hanbuk", "Hanbuk", "kr-hanbuk"),          # already the RR spelling: kept
    ("kr-kosan", "Gosan", "kr-gosan"),             # McCune-Reischauer initial K
    ("kr-p-yongdo", "Pyeongdo", "kr-pyeongdo"),    # apostrophe and ŏ as the slug wrote them
    ("kr-hanbuk-si", "Hanbuk", "kr-hanbuk-si"),    # a suffix only: kept
    ("kr-hanbuk-1234567", "Hanbuk", "kr-hanbuk-1234567"),  # a disambiguating number: kept
])
def test_korean_ids_follow_the_revised_romanization(old, name, new):
    assert revised_romanization_id(old, name) == new


def test_every_korean_id_spells_its_rr_name_and_former_ids_still_work(gazetteer):
    for place in gazetteer:
        if place.country == "KR" and place.geonames_id and place.kind != "country":
            assert revised_romanization_id(place.id, place.name_en) == place.id, place.id
    assert gazetteer.aliases, "some GeoNames ids are McCune-Reischauer spellings"
    for former, now in gazetteer.aliases.items():
        assert former in gazetteer and gazetteer.get(former).id == now
        assert gazetteer.canonical_id(former) == now and former not in {p.id for p in gazetteer}


def test_a_places_file_row_with_a_former_id_overlays_the_renamed_place():
    from geo.place import Place
    from geo.place_data import Entry, merge

    base = [Entry(Place("kr-gosan", "Gosan", "고산", "KR", 35.0, 127.0, "city", "Eastern Asia", 1), former_ids=("kr-kosan",))]
    extra = [Entry(Place("kr-kosan", "Gosan", "고산군", "KR", 35.1, 127.1, "county", "Eastern Asia", None))]
    merged = merge(base, extra)
    assert [e.place.id for e in merged] == ["kr-gosan"] and merged[0].place.kind == "county"
