"""Dates as city offices write them: Excel cells and serial numbers, `2014.10.23`, `2014. 10. 23.`,
`2014년 10월 23일`, `2014년 10월`, `'14`, `'94.10.18`, `1994-10-18`, `20141023`, `2014`.

`parse_date` returns an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or raises DateProblem with
a reason; an empty cell gives None.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from partnerships.errors import DataError
from partnerships.model import YEAR_MIN

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAC_EPOCH = dt.date(1904, 1, 1)  # a workbook in the 1904 date system (Excel for Mac's old default)
_SERIAL_MIN, _SERIAL_MAX = 1, 80_000  # 1900-01-01 .. 2119
_SEP = r"\s*[./\-]\s*"
_FORMS = [
    re.compile(r"^(?P<y>\d{4})" + _SEP + r"(?P<m>\d{1,2})" + _SEP + r"(?P<d>\d{1,2})\.?(?:\s*\(.\))?$"),
    re.compile(r"^(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일?$"),
    re.compile(r"^(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월?$"),
    re.compile(r"^(?P<y>\d{4})" + _SEP + r"(?P<m>\d{1,2})\.?$"),
    re.compile(r"^(?P<y>\d{4})\s*년?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    re.compile(r"^['’‘`]?(?P<yy>\d{2})" + _SEP + r"(?P<m>\d{1,2})" + _SEP + r"(?P<d>\d{1,2})\.?$"),
    re.compile(r"^['’‘`]?(?P<yy>\d{2})\s*년\s*(?P<m>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?$"),
    re.compile(r"^['’‘`](?P<yy>\d{2})\s*년?$"),
]


class DateProblem(DataError):
    """A cell that is not a date this reader understands."""


def expand_year(yy: int, *, today: dt.date | None = None) -> int:
    """A two-digit year: the latest year ending in those digits that is not in the future."""
    now = (today or dt.date.today()).year
    year = now - now % 100 + yy
    return year if year <= now else year - 100


def parse_date(value: Any, *, today: dt.date | None = None, date1904: bool = False) -> str | None:
    """The cell's date in ISO form, None for an empty cell; raises DateProblem. A date number
    counts from the workbook's epoch (`date1904`: a Mac workbook's)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise DateProblem(f"{value!r} is not a date")
    if isinstance(value, int | float):
        if YEAR_MIN <= value <= 2100 and float(value).is_integer():
            return str(int(value))
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return ((_MAC_EPOCH if date1904 else _EXCEL_EPOCH) + dt.timedelta(days=int(value))).isoformat()
        raise DateProblem(f"{value!r} is neither a year nor an Excel date number")
    text = " ".join(str(value).split()).rstrip(".")
    text = re.sub(r"\s*\([월화수목금토일]\)$", "", text)
    if re.fullmatch(r"\d{5}(\.0)?", text):
        return parse_date(int(float(text)), today=today, date1904=date1904)
    for form in _FORMS:
        m = form.match(text) or form.match(text + ".")
        if not m:
            continue
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else expand_year(int(g["yy"]), today=today)
        month = int(g["m"]) if g.get("m") else None
        day = int(g["d"]) if g.get("d") else None
        return _iso(year, month, day, value, today)
    raise DateProblem(f"{str(value)!r} is not a date (expected e.g. 2014.10.23, 2014년 10월, '14 or 1994-10-18)")


def _iso(year: int, month: int | None, day: int | None, raw: Any, today: dt.date | None = None) -> str:
    last = (today or dt.date.today()).year + 1
    if not YEAR_MIN <= year <= last:
        raise DateProblem(f"{str(raw)!r}: year {year} is out of range ({YEAR_MIN} to {last})")
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise DateProblem(f"{str(raw)!r}: month {month} does not exist")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise DateProblem(f"{str(raw)!r}: {year}-{month:02d}-{day:02d} is not a calendar date") from None
