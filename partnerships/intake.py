"""Adding an article: read the input, recognise an article already stored, save it with its records.

    text = read_text(upload_bytes, filename="article.html")    # IntakeError with a `code` if unusable
    existing = find_duplicate(text)                            # the stored article with the same text
    saved = save_article(text, edited_records, gazetteer=gaz, published="2024-03-18")

`save_article` checks every record (`store.record_problems`) before it writes anything, then
stores the article, its records and the new places they use in one database transaction
(`store.save_article`): all or nothing. The article's text hash is unique in the database, so the
same article saved twice at once is stored once and the other writer is told it is there; ids
are chosen inside the transaction, so two articles about the same partnership get distinct ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from geo.gazetteer import Gazetteer
from geo.place import Place
from partnerships import store
from partnerships.db import repo, schema
from partnerships.errors import DataError
from partnerships.extract.clean import to_text
from partnerships.extract.errors import ArticleError
from partnerships.model import DATE_RE, FULL_DATE_RE, YEAR_MIN, Problem, Record
from partnerships.new_places import PlacesWithNew

MAX_BYTES = 2 * 1024 * 1024  # an uploaded file or a paste, before its text is taken out
MAX_TEXT_KB = 200  # the article's text (UTF-8); a long feature article is about 30 KB
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))  # zero-width marks and BOM
SUFFIXES = (".txt", ".html", ".htm", ".md")
REVIEW_ONLY_KEYS = ("confidence", "support")  # extractor extras that are not kept on save


class IntakeError(DataError):
    """Input or records that cannot be added; `code` names the case for the interface."""

    def __init__(self, code: str, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


class DuplicateArticle(IntakeError):
    """The article is already stored (same text up to whitespace), with records."""

    def __init__(self, existing: Path, records: Path | None) -> None:
        super().__init__("duplicate", f"this article is already stored as {existing.name}",
                         file=existing.name, records=records.name if records else "")
        self.existing = existing
        self.records = records


class InvalidRecords(IntakeError):
    """Records that would not pass the store's checks; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("invalid", "; ".join(str(p) for p in problems), n=len(problems))
        self.problems = problems


@dataclass
class Saved:
    """What `save_article` wrote."""

    seed: Path
    records: Path
    ids: list[str]
    places: list[str] = field(default_factory=list)


# --- reading -------------------------------------------------------------------------------

def read_text(data: bytes | str, *, filename: str | None = None, max_bytes: int = MAX_BYTES) -> str:
    """Pasted text or an uploaded file -> the article text (HTML reduced to its text).

    Raises IntakeError with code `file_type`, `too_large` (the input), `too_long` (its text, over
    MAX_TEXT_KB), `empty` (nothing but whitespace, U+3000 and NBSP included), `binary` or
    `not_korean`. UTF-8 is tried first, then the encoding that fits (CP949/EUC-KR).
    """
    if filename is not None and Path(filename).suffix.lower() not in SUFFIXES:
        raise IntakeError("file_type", f"{filename}: only {', '.join(SUFFIXES)} files can be read",
                          name=filename, allowed=", ".join(SUFFIXES))
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "replace"))
    if size > max_bytes:
        raise IntakeError("too_large", f"the article is {size / 2**20:.1f} MB; the limit is "
                          f"{max_bytes / 2**20:.0f} MB", size=f"{size / 2**20:.1f}",
                          limit=f"{max_bytes / 2**20:.0f}")
    if not (data.strip() if isinstance(data, bytes) else data.strip()):
        raise IntakeError("empty", "there is no text to read")
    try:
        text = to_text(data)
    except ArticleError as exc:
        raise classify(exc) from exc
    if not text.translate(_INVISIBLE).strip():  # str.strip knows U+3000 and NBSP as whitespace
        raise IntakeError("empty", "there is no text to read")
    kb = len(text.encode("utf-8")) / 1024
    if kb > MAX_TEXT_KB:
        raise IntakeError("too_long", f"the article's text is {kb:,.0f} KB; the limit is {MAX_TEXT_KB} KB of "
                          "text (a long feature article is about 30 KB)", size=f"{kb:,.0f}", limit=str(MAX_TEXT_KB))
    return text


def classify(exc: ArticleError) -> IntakeError:
    """The extractor's complaint about an article as an IntakeError with a code."""
    message = str(exc)
    if message.startswith("empty"):
        code = "empty"
    elif message.startswith("binary"):
        code = "binary"
    elif message.startswith("not a Korean"):
        code = "not_korean"
    elif message.startswith("too slow"):
        code = "too_slow"
    elif message.startswith("too many"):
        from partnerships.extract.pipeline import MAX_RECORDS

        return IntakeError("too_many", message, detail=message, limit=str(MAX_RECORDS))
    else:
        code = "unreadable"
    return IntakeError(code, message, detail=message)


@dataclass
class Prepared:
    """An article read and its proposed records, ready for review."""

    text: str
    candidates: list[dict[str, Any]]
    published: str | None = None
    reason: str = ""
    dropped: list[str] = field(default_factory=list)
    filename: str | None = None
    to_place: list[dict[str, Any]] = field(default_factory=list)  # extract.Extraction.to_place

    @property
    def hash(self) -> str:
        """The article's content hash."""
        return content_hash(self.text)


def prepare(data: bytes | str, *, gazetteer: Gazetteer, filename: str | None = None,
            published: str | None = None) -> Prepared:
    """Read the input and propose records for it (`published`, 'YYYY-MM-DD', when a person gave
    the publication date: relative days are resolved against it).

    Raises IntakeError (see `read_text`; `not_korean` from the extractor too) and DuplicateArticle
    when the article is already stored with its records.
    """
    from partnerships.extract import extract

    text = read_text(data, filename=filename)
    _stored(store.open_store(), content_hash(text))
    try:
        result = extract(text, gazetteer=gazetteer, published=published)
    except ArticleError as exc:
        raise classify(exc) from exc
    return Prepared(text, result.candidates, result.published, result.reason, list(result.dropped), filename,
                    list(result.to_place))


# --- recognising an article ----------------------------------------------------------------

def normalize_text(text: str) -> str:
    """The text as compared: Unicode NFC, whitespace runs made one space, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalized text: the same article pasted or uploaded hashes alike."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def find_duplicate(text: str) -> Path | None:
    """The stored article whose text equals `text` (after normalizing), as a name under seeds/.

    Content is compared (by its hash), not names: the first articles are named `<n>_<hash>.txt`.
    """
    eng = store.open_store()
    with eng.connect() as conn:
        found = repo.article_by_hash(conn, content_hash(text))
    return None if found is None else store.seeds_dir() / found


def _stored(eng, text_hash: str) -> str | None:
    """The stored article with this hash, if none of its records still stands (none yet, or all
    rejected: it may be proposed again); DuplicateArticle if one does."""
    with eng.connect() as conn:
        existing = repo.article_by_hash(conn, text_hash)
        if existing is None:
            return None
        has_records = repo.records_standing(conn, existing)[0]
    if has_records:
        raise DuplicateArticle(store.seeds_dir() / existing,
                               store.data_dir() / "records" / f"{Path(existing).stem}.json")
    return existing


def article_name(text: str, *, date: str | None) -> str:
    """`<date>_<first 8 hex of the content hash>.txt`, e.g. `2024-03-18_a437fd86.txt`."""
    stem = date if date and DATE_RE.match(date) else "undated"
    return f"{stem}_{content_hash(text)[:8]}.txt"


# --- records -------------------------------------------------------------------------------

def publication_date_ok(value: str, *, today: dt.date | None = None) -> bool:
    """A publication date a record can be dated from: YYYY-MM-DD, a real day, from YEAR_MIN to
    tomorrow (a page dated in another time zone)."""
    if not FULL_DATE_RE.match(value):
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.date(YEAR_MIN, 1, 1) <= day <= (today or dt.date.today()) + dt.timedelta(days=1)


def year_of(date: str) -> int | None:
    """The year of an ISO date (`2024`, `2024-03`, `2024-03-13`), or None if it is not one."""
    m = DATE_RE.match(date.strip()) if isinstance(date, str) else None
    return int(m.group(1)) if m else None


def record_id(d: dict[str, Any]) -> str:
    """A slug from the record's fields: `<year>-<korean place>-<partner>-<type>`, as the extractor
    makes them (`2023-incheon-nairobi-friendship-city`)."""
    def slug(place_id: str) -> str:
        return place_id.split("-", 1)[1] if "-" in place_id else place_id

    year = year_of(str(d.get("date") or ""))
    parts = [str(year) if year else "undated", *(slug(p) for p in (d.get("korean_places") or [])[:1]),
             *(slug(p) for p in (d.get("partner_places") or [])[:1]), str(d.get("type") or "record")]
    return re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")


def existing_ids() -> set[str]:
    """Every stored record id."""
    eng = store.open_store()
    with eng.connect() as conn:
        return set(conn.execute(select(schema.records.c.id)).scalars())


def unique_id(rid: str, taken: set[str]) -> str:
    """`rid`, or `rid-2`, `rid-3`, ... whichever is not taken."""
    if rid not in taken:
        return rid
    n = 2
    while f"{rid}-{n}" in taken:
        n += 1
    return f"{rid}-{n}"


def finalise(records: list[dict[str, Any]], *, source_file: str, taken: set[str]) -> list[dict[str, Any]]:
    """Records for `source_file` as saved: year from the date, status `proposed`, review-only keys
    dropped, ids made unique across `taken` (which grows)."""
    out = []
    for d in records:
        d = {k: v for k, v in d.items() if k not in REVIEW_ONLY_KEYS}
        d["date"] = str(d.get("date") or "").strip()
        year = year_of(d["date"])
        if year is not None:
            d["year"] = year
        d["status"] = "proposed"  # published only by a reviewer (partnerships.review)
        d["source"] = {**(d.get("source") or {}), "file": source_file}
        if isinstance(d.get("id"), str):
            d["id"] = unique_id(d["id"], taken)
            taken.add(d["id"])
        out.append(d)
    return out


def source_problems(records: list[dict[str, Any]], *, records_file: str) -> list[Problem]:
    """A saved record names its article's publisher and publication date (YYYY-MM-DD)."""
    out = []
    for d in records:
        src = d.get("source") or {}
        if not str(src.get("publisher") or "").strip():
            out.append(Problem(records_file, d.get("id"), "source.publisher", "the publisher is required"))
        if not publication_date_ok(str(src.get("published") or "")):
            out.append(Problem(records_file, d.get("id"), "source.published",
                               f"the publication date is required, as YYYY-MM-DD, from {YEAR_MIN} to today"))
    return out


def check_records(
    records: list[dict[str, Any]], *, text: str, source_file: str, gazetteer: Gazetteer | PlacesWithNew,
    records_file: str,
) -> list[Problem]:
    """Every problem the store would find with these records, checked against `text` as the
    article (it is not written anywhere but a private temporary folder)."""
    if not records:
        return [Problem(records_file, None, None, "no record kept: keep at least one")]
    with tempfile.TemporaryDirectory(prefix="atlas-check-") as tmp:
        (Path(tmp) / source_file).write_text(text, encoding="utf-8")
        problems = [
            p for d in records
            for p in store.record_problems(d, file=records_file, gazetteer=gazetteer,  # type: ignore[arg-type]
                                           seeds=Path(tmp))
        ]
    ids = [d.get("id") for d in records]
    problems += [Problem(records_file, i, "id", "id used twice") for i in set(ids) if ids.count(i) > 1]
    return problems


# --- saving --------------------------------------------------------------------------------

def save_article(
    text: str,
    records: list[dict[str, Any]],
    *,
    gazetteer: Gazetteer,
    published: str | None = None,
    new_places: list[Place] | tuple[Place, ...] = (),
    who: str | None,
) -> Saved:
    """Store the article and its records as `proposed` (and the new places they use), all or nothing,
    if `who` may propose records (checked in the write transaction, partnerships.authz).

    Raises DuplicateArticle when the text is already stored with records (also when another
    session stored it a moment ago), InvalidRecords when a record would not load, and
    store.StoreUnavailable when the database cannot be written; in each case nothing is written.
    """
    date = published if published and DATE_RE.match(published) else next(
        (d.get("date") for d in records if year_of(str(d.get("date") or ""))), None)
    name = article_name(text, date=date)
    eng = store.open_store()
    text_hash = content_hash(text)
    existing = _stored(eng, text_hash)
    if existing is not None:
        name = existing
    gaz = PlacesWithNew(gazetteer, new_places)
    draft = finalise(records, source_file=name, taken=set())
    problems = check_records(draft, text=text, source_file=name, gazetteer=gaz, records_file=f"{Path(name).stem}.json")
    problems += source_problems(draft, records_file=f"{Path(name).stem}.json")
    if problems:
        raise InvalidRecords(problems)
    used = {p for d in draft for p in Record.from_dict(d).places}
    adding = [p for p in new_places if p.id in used]

    def make(taken: set[str]) -> list[dict[str, Any]]:
        return [Record.from_dict(d).to_dict() for d in finalise(records, source_file=name, taken=set(taken))]

    try:
        file, kept = store.save_article(
            eng, file=name, text=text if text.endswith("\n") else text + "\n", text_hash=text_hash,
            published=published if published and DATE_RE.match(published) else None, make_records=make,
            base_ids=[d["id"] for d in draft if isinstance(d.get("id"), str)], places=gaz, new_places=adding,
            who=who)
    except store.ArticleExists as exc:
        raise DuplicateArticle(store.seeds_dir() / exc.file, store.data_dir() / "records" /
                               f"{Path(exc.file).stem}.json") from exc
    return Saved(store.seeds_dir() / file, store.data_dir() / "records" / f"{Path(file).stem}.json",
                 [d["id"] for d in kept], [p.id for p in adding])
