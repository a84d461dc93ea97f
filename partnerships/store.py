"""Where records live: the database (what the app reads and writes) and the curated files.

    engine = store.open_store()                  # migrated, and in step with the files
    result = store.read_records(engine)          # LoadResult: records and load problems
    store.changes(engine)                        # the change counter pages poll

The database is SQLite (`data/atlas.sqlite`) unless `ATLAS_DATABASE_URL` names a PostgreSQL
server. The files (`data/records/*.json`, `seeds/`, `data/places.csv`) are the reviewable form:
`open_store` loads the ones that changed since the last load (partnerships.db.sync), `dump`
writes them back. `load` below reads and validates the files themselves (what `validate` checks
and the database is filled from); a bad record is skipped and reported as a `Problem`.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from geo import jsonio
from geo.files import NOT_A_FILE, json_files, write_atomic
from geo.gazetteer import Gazetteer, build_gazetteer, default_gazetteer
from geo.place import Place
from partnerships import authz, frame_index, roles
from partnerships.db import engine as db_engine
from partnerships.db import repo, schema, summaries
from partnerships.db.rows import record_rows
from partnerships.db.sync import (
    LoadReport,
    dump_articles,
    dump_records,
    folder_fingerprint,
    load_files,
    remember_fingerprint,
    stored_fingerprint,
)
from partnerships.errors import DataError, StoreUnavailable
from partnerships.model import PUBLIC_STATUSES, Problem, Record, shape_problems

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The data folder: `$ATLAS_DATA_DIR` if set, else the repository's `data/`."""
    return Path(os.environ.get("ATLAS_DATA_DIR") or ROOT / "data")


def seeds_dir() -> Path:
    """The articles folder: `$ATLAS_SEEDS_DIR` if set, else the repository's `seeds/`."""
    return Path(os.environ.get("ATLAS_SEEDS_DIR") or ROOT / "seeds")


_default_data_dir = data_dir


class ArticleExists(DataError):
    """The article is already stored (same text hash) with records."""

    def __init__(self, file: str) -> None:
        super().__init__(f"this article is already stored as {file}")
        self.file = file


class VersionConflict(DataError):
    """The record changed since the writer read it; nothing was written."""

    def __init__(self, record_id: str, expected: int, current: int | None) -> None:
        state = "was deleted" if current is None else f"is now at version {current}"
        super().__init__(f"record {record_id} changed since you opened it (you had version {expected}; it {state})")
        self.record_id, self.expected, self.current = record_id, expected, current


def database_url() -> str:
    """`$ATLAS_DATABASE_URL`, else the SQLite file in the data folder."""
    return db_engine.database_url(data_dir())


@contextmanager
def reachable():
    """Turn the driver's connection and lock errors into StoreUnavailable."""
    try:
        yield
    except DatabaseError as exc:
        if not isinstance(exc, OperationalError) and type(exc) is not DatabaseError:
            raise  # a refused value (IntegrityError, DataError): the caller's to report
        # locked, unreachable, or not a database at all ('file is not a database')
        raise StoreUnavailable(f"the database cannot be used now ({short_error(exc)})") from exc
    except sqlite3.OperationalError as exc:  # the driver's own, where it was not wrapped
        raise StoreUnavailable(f"the database cannot be used now ({short_error(exc)})") from exc


def short_error(exc: Exception) -> str:
    """The first line of a driver's error, for a one-line message."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def engine(url: str | None = None) -> Engine:
    """The process's engine (migrated to the newest schema), without loading any file."""
    with reachable():
        return db_engine.connect(url or database_url())


def open_store(url: str | None = None, *, gazetteer: Gazetteer | None = None) -> Engine:
    """The engine, after loading the files that changed since the last load (see module docstring)."""
    from partnerships import national

    eng = engine(url)
    folders = (data_dir() / "records", seeds_dir(), data_dir() / "places.csv", *national.fingerprint_paths())
    print_ = folder_fingerprint(*folders)
    with reachable():
        with eng.connect() as conn:
            if stored_fingerprint(conn) == print_:
                return eng
        sync_files(eng, gazetteer=gazetteer)
        national.sync(eng, gazetteer=gazetteer or default_gazetteer())
        remember_fingerprint(eng, print_)
        summaries.refresh(eng)  # the pages' summaries of what was just loaded, once for every process
    return eng


def sync_files(eng: Engine, *, gazetteer: Gazetteer | None = None, records_dir: Path | None = None,
               force: bool = False, check_evidence: bool = True) -> LoadReport:
    """Load changed record files, articles and places.csv into the database."""
    with reachable():
        return load_files(eng, records_dir=records_dir or data_dir() / "records", seeds_dir=seeds_dir(),
                          places_csv=data_dir() / "places.csv", gazetteer=gazetteer or default_gazetteer(),
                          check_evidence=check_evidence, force=force)


def changes(eng: Engine) -> int:
    """The change counter (grows with every write): cheap to read on every rerun."""
    with reachable(), eng.connect() as conn:
        return repo.changes(conn)


def read_records(eng: Engine) -> LoadResult:
    """Every stored record (as `Record`) and the problems of the last file load."""
    with reachable(), eng.connect() as conn, _bulk():
        result = LoadResult(problems=repo.stored_problems(conn))
        for d in repo.iter_records(conn):
            _intern(d)
            result.records.append(Record.from_dict(d))
    return result


def article_text(eng: Engine, file: str) -> str | None:
    """A stored article's text."""
    with reachable(), eng.connect() as conn:
        return repo.article_text(conn, file)


def article_files(eng: Engine) -> list[str]:
    """The stored articles' names."""
    with reachable(), eng.connect() as conn:
        return repo.article_files(conn)


def save_article(
    eng: Engine, *, file: str, text: str, text_hash: str, published: str | None,
    make_records: Callable[[set[str]], list[dict]], base_ids: list[str], places: Gazetteer,
    new_places: list[Place] = (), who: str | None, attempts: int = 5,
) -> tuple[str, list[dict]]:
    """Store an article and its records in one transaction; returns (article file, records saved).

    `make_records(taken)` builds the records with ids that avoid `taken` (the stored ids like
    `base_ids`); it runs inside the transaction, so ids are unique under concurrency (on
    PostgreSQL a clash with a writer that committed meanwhile is retried). Raises ArticleExists
    when the text hash is already stored with records, StoreUnavailable when the database
    cannot be written.
    """
    for attempt in range(attempts):
        try:
            with reachable(), repo.writing(eng) as conn:
                role = authz.authorize(conn, who, "propose")  # roles.NotAllowed: nothing written
                existing = repo.article_by_hash(conn, text_hash)
                start = 0
                if existing is not None:
                    standing, start = repo.records_standing(conn, existing)
                    if standing:
                        raise ArticleExists(existing)
                    file = existing  # stored without records, or all rejected: its records come now
                else:
                    conn.execute(insert(schema.articles).values(file=file, text=text, text_hash=text_hash,
                                                                published=published))
                records_file = f"{Path(file).stem}.json"
                kept = make_records(repo.record_ids(conn, like=base_ids))
                for d in kept:
                    d["source"] = {**d["source"], "file": file}
                    if not roles.may(role, "publish"):
                        d["status"] = "proposed"  # whatever the caller's dict says: only a reviewer publishes
                if new_places:
                    repo.ensure_places(conn, [p.id for p in new_places], places, origin="added")
                rows = [record_rows(d, records_file=records_file, position=start + i, places=places)
                        for i, d in enumerate(kept)]
                repo.ensure_places(conn, (r["place_id"] for one in rows for r in one["record_places"]), places)
                repo.insert_records(conn, rows)
                for d in kept:
                    repo.append_audit(conn, who=who, action="create", record_id=d["id"], after=d)
                repo.bump(conn)
                return file, kept
        except IntegrityError as exc:
            with reachable(), eng.connect() as conn:
                existing = repo.article_by_hash(conn, text_hash)
            if existing is not None:
                with eng.connect() as conn:
                    if repo.records_standing(conn, existing)[0]:
                        raise ArticleExists(existing) from exc
            if attempt == attempts - 1:
                raise StoreUnavailable(f"could not save: {short_error(exc)}") from exc
    raise AssertionError("unreachable")


def record_chunks(eng: Engine, filters, gazetteer: Gazetteer, *, chunk: int = 1_000,
                  statuses: Iterable[str] = tuple(sorted(PUBLIC_STATUSES))) -> Iterator[pd.DataFrame]:
    """The records passing `filters` (query.Filters), newest first, as records tables of `chunk`
    rows read one after the other from the database (for streamed exports). Exports are public:
    published records only, unless `statuses` says otherwise (queries.EVERY_STATUS: all)."""
    from partnerships.db import queries

    with reachable(), eng.connect() as conn:
        batch: list[Record] = []
        for d in queries.stream(conn, filters, chunk=chunk, statuses=statuses):
            batch.append(Record.from_dict(d))
            if len(batch) >= chunk:
                yield records_frame(batch, gazetteer)
                batch = []
        if batch:
            yield records_frame(batch, gazetteer)


def read_record(eng: Engine, record_id: str) -> tuple[dict, int] | None:
    """A stored record's JSON form and its version (None if there is no such record)."""
    with reachable(), eng.connect() as conn:
        row = conn.execute(select(schema.records.c.body, schema.records.c.status, schema.records.c.version)
                           .where(schema.records.c.id == record_id)).first()
    if row is None:
        return None
    from partnerships.db.rows import record_dict

    return record_dict(row.body, row.status), row.version


def update_record(eng: Engine, d: dict, *, expected_version: int, places: Gazetteer, who: str | None,
                  action: str = "edit", reason: str | None = None) -> int:
    """Replace a stored record by `d` (same id) if it is still at `expected_version`; returns the
    new version. The change and the record before and after go to the audit table in the same
    transaction. Raises VersionConflict when another writer changed it first (the second writer
    is told, nothing is lost), StoreUnavailable when the database cannot be written. `d` must
    pass `record_problems` (the caller checks, as intake does). Replacing a record is a reviewer's
    edit whatever `action` names (it only labels the audit line); a `d` with no status keeps the
    stored one."""
    from partnerships.db.rows import record_dict

    rec = schema.records
    with reachable(), repo.writing(eng) as conn:
        authz.authorize(conn, who, "edit")  # roles.NotAllowed (not the caller's choice of action)
        action = action if roles.ACTIONS.get(action) == roles.REVIEWER else "edit"
        row = conn.execute(select(rec.c.body, rec.c.status, rec.c.version, rec.c.records_file, rec.c.position)
                           .where(rec.c.id == d["id"])).first()
        if row is None or row.version != expected_version:
            raise VersionConflict(d["id"], expected_version, None if row is None else row.version)
        before = record_dict(row.body, row.status)
        d = {**d, "status": d.get("status") or row.status}
        rows = record_rows(d, records_file=row.records_file, position=row.position, places=places,
                           version=row.version + 1)
        done = conn.execute(rec.update().where(rec.c.id == d["id"], rec.c.version == expected_version)
                            .values(**{k: v for k, v in rows["records"][0].items() if k != "id"},
                                    updated_at=func.now())).rowcount
        if done != 1:  # another writer got in between (PostgreSQL, read committed)
            raise VersionConflict(d["id"], expected_version, None)
        for table in schema.CHILD_TABLES:
            conn.execute(table.delete().where(table.c.record_id == d["id"]))
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        repo.ensure_places(conn, (r["place_id"] for r in rows["record_places"]), places)
        repo.append_audit(conn, who=who, action=action, record_id=d["id"], before=before, after=d, reason=reason)
        repo.bump(conn)
        return row.version + 1


def added_places(eng: Engine) -> list[Place]:
    """Places added by saves (not in geonames or data/places.csv)."""
    with reachable(), eng.connect() as conn:
        rows = conn.execute(select(schema.places).where(schema.places.c.origin == "added")
                            .order_by(schema.places.c.id)).mappings().all()
    return [Place(r["id"], r["name_en"], r["name_ko"], r["country"], r["lat"], r["lon"], r["kind"],
                  r["region"] or "", r["geonames_id"]) for r in rows]


def gazetteer_for(eng: Engine) -> Gazetteer:
    """The default gazetteer plus the places saves added to the database."""
    added = added_places(eng)
    if not added:
        return default_gazetteer()
    from partnerships.new_places import places_csv_text

    path = data_dir() / "places.csv"
    current = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    with tempfile.TemporaryDirectory(prefix="atlas-places-") as tmp:
        combined = Path(tmp) / "places.csv"
        combined.write_text(places_csv_text(current, added), encoding="utf-8")
        return build_gazetteer(places_csv=combined)


def dump(eng: Engine, folder: Path, *, articles: Path | None = None) -> list[Path]:
    """Write the records (and, with `articles`, the articles) as files."""
    with reachable():
        written = dump_records(eng, folder)
        if articles is not None:
            written += dump_articles(eng, articles)
    return written


def validate_database(eng: Engine, gazetteer: Gazetteer) -> list[Problem]:
    """Check every stored record as `load` checks a file (evidence against the stored articles)."""
    problems: list[Problem] = []
    with reachable(), eng.connect() as conn:
        texts: dict[str, str | None] = {}
        for d in repo.iter_records(conn):
            name = d["source"]["file"]
            if name not in texts:
                text = repo.article_text(conn, name)
                texts[name] = None if text is None else squash(text)
            missing = texts[name] is None
            probs = record_problems(d, file=f"database:{d['id']}", gazetteer=gazetteer, seeds=Path("/nonexistent"),
                                    articles={} if missing else {name: texts[name]})
            problems += probs
    return problems


@dataclass
class LoadResult:
    """Valid records and what was wrong with the rest."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def squash(text: str) -> str:
    """Collapse whitespace runs, so evidence matches across line breaks."""
    return " ".join(text.split())  # str.split() and regex \s agree on what whitespace is


@contextmanager
def _bulk():
    """No cyclic garbage collection while building many long-lived objects (it rescans them all)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _intern(d: dict) -> None:
    """Share the strings that repeat across records (types, sectors, place ids, sources).

    Only called on a record that passed `record_problems`, so the fields have their types.
    """
    intern = sys.intern
    d["type"] = intern(d["type"])
    d["date_basis"] = intern(d["date_basis"])
    d["date"] = intern(str(d["date"]))
    if isinstance(d.get("status"), str):
        d["status"] = intern(d["status"])
    d["sectors"] = [intern(x) for x in d["sectors"]]
    d["korean_places"] = [intern(x) for x in d["korean_places"]]
    if d.get("partner_places"):
        d["partner_places"] = [intern(x) for x in d["partner_places"]]
    if d.get("venue"):
        d["venue"] = intern(d["venue"])
    src = d["source"]
    src["file"] = intern(src["file"])
    for key in ("publisher", "published"):
        if isinstance(src.get(key), str):
            src[key] = intern(src[key])


@lru_cache(maxsize=64)  # not the whole corpus: national data has tens of thousands of articles
def _article_text(path: Path, mtime: float) -> str | None:
    try:
        return squash(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def record_problems(
    d: dict, *, file: str, gazetteer: Gazetteer, seeds: Path, check_evidence: bool = True,
    articles: dict[str, str | None] | None = None,
) -> list[Problem]:
    """Every problem with one raw record: shape, vocabulary, places, source and evidence.

    `articles` (source file -> squashed text) lets a caller checking many records read each article once.
    """
    out = shape_problems(d, file=file)
    if not isinstance(d, dict):
        return out
    rid = d.get("id") if isinstance(d.get("id"), str) else None
    bad_fields = {p.field for p in out}
    for fld in ("korean_places", "partner_places"):
        if fld in bad_fields:
            continue
        for pid in d.get(fld) or []:
            if pid not in gazetteer:
                out.append(Problem(file, rid, fld, f"unknown place id {pid!r}"))
            elif (gazetteer.get(pid).country == "KR") != (fld == "korean_places"):
                side = "in Korea" if fld == "korean_places" else "outside Korea"
                out.append(Problem(file, rid, fld, f"place {pid!r} is not {side}"))
    venue = d.get("venue")
    if isinstance(venue, str) and venue not in gazetteer:
        out.append(Problem(file, rid, "venue", f"unknown place id {venue!r}"))
    if "source" in bad_fields or not check_evidence:
        return out
    name = d["source"]["file"]
    if articles is not None and name in articles:
        text = articles[name]
    else:
        path = seeds / name
        text = _article_text(path, path.stat().st_mtime) if path.is_file() else None
        if articles is not None:
            articles[name] = text
    if text is None:
        out.append(Problem(file, rid, "source", f"article {d['source']['file']!r} not found or unreadable in {seeds}"))
    elif "evidence" not in bad_fields:
        for i, sentence in enumerate(d["evidence"]):
            if squash(sentence) not in text:
                out.append(Problem(file, rid, f"evidence[{i}]", "sentence does not occur in the article"))
    return out


def load(
    *, data_dir: Path | None = None, gazetteer: Gazetteer | None = None, check_evidence: bool = True
) -> LoadResult:
    """Read and validate every record file; never raises for bad data, never writes."""
    with _bulk():
        return _load(data_dir=data_dir, gazetteer=gazetteer, check_evidence=check_evidence)


def _load(*, data_dir: Path | None, gazetteer: Gazetteer | None, check_evidence: bool) -> LoadResult:
    folder = (data_dir or _default_data_dir()) / "records"
    gaz = gazetteer or default_gazetteer()
    seeds = seeds_dir()
    result = LoadResult(problems=[Problem("places.csv", None, None, m) for m in gaz.skipped])  # bad place rows
    seen: dict[str, str] = {}
    articles: dict[str, str | None] = {}
    if not folder.is_dir():
        result.problems.append(Problem(str(folder), None, None, "records folder not found"))
        return result
    files, others = json_files(folder)
    result.problems += [Problem(name, None, None, NOT_A_FILE) for name in others]
    for path in files:
        name = path.name
        if len(articles) > 256:  # records of one article sit together: keep the recent texts only
            articles.clear()
        try:
            raw = jsonio.read(path)  # size and nesting depth bounded before parsing
        except (OSError, ValueError) as exc:
            result.problems.append(Problem(name, None, None, f"cannot read JSON: {exc}"))
            continue
        if not isinstance(raw, list):
            result.problems.append(Problem(name, None, None, "expected a JSON array of records"))
            continue
        for i, d in enumerate(raw):
            probs = record_problems(d, file=name, gazetteer=gaz, seeds=seeds, check_evidence=check_evidence,
                                    articles=articles)
            rid = d.get("id") if isinstance(d, dict) else None
            if not probs and rid in seen:
                probs = [Problem(name, rid, "id", f"duplicate id, first seen in {seen[rid]}")]
            if probs:
                if rid is None:
                    probs = [Problem(p.file, f"#{i}", p.field, p.message) for p in probs]
                result.problems.extend(probs)
                continue
            seen[rid] = name
            _intern(d)
            result.records.append(Record.from_dict(d))
    return result


FRAME_COLUMNS = [
    "id", "title_en", "title_ko", "type", "sectors", "date", "year", "date_basis",
    "korean_places", "partner_places", "venue", "parties", "summary_en", "summary_ko",
    "source_file", "publisher", "published", "url", "evidence", "status",
    "partner_countries", "partner_regions", "confidence", "korean_levels", "also_reported",
]


def records_frame(records: list[Record], gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per record, with the partner countries and regions.

    Text columns hold the records' own string objects (object dtype): no second copy of the text,
    and slicing the table copies pointers only. Tuples and party entries that repeat across
    records (sectors, places, countries) are one shared object each. The table is indexed for
    fast filtering and aggregation (partnerships.frame_index).
    """
    info: dict[str, tuple[str, str, str, str]] = {}

    def place(pid: str) -> tuple[str, str, str, str]:
        got = info.get(pid)
        if got is None:
            p = gazetteer.get(pid)
            got = info[pid] = (p.name_en, p.name_ko, p.country, p.region)
        return got

    with _bulk():
        return _frame(records, place, gazetteer)


def _frame(records: list[Record], place, gazetteer: Gazetteer) -> pd.DataFrame:
    shared: dict = {}

    def one(value):  # the first equal tuple (or party entry) seen stands for all of them
        return shared.setdefault(value, value)

    def parties(r: Record) -> tuple[dict, ...]:  # keyed by the Party objects, which hash
        got = shared.get(r.parties)
        if got is None:
            got = shared[r.parties] = tuple({"name_en": p.name_en, "name_ko": p.name_ko} for p in r.parties)
        return got

    partners = [[place(p) for p in r.partner_places] for r in records]
    cols: dict[str, list] = {
        "id": [r.id for r in records],
        "title_en": [r.title_en for r in records],
        "title_ko": [r.title_ko for r in records],
        "type": [r.type for r in records],
        "sectors": [one(r.sectors) for r in records],
        "date": [r.date for r in records],
        "year": [r.year for r in records],
        "date_basis": [r.date_basis for r in records],
        "korean_places": [one(r.korean_places) for r in records],
        "partner_places": [one(r.partner_places) for r in records],
        "venue": [r.venue for r in records],
        "parties": [parties(r) for r in records],
        "summary_en": [r.summary_en for r in records],
        "summary_ko": [r.summary_ko for r in records],
        "source_file": [r.source.file for r in records],
        "publisher": [r.source.publisher for r in records],
        "published": [r.source.published for r in records],
        "url": [r.source.url for r in records],
        "evidence": [r.evidence for r in records],
        "status": [r.status for r in records],
        "partner_countries": [one(tuple(dict.fromkeys(p[2] for p in ps))) for ps in partners],
        "partner_regions": [one(tuple(dict.fromkeys(p[3] for p in ps))) for ps in partners],
        "confidence": [r.extra.get("confidence") for r in records],  # a source table's grade, else None
        # other articles' reports of the same agreement, merged in by a reviewer (source, evidence)
        "also_reported": [tuple(r.extra.get("also_reported") or ()) for r in records],
        "korean_levels": [one(tuple(dict.fromkeys(lv for p in r.korean_places if (lv := _level(gazetteer, p)))))
                          for r in records],
    }
    df = pd.DataFrame({c: _object_column(v) for c, v in cols.items() if c != "year"}, columns=FRAME_COLUMNS)
    df["year"] = np.asarray(cols["year"], dtype=np.int64)
    frame_index.register(df, gazetteer)
    return df


def _level(gazetteer: Gazetteer, place_id: str) -> str | None:
    from partnerships.korea import place_level

    return place_level(gazetteer.get(place_id)) if place_id in gazetteer else None


def _object_column(values: list) -> pd.Series:
    # One Python object per cell: tuples stay tuples, None stays None, strings are not copied.
    return pd.Series(np.fromiter(values, dtype=object, count=len(values)), dtype=object, copy=False)


def save_records(path: Path, records: list[Record]) -> None:
    """Write records to `path` atomically: a crash leaves the old file as it was."""
    write_atomic(path, json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2) + "\n")
