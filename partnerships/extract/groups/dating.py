"""The date of one agreement word: its own, the nearest, or the one the story set before."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from partnerships.extract import asides
from partnerships.extract import dates as dates_mod
from partnerships.extract.dates import DateMention, Resolved
from partnerships.extract.groups.context import REPORTED
from partnerships.extract.groups.model import Mention
from partnerships.extract.places import (
    PlaceMention,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention, find_types

if TYPE_CHECKING:
    from partnerships.extract.groups.context import Context


# the day a delegation came home ('… 순방 일정을 마치고 26일 귀국했다')
_CAME_HOME = re.compile(r"^\s?(?:귀국|귀환|돌아)")


def event_dates(s: Sentence) -> list[DateMention]:
    """The sentence's dates that may date an event."""
    found = dates_mod.dates_in(s)
    # '체결했다고 17일 밝혔다': the date of the announcement, not of the event
    found = [d for d in found if not REPORTED.match(s.text[d.end - s.start:])] or found
    # '… 순방 일정을 마치고 26일 귀국했다': the day the delegation came home
    found = [d for d in found if not _CAME_HOME.match(s.text[d.end - s.start:])]
    # '3일부터 7일까지', '10.6~10.7': an event that ran over days is dated by its first
    found = [d for d in found if not _RANGE_END.search(s.text[max(0, d.start - s.start - 4):d.start - s.start])] \
        or found
    # '2040년까지 ...', '2030년 목표': a deadline or target, never the date of the event
    return [d for d in found if not (d.day is None and _DEADLINE.match(s.text[d.end - s.start:]))]


def year_told_before(s: Sentence, ctx: Context) -> list[DateMention]:
    """The year the paragraph's sentence before gives: what '당시' at the start refers to."""
    for x in reversed(ctx.sentences[max(0, s.index - 2):s.index]):
        if x.line != s.line:
            break
        years = [d for d in dates_mod.dates_in(x) if d.year is not None and d.rel_year is None]
        if years:
            return years[-1:]
    return []


def day_told_before(s: Sentence, ctx: Context) -> list[DateMention]:
    """The day the paragraph's sentence before gives (not the day something was announced):
    what '이날' refers to."""
    for x in reversed(ctx.sentences[max(0, s.index - 2):s.index]):
        if x.line != s.line:
            break
        days = [d for d in dates_mod.dates_in(x) if d.day is not None and d.rel_day is None
                and not REPORTED.match(x.text[d.end - x.start:])]
        if days:
            return days[-1:]
    return []


def own_dates(s: Sentence, w: TypeMention, mentions: list[DateMention]) -> list[DateMention]:
    """Dates in brackets right after the agreement word: '협약(2014년)', '전시(2015년 및 2019년)'."""
    rest = s.text[w.end - s.start:]
    m = re.match(r"^\s?(?:\([A-Za-z]+\)\s?)?\(([^()]{1,30})\)", rest)
    if not m:
        return []
    lo = w.end + m.start(1)
    hi = w.end + m.end(1)
    return [d for d in mentions if lo <= d.start and d.end <= hi]


_THIS_TIME = re.compile(r"이번에?\s|올해\s")  # the clause tells today's event, not the one before it


def nearest_date(s: Sentence, w: TypeMention, mentions: list[DateMention]) -> DateMention | None:
    if not mentions:
        return None

    # a date in the word's own clause before one across a clause break ('지난 2019년 … 의향서를
    # 교환한 바 있으며, 올해 하반기 …': 2019)
    # (or an agreement closed as an object before the next: '… 업무협약」을, 이튿날인 6일에는 … 의향서를')
    breaks = s.memo("clause breaks", lambda: [s.start + m.end() for r in (asides.CLAUSE_BREAK, asides.OBJECT_BREAK)
                                              for m in r.finditer(s.text)])

    def across(d: DateMention) -> bool:
        return any(min(d.end, w.end) <= b <= max(d.start, w.start) for b in breaks)

    def distance(d: DateMention) -> tuple[bool, int, int]:
        gap = w.start - d.end if d.end <= w.start else d.start - w.end
        completeness = -sum(x is not None for x in (d.year, d.month, d.day, d.rel_year))
        return (across(d), max(gap, 0), completeness)

    lo = max([b for b in breaks if b <= w.start], default=s.start)
    if _THIS_TIME.search(s.text[lo - s.start:w.start - s.start]):  # '…맺었으며, … 이번에 협약을 갱신했다'
        mentions = [d for d in mentions if not across(d)]
    return min(mentions, key=distance, default=None)


def mentions_dated(s: Sentence, w: TypeMention, base: dict, chosen: list[DateMention], own: list[DateMention],
                    ctx: Context) -> list[Mention]:
    """The word's mentions, dated: by the sentence's own dates, else by what the article told before,
    else by the page's date."""
    pub = ctx.published(s)
    if not chosen and pub.date is None:
        # no page date: the year the previous sentences give the event ('2021년 ... 체결했다.
        # 이번 엑스포 기간 ... 상담회도 열었다')
        for x in reversed(ctx.sentences[max(0, s.index - 2):s.index]):
            stated = [d for d in dates_mod.dates_in(x) if d.year]
            if stated:
                year = stated[-1].year
                return [Mention(**base, date=Resolved(year, None, None, f"inferred: the year of "
                                                      f"the event told just before ('{stated[-1].text}')"),
                                own_date=False)]
    if not chosen and (scene := _scene_set_before(s, ctx) or _same_day_as_before(s, ctx)) is not None:
        return [Mention(**base, date=dates_mod.resolve(scene, pub, past=True), own_date=False)]
    if not chosen:
        resolved = dates_mod.resolve(DateMention(s.start, s.start, "", "none"), pub)
        if resolved is not None:
            resolved = Resolved(resolved.year, None, None,
                                f"inferred: no date in the sentence; {pub.describe()}")
        return [Mention(**base, date=resolved, own_date=False)]
    return [Mention(**base, date=_span_start_as_month(
        s, dm, _after_full_date(s, dm) or _next_day_of_before(s, dm, ctx)
        or dates_mod.resolve(dm, pub, past=True)), own_date=bool(own)) for dm in chosen]


def _after_full_date(s: Sentence, dm: DateMention) -> Resolved | None:
    """A day told alone after a full date in the same sentence ('2024년 5월 3일 … 맺은 데 이어 5일에는'):
    that date's year and month, and its own day (a later day than the full date's)."""
    if dm.year is not None or dm.month is not None or dm.day is None or dm.rel_day is not None \
            or dm.rel_mon is not None:
        return None
    before = [d for d in dates_mod.dates_in(s) if d.end <= dm.start and d.year and d.month and d.day]
    if not before or before[-1].day >= dm.day:
        return None
    told = before[-1]
    return Resolved(told.year, told.month, dm.day, f"inferred: '{dm.text}' relative to '{told.text}'", dm)


_GOING_ON = re.compile(r"^\W{0,2}(?:이어|이어서|이튿날|다음\s?날|그리고)\s(?:\S+\s)?$")


def _next_day_of_before(s: Sentence, dm: DateMention, ctx: Context) -> Resolved | None:
    """A day told alone as the trip goes on ('지난달 12일 … 서명했습니다. 이어서 13일에는 …'): the
    month of the day the sentence before told, when this day comes after it."""
    if dm.year is not None or dm.month is not None or dm.day is None or dm.rel_day is not None \
            or dm.rel_mon is not None or s.index == 0 or not _GOING_ON.match(s.text[:dm.start - s.start]):
        return None
    x = ctx.sentences[s.index - 1]
    days = [d for d in event_dates(x) if d.day and d.kind != "rel_day"]
    told = dates_mod.resolve(days[-1], ctx.published(x), past=True) if days else None
    if told is None or not told.month or not told.day or told.day >= dm.day:
        return None
    return Resolved(told.year, told.month, dm.day, f"inferred: '{dm.text}' after '{days[-1].text}' just before", dm)


def _span_start_as_month(s: Sentence, dm: DateMention, resolved: Resolved | None) -> Resolved | None:
    """A trip's first day ('11월 11일부터 15일까지 … 방문해') is no day of what the trip did: its month
    (an event held over days, '2일부터 5일까지 … 열린 전시회', is dated by its first)."""
    if resolved is None or not resolved.day or not _SPAN_FROM.match(s.text[dm.end - s.start:]):
        return resolved
    return dataclasses.replace(resolved, day=None)


_SPAN_FROM = re.compile(r"^\s?(?:부터|~|∼)[^.]{0,60}?(?:방문|순방|파견|찾아|찾은|출장|일정)")


def in_own_story(s: Sentence, w: TypeMention, mentions: list[DateMention]) -> list[DateMention]:
    """The dates on the agreement word's side of a headline's '…' ('우호교류 협약…계절근로자 MOU는
    3월': March is the other story's)."""
    cuts = [s.start + m.start() for m in asides.STORY_BREAK.finditer(s.text)]
    if not cuts:
        return mentions
    lo = max((c for c in cuts if c < w.start), default=s.start)
    hi = min((c for c in cuts if c >= w.end), default=s.end)
    return [d for d in mentions if lo <= d.start and d.end <= hi]


def _scene_set_before(s: Sentence, ctx: Context) -> DateMention | None:
    """The date a short sentence just before, in the same paragraph, opens with to set the scene
    ('1993년 10월, 수교 이듬해였다. 수원시장 일행은 … 협정서에 서명했다')."""
    if s.index == 0:
        return None
    x = ctx.sentences[s.index - 1]
    if x.line != s.line or len(x.text) > 40 or find_types(x):
        return None
    stated = [d for d in dates_mod.dates_in(x) if d.year]
    return stated[0] if stated and not x.text[:stated[0].start - x.start].strip() else None


_SAME_DAY = re.compile(r"(?:^|\s)(?:같은\s?날|당일)(?:\s|$|에는?\s|오후|오전)")


def _same_day_as_before(s: Sentence, ctx: Context) -> DateMention | None:
    """'개소식에 이어 같은 날 … 체결했다': the day the sentences just before gave (its month and
    year kept: '지난해 12월 28일')."""
    if not _SAME_DAY.search(s.text):
        return None
    for x in reversed(ctx.sentences[max(0, s.index - 3):s.index]):
        days = [d for d in event_dates(x)
                if d.day and d.kind != "rel_day" and not REPORTED.match(x.text[d.end - x.start:])]
        if days:
            return days[-1]
    return None


_RANGE_END = re.compile(r"(?:부터|~|∼|–)\s?$")
_DEADLINE = re.compile(r"^\s?(?:까지|께까지|이내|목표|을\s?목표|를\s?목표)")


def dated_partners(s: Sentence, spans: list[PlaceMention], date_mentions: list[DateMention], *,
                    venues: bool) -> list[tuple[str, DateMention]]:
    """Foreign cities each with its own date: right after it ('방콕(10.6~10.7)과'), or, for an
    event held abroad (`venues`), before it as where that day's event was ('10일부터 11일까지 멕시코
    멕시코시티에서, 13일에는 … 보고타에서')."""
    out: list[tuple[str, DateMention]] = []
    for p in spans:
        if p.korean or p.kind != "city":
            continue
        for d in date_mentions:
            if 0 <= d.start - p.end <= 2 and s.text[p.end - s.start:d.start - s.start].strip() in ("(", ""):
                out.append((p.id, d))
                break
    if len(out) >= 2 or not venues:
        return out
    out = []
    for p in spans:
        if p.korean or p.kind != "city" or not _HELD_THERE.match(s.text[p.end - s.start:]):
            continue
        before = [d for d in date_mentions if d.day is not None and 0 <= p.start - d.end <= 24
                  and _DAY_THERE.fullmatch(s.text[d.end - s.start:p.start - s.start])
                  and not any(q.kind == "city" and d.end <= q.start < p.start for q in spans)]
        if before:
            out.append((p.id, before[-1]))
    return out if len({pid for pid, _ in out}) == len(out) and len({d.start for _, d in out}) == len(out) else []


# what may stand between a day and the city its event was in: local time, the end of its range, '에는', its
# country
_DAY_THERE = re.compile(r"(?:\s?\(현지\s?시간\))?(?:\s?(?:부터|~|∼)\s?(?:\d{1,2}일)?\s?까지)?(?:에는|에)?\s"
                        r"(?:[가-힣]{2,10}\s){0,2}")  # ('6일(현지시간) 멕시코 멕시코시티에서')
# ... where the event was: '멕시코시티에서', '멕시코시티의 한 호텔에서', '자카르타 시내 호텔에서', '보고타로
# 이동해'; or one of
# stops told in turn ('11일 멕시코시티 수출상담회를 시작으로 13일 콜롬비아 보고타, 15일 페루 리마에서')
_HELD_THERE = re.compile(r"에서|의\s(?:한\s)?[가-힣]{1,8}에서|(?:으로|로)\s?이동(?:해|한\s뒤|한\s후)"
                         r"|\s시내\s(?:[가-힣A-Za-z]{1,10}\s)?[가-힣A-Za-z]{0,10}(?:호텔|센터|전시장|전시관)에서"
                         r"|,\s(?=\d{1,2}일\s)|\s?(?:[가-힣]{2,12}\s?)?(?:을|를)\s?시작으로\s(?=\d{1,2}일\s)")
