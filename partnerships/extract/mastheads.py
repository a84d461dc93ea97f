"""The date a newspaper prints in its masthead or header line, for a page with no metadata and no
worded stamp: '강원일보 | 2025-09-22 | 양양=…', '강원도민일보  2025년 5월 12일 월요일  |  지역',
'2024년 08월 29일 (목)  하동뉴스 최○○ 기자', '[전남일보 2026.03.18] 영암군이 …',
'배포 : 2026년 9월 10일(목) | 담당 : …'.

Only the page's first lines are read, and only a date that stands as a field of its own (between
bars or wide gaps, or in a bracketed dateline): a date inside a sentence is an event's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from partnerships.model import YEAR_MIN

_DATE = r"((?:19|20)\d{2})\s?(?:[./-]|년)\s?(\d{1,2})\s?(?:[./-]|월)\s?(\d{1,2})\s?일?\.?"
# a weekday, a clock time or a bulletin's slot may follow ('(수)', '월요일', '[18:31]', '저녁 8시 뉴스')
_AFTER = (r"(?:\s?\(?[월화수목금토일]\)?(?:요일)?)?(?:\s?\[?(?:오전|오후)?\s?\d{1,2}:\d{2}\]?)?"
          r"(?:\s(?:아침|저녁|밤|낮|오전|오후)?\s?\d{1,2}시\s?뉴스)?")
_FIELD = re.compile(rf"^(?:(?:배포|등록일|작성일|게재일|발행일|보도일|승인)\s?[:：|]?\s?)?{_DATE}{_AFTER}$")
_BRACKETED = re.compile(rf"^\[(?!수집|크롤|스크랩|저장|접속|열람|조회|출력|인쇄)[^\]\d]{{2,20}}\s{_DATE}\]")
_FIELDS = re.compile(r"\s*[|｜]\s*|\s{2,}")
_FIRST_LINES = 12
_LONGEST = 100  # a masthead is short; a longer line is a sentence


def masthead_date(lines: Sequence) -> tuple[dt.date, str, int] | None:
    """(date, the text it was read from, its offset) from the first header line that has one."""
    for line in [x for x in lines if x.text.strip()][:_FIRST_LINES]:
        if line.why.startswith("after related") or line.why == "related/comments list":
            continue  # a list of other stories ('오늘의 주요뉴스   2025.03.12. 수요일')
        text = line.text
        if (m := _BRACKETED.match(text.strip())) is not None:
            found = _day(m)
            if found:
                return found, m.group(0), line.start + text.index(m.group(0))
            continue
        if len(text.strip()) > _LONGEST:
            continue
        fields = [f for f in _FIELDS.split(text.strip()) if f]
        if len(fields) < 2 and not text.strip().startswith(("배포", "등록일", "작성일", "게재일", "발행일")):
            continue
        for field in fields:
            if (m := _FIELD.match(field)) is not None and (day := _day(m)) is not None:
                return day, field, line.start + text.index(field)
    return None


def is_header_line(text: str) -> bool:
    """A short line of fields, one of them a date ('충북·세종·대전·충남의 힘  |  2018년 05월 24일 목요일'):
    a paper's header, whose places (its region's slogan) are no party of what the page reports."""
    text = text.strip()
    if len(text) > _LONGEST:
        return False
    fields = [f for f in _FIELDS.split(text) if f]
    return len(fields) >= 2 and any(_FIELD.match(f) for f in fields)


def _day(m: re.Match) -> dt.date | None:
    """The day the match names, if it is one a page can have been published on."""
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return day if could_be_published(day) else None


def could_be_published(day: dt.date) -> bool:
    """Whether a page can bear this date: not before the atlas's first year, not after tomorrow
    (a sign-off of 2099 or 1901 dates no page: the article is read as undated, not refused)."""
    return day.year >= YEAR_MIN and day <= dt.date.today() + dt.timedelta(days=1)


# a newsletter's or magazine's issue named at its head ('강남소식 2014년 7월호', '2019. 3월호',
# '뉴스레터 제47호 (2023년 10월)', '2023년 10월 (제47호)')
_ISSUE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?(?:년|\.)\s?(\d{1,2})\s?월\s?호(?![가-힣])"
                    r"|제\s?\d{1,4}\s?호\s?[(\[]?\s?((?:19|20)\d{2})\s?(?:년|\.)\s?(\d{1,2})\s?월?\s?[)\]]"
                    r"|(?<!\d)((?:19|20)\d{2})\s?년\s?(\d{1,2})\s?월\s?[(\[]\s?제\s?\d{1,4}\s?호\s?[)\]]")
# ... or in English-mixed copy ('Vol. 87 | November 2024')
_ISSUE_EN = re.compile(r"(?:Vol|No|Issue)\.?\s?\d{1,4}\s?[|·,/]\s?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                       r"[a-z]{0,6}\.?\s((?:19|20)\d{2})(?!\d)")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISSUE_LINES = 4


def issue_month(lines: Sequence) -> tuple[dt.date, str, int] | None:
    """(the issue month's first day, the text it was read from, its offset) from the first lines."""
    for line in lines[:_ISSUE_LINES]:
        if (m := _ISSUE.search(line.text)) is not None:
            year, month = (int(g) for g in [g for g in m.groups() if g][:2])
        elif (m := _ISSUE_EN.search(line.text)) is not None:
            year, month = int(m.group(2)), EN_MONTHS.index(m.group(1)) + 1
        else:
            continue
        if 1 <= month <= 12 and could_be_published(dt.date(year, month, 1)):
            return dt.date(year, month, 1), m.group(0), line.start + m.start()
    return None


# a press release signed off on its last line with its date and issuer ('2025년 2월 21일 춘천시 국제협력과',
# '2024. 3. 7. 부산광역시 국제협력과')
_SIGN_OFF = re.compile(rf"^\s*[(\[]?\s*{_DATE}\s?(?:\([월화수목금토일]\))?\s*,?\s*"
                       r"[가-힣]{2,12}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|청|부)"
                       r"(?:\s?[가-힣]{1,12}(?:과|실|팀|국|담당관|센터|본부))?\s*[)\]]?\s*$")


def sign_off_date(lines: Sequence) -> tuple[dt.date, str, int] | None:
    """(date, the text, its offset) from a release's last line naming its date and issuer."""
    last = next((x for x in reversed(lines) if x.text.strip()), None)
    if last is None or (m := _SIGN_OFF.match(last.text)) is None or (day := _day(m)) is None:
        return None
    return day, m.group(0).strip(), last.start + m.start()
