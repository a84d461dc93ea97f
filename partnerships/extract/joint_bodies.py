"""Public bodies two Korean governments run together: a free economic zone authority that
Busan and South Gyeongsang set up ('부산진해경제자유구역청') acts for both of them."""

from __future__ import annotations

import re
from collections.abc import Callable

# the joint free economic zones by the names articles give their authorities, and the
# first-level governments that run each
_OWNERS = {"부산진해": ("kr-busan", "kr-gyeongsangnam-do"),
           "광양만권": ("kr-jeollanam-do", "kr-gyeongsangnam-do"),
           "광양만": ("kr-jeollanam-do", "kr-gyeongsangnam-do"),
           "대구경북": ("kr-daegu", "kr-gyeongsangbuk-do"),
           "대경": ("kr-daegu", "kr-gyeongsangbuk-do")}
_AUTHORITY = re.compile(rf"({'|'.join(sorted(_OWNERS, key=len, reverse=True))})\s?"
                        r"(?:경제자유구역청|경자청|경제청|자유구역청)")


def joint_owners(found: list, text: str, offset: int, gazetteer, make: Callable) -> list:
    """The mentions of a sentence with each joint authority's name standing for both its
    governments, in place of whatever part of the name was read as a place ('부산', '광양')."""
    out, changed = list(found), False
    for m in _AUTHORITY.finditer(text):
        start, end = offset + m.start(1), offset + m.end(1)
        if m.start() and re.match(r"[가-힣]", text[m.start() - 1]):
            continue  # inside a longer word
        try:
            owners = [gazetteer.get(place_id) for place_id in _OWNERS[m.group(1)]]
        except LookupError:  # a gazetteer without them
            continue
        out = [p for p in out if not (p.korean and p.start < end and start < p.end)]
        out.extend(make(place, start, end, m.group(1), text[m.end(1):]) for place in owners)
        changed = True
    return sorted(out, key=lambda p: p.start) if changed else out
