"""Reading an .xls workbook (xlrd), after checking how much the chosen sheet would make xlrd store.

xlrd keeps, for each row, a slot for every column up to the row's last cell (blank formatted
cells included): one cell at IV65536 on each of a few sheets of a 6 KB file made it store tens of
millions of slots (a gigabyte, twenty seconds). So the sheet's records are walked first, the way
xlrd will walk them, and the sheet is refused when its rows would hold more than MAX_STORED_CELLS
slots or its merged ranges cover more than MAX_MERGED_CELLS cells. Only that sheet is then loaded
(on demand, rows not padded), and its values go through the Grid's limits like any other sheet's.
"""

from __future__ import annotations

import struct
from typing import Any

from partnerships.tables.grid import MAX_MERGED_CELLS, Grid, Sheet, TableError, merged_too_much

MAX_STORED_CELLS = 4_000_000  # slots xlrd keeps for one sheet (three lists of them: about 100 MB)

_BOF = (0x0009, 0x0209, 0x0409, 0x0809)
_EOF = 0x000A
# cell records of BIFF2 to BIFF8: row and column are their first two 16-bit fields
_CELLS = frozenset((0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x00D6, 0x00FD,
                    0x0201, 0x0203, 0x0204, 0x0205, 0x0206, 0x027E, 0x0406))
_SPANS = (0x00BD, 0x00BE)  # MULRK, MULBLANK: row, first column, ..., last column
_MERGED = 0x00E5
# what xlrd raises on a damaged file besides its own errors (struct.error for a record cut short,
# RecursionError, a RuntimeError, for a loop in the compound document's directory)
_UNREADABLE = (struct.error, ValueError, AssertionError, LookupError, OSError, TypeError, OverflowError,
               EOFError, ArithmeticError, AttributeError, RuntimeError)


class _Discard:
    """xlrd's log (warnings about odd files), thrown away."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def _unreadable(filename: str, exc: Exception) -> TableError:
    return TableError(f"{filename} is not a readable .xls workbook ({str(exc) or type(exc).__name__})")


def _errors() -> tuple[type[BaseException], ...]:
    import xlrd
    from xlrd.compdoc import CompDocError

    return (xlrd.XLRDError, CompDocError, *_UNREADABLE)


def _open(data: bytes, filename: str):
    """The workbook with its globals read and its sheets not yet. The records of Excel 2.0 to 4.0
    files are checked first: xlrd reads their one sheet at once (on_demand is for Excel 5.0 on)."""
    import xlrd
    from xlrd import compdoc

    try:
        mem, start, end = data, 0, len(data)
        if data[:8] == compdoc.SIGNATURE:
            doc = compdoc.CompDoc(data, logfile=_Discard())
            mem, start, end = b"", 0, 0
            for name in ("Workbook", "Book"):  # as xlrd looks for it
                found, base, length = doc.locate_named_stream(name)
                if found:
                    mem, start, end = found, base, base + length
                    break
        code, _, version = struct.unpack_from("<HHH", mem, start) if len(mem) >= start + 6 else (0, 0, 0)
        if not (code == 0x0809 and version in (0x0500, 0x0600)):
            _check_records(mem, start, end, filename, whole=True)
        return xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True,
                                  logfile=_Discard())
    except TableError:
        raise
    except _errors() as exc:
        raise _unreadable(filename, exc) from exc


def sheet_names(data: bytes, filename: str) -> list[str]:
    book = _open(data, filename)
    try:
        return book.sheet_names()
    finally:
        book.release_resources()


def read(data: bytes, filename: str, sheet: str | None) -> Sheet:
    book = _open(data, filename)
    try:
        names = book.sheet_names()
        if sheet is not None and sheet not in names:
            raise TableError(f"{filename} has no sheet {sheet!r} (sheets: {', '.join(names)})")
        index = names.index(sheet) if sheet is not None else 0
        if book.on_demand:
            start = book._sh_abs_posn[index]
            if not 0 <= start < len(book.mem):
                raise TableError(f"{filename} is not a readable .xls workbook (sheet {names[index]!r} is missing)")
            _check_records(book.mem, start, len(book.mem), filename, whole=False, what=f"sheet {names[index]!r}")
        return _rows(book, book.sheet_by_index(index), filename)
    except TableError:
        raise
    except _errors() as exc:
        raise _unreadable(filename, exc) from exc
    finally:
        book.release_resources()


def _check_records(mem: bytes, pos: int, end: int, filename: str, *, whole: bool, what: str = "the file") -> None:
    """Walk a sheet's records from its BOF as xlrd will (an embedded chart skipped up to its EOF, the
    sheet ending at its own EOF), or the whole stream when `whole`: refuse what would make xlrd
    store more than MAX_STORED_CELLS slots or fill more than MAX_MERGED_CELLS merged cells."""
    widths: dict[int, int] = {}  # row -> its last column + 1
    stored = merged = 0
    embedded = False
    if not whole:
        pos += 4 + struct.unpack_from("<H", mem, pos + 2)[0]  # the sheet's own BOF
    while pos + 4 <= end:
        code, size = struct.unpack_from("<HH", mem, pos)
        body, pos = pos + 4, pos + 4 + size
        if code == _EOF:
            if not embedded and not whole:
                return
            embedded = False
        elif embedded:
            continue
        elif code in _BOF:
            embedded = not whole
        elif code == _MERGED and size >= 2:
            merged += _covered(mem, body, size)
            if merged > MAX_MERGED_CELLS:
                raise merged_too_much(filename)
        elif (code in _CELLS and size >= 4) or (code in _SPANS and size >= 6):
            row, col = struct.unpack_from("<HH", mem, body)
            if code in _SPANS:
                col = struct.unpack_from("<H", mem, pos - 2)[0]
            if col + 1 > widths.get(row, 0):
                stored += col + 1 - widths.get(row, 0)
                widths[row] = col + 1
                if stored > MAX_STORED_CELLS:
                    raise TableError(
                        f"{filename}: {what} holds more than {MAX_STORED_CELLS:,} cells, counting formatted blank "
                        f"ones, in {len(widths):,} rows reaching column {max(widths.values()):,}; at most "
                        f"{MAX_STORED_CELLS:,} are read. Delete what lies outside the table (or clear its "
                        "formatting), or save the sheet as .xlsx")


def _covered(mem: bytes, body: int, size: int) -> int:
    """Cells covered by one MERGEDCELLS record's ranges (each range counted as at least one)."""
    count = struct.unpack_from("<H", mem, body)[0]
    count = min(count, (size - 2) // 8)
    total = 0
    for r1, r2, c1, c2 in struct.iter_unpack("<HHHH", mem[body + 2:body + 2 + 8 * count]):
        total += max(1, (r2 - r1 + 1) * (c2 - c1 + 1))
    return total


def _rows(book, ws, filename: str) -> Sheet:
    grid = Grid(filename, ws.name)
    for r in range(ws.nrows):
        grid.add_row(r + 1, [_value(book, ws.cell_type(r, c), ws.cell_value(r, c)) for c in range(ws.row_len(r))])
    merged = 0
    for rlo, rhi, clo, chi in ws.merged_cells:
        merged += max(1, (rhi - rlo) * (chi - clo))
        if merged > MAX_MERGED_CELLS:
            raise merged_too_much(filename)
        grid.merge(rlo + 1, clo + 1, rhi, chi)
    grid.hidden_rows.update(r + 1 for r, info in ws.rowinfo_map.items() if info.hidden)  # as Excel shows it
    grid.hidden_columns.update(c + 1 for c, info in ws.colinfo_map.items() if info.hidden)
    return grid.sheet(date1904=book.datemode == 1)


def _value(book, ctype: int, value: Any) -> Any:
    import xlrd

    if ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
    if ctype == xlrd.XL_CELL_TEXT:
        return value.replace("\x00", "")
    if ctype == xlrd.XL_CELL_NUMBER:
        return int(value) if float(value).is_integer() else value
    return None
