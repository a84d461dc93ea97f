"""Places the gazetteer does not know: look them up online (only when asked) and add them to
`data/places.csv` so records can name them.

    place = lookup_online("Hala Point", gazetteer=gaz)       # a Place with an id like th-hala-point
    text = places_csv_text(current_csv, [place])              # the file with the new row appended

The Nominatim server is OpenStreetMap's unless `$ATLAS_NOMINATIM_URL` (e.g.
`http://127.0.0.1:8765`) names another; online look-ups are off unless the caller turns them on
(`online_default()` reads `$ATLAS_ONLINE_GEOCODING=1`).
"""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlsplit

from geopy.location import Location

from geo.errors import GeocoderBadAnswer, GeoError
from geo.gazetteer import Gazetteer
from geo.geocode import DEFAULT_DOMAIN, online_geocode, plain_text
from geo.names import has_hangul, is_latin_name, latin_key, lookalike_latin, romanize, slugify
from geo.place import Place
from geo.place_data import PLACES_COLUMNS, read_places_csv
from geo.regions import region_of

__all__ = [
    "PlacesWithNew", "lookup_online", "nominatim_server", "online_default", "place_from_location",
    "places_csv_text",
]


def online_default() -> bool:
    """Whether online geocoding starts on: `$ATLAS_ONLINE_GEOCODING` is 1, true, yes or on."""
    return os.environ.get("ATLAS_ONLINE_GEOCODING", "").strip().lower() in ("1", "true", "yes", "on")


def nominatim_server() -> tuple[str, str]:
    """(domain, scheme) of the Nominatim server: `$ATLAS_NOMINATIM_URL` or OpenStreetMap's."""
    url = os.environ.get("ATLAS_NOMINATIM_URL", "").strip()
    if not url:
        return DEFAULT_DOMAIN, "https"
    parts = urlsplit(url if "://" in url else f"https://{url}")
    return parts.netloc + parts.path.rstrip("/"), parts.scheme or "https"


def lookup_online(query: str, *, gazetteer: Gazetteer, taken: Iterable[str] = ()) -> Place | None:
    """Ask Nominatim for `query`; the answer as a new city Place (or the known place it names and
    lies on: no second copy), or None if nothing was found.

    Raises geo.errors.GeocoderUnavailable when the service cannot be reached.
    """
    domain, scheme = nominatim_server()
    location = online_geocode(query, enabled=True, domain=domain, scheme=scheme)
    if location is None:
        return None
    place = place_from_location(query, location, gazetteer=gazetteer, taken=taken)
    named = answer_name(location)
    known = known_under(named, place, gazetteer)
    asked = re.sub(r"\s*,\s*[A-Za-z]{2}$", "", plain_text(query))
    if known is not None and not (names_agree(asked, known.name_en) or names_agree(asked, known.name_ko or "")):
        # ('Tsushimaxx' answered 'Busan, Japan', '부산 Busan', '釜山広域市'): no new place under a known one's name
        raise GeocoderBadAnswer(f"asked for {asked[:MAX_NAME]!r}, the answer is {named[:MAX_NAME]!r}, "
                                f"the name of {known.name_en} ({known.country}) the atlas has already")
    if known is not None and known.country == place.country and known.kind in ("city", "district") \
            and _km(known, place) > FAR_KM:  # ('Odense' placed on Copenhagen): not the place its name says
        raise GeocoderBadAnswer(f"asked for {asked[:MAX_NAME]!r}, the answer is named {known.name_en} "
                                f"({known.country}) but lies {_km(known, place):.0f} km from it")
    if place.country != "KR" and (twin := known_at(place, gazetteer, named, known)) is not None:
        return twin  # ('Odence' answered 'Odense Kommune' at Odense's point): the Odense the atlas has
    if not within_country(place, gazetteer):
        raise GeocoderBadAnswer(f"the answer places {place.name_en!r} in country {place.country} at "
                                f"{place.lat:.2f}, {place.lon:.2f}, far from every known place of that country")
    # Korea's governments all come with the atlas: an answer in Korea would only add a look-alike
    # of one (or a wrong place) on the Korean side. A name mixing Latin with Greek or Cyrillic
    # letters ('Оdense') reads as another place's and is refused by the places file: no place.
    return None if place.country == "KR" or lookalike_latin(place.name_en) else place


MAX_NAME = 80  # characters of a name an answer gives a new place
MAX_SLUG = 60  # ... of its id after the country: links to it stay within the URL's 100


def place_from_location(
    query: str, location: Location, *, gazetteer: Gazetteer, taken: Iterable[str] = ()
) -> Place:
    """A Nominatim answer as a Place: id `<cc>-<slug>` (unique), kind city, the query as a name
    while the answer's own name could be it; else the answer's name, so what was found shows."""
    raw = location.raw or {}
    first = answer_name(location)
    query = plain_text(query)  # markup typed in the query never reaches a stored name
    query = re.sub(r"\s*,\s*[A-Za-z]{2}$", "", query)  # 'Hala Point, TH': the country was how it was asked
    agrees = names_agree(query, first)
    if is_latin_name(query) and agrees:
        name_en = query
    elif first and is_latin_name(first):
        name_en = first
    else:  # (a name in Hangul only: its romanisation, never the Hangul as the English name)
        name_en = romanize(query if agrees or not first else first).title() or first or query
    name_ko = query if has_hangul(query) and agrees else (first if has_hangul(first) else "")
    country = _country(raw, location, gazetteer)
    name_en, name_ko = name_en[:MAX_NAME], name_ko[:MAX_NAME]  # (a 500-letter name is no town's)
    base = f"{country.lower()}-{slugify(name_en)[:MAX_SLUG].strip('-') or 'place'}"
    used = set(taken)
    place_id, n = base, 2
    while place_id in gazetteer or place_id in used:
        place_id, n = f"{base}-{n}", n + 1
    return Place(id=place_id, name_en=name_en, name_ko=name_ko, country=country,
                 lat=round(location.latitude, 5), lon=round(location.longitude, 5), kind="city",
                 region=region_of(country), geonames_id=None)


_SCRIPT_RUN = re.compile(r"[\uac00-\ud7a3]+(?:\s[\uac00-\ud7a3]+)*"
                         r"|[A-Za-z\u00c0-\u024f'’.-]+(?:\s[A-Za-z\u00c0-\u024f'’.-]+)*"
                         r"|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+|[\u0400-\u04ff]+(?:\s[\u0400-\u04ff]+)*")


def known_under(named: str, place: Place, gazetteer: Gazetteer):
    """A place the atlas has that an answer's name names: the whole name, each run of one script in
    it ('부산 Busan', '釜山広域市'), or the name the new place would take."""
    for text in (named, *(m.group() for m in _SCRIPT_RUN.finditer(named)), place.name_en, place.name_ko):
        found = gazetteer.find(text, fuzzy=False) if text and text.strip() else None
        if found is not None:
            return found
    return None


TWIN_KM = 10.0  # an answer this near a known town of its country, and named like it, is that town
FAR_KM = 50.0  # an answer named after a known town and farther from it than this is not that town


def _km(a, b) -> float:
    from geopy.distance import geodesic

    return geodesic((a.lat, a.lon), (b.lat, b.lon)).km


def known_at(place: Place, gazetteer: Gazetteer, named: str = "", known: Place | None = None):
    """The nearest city, district or county of the place's country within TWIN_KM of it that the
    answer names (`known`, the place its name is, or one whose Latin name begins it: 'Odense
    Kommune'), if any (not a province: its point is only its centre)."""
    key = latin_key(named)
    near = sorted((_km(place, p), p.id, p) for p in gazetteer
                  if p.country == place.country and p.kind in ("city", "district", "county")
                  and abs(p.lat - place.lat) < 0.15 and abs(p.lon - place.lon) < 0.3)
    return next((p for km, _, p in near if km <= TWIN_KM and (
        (known is not None and p.id == known.id) or (latin_key(p.name_en) and key.startswith(latin_key(p.name_en))))),
        None)


def answer_name(location: Location) -> str:
    """The name an answer gives its place: the first part of its display name, as plain text."""
    raw = location.raw or {}
    return plain_text(str(raw.get("display_name") or location.address or "")).split(",")[0].strip()


COUNTRY_MARGIN = 4.0  # degrees around the known places of a country an answer in it may lie


@functools.lru_cache(maxsize=4)
def _points(gazetteer: Gazetteer) -> dict[str, list[tuple[float, float]]]:
    """(latitude, longitude) of each country's known places."""
    points: dict[str, list[tuple[float, float]]] = {}
    for place in gazetteer:
        if place.kind != "country":
            points.setdefault(place.country, []).append((place.lat, place.lon))
    return points


@functools.lru_cache(maxsize=4)
def _extents(gazetteer: Gazetteer) -> dict[str, tuple[float, float, float, float]]:
    """South, north, west, east of each country's known places (those with three or more)."""
    return {code: (min(a for a, _ in pts), max(a for a, _ in pts), min(b for _, b in pts), max(b for _, b in pts))
            for code, pts in _points(gazetteer).items() if len(pts) >= 3}


def within_country(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a place lies near the known places of its country: within their extent, or, for a
    country spread over oceans (its extent spans the date line: France, New Zealand, Fiji),
    near one of them. A place of another country on top of a Korean place is never (an answer
    labelled France at Busan's point); a country the gazetteer knows too little of is taken on trust."""
    if place.country != "KR" and _near(place, _points(gazetteer).get("KR", ()), KOREAN_MARGIN):
        return False
    extent = _extents(gazetteer).get(place.country)
    if extent is None:
        return True
    if extent[3] - extent[2] > 180:
        return _near(place, _points(gazetteer)[place.country], 2 * COUNTRY_MARGIN)
    south, north, west, east = extent
    m = COUNTRY_MARGIN
    return south - m <= place.lat <= north + m and west - m <= place.lon <= east + m


KOREAN_MARGIN = 0.1  # degrees (about 10 km): a point this near a Korean place is in Korea


def _near(place: Place, points, margin: float) -> bool:
    return any(abs(place.lat - lat) <= margin and abs((place.lon - lon + 180) % 360 - 180) <= margin
               for lat, lon in points)


def names_agree(query: str, answer: str) -> bool:
    """Whether the name a service gave its answer could be the name typed (a Hangul name compared
    by its romanisation, loosely: '할라포인트' and 'Hala Point' agree, 'odense' and 'Pyongyang' not)."""
    def key(text: str) -> str:  # (Korean ㄹ is either r or l)
        return latin_key(romanize(text) if has_hangul(text) else text).replace("r", "l")

    q, words = key(query).replace(" ", ""), key(answer).split()
    if not q or not words:
        return True  # nothing to compare
    spans = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 6) + 1)}
    return any(q in a or a in q or SequenceMatcher(None, q, a).ratio() >= 0.5 for a in spans)


def _country(raw: dict, location: Location, gazetteer: Gazetteer) -> str:
    """ISO code: Nominatim's address details, else the last part of the name, else the country
    of the nearest known city."""
    code = str((raw.get("address") or {}).get("country_code") or "").upper()
    if len(code) == 2:
        try:
            region_of(code)
            return code
        except GeoError:
            pass
    last = str(raw.get("display_name") or "").split(",")[-1].strip()
    if last:
        found = gazetteer.find(last, fuzzy=False)
        if found is not None and found.kind == "country":
            return found.country
    return nearest_country(gazetteer, location.latitude, location.longitude)


def nearest_country(gazetteer: Gazetteer, lat: float, lon: float) -> str:
    """The country of the city nearest to (lat, lon)."""
    cos = math.cos(math.radians(lat))
    best = min((p for p in gazetteer if p.kind == "city"),
               key=lambda p: (p.lat - lat) ** 2 + ((p.lon - lon + 180) % 360 - 180) ** 2 * cos * cos)
    return best.country


def places_csv_text(current: str, places: Iterable[Place]) -> str:
    """`current` (the text of places.csv, or "" for none) with one row appended per place."""
    out = io.StringIO()
    if not current.strip():
        csv.writer(out, lineterminator="\n").writerow(PLACES_COLUMNS)
    elif not current.endswith("\n"):
        out.write("\n")
    writer = csv.writer(out, lineterminator="\n")
    for p in places:
        writer.writerow([p.id, p.name_en, p.name_ko, p.country, f"{p.lat:.5f}".rstrip("0").rstrip("."),
                         f"{p.lon:.5f}".rstrip("0").rstrip("."), p.kind,
                         "" if p.geonames_id is None else p.geonames_id, "", ""])
    return current + out.getvalue()


class PlacesWithNew:
    """A gazetteer that also knows some new places (for checking records before they are saved)."""

    def __init__(self, gazetteer: Gazetteer, places: Iterable[Place] = ()) -> None:
        self.gazetteer = gazetteer
        self.extra = {p.id: p for p in places}

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.extra or place_id in self.gazetteer

    def get(self, place_id: str) -> Place:
        """The place with this id (new places first)."""
        return self.extra[place_id] if place_id in self.extra else self.gazetteer.get(place_id)

    @staticmethod
    def check_csv(path: Path) -> None:
        """Raise GeoError if the places file would not load."""
        read_places_csv(path)
