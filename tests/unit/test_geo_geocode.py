"""Online geocoding against a local Nominatim stand-in: cache, errors, off by default."""

from __future__ import annotations

import json
import time

import pytest
from geopy.location import Location

from geo.errors import GeocoderUnavailable, GeoError
from geo.geocode import (
    MIN_DELAY_SECONDS,
    USER_AGENT,
    OnlineGeocoder,
    cache_key,
    online_geocode,
    read_cache,
    resolve,
)
from tests.nominatim_stub import NominatimStub, free_port, nominatim_result

pytestmark = pytest.mark.timeout(60)

ANSWERS = {
    # Hala Point is mentioned in seeds/002_322a285842e0d4fc.txt but is no city in GeoNames.
    "Hala Point": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)],
    "Banchang": [nominatim_result("Ban Chang, Rayong, Thailand", 12.73, 101.06)],
}


@pytest.fixture
def stub():
    with NominatimStub(ANSWERS) as server:
        yield server


def _geocoder(stub: NominatimStub, tmp_path, *, enabled: bool = True, **options) -> OnlineGeocoder:
    return OnlineGeocoder(enabled=enabled, cache_path=tmp_path / "geocode-cache.json",
                          domain=stub.domain, scheme="http", timeout=5, **options)


@pytest.mark.parametrize(
    ("query", "found", "lat"),
    [
        ("Hala Point", True, 13.7),
        ("hala  point ", True, 13.7),  # case and spacing do not matter
        ("Banchang", True, 12.73),  # seeds/002_322a285842e0d4fc.txt: 반창(Banchang)
        ("Nowhere at all", False, None),
    ],
)
def test_answer_is_cached_and_asked_once(stub, tmp_path, query, found, lat):
    geocoder = _geocoder(stub, tmp_path)
    first = geocoder.geocode(query)
    second = geocoder.geocode(query)
    assert stub.request_count == 1
    assert geocoder.requests == 1
    if found:
        assert isinstance(first, Location) and isinstance(second, Location)
        assert first.latitude == pytest.approx(lat) == second.latitude
        assert second.raw["display_name"] == first.address
    else:
        assert first is None and second is None
    # A fresh geocoder (a new process) reads the answer from the file and asks nothing.
    again = _geocoder(stub, tmp_path).geocode(query)
    assert stub.request_count == 1
    assert (again is not None) == found
    stored = read_cache(tmp_path / "geocode-cache.json")
    assert stored[cache_key(query)]["found"] is found


def test_user_agent_and_query_sent(stub, tmp_path):
    _geocoder(stub, tmp_path).geocode("Hala Point")
    assert stub.queries == ["Hala Point"]
    assert stub.user_agents == [USER_AGENT]


@pytest.mark.parametrize("query", ["Hala Point", "Nowhere at all"])
def test_nothing_asked_when_off(stub, tmp_path, query):
    geocoder = _geocoder(stub, tmp_path, enabled=False)
    assert geocoder.geocode(query) is None
    assert stub.request_count == 0
    assert not (tmp_path / "geocode-cache.json").exists()


def test_off_still_uses_cached_answers(stub, tmp_path):
    _geocoder(stub, tmp_path).geocode("Hala Point")
    offline = _geocoder(stub, tmp_path, enabled=False)
    assert offline.geocode("Hala Point").latitude == pytest.approx(13.7)
    assert stub.request_count == 1


def test_dead_port_gives_clear_error(tmp_path):
    geocoder = OnlineGeocoder(enabled=True, cache_path=tmp_path / "c.json",
                              domain=f"127.0.0.1:{free_port()}", scheme="http", timeout=2)
    start = time.perf_counter()
    with pytest.raises(GeocoderUnavailable) as info:
        geocoder.geocode("Hala Point")
    assert time.perf_counter() - start < 10  # no retries with long waits
    assert "cannot reach the geocoding service at http://127.0.0.1:" in str(info.value)
    assert isinstance(info.value, GeoError)
    assert not (tmp_path / "c.json").exists()  # failures are not cached



@pytest.mark.parametrize("status", [500, 503, 403])
def test_server_error_gives_clear_error(tmp_path, status):
    with NominatimStub(ANSWERS, status=status) as stub:
        geocoder = _geocoder(stub, tmp_path)
        with pytest.raises(GeocoderUnavailable, match="cannot reach the geocoding service"):
            geocoder.geocode("Hala Point")
        assert stub.request_count == 1
    assert read_cache(tmp_path / "geocode-cache.json") == {}


def test_rate_limit_between_requests(stub, tmp_path):
    geocoder = _geocoder(stub, tmp_path, min_delay_seconds=0.3)
    start = time.perf_counter()
    geocoder.geocode("Hala Point")
    geocoder.geocode("Banchang")
    assert time.perf_counter() - start >= 0.3
    assert MIN_DELAY_SECONDS == 1.0


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"answers": {}}), json.dumps([1, 2])],
)
def test_broken_cache_file_is_reported(tmp_path, content):
    path = tmp_path / "geocode-cache.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GeoError, match="geocode-cache.json"):
        read_cache(path)


def test_online_geocode_function(stub, tmp_path):
    cache_path = tmp_path / "geocode-cache.json"
    options = dict(cache_path=cache_path, domain=stub.domain, scheme="http")
    assert online_geocode("Hala Point", enabled=False, **options) is None
    assert stub.request_count == 0
    assert online_geocode("Hala Point", enabled=True, **options).latitude == pytest.approx(13.7)
    assert online_geocode("Hala Point", enabled=True, **options) is not None
    assert stub.request_count == 1


@pytest.mark.parametrize(
    ("text", "online", "expected", "asked"),
    [
        ("오덴세와", True, "dk-odense", 0),  # seeds/000_a437fd8661412f19.txt: offline answer
        ("Hala Point", False, None, 0),  # seeds/002_322a285842e0d4fc.txt: off, so not asked
        ("Hala Point", True, "Hala Point, Bangkok, Thailand", 1),  # seeds/002: asked once
    ],
)
def test_resolve_tries_gazetteer_first(gazetteer, stub, tmp_path, text, online, expected, asked):
    location = resolve(text, gazetteer=gazetteer, online=online,
                       cache_path=tmp_path / "geocode-cache.json", domain=stub.domain,
                       scheme="http")
    assert stub.request_count == asked
    if expected is None:
        assert location is None
    else:
        assert expected in (location.raw.get("id"), location.raw.get("display_name"))
