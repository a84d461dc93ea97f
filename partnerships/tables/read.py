"""Reading a sheet: .xlsx (openpyxl), .xls (xlrd), .csv (UTF-8 or CP949) -> rows of cell values.

Cells come back as str, int, float, datetime or None. A merged range gives its value to every cell
it covers (a country merged over three rows is the country of each).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from partnerships.errors import DataError

SUFFIXES = (".xlsx", ".xls", ".csv")
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_SHEET_XML = 300 * 1024 * 1024  # the workbook's sheets unpacked, bytes (a small file can unpack to gigabytes)
MAX_MERGED_CELLS = 200_000  # cells covered by merged ranges: the reader makes one object per cell


class TableError(DataError):
    """A file that cannot be read as a table."""


@dataclass
class Sheet:
    """One sheet's cells, row by row (row 1 of the sheet is `rows[0]`)."""

    name: str
    rows: list[list[Any]]


def suffix(filename: str) -> str:
    return PurePosixPath(filename).suffix.lower()


def _check(data: bytes, filename: str) -> str:
    ext = suffix(filename)
    if ext not in SUFFIXES:
        raise TableError(f"{filename}: only {', '.join(SUFFIXES)} files can be imported")
    if len(data) > MAX_BYTES:
        raise TableError(f"{filename} is {len(data) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB")
    if not data.strip():
        raise TableError(f"{filename} is empty")
    return ext


def sheet_names(data: bytes, filename: str) -> list[str]:
    """The sheets of a workbook (a CSV file has one, named after the file)."""
    ext = _check(data, filename)
    if ext == ".csv":
        return [PurePosixPath(filename).stem]
    if ext == ".xlsx":
        return _open_xlsx(data, filename).sheetnames
    return _open_xls(data, filename).sheet_names()


def read_sheet(data: bytes, filename: str, sheet: str | None = None) -> Sheet:
    """The named sheet (default: the first) of the file. Raises TableError."""
    ext = _check(data, filename)
    if ext == ".csv":
        return Sheet(PurePosixPath(filename).stem, _csv_rows(data, filename))
    if ext == ".xlsx":
        return _xlsx(data, filename, sheet)
    return _xls(data, filename, sheet)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), else CP949
    (Korean Excel's CSV)."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TableError("the file starts like UTF-16 text but is not; save it as CSV UTF-8") from exc
    for enc in ("utf-8-sig", "cp949"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise TableError("the CSV file is neither UTF-8 nor CP949 text")


def _csv_rows(data: bytes, filename: str) -> list[list[Any]]:
    if b"\x00" in data[:4096] and not data.startswith(_UTF16_BOMS):
        raise TableError(f"{filename} is not a text CSV file (binary content; a spreadsheet saved as text "
                         "should be CSV UTF-8, CP949 or Unicode text)")
    text = decode_csv(data)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for i, row in enumerate(csv.reader(io.StringIO(text), dialect)):
            if i >= MAX_ROWS:
                raise TableError(f"{filename} has more than {MAX_ROWS} rows")
            rows.append([c.strip() if c.strip() else None for c in row])
    except csv.Error as exc:  # a cell over the csv module's 128 KB limit, a stray NUL
        raise TableError(f"{filename}: row {len(rows) + 1} cannot be read ({exc})") from exc
    return rows


_MERGE_REF = re.compile(rb'<mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _covered(ref: re.Match) -> int:
    """The cells a `<mergeCell ref="A1:C4"/>` covers."""
    def column(letters: bytes) -> int:
        n = 0
        for ch in letters:
            n = n * 26 + ch - 64
        return n

    rows = int(ref.group(4)) - int(ref.group(2)) + 1
    return max(rows, 0) * max(column(ref.group(3)) - column(ref.group(1)) + 1, 0)


def _check_size(zf, filename: str) -> None:
    """Refuse a workbook before it is loaded when its sheets unpack past MAX_SHEET_XML or its merged
    ranges cover more than MAX_MERGED_CELLS cells (a 5 KB file merging A1:XFD100 took minutes)."""
    sheets = [i for i in zf.infolist() if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")]
    if sum(i.file_size for i in sheets) > MAX_SHEET_XML:
        raise TableError(f"{filename} unpacks to more than {MAX_SHEET_XML // 2**20} MB of sheets; "
                         "save a smaller table")
    merged = 0
    for info in sheets:
        with zf.open(info) as fh:
            buf = b""
            while chunk := fh.read(1 << 20):
                buf += chunk
                last = 0
                for m in _MERGE_REF.finditer(buf):  # a range cut by the chunk's end waits in the tail
                    merged += _covered(m)
                    last = m.end()
                buf = buf[max(last, len(buf) - 128):]
        if merged > MAX_MERGED_CELLS:
            raise TableError(f"{filename} has merged cells covering more than {MAX_MERGED_CELLS:,} cells; "
                             "unmerge them (Excel: Home > Merge & Center > Unmerge Cells) and try again")


def _open_xlsx(data: bytes, filename: str):
    import zipfile

    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            _check_size(zf, filename)
        return openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except TableError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise TableError(f"{filename} is not a readable .xlsx workbook ({exc})") from exc


def _xlsx(data: bytes, filename: str, sheet: str | None) -> Sheet:
    wb = _open_xlsx(data, filename)
    if sheet is not None and sheet not in wb.sheetnames:
        raise TableError(f"{filename} has no sheet {sheet!r} (sheets: {', '.join(wb.sheetnames)})")
    ws = wb[sheet] if sheet is not None else wb.worksheets[0]
    if ws.max_row > MAX_ROWS:
        raise TableError(f"{filename} has more than {MAX_ROWS} rows")
    rows = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        value = rows[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(rows) else None
        for r in range(rng.min_row, min(rng.max_row, len(rows)) + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = value
    return Sheet(ws.title, rows)


def _cell(v: Any) -> Any:
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dt.time):
        return None
    return v


def _open_xls(data: bytes, filename: str):
    import xlrd

    try:
        return xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except (xlrd.XLRDError, ValueError, AssertionError, IndexError, KeyError, OSError) as exc:
        raise TableError(f"{filename} is not a readable .xls workbook ({exc})") from exc


def _xls(data: bytes, filename: str, sheet: str | None) -> Sheet:
    import xlrd

    book = _open_xls(data, filename)
    names = book.sheet_names()
    if sheet is not None and sheet not in names:
        raise TableError(f"{filename} has no sheet {sheet!r} (sheets: {', '.join(names)})")
    ws = book.sheet_by_name(sheet) if sheet is not None else book.sheet_by_index(0)
    if ws.nrows > MAX_ROWS:
        raise TableError(f"{filename} has more than {MAX_ROWS} rows")
    rows: list[list[Any]] = []
    for r in range(ws.nrows):
        row = []
        for c in range(ws.ncols):
            cell = ws.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    row.append(cell.value)
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                row.append(None)
            elif cell.ctype == xlrd.XL_CELL_TEXT:
                row.append(cell.value.strip() or None)
            elif cell.ctype == xlrd.XL_CELL_NUMBER:
                v = cell.value
                row.append(int(v) if float(v).is_integer() else v)
            else:
                row.append(None)
        rows.append(row)
    for rlo, rhi, clo, chi in ws.merged_cells:
        value = rows[rlo][clo]
        for r in range(rlo, rhi):
            for c in range(clo, chi):
                rows[r][c] = value
    return Sheet(ws.name, rows)
