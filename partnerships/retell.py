"""A corrected place name or date told again in a record's titles and summaries, by whole names
only: 'York' is not found inside 'New York' or 'Yorkshire', nor '바리' inside '바리스타'."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, select

from geo.gazetteer import default_gazetteer
from partnerships.db import schema as s

_WORD = "0-9A-Za-z\u00c0-\u024f가-힣"  # letters and digits a name does not run on into
_KO_NEXT = "시주현성구군도와과은는이가을를의에로으측까부"  # a particle or a place word after a Korean name


def retell(text: str, old: str, new: str) -> str:
    """`text` with each whole `old` written as `new` (an `old` inside a `new` already there is left)."""
    if not old or not new or old == new:
        return text
    after = rf"(?=$|[^{_WORD}]|[{_KO_NEXT}])" if re.search("[가-힣]$", old) else rf"(?![{_WORD}])"
    pattern = re.compile(rf"(?<![{_WORD}]){re.escape(old)}{after}")
    kept = [m.span() for m in re.finditer(re.escape(new), text)] if old in new else []
    out, last = [], 0
    for m in pattern.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in kept):
            continue
        out += [text[last:m.start()], new]
        last = m.end()
    return "".join([*out, text[last:]])


def retell_fields(out: dict[str, Any], changes: dict[str, Any], swaps: list[tuple[str, str]],
                  keep: tuple[str, ...] = ()) -> None:
    """Titles and summaries the reviewer did not edit say the corrected value for the old one; the
    phrases in `keep` stay as they are ('reported on 2025-02-21': the publication date, not the event's)."""
    for field in ("title_en", "title_ko", "summary_en", "summary_ko"):
        if field in changes or not out.get(field):
            continue
        text = str(out[field])
        held = [phrase for phrase in keep if phrase and phrase in text]
        for k, phrase in enumerate(held):
            text = text.replace(phrase, f"\x00{k}\x00")
        for old, new in swaps:
            text = retell(text, old, new)
        for k, phrase in enumerate(held):
            text = text.replace(f"\x00{k}\x00", phrase)
        out[field] = text


def place_names(conn: Connection, pid: str) -> tuple[str, str] | None:
    """(Korean name, English name) of a stored place."""
    row = conn.execute(select(s.places.c.name_ko, s.places.c.name_en).where(s.places.c.id == pid)).first()
    if row is None:
        place = default_gazetteer().get(pid) if pid in default_gazetteer() else None
        return (place.name_ko, place.name_en) if place else None
    return (row.name_ko or "", row.name_en or "")
