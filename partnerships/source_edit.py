"""A reviewer's change to a record's source: its publisher and publication date, nothing else.

    checked(record["source"], {"publisher": "Yonhap"})   # the source with the change; ValueError if refused

A folder of articles may come without either; the review form fills them in. Only the parts sent
are changed, over the source as it is now, so another reviewer's fix to the other part stays.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from partnerships import params
from partnerships.model import FULL_DATE_RE, YEAR_MIN

EDITABLE = ("publisher", "published")


def checked(now: dict[str, Any], change: Any) -> dict[str, Any]:
    """The source `now` with the reviewer's `change` to its publisher or publication date (the only
    parts a reviewer changes; any other part sent must be as it is): neither left empty, nothing
    hidden in the publisher, the date a day of the calendar (YYYY-MM-DD), not in the future."""
    if not isinstance(change, dict) or any(k not in EDITABLE and v != now.get(k) for k, v in change.items()):
        raise ValueError("only the source's publisher and publication date can be edited")
    out = dict(now)
    for key in EDITABLE:
        if key not in change or change[key] == now.get(key):
            continue
        value = " ".join(str(change[key] or "").split())
        if not value:
            raise ValueError(f"the source's {'publisher' if key == 'publisher' else 'publication date'} "
                              "cannot be left empty")
        out[key] = value
    if out.get("publisher") != now.get("publisher") and params.has_hidden(str(out["publisher"])):
        raise ValueError("the publisher holds characters a reader cannot see")
    day = str(out.get("published") or "")
    if day and day != now.get("published"):
        try:
            when = dt.date.fromisoformat(day) if FULL_DATE_RE.match(day) else None
        except ValueError:
            when = None
        if when is None or when.year < YEAR_MIN or when > dt.date.today() + dt.timedelta(days=1):
            raise ValueError(f"publication date {day!r}: write a day as YYYY-MM-DD, not in the future")
    return out


def incomplete(record: dict[str, Any]) -> bool:
    """An article's record whose source lacks its publisher or publication date (a sheet's row,
    the national layer's included, is credited by its table instead)."""
    source = record.get("source") or {}
    return "table_row" not in record and not (str(source.get("publisher") or "").strip() and source.get("published"))
