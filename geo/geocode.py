"""Optional online geocoding through Nominatim (geopy), off by default, cached in a JSON file.

Every answer, "not found" included, is stored in the cache file (``data/geocode-cache.json``
by default) so each query goes out at most once. With ``enabled=False`` nothing is sent:
cached answers are still returned, anything else is None. :func:`resolve` tries the offline
gazetteer first.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location
from geopy.point import Point

from geo.errors import GeocoderUnavailable, GeoError
from geo.gazetteer import Gazetteer
from geo.names import normalize_query
from geo.sources import REPO_ROOT

USER_AGENT = "partnership-atlas/0.1 (+local)"
DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_TIMEOUT = 10.0
MIN_DELAY_SECONDS = 1.0  # Nominatim's usage policy: at most one request per second
CACHE_FORMAT = 1

__all__ = [
    "GeocoderUnavailable", "OnlineGeocoder", "default_cache_path", "online_geocode", "resolve",
]


def default_cache_path() -> Path:
    """``$ATLAS_DATA_DIR/geocode-cache.json`` if set, else ``<repo>/data/geocode-cache.json``."""
    data_dir = os.environ.get("ATLAS_DATA_DIR")
    return (Path(data_dir) if data_dir else REPO_ROOT / "data") / "geocode-cache.json"


def cache_key(query: str) -> str:
    """Queries that differ only in case or spacing share an answer."""
    return normalize_query(query).casefold()


class OnlineGeocoder:
    """Nominatim behind a rate limiter and a JSON answer cache."""

    def __init__(
        self,
        *,
        enabled: bool = False,
        cache_path: Path | None = None,
        domain: str = DEFAULT_DOMAIN,
        scheme: str = "https",
        timeout: float = DEFAULT_TIMEOUT,
        min_delay_seconds: float = MIN_DELAY_SECONDS,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.enabled = enabled
        self.cache_path = cache_path or default_cache_path()
        self.domain, self.scheme = domain, scheme
        self.requests = 0  # queries actually sent
        self._lock = threading.Lock()
        self._answers: dict[str, dict[str, Any]] | None = None
        self._nominatim = Nominatim(
            user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout
        )
        self._geocode = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            swallow_exceptions=False,
        )

    def geocode(self, query: str) -> Location | None:
        """The first Nominatim match for ``query`` (from the cache when asked before)."""
        key = cache_key(query)
        if not key:
            return None
        with self._lock:
            answers = self._load()
            if key in answers:
                return _location(answers[key])
            if not self.enabled:
                return None
            try:
                self.requests += 1
                location = self._geocode(normalize_query(query), exactly_one=True)
            except GeopyError as exc:
                raise GeocoderUnavailable(
                    f"cannot reach the geocoding service at {self.scheme}://{self.domain} "
                    f"({type(exc).__name__}: {exc}); check the network or turn online "
                    "geocoding off"
                ) from exc
            answers[key] = {
                "asked": datetime.now(UTC).isoformat(timespec="seconds"),
                "domain": self.domain,
                "found": location is not None,
                "raw": location.raw if location is not None else None,
            }
            self._save(answers)
            return location

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._answers is None:
            self._answers = read_cache(self.cache_path)
        return self._answers

    def _save(self, answers: dict[str, dict[str, Any]]) -> None:
        path = self.cache_path
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": CACHE_FORMAT, "answers": answers}
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, indent=1, sort_keys=True)
                handle.write("\n")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def read_cache(path: Path) -> dict[str, dict[str, Any]]:
    """The answers stored in a cache file ({} when the file does not exist)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise GeoError(f"{path}: unreadable geocode cache ({exc}); fix or delete it") from exc
    if not (isinstance(data, dict) and data.get("format") == CACHE_FORMAT
            and isinstance(data.get("answers"), dict)):
        raise GeoError(f"{path}: not a geocode cache (format {CACHE_FORMAT}); fix or delete it")
    return data["answers"]


def _location(answer: dict[str, Any]) -> Location | None:
    raw = answer.get("raw")
    if not answer.get("found") or not raw:
        return None
    return Location(raw.get("display_name", ""), Point(float(raw["lat"]), float(raw["lon"])), raw)


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

    Geocoders are shared per settings, so the one-request-per-second limit holds across calls.
    Raises GeocoderUnavailable when the service cannot be reached.
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
    ``kind``, ...); a Nominatim answer's ``raw`` is Nominatim's JSON (``osm_id``,
    ``display_name``, ...).
    """
    location = gazetteer.geocode(text)
    if location is not None:
        return location
    return online_geocode(
        text, enabled=online, cache_path=cache_path, domain=domain, scheme=scheme,
        timeout=timeout,
    )
