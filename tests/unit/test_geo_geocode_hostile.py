"""Online geocoding against hostile or broken stand-ins on 127.0.0.1: servers that stall or drip,
answers that are wrong, and many sessions and processes asking at once."""

from __future__ import annotations

import json
import multiprocessing
import threading
import time

import pytest

from geo.errors import GeocoderBadAnswer, GeocoderUnavailable
from geo.geocode import USER_AGENT, OnlineGeocoder, cache_key, read_cache
from partnerships.new_places import place_from_location
from tests.nominatim_stub import NominatimStub, StallingServer, nominatim_result

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(autouse=True)
def private_lock_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_GEOCODER_LOCK_DIR", str(tmp_path / "locks"))


def geocoder(domain: str, tmp_path, **options) -> OnlineGeocoder:
    options = {"timeout": 1.0, "deadline": 3.0, **options}
    return OnlineGeocoder(enabled=True, cache_path=tmp_path / "geocode-cache.json", domain=domain,
                          scheme="http", **options)


@pytest.mark.parametrize("drip", [None, 0.3], ids=["never-answers", "drips-bytes"])
def test_stalling_server_is_cut_off_at_the_deadline_without_retries(tmp_path, drip):
    with StallingServer(drip=drip) as server:
        start = time.monotonic()
        with pytest.raises(GeocoderUnavailable, match="cannot reach the geocoding service"):
            geocoder(server.domain, tmp_path).geocode("Hala Point")
        took = time.monotonic() - start
        assert server.connections == 1  # no hidden retries
    assert took < 4.5, took  # deadline 3 s (a dripping server never trips the 1 s read timeout)
    assert not (tmp_path / "geocode-cache.json").exists()


def test_no_lock_is_held_while_a_request_waits(tmp_path):
    answers = {"Hala Point": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)]}
    with NominatimStub(answers) as stub:
        geocoder(stub.domain, tmp_path).geocode("Hala Point")  # now cached
    with StallingServer() as server:
        shared = geocoder(server.domain, tmp_path, deadline=4.0)
        slow = threading.Thread(target=lambda: pytest.raises(GeocoderUnavailable, shared.geocode, "Nowhere"))
        slow.start()
        time.sleep(0.5)
        start = time.monotonic()
        cached = shared.geocode("hala point")  # a second session meanwhile, same geocoder
        assert time.monotonic() - start < 2.0  # a held lock would make it wait ~3.5 s
        assert cached.latitude == pytest.approx(13.7)
        slow.join()


DEEP = b'[{"lat": "1", "lon": "2", "display_name": "x", "extra": ' + b"[" * 5000 + b"]" * 5000 + b"}]"


@pytest.mark.parametrize("answer", [
    [{**nominatim_result("Bad", 0, 0), "lat": "north"}],
    [{**nominatim_result("Bad", 0, 0), "lat": "91.5"}],
    [{**nominatim_result("Bad", 0, 0), "lon": "nan"}],
    [{**nominatim_result("Bad", 0, 0), "lat": "1_0"}],  # Python's float() reads '1_0' as 10
    [{**nominatim_result("Bad", 0, 0), "lat": "\u0661\u0662"}],  # Arabic-Indic digits: 12 to float()
    b'[{"lat": ' + b"9" * 400 + b', "lon": 1, "display_name": "x"}]',  # an integer no float holds
    [{"display_name": "No coordinates", "osm_id": 1}],
    DEEP,
    b"<html>not json</html>",
    b'{"lat": "1"}',
    [nominatim_result("Pole", 90, 180)],  # on the map's edge, never drawn
    [{**nominatim_result("North", 13.7, 100.5), "lat": "9e1"}],
    [nominatim_result("Null island", 0, 0)],  # a placeholder, not a place
    [{**nominatim_result("Fakeseoul, South Korea", 13.7, 100.5), "address": {"country_code": "kr"}}],
    [nominatim_result("---", 13.7, 100.5)],  # a name with no letters
    [nominatim_result("**Bold** :red[town] [x](javascript:alert(1)), Japan", 35.0, 135.0)],  # page formatting
    [nominatim_result("$x^2$ town, Japan", 35.0, 135.0)],  # a formula
    [nominatim_result('=HYPERLINK("http://evil.example"), Japan', 35.0, 135.0)],  # a spreadsheet formula
    [nominatim_result("+cmd town, Japan", 35.0, 135.0)],
], ids=["text-lat", "lat-91", "nan-lon", "underscore-lat", "arabic-indic-lat", "huge-integer-lat", "no-coordinates",
        "deep", "html", "object", "pole", "exponent-pole", "zero-zero", "korea-elsewhere", "no-letters", "markdown",
        "formula", "sheet-formula", "sheet-plus"])
def test_bad_answer_is_refused_and_never_cached(tmp_path, answer):
    with NominatimStub({"Hala Point": answer}) as stub:
        with pytest.raises(GeocoderBadAnswer, match="cannot be used"):
            geocoder(stub.domain, tmp_path).geocode("Hala Point")
        # After a restart the same look-up asks again (nothing was cached) and fails the same way.
        with pytest.raises(GeocoderBadAnswer):
            geocoder(stub.domain, tmp_path).geocode("Hala Point")
        assert stub.request_count == 2
    assert cache_key("Hala Point") not in read_cache(tmp_path / "geocode-cache.json")


@pytest.mark.parametrize("entry", [
    {"found": True, "raw": {"display_name": "0,0 place"}},  # cached by the old code
    {"found": True, "raw": {"lat": "x", "lon": "1"}},
    {"found": "yes"},
    ["not", "an", "entry"],
])
def test_bad_cache_entry_is_ignored(tmp_path, entry):
    path = tmp_path / "geocode-cache.json"
    path.write_text(json.dumps({"format": 1, "answers": {cache_key("Hala Point"): entry}}), encoding="utf-8")
    off = OnlineGeocoder(enabled=False, cache_path=path)
    assert off.geocode("Hala Point") is None  # no KeyError: the entry counts as not asked
    answers = {"Hala Point": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)]}
    with NominatimStub(answers) as stub:
        assert geocoder(stub.domain, tmp_path).geocode("Hala Point").latitude == pytest.approx(13.7)
        assert stub.request_count == 1


def test_markup_never_reaches_a_place_name(tmp_path, gazetteer):
    name = 'Hala Point<img src=x onerror=alert(1)>, <b>Bangkok</b>, Thailand'
    with NominatimStub({"Hala Point": [nominatim_result(name, 13.7, 100.5)]}) as stub:
        location = geocoder(stub.domain, tmp_path).geocode("Hala Point")
    assert "<" not in location.address and ">" not in location.address
    place = place_from_location("<b>하라 포인트</b><img src=x>", location, gazetteer=gazetteer)
    for text in (place.name_en, place.name_ko):
        assert "<" not in text and ">" not in text
    assert place.name_ko == "하라 포인트"


def test_user_agent_is_a_setting(tmp_path, monkeypatch):
    answers = {"Hala Point": [nominatim_result("Hala Point", 13.7, 100.5)]}
    with NominatimStub(answers) as stub:
        geocoder(stub.domain, tmp_path).geocode("Hala Point")
        monkeypatch.setenv("ATLAS_GEOCODER_USER_AGENT", "my-atlas/2.0 (+https://example.org/contact)")
        geocoder(stub.domain, tmp_path / "other").geocode("Hala Point")
    assert stub.user_agents == [USER_AGENT, "my-atlas/2.0 (+https://example.org/contact)"]
    assert USER_AGENT.startswith("partnership-atlas/") and "ATLAS_GEOCODER_USER_AGENT" in USER_AGENT


QUERIES = ["Hala Point", "Banchang", "Rayong"]


def assert_spaced(times: list[float], delay: float) -> None:
    """Six requests spread over five slots; scheduling on a loaded machine may shift one send a
    little, but unlimited senders would arrive ~0.01 s apart."""
    times = sorted(times)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert times[-1] - times[0] >= 0.9 * 5 * delay, gaps
    assert min(gaps) >= 0.5 * delay, gaps


def test_rate_limit_holds_across_sessions(tmp_path):
    with NominatimStub() as stub:
        sessions = [geocoder(stub.domain, tmp_path / f"s{i}", min_delay_seconds=1.0, deadline=15) for i in range(2)]
        threads = [threading.Thread(target=lambda g=g: [g.geocode(q) for q in QUERIES]) for g in sessions]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(stub.times) == 6
    assert_spaced(stub.times, 1.0)


def _ask(domain: str, folder: str, lock_dir: str) -> None:
    import os
    from pathlib import Path

    os.environ["ATLAS_GEOCODER_LOCK_DIR"] = lock_dir
    g = OnlineGeocoder(enabled=True, cache_path=Path(folder) / "c.json", domain=domain, scheme="http",
                       timeout=1.0, deadline=15.0, min_delay_seconds=1.0)
    for q in QUERIES:
        g.geocode(q)


def test_rate_limit_holds_across_processes(tmp_path):
    spawn = multiprocessing.get_context("spawn")
    with NominatimStub() as stub:
        procs = [spawn.Process(target=_ask, args=(stub.domain, str(tmp_path / f"p{i}"), str(tmp_path / "locks")))
                 for i in range(2)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(120)  # spawned interpreters start slowly on a busy machine
    assert [p.exitcode for p in procs] == [0, 0]
    assert len(stub.times) == 6
    assert_spaced(stub.times, 1.0)


@pytest.mark.parametrize("planted", ["link", "folder", "far-ahead"])
def test_a_planted_lock_file_neither_harms_a_file_nor_blocks_for_long(tmp_path, planted):
    from geo.web_fetch import rate_file

    with NominatimStub({"Hala Point": [nominatim_result("Hala Point", 13.7, 100.5)]}) as stub:
        lock = rate_file(stub.domain)
        lock.parent.mkdir(parents=True, exist_ok=True)
        victim = tmp_path / "victim.txt"
        victim.write_text("precious", encoding="utf-8")
        if planted == "link":
            lock.symlink_to(victim)  # another user's link to a file of ours
        elif planted == "folder":
            lock.mkdir()
        else:
            lock.write_text(f"{time.time() + 3000:.6f}", encoding="ascii")  # 50 minutes ahead
        start = time.monotonic()
        if planted == "far-ahead":
            assert geocoder(stub.domain, tmp_path).geocode("Hala Point").latitude == pytest.approx(13.7)
        else:
            with pytest.raises(GeocoderUnavailable, match="lock"):
                geocoder(stub.domain, tmp_path).geocode("Hala Point")
        assert time.monotonic() - start < 3
        assert victim.read_text(encoding="utf-8") == "precious"


def test_the_country_a_table_import_asked_with_is_not_part_of_the_name(tmp_path, gazetteer):
    with NominatimStub({"Hala Point, TH": [nominatim_result("Hala Point, Bangkok, Thailand", 13.7, 100.5)]}) as stub:
        location = geocoder(stub.domain, tmp_path).geocode("Hala Point, TH")
    place = place_from_location("Hala Point, TH", location, gazetteer=gazetteer)
    assert (place.id, place.name_en) == ("th-hala-point", "Hala Point")
    assert place_from_location("하라포인트, TH", location, gazetteer=gazetteer).name_ko == "하라포인트"


@pytest.mark.parametrize(("raw", "plain"), [
    ("Sanremo\ud800, Italy", "Sanremo, Italy"),  # a lone surrogate could not be written to the cache
    ("\ufeffAarhus\u2060\u061c, Denmark", "Aarhus, Denmark"),  # hidden format marks
    ("Ｔｏｋｙｏ, Japan", "Tokyo, Japan"),  # full-width look-alikes
    ("O" + "\u0301" * 50 + "dense", "\u00d3\u0301dense"),  # a stack of accents: two kept (one composed)
    ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),  # real accents stay
    ("\ufe64img src=x onerror=alert(1)\ufe65Lyon", "Lyon"),  # a tag of look-alike brackets is a tag
    ("\uff1cb\uff1eLyon\uff1c/b\uff1e", "Lyon"),
])
def test_an_answers_name_is_plain_text_a_person_could_type(raw, plain):
    from geo.geocode import plain_text

    assert plain_text(raw) == plain


def test_an_answer_with_a_lone_surrogate_is_cached_and_read_back(tmp_path):
    with NominatimStub({"Sanremo": [nominatim_result("Sanremo\ud800, Liguria, Italy", 43.8, 7.8)]}) as stub:
        first = geocoder(stub.domain, tmp_path).geocode("Sanremo")
        again = geocoder(stub.domain, tmp_path).geocode("Sanremo")
        assert stub.request_count == 1  # the second came from the cache, which could be written
    assert first.address == again.address == "Sanremo, Liguria, Italy"
