"""Publication dates from file names: `2024-03-18_seoul.html`, `20240318-press.txt`, `2024.3.18 보도자료.md`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath

_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:([-_.])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))(?!\d)"
)


def published_from_name(name: str) -> str | None:
    """The first real calendar date in the file's name (not its folders), as YYYY-MM-DD; a date
    after tomorrow is no publication date (`2099-12-31_suwon.txt`)."""
    inner = name.rsplit("!", 1)[-1] if re.search(r"\.zip!", name, re.I) else name  # a zip's member
    base = PurePosixPath(inner.replace("\\", "/")).name
    latest = dt.date.today() + dt.timedelta(days=1)
    for m in _DATE.finditer(base):
        year = int(m.group(1))
        month, day = (m.group(3), m.group(4)) if m.group(2) else (m.group(5), m.group(6))
        try:
            day_ = dt.date(year, int(month), int(day))
        except ValueError:
            continue
        if day_ <= latest:
            return day_.isoformat()
    return None


def check_published(value: str) -> str:
    """A `--published` value as YYYY-MM-DD; raises ValueError with a plain message."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
