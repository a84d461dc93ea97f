"""Gathering mentions into groups: which group a mention joins."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from partnerships.extract.groups.folds import multilateral_member
from partnerships.extract.groups.group_checks import signed_as_agreement
from partnerships.extract.groups.model import (
    CAPTION,
    DELEGATION,
    VENUE_TYPES,
    Group,
    bare_this_day,
    country_of,
    date_stated,
)
from partnerships.extract.groups.national import national_body
from partnerships.extract.types import STRONG_TYPES

if TYPE_CHECKING:
    from partnerships.extract.groups.model import Mention


_SEQUEL = re.compile(r"(?:같은|이)\s?날\s?(?:오전|오후|저녁)|(?:이어|이어서|또한|아울러)\s")
# ... told with the delegation as its subject ('대표단은 같은 날 오후 … 의과대학을 찾아')
_DELEGATION_SEQUEL = re.compile(rf"^(?:[가-힣]+\s)?{DELEGATION}(?:은|는|이|가)\s"
                                rf"(?:{_SEQUEL.pattern})")


def assemble(mentions: list[Mention], on_time: Callable[[], bool] = lambda: True) -> list[Group] | None:
    """The mentions gathered into groups: named agreements first; then a bare 협약/협정 joins the
    agreement of the same places it refers to, else it is an MOU.  None when `on_time()` turns
    false before the end (thousands of mentions take minutes to fit)."""
    groups: list[Group] = []
    for m in [m for m in mentions if m.type != "agreement"] + [m for m in mentions if m.type == "agreement"]:
        if not on_time():
            return None
        target = _agreement_told(m, groups) if m.type == "agreement" else None
        if m.type == "agreement":
            if target is None and m.refers_to:
                # '이번 개소로 ...': the agreement of that kind already reported, never a new MOU
                same = [g for g in groups if g.first.type == m.refers_to]
                if not same:
                    continue
                target = same[-1]
            m.type = target.first.type if target is not None else "mou"
        if target is None and m.type in STRONG_TYPES and not any(not p.korean for p in m.place_spans) \
                and _REFERS_BACK.match(m.sentence.text[m.word.end - m.sentence.start:]):
            # '의향서에는 …이 담겼다' naming no place: the letter of intent already told
            target = next((g for g in reversed(groups) if g.first.type == m.type), None)
        target = target or _ceremony_told(m, groups) or _best_fit(m, groups)
        if target is None:
            groups.append(Group([m]))
        else:
            target.mentions.append(m)
    return groups


def _agreement_told(m: Mention, groups: list[Group]) -> Group | None:
    """The group a bare 협약/협정 refers to: a named agreement of the same places, or the one the
    article reports when the sentence goes on about it ('협약에 따라 양측은 ...')."""
    target = next((g for g in groups if (g.first.type in STRONG_TYPES or multilateral_member(g, m)
                                          or signed_as_agreement(g))
                   and _compatible(g, m, any_type=True)), None)
    if target is None and _REFERS_BACK.match(m.sentence.text[m.word.end - m.sentence.start:]):
        # whatever places (a year in it, the sentence opening so, is of what was agreed: '2024년 관광의 해')
        strong = [g for g in groups if g.first.type in STRONG_TYPES]
        if len(strong) > 1:  # an old tie told before it is history: the news is the latest
            latest = max((g.year or 0) for g in strong)
            strong = [g for g in strong if (g.year or 0) == latest]
        opens = m.word.start - m.sentence.start <= 3
        target = strong[0] if len(strong) == 1 and (opens or not m.own_date) else None
    return target


# a ceremony or meeting as the topic that opens a sentence ('개소식에는 … 참석했다', '상담회에는')
_CEREMONY_TOPIC = re.compile(r"^(?:\S+\s)?(?P<word>\S*[식회])(?:에는|에서는|에도)\s")


def _best_fit(m: Mention, groups: list[Group]) -> Group | None:
    """The group a mention joins: of those it fits, one naming the same city or division (not only
    its country: a lede's '태국과 말레이시아를 방문해 … 상담회를' is not the Kuala Lumpur one), else the
    first; a mention naming no partner goes on about the latest ('상담회에서는 …')."""
    fits = [g for g in groups if _compatible(g, m)]
    own = {p for p in m.partner if not p.startswith("country-")}
    return next((g for g in fits if own & set(g.partner_places())), None) \
        or (fits[0] if m.partner else fits[-1]) if fits else None


def _ceremony_told(m: Mention, groups: list[Group]) -> Group | None:
    """'개소식에는 … 60여 명이 참석했다', '상담회에는 … 바이어 60여 명이 참석해': the event the
    article already told, whatever places the list of guests names."""
    topic = _CEREMONY_TOPIC.match(m.sentence.text)
    if not (topic and m.word.text.endswith(("식", "회")) and m.word.end == m.sentence.start + topic.end("word")):
        return None
    return next((g for g in reversed(groups) if any(x.word.text.endswith(m.word.text) for x in g.mentions)
                 and (not m.korean or set(m.korean) & set(g.first.korean))), None)


# a bare 협약 the sentence goes on about: '협약에 따라', '협약에는', '협약으로'
_REFERS_BACK = re.compile(r"^(?:서|식)?\s?(?:에\s?따라|에\s?따르면|에는|에서는|으로|의\s?주요|의\s?내용)")


def _within_countries(countries: list[str], places: list[str]) -> bool:
    """True when `countries` are only countries and each place lies in one of them: '필리핀과
    자매결연' is the same agreement as '일로일로시와 자매결연'."""
    if not all(c.startswith("country-") for c in countries):
        return False
    codes = {country_of(c) for c in countries}
    return all(country_of(p) in codes for p in places)


def _same_names(ids: list[str]) -> set[str]:
    """Place ids with a division and the city of its name made one ('adm1-jp-kagoshima' and
    'jp-kagoshima'): an article may call the partner either way."""
    return {pid.removeprefix("adm1-") for pid in ids}


def _another_day(g: Group, m: Mention) -> bool:
    gd = next((x.date for x in g.mentions if x.date and x.date.day), None)
    return bool(gd and m.date and m.date.day and (gd.month, gd.day) != (m.date.month, m.date.day))


def _other_signed_partner(g: Group, m: Mention) -> bool:
    """The group's signings were with partners other than the mention's, which is a signing too."""
    signed = [x.partner for x in g.mentions if x.partner and x.status == "signed"]
    return bool(m.status == "signed" and m.partner and signed) and not any(
        _same_names(p) & _same_names(m.partner) or _within_countries(m.partner, p) or _within_countries(p, m.partner)
        for p in signed)


def _compatible(g: Group, m: Mention, *, any_type: bool = False) -> bool:
    f = g.first
    if f.type != m.type and not any_type:
        return False
    # two organisations of one city signing apart are two agreements (a photo caption names the
    # signing's people its own way: '… 산업도시 최고경영자와 … 협약서를 교환하고 있다')
    gc = next((x.counterpart for x in g.mentions if x.counterpart), "")
    caption = CAPTION.search(m.sentence.text) or all(CAPTION.search(x.sentence.text) for x in g.mentions)
    if gc and m.counterpart and gc != m.counterpart and not caption:
        return False
    # a signing with the city itself, then one with a body of that city told as what came next
    # ('같은 날 오후에는 … 항만청과 … 양해각서를 체결했다', '대표단은 같은 날 오후 … 의과대학을 찾아 … 맺었다')
    # (an event held with others told as what came next is not: '이어 … 무역관과 함께 … 상담회')
    sequel = _SEQUEL.match(m.sentence.text) or m.type not in VENUE_TYPES and _DELEGATION_SEQUEL.match(m.sentence.text)
    if m.counterpart and m.status == "signed" and sequel and any(x.with_place for x in g.mentions):
        return False
    if m.another and (gc or m.counterpart) and gc != m.counterpart:
        return False  # 'X대학교와도 협약을 맺었다': another organisation, another agreement
    if any(x.sentence.index == m.sentence.index for x in g.mentions):
        return False
    gy = g.year
    # (a bare '이날' after a paragraph break is the day of the event told, when the group tells one)
    if gy is not None and m.date is not None and gy != m.date.year and date_stated(m.date) \
            and any(date_stated(x.date) for x in g.mentions if x.date) \
            and not (bare_this_day(m.date) and any(x.date and x.date.day for x in g.mentions)):
        return False
    if m.word.type == "agreement" and not m.partner and gy is not None and m.date is not None \
            and date_stated(m.date) and m.date.year < gy:
        return False  # a bare '협약' with no partner, of a year stated before the news ('2009년 … 동남아의 한
        # 도시와 … 협약을 맺었다'): another one
    gp = next((x.partner for x in g.mentions if x.partner), [])
    if gp and m.partner and not _same_names(gp) & _same_names(m.partner) and not _within_countries(m.partner, gp) \
            and not _within_countries(gp, m.partner):
        return False
    if bool(gp) != bool(m.partner) and f.type in VENUE_TYPES:
        return False
    if _other_signed_partner(g, m) and _another_day(g, m):
        return False  # a headline naming two cities ('두바이·도하와 잇단 협약'): each signed on its day
    if m.status == "signed" and m.partner and m.date and date_stated(m.date) and _another_day(g, m) and any(
            x.status == "signed" and x.date and x.date.day and date_stated(x.date) and x.partner
            and not set(x.partner) & set(m.partner) and not _within_countries(x.partner, m.partner)
            for x in g.mentions) and not CAPTION.search(m.sentence.text) \
            and (not _within_countries(m.partner, m.partner) or national_body(m.sentence, m.place_spans)):
        return False  # the city on the 28th, the country's ministry on the 29th ('이튿날인 29일에는'): two
        # (not a lede's trip to the countries, then one city's signing in them, nor a caption's list;
        # a country only where its ministry or envoy signed, not the country visited)
    if f.type in VENUE_TYPES and len(gp) > 1 and len(m.partner) == 1 and (_another_day(g, m) or (
            m.date and m.date.day and not any(x.date and x.date.day for x in g.mentions)
            and any(len(x.partner) > 1 and not _within_countries(x.partner, x.partner) for x in g.mentions))):
        return False  # a mission to several cities (over a span of days), then one city's event on its own day
    if f.korean and m.korean and not set(f.korean) & set(m.korean):
        return False
    gd = next((x.date for x in g.mentions if x.date and x.date.month), None)
    if gd and m.date and m.date.month and m.own_date and gd.month != m.date.month:
        return False
    # ... nor a bare agreement told as what came next, on another day ('이어 23일에는 … 협약을
    # 체결했다' after the 22nd's declaration)
    day = next((x.date for x in g.mentions if x.date and x.date.day), None)
    return not (any_type and day and m.date and m.date.day and date_stated(m.date) and _SEQUEL.search(m.sentence.text)
                and (day.month, day.day) != (m.date.month, m.date.day))
