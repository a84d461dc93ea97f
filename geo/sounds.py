"""Finding places by how their names sound: foreign names Korean articles transliterate and
GeoNames does not spell in Hangul (하이퐁, 상조세두스캄푸스), and Korean cities GeoNames
names only in Latin letters (동해시 -> Donghae).  A mixin of `geo.gazetteer.Gazetteer`, which
holds the places (`_places`), their populations and their deferred alternate names."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import cache, cached_property

from geo.chinese import hangul_of_pinyin
from geo.japanese import hangul_spellings
from geo.names import (
    consonant_keys,
    hangul_key,
    has_hangul,
    is_hangul_name,
    korean_name_key,
    loanword_key,
    normalize_query,
    romanize,
    romanize_korean,
    sound_key,
    strip_foreign_suffix,
)
from geo.place import Place
from geo.place_data import latin_alternates
from geo.regions import country_name
from geo.vietnamese import hangul_spellings as vietnamese_spellings

# how the Korean standard writes a country's Latin place names in Hangul (every spelling)
_TRANSCRIBERS = {"JP": hangul_spellings,
                 "CN": lambda name: {w for w in (hangul_of_pinyin(name, distinct=True),) if w},
                 "VN": vietnamese_spellings}

SEP = "\x1f"  # joins a place's deferred alternate names (never part of a name)


class SoundLookups:
    """Sound-based look-ups over a gazetteer's places."""

    _places: dict[str, Place]
    _population: dict[str, int]
    _deferred: list[tuple[str, str]]
    _index: dict[str, dict[str, int]]

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
            if place.country == "KR" and place.kind in ("city", "county") \
                    and not has_hangul(place.name_ko):
                index.setdefault(korean_name_key(place.name_en), set()).add(place.id)
        return index

    def find_loanword(self, text: str, *, min_population: int = 100_000,
                      prefer: str = "city", country: str | None = None,
                      division: bool = False) -> Place | None:
        """A foreign city or division whose Latin name sounds like a Hangul name GeoNames does
        not spell (하이퐁 -> Haiphong, 스타방에르 -> Stavanger): the loanword read back with
        `romanize` and both compared on `loanword_key`.  Only names of three syllables or
        more, only foreign cities of `min_population` people or more and divisions, and only
        when one place (of the `prefer`red kind) has the key or is five times as populous as the next.
        With `country` (the text names it), names of two syllables are tried too, in that country.
        A division no one spells in Hangul (most of data/divisions.csv) is matched only with
        `division` (the text writes a division suffix right after the name: 주, 성, 지역 ...),
        and then only divisions are: thousands of bare names would otherwise read ordinary
        words as places."""
        query = normalize_query(text)
        if not (has_hangul(query) and is_hangul_name(query)):
            return None
        if len(hangul_key(query)) < (2 if country else 3):
            return None
        index = self._division_index if division else self._loanword_index(min_population)
        ids = index.get(loanword_key(romanize(hangul_key(query))))
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
            if place.kind == "region" and not has_hangul(place.name_ko):
                continue  # an unspelt division: only where the text calls the word one
            # a doubled vowel is also read as a long one, as Korean spells it (Espoo: 에스포), not
            # only as English reads it (Liverpool: 리버풀)
            long_vowels = re.sub(r"([aeiou])\1", r"\1", place.name_en.lower())
            # ... and an 'er' before a consonant as English says it, with no r (Antwerp: 앤트워프)
            english_r = re.sub(r"([ei])r(?=[^aeiouy]|$)", "o", place.name_en.lower())
            # ... and a name without its country's or 'City' after it (Antigua Guatemala: 안티구아)
            country = re.escape(country_name(place.country, "en").lower())
            short = re.sub(rf"\s(?:city|{country})$", "", place.name_en.lower()) if place.kind == "city" \
                else place.name_en.lower()
            for key in {loanword_key(place.name_en), loanword_key(long_vowels), loanword_key(english_r),
                        loanword_key(short)}:
                if len(key) >= 3:  # three letters ('Fes': 페스) only where the text names the country
                    index.setdefault(key, set()).add(place.id)
        return index

    def find_division_by_consonants(self, text: str, *, country: str | None = None) -> Place | None:
        """A foreign first-level division whose Latin name has the consonants of a Hangul
        name the gazetteer does not spell (서스캐처원 -> Saskatchewan, 노바스코샤 -> Nova
        Scotia; see `consonant_keys`).  For a word the text already calls a division.  In a
        `country` the text names, a skeleton of two consonants will do; anywhere, four or
        more.  Only a single division: two that share the skeleton give no answer."""
        query = normalize_query(text)
        if not (has_hangul(query) and is_hangul_name(query)):
            return None
        shortest = 2 if country else 4
        keys = {k for k in consonant_keys(romanize(hangul_key(query))) if len(k) >= shortest}
        ids = {i for k in keys for i in self._consonant_index.get(k, ())}
        if country:
            ids = {i for i in ids if self._places[i].country == country}
        return self._places[next(iter(ids))] if len(ids) == 1 else None

    def find_city_by_consonants(self, text: str, *, country: str) -> Place | None:
        """A city of `country` whose Latin name has the consonants of a Hangul name the
        gazetteer does not spell (벨기에 루벤 -> Leuven).  For a word the text calls a place
        right after naming its country; three consonants or more, and one city only."""
        query = normalize_query(text)
        if not (has_hangul(query) and is_hangul_name(query)):
            return None
        keys = {k for k in consonant_keys(romanize(hangul_key(query))) if len(k) >= 3}
        ids = {i for k in keys for i in self._consonant_index_of("city").get(k, ())
               if self._places[i].country == country}
        return self._places[next(iter(ids))] if len(ids) == 1 else None

    @cached_property
    def _consonant_index(self) -> dict[str, set[str]]:
        return self._consonant_index_of("region")

    @cache  # noqa: B019 -- one gazetteer per process; the index lives as long as it does
    def _consonant_index_of(self, kind: str) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for name, ids in self._index.items():
            if not name.isascii():
                continue
            hits = [i for i in ids if self._places[i].kind == kind and self._places[i].country != "KR"]
            for key in consonant_keys(name) if hits else ():
                index.setdefault(key, set()).update(hits)
        return index

    @cached_property
    def _division_index(self) -> dict[str, set[str]]:
        """Foreign first-level divisions by the loanword key of their Latin names (English,
        the stem without 'Province', the native name: Bavaria, Bayern)."""
        index: dict[str, set[str]] = {}
        for name, ids in self._index.items():
            if not name.isascii():
                continue
            regions = [i for i in ids if self._places[i].kind == "region"
                       and self._places[i].country != "KR"]
            if regions and len(key := loanword_key(name)) >= 4:
                index.setdefault(key, set()).update(regions)
        return index

    def find_sounding(self, text: str, *, country: str, min_ratio: float = 0.8,
                      margin: float = 0.06, min_key: int = 6) -> Place | None:
        """A place in `country` (ISO2, named by the text right before) whose Latin names sound
        like a Hangul name the gazetteer does not spell (상조세두스캄푸스 -> São José dos
        Campos in BR, 왈비스베이 -> Walvis Bay in NA): `sound_key`s compared by similarity
        against the English and Latin alternate names of that country's cities and divisions.
        Only stems of three syllables or more, keys of like length, and only a clear single
        best place (`min_ratio` or more, `margin` ahead of the next): no match rather than a
        wrong one; `min_key` is the shortest sound key tried (a caller that knows the word is
        a place, '그리스 피레우스시', may go down to 5).  A county or
        an archipelago (카운티, 제도) or a division (주, 성, 현) matches divisions only."""
        query = normalize_query(text)
        if not (has_hangul(query) and is_hangul_name(query)):
            return None
        stem, suffix = strip_foreign_suffix(hangul_key(query))
        if country in _TRANSCRIBERS and (found := self._transcribed(stem, suffix, country)) is not None:
            return found  # '오이타현 유후시', '장쑤성 창수시': written by the Korean standard, even if short
        if len(stem) < 3:
            return None
        key = sound_key(romanize(stem))
        if len(key) < min_key:  # '응우웬' (Nguyen, a person) is 'nguin': too short to tell by sound
            return None
        scores: list[tuple[float, str]] = []
        letters = Counter(key)
        for place_id, keys in self._sound_pool(country):
            if suffix in ("카운티", "제도", "주", "성", "현") and self._places[place_id].kind == "city":
                continue
            best = 0.0
            for other in keys:
                size = len(key) + len(other)
                if min(len(key), len(other)) < 0.75 * max(len(key), len(other)):
                    continue  # 'imbi' (Imbé) is no match for 엠브라에르 (Embraer): too short
                # difflib's quick_ratio (letters in common), without building a matcher for
                # the many keys it rules out
                if (2 * min(len(key), len(other)) / size < min_ratio
                        or 2 * _common_letters(letters, other) / size < min_ratio):
                    continue
                matcher = difflib.SequenceMatcher(None, key, other, autojunk=False)
                best = max(best, matcher.ratio())
            if best >= min_ratio - margin:
                scores.append((best, place_id))
        scores.sort(reverse=True)
        if not scores or scores[0][0] < min_ratio:
            return None
        if len(scores) > 1 and scores[1][0] > scores[0][0] - margin:
            return None  # two places sound alike: no guess
        return self._places[scores[0][1]]

    def _transcribed(self, stem: str, suffix: str, country: str) -> Place | None:
        """The Japanese or Chinese place whose Latin name the Korean standard for that language
        writes as `stem` (geo.japanese, geo.chinese): a division for 현/성, else a city; the most
        populous of a tie."""
        kinds = ("region", "province") if suffix in ("현", "성") else ("city",)
        ids = [i for i in self._transcribed_index(country).get(stem, ()) if self._places[i].kind in kinds]
        if not ids:
            return None
        return self._places[max(ids, key=lambda i: (self._population.get(i, 0), i))]

    @cache  # noqa: B019 -- one gazetteer per process; the index lives as long as it does
    def _transcribed_index(self, country: str) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        spell = _TRANSCRIBERS[country]
        for place in self._places.values():
            if place.country == country and place.kind in ("city", "region", "province"):
                # ... and its native name where GeoNames gives no Korean one ('Cần Thơ')
                native = () if has_hangul(place.name_ko) else (place.name_ko,)
                for spelling in set().union(*(spell(n) for n in (place.name_en, *native))):
                    index.setdefault(spelling, set()).add(place.id)
        return index

    @cache  # noqa: B019 -- one gazetteer per process; the pools live as long as it does
    def _sound_pool(self, country: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(place id, sound keys of its Latin names) for the cities and divisions of `country`."""
        alternates = dict(self._deferred)
        pool = []
        for place in self._places.values():
            if place.country != country or place.kind not in ("city", "region", "province"):
                continue
            names = [place.name_en, *latin_alternates(alternates.get(place.id, "").split(SEP))]
            keys = {sound_key(n) for n in names if n}
            pool.append((place.id, tuple(k for k in keys if len(k) >= 3)))
        return tuple(pool)


def _common_letters(letters: Counter, other: str) -> int:
    """How many letters of `other` the multiset `letters` holds (what difflib's quick_ratio counts)."""
    left = dict(letters)
    common = 0
    for ch in other:
        if left.get(ch, 0) > 0:
            left[ch] -= 1
            common += 1
    return common
