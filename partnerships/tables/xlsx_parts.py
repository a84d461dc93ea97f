"""Streaming passes over the XML parts of an .xlsx workbook (read_xlsx.py puts them together).

Each pass is an expat parser that builds no tree: handlers keep only what the table needs, so a
part's size bounds the time it takes, not the memory. A part that declares a DTD is refused before
any entity is declared (billion laughs, external entities), and so is one nested deeper than
MAX_DEPTH (or holding more than MAX_ELEMENTS) or one that is not well-formed XML.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import IO, Any, Protocol
from xml.parsers import expat

from partnerships.tables.grid import TableError

MAX_PART_BYTES = 128 * 1024 * 1024  # one member unpacked: a sheet of 2,000,000 cells is about 90 MB
MAX_SMALL_PART_BYTES = 16 * 1024 * 1024  # the workbook, relationships and styles (usually a few KB)
MAX_STRINGS = 2_000_000  # shared strings, one per distinct text in the workbook
MAX_SHEETS = 1_000
MAX_DEPTH = 64  # nested elements (a sheet's values are 4 to 6 deep)
# elements in one part: a sheet of 2,000,000 values has about 5 million; 10 million take 8 s to pass
MAX_ELEMENTS = 10_000_000
MAX_LINKS = 100_000  # hyperlinks read from one sheet
MAX_LINK_CHARS = 4_000  # of one address (a record keeps at most 2,000; a longer one stays words)
MAX_STYLES = 100_000  # cell formats looked at to tell dates (Excel allows 64,000)

_CHUNK = 1 << 16
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")


class Book(Protocol):
    filename: str

    def open(self, name: str, limit: int) -> IO[bytes]: ...


@lru_cache(maxsize=20_000)
def _column(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letter(n: int) -> str:
    """3 -> 'C', 28 -> 'AB': a column as Excel names it."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def cell_ref(ref: str) -> tuple[int, int] | None:
    """'B12' -> (12, 2); None for what is not a cell reference."""
    m = _REF.fullmatch(ref)
    return (int(m.group(2)), _column(m.group(1))) if m else None


def to_int(text: str | None) -> int:
    """An attribute's integer (0 when missing, -1 when not a number)."""
    try:
        return int(text or 0)
    except ValueError:
        return -1


class Part:
    """A streaming pass over one XML part; subclasses see local names (no namespace)."""

    limit = MAX_SMALL_PART_BYTES

    def __init__(self, book: Book, name: str):
        self.book, self.name, self.depth, self.elements = book, name, 0, 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def text(self, data: str) -> None:
        pass

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.elements += 1
        if self.depth > MAX_DEPTH:
            raise TableError(f"{self.book.filename}: {self.name} nests elements more than {MAX_DEPTH} deep")
        if self.elements > MAX_ELEMENTS:
            raise TableError(f"{self.book.filename}: {self.name} has more than {MAX_ELEMENTS:,} XML elements; "
                             "save a smaller table")
        self.start(tag.rpartition(" ")[2], attrs)

    def _end(self, tag: str) -> None:
        self.depth -= 1
        self.end(tag.rpartition(" ")[2])

    def _doctype(self, *_: Any) -> None:
        raise TableError(f"{self.book.filename}: {self.name} declares a DTD (entities), which a workbook "
                         "never has; the file is refused")

    def run(self):
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self.text
        parser.StartDoctypeDeclHandler = self._doctype
        try:
            with self.book.open(self.name, self.limit) as fh:
                while chunk := fh.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise TableError(f"{self.book.filename} is not a readable .xlsx workbook ({self.name}: "
                             f"{expat.ErrorString(exc.code)}, line {exc.lineno})") from exc
        return self


class RelsPart(Part):
    """A relationships part: {id: (kind, member name)}, kind being the last word of its type."""

    def __init__(self, book: Book, name: str, source: str):
        super().__init__(book, name)
        self.source = source
        self.rels: dict[str, tuple[str, str]] = {}
        self.links: dict[str, str] = {}  # id -> an external hyperlink's address, as written

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag != "Relationship":
            return
        kind = attrs.get("Type", "").rsplit("/", 1)[-1]
        if attrs.get("TargetMode") != "External":
            self.rels[attrs.get("Id", "")] = (kind, resolve(self.source, attrs.get("Target", "")))
        elif kind == "hyperlink" and len(self.links) < MAX_LINKS:
            self.links[attrs.get("Id", "")] = attrs.get("Target", "")[:MAX_LINK_CHARS]


def rels_path(part: str) -> str:
    """Where the relationships of `part` are ('xl/workbook.xml' -> 'xl/_rels/workbook.xml.rels')."""
    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def resolve(source: str, target: str) -> str:
    """A relationship's target as a zip member name (relative to the part that names it)."""
    import posixpath

    path = target if target.startswith("/") else posixpath.join(posixpath.dirname(source), target)
    return posixpath.normpath(path).lstrip("/")


class WorkbookPart(Part):
    """The workbook part: its sheets (name, relationship id) and its date system."""

    def __init__(self, book: Book, name: str):
        super().__init__(book, name)
        self.sheets: list[tuple[str, str]] = []
        self.hidden: set[str] = set()  # sheets Excel does not show ('hidden', 'veryHidden')
        self.date1904 = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            rid = next((v for k, v in attrs.items() if k.endswith(" id")), "")
            self.sheets.append((attrs.get("name", ""), rid))
            if attrs.get("state", "visible") != "visible":
                self.hidden.add(attrs.get("name", ""))
            if len(self.sheets) > MAX_SHEETS:
                raise TableError(f"{self.book.filename} has more than {MAX_SHEETS:,} sheets")
        elif tag == "workbookPr":
            self.date1904 = attrs.get("date1904", "").lower() in ("1", "true")


class StringsPart(Part):
    """The shared strings: each <si>'s text, its phonetic guides (<rPh>) left out."""

    limit = MAX_PART_BYTES

    def __init__(self, book: Book, name: str):
        super().__init__(book, name)
        self.strings: list[str] = []
        self.pieces: list[str] | None = None
        self.collect = False
        self.phonetic = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "si":
            self.pieces = []
        elif tag == "t":
            self.collect = self.pieces is not None and not self.phonetic
        elif tag == "rPh":
            self.phonetic += 1

    def text(self, data: str) -> None:
        if self.collect:
            self.pieces.append(data)

    def end(self, tag: str) -> None:
        if tag == "t":
            self.collect = False
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "si" and self.pieces is not None:
            self.strings.append("".join(self.pieces))
            self.pieces = None
            if len(self.strings) > MAX_STRINGS:
                raise TableError(f"{self.book.filename} has more than {MAX_STRINGS:,} distinct texts; "
                                 "save a smaller table")


class StylesPart(Part):
    """The styles: which cell formats (the `s` of a cell) show a date or a duration."""

    def __init__(self, book: Book, name: str):
        super().__init__(book, name)
        self.formats: dict[int, str] = {}
        self.xfs: list[int] = []
        self.in_xfs = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "numFmt" and len(self.formats) < MAX_STYLES:
            self.formats[to_int(attrs.get("numFmtId"))] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            self.in_xfs = True
        elif tag == "xf" and self.in_xfs and len(self.xfs) < MAX_STYLES:
            self.xfs.append(to_int(attrs.get("numFmtId")))

    def end(self, tag: str) -> None:
        if tag == "cellXfs":
            self.in_xfs = False

    def dates(self) -> tuple[set[str], set[str]]:
        """The style indexes (as cells write them) of dates and of durations."""
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

        kinds: dict[int, tuple[bool, bool]] = {}  # format id -> (date, duration)
        for fmt_id in set(self.xfs):
            code = self.formats[fmt_id] if fmt_id in self.formats else BUILTIN_FORMATS.get(fmt_id)
            if code is not None and len(code) <= 255:  # Excel's own limit on a format code
                kinds[fmt_id] = (is_date_format(code), is_timedelta_format(code))
        dates = {str(i) for i, f in enumerate(self.xfs) if kinds.get(f, (False, False))[0]}
        durations = {str(i) for i, f in enumerate(self.xfs) if kinds.get(f, (False, False))[1]}
        return dates, durations
