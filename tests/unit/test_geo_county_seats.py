"""A Korean county seat that GeoNames lists as a town is the county: one place, two ids; a Japanese
town with no Hangul name in GeoNames gets the standard spelling of its romanised name."""

from __future__ import annotations

from geo.county_seats import fold_county_seats
from geo.gazetteer import default_gazetteer
from geo.place import Place
from geo.place_data import Entry


def _entry(pid: str, kind: str, country: str = "KR", population: int = 0) -> Entry:
    place = Place(id=pid, name_en=pid, name_ko=pid, country=country, lat=35.0, lon=127.0, kind=kind,
                  region="Eastern Asia", geonames_id=None)
    return Entry(place, population, primary=[pid])


def test_a_town_named_like_a_county_is_folded_into_it():
    got = fold_county_seats([_entry("kr-gochang", "city", population=9000), _entry("kr-gochang-gun", "county"),
                             _entry("kr-yesan", "city"), _entry("jp-x", "city", "JP"), _entry("jp-x-gun", "county", "JP")])
    by_id = {e.place.id: e for e in got}
    assert set(by_id) == {"kr-gochang-gun", "kr-yesan", "jp-x", "jp-x-gun"}
    county = by_id["kr-gochang-gun"]
    assert county.former_ids == ("kr-gochang",) and county.population == 9000
    assert county.primary == ["kr-gochang-gun", "kr-gochang"]


def test_the_bundled_gazetteer_has_one_place_per_county():
    gaz = default_gazetteer()
    for town in ("kr-gochang", "kr-buan", "kr-changnyeong"):
        assert gaz.canonical_id(town) == f"{town}-gun"
        assert gaz.get(town).kind == "county"
    assert [p.id for p in gaz.matches("고창")] == ["kr-gochang-gun"]
    assert sum(p.id in ("kr-gochang", "kr-gochang-gun") for p in gaz) == 1


def test_a_japanese_town_geonames_gives_no_hangul_is_written_by_the_korean_standard():
    gaz = default_gazetteer()
    assert gaz.get("jp-munakata").name_ko == "무나카타"  # GeoNames has no Hangul name for it
    assert gaz.get("jp-hofu").name_ko == "호후" and gaz.get("jp-sendai").name_ko == "센다이"
    assert gaz.get("jp-osaka").name_ko == "오사카"  # a Hangul name GeoNames gives is kept
