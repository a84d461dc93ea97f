"""Places found online become places.csv rows; the look-up goes to the local Nominatim stand-in."""

from __future__ import annotations

import pytest
from geopy.location import Location
from geopy.point import Point

from geo.errors import GeocoderBadAnswer, GeocoderUnavailable
from geo.place_data import read_places_csv
from partnerships import new_places
from tests.nominatim_stub import NominatimStub, StallingServer, free_port, nominatim_result

pytestmark = pytest.mark.timeout(60)

ANSWERS = {
    # Hala Point: seeds/002_322a285842e0d4fc.txt names it; GeoNames has no such city.
    "Hala Point": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)],
    "할라포인트": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)],
    "Banchang": [nominatim_result("Ban Chang, Rayong Province", 12.78, 101.15,  # (not on the known Ban Chang)
                                  address={"country_code": "th"})],
    "Odense": [nominatim_result("Odense, Syddanmark, Danmark", 55.4, 10.39)],
    # a hostile query and answer: 'Odense' with a Cyrillic О
    "\u041edense": [nominatim_result("\u041edense, Syddanmark, Danmark", 55.4, 10.39)],
    # hostile answers: a point in Denmark said to be in Japan; a 500-letter name
    "Kolding": [nominatim_result("Kolding, Japan", 55.5, 9.5, address={"country_code": "jp"})],
    "Longname": [nominatim_result("Longname" + "a" * 500 + ", Danmark", 55.4, 10.39)],
}


@pytest.fixture
def stub(monkeypatch, tmp_path):
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))  # the answer cache goes here
    with NominatimStub(ANSWERS) as server:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{server.domain}")
        yield server


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", ("nominatim.openstreetmap.org", "https")),
        ("http://127.0.0.1:8765", ("127.0.0.1:8765", "http")),
        ("http://127.0.0.1:8765/", ("127.0.0.1:8765", "http")),
        ("nominatim.example.org", ("nominatim.example.org", "https")),
    ],
)
def test_nominatim_server_from_env(monkeypatch, url, expected):
    monkeypatch.setenv("ATLAS_NOMINATIM_URL", url)
    assert new_places.nominatim_server() == expected


@pytest.mark.parametrize(("value", "on"), [("1", True), ("true", True), ("0", False), ("", False)])
def test_online_default_from_env(monkeypatch, value, on):
    monkeypatch.setenv("ATLAS_ONLINE_GEOCODING", value)
    assert new_places.online_default() is on


@pytest.mark.parametrize(
    ("query", "place_id", "name_en", "name_ko", "country"),
    [
        ("Hala Point", "th-hala-point", "Hala Point", "", "TH"),  # country from the display name
        ("할라포인트", "th-hala-point", "Hala Point", "할라포인트", "TH"),  # Korean query keeps its name
        ("Banchang", "th-banchang", "Banchang", "", "TH"),  # country from address details
    ],
)
def test_lookup_online_makes_a_city(stub, gazetteer, query, place_id, name_en, name_ko, country):
    place = new_places.lookup_online(query, gazetteer=gazetteer)
    assert (place.id, place.name_en, place.name_ko, place.country, place.kind) == (
        place_id, name_en, name_ko, country, "city")
    assert stub.queries == [query]


def test_lookup_online_id_never_clashes(stub, gazetteer):
    # Odense is in the gazetteer as dk-odense: an answer of its name at its point is that Odense
    assert new_places.lookup_online("Odense", gazetteer=gazetteer).id == "dk-odense"
    again = new_places.lookup_online("Hala Point", gazetteer=gazetteer, taken={"th-hala-point"})
    assert again.id == "th-hala-point-2"


def test_lookup_online_nothing_found(stub, gazetteer):
    assert new_places.lookup_online("Atlantis", gazetteer=gazetteer) is None


def test_lookup_online_unreachable(monkeypatch, tmp_path, gazetteer):
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(GeocoderUnavailable, match="cannot reach"):
        new_places.lookup_online("Hala Point", gazetteer=gazetteer)


def test_nearest_country_when_the_answer_names_none(gazetteer):
    location = Location("Somewhere", Point(55.39, 10.4), {"display_name": "Somewhere"})
    assert new_places.place_from_location("Somewhere", location, gazetteer=gazetteer).country == "DK"


def test_places_csv_text_appends_a_row_that_loads(tmp_path, gazetteer):
    place = new_places.place_from_location(
        "Hala Point", Location("Hala Point, Bangkok, Thailand", Point(13.7, 100.5),
                               {"display_name": "Hala Point, Bangkok, Thailand"}), gazetteer=gazetteer)
    path = tmp_path / "places.csv"
    path.write_text(new_places.places_csv_text("", [place]), encoding="utf-8")
    again = new_places.places_csv_text(path.read_text(encoding="utf-8").rstrip("\n"), [
        new_places.place_from_location("Banchang", Location("Ban Chang", Point(12.73, 101.06), {}),
                                       gazetteer=gazetteer)])
    path.write_text(again, encoding="utf-8")
    assert [e.place.id for e in read_places_csv(path)] == ["th-hala-point", "th-banchang"]


def test_places_with_new_answers_like_a_gazetteer(gazetteer):
    place = new_places.place_from_location(
        "Hala Point", Location("Hala Point", Point(13.7, 100.5), {"display_name": "Hala Point, Thailand"}),
        gazetteer=gazetteer)
    both = new_places.PlacesWithNew(gazetteer, [place])
    assert "th-hala-point" in both and "kr-seoul" in both and "xx-atlantis" not in both
    assert both.get("th-hala-point") is place and both.get("kr-seoul").country == "KR"


@pytest.mark.parametrize(("status", "fragment"), [(500, "the online look-up failed"), (200, "not in DK")])
def test_a_table_rows_failed_online_look_up_says_why(monkeypatch, tmp_path, gazetteer, status, fragment):
    from partnerships.tables.importer import online_lookup

    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    answers = {"Zyxwvutsville, DK": [nominatim_result("Zyxwvutsville, Bavaria", 48.1, 11.5,
                                                      address={"country_code": "de"})]}
    with NominatimStub(answers, status=status) as server:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{server.domain}")
        lookup, found = online_lookup(gazetteer)
        assert lookup("Zyxwvutsville", "DK") is None and found == []
        assert fragment in lookup.why("Zyxwvutsville", "DK")


def test_an_import_asks_no_more_once_the_service_has_not_answered(monkeypatch, tmp_path, gazetteer):
    """A service that accepts and never answers: the first name waits out its limit, the rest of the
    import is not sent (it held an import for 60 x 5 s), and each row says why."""
    from partnerships.tables.importer import online_lookup

    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ATLAS_GEOCODER_LOCK_DIR", str(tmp_path))
    with StallingServer() as server:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{server.domain}")
        lookup, _ = online_lookup(gazetteer)
        assert [lookup(n, "DK") for n in ("Zqxvillea", "Zqxvilleb", "Zqxvillec")] == [None, None, None]
        assert server.connections == 1
    assert "no answer within 5 s" in lookup.why("Zqxvillea", "DK")
    assert "did not answer an earlier look-up" in lookup.why("Zqxvillec", "DK")


def test_one_import_asks_online_at_most_its_cap_and_tells_each_look_up(stub, gazetteer):
    from partnerships.tables.importer import online_lookup

    told: list[tuple[int, int, str]] = []
    lookup, found = online_lookup(gazetteer, cap=2, progress=lambda n, cap, name: told.append((n, cap, name)))
    assert lookup("Hala Point", None).id == "th-hala-point"
    assert lookup("Hala Point", None).id == "th-hala-point"  # asked once
    assert lookup("Atlantis", None) is None and "Atlantis" not in lookup.why("Atlantis", None)
    assert lookup("Odense", None) is None  # a third name: over the cap, not asked
    assert "already asked for 2 places" in lookup.why("Odense", None)
    assert told == [(0, 2, "Hala Point"), (1, 2, "Atlantis")]
    assert [p.id for p in found] == ["th-hala-point"]


def test_answers_kept_from_an_earlier_import_do_not_count_against_the_cap(stub, gazetteer):
    from partnerships.tables.importer import online_lookup

    first, _ = online_lookup(gazetteer, cap=2)
    first("Hala Point", None), first("Atlantis", None)  # the cap spent, the answers kept
    again, _ = online_lookup(gazetteer, cap=2)
    assert again("Hala Point", None).id == "th-hala-point" and again("Atlantis", None) is None
    assert again("Odense", None).id == "dk-odense"  # asked: the two before cost nothing
    assert stub.queries == ["Hala Point", "Atlantis", "Odense"]


@pytest.mark.parametrize(("query", "name_en", "name_ko"), [
    ("odense", "Pyongyang", ""),  # an answer naming another place is stored under its own name
    ("오덴세", "Pyongyang", ""),
    ("오덴세", "Odense", "오덴세"),  # ... and one that agrees keeps the name typed
    ("호찌민", "Thành phố Hồ Chí Minh", "호찌민"),
])
def test_an_answer_is_named_after_itself_when_its_name_cannot_be_the_query(gazetteer, query, name_en, name_ko):
    answer = "Pyongyang, North Korea" if name_en == "Pyongyang" else f"{name_en}, Somewhere"
    location = Location(answer, Point(39.03, 125.75) if name_en == "Pyongyang" else Point(55.39, 10.4),
                        {"display_name": answer, "address": {"country_code": "kp" if name_en == "Pyongyang" else "dk"}})
    place = new_places.place_from_location(query, location, gazetteer=gazetteer)
    assert (place.name_en, place.name_ko) == (name_en, name_ko)


def test_an_answer_named_in_latin_mixed_with_cyrillic_is_no_place(stub, gazetteer):
    # such a name reads as Odense but is not, and the places file would refuse it once stored
    assert new_places.lookup_online("\u041edense", gazetteer=gazetteer) is None


def test_an_online_answer_in_korea_is_not_used(stub, gazetteer, monkeypatch):
    seoul = Location("Seoul, South Korea", Point(37.56, 126.97),
                     {"display_name": "서울, 대한민국", "address": {"country_code": "kr"}})
    monkeypatch.setattr(new_places, "online_geocode", lambda *a, **k: seoul)
    assert new_places.lookup_online("서울", gazetteer=gazetteer) is None
    with pytest.raises(GeocoderBadAnswer, match="Seoul"):  # ... and one under another name says so
        new_places.lookup_online("springfield", gazetteer=gazetteer)


@pytest.mark.parametrize(("query", "answer", "known"), [
    ("Tsushimaxx", "Busan, Japan", "Busan"),  # a Korean government's name on a place in Japan
    ("대마도시", "부산광역시, 日本", "Busan"),
    ("Zqxtown", "Japan", "Japan"),  # a country's name as a city
    ("Zqxtown", "Osaka, Japan", "Osaka"),  # a place the atlas has: no second one
    ("Tsushimaxx", "부산 Busan, Japan", "Busan"),  # ... named in two scripts at once
    ("Tsushimaxx", "釜山広域市, 日本", "Busan"),  # ... or in Chinese characters
    ("Zqxtown", "大阪市, 日本", "Osaka"),
])
def test_an_answer_under_a_known_places_name_that_is_not_the_query_is_refused(gazetteer, monkeypatch, query,
                                                                            answer, known):
    location = Location(answer, Point(34.2, 129.29),
                        {"display_name": answer, "address": {"country_code": "jp"}})
    monkeypatch.setattr(new_places, "online_geocode", lambda *a, **k: location)
    with pytest.raises(GeocoderBadAnswer, match=known) as refused:
        new_places.lookup_online(query, gazetteer=gazetteer)
    assert query in str(refused.value)  # what was asked, beside what came


@pytest.mark.parametrize(("query", "answer", "lat", "lon", "known"), [
    ("Odensexx", "Odense Kommune, Syddanmark, Danmark", 55.3959, 10.3883, "dk-odense"),
    ("오덴세시티", "Odense City, Danmark", 55.3959, 10.3883, "dk-odense"),
    ("Osakazz", "大阪, 日本", 34.6937, 135.5022, "jp-osaka"),
    ("Tokyozz", "Tōkyō-to, Japan", 35.6895, 139.6917, "jp-tokyo"),
    ("Odence", "Odense Kommune, Danmark", 55.43, 10.43, "dk-odense"),  # 4 km from its point
])
def test_an_answer_naming_a_known_city_at_its_point_is_that_city_not_a_copy(gazetteer, monkeypatch, query, answer,
                                                                           lat, lon, known):
    code = "dk" if "Dan" in answer else "jp"
    location = Location(answer, Point(lat, lon), {"display_name": answer, "address": {"country_code": code}})
    monkeypatch.setattr(new_places, "online_geocode", lambda *a, **k: location)
    assert new_places.lookup_online(query, gazetteer=gazetteer).id == known


def test_an_answer_named_after_a_known_city_but_far_from_it_is_refused(gazetteer, monkeypatch):
    copenhagen = Location("Odense, Danmark", Point(55.676, 12.568),  # Odense's name on Copenhagen's point
                          {"display_name": "Odense, Danmark", "address": {"country_code": "dk"}})
    monkeypatch.setattr(new_places, "online_geocode", lambda *a, **k: copenhagen)
    with pytest.raises(GeocoderBadAnswer, match="named Odense .* km from it"):
        new_places.lookup_online("Odence", gazetteer=gazetteer)


def test_a_new_town_a_few_km_from_a_known_city_is_still_added(gazetteer, monkeypatch):
    town = Location("Hala Point, Thailand", Point(13.92, 100.61),  # 20 km north of Bangkok
                    {"display_name": "Hala Point, Thailand", "address": {"country_code": "th"}})
    monkeypatch.setattr(new_places, "online_geocode", lambda *a, **k: town)
    place = new_places.lookup_online("Hala Point", gazetteer=gazetteer)
    assert place is not None and place.id == "th-hala-point"


def test_an_answer_named_only_in_hangul_gets_a_latin_name_and_id(gazetteer):
    location = Location("츠시마쿠, 일본", Point(34.2, 129.29),
                        {"display_name": "츠시마쿠, 일본", "address": {"country_code": "jp"}})
    place = new_places.place_from_location("Qwzxville", location, gazetteer=gazetteer)
    assert place.name_ko == "츠시마쿠" and place.name_en.isascii() and place.name_en
    assert place.id == f"jp-{place.name_en.lower()}"


def test_one_unusable_answer_fails_only_its_own_row(monkeypatch, tmp_path, gazetteer):
    from partnerships.tables.importer import online_lookup

    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    answers = {"Tsushimaxx, JP": [nominatim_result("Busan, Japan", 34.2, 129.29, address={"country_code": "jp"})],
               **{f"{k}, TH": v for k, v in ANSWERS.items() if k == "Hala Point"}}
    with NominatimStub(answers) as server:
        monkeypatch.setenv("ATLAS_NOMINATIM_URL", f"http://{server.domain}")
        lookup, found = online_lookup(gazetteer)
        assert lookup("Tsushimaxx", "JP") is None
        assert lookup("Hala Point", "TH").id == "th-hala-point"  # still asked
    assert "cannot be used" in lookup.why("Tsushimaxx", "JP") and "Busan" in lookup.why("Tsushimaxx", "JP")
    assert [p.id for p in found] == ["th-hala-point"]


@pytest.mark.parametrize(("query", "answer", "agree"), [
    ("할라포인트", "Hala Point", True), ("리옹", "Lyon", True), ("뉴욕", "New York", True),
    ("odense", "Odense Kommune", True), ("Berlin", "Paris", False), ("springfield", "서울", False),
])
def test_names_agree_loosely_across_scripts(query, answer, agree):
    assert new_places.names_agree(query, answer) is agree


def test_an_answer_whose_country_does_not_hold_its_point_is_refused(stub, gazetteer):
    with pytest.raises(GeocoderBadAnswer, match="far from every known place of that country"):
        new_places.lookup_online("Kolding", gazetteer=gazetteer)


def test_a_very_long_answer_name_gives_a_place_a_link_can_name(stub, gazetteer):
    place = new_places.lookup_online("Longname", gazetteer=gazetteer)
    assert len(place.name_en) <= new_places.MAX_NAME and len(place.id) <= 3 + new_places.MAX_SLUG
    assert place.id.startswith("dk-longname")


def _at(code: str, lat: float, lon: float):
    from geo.place import Place

    return Place(id=f"{code.lower()}-x", name_en="X", name_ko="", country=code, lat=lat, lon=lon, kind="city",
                 region="Oceania", geonames_id=None)


def test_a_country_spanning_the_date_line_is_held_to_its_known_places(gazetteer):
    assert new_places.within_country(_at("FJ", -16.5, -179.9), gazetteer)  # beside Fiji's places
    assert new_places.within_country(_at("FR", -21.1, 55.5), gazetteer)  # Réunion, France overseas
    assert not new_places.within_country(_at("FR", 10.0, -150.0), gazetteer)  # open Pacific, far from all
    assert not new_places.within_country(_at("DK", 35.0, 139.0), gazetteer)


@pytest.mark.parametrize("code", ["FR", "NZ", "FJ", "KI", "UM", "DK", "AQ"])
def test_an_answer_of_another_country_on_a_korean_place_is_refused(gazetteer, code):
    # labelled France or Fiji, a point at Busan had passed both guards (a country spread over oceans,
    # or one the gazetteer barely knows, was taken on trust)
    assert not new_places.within_country(_at(code, 35.1796, 129.0756), gazetteer)
    assert new_places.within_country(_at("JP", 34.2, 129.29), gazetteer)  # Tsushima, near but not on Korea
