"""What the article says around a sentence: its dates, its main places, and whether a sentence tells the day's news."""

from __future__ import annotations

import datetime as dt
import re

from partnerships.extract import dates as dates_mod
from partnerships.extract.clean import Article
from partnerships.extract.dates import Published
from partnerships.extract.groups.sides import in_quoted_name, korean_side_of, korean_spans, named_as_seat
from partnerships.extract.mastheads import is_header_line
from partnerships.extract.place_context import ARTICLE_TEXT
from partnerships.extract.places import (
    NATIONAL_BODY,
    SEAT_OF_GOVERNMENT,
    GazetteerLike,
    PlaceMention,
    find_places,
)
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention, find_types, status_at

_DATELINE = re.compile(r"\[([가-힣]{2,10})=[가-힣A-Za-z]+\]")

REPORTED = re.compile(r"^\s?(?:밝혔|발표했|전했|설명했|말했)")

FOUNDING = re.compile(r"창립|발족|출범|결성")

_LATER_THAT_DAY = re.compile(r"^\W{0,2}(?:이어\s|이어서\s)?(?:같은\s?날\s)?(?:오전|오후|저녁|낮)(?:에는|에|엔)\s")
_SAME_DAY = re.compile(r"(?<![가-힣])(?:오늘|금일|이날)(?!날)")
_PLAN = re.compile(r"예정|계획|추진한다|추진할|다음\s?달|내달|연내|향후|하반기|상반기|내년|앞두|오는\s?\d{1,2}\s?일")
_ADNOMINAL = re.compile(r"^\s?(?:한|된|했던|됐던|되었던)\s")
_EARLIER = re.compile(r"지난해|작년|재작년|지난\s?\d+\s?년|\d{4}\s?년")


def on_the_day(s: Sentence, ctx: Context, at: int | None = None) -> bool:
    """A present-tense sentence that reports the day itself: '오늘', '이날', the page's own
    date ('14일' on the 14th) or days around it, and no plan wording ('예정', '다음 달', '연내' ...).
    With `at` (the agreement word's offset), a later day told just before it decides ('7일에는
    댈러스로 이동해 …, 8일 샌프란시스코에서 … 설명회를 연다' on the 7th: the 8th, to come)."""
    if _PLAN.search(s.text):
        return False
    if _SAME_DAY.search(s.text):
        return True
    if _LATER_THAT_DAY.match(s.text) and not dates_mod.dates_in(s):
        # '이날 오전 … 개소식을 갖는다. … 오후에는 … 포럼을 개최한다': the day the last dated sentence told
        told = next((x for x in reversed(ctx.sentences[max(0, s.index - 3):s.index])
                     if _SAME_DAY.search(x.text) or dates_mod.dates_in(x)), None)
        return told is not None and on_the_day(told, ctx)
    pub, days = ctx.published(s), _days_told(s, ctx)
    if at is not None and _next_day_told(s, ctx, at):
        return False
    return any(day == pub.date for day in days) or len(days) > 1 and min(days) <= pub.date <= max(days)


def still_to_come(s: Sentence, ctx: Context) -> bool:
    """A sentence with plan wording whose day falls after the page's own date: what it tells
    in the past form ('연 뒤 … 귀국할 예정이다') has not happened yet."""
    if not _PLAN.search(s.text):
        return False
    pub = ctx.published(s)
    return any(day > pub.date for day in _days_told(s, ctx))


_SPAN_BETWEEN = re.compile(r"^\s?(?:일)?\s?(?:부터|~|∼|-|–)")


def _next_day_told(s: Sentence, ctx: Context, at: int) -> bool:
    """The last day told before offset `at` is after the page's date, and ends no span that holds it
    ('16일부터 20일까지 … 열리는' on the 18th holds it)."""
    pub = ctx.published(s)
    if pub.date is None or not pub.exact:
        return False
    told = [(d, r.full_day) for d in dates_mod.dates_in(s) if d.end <= at and d.day
            and (r := dates_mod.resolve(d, pub, past=False)) is not None and r.full_day]
    if not told:
        return False
    (last, day) = told[-1]
    if len(told) > 1 and _SPAN_BETWEEN.match(s.text[told[-2][0].end - s.start:last.start - s.start]):
        return told[-2][1] > pub.date
    return day > pub.date


def _days_told(s: Sentence, ctx: Context) -> list[dt.date]:
    """The full days the sentence gives, read against the page's exact date (none without one)."""
    pub = ctx.published(s)
    if pub.date is None or not pub.exact:
        return []
    days = []
    found = dates_mod.dates_in(s)  # (not the day it was announced: '체결식을 연다고 21일 밝혔다')
    for d in [d for d in found if not REPORTED.match(s.text[d.end - s.start:])] or found:
        r = dates_mod.resolve(d, pub, past=False)
        if r is not None and d.day and r.full_day:
            days.append(r.full_day)
    return days


def is_headline(s: Sentence, ctx: Context) -> bool:
    seg = ctx.segment(s)  # the headline's first line, also when '…' splits it in two
    return bool(seg) and seg[0].line == s.line


def plans_only(sentences: list[Sentence], type_: str) -> bool:
    """True when the article speaks of this agreement only as a plan or a talk."""
    return type_ in _planned_types(sentences)


def _planned_types(sentences: list[Sentence]) -> set[str]:
    """The agreement types the article speaks of as a plan or a talk somewhere (read once an
    article: a headline of many agreement words asked it again for each)."""
    if not sentences:
        return set()
    return sentences[0].memo(f"planned types of {len(sentences)}", lambda: {
        w.type for x in sentences for w in find_types(x) if status_at(x, w)[0] in ("planned", "mention")})


def told_as_background(s: Sentence, w: TypeMention, ctx: Context) -> bool:
    """A founding or launch told in passing ('2016년 설립한 관광청', '지난해 출범한 협의체'),
    or the network's own history with no Korean place acting ('네트워크는 2019년 출범했으며'):
    the sentence dates it before the page's year."""
    rest = s.text[w.end - s.start:]
    if not _ADNOMINAL.match(rest) and not (FOUNDING.search(w.text) and not korean_spans(ctx.places[s.index])):
        return False
    before = s.text[max(0, w.start - s.start - 12):w.start - s.start]
    m = _EARLIER.search(before)
    if not m:
        return False
    pub = ctx.published(s)
    year = re.search(r"\d{4}", m.group(0))
    return not (year and pub.year and int(year.group(0)) >= pub.year)


_HEAD_SENTENCES = 5


class LazyPlaces(dict):
    """Places per sentence index, found when first asked for (analysing a sentence costs)."""

    def __init__(self, sentences: list[Sentence], gazetteer: GazetteerLike) -> None:
        super().__init__()
        self._sentences = sentences
        self._gazetteer = gazetteer
        self._names: dict = {ARTICLE_TEXT: "\n".join(s.text for s in sentences)}

    def __missing__(self, index: int) -> list[PlaceMention]:
        for k in range(min(index, _HEAD_SENTENCES)):
            if k not in self:  # the headline and lead first: a name they place stands for the same place later
                self[k] = find_places(self._sentences[k], self._gazetteer, cache=self._names)
        found = find_places(self._sentences[index], self._gazetteer, cache=self._names)
        self[index] = found
        return found


class Context:
    """What the article says around a sentence: publication date, main places, dateline."""

    def __init__(self, sentences: list[Sentence], places: LazyPlaces,
                 pubs: list[Published], article: Article, gazetteer: GazetteerLike) -> None:
        self.sentences = sentences
        self.places = places
        self.pubs = pubs
        self.dateline: list[str] = []
        self._segments: dict[int, list[Sentence]] = {}
        for m in _DATELINE.finditer(article.text):
            p = gazetteer.find(m.group(1))
            if p is not None and p.country != "KR" and p.kind == "city":
                self.dateline.append(p.id)
                break

    def published(self, s: Sentence) -> Published:
        return dates_mod.published_for(self.pubs, s.line)

    def segment(self, s: Sentence) -> list[Sentence]:
        """The sentences of the article part `s` is in (worked out once per part)."""
        pub = self.published(s)
        if pub.line not in self._segments:
            later = [p.line for p in self.pubs if p.line > pub.line]
            stop = min(later) if later else 10**9
            # the first part starts at the top: a headline comes before its byline date
            start = 0 if pub is self.pubs[0] else pub.line
            self._segments[pub.line] = [x for x in self.sentences if start <= x.line < stop]
        return self._segments[pub.line]

    def lead_korean(self, s: Sentence) -> list[str]:
        """Korean places of the headline and lead of the sentence's article part."""
        seg = [x for x in self.segment(s) if not (x.index < 6 and is_header_line(x.text))]  # (a masthead's)
        lead = seg[:4]
        # ... leaving aside a place inside a quoted name ('제주-나디 시범사업') while another is named
        ids = [pid for x in lead for pid in korean_side_of(
            [p for p in korean_spans(self.places[x.index]) if not p.dateline and not in_quoted_name(x, p)
             and not named_as_seat(x, p)],
            x.text, x.start)]
        if any(_korean_body(x) for x in seg[:6]) and (not ids or all(
                p.venue_marker for x in lead for p in korean_spans(self.places[x.index]) if p.id in ids)):
            return [SEAT_OF_GOVERNMENT]  # a ministry's release: not the place its hotel stands in
            # ('산업통상자원부는 31일 서울 소공동 롯데호텔에서 열린 …')
        ids = ids or [pid for x in lead for pid in korean_side_of(
            [p for p in korean_spans(self.places[x.index]) if not p.dateline], x.text, x.start)]
        ids = ids or [pid for x in lead for pid in korean_side_of(korean_spans(self.places[x.index]), x.text, x.start)]
        if ids:
            return list(dict.fromkeys(ids))
        if any(_korean_body(x) for x in lead):
            return [SEAT_OF_GOVERNMENT]
        counts: dict[str, int] = {}
        for x in seg:
            for p in korean_spans(self.places[x.index]):
                if not p.venue_marker:  # (not where a ministry met: '서울 소공동 롯데호텔에서')
                    counts[p.id] = counts.get(p.id, 0) + 1
        if counts:
            return [max(counts, key=counts.__getitem__)]
        if any(_korean_body(x) for x in seg):
            return [SEAT_OF_GOVERNMENT]
        return []

    def lead_subject(self, s: Sentence) -> list[str]:
        """The Korean government the lead names as its subject ('영천시는 …', not a menu's '경북'),
        else the lead's first Korean place."""
        for x in self.segment(s)[:6]:
            for p in korean_spans(self.places[x.index]):
                if not p.dateline and (SUBJECT_AFTER.match(x.text[p.end - x.start:]) or _SUBJECT_END.search(
                        x.text[p.start - x.start:p.end - x.start + 1])):
                    return [p.id]
        return self.lead_korean(s)[:1]

    def nearby_foreign(self, s: Sentence, *, back: int = 4) -> list[PlaceMention]:
        """Foreign places of the few sentences before `s`, nearest first (not one told as last
        year's: '지난해에는 … 아스타나에서 연 설명회에'), then the lead."""
        out: list[PlaceMention] = []
        for x in reversed(self.sentences[max(0, s.index - back):s.index]):
            if not _LAST_YEARS.match(x.text):
                out.extend(p for p in self.places[x.index] if not p.korean and not named_as_seat(x, p))
        for x in self.segment(s)[:3]:
            out.extend(p for p in self.places[x.index] if not p.korean and not named_as_seat(x, p))
        return out


_LAST_YEARS = re.compile(r"^\W{0,2}(?:지난해|작년|재작년)(?:에는|에도|엔)\s")

SUBJECT_AFTER = re.compile(r"^(?:시|군|구|도)?(?:는|은|이|가)\s")
_SUBJECT_END = re.compile(r"(?:시|군|구|도)(?:는|은|이|가)\s$")  # ... or in the name's span ('의성군은')

SUBJECT_AFTER = re.compile(r"^(?:이|가|은|는)\s")


# a state's or province's own government ('BC주 정부와', '산둥성 정부'), not Korea's
_DIVISION_BEFORE = re.compile(r"[A-Za-z가-힣)](?:주|성|현)\s?$")  # ('브리티시컬럼비아(BC)주 정부')


def _korean_body(x: Sentence) -> bool:
    """Whether the sentence names a body of Korea's government: a ministry or the government, not
    a division's abroad ('BC주 정부와', 'NSW주 교육부와')."""
    return any(not _DIVISION_BEFORE.search(x.text[:m.start()]) for m in NATIONAL_BODY.finditer(x.text))
