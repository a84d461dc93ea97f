"""Foreign divisions with no Hangul name are found by sound only where the text calls the word
a division (partnerships.extract.unspelt, Gazetteer.find_loanword(division=True)); the build
keeps each country's first level (scripts/build_divisions.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer
from geo.place import Place
from geo.place_data import Entry
from partnerships.extract.unspelt import division_stem, find_unspelt_division


def _place(pid: str, name_en: str, kind: str, name_ko: str = "") -> Entry:
    place = Place(id=pid, name_en=name_en, name_ko=name_ko or name_en, country="CA",
                  lat=0.0, lon=0.0, kind=kind, region="americas", geonames_id=None)
    return Entry(place, population=500_000 if kind == "city" else 0,
                 primary=[name_en, name_ko] if name_ko else [name_en])


@pytest.fixture
def small() -> Gazetteer:
    return Gazetteer([_place("adm1-ca-toronda", "Toronda", "region"),
                      _place("ca-marimba", "Marimba", "city", "마림바")])


@pytest.mark.parametrize(("word", "after", "stem"), [
    ("토론다주", "", "토론다"),
    ("토론다", " 주정부와", "토론다"),
    ("토론다", " 지역의", "토론다"),
    ("토론다", " 도청", "토론다"),
    ("토론다도", "", "토론다"),
])
def test_division_stem_needs_a_division_word(word, after, stem):
    assert division_stem(word, after) == stem


@pytest.mark.parametrize(("word", "after"), [
    ("토론다", " 시장"), ("토론다", "와"), ("토론다", " 도 참석"), ("평화도", ""), ("토론다", " 주요"),
])
def test_division_stem_declines_other_contexts(word, after):
    assert division_stem(word, after) is None


def test_unspelt_division_only_with_its_suffix(small):
    assert find_unspelt_division("토론다주", "", small, {}).id == "adm1-ca-toronda"
    assert find_unspelt_division("토론다", " 시장", small, {}) is None
    assert small.find_loanword("토론다") is None  # the bare name: no place


def test_division_lookup_matches_divisions_only(small):
    assert small.find_loanword("마림바", division=True) is None
    assert small.find_loanword("마림바").id == "ca-marimba"


def _builder():
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_divisions.py"
    spec = importlib.util.spec_from_file_location("build_divisions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_first_level_drops_second_level_types_and_korea():
    build = _builder()
    states = [{"iso3166_2": "IT-62", "type": "region", "latitude": "1", "longitude": "2"},
              {"iso3166_2": "IT-RM", "type": "metropolitan city", "latitude": "1", "longitude": "2"},
              {"iso3166_2": "", "type": "region", "latitude": "1", "longitude": "2"}]
    assert [s["iso3166_2"] for s in build.first_level(states, "IT")] == ["IT-62"]
    assert build.first_level(states, "KR") == []
