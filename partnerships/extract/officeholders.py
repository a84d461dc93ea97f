"""The year of an article that prints no date, from who held office when it was written.

A ministry's release often gives only month and day ('태국 방콕(10.6~10.7)') and names its
minister ('국토교통부(장관 원희룡)').  data/officeholders.csv says when each named officeholder was
in office; the stated days then narrow the term to one year:
- a weekday written beside a day ('10월 6일(목)') must be that day's weekday;
- else, when the days fall on working days (Monday to Friday) in only one year of the term, that
  year (official events are held on working days).
The answer is a year only, and says how it was found.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_CSV = Path(__file__).resolve().parents[2] / "data" / "officeholders.csv"
_WEEKDAYS = "월화수목금토일"
# a month and day with the weekday beside it: '10월 6일(목)', '10.6.(목)', '10. 6(목요일)'
_DAY_WITH_WEEKDAY = re.compile(r"(?<![\d.])(\d{1,2})\s?(?:월|\.)\s?(\d{1,2})\s?일?\.?\s?"
                               r"\(\s?([월화수목금토일])(?:요일)?\s?\)")


# a former or then officeholder: '전 시장', '당시 장관', '고(故)', '초대'
_FORMER = re.compile(r"\s(?:전|前|당시|고|故|초대|역대)\s?(?:[가-힣]{1,12}\s?)?$|^\s?(?:전|前)\s")


@dataclass(frozen=True)
class Term:
    """One person's term in one office."""

    name: str
    title: str
    office: str
    start: dt.date
    end: dt.date | None  # None: still in office


@lru_cache(maxsize=1)
def terms(path: Path = _CSV) -> tuple[Term, ...]:
    """The terms listed in data/officeholders.csv (its '#' lines are its notes)."""
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return tuple(Term(r["name_ko"], r["title_ko"], r["office_ko"],
                          dt.date.fromisoformat(r["start"]),
                          dt.date.fromisoformat(r["end"]) if r["end"] else None) for r in rows)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Term, ...]]:
    out: dict[str, list[Term]] = {}
    for t in terms():
        out.setdefault(t.name, []).append(t)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, _by_name()), key=len, reverse=True)))


def _titled(text: str, m: re.Match[str], title: str) -> bool:
    """The name at `m` is written with its title: after it, with at most an office word between
    ('원희룡 장관', '오세훈 서울시장', '원희룡 국토교통부 장관'), or before it ('(장관 원희룡)',
    '서울시장 오세훈')."""
    if m.start() > 0 and re.match(r"[가-힣]", text[m.start() - 1]):
        return False  # inside a longer word
    after = text[m.end():m.end() + 16]
    # the words before it, from a word's start ('…하고 서울시장 ' must not read as '고 서울시장 ')
    before = (" " if m.start() <= 14 else "") + text[max(0, m.start() - 14):m.start()]
    if _FORMER.search(before) or _FORMER.match(after):
        return False  # '박원순 전 시장', '당시 원희룡 장관': a past term, not the writing's time
    return bool(re.match(rf"\s?(?:[가-힣]{{1,12}}\s?)?{title}(?![가-힣]{{2}})", after)
                or re.search(rf"{title}\s?$", before))


def named_terms(text: str) -> list[tuple[str, list[Term]]]:
    """Each officeholder the text names with a title, and the terms the name and title fit."""
    found: dict[str, list[Term]] = {}
    for m in _names().finditer(text):
        fits = [t for t in _by_name()[m.group(0)] if _titled(text, m, t.title)]
        if fits:
            found.setdefault(f"{m.group(0)} {fits[0].title}", fits)
    return list(found.items())


def _in_office(first: dt.date, last: dt.date, named: list[tuple[str, list[Term]]],
               today: dt.date) -> bool:
    """Every named officeholder held the office at some time between `first` and `last`."""
    return all(any(t.start <= last and first <= (t.end or today) for t in fits) for _, fits in named)


def _fits(year: int, days: list[tuple[int, int]], weekdays: list[tuple[int, int, int]],
          named: list[tuple[str, list[Term]]], today: dt.date) -> bool:
    """The year fits the weekdays written beside days and puts the first day in office."""
    try:
        if not all(dt.date(year, mo, d).weekday() == wd for mo, d, wd in weekdays):
            return False
        first, last = ((dt.date(year, *days[0]),) * 2 if days
                       else (dt.date(year, 1, 1), dt.date(year, 12, 31)))
    except ValueError:
        return False
    return _in_office(first, last, named, today)


def _working(year: int, days: list[tuple[int, int]]) -> bool:
    try:
        return all(dt.date(year, mo, d).weekday() < 5 for mo, d in days)
    except ValueError:
        return False


def year_from_office(text: str, days: list[tuple[int, int]], *,
                     today: dt.date | None = None) -> tuple[int, str] | None:
    """The year an undated text was written, and why, or None when it cannot be told.

    `days` are the (month, day) pairs the text states without a year, in text order."""
    named = named_terms(text)
    if not named:
        return None
    today = today or dt.date.today()
    lo = max(min(t.start for t in fits) for _, fits in named)
    hi = min(max(t.end or today for t in fits) for _, fits in named)
    weekdays = [(int(mo), int(d), _WEEKDAYS.index(w)) for mo, d, w in _DAY_WITH_WEEKDAY.findall(text)
                if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31]
    years = [y for y in range(lo.year, hi.year + 1) if _fits(y, days, weekdays, named, today)]
    who = ", ".join(f"{k} ({fits[0].office}, in office {_term_text(fits)})" for k, fits in named)
    if len(years) == 1:
        return years[0], f"the article names {who}; its days fit that term only in {years[0]}"
    working = [y for y in years if _working(y, days)] if days else []
    if len(working) == 1:
        shown = ", ".join(f"{mo}.{d}" for mo, d in dict.fromkeys(days))
        return working[0], (f"the article names {who}; its days ({shown}) are all working days "
                            f"in that term only in {working[0]}")
    return None


def _term_text(fits: list[Term]) -> str:
    return " and ".join(f"{t.start:%Y-%m} to {t.end:%Y-%m}" if t.end else f"since {t.start:%Y-%m}"
                        for t in fits)
