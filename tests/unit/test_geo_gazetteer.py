"""Gazetteer lookups: ids, Korean and English names, countries, distances."""

from __future__ import annotations

import math
import time

import pytest
from geopy.location import Location

from geo.errors import GeoError, UnknownPlace
from geo.gazetteer import Place


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("서울시는", "kr-seoul"),  # seeds/000_a437fd8661412f19.txt
        ("서울시와", "kr-seoul"),  # seeds/000_a437fd8661412f19.txt
        ("서울의", "kr-seoul"),  # seeds/000_a437fd8661412f19.txt
        ("서울특별시", "kr-seoul"),  # parties in data/records/000_a437fd8661412f19.json
        ("오덴세와", "dk-odense"),  # seeds/000_a437fd8661412f19.txt
        ("오덴세에서", "dk-odense"),  # seeds/000_a437fd8661412f19.txt
        ("덴마크 오덴세", None),  # seeds/000_a437fd8661412f19.txt: two names, not one place
        ("호찌민", "vn-ho-chi-minh-city"),  # seeds/003_7cdbec0e616b3126.txt
        ("호찌민에서", "vn-ho-chi-minh-city"),  # seeds/003_7cdbec0e616b3126.txt
        ("호치민", "vn-ho-chi-minh-city"),  # seeds/003_7cdbec0e616b3126.txt (호치민대학교)
        ("대구광역시가", "kr-daegu"),  # seeds/004_3b3a5901f31adbfd.txt
        ("대구광역시는", "kr-daegu"),  # seeds/004_3b3a5901f31adbfd.txt
        ("대구시", "kr-daegu"),  # seeds/004_3b3a5901f31adbfd.txt
        ("대구에서", "kr-daegu"),  # seeds/004_3b3a5901f31adbfd.txt
        ("방콕의", "th-bangkok"),  # seeds/002_322a285842e0d4fc.txt
        ("방콕시(Bangkok)", "th-bangkok"),  # seeds/002_322a285842e0d4fc.txt
        ("이스탄불(Istanbul)", "tr-istanbul"),  # seeds/002_322a285842e0d4fc.txt
        ("이스탄불", "tr-istanbul"),  # seeds/002_322a285842e0d4fc.txt
        ("가지안탭(Gaziantep)", "tr-gaziantep"),  # seeds/002_322a285842e0d4fc.txt
        ("콘캔(Khon Kaen)", "th-khon-kaen"),  # seeds/002_322a285842e0d4fc.txt
        ("부산광역시", "kr-busan"),  # Busan's official name (records of 001_01205c7f5ce77c6a.txt)
        ("부산", "kr-busan"),  # seeds/001_01205c7f5ce77c6a.txt
        ("광주", "kr-gwangju"),  # ambiguous in Korea: the metropolitan city, not Gwangju-si
        ("광주광역시", "kr-gwangju"),  # official name of the metropolitan city
        ("창원", "kr-changwon"),  # GeoNames lists only 창원시; the bare name still finds it
        ("세종", "kr-sejong"),  # records of seeds/004_3b3a5901f31adbfd.txt
        ("발레아레스제도", "adm1-es-balearic-islands"),  # listed as 발레아레스제도자치주
        ("발레아레스 제도와", "adm1-es-balearic-islands"),
        ("광시", "adm1-cn-guangxi"),  # listed as 광시좡족자치구
        ("琿春市", "cn-hunchun"),  # Korean papers' traditional form; GeoNames lists 珲春市
        ("榮成", "cn-rongcheng"),  # data/places.csv: GeoNames has the county-level city only as its seat
    ],
)
def test_find_korean(gazetteer, text, place_id):
    place = gazetteer.find(text)
    assert (place.id if place else None) == place_id


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Odense", "dk-odense"),
        ("odense", "dk-odense"),
        ("Ho Chi Minh City", "vn-ho-chi-minh-city"),
        ("ho chi minh", "vn-ho-chi-minh-city"),
        ("Saigon", "vn-ho-chi-minh-city"),  # a GeoNames alternate name
        ("seoul", "kr-seoul"),
        ("  SEOUL  ", "kr-seoul"),
        ("Busan Metropolitan City", "kr-busan"),
        ("Pusan", "kr-busan"),  # older romanization, a GeoNames alternate name
        ("Gwangju", "kr-gwangju"),  # two Korean cities: the more populous wins
        ("Khon Kaen", "th-khon-kaen"),
        ("Istanbul", "tr-istanbul"),
        ("Paris", "fr-paris"),  # Paris, Texas is smaller
        ("São Paulo", "br-sao-paulo"),
        ("Sao Paulo", "br-sao-paulo"),
    ],
)
def test_find_english(gazetteer, text, place_id):
    assert gazetteer.find(text).id == place_id


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("덴마크", "country-dk"),  # seeds/000_a437fd8661412f19.txt
        ("태국", "country-th"),  # seeds/002_322a285842e0d4fc.txt
        ("베트남", "country-vn"),  # seeds/003_7cdbec0e616b3126.txt
        ("튀르키예", "country-tr"),  # seeds/002_322a285842e0d4fc.txt
        ("터키", "country-tr"),  # the older Korean name, still common in the press
        ("미국", "country-us"),
        ("미국과", "country-us"),
        ("한국", "country-kr"),
        ("대한민국", "country-kr"),
        ("United States", "country-us"),
        ("South Korea", "country-kr"),
        ("Turkey", "country-tr"),
        ("Mexico", "country-mx"),  # not the Philippine city called Mexico
        ("멕시코", "country-mx"),
        ("싱가포르", "sg-singapore"),  # a city-state: the city point, not the country
        ("Singapore", "sg-singapore"),
    ],
)
def test_find_countries(gazetteer, text, place_id):
    assert gazetteer.find(text).id == place_id


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "xyzzyplugh",
        "서울로봇인공지능과학관",  # seeds/000_a437fd8661412f19.txt: a museum, not Seoul
        "업무협약",  # seeds/000_a437fd8661412f19.txt
        "로봇산업",  # seeds/000_a437fd8661412f19.txt
        "협력",  # seeds/000_a437fd8661412f19.txt
        "시",
        "는",
        "바",  # seeds/002_322a285842e0d4fc.txt; also a GeoNames name (Bah, India)
        "이",  # seeds/000_a437fd8661412f19.txt
        "와",  # seeds/000_a437fd8661412f19.txt
    ],
)
def test_find_unknown_is_none(gazetteer, text):
    assert gazetteer.find(text) is None


@pytest.mark.parametrize(
    ("text", "exact", "fuzzy"),
    [
        ("가지안탭", None, "tr-gaziantep"),  # seeds/002_322a285842e0d4fc.txt
        ("가지안텝시", None, "tr-gaziantep"),  # seeds/002_322a285842e0d4fc.txt
        ("가지안텝과", None, "tr-gaziantep"),  # seeds/002 spelling with a particle
        ("콘캔", None, None),  # seeds/002_322a285842e0d4fc.txt: two syllables, too short to guess
        ("튀르기예", None, "country-tr"),  # seeds/002_322a285842e0d4fc.txt
        ("이스탄블", None, None),  # a typo, not a spelling variant: left to suggest()
        ("데이터", None, None),  # seeds/002: a word, not 데이턴 (Dayton)
        ("인사가", None, None),  # seeds/002: a word, not 이타카 (Ithaca)
        ("양국은", None, None),  # seeds/002: a word, not 양구 (Yanggu)
    ],
)
def test_fuzzy_fallback_for_spelling_variants(gazetteer, text, exact, fuzzy):
    strict = gazetteer.find(text, fuzzy=False)
    loose = gazetteer.find(text)
    assert (strict.id if strict else None) == exact
    assert (loose.id if loose else None) == fuzzy


@pytest.mark.parametrize(
    ("place_id", "name_en", "name_ko", "country", "kind", "region"),
    [
        ("kr-seoul", "Seoul", "서울", "KR", "city", "Eastern Asia"),
        ("kr-busan", "Busan", "부산", "KR", "city", "Eastern Asia"),
        ("kr-daegu", "Daegu", "대구", "KR", "city", "Eastern Asia"),
        ("kr-gwangju", "Gwangju", "광주", "KR", "city", "Eastern Asia"),
        ("dk-odense", "Odense", "오덴세", "DK", "city", "Northern Europe"),
        ("vn-ho-chi-minh-city", "Ho Chi Minh City", "호찌민", "VN", "city", "South-eastern Asia"),
        ("th-bangkok", "Bangkok", "방콕", "TH", "city", "South-eastern Asia"),
        ("th-khon-kaen", "Khon Kaen", "콘깬", "TH", "city", "South-eastern Asia"),
        ("tr-istanbul", "Istanbul", "이스탄불", "TR", "city", "Western Asia"),
        ("tr-gaziantep", "Gaziantep", "가지안테프", "TR", "city", "Western Asia"),
        ("mx-mexico-city", "Mexico City", "멕시코시티", "MX", "city", "Central America"),
        ("country-us", "United States", "미국", "US", "country", "Northern America"),
        ("country-kr", "South Korea", "대한민국", "KR", "country", "Eastern Asia"),
        ("country-dk", "Denmark", "덴마크", "DK", "country", "Northern Europe"),
    ],
)
def test_get(gazetteer, place_id, name_en, name_ko, country, kind, region):
    place = gazetteer.get(place_id)
    assert isinstance(place, Place)
    assert place_id in gazetteer
    assert (place.id, place.name_en, place.name_ko, place.country, place.kind, place.region) == (
        place_id, name_en, name_ko, country, kind, region)


@pytest.mark.parametrize("place_id", ["kr-nowhere", "", "country-zz", "Seoul", "서울"])
def test_get_unknown_raises(gazetteer, place_id):
    assert place_id not in gazetteer
    with pytest.raises(UnknownPlace, match="unknown place id"):
        gazetteer.get(place_id)
    assert issubclass(UnknownPlace, LookupError) and issubclass(UnknownPlace, GeoError)


def test_duplicate_slugs_get_geonames_id(gazetteer):
    big, small = gazetteer.get("kr-gwangju"), gazetteer.get("kr-gwangju-1841810")
    assert (big.geonames_id, small.geonames_id) == (1841811, 1841810)
    assert big.lat < small.lat  # the metropolitan city lies south of Gwangju-si


@pytest.mark.parametrize(
    ("place_id", "capital_id"),
    [("country-kr", "kr-seoul"), ("country-dk", "dk-copenhagen"), ("country-vn", "vn-hanoi"),
     ("country-us", "us-washington"),
     ("country-br", "br-brasilia"),  # GeoNames writes the capital Brasilia, the city Brasília
     ("country-kz", "kz-astana")],  # GeoNames still names the capital Nur-Sultan
)
def test_country_point_is_its_capital(gazetteer, place_id, capital_id):
    country, capital = gazetteer.get(place_id), gazetteer.get(capital_id)
    assert (country.lat, country.lon) == (capital.lat, capital.lon)


def _haversine_km(a: Place, b: Place) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        # Seoul-Odense great-circle is about 8,080 km (Seoul-Copenhagen flights are ~8,100 km).
        ("kr-seoul", "dk-odense", 8085),
        ("kr-seoul", "kr-busan", 325),
        ("kr-daegu", "vn-ho-chi-minh-city", 3500),
        ("th-bangkok", "tr-istanbul", 7460),
    ],
)
def test_distance_km(gazetteer, a, b, km):
    distance = gazetteer.distance_km(a, b)
    assert distance == pytest.approx(km, rel=0.03)
    assert distance == pytest.approx(_haversine_km(gazetteer.get(a), gazetteer.get(b)), rel=0.01)
    assert gazetteer.distance_km(b, a) == pytest.approx(distance)


def test_distance_unknown_place_raises(gazetteer):
    with pytest.raises(UnknownPlace):
        gazetteer.distance_km("kr-seoul", "xx-atlantis")


def test_geocode_returns_geopy_location(gazetteer):
    location = gazetteer.geocode("오덴세와")  # seeds/000_a437fd8661412f19.txt
    assert isinstance(location, Location)
    assert location.raw["place_id"] == "dk-odense" == location.raw["id"]
    assert location.raw["name_ko"] == "오덴세"
    assert (location.latitude, location.longitude) == pytest.approx((55.39594, 10.38831))
    assert location.address == "Odense, Denmark"


def test_geocode_all_matches(gazetteer):
    locations = gazetteer.geocode("광주", exactly_one=False)
    assert [loc.raw["place_id"] for loc in locations[:2]] == ["kr-gwangju", "kr-gwangju-1841810"]
    assert gazetteer.geocode("xyzzyplugh") is None
    assert gazetteer.geocode("xyzzyplugh", exactly_one=False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Odens", "dk-odense"),
        ("Istambul", "tr-istanbul"),
        ("Bankok", "th-bangkok"),
        ("오덴스", "dk-odense"),  # a misspelling of 오덴세 (seeds/000_a437fd8661412f19.txt)
        ("이스탄볼", "tr-istanbul"),  # a misspelling of 이스탄불 (seeds/002_322a285842e0d4fc.txt)
    ],
)
def test_suggest(gazetteer, text, expected):
    suggestions = gazetteer.suggest(text, limit=5)
    assert 0 < len(suggestions) <= 5
    assert expected in [p.id for p in suggestions]
    assert len({p.id for p in suggestions}) == len(suggestions)


def test_suggest_nothing():
    from geo.gazetteer import Gazetteer

    assert Gazetteer([]).suggest("서울") == []


def test_lookup_is_fast(gazetteer):
    gazetteer.find("Saigon")  # builds the lazily indexed alternate names once
    queries = ["대구광역시가", "오덴세와", "Ho Chi Minh City", "xyzzyplugh", "이스탄불(Istanbul)"]
    start = time.perf_counter()
    for _ in range(200):
        for query in queries:
            gazetteer.find(query, fuzzy=False)
    per_lookup = (time.perf_counter() - start) / (200 * len(queries))
    assert per_lookup < 0.001


@pytest.mark.parametrize(("lang", "expected"), [("ko", "오덴세"), ("en", "Odense")])
def test_a_place_is_named_in_the_chosen_language(gazetteer, lang, expected):
    assert gazetteer.name_in("dk-odense", lang) == expected
    assert gazetteer.get("dk-odense").name_in(lang) == expected


def test_an_unknown_place_is_named_by_its_id(gazetteer):
    assert gazetteer.name_in("xx-nowhere", "ko") == "xx-nowhere"


def test_a_kept_answer_is_the_same_answer_and_callers_cannot_spoil_it(gazetteer):
    first = gazetteer.matches("부산광역시는")
    assert first and first[0].id == "kr-busan"
    first.clear()  # a caller that edits its list must not edit the next caller's
    again = gazetteer.matches("부산광역시는")
    assert again and again[0].id == "kr-busan"
    assert gazetteer.find("부산광역시는", fuzzy=False).id == "kr-busan"
    assert gazetteer.find("튀르기예") is not None and gazetteer.find("튀르기예", fuzzy=False) is None
