"""Resolving a row's places through the gazetteer: the Korean government and the partner.

A partner named as a first-level division ('Yamanashi Prefecture', 'Heilongjiang Province',
'헤이룽장성') only matches a place of kind `province`, never a city of the same name. A Korean
district the gazetteer lacks ('서울특별시 중구') falls back to its city, and says so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from geo.gazetteer import Gazetteer, Place

_DIVISION_EN = re.compile(r"\s+(prefecture|province|state|oblast|krai|region|autonomous region|governorate|"
                          r"department|canton|county)$", re.I)
_DIVISION_KO = re.compile(r"(성|현|주|도|州|省|県)$")
_CITY_WORD = re.compile(r"\s+(city|municipality|metropolitan city|shi|si)$", re.I)


@dataclass
class Resolved:
    """The place a name resolved to, or why not with the nearest names."""

    place: Place | None
    why: str = ""
    suggestions: list[Place] = field(default_factory=list)
    note: str = ""  # how it was resolved, when not directly


def norm(text: str) -> str:
    """Names as compared for row keys: NFC, lower case, whitespace squashed."""
    return " ".join(unicodedata.normalize("NFC", str(text or "")).lower().split())


def country_code(gaz: Gazetteer, value: str) -> str | None:
    """ISO alpha-2 for '중국', 'China', 'CN'; None if unknown."""
    v = " ".join(str(value or "").split())
    if not v:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", v):
        return v.upper()
    for p in gaz.matches(v, fuzzy=False):
        if p.kind == "country":
            return p.country
    return None


def resolve_korean(gaz: Gazetteer, name: str, *, suggest: bool = True, fixes: dict[str, str] | None = None) -> Resolved:
    """The Korean government's place (a district falls back to its city or province); a name the
    user placed (`fixes`: name -> place id, a Korean one) is that place."""
    text = " ".join(str(name or "").split())
    if not text:
        return Resolved(None, "no Korean government given")
    if (pid := (fixes or {}).get(text)) and pid in gaz and (fixed := gaz.get(pid)).country == "KR":
        return Resolved(fixed)
    hit = _first(gaz.matches(text), country="KR")
    if hit:
        return Resolved(hit)
    parts = re.split(r"[\s,]+", text)
    if len(parts) > 1 and parts[-1].endswith(("시", "군")):  # '경기도 광주시': that name's city nearest its province
        region = _first(gaz.matches(parts[0], fuzzy=False), country="KR")
        hits = [p for p in gaz.matches(parts[-1], fuzzy=False) if p.country == "KR" and p.kind != "country"]
        if region and hits:
            best = min(hits, key=lambda p: (p.lat - region.lat) ** 2 + (p.lon - region.lon) ** 2)
            if (best.lat - region.lat) ** 2 + (best.lon - region.lon) ** 2 < 2.0:
                return Resolved(best)
    for part in (parts[0], parts[-1]) if len(parts) > 1 else ():
        hit = _first(gaz.matches(part), country="KR")
        if hit:
            return Resolved(hit, note=f"{text}: the gazetteer has no such district; placed at {hit.name_ko}")
    return Resolved(None, f"{text!r} is not a Korean place in the gazetteer",
                    [p for p in gaz.suggest(text, limit=10) if p.country == "KR"][:5] if suggest else [])


def resolve_partner(gaz: Gazetteer, names: list[str], *, country: str | None, admin: str = "",
                    fixes: dict[str, str] | None = None, suggest: bool = True) -> Resolved:
    """The partner's place from its names (any language, best first), within `country` if known
    (with `suggest`, the nearest names when none is found: the slow part of an unknown name)."""
    names = [" ".join(str(n).split()) for n in names if n and str(n).strip()]
    if not names:
        return Resolved(None, "no partner name")
    for n in names:
        pid = (fixes or {}).get(f"{n}|{country or ''}") or (fixes or {}).get(n)
        if pid and pid in gaz:
            return Resolved(gaz.get(pid), note="set in the preset")
    division = any(_DIVISION_EN.search(n) or (_DIVISION_KO.search(n) and len(n) > 2 and not n.endswith("시"))
                   for n in names)
    for n in names:
        for query in _queries(n):
            hits = [p for p in gaz.matches(query) if p.kind != "country" and p.country != "KR"
                    and (country is None or p.country == country)]
            if division:  # ... or the city the division is, when it is one ('도쿄도': Tokyo, a city here)
                hits = [p for p in hits if p.kind in ("province", "region", "county")] or hits
            elif admin.strip() and any(p.kind == "city" for p in hits):
                hits = [p for p in hits if p.kind == "city"]  # 'Nara' in Nara: the city, the state named apart
            elif _a_state_rather_than_a_town(gaz, hits):
                hits = [p for p in hits if p.kind in ("province", "region")]  # 'Oregon': the state
            if hits:
                return Resolved(_prefer_admin(gaz, hits, admin))
    if country and not division and (hit := _by_sound(gaz, names, country)) is not None:
        return Resolved(hit, note=f"{names[0]!r} matched by its sound: check it")
    where = f" in {country}" if country else ""
    what = "state, province or county" if division else "place"
    pool = [p for n in names for p in gaz.suggest(_queries(n)[-1], limit=15)
            if p.country != "KR" and (country is None or p.country == country)] if suggest else []
    suggestions = list(dict.fromkeys(pool))[:5]
    return Resolved(None, f"no {what} named {names[0]!r}{where} in the gazetteer", suggestions)


TOWN_POPULATION = 100_000  # a namesake city smaller than this, and
TOWN_AWAY_KM = 400  # ... this far from the state, is not what a table means by the state's name


def _a_state_rather_than_a_town(gaz: Gazetteer, hits: list[Place]) -> bool:
    """Whether a name is a state's or province's, and its namesake cities are small towns that lie
    outside it (Oregon the state, not Oregon, Ohio; Yalova the city in Yalova province stays; Jilin
    stays ambiguous, its city being large)."""
    divisions = [p for p in hits if p.kind in ("province", "region")]
    towns = [p for p in hits if p.kind == "city"]
    return bool(divisions) and all(
        gaz.population(p.id) < TOWN_POPULATION and all(gaz.distance_km(p.id, d.id) > TOWN_AWAY_KM for d in divisions)
        for p in towns)


def _by_sound(gaz: Gazetteer, names: list[str], country: str) -> Place | None:
    """A city of `country` whose name a Hangul name spells another way than the gazetteer
    ('말뫼' for Malmö, listed only in Latin letters), by its consonants."""
    if not hasattr(gaz, "find_city_by_consonants"):
        return None
    for n in names:
        if re.fullmatch(r"[가-힣]{2,8}", stem := re.sub(r"시$", "", n.split(",")[0].strip())):
            hit = gaz.find_city_by_consonants(stem, country=country)
            if hit is not None and hit.kind == "city" and not re.search(r"[가-힣]", hit.name_ko or ""):
                return hit  # (a city the gazetteer spells in Hangul is not matched by a misspelling)
    return None


_DIVISION_TAIL = re.compile(r"\s+(prefecture|province|state|oblast|krai|region|autonomous region|region|"
                            r"metropole|metropolis)$", re.I)
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


def _queries(name: str) -> list[str]:
    out = [name]
    head = name.split(",")[0].strip()
    if head and head != name:
        out.append(head)
    bare = _CITY_WORD.sub("", head)
    if bare and bare not in out:
        out.append(bare)
    for more in (_DIVISION_TAIL.sub("", head), _PAREN.sub(" ", head).strip()):  # 'Shandong', 'Victoria'
        if more and more not in out:
            out.append(more)
    return out


def _first(places: list[Place], *, country: str) -> Place | None:
    return next((p for p in places if p.country == country and p.kind != "country"), None)


def _prefer_admin(gaz: Gazetteer, hits: list[Place], admin: str) -> Place:
    """Of several places of one name, the one nearest the named state or province; the state
    is looked for among divisions first ('Oregon' is the state, not the town of that name)."""
    if not admin or len(hits) == 1:
        return hits[0]
    named = [r for r in gaz.matches(admin) if r.country == hits[0].country] or gaz.matches(admin)
    for r in sorted(named, key=lambda r: r.kind not in ("province", "region"))[:1]:
        return min(hits, key=lambda p: (p.lat - r.lat) ** 2 + (p.lon - r.lon) ** 2)
    return hits[0]
