"""Divisions listed with one suffix for all ('후쿠오카·사가·나가사키·야마구치현', '광둥·푸젠성',
'후베이·허난 등 중국 2개 성'): each item names a division of one country, not the city that shares
its name, nor nothing ('사가')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_COUNT = r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉)"
_PARTICLE = r"(?:이|가|은|는|을|를|과|와|의|에|에서|도|으로|로)?(?![가-힣])"
_LIST = re.compile(r"(?<![가-힣])((?:[가-힣]{2,8}\s?[·ㆍ,]\s?){1,40}[가-힣]{2,8})"  # (whole words only)
                   rf"(?:(현|성|주){_PARTICLE}|\s?등\s(?:\S+\s){{0,3}}?{_COUNT}\s?개\s?(현|성|주){_PARTICLE})")
_ITEM = re.compile(r"[가-힣]{2,8}")


def listed_divisions(out: list, text: str, offset: int, lookup: Callable[[str], Any],
                     mention_at: Callable[..., Any]) -> list:
    """`out` (the sentence's place mentions, `text` its text starting at `offset`) with each item of
    a list that shares one division suffix read as that division: where two items or more are
    divisions of one foreign country by that suffix."""
    for m in _LIST.finditer(text):
        suffix = m.group(2) or m.group(3)
        items = [(m.start(1) + x.start(), x.group()) for x in _ITEM.finditer(m.group(1))]
        found = [(at, word, place) for at, word in items
                 if (place := lookup(word + suffix)) is not None
                 and getattr(place, "kind", "") == "region" and place.country != "KR"]
        if len(found) < 2 or len({place.country for _, _, place in found}) != 1:
            continue
        for at, word, place in found:
            start, end = offset + at, offset + at + len(word)
            if any(p.start <= start < p.end and p.id == place.id for p in out):
                continue  # ('야마구치현': found by its own suffix)
            out = [p for p in out if not (p.start < end and start < p.end)]
            out.append(mention_at(place, start, end, word, text[at + len(word):]))
    return sorted(out, key=lambda p: p.start)


# '경기' alone is also a game or the economy ('경기 침체'); beside another Korean division in a '·' list
# ('경기·강원·충북도는', '서울·경기 지역') it is Gyeonggi
_GYEONGGI = re.compile(r"(?<![가-힣])경기(?=\s?[·ㆍ]\s?[가-힣])|(?<=[·ㆍ])\s?경기(?![가-힣])")


def gyeonggi_in_list(out: list, text: str, offset: int, lookup: Callable[[str], Any],
                     mention_at: Callable[..., Any]) -> list:
    """`out` with a bare '경기' read as Gyeonggi where it stands in a '·' list next to a Korean
    government the sentence names."""
    korean = [p for p in out if getattr(p, "country", "") == "KR"]
    for m in _GYEONGGI.finditer(text):
        start = offset + m.start() + (len(m.group()) - 2)
        end = start + 2
        near = any(abs(p.start - end) <= 2 or abs(start - p.end) <= 2 for p in korean)
        if near and not any(p.start < end and start < p.end for p in out) \
                and (place := lookup("경기도")) is not None:
            out = [*out, mention_at(place, start, end, "경기", text[end - offset:])]
    return sorted(out, key=lambda p: p.start)


# a district's name glossed in Chinese characters before its suffix ('바오산(寶山)구와', '징안(静安)구'): the
# district ('바오산구'), not the city the bare name also spells, nor a place the gloss alone names
_GLOSSED = re.compile(r"(?<![가-힣])([가-힣]{2,8})\s?\([\u3400-\u9fff\uf900-\ufaff]{1,8}\)\s?(구)(?![가-힣]{2})")


def glossed_names(out: list, text: str, offset: int, lookup: Callable[[str], Any],
                  mention_at: Callable[..., Any]) -> list:
    """`out` with each district name glossed in Chinese characters before its suffix read as that
    district, where the gazetteer has it."""
    for m in _GLOSSED.finditer(text):
        place = lookup(m.group(1) + m.group(2))
        if place is None:
            continue
        start, end = offset + m.start(1), offset + m.end(1)
        out = [p for p in out if not (p.start < offset + m.end() and start < p.end)]
        out.append(mention_at(place, start, end, m.group(1), text[m.end():]))
    return sorted(out, key=lambda p: p.start)
