"""Optional online geocoding through Nominatim, off by default, cached in a JSON file.

Every usable answer, "not found" included, is stored in the cache file
(``data/geocode-cache.json`` by default) so each query goes out at most once. With
``enabled=False`` nothing is sent: cached answers are still returned, anything else is None.
:func:`resolve` tries the offline gazetteer first.

Going online is made safe for the app and polite to the service:

- one HTTP request per look-up, no retries; each blocking step waits at most ``timeout``
  seconds and the whole look-up (rate-limit wait included) ends by ``deadline`` seconds, also
  against a server that drips its answer byte by byte;
- no lock is held across a network call or a wait;
- at most one request per ``min_delay_seconds`` to a service from every session and process
  on the machine (a lock file, see :func:`geo.web_fetch.rate_file`, holds the earliest time the
  next request may go; a sender claims that moment only once it has come);
- an answer is checked before it is used or cached: bounded size and nesting, numeric
  latitude and longitude in range, names as plain text (markup and control characters
  removed). A bad answer raises :class:`GeocoderBadAnswer` and is never cached; a cache entry
  that does not hold a usable answer is ignored;
- the User-Agent is ``$ATLAS_GEOCODER_USER_AGENT`` when set (Nominatim's usage policy asks for
  one that identifies the application and its operator).
"""

from __future__ import annotations

import json
import math
import os
import re
import threading
import time
import unicodedata
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from geopy.location import Location
from geopy.point import Point

from geo import jsonio
from geo.errors import GeocoderBadAnswer, GeocoderUnavailable, GeoError
from geo.files import write_atomic
from geo.gazetteer import Gazetteer
from geo.names import normalize_query
from geo.place_data import REPO_ROOT
from geo.web_fetch import RateSlots, fetch, rate_file

USER_AGENT = "partnership-atlas/0.1 (map of Korean cities' partnerships; operator: set ATLAS_GEOCODER_USER_AGENT)"
USER_AGENT_ENV = "ATLAS_GEOCODER_USER_AGENT"
DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_TIMEOUT = 5.0  # seconds any one step of a request may block
DEFAULT_DEADLINE = 12.0  # seconds a whole look-up may take, waiting for a free slot included
MIN_DELAY_SECONDS = 1.0  # Nominatim's usage policy: at most one request per second
MAX_ANSWER_BYTES = 256 * 1024  # one result with address details is ~2 KB
MAX_ANSWER_DEPTH = 6
MAX_NAME = 500
MAX_QUERY = 200
CACHE_FORMAT = 1

__all__ = [
    "GeocoderBadAnswer", "GeocoderUnavailable", "OnlineGeocoder", "default_cache_path",
    "default_user_agent", "online_geocode", "plain_text", "read_cache", "resolve",
]


def default_cache_path() -> Path:
    """``$ATLAS_DATA_DIR/geocode-cache.json`` if set, else ``<repo>/data/geocode-cache.json``."""
    data_dir = os.environ.get("ATLAS_DATA_DIR")
    return (Path(data_dir) if data_dir else REPO_ROOT / "data") / "geocode-cache.json"


def default_user_agent() -> str:
    """``$ATLAS_GEOCODER_USER_AGENT`` if set (e.g. ``my-atlas/1.0 (+https://example.org/contact)``),
    else ``USER_AGENT``."""
    value = " ".join(os.environ.get(USER_AGENT_ENV, "").split())
    return value if value and value.isprintable() and len(value) <= 300 else USER_AGENT


def cache_key(query: str) -> str:
    """Queries that differ only in case or spacing share an answer."""
    return normalize_query(query).casefold()


_TAG = re.compile(r"<[^>]*>?")
_STACKED_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def plain_text(value: object, *, max_len: int = MAX_NAME) -> str:
    """Outside text made plain: markup tags and control characters removed, spaces collapsed,
    at most `max_len` characters. Non-text gives ""."""
    if not isinstance(value, str):
        return ""
    # (lone surrogates cannot be stored; stacked accents and format marks hide a name; look-alike
    # forms are made plain before tags go: a full-width '﹤img …﹥' is a tag like the others)
    text = "".join(c for c in value[: max_len * 4] if unicodedata.category(c) != "Cs")
    text = unicodedata.normalize("NFKC", _STACKED_MARKS.sub(lambda m: m.group(0)[:2], text))
    text = _CONTROL.sub(" ", _TAG.sub(" ", text))
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())[:max_len]


# what Nominatim sends: ASCII digits, a sign and a point (not '1_0', Arabic-Indic digits or 'inf')
_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def _coordinate(value: object, limit: float) -> float:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise GeocoderBadAnswer("a coordinate is not a number")
    if isinstance(value, str) and not _DECIMAL.fullmatch(value.strip()):
        raise GeocoderBadAnswer("a coordinate is not a plain decimal number")
    try:
        number = float(value) if not isinstance(value, str) or len(value) <= 32 else math.nan
    except (ValueError, OverflowError):  # not a number; an integer too large for a float
        number = math.nan
    if not (math.isfinite(number) and -limit <= number <= limit):
        raise GeocoderBadAnswer(f"a coordinate is not a number within ±{limit:g}")
    return number


# what formats text on a page (emphasis, links, colour directives, code, formulas) or makes a spreadsheet
# cell a formula ('=HYPERLINK(…', '+1', '@x'), never in a place's name
_MARKUP_SYNTAX = re.compile(r"[*_`\[\]{}<>|#~$\\=]|^[+@-]|\]\(|:[a-z]+\[")


def clean_result(result: object) -> dict[str, Any]:
    """One Nominatim result checked and reduced to what the app keeps; raises GeocoderBadAnswer."""
    if not isinstance(result, dict):
        raise GeocoderBadAnswer("a result is not an object")
    if "lat" not in result or "lon" not in result:
        raise GeocoderBadAnswer("a result has no coordinates")
    lat = _coordinate(result["lat"], 90)
    lon = _coordinate(result["lon"], 180)
    if abs(lat) > MAX_DRAWN_LATITUDE:
        raise GeocoderBadAnswer(f"a place beyond {MAX_DRAWN_LATITUDE:g}° of latitude cannot be drawn on the map")
    if lat == 0 and lon == 0:
        raise GeocoderBadAnswer("a place at 0°, 0° (a placeholder, not a place)")
    clean: dict[str, Any] = {"lat": repr(lat), "lon": repr(lon),
                             "display_name": plain_text(result.get("display_name"))}
    if not re.search(r"[^\W\d_]", clean["display_name"]):
        raise GeocoderBadAnswer("a result's name has no letters")
    if _MARKUP_SYNTAX.search(clean["display_name"]):  # ('**Bold** :red[town] [x](javascript:…)')
        raise GeocoderBadAnswer("a result's name holds markup or link syntax, which no place's name has")
    for key in ("osm_type", "class", "type"):
        if isinstance(result.get(key), str):
            clean[key] = plain_text(result[key], max_len=40)
    for key in ("place_id", "osm_id"):
        if isinstance(result.get(key), int) and not isinstance(result.get(key), bool):
            clean[key] = result[key]
    address = result.get("address")
    if isinstance(address, dict):
        code = plain_text(address.get("country_code"), max_len=3)
        if code.lower() == "kr" and not _in_korea(lat, lon):
            raise GeocoderBadAnswer("a result in Korea whose coordinates lie outside it")
        if code:
            clean["address"] = {"country_code": code}
    return clean


MAX_DRAWN_LATITUDE = 85.0  # the map's projection stops at about 85°; no town lies beyond it
_KOREA = (32.8, 39.8, 124.0, 132.0)  # south, north, west, east: Korea's islands included


def _in_korea(lat: float, lon: float) -> bool:
    south, north, west, east = _KOREA
    return south <= lat <= north and west <= lon <= east


def parse_answer(body: bytes) -> dict[str, Any] | None:
    """The first result of a Nominatim ``format=json`` answer (None for "nothing found")."""
    try:
        data = jsonio.loads(body, max_bytes=MAX_ANSWER_BYTES, max_depth=MAX_ANSWER_DEPTH)
    except jsonio.JsonError as exc:
        raise GeocoderBadAnswer(f"the answer is not usable JSON: {exc}") from None
    if not isinstance(data, list):
        raise GeocoderBadAnswer("the answer is not a list of results")
    return clean_result(data[0]) if data else None


def _location(answer: object) -> Location | None:
    """The place a cache entry holds; raises GeocoderBadAnswer if the entry is not usable."""
    if not isinstance(answer, dict) or not isinstance(answer.get("found"), bool):
        raise GeocoderBadAnswer("not a cache entry")
    if not answer["found"]:
        return None
    raw = clean_result(answer.get("raw"))
    return Location(raw["display_name"], Point(float(raw["lat"]), float(raw["lon"])), raw)


class OnlineGeocoder:
    """Nominatim with one request per look-up, a cross-process rate limit and a JSON answer cache."""

    def __init__(
        self,
        *,
        enabled: bool = False,
        cache_path: Path | None = None,
        domain: str = DEFAULT_DOMAIN,
        scheme: str = "https",
        timeout: float = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        min_delay_seconds: float = MIN_DELAY_SECONDS,
        user_agent: str | None = None,
    ) -> None:
        self.enabled = enabled
        self.cache_path = cache_path or default_cache_path()
        self.domain, self.scheme = domain, scheme
        self.timeout, self.deadline = timeout, deadline
        self.user_agent = user_agent or default_user_agent()
        self.slots = RateSlots(rate_file(domain), min_delay_seconds)
        self.requests = 0  # queries actually sent
        self._lock = threading.Lock()  # guards the in-memory answers; never held while online
        self._answers: dict[str, Any] | None = None

    def geocode(self, query: str) -> Location | None:
        """The first Nominatim match for ``query`` (from the cache when asked before).

        Raises GeocoderUnavailable (GeocoderBadAnswer for an unusable answer) when online.
        """
        key = cache_key(query)
        if not key:
            return None
        with self._lock:
            entry = self._load().get(key)
        if entry is not None:
            try:
                return _location(entry)
            except GeocoderBadAnswer:
                pass  # an entry that holds no usable answer counts as not asked
        if not self.enabled:
            return None
        start = time.monotonic()
        where = f"{self.scheme}://{self.domain}"
        try:
            self.slots.take(deadline=time.time() + self.deadline - self.timeout)
            host, _, prefix = self.domain.partition("/")
            base = f"/{prefix.strip('/')}" if prefix.strip("/") else ""
            params = urlencode({"q": normalize_query(query)[:MAX_QUERY], "format": "json", "limit": 1,
                                "addressdetails": 1})
            self.requests += 1
            body = fetch(host, f"{base}/search?{params}",
                         scheme=self.scheme, agent=self.user_agent, timeout=self.timeout,
                         deadline=start + self.deadline, max_bytes=MAX_ANSWER_BYTES)
            raw = parse_answer(body)
        except GeocoderBadAnswer as exc:
            raise GeocoderBadAnswer(f"the geocoding service at {where} sent an answer that cannot be "
                                    f"used ({exc}); nothing was saved") from None
        except GeocoderUnavailable as exc:
            raise GeocoderUnavailable(f"cannot reach the geocoding service at {where} ({exc}); "
                                      "check the network or turn online geocoding off") from None
        entry = {"asked": datetime.now(UTC).isoformat(timespec="seconds"), "domain": self.domain,
                 "found": raw is not None, "raw": raw}
        self._store(key, entry)
        return _location(entry)

    def _load(self) -> dict[str, Any]:
        if self._answers is None:
            self._answers = read_cache(self.cache_path)
        return self._answers

    def _store(self, key: str, entry: dict[str, Any]) -> None:
        """Add one answer to the file, keeping what other processes wrote meanwhile."""
        with self._lock:
            try:
                answers = read_cache(self.cache_path)
            except GeoError:
                answers = dict(self._answers or {})
            answers[key] = entry
            self._answers = answers
            _write_cache(self.cache_path, answers)


def _write_cache(path: Path, answers: dict[str, Any]) -> None:
    payload = {"format": CACHE_FORMAT, "answers": answers}
    write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def read_cache(path: Path) -> dict[str, Any]:
    """The answers stored in a cache file ({} when the file does not exist).

    Entries are returned as stored; `OnlineGeocoder` checks each one before use.
    """
    try:
        data = jsonio.read(path, max_depth=8)
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise GeoError(f"{path}: unreadable geocode cache ({exc}); fix or delete it") from exc
    if not (isinstance(data, dict) and data.get("format") == CACHE_FORMAT
            and isinstance(data.get("answers"), dict)):
        raise GeoError(f"{path}: not a geocode cache (format {CACHE_FORMAT}); fix or delete it")
    return data["answers"]


@cache
def _shared_geocoder(
    enabled: bool, cache_path: Path, domain: str, scheme: str, timeout: float
) -> OnlineGeocoder:
    return OnlineGeocoder(
        enabled=enabled, cache_path=cache_path, domain=domain, scheme=scheme, timeout=timeout
    )


def online_geocode(
    query: str,
    *,
    enabled: bool,
    cache_path: Path | None = None,
    domain: str = DEFAULT_DOMAIN,
    scheme: str = "https",
    timeout: float = DEFAULT_TIMEOUT,
) -> Location | None:
    """Geocode ``query`` with Nominatim; only goes online when ``enabled``.

    Raises GeocoderUnavailable when the service cannot be reached or sends an unusable answer.
    """
    geocoder = _shared_geocoder(
        enabled, (cache_path or default_cache_path()).resolve(), domain, scheme, timeout
    )
    return geocoder.geocode(query)


def resolve(
    text: str,
    *,
    gazetteer: Gazetteer,
    online: bool = False,
    cache_path: Path | None = None,
    domain: str = DEFAULT_DOMAIN,
    scheme: str = "https",
    timeout: float = DEFAULT_TIMEOUT,
) -> Location | None:
    """The offline gazetteer's answer, else (cached or, with ``online``, live) Nominatim's.

    A gazetteer answer's ``raw`` holds the Place fields (``id`` such as ``dk-odense``,
    ``kind``, ...); a Nominatim answer's ``raw`` is the checked part of Nominatim's JSON
    (``osm_id``, ``display_name``, ...).
    """
    location = gazetteer.geocode(text)
    if location is not None:
        return location
    return online_geocode(
        text, enabled=online, cache_path=cache_path, domain=domain, scheme=scheme,
        timeout=timeout,
    )
