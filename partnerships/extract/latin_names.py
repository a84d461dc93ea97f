"""Places an article names only in Latin letters ('스페인의 영화 도시 Sitges와'): a foreign
city or division whose country the article names, taking a Korean particle, outside quotes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from geo.names import fold_ascii
from partnerships.extract.named_countries import countries_named, namesakes
from partnerships.extract.place_context import ARTICLE_TEXT
from partnerships.extract.sentences import Sentence

# a foreign place written only in Latin letters, taking a Korean particle ('Sitges와', 'Austin 시청과')
# ('Da Nang시 인민위원회를': a short first word in a name of two or more)
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9&.'’-])"
                         r"([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+){0,2}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
                         r"(?=\s?(?:시|주|성)?\s?"
                         r"(?:와|과|의|는|은|이|가|에서|에|를|을|로|으로|부?시장|시청|주정부|정부|인민위원회|시내|"
                         r"부?주지사|대표단|측|관계자)"
                         r"(?![A-Za-z]))")
# a city's government or council by its English name ('Cairns Regional Council', 'City of Tacoma')
_GOVERNMENT_NAME = re.compile(r"(?<![A-Za-z])(?:(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)??) (?:Regional |City |Municipal "
                              r"|Metropolitan |Shire )?(?:Council|Government|Municipality)|City of (?P<of>[A-Z][a-z]+"
                              r"(?: [A-Z][a-z]+)?))(?![A-Za-z])")
_OPEN_QUOTES = "'‘\"“「『<《"
_CLOSE_QUOTES = "'’\"”」』>》"


def latin_places(sentence: Sentence, taken: list[tuple[int, int]], gazetteer, cache: dict,
                 lookup: Callable[[str], Any]) -> list[tuple[Any, int, int, str, str]]:
    """Foreign cities and divisions named only in Latin letters, outside quotes (a title such as
    'Sitges Film Festival' is a name, not a party), whose country the article names.
    `taken` are the spans of places found already; `lookup(name)` finds a name in the gazetteer.
    Returns (place, start, end, name, the text after it) for each."""
    text, out = sentence.text, []
    for m in _LATIN_NAME.finditer(text):
        start, end = sentence.start + m.start(1), sentence.start + m.end(1)
        before = text[:m.start(1)]
        if any(a < end and start < b for a, b in taken) or _inside_quotes(before):
            continue
        place = _in_named_country(m.group(1), text[m.end(1):], gazetteer, cache, lookup)
        if place is not None:
            out.append((place, start, end, m.group(1), text[m.end(1):]))
    for m in _GOVERNMENT_NAME.finditer(text):  # a city's government by its own name, quoted or not
        name = m.group("name") or m.group("of")
        start = sentence.start + m.start("name" if m.group("name") else "of")
        end = start + len(name)
        if any(a < end and start < b for a, b in taken) or any(p[1] == start for p in out):
            continue
        place = _in_named_country(name, "", gazetteer, cache, lookup)
        if place is not None and place.kind == "city":
            out.append((place, start, end, name, text[end - sentence.start:]))
    for m in _INITIALS.finditer(text):
        start, end = sentence.start + m.start(1), sentence.start + m.end(1)
        if any(a < end and start < b for a, b in taken) or _inside_quotes(text[:m.start(1)]):
            continue
        if (place := _defined_initials(m.group(1), cache, lookup)) is not None:
            out.append((place, start, end, m.group(1), text[m.end(1):]))
    return out


# a city's initials as a party or a venue ('미국 LA에서'), which the article spells out once
# with them in brackets ('로스앤젤레스(LA)'); a country's before the name of one of its bodies too
# ('아랍에미리트(UAE)' … 'UAE 에너지인프라부와')
_INITIALS = re.compile(r"(?<![A-Za-z0-9(])([A-Z]{2,4})(?=\s?(?:에서|에|의|와|과|시|주|현지)(?![A-Za-z])"
                       r"|\s(?=[가-힣]))")


def _defined_initials(initials: str, cache: dict, lookup) -> Any:
    """The foreign city, division or country the article names with these initials in brackets after it."""
    key = f"initials:{initials}"
    if key not in cache:
        # ... or a division, with its suffix after the brackets ('노르트라인베스트팔렌(NRW)주')
        found = re.search(rf"([가-힣]{{2,12}})\s?\(\s?{initials}\s?\)(주|성|현)?", cache.get(ARTICLE_TEXT, ""))
        place = (lookup(found.group(1) + (found.group(2) or "")) or lookup(found.group(1))) if found else None
        cache[key] = place if place is not None and place.country != "KR" \
            and place.kind in ("city", "country", "region") else None
    return cache[key]


_DIVISION_AFTER = re.compile(r"^\s?(?:주|성|현)(?:정부|청)?(?:(?![가-힣])|[와과의에은는이가를을])")


def _in_named_country(name: str, after: str, gazetteer, cache: dict, lookup) -> Any:
    """The foreign city or division of that Latin name in a country the article names: the best
    match first, else another of the name there ('La Union 주정부': the Philippine province, not
    Chile's town), a division when a division word follows."""
    named = countries_named(gazetteer, cache)
    first = lookup(name)
    fits = [p for p in [first] if p is not None and p.country != "KR" and p.country in named
            and getattr(p, "kind", "") in ("city", "region")]
    if hasattr(gazetteer, "matches"):
        fits += namesakes(gazetteer, name, named, ("city", "region"))
    if _DIVISION_AFTER.match(after):
        fits = [p for p in fits if p.kind == "region"] or fits
    return fits[0] if fits else None


def _inside_quotes(before: str) -> bool:
    """An odd number of quote marks before this point: inside a quoted title."""
    opened = sum(before.count(q) for q in _OPEN_QUOTES if q not in _CLOSE_QUOTES)
    closed = sum(before.count(q) for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES)
    same = sum(before.count(q) for q in _OPEN_QUOTES if q in _CLOSE_QUOTES)
    return opened > closed or same % 2 == 1


def glossed_elsewhere(word: str, cache: dict, lookup) -> Any:
    """A Hangul name the place table does not spell that way, which the article glosses once in
    Latin letters or Chinese characters ('빈증(Binh Duong)성', '푸얼(普洱)시'): the foreign place
    of the glossed name."""
    stem = re.sub(r"(?:시|주|성|현)$", "", word)
    key = f"glossed:{stem}"
    if key not in cache:
        han = r"|[\u4e00-\u9fff]{1,6}" if word.endswith("시") else ""  # (a city's characters: '푸얼(普洱)시')
        found = re.search(rf"{re.escape(stem)}\s?\(\s?([A-ZÀ-Þ][A-Za-zÀ-ɏ .'’-]{{2,40}}?{han})\s?\)",
                          cache.get(ARTICLE_TEXT, "")) if len(stem) >= 2 else None
        place = lookup(found.group(1)) if found else None
        cache[key] = place if place is not None and place.country != "KR" \
            and getattr(place, "kind", "") in ("city", "region") else None
    return cache[key]


_GLOSS = r"(?:시|주|성|현)?\s?\(\s?([A-ZÀ-Þ][A-Za-zÀ-ɏ .'’-]{2,40}?)\s?\)"


def _folded(name: str) -> str:
    """Letters only, without accents or case ('Tokaj' -> 'tokaj', 'Dương' -> 'duong')."""
    return re.sub(r"[^a-z]", "", fold_ascii(name).lower())


def gloss_overrides(word: str, place: Any, cache: dict, lookup) -> Any:
    """`place` as the Hangul `word` reads, unless the article glosses the word in Latin letters as
    another place ('헝가리 … 토카이(Tokaj)와': not Tokai in Japan, which '토카이' alone reads as):
    then the glossed place when the gazetteer has it in another country, else None when the gloss
    stands beside a country other than `place`'s. A gloss that is initials ('NSW') or fits the
    place's name decides nothing."""
    if place is None or place.country == "KR" or len(word) < 2:
        return place
    stem = re.sub(r"(?:시|주|성|현)$", "", word)
    key = f"gloss-of:{stem}"
    if key not in cache:
        text = cache.get(ARTICLE_TEXT, "")
        found = re.search(rf"(?<![가-힣]){re.escape(stem)}{_GLOSS}", text) if len(stem) >= 2 else None
        gloss = found.group(1) if found and not found.group(1).isupper() else ""
        country = None
        if gloss:  # the country named just before the glossed name ('헝가리 북동부의 와인 도시 토카이(')
            for w in reversed(re.findall(r"[가-힣]{2,}", text[max(0, found.start() - 30):found.start()])):
                hit = lookup(re.sub(r"(?:의|에|와|과|은|는)$", "", w)) or lookup(w)
                if hit is not None and getattr(hit, "kind", "") == "country":
                    country = hit.country
                    break
        cache[key] = (gloss, country)
    gloss, country = cache[key]
    if not gloss or (own := _folded(place.name_en)) and (own in _folded(gloss) or _folded(gloss) in own):
        return place
    other = lookup(gloss)  # (in the place's own country the gloss may name a part: '파리시청(Hôtel de Ville)')
    if other is not None and other.country not in ("KR", place.country) and getattr(other, "kind", "") in ("city",
                                                                                                         "region"):
        return other
    return None if country is not None and country != place.country else place
