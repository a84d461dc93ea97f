"""Files <-> database: `load` reads the curated files in, `dump` writes them back out.

The files (`data/records/*.json`, `seeds/`, `data/places.csv`) are the reviewable form; the
database is what the app reads and writes. `load_files` compares each file's SHA-256 with the
one stored when it was last loaded and reads only the changed ones: a changed records file
replaces that file's records (others, e.g. saved from the app, are kept), except those changed in
the app since they were loaded (version above 1), which stay as the app has them and are reported;
a deleted file removes nothing. `dump_records` writes one file per article exactly as `data/records/` holds them, so a
load followed by a dump reproduces the folder byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, update

from geo.files import NOT_A_FILE, json_files, write_atomic
from geo.gazetteer import Gazetteer
from partnerships.db import repo
from partnerships.db import schema as s
from partnerships.db.record_files import file_rows, release_moved
from partnerships.model import Problem

FINGERPRINT = "files"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")


@dataclass
class LoadReport:
    """What a load read and what was wrong."""

    files: int = 0
    records: int = 0
    articles: int = 0
    problems: list[Problem] = field(default_factory=list)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def folder_fingerprint(*paths: Path) -> str:
    """Cheap digest of names, sizes and times of the files under `paths` (no file is read)."""
    h = hashlib.blake2b(digest_size=16)
    for path in paths:
        h.update(f"{path}\n".encode())
        if path.is_file():
            st = path.stat()
            h.update(f"{st.st_size}\0{st.st_mtime_ns}\n".encode())
        elif path.is_dir():
            with os.scandir(path) as entries:
                for e in sorted(entries, key=lambda e: e.name):
                    if e.is_file():
                        st = e.stat()
                        h.update(f"{e.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _known(conn: Connection, kind: str) -> dict[str, str]:
    q = select(s.source_files.c.name, s.source_files.c.digest).where(s.source_files.c.kind == kind)
    return dict(conn.execute(q).all())


def _remember(conn: Connection, kind: str, name: str, digest: str, known: dict[str, str]) -> None:
    if name in known:
        conn.execute(update(s.source_files).where(s.source_files.c.kind == kind, s.source_files.c.name == name)
                     .values(digest=digest))
    else:
        conn.execute(insert(s.source_files).values(kind=kind, name=name, digest=digest))
    known[name] = digest


def load_files(engine: Engine, *, records_dir: Path, seeds_dir: Path, places_csv: Path | None,
               gazetteer: Gazetteer, check_evidence: bool = True, force: bool = False) -> LoadReport:
    """Read changed files into the database in one transaction (see the module docstring)."""
    report = LoadReport()
    with repo.writing(engine) as conn:
        _load_places(conn, places_csv, gazetteer, force=force)
        texts = _load_articles(conn, seeds_dir, report, force=force)
        _load_records(conn, records_dir, seeds_dir, gazetteer, texts, report,
                      check_evidence=check_evidence, force=force)
        if report.files or report.articles:
            repo.bump(conn)
    return report


def _load_places(conn: Connection, places_csv: Path | None, gazetteer: Gazetteer, *, force: bool) -> None:
    if places_csv is None or not places_csv.is_file():
        return
    data = places_csv.read_bytes()
    known = _known(conn, "places")
    if not force and known.get(places_csv.name) == _digest(data):
        return
    import csv
    import io

    from geo.errors import GeoError
    from geo.files import decode_csv

    try:
        text = decode_csv(data, places_csv)
    except GeoError:  # the gazetteer has skipped the file and says so
        return
    ids = [row.get("id") for row in csv.DictReader(io.StringIO(text))]
    ids = [i for i in ids if i and i in gazetteer]
    for i in range(0, len(ids), 500):  # the file's version of a place wins over an earlier one
        conn.execute(delete(s.places).where(s.places.c.id.in_(ids[i:i + 500]), s.places.c.origin != "added"))
    repo.ensure_places(conn, ids, gazetteer, origin="csv")
    _remember(conn, "places", places_csv.name, _digest(data), known)


def _load_articles(conn: Connection, seeds_dir: Path, report: LoadReport, *, force: bool) -> dict[str, str]:
    """Changed articles into `articles`; returns name -> text of the articles read."""
    from partnerships.extract.clean import to_text
    from partnerships.extract.errors import ArticleError
    from partnerships.intake import content_hash

    texts: dict[str, str] = {}
    if not seeds_dir.is_dir():
        return texts
    known = _known(conn, "article")
    for path in sorted(seeds_dir.iterdir()):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        data = path.read_bytes()
        digest = _digest(data)
        if not force and known.get(path.name) == digest:
            continue
        conn.execute(delete(s.load_problems).where(s.load_problems.c.file == path.name))
        problem = None
        try:
            text = data.decode("utf-8")
            text_hash = content_hash(to_text(data))
            other = repo.article_by_hash(conn, text_hash)
            if other is not None and other != path.name:
                problem = Problem(path.name, None, None, f"the same article as {other}")
        except UnicodeDecodeError:
            problem = Problem(path.name, None, None, "the article is not UTF-8 text")
        except ArticleError as exc:
            problem = Problem(path.name, None, None, f"cannot read the article: {exc}")
        if problem is not None:
            report.problems.append(problem)
            conn.execute(insert(s.load_problems).values(file=problem.file, message=problem.message))
            _remember(conn, "article", path.name, digest, known)
            continue
        conn.execute(delete(s.articles).where(s.articles.c.file == path.name))
        conn.execute(insert(s.articles).values(file=path.name, text_hash=text_hash, text=text))
        texts[path.name] = text
        report.articles += 1
        _remember(conn, "article", path.name, digest, known)
    return texts


def _load_records(conn: Connection, records_dir: Path, seeds_dir: Path, gazetteer: Gazetteer,
                  texts: dict[str, str], report: LoadReport, *, check_evidence: bool, force: bool) -> None:
    from partnerships.store import squash

    if not records_dir.is_dir():
        report.problems.append(Problem(str(records_dir), None, None, "records folder not found"))
        return
    known = _known(conn, "records")
    articles: dict[str, str | None] = {}

    def article(name: str) -> str | None:  # squashed text, from this load or the database
        if name not in articles:
            if len(articles) > 256:
                articles.clear()
            text = texts.get(name)
            if text is None:
                text = repo.article_text(conn, name)
            articles[name] = None if text is None else squash(text)
        return articles[name]

    changed = []
    files, others = json_files(records_dir)
    for name in others:
        _note_problems(conn, name, [Problem(name, None, None, NOT_A_FILE)], report)
    for path in files:
        data = path.read_bytes()
        digest = _digest(data)
        if force or known.get(path.name) != digest:
            changed.append((path, data, digest))
    if not changed:
        return
    if len(changed) >= BULK_FILES and repo.count_records(conn) == 0:
        _bulk_records(conn, changed, seeds_dir, gazetteer, article, report, check_evidence=check_evidence,
                      known=known)
        return
    if len(changed) > 1:  # (a record moves between two files: one changed file has nothing to release)
        release_moved(conn, changed)
    for path, data, digest in changed:
        _reload_file(conn, path.name, data, digest, gazetteer, seeds_dir, article, report, known,
                     check_evidence=check_evidence)


def _reload_file(conn: Connection, name: str, data: bytes, digest: str, gazetteer: Gazetteer, seeds_dir: Path,
                 article, report: LoadReport, known: dict[str, str], *, check_evidence: bool) -> None:
    """Replace the stored records of one changed file with what it holds now, keeping what the app
    changed, what the file cannot give (an unreadable file, an unreadable record), and saying so."""
    report.files += 1
    problems, rows = file_rows(conn, name, data, gazetteer, seeds_dir, article, check_evidence=check_evidence)
    old = dict(conn.execute(select(s.records.c.id, s.records.c.version)
                            .where(s.records.c.records_file == name)).all())
    if not rows and problems and all(p.record_id is None for p in problems):
        # half-saved or not JSON: what was stored from it stays until the file reads again
        _note_problems(conn, name, [Problem(p.file, None, p.field, f"{p.message}; its {len(old)} stored "
                                            "record(s) are kept") for p in problems], report)
        return
    kept = {rid: v for rid, v in old.items() if v > 1}  # edited, published or retracted in the app
    refused = {p.record_id for p in problems if p.record_id in old and p.record_id not in kept}
    new_ids = {one["records"][0]["id"] for one in rows}
    repo.delete_records(conn, [rid for rid in old if rid not in kept and rid not in refused])
    for rid in old:  # no longer in its file: removed, and the history says so
        if rid not in kept and rid not in refused and rid not in new_ids:
            repo.append_audit(conn, who="load", action="remove", record_id=rid, reason=f"no longer in {name}")
    rows = [one for one in rows if one["records"][0]["id"] not in kept]
    problems += [Problem(name, rid, None, f"changed in the app since the file was loaded (version {v}): "
                         "the app's version is kept and the file's is not read; `python -m partnerships "
                         "dump DIR` writes the app's version out") for rid, v in sorted(kept.items())]
    problems += [Problem(name, rid, None, "the file's version cannot be read; the stored one is kept")
                 for rid in sorted(refused)]
    repo.ensure_places(conn, (r["place_id"] for one in rows for r in one["record_places"]), gazetteer)
    report.records += repo.insert_records(conn, rows)
    _note_problems(conn, name, problems, report)
    _remember(conn, "records", name, digest, known)


def _note_problems(conn: Connection, name: str, problems: list[Problem], report: LoadReport) -> None:
    """Replace a file's stored problems with these, and report them."""
    conn.execute(delete(s.load_problems).where(s.load_problems.c.file == name))
    if problems:
        conn.execute(insert(s.load_problems), [
            {"file": p.file, "record_id": p.record_id, "field": p.field, "message": p.message} for p in problems])
    report.problems.extend(problems)


BULK_FILES = 50  # changed record files, into an empty records table: loaded as one bulk insert


def _bulk_records(conn: Connection, changed: list[tuple[Path, bytes, str]], seeds_dir: Path,
                  gazetteer: Gazetteer, article, report: LoadReport, *, check_evidence: bool,
                  known: dict[str, str]) -> None:
    """The first fill of an empty records table: every file's rows inserted in large batches,
    the search index built once at the end instead of row by row (see `search_index_paused`)."""
    loaded: dict[str, str] = {}  # record id -> the file it came from, in this load
    problems: list[Problem] = []
    with search_index_paused(conn):
        pending: list[dict] = []
        for path, data, _ in changed:
            report.files += 1
            found, rows = file_rows(conn, path.name, data, gazetteer, seeds_dir, article,
                                     check_evidence=check_evidence, loaded=loaded)
            problems += found
            pending += rows
            if len(pending) >= repo.BATCH:
                report.records += _insert(conn, pending, gazetteer)
                pending = []
        report.records += _insert(conn, pending, gazetteer)
    if problems:
        conn.execute(insert(s.load_problems), [
            {"file": p.file, "record_id": p.record_id, "field": p.field, "message": p.message} for p in problems])
    report.problems.extend(problems)
    fresh = [{"kind": "records", "name": path.name, "digest": digest} for path, _, digest in changed
             if path.name not in known]
    for path, _, digest in changed:
        if path.name in known:
            _remember(conn, "records", path.name, digest, known)
    if fresh:
        conn.execute(insert(s.source_files), fresh)
    known.update((path.name, digest) for path, _, digest in changed)


def _insert(conn: Connection, rows: list[dict], gazetteer: Gazetteer) -> int:
    repo.ensure_places(conn, (r["place_id"] for one in rows for r in one["record_places"]), gazetteer)
    return repo.insert_records(conn, rows)


@contextmanager
def search_index_paused(conn: Connection) -> Iterator[None]:
    """Bulk inserts without keeping the full-text index up to date row by row; the index is built
    once at the end, in the same transaction (SQLite: the FTS5 insert trigger dropped and the
    table rebuilt; PostgreSQL: the trigram index dropped and created again). At 100,000 records
    this is most of the fill's time (README, The database)."""
    if conn.dialect.name == "sqlite":
        trigger = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name = 'records_search_ai'").scalar()
        if trigger is None:
            yield
            return
        conn.exec_driver_sql("DROP TRIGGER records_search_ai")
        yield
        conn.exec_driver_sql("INSERT INTO record_search(record_search) VALUES ('rebuild')")
        conn.exec_driver_sql(trigger)
        return
    index = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_records_search_trgm'"
                                 ).scalar()
    if index is None:
        yield
        return
    conn.exec_driver_sql("DROP INDEX ix_records_search_trgm")
    yield
    conn.exec_driver_sql(index)




def dump_records(engine: Engine, folder: Path) -> list[Path]:
    """Write one JSON file per records file, as data/records/ holds them; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with engine.connect() as conn:
        for name, records in repo.record_files(conn):
            path = folder / name
            write_atomic(path, json.dumps(records, ensure_ascii=False, indent=2) + "\n")  # (a killed dump: old or new)
            written.append(path)
    return written


def dump_articles(engine: Engine, folder: Path) -> list[Path]:
    """Write every stored article as a file of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with engine.connect() as conn:
        for name, text in conn.execute(select(s.articles.c.file, s.articles.c.text).order_by(s.articles.c.file)):
            path = folder / name
            write_atomic(path, text)
            written.append(path)
    return written


def stored_fingerprint(conn: Connection) -> str | None:
    """The folder fingerprint recorded after the last load."""
    return conn.execute(select(s.state.c.value).where(s.state.c.key == FINGERPRINT)).scalar()


def remember_fingerprint(engine: Engine, value: str) -> None:
    """Record the folders' fingerprint after a load."""
    with repo.writing(engine) as conn:
        done = conn.execute(update(s.state).where(s.state.c.key == FINGERPRINT).values(value=value)).rowcount
        if not done:
            conn.execute(insert(s.state).values(key=FINGERPRINT, value=value))
