"""What a searched word may mean: its alternatives in both languages, for the free-text search.

    expand("Denmark")  -> text ("denmark", "덴마크"), countries ("DK",)
    expand("덴마크의") -> the same (the particle is dropped)
    expand("robots")   -> text ("robots", "robot", "로봇"), sectors ("robotics",)
    expand("자매도시")  -> text ("자매도시", ...), types ("sister_city",)

A record matches the word when one of the text alternatives occurs in its text (titles,
summaries, place and party names), when a partner lies in one of the countries, or when it is
in one of the sectors or of one of the agreement types. `expand` is pure (no table); `matches`
applies it to today's in-memory table, and a database search takes the same `Terms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
from babel import Locale

from geo.errors import GeoError
from geo.names import PARTICLES, has_hangul
from geo.regions import country_name
from partnerships.model import SECTORS, TYPES

MIN_STEM = 3  # English stems shorter than this are not searched (they match everything)
_HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]+$")
# English suffixes, longest first, with what replaces them: robots -> robot, cities -> city.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"),
    ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""),
)
# Everyday names CLDR does not use for a country.
_COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "america": "US", "uk": "GB", "britain": "GB", "england": "GB", "korea": "KR",
    "한국": "KR", "영국": "GB", "터키": "TR", "turkey": "TR", "vietnam": "VN", "베트남": "VN",
    "czech republic": "CZ", "체코": "CZ", "holland": "NL", "uae": "AE",
}

# The words a sector goes by in running text, both languages ("ai" is left out: it is inside
# "Dubai" and "said").
_SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "robotics": ("robot", "로봇"), "smart_city": ("smart city", "스마트도시", "스마트시티"),
    "mobility": ("mobility", "모빌리티"), "energy": ("energy", "에너지"),
    "ai": ("artificial intelligence", "인공지능"), "iot": ("internet of things", "사물인터넷"),
    "drones": ("drone", "드론"), "startups": ("startup", "start-up", "스타트업"),
    "water": ("water", "물관리", "수자원"), "healthcare": ("health", "헬스케어", "의료"),
    "culture_tourism": ("culture", "tourism", "문화", "관광"),
    "manufacturing": ("manufactur", "제조"), "trade": ("trade", "export", "무역", "수출"),
    "general": ("general exchange", "일반 교류"),
}


# The words people search an agreement type by, both languages (besides its labels in
# partnerships.model.TYPES); a searched word equal to one finds the records of that type.
_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "mou": ("mou", "memorandum", "memorandum of understanding", "업무협약", "양해각서", "협력각서"),
    "loi": ("loi", "letter of intent", "의향서"),
    "sister_city": ("sister city", "sister", "sister cities", "자매결연", "자매도시", "자매"),
    "friendship_city": ("friendship city", "friendship", "우호도시", "우호협력", "우호교류", "우호"),
    "alliance": ("alliance", "network", "협의체", "얼라이언스", "네트워크"),
    "declaration": ("declaration", "선언", "공동선언", "선언문"),
    "roadshow": ("roadshow", "trade mission", "로드쇼", "상담회", "수출상담회", "사절단", "무역사절단"),
    "contract": ("contract", "export contract", "계약", "수출계약"),
    "award": ("award", "prize", "수상"),
    "exchange": ("exhibition", "전시", "전시회"),
    "office": ("overseas office", "해외사무소", "사무소", "거점"),
    "forum": ("forum", "fair", "expo", "포럼", "박람회"),
}


@dataclass(frozen=True)
class Terms:
    """The alternatives of one searched word; a record matching any of them matches the word."""

    text: tuple[str, ...]  # lower-case strings to find in a record's text
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2 codes of partner countries
    sectors: tuple[str, ...] = ()  # sector ids (partnerships.model.SECTORS)
    types: tuple[str, ...] = ()  # agreement type ids (partnerships.model.TYPES)


def english_stems(word: str) -> list[str]:
    """Shorter forms of an English word that still name the same thing: robots -> robot,
    cities -> city, signed -> sign (never shorter than MIN_STEM letters)."""
    out: list[str] = []
    if not word.isascii() or not word.isalpha():
        return out
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and not (suffix == "s" and word.endswith(("ss", "us", "is"))):
            stem = word[: -len(suffix)] + replacement
            if len(stem) >= MIN_STEM and stem != word:
                out.append(stem)
                break
    return out


def korean_stems(word: str) -> list[str]:
    """A Hangul word without a trailing particle: 덴마크의 -> 덴마크, 로봇과 -> 로봇 (the stem
    keeps at least two syllables)."""
    if not _HANGUL_WORD.match(word):
        return []
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return [word[: -len(particle)]]
    return []


@cache
def _countries() -> dict[str, str]:
    """Lower-case country names in English and Korean (CLDR) -> ISO alpha-2 code."""
    names: dict[str, str] = {}
    for code in Locale.parse("en").territories:
        if len(code) == 2 and code.isalpha():
            for word in _country_words(code):
                names.setdefault(word, code)
    names.update(_COUNTRY_ALIASES)
    return names


def _country_words(code: str) -> list[str]:
    """A country's names in English and Korean, lower case (none for a code the app does not know)."""
    try:
        return [country_name(code, lang).lower() for lang in ("en", "ko")]
    except GeoError:
        return []


def _sectors_for(form: str) -> list[str]:
    """Sectors whose English or Korean name (or id) begins with or equals `form`, or that go by
    `form` in running text ('스마트시티')."""
    found = []
    for sector, (en, ko) in SECTORS.items():
        names = {en.lower(), ko, sector.replace("_", " ")}
        if any(n == form or (len(form) >= MIN_STEM + 1 and n.startswith(form)) for n in names) \
                or form in _SECTOR_WORDS.get(sector, ()):
            found.append(sector)
    return found


def _types_for(form: str) -> list[str]:
    """Agreement types `form` names: one of their labels or of the words they go by."""
    return [t for t, (en, ko) in TYPES.items()
            if form in (en.lower(), ko.replace(" ", ""), t.replace("_", " ")) or form in _TYPE_WORDS.get(t, ())]


def expand(word: str, *, gazetteer=None) -> Terms:
    """The alternatives of one searched word (already split on spaces).

    With a `gazetteer` (geo.gazetteer.Gazetteer), a word that names a place exactly also
    searches for the place's name in the other language.
    """
    word = word.strip().lower()
    if not word:
        return Terms(text=())
    forms = [word, *english_stems(word), *korean_stems(word)]
    text: list[str] = list(forms)
    countries: list[str] = []
    sectors: list[str] = []
    types = list(dict.fromkeys(t for form in forms for t in _types_for(form)))
    for t in types:  # the type's other words too: '자매도시' finds the text that says '자매결연'
        text.extend(w for w in (TYPES[t][0].lower(), TYPES[t][1], *_TYPE_WORDS.get(t, ()))
                    if has_hangul(w) or len(w) > MIN_STEM)  # ('mou' is inside 'mountain')
    known = _countries()
    for form in forms:
        code = known.get(form)
        if code is not None and code not in countries:
            countries.append(code)
            text.extend(_country_words(code))
        for sector in _sectors_for(form):
            if sector not in sectors:
                sectors.append(sector)
                text.extend(_SECTOR_WORDS.get(sector, (SECTORS[sector][1],)))
    if gazetteer is not None and (len(word) >= MIN_STEM or (has_hangul(word) and len(word) >= 2)):
        for form in forms:
            place = gazetteer.find(form, fuzzy=False)
            if place is not None:
                text.extend([place.name_en.lower(), place.name_ko.lower()])
                break
    return Terms(text=tuple(dict.fromkeys(x for x in text if x)), countries=tuple(countries),
                 sectors=tuple(sectors), types=tuple(types))


def _any_in(values: pd.Series, wanted: set[str]) -> np.ndarray:
    known: dict[object, bool] = {}

    def test(items) -> bool:
        key = items if isinstance(items, tuple) else id(items)
        got = known.get(key)
        if got is None:
            got = known[key] = any(i in wanted for i in items or ())
        return got

    return np.fromiter((test(v) for v in values.tolist()), dtype=bool, count=len(values))


def matches(df: pd.DataFrame, word: str) -> np.ndarray:
    """Boolean per row of `df`: the record matches `word` or one of its alternatives."""
    from partnerships import frame_index, search

    found = frame_index.lookup(df)
    terms = expand(word, gazetteer=found[0].gazetteer if found is not None else None)
    hit = np.zeros(len(df), dtype=bool)
    for text in terms.text:
        hit |= search.matches(df, text)
    if terms.countries and "partner_countries" in df:
        hit |= _any_in(df["partner_countries"], set(terms.countries))
    if terms.sectors and "sectors" in df:
        hit |= _any_in(df["sectors"], set(terms.sectors))
    if terms.types and "type" in df:
        hit |= df["type"].isin(terms.types).to_numpy()
    return hit
