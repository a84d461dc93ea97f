"""A division is found under an id spelt after any of its English names, never under
another place's own id."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.place import Place
from geo.place_data import Entry, division_alias_ids


def test_a_division_alias_gives_an_id_spelt_after_it():
    assert division_alias_ids("adm1-xx-ost-mark", ["Ostmark", "Ostmark Province", ""]) == (
        "adm1-xx-ostmark",)
    assert division_alias_ids("xx-town", ["Other Town"]) == ()  # cities keep one id


def _place(pid: str, name: str) -> Place:
    return Place(pid, name, name, "XX", 0.0, 0.0, "region", "Somewhere", None)


def test_an_alias_never_shadows_a_place_of_that_id():
    gaz = Gazetteer([
        Entry(_place("adm1-xx-ost-mark", "Ost Mark"), former_ids=("adm1-xx-ostmark", "adm1-xx-west")),
        Entry(_place("adm1-xx-west", "West")),
    ])
    assert gaz.get("adm1-xx-ostmark").id == "adm1-xx-ost-mark"
    assert gaz.get("adm1-xx-west").name_en == "West"
    assert gaz.canonical_id("adm1-xx-west") == "adm1-xx-west"


def test_the_divisions_file_answers_to_local_spellings(gazetteer):
    assert gazetteer.canonical_id("adm1-cl-biobio") == "adm1-cl-bio-bio"
    assert gazetteer.get("adm1-id-jawa-tengah").name_en == "Central Java"
