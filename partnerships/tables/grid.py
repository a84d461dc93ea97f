"""What every sheet reader returns (a Sheet) and the limits all of them keep while reading.

A reader hands its cells to a Grid one by one (or a row at a time) as it streams through the file;
the Grid refuses the sheet as soon as its values reach past MAX_ROWS, MAX_COLUMNS or MAX_CELLS, so
a small file naming a far-away cell (XFD1048576) costs nothing before it is refused. Empty cells
are not stored: the sheet is as large as the cells that hold values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from partnerships.errors import DataError

MAX_BYTES = 20 * 1024 * 1024  # the uploaded file
MAX_ROWS = 100_000  # rows of data; a sheet may hold HEADING_ROWS more above them (titles, headers)
HEADING_ROWS = 20
# More columns than any table of partnerships has; the import page offers every column in a dozen
# select boxes, and 150,000 of them froze the browser. 256 is also what an .xls sheet can hold.
MAX_COLUMNS = 256
# Rows x columns of the table read (100,000 rows of 20 columns, or 7,800 rows of all 256): a few
# hundred MB at most once the rows become Python lists, and a few seconds to read.
MAX_CELLS = 2_000_000
MAX_MERGED_CELLS = 200_000  # cells covered by merged ranges, counted before they are filled in


class TableError(DataError):
    """A file that cannot be read as a table."""


@dataclass
class Sheet:
    """One sheet's cells, row by row (row 1 of the sheet is `rows[0]`)."""

    name: str
    rows: list[list[Any]]
    date1904: bool = False  # a Mac workbook's date system: its date numbers count from 1904-01-01
    hidden_rows: frozenset[int] = frozenset()  # 1-based rows the workbook hides (a filter's, or by hand)
    hidden_columns: tuple[int, ...] = ()  # 1-based columns the workbook hides, taken out of `rows`


class LinkedText(str):
    """A cell's words with the address the cell links to (Excel's Insert > Link, or a HYPERLINK
    formula): the words are the value; `url` is the address, as the workbook wrote it."""

    url: str

    def __new__(cls, text: str, url: str):
        self = super().__new__(cls, text)
        self.url = url
        return self


def clean(v: Any) -> Any:
    """A cell's value as the tables package uses it: text stripped (blank is None), no times of day."""
    if isinstance(v, LinkedText):
        return LinkedText(v.strip(), v.url) if v.strip() else None
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dt.time):
        return None
    return v


def merged_too_much(filename: str) -> TableError:
    return TableError(f"{filename} has merged cells covering more than {MAX_MERGED_CELLS:,} cells; "
                      "unmerge them (Excel: Home > Merge & Center > Unmerge Cells) and try again")


class Grid:
    """The values of one sheet, gathered cell by cell or row by row (1-based), within the limits."""

    def __init__(self, filename: str, name: str):
        self.filename = filename
        self.name = name
        self.rows: list[list[Any]] = []
        self.width = 0  # the last column holding a value
        self.merges: list[tuple[int, int, int, int]] = []
        self.hidden_rows: set[int] = set()
        self.hidden_columns: set[int] = set()
        self.links: dict[tuple[int, int], str] = {}  # (row, column) -> the address a cell links to

    def _fits(self, row: int, col: int) -> None:
        rows, cols = max(row, len(self.rows)), max(col, self.width)
        if row < 1 or col < 1:
            raise TableError(f"{self.filename}: sheet {self.name!r} has a cell at row {row}, column {col}, "
                             "outside any sheet")
        if rows > MAX_ROWS + HEADING_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS + HEADING_ROWS * cols:
            raise TableError(
                f"{self.filename}: sheet {self.name!r} spans at least {rows:,} row{'s' if rows != 1 else ''} x "
                f"{cols:,} column{'s' if cols != 1 else ''} (a value at row {row:,}, column {col:,}); "
                f"at most {MAX_ROWS:,} rows of data (and {HEADING_ROWS} heading rows above them), {MAX_COLUMNS:,} "
                f"columns and {MAX_CELLS:,} cells are read. "
                "Delete what lies outside the table, or split it into smaller files")

    def put(self, row: int, col: int, value: Any) -> None:
        """One cell's value (None is not stored)."""
        value = clean(value)
        if value is None:
            return
        self._fits(row, col)
        while len(self.rows) < row:
            self.rows.append([])
        cells = self.rows[row - 1]
        if len(cells) < col:
            cells.extend([None] * (col - len(cells)))
        cells[col - 1] = value
        self.width = max(self.width, col)

    def add_row(self, row: int, values: list[Any]) -> None:
        """A whole row, left to right from column 1 (replacing what the row held)."""
        cells = [clean(v) for v in values]
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:
            return
        self._fits(row, len(cells))
        while len(self.rows) < row:
            self.rows.append([])
        self.rows[row - 1] = cells
        self.width = max(self.width, len(cells))

    def merge(self, min_row: int, min_col: int, max_row: int, max_col: int) -> None:
        """A merged range (1-based, inclusive): its top-left value is copied over it when done."""
        self.merges.append((min_row, min_col, max_row, max_col))

    def sheet(self, *, date1904: bool = False) -> Sheet:
        """The rows, each as wide as the widest, merged ranges filled in (within the values' extent),
        a linked cell's words carrying its address."""
        for row in self.rows:
            row.extend([None] * (self.width - len(row)))
        for (r, c), url in self.links.items():
            if r <= len(self.rows) and c <= self.width and isinstance(text := self.rows[r - 1][c - 1], str):
                self.rows[r - 1][c - 1] = LinkedText(text, url)
        for r1, c1, r2, c2 in self.merges:
            if not (1 <= r1 <= len(self.rows) and 1 <= c1 <= self.width):
                continue
            value = self.rows[r1 - 1][c1 - 1]
            for r in range(r1, min(r2, len(self.rows)) + 1):
                cells = self.rows[r - 1]
                for c in range(c1, min(c2, self.width) + 1):
                    cells[c - 1] = value
        hidden = tuple(sorted(c for c in self.hidden_columns if 1 <= c <= self.width))
        if hidden:  # what Excel does not show is not read: a hidden 'date' beside the corrected one
            gone = set(hidden)
            self.rows = [[v for c, v in enumerate(row, 1) if c not in gone] for row in self.rows]
        return Sheet(self.name, self.rows, date1904, frozenset(self.hidden_rows), hidden)
