"""Finding the header of a sheet: which row (or rows, under merged group headings) names the columns.

City offices' sheets open with a title row merged across the table, sometimes a date line, then a
header that can span two rows ('상대 도시' merged over '국문' and '영문'). The header is the row
whose cells most look like column names; a label row just above or below it that is not one value
across the table (a title) is folded into the labels.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from partnerships.tables.columns import _RULES
from partnerships.tables.read import Sheet

SCAN_ROWS = 30


@dataclass
class Table:
    """A sheet with its header found: column labels and the data rows with their sheet row numbers."""

    sheet: str
    labels: list[str]
    header_rows: tuple[int, ...]  # 1-based sheet rows
    rows: list[tuple[int, list[Any]]]  # (1-based sheet row, cells)
    date1904: bool = False  # the workbook counts its date numbers from 1904 (a Mac's)
    hidden: tuple[int, ...] = ()  # data rows the workbook hides, left out (1-based sheet rows)
    hidden_columns: tuple[int, ...] = ()  # columns the workbook hides, left out (1-based)
    above: tuple[int, ...] = ()  # rows above the header that read as data, not imported (1-based)

    def column(self, label: str) -> int:
        return self.labels.index(label)


def _text(v: Any) -> str:
    return " ".join(str(v).split()) if v is not None else ""


# a cell that is a value, not a label: a date or a year ('1999-01-01', '2014.5.', '1999')
_VALUE = re.compile(r"^\s*(?:19|20)\d{2}(?:\s?[-./년]\s?\d{1,2}){0,2}\s?[.월일]?\s*$")


def _label_like(row: list[Any]) -> bool:
    cells = [v for v in row if v not in (None, "")]
    return bool(cells) and all(isinstance(v, str) and len(v) <= 30 and not _VALUE.match(v) for v in cells)


def _data_above(rows: list[list[Any]], top: int) -> tuple[int, ...]:
    """Rows above the header (before index `top`) that read as data: two cells or more, not a title
    and not labels (a tie typed above the header is not imported: said, not lost in silence)."""
    return tuple(i + 1 for i in range(top) if sum(1 for v in rows[i] if _text(v)) >= 2
                 and not _is_title(rows[i]) and not _label_like(rows[i]))


def _score(row: list[Any]) -> int:
    """How many distinct cells read like column names (a title merged across the row counts once)."""
    seen = set()
    for v in row:
        t = _text(v)
        if isinstance(v, str) and 0 < len(t) <= 30 and any(rule.search(t) for _, rule in _RULES):
            seen.add(t)
    return len(seen)


def _is_title(row: list[Any]) -> bool:
    cells = [_text(v) for v in row if v not in (None, "")]
    return len(set(cells)) <= 1


def find_header(sheet: Sheet, *, header_row: int | None = None) -> Table:
    """The sheet's header and data rows (blank rows dropped). Raises TableError when no row of the
    first 30 looks like a header and none is given."""
    from partnerships.tables.read import TableError

    rows = sheet.rows
    width = max((len(r) for r in rows), default=0)
    rows = [list(r) + [None] * (width - len(r)) for r in rows]
    if header_row is not None:
        if not 1 <= header_row <= len(rows):
            raise TableError(f"header row {header_row} is outside the sheet (1–{len(rows)})")
        best = header_row - 1
    else:
        # a row the workbook hides competes only when no shown row looks like a header (a hidden
        # old header above the one people see would otherwise label the sheet)
        scores = [(_score(r), -i) for i, r in enumerate(rows[:SCAN_ROWS])]
        shown = [sc for sc in scores if -sc[1] + 1 not in sheet.hidden_rows and sc[0] >= 2]
        scores = shown or scores
        if not scores or max(scores)[0] < 2:
            raise TableError(f"sheet {sheet.name!r}: no header row found in the first {SCAN_ROWS} rows "
                             "(expected labels such as 국가, 도시, 구분, 체결일 or country, city, type, date)")
        best = -max(scores)[1]
    block = [best]
    shown = best + 1 not in sheet.hidden_rows  # (a shown header takes no hidden row into its labels)
    if best > 0 and _label_like(rows[best - 1]) and not _is_title(rows[best - 1]) \
            and (best not in sheet.hidden_rows or not shown):
        block.insert(0, best - 1)
    if best + 1 < len(rows) and _label_like(rows[best + 1]) and not _is_title(rows[best + 1]) \
            and _subheader(rows[best], rows[best + 1]) and (best + 2 not in sheet.hidden_rows or not shown):
        block.append(best + 1)
    labels = []
    for c in range(width):
        parts: list[str] = []
        for r in block:
            t = _text(rows[r][c])
            if t and t not in parts:
                parts.append(t)
        labels.append(" ".join(parts) if parts else f"column {c + 1}")
    labels = _unique(labels)
    data = [(i + 1, r) for i, r in enumerate(rows) if i > block[-1] and any(_text(v) for v in r)]
    header_set = {tuple(_text(v) for v in rows[best])}
    data = [(n, r) for n, r in data if tuple(_text(v) for v in r) not in header_set]  # a repeated header
    hidden = tuple(n for n, _ in data if n in sheet.hidden_rows)  # what Excel does not show is not imported
    data = [(n, r) for n, r in data if n not in sheet.hidden_rows]
    return Table(sheet.name, labels, tuple(r + 1 for r in block), data, sheet.date1904, hidden, sheet.hidden_columns,
                 _data_above(rows, block[0]))


def _subheader(top: list[Any], below: list[Any]) -> bool:
    """`below` refines `top`: some column's top label spans several columns (merged, so repeated)."""
    return any(top[c] is not None and top[c] == top[c - 1] and below[c] != below[c - 1]
               for c in range(1, len(top)))


def _unique(labels: list[str]) -> list[str]:
    """Each label once: a repeat gets ' (2)', ' (3)' …, skipping any label the sheet already has
    ('country', 'country', 'country (2)' → 'country', 'country (3)', 'country (2)')."""
    taken = set(labels)
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        if label not in seen:
            seen[label] = 1
            out.append(label)
            continue
        n = seen[label]
        while f"{label} ({n})" in taken or n == 1:
            n += 1
        seen[label] = n
        taken.add(f"{label} ({n})")
        out.append(f"{label} ({n})")
    return out


def cell_text(v: Any) -> str:
    """A cell as it reads in the sheet (dates as YYYY-MM-DD, whole numbers without '.0')."""
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return _text(v)
