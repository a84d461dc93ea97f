"""Reading a sheet: .xlsx (read_xlsx), .xls (read_xls, xlrd), .csv (UTF-8 or CP949) -> rows of cell values.

Cells come back as str, int, float, datetime or None. A merged range gives its value to every cell
it covers (a country merged over three rows is the country of each). Every reader keeps the
limits of grid.py (rows, columns, cells) while it reads, and every file it cannot read, whatever
the reason, is a TableError (a DataError) saying why.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePosixPath

from partnerships.tables.grid import (
    MAX_BYTES,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_MERGED_CELLS,
    MAX_ROWS,
    Grid,
    Sheet,
    TableError,
)

__all__ = ["MAX_BYTES", "MAX_CELLS", "MAX_COLUMNS", "MAX_MERGED_CELLS", "MAX_ROWS", "SUFFIXES", "Sheet",
           "TableError", "decode_csv", "read_sheet", "sheet_names", "suffix"]

SUFFIXES = (".xlsx", ".xls", ".csv")


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
        from partnerships.tables import read_xlsx

        return read_xlsx.sheet_names(data, filename)
    from partnerships.tables import read_xls

    return read_xls.sheet_names(data, filename)


def read_sheet(data: bytes, filename: str, sheet: str | None = None) -> Sheet:
    """The named sheet (default: the first) of the file. Raises TableError."""
    ext = _check(data, filename)
    if ext == ".csv":
        return _csv(data, filename)
    if ext == ".xlsx":
        from partnerships.tables import read_xlsx

        return read_xlsx.read(data, filename, sheet)
    from partnerships.tables import read_xls

    return read_xls.read(data, filename, sheet)


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


def _csv_text(data: bytes, filename: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith(_UTF16_BOMS):
        raise TableError(f"{filename} is not a text CSV file (binary content; a spreadsheet saved as text "
                         "should be CSV UTF-8, CP949 or Unicode text)")
    try:
        text = decode_csv(data)
    except TableError as exc:
        raise TableError(f"{filename}: {exc}") from None
    nul = text.find("\x00")
    if nul >= 0:  # text never holds one; the database would refuse it later
        raise TableError(f"{filename}: line {text.count(chr(10), 0, nul) + 1} holds a NUL character, which "
                         "text never has (is it a binary file?); save the sheet again as CSV UTF-8")
    return text


def _csv(data: bytes, filename: str) -> Sheet:
    text = _csv_text(data, filename)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    grid = Grid(filename, PurePosixPath(filename).stem)
    n = 0
    try:
        for n, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            grid.add_row(n, row)
    except csv.Error as exc:  # a cell over the csv module's 128 KB limit
        raise TableError(f"{filename}: row {n + 1} cannot be read ({exc})") from exc
    return grid.sheet()
