"""The mentions of one agreement word: its places, partner by partner, its dates and its sectors."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from partnerships.extract import asides
from partnerships.extract import dates as dates_mod
from partnerships.extract.groups.counterparts import PLACE, counterpart_named
from partnerships.extract.groups.dating import (
    dated_partners,
    day_told_before,
    event_dates,
    in_own_story,
    mentions_dated,
    nearest_date,
    own_dates,
    year_told_before,
)
from partnerships.extract.groups.members import SIGNER_WORDS, members_listed_after
from partnerships.extract.groups.model import VENUE_TYPES, Mention
from partnerships.extract.groups.parties import places_for
from partnerships.extract.groups.word_checks import each_their_own
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.sectors import sector_spans_in
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import STRONG_TYPES, TypeMention, find_types

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context


# a sentence that goes on about the agreement just reported ('협약에 따라', '양 도시는', '센터는')
_ANAPHORA = re.compile(r"(?:협약|협정|의향서|양해각서|결연)(?:에|서|을|에는|의)|에 따라|담겼|"
                       r"(?:두|양)\s?(?:도시|기관|측|지역)|양측|(?:센터|사무소|기관|거점)는")

_AT_THAT_TIME = re.compile(r"^\W{0,2}(?:그\s)?당시(?:에는|에|엔)?\s")
_THAT_YEAR = re.compile(r"(?<![가-힣])그\s?해(?:\s|에|의|\s?\d)")


def _window(s: Sentence, w: TypeMention, words: list[TypeMention]) -> tuple[int, int]:
    """The part of the sentence that belongs to this agreement word: from the end of the previous
    agreement word of another type to the start of the next one."""
    lo, hi = s.start, s.end
    for o in words:
        if o.type == w.type:
            continue
        if o.end <= w.start:
            lo = max(lo, o.end)
        elif o.start >= w.end:
            hi = min(hi, o.start)
            comma = s.text.find(", ", w.end - s.start, o.start - s.start)
            if comma >= 0:  # a list of events: '전시(2015년), 제1회 ... 상 수상(2023년)'
                hi = min(hi, s.start + comma)
    return lo, hi


def mentions_for(s: Sentence, w: TypeMention, st: str, spans: list[PlaceMention],
                  ctx: Context, words: list[TypeMention]) -> list[Mention]:
    pub = ctx.published(s)
    lo, hi = _window(s, w, words)
    date_mentions = in_own_story(s, w, event_dates(s))
    own = own_dates(s, w, date_mentions)
    chosen = own or ([d] if (d := nearest_date(s, w, date_mentions)) else [])
    if len(chosen) == 1 and chosen[0].text == "이날":
        chosen = day_told_before(s, ctx) or chosen  # '10일 쿠리치바였다. … 이날 … 서명하고'
    if _AT_THAT_TIME.match(s.text) and not any(d.end <= w.start for d in chosen):
        chosen = year_told_before(s, ctx) or chosen  # '… 2019년으로 거슬러 올라간다. 당시 … 교환했고'
    elif _THAT_YEAR.search(s.text[:w.start - s.start]) and not any(d.year for d in chosen) \
            and (told := year_told_before(s, ctx)):  # '… 1994년으로 거슬러 올라간다. … 그해 10월, … 맺었다'
        chosen = [dataclasses.replace(d, year=told[0].year, rel_year=None) for d in chosen] or told

    korean, partner, venue, from_text, borrowed = places_for(s, w, asides.clause_places(s, w, spans),
                                                              ctx, lo, hi, whole=spans)
    near, far = _sectors_for(s, w, lo, hi, spans)
    follow: dict[str, int] = {}
    if not far:  # what was agreed is often the next sentence ('협약에 따라 ...', '센터는 ...')
        for x in ctx.sentences[s.index + 1:s.index + 3]:
            if x.line - s.line > 6 or any(t.type not in (w.type, "agreement") for t in find_types(x)
                                          if t.type in STRONG_TYPES):
                break
            if not _ANAPHORA.search(x.text):
                continue
            for k, v in find_sectors_in(x, ctx.places[x.index]).items():
                follow[k] = follow.get(k, 0) + v
    counterpart = counterpart_named(s, w, lo, spans)
    base = {"counterpart": "" if counterpart is PLACE else counterpart,
            "with_place": counterpart is PLACE and st == "signed",
            "another": bool(_FURTHER.search(s.text[lo - s.start:w.start - s.start])
                            or (_ALSO_SIGNED.match(s.text[w.end - s.start:]) and _AT_THE_SAME.search(s.text[:40]))),
            "type": w.type, "status": st, "sentence": s, "word": w, "korean": korean,
            "partner": partner, "venue": venue, "near_sectors": near, "far_sectors": far,
            "places_from_text": from_text, "place_spans": spans, "next_sectors": follow,
            "partner_borrowed": borrowed,
            "members_listed": w.type == "declaration" and bool(members_listed_after(s, ctx, SIGNER_WORDS))}
    # several partner cities each with its own date: one event per city ('방콕(10.6~10.7)과 ...')
    per_city = dated_partners(s, spans, date_mentions, venues=w.type in VENUE_TYPES)
    if not own and len(per_city) >= 2 and w.type in VENUE_TYPES | {"mou", "exchange"}:
        return [Mention(**{**base, "partner": [pid]}, date=dates_mod.resolve(dm, pub),
                        own_date=True) for pid, dm in per_city]
    if len(partner) >= 2 and each_their_own(s, w, spans):
        return [dataclasses.replace(m, partner=[pid]) for m in mentions_dated(s, w, base, chosen, own, ctx)
                for pid in partner]
    return mentions_dated(s, w, base, chosen, own, ctx)


# a further signing: 'X와도 ... 협약을 맺었다', '별도로 ...'
_FURTHER = re.compile(r"[가-힣](?:와|과)도\s|별도")
# ... or one signed too: 'X와 '그린수소 협력 양해각서'도 맺었다'
_ALSO_SIGNED = re.compile(r"^(?:\([^()]{1,20}\))?['’」』\"”]?\s?도\s(?:맺었|체결했|교환했|서명했)")
# ... told as what followed at the same signing ('… 같은 자리에서 …', '이어 …', '아울러 …')
_AT_THE_SAME = re.compile(r"같은\s?(?:자리|날|장소|행사)|^\S*\s?이어\s|아울러|또한")


def find_sectors_in(s: Sentence, spans: list[PlaceMention]) -> dict[str, int]:
    """Sector keyword hits in a sentence, leaving out words inside place or institute names."""
    named = [(p.start, p.end) for p in spans]
    out: dict[str, int] = {}
    for sector, a, _b in sector_spans_in(s):
        if not any(x <= a < y for x, y in named):
            out[sector] = out.get(sector, 0) + 1
    return out


def _sectors_for(s: Sentence, w: TypeMention, lo: int, hi: int,
                 spans: list[PlaceMention]) -> tuple[
        dict[str, int], dict[str, int]]:
    """Sector keywords just before the agreement word (its object: '로봇산업 활성화 업무협약'),
    and in the agreement word's part of the sentence."""
    near: dict[str, int] = {}
    far: dict[str, int] = {}
    near_lo = max(lo, w.start - 40)
    clause_start = s.text.rfind(", ", 0, w.start - s.start)
    if clause_start >= 0:
        near_lo = max(near_lo, s.start + clause_start)
    named = [(p.start, p.end) for p in spans]
    for sector, a, b in sector_spans_in(s):
        if any(x <= a < y for x, y in named):
            continue  # a word inside a place or institute name ('대구기계부품연구원')
        if lo <= a and b <= hi:
            far[sector] = far.get(sector, 0) + 1
        if near_lo <= a and b <= w.end + 12:
            near[sector] = near.get(sector, 0) + 1
    return near, far
