"""Folding groups that are one agreement told as several: a founding and its declaration, a
city tie, an exchange's days."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.context import FOUNDING
from partnerships.extract.groups.members import MEMBER_WORDS
from partnerships.extract.groups.model import date_stated
from partnerships.extract.types import STRONG_TYPES

if TYPE_CHECKING:
    from partnerships.extract.groups.model import Group, Mention


# 'MOU도 맺었다', '별도의 협약': a second agreement, not the first one named again (also
# "'…업무협약'도", "'…양해각서'에도")
_ALSO_AFTER = re.compile(r"^['’\"”」』]?\s?(?:\([A-Za-z]+\))?\s?(?:에)?도\s")
_ANOTHER = re.compile(r"별도|추가로|또한|아울러")

_SAME_MEETING = re.compile(r"(?:이날|같은\s?날|같은\s?자리|이\s?자리)(?:\s\S+)?\s(?:총회|회의|창립총회|출범식)?에서")


def fold_founding_declarations(groups: list[Group]) -> list[Group]:
    """A declaration told right after an alliance's founding that names no place abroad of its
    own ('... 얼라이언스를 결성했다. 네 도시는 ... 공동 선언문에 서명했다') is the founding act,
    not a record of its own (as when both stand in one sentence)."""
    founded = [g for g in groups if g.first.type == "alliance"
               and any(FOUNDING.search(m.sentence.text) for m in g.mentions)]
    out: list[Group] = []
    for g in groups:
        host = None
        abroad = {p.id for m in g.mentions for p in m.place_spans if not p.korean}
        if g.first.type == "declaration":
            # (or one adopted at that assembly, '이날 총회에서', naming only its members)
            host = next((h for h in founded if h.year == g.year and (not abroad and any(
                0 < g.first.sentence.index - m.sentence.index <= 2 for m in h.mentions) or abroad
                <= set(h.partner_places()) and _SAME_MEETING.search(g.first.sentence.text))), None)
        if host is None:
            out.append(g)
        else:
            host.mentions.extend(g.mentions)
    return out


def multilateral_member(g: Group, m: Mention) -> bool:
    """A bare 협정 that is the alliance's own agreement: the alliance was a '다자간 협정', or
    the sentence lists who takes part in it ('협정에 참여한 도시는 ...', '협약에는 … 5개 도시가 서명했다')."""
    after = m.sentence.text[m.word.end - m.sentence.start:]
    return g.first.type == "alliance" and ("협정" in g.first.word.text or bool(MEMBER_WORDS.search(after))
                                           or _SIGNED_BY.match(after) is not None)


_SIGNED_BY = re.compile(r"^(?:서|문)?에는\s.{0,120}서명(?:했|하였)")


def fold_city_ties(groups: list[Group]) -> list[Group]:
    """An MOU told beside a sister- or friendship-city agreement with the same partner in the
    same year, and with no organisation of its own, is that agreement under another name
    ('우호협력 협약을 체결했다 ... 양 도시는 이번 MOU로 ...'): one record, not two."""
    out: list[Group] = []
    ties = [g for g in groups if g.first.type in ("sister_city", "friendship_city")]
    for g in groups:
        if g.first.type == "mou" and not any(m.counterpart or _ANOTHER.search(m.sentence.text)
                                             or _ALSO_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:])
                                             for m in g.mentions):
            # (their partners as the records would have them: a lede listing a trip's three cities
            # for both does not make an MOU in one of them the tie made in another)
            partner = set(g.partner_places()) or {p for m in g.mentions for p in m.partner}
            host = next((t for t in ties if t.year == g.year and _same_partner(partner, set(t.partner_places()) or {
                p for m in t.mentions for p in m.partner}) and not _other_days(g, t)), None)
            if host is not None:
                host.mentions.extend(g.mentions)
                continue
        out.append(g)
    return out


def _same_partner(a: set[str], b: set[str]) -> bool:
    """The two name a partner in common: a city or division, or only a country when neither names
    more ('태국과 말레이시아를 방문해 우호교류 협정 1건, 업무협약 1건을' shares Malaysia with the
    MOU told later with 슬랑오르주, which is not the friendship tie)."""
    shared = a & b
    return any(not p.startswith("country-") for p in shared) or bool(shared) and all(
        p.startswith("country-") for p in a | b)


def _days(g: Group) -> set[tuple[int, int, int]]:
    return {(m.date.year, m.date.month, m.date.day) for m in g.mentions
            if m.date and m.date.day and m.date.month and date_stated(m.date)}


def _other_days(a: Group, b: Group) -> bool:
    """Each group states its own day and the days differ: two signings ('25일 ... 합의서를
    체결하고', '이튿날인 26일에는 ... 양해각서에 서명했다')."""
    da, db = _days(a), _days(b)
    return bool(da) and bool(db) and not da & db


def fold_exchanges(groups: list[Group]) -> list[Group]:
    """What the parties did or agreed right after a signing ('공연도 함께 봤다', '교류를
    이어가기로 했다') is evidence of that agreement, not an exchange record of its own."""
    out: list[Group] = []
    for g in groups:
        undated = not any(m.own_date or (m.date and date_stated(m.date)) for m in g.mentions)
        if g.first.type == "exchange":
            host = next((h for h in out if h.first.type in STRONG_TYPES and any(
                0 <= g.first.sentence.index - m.sentence.index <= 3 for m in h.mentions)
                # ... or on the signing's day ('이날'), or told in a sentence about the signing
                and (undated or (_days(g) and _days(g) <= _days(h))
                     or (not any(m.own_date for m in g.mentions) and g.year == h.year
                         and any(m.sentence.index == g.first.sentence.index for m in h.mentions)))
                and (not g.first.partner or set(g.first.partner) & {p for m in h.mentions for p in m.partner})), None)
            if host is not None:
                host.mentions.extend(g.mentions)
                continue
        out.append(g)
    return out
