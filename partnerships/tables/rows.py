"""One sheet row -> one proposed record (or the reason it cannot be one).

The record's evidence is the row as a line of text, `[<file> · <sheet> · row <n>] label: value | ...`;
the table's text (`render`) is those lines, so every evidence line is verbatim in the stored text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from geo.gazetteer import Gazetteer, Place
from partnerships.model import (
    CONFIDENCE,
    MAX_SENTENCE,
    MAX_URL,
    TYPES,
    UNDATED_YEAR,
    WEB_ADDRESS,
    with_plain_scheme,
)
from partnerships.tables.columns import Preset
from partnerships.tables.dates import DateProblem, parse_date
from partnerships.tables.header import Table, cell_text
from partnerships.tables.places import Resolved, country_code, norm, resolve_korean, resolve_partner
from partnerships.tables.sectors import named_sectors, sectors_of

_TYPE_NAMES = {name.lower(): t for t, names in TYPES.items() for name in names}
# cell text (lower case, no spaces) -> type id; first pattern that matches wins
_TYPE_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"자매|sister"), "sister_city"),
    (re.compile(r"우호|친선|friend|partnership|교류협정|교류도시|exchange_?agreement|협력도시"), "friendship_city"),
    (re.compile(r"의향서|loi|letterofintent"), "loi"),
    (re.compile(r"mou|업무협약|양해각서|협약"), "mou"),
    (re.compile(r"roadshow|trademission|로드쇼|상담회|사절단"), "roadshow"),
]


@dataclass
class RowError:
    """A row that was not imported, and why."""

    row: int
    reason: str
    suggestions: list[str] = field(default_factory=list)  # "place id (name)" for an unknown place
    name: str = ""  # the unresolved name, when that is the reason

    def __str__(self) -> str:
        more = f" (nearest: {', '.join(self.suggestions)})" if self.suggestions else ""
        return f"row {self.row}: {self.reason}{more}"


def row_line(file: str, sheet: str, row: int, labels: list[str], cells: list[Any]) -> str:
    """The row as one line of text: its evidence."""
    parts = [f"{labels[i]}: {cell_text(v)}" for i, v in enumerate(cells) if i < len(labels) and cell_text(v)]
    return f"[{file} · {sheet} · row {row}] " + " | ".join(parts)


_ROW_LINE = re.compile(r"^\[(?P<file>[^\]]+?) · (?P<sheet>[^\]]*?) · row (?P<row>\d+)\] (?P<cells>.*)$", re.S)


@dataclass(frozen=True)
class RowLine:
    """A table row's evidence line, read back: where it is and its labelled cells."""

    file: str
    sheet: str
    row: int
    cells: list[tuple[str, str]]


def parse_row_line(line: str) -> RowLine | None:
    """The parts of a line `row_line` wrote; None for any other evidence (an article's sentence)."""
    m = _ROW_LINE.match(str(line))
    if m is None:
        return None
    cells = [(label.strip(), value.strip()) for label, sep, value in
             (part.partition(": ") for part in m.group("cells").split(" | ")) if sep]
    return RowLine(m.group("file"), m.group("sheet"), int(m.group("row")), cells)


def render(file: str, table: Table) -> str:
    """The table as stored text: a title line, then one line per data row."""
    lines = [f"{file} · {table.sheet} · columns: {' | '.join(table.labels)}"]
    lines += [row_line(file, table.sheet, n, table.labels, cells) for n, cells in table.rows]
    return "\n".join(lines) + "\n"


def type_of(value: str, overrides: dict[str, str | None]) -> str | None:
    """The record type a cell's text names, or None."""
    raw = " ".join(str(value or "").split())
    if raw in overrides:
        return overrides[raw]
    if raw in TYPES:
        return raw
    if (named := _TYPE_NAMES.get(raw.lower())) is not None:  # as the atlas names it ('Trade roadshow', '자매결연')
        return named
    key = re.sub(r"\s+", "", raw.lower())
    return next((t for pattern, t in _TYPE_WORDS if pattern.search(key)), None)


def unread_sectors(table: Table, mapping: dict[str, str], preset: Preset) -> dict[str, list[int]]:
    """The sector cells no sector could be read from ('교육', '해양'), with their rows: those rows
    took the default (trade for a trade event, else general exchange), which the import then says."""
    out: dict[str, list[int]] = {}
    for n, cells in table.rows:
        cell = " ".join(_Row(cells, table, mapping, preset).text("sector").split())
        if cell and not named_sectors(cell):
            out.setdefault(cell[:40], []).append(n)
    return out


# a partner's Korean name as a sheet may give it: Hangul words, spaces, '·' and '-'
_KOREAN_NAME = re.compile(r"[가-힣](?:[가-힣 ·\-]{0,48}[가-힣])?")
# a source table's grade in either language
_GRADES = {**{k: k for k in CONFIDENCE}, **{ko.split(":")[0]: k for k, (_, ko) in CONFIDENCE.items()},
           "중간": "medium"}


def confidence_of(text: str) -> str | None:
    """A confidence cell as one of model.CONFIDENCE ('High', '높음'), None for anything else."""
    return _GRADES.get(text.strip().lower())


def row_key(korean: str, partner: str, country: str | None, type_: str) -> str:
    """A row's stable key: the same tie in a later import of the file has the same key."""
    raw = "|".join((norm(korean), norm(partner), (country or "").upper(), type_))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


# ties a government holds once with a partner: a second row of them is the same tie again
STANDING = frozenset({"sister_city", "friendship_city"})


def signed_again(key: str, record: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(key, record) for a row that tells another agreement of the parties and type an earlier
    row (under `key`) tells: one signed on another date (an MOU renewed years on), keyed by it."""
    again = hashlib.sha256(f"{key}|{record['date']}".encode()).hexdigest()[:16]
    rid = record["id"].removesuffix(key[:6]) + again[:6]
    return again, {**record, "id": rid, "table_row": {**record["table_row"], "key": again}}


def stored_name(file: str, sheet: str) -> str:
    """The name the table's text is stored under (its records' `source.file`):
    `<file>.<sheet>.txt`, its extension kept and within 200 bytes; a name that had to be changed
    to fit (characters replaced, parts cut) carries a short hash of the original, so two files
    never share one ('exchange (final).csv', 'exchange [final].csv')."""
    stem, dot, ext = file.rpartition(".") if "." in file else (file, "", "")
    safe = [re.sub(r"[^\w.\-]+", "_", part) for part in (stem, ext, sheet)]
    cut = [_cut_bytes(safe[0], 120), safe[1][:10], _cut_bytes(safe[2], 50)]
    if cut != [stem, ext, sheet]:
        cut[0] += "-" + hashlib.sha256(f"{file}\0{sheet}".encode()).hexdigest()[:8]
    return f"{cut[0]}{'.' if dot else ''}{cut[1]}.{cut[2]}.txt"


# a spreadsheet's text as stored ('ties.csv.ties.txt', 'list-3c1f09ab.csv.Sheet1.txt')
_STORED = re.compile(r"(.+?)(?:-[0-9a-f]{8})?(\.(?:csv|xlsx|xls))\..*\.txt", re.I)


def table_file(stored: str) -> str | None:
    """The spreadsheet file a stored name came from, as people know it (without the hash
    `stored_name` may add); None for an article's name."""
    m = _STORED.fullmatch(stored)
    return m.group(1) + m.group(2) if m else None


def _lower(label: str) -> str:
    """A type's English label inside a sentence: lower case, an acronym kept ('MOU', 'LOI')."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in label.split())


def _cut_bytes(text: str, limit: int) -> str:
    """`text` cut to at most `limit` bytes of UTF-8, at a character's end."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _slug(place_id: str) -> str:
    return place_id.split("-", 1)[1] if "-" in place_id else place_id


@dataclass(frozen=True)
class _Row:
    """One sheet row read through the column mapping (a preset's fixed value for an unmapped field)."""

    cells: list[Any]
    table: Table
    mapping: dict[str, str]
    preset: Preset

    def get(self, fld: str) -> Any:
        label = self.mapping.get(fld)
        if label is None or label not in self.table.labels:
            return self.preset.fixed.get(fld)
        i = self.table.labels.index(label)
        return self.cells[i] if i < len(self.cells) else None

    def text(self, fld: str) -> str:
        v = self.get(fld)
        return cell_text(v) if v is not None else ""


@dataclass(frozen=True)
class _Tie:
    """What a row says, checked: its type, date, Korean place and partner."""

    type_: str
    date: str
    korean: Resolved
    korean_text: str
    partner: Resolved
    partner_names: list[str]
    country: str | None


def build(
    n: int, cells: list[Any], *, table: Table, mapping: dict[str, str], preset: Preset, file: str,
    gaz: Gazetteer, lookup: Callable[[str, str | None], Place | None] | None = None, suggest: bool = True,
) -> tuple[str, dict[str, Any]] | RowError | None:
    """(row key, proposed record) for sheet row `n`, a RowError (with the nearest names of an
    unknown place, if `suggest`), or None for a row that holds no tie."""
    row = _Row(cells, table, mapping, preset)
    if not any(row.text(f) for f in ("partner_ko", "partner_en", "partner", "type", "date")):
        return None  # a spacer or a note line, not a tie
    tie = _check(n, row, gaz=gaz, lookup=lookup, suggest=suggest)
    if isinstance(tie, RowError):
        return tie
    return _record(n, row, tie, file=file)


def _check(n: int, row: _Row, *, gaz: Gazetteer, lookup: Callable[[str, str | None], Place | None] | None,
           suggest: bool = True) -> _Tie | RowError:
    """The row's tie, or a RowError naming every problem (and suggestions for an unknown place)."""
    text, preset = row.text, row.preset
    reasons: list[str] = []
    partner_names = list(dict.fromkeys(text(f) for f in ("partner_ko", "partner_en", "partner") if text(f)))
    if not partner_names:
        reasons.append("no partner name in this row")
    type_text = text("type") or preset.fixed.get("type", "")
    type_ = type_of(type_text, preset.types)
    if type_ is None:
        reasons.append(f"type {type_text!r} is not one the atlas knows" if type_text else "no type in this row")
    date = None
    try:
        date = parse_date(row.get("date"), date1904=row.table.date1904)
        if date is None and preset.undated:
            date = ""
        elif date is None:
            reasons.append("no date: a record needs at least the year")
    except DateProblem as exc:
        reasons.append(f"date: {exc}")
    if (grade := text("confidence")) and not confidence_of(grade):
        reasons.append(f"confidence {grade[:40]!r} is not one of {', '.join(CONFIDENCE)}")
    reasons += _too_long(row)
    korean_text = text("korean_place")
    kr = resolve_korean(gaz, korean_text, suggest=suggest, fixes=preset.places)
    unresolved: tuple[Resolved, str] | None = None
    if kr.place is None:
        reasons.append(f"Korean government: {kr.why}")
        unresolved = (kr, korean_text)
    country_text = text("country")
    cc = country_code(gaz, country_text) if country_text else None
    if country_text and cc is None:
        reasons.append(f"country {country_text!r} is not one the gazetteer knows")
    partner = resolve_partner(gaz, partner_names, country=cc, admin=text("admin"), fixes=preset.places,
                              suggest=suggest)
    if partner_names and partner.place is None and lookup is not None:  # the user switched it on
        found = lookup(partner_names[-1], cc)
        if found is not None:
            partner = Resolved(found, note="found online")
        elif why := getattr(lookup, "why", lambda *_: "")(partner_names[-1], cc):
            partner = Resolved(None, f"{partner.why}; {why}", partner.suggestions)
    if partner_names and partner.place is None:
        reasons.append(f"partner: {partner.why}")
        unresolved = unresolved or (partner, partner_names[0])
    if reasons or type_ is None or date is None or kr.place is None or partner.place is None:
        got, name = unresolved or (Resolved(None), "")
        return RowError(n, "; ".join(reasons), [f"{p.id} ({p.name_en}, {p.country})" for p in got.suggestions],
                        name)
    return _Tie(type_, date, kr, korean_text, partner, partner_names, cc)


# a record keeps its row as evidence and its notes in its summary, each at most MAX_SENTENCE characters:
# room is left for the file's name, the labels and the summary's own words
_ROW_ROOM = MAX_SENTENCE - 400


def _too_long(row: _Row) -> list[str]:
    """Why the row is too long to keep, naming its longest cell (a 10,000-character 비고), if it is."""
    cells = [(cell_text(v), label) for v, label in zip(row.cells, row.table.labels, strict=False)]
    if sum(len(c) + len(label) + 3 for c, label in cells) <= _ROW_ROOM:
        return []
    longest, label = max(cells, key=lambda x: len(x[0]))
    return [f"the row holds more text than a record keeps ({_ROW_ROOM} characters in all), and its longest cell, "
            f"{label!r}, has {len(longest)}: shorten it"]


def _link(row: _Row) -> str | None:
    """The row's source link, cell by cell: the address the cell links to (Excel's Insert > Link, a
    HYPERLINK formula), else the cell's text when it is one. A source named in words ('창원시
    보도자료') stays in the row's quote, and so does an address too long to keep or not a web page's
    (`unkept_links` names such rows)."""
    cell = row.get("url")
    for address in (getattr(cell, "url", ""), row.text("url")):
        if kept := web_link(address):
            return kept
    return None




def web_link(address: str) -> str | None:
    """A web page's address as a record keeps it (its scheme in lower case: 'HTTPS://' is one too),
    or None: too long, another scheme, or holding a character that turns or hides text."""
    address = with_plain_scheme(address.strip())
    if address and len(address) <= MAX_URL and re.fullmatch(WEB_ADDRESS, address):
        return address
    return None


def unkept_links(table: Table, mapping: dict[str, str], preset: Preset) -> list[int]:
    """The rows whose source cell links somewhere (or holds an address) that no record keeps: too
    long, not a web page's (data:, file:, a relative path), or with turning characters."""
    out = []
    for n, cells in table.rows:
        row = _Row(cells, table, mapping, preset)
        target = str(getattr(row.get("url"), "url", "") or "").strip()
        written = row.text("url").strip()
        tried = [a for a in (target, written if "://" in written else "") if a]
        if tried and _link(row) is None:
            out.append(n)
    return out


def _record(n: int, row: _Row, tie: _Tie, *, file: str) -> tuple[str, dict[str, Any]]:
    """(row key, proposed record) for a checked row; the row itself is the record's evidence."""
    text, table, preset = row.text, row.table, row.preset
    kp, pp, type_, date = tie.korean.place, tie.partner.place, tie.type_, tie.date
    assert kp is not None and pp is not None  # _check returns a RowError otherwise
    key = row_key(tie.korean_text or kp.id, tie.partner_names[-1], tie.country or pp.country, type_)
    year = int(date[:4]) if date else UNDATED_YEAR
    when_en, when_ko = (date, date) if date else ("no date given", "날짜 미상")
    rid = f"{year or 'undated'}-{_slug(kp.id)}-{_slug(pp.id)}-{type_}-{key[:6]}"
    rid = re.sub(r"[^a-z0-9]+", "-", rid.lower()).strip("-")
    type_en, type_ko = TYPES[type_]
    line = row_line(file, table.sheet, n, table.labels, row.cells)
    notes = [x for x in (tie.korean.note, text("note")) if x]
    # the sheet's own Korean name for a partner the gazetteer knows in Latin letters only ('산레모'),
    # when it is a plain name (no markup or address the public titles would carry)
    # (a place found online may have no Korean name at all: its name as found, not nothing)
    partner_ko = pp.name_ko if pp.name_ko and pp.name_ko != pp.name_en else next(
        (name for name in tie.partner_names if _KOREAN_NAME.fullmatch(name)), pp.name_ko or pp.name_en)
    record: dict[str, Any] = {
        "id": rid,
        "title_en": f"{kp.name_en} with {pp.name_en}: {_lower(type_en)}",
        "title_ko": f"{kp.name_ko}–{partner_ko} {type_ko}",
        "type": type_,
        "sectors": sectors_of(text("sector") or text("note"), type_),  # (a note saying "수소 산업 협력")
        "date": date,
        "year": year,
        "date_basis": "stated" if date else f"undated: row {n} of {file} gives no date",
        "korean_places": [kp.id],
        "partner_places": [pp.id],
        "venue": None,
        "parties": [],
        # (the file and row are the record's source, shown beside it: not told to the public again)
        "summary_en": f"{kp.name_en} and {pp.name_en} — {_lower(type_en)} ({when_en}).",
        "summary_ko": f"{kp.name_ko}·{partner_ko} {type_ko} ({when_ko})." + (
            f" 비고: {'; '.join(notes)}" if notes else ""),
        "source": {"file": stored_name(file, table.sheet), "publisher": preset.publisher, "published": None,
                   "url": _link(row)},
        "evidence": [line],
        "status": preset.status,
        "table_row": {"file": file, "sheet": table.sheet, "row": n, "key": key},
    }
    if grade := confidence_of(text("confidence")):
        record["confidence"] = grade
    return key, record
