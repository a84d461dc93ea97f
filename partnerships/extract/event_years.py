"""The year of a page that gives no date at all, from what its text says of that year: a plan it calls
this year's ('2025년 … 확충 계획'에 따라 올해 …'), or the events it tells of holding, named after
their year ("'2009 전남 농수산물 오사카 판촉전'을 열고": held, not planned, one year for all)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

# a year's plan, programme or budget the sentence calls this year's ('2025년 … 확충 계획'에 따라
# 올해 …', '올해 2025년 사업으로')
_YEARS_PLAN = re.compile(r"((?:19|20)\d{2})\s?년[^.]{0,30}?(?:계획|사업|예산|프로젝트)")
_THIS_YEAR = re.compile(r"(?<![가-힣])올해(?![가-힣]*\s?(?:까지|부터))")
_YEAR_NAMED_EVENT = re.compile(r"['‘\"“]((?:19|20)\d{2})\s[^'’\"”]{2,40}?(?:판촉전|설명회|상담회|박람회|로드쇼|"
                               r"페어|전시회|엑스포|포럼|축제|주간|문화제|한마당)['’\"”]\s?(?:을|를)\s?"
                               r"(?:열[고었어며]|개최[해했하]|마련[해했하]|진행[해했하])")


def year_of_this_years_plan(texts: Sequence[str]) -> tuple[int, str] | None:
    """(year, why) of a plan a sentence calls this year's."""
    for text in texts:
        if _THIS_YEAR.search(text) and (m := _YEARS_PLAN.search(text)):
            year = int(m.group(1))
            return year, f"'{_short(text)}' calls the {year} plan this year's"
    return None


def year_of_held_events(texts: Sequence[str], *, today: dt.date | None = None) -> tuple[int, str] | None:
    """(year, why) the held events are named after, if they all name one (not one still to come)."""
    now = (today or dt.date.today()).year
    years = {int(m.group(1)) for text in texts for m in _YEAR_NAMED_EVENT.finditer(text) if int(m.group(1)) <= now}
    if len(years) != 1:
        return None
    year = years.pop()
    return year, f"the event held, named after {year}"


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
