"""Reads and writes on the tables: the building blocks of `partnerships.store`.

Every write runs in one transaction (`writing(engine)`), bumps the change counter that pages poll,
and may append to the audit table (`append_audit`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, String, cast, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

from partnerships.db import schema as s
from partnerships.db.rows import Places, place_row, record_dict
from partnerships.errors import StoreUnavailable
from partnerships.korea_areas import AREAS, COUNTRY_PREFIX
from partnerships.model import Problem

CHANGES = "changes"
BATCH = 2_000


WRITE_LOCK = 7402  # PostgreSQL advisory lock taken by every write of the records' tables
LOCK_WAIT_MS = 5000  # how long a write waits for it


@contextmanager
def writing(engine: Engine, *, serial: bool = True) -> Iterator[Connection]:
    """A connection in a write transaction. With `serial`, one such transaction at a time, as
    SQLite's write lock (taken from the start) makes it there; on PostgreSQL an advisory lock does:
    two writes of overlapping records, each taking its rows and then the change counter, would
    otherwise wait on each other. Sign-in's own writes pass `serial=False` (they lock per name)."""
    try:
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            if serial and conn.dialect.name == "postgresql":
                # as long as SQLite's busy timeout: then one clear line, not a page hung on a long write
                conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT_MS}ms'")
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
            yield conn
    except OperationalError as exc:
        # SQLite's lock held past its busy timeout by another process, or PostgreSQL's lock wait
        if _BUSY.search(str(exc.orig or exc)):
            raise StoreUnavailable("the database is busy with another write; try again in a moment") from exc
        raise


_BUSY = re.compile(r"database is locked|database table is locked|lock timeout|canceling statement due to lock")


def changes(conn: Connection) -> int:
    """The change counter: grows by one with every committed write."""
    got = conn.execute(select(s.state.c.value).where(s.state.c.key == CHANGES)).scalar()
    return int(got) if got is not None else 0


def bump(conn: Connection) -> None:
    """Count a write (within its transaction)."""
    done = conn.execute(
        update(s.state).where(s.state.c.key == CHANGES)
        .values(value=cast(cast(s.state.c.value, s.Integer) + 1, String))
    ).rowcount
    if not done:
        _insert_ignore(conn, s.state, [{"key": CHANGES, "value": "1"}])


def _insert_ignore(conn: Connection, table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


def insert_records(conn: Connection, rows: Iterable[dict[str, list[dict[str, Any]]]]) -> int:
    """Insert records and their child rows (from `rows.record_rows`), in batches."""
    pending: dict[str, list[dict[str, Any]]] = {t.name: [] for t in (s.records, *s.CHILD_TABLES)}
    n = 0

    def flush() -> None:
        for table in (s.records, *s.CHILD_TABLES):
            if pending[table.name]:
                conn.execute(insert(table), pending[table.name])
                pending[table.name] = []

    for one in rows:
        n += 1
        for name, values in one.items():
            pending[name].extend(values)
        if len(pending["records"]) >= BATCH:
            flush()
    flush()
    return n


def delete_records(conn: Connection, ids: list[str]) -> None:
    """Delete records and their child rows."""
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for table in s.CHILD_TABLES:
            conn.execute(delete(table).where(table.c.record_id.in_(part)))
        conn.execute(delete(s.records).where(s.records.c.id.in_(part)))


def ensure_places(conn: Connection, ids: Iterable[str], places: Places, *, origin: str = "gazetteer") -> None:
    """Add the places named by `ids` that the places table lacks, with the places the map draws
    them at when it groups them (their country; for Korean places, the metropolitan governments
    and provinces), so that pages reading only the places table can name and place those too."""
    named = {pid for pid in ids if pid in places}
    anchors = {f"{COUNTRY_PREFIX}{places.get(pid).country.lower()}" for pid in named}
    if any(places.get(pid).country == "KR" for pid in named):
        anchors.update(AREAS)
    wanted = sorted(named | {pid for pid in anchors if pid in places})
    have: set[str] = set()
    for i in range(0, len(wanted), 500):
        have.update(conn.execute(select(s.places.c.id).where(s.places.c.id.in_(wanted[i:i + 500]))).scalars())
    _insert_ignore(conn, s.places, [place_row(places.get(pid), origin) for pid in wanted if pid not in have])


def append_audit(conn: Connection, *, who: str, action: str, record_id: str | None = None,
                 before: dict | None = None, after: dict | None = None, reason: str | None = None) -> None:
    """One line of history, in the caller's transaction."""
    def dump(d: dict | None) -> str | None:
        return None if d is None else json.dumps(d, ensure_ascii=False)

    conn.execute(insert(s.audit).values(who=who, action=action, record_id=record_id, before=dump(before),
                                        after=dump(after), reason=reason))


RowIdent = tuple[str, str, str]  # a table row: (file, sheet, key)


def last_row_audits(conn: Connection, rows: Iterable[RowIdent]) -> dict[RowIdent, tuple[str, dict]]:
    """For each table row, by (file, sheet, key), who wrote the newest audit line holding that
    row's record, and the record as it was left; one pass over the history, newest first, however
    many rows. The same tie in another table is another row."""
    wanted = {r for r in rows if all(isinstance(x, str) for x in r) and r[2]}
    out: dict[RowIdent, tuple[str, dict]] = {}
    if not wanted:
        return out
    a = s.audit.c
    found = conn.execute(select(a.who, a.after).where(a.after.like('%"table_row"%')).order_by(a.id.desc()))
    for who, after in found:
        try:
            left = json.loads(after)
        except ValueError:
            continue
        row = (left.get("table_row") or {}) if isinstance(left, dict) else {}
        ident = (row.get("file"), row.get("sheet"), row.get("key"))
        if ident in wanted and ident not in out:
            out[ident] = (who, left)
            if len(out) == len(wanted):
                break
    found.close()
    return out


def audit_trail(conn: Connection, record_id: str | None = None) -> list[dict[str, Any]]:
    """The audit lines (of one record, or all), oldest first."""
    q = select(s.audit).order_by(s.audit.c.id)
    if record_id is not None:
        q = q.where(s.audit.c.record_id == record_id)
    return [dict(r._mapping) for r in conn.execute(q)]


def iter_records(conn: Connection, *, ids: Iterable[str] | None = None, chunk: int = 1_000) -> Iterator[dict]:
    """Records in file order as their JSON form, read `chunk` rows at a time."""
    q = select(s.records.c.body, s.records.c.status).order_by(s.records.c.records_file, s.records.c.position)
    if ids is not None:
        wanted = list(ids)
        for i in range(0, len(wanted), 500):
            for body, status in conn.execute(q.where(s.records.c.id.in_(wanted[i:i + 500]))):
                yield record_dict(body, status)
        return
    result = conn.execution_options(yield_per=chunk).execute(q)
    for body, status in result:
        yield record_dict(body, status)


def record_files(conn: Connection) -> Iterator[tuple[str, list[dict]]]:
    """(records file, its records in order), file by file."""
    q = (select(s.records.c.records_file, s.records.c.body, s.records.c.status)
         .order_by(s.records.c.records_file, s.records.c.position))
    current, batch = None, []
    for name, body, status in conn.execution_options(yield_per=1_000).execute(q):
        if name != current and batch:
            yield current, batch
            batch = []
        current = name
        batch.append(record_dict(body, status))
    if batch:
        yield current, batch


def count_records(conn: Connection) -> int:
    """How many records the database holds."""
    return conn.execute(select(func.count()).select_from(s.records)).scalar_one()


def stored_problems(conn: Connection) -> list[Problem]:
    """Problems found when the files were last loaded."""
    q = select(s.load_problems.c.file, s.load_problems.c.record_id, s.load_problems.c.field,
               s.load_problems.c.message).order_by(s.load_problems.c.file, s.load_problems.c.id)
    return [Problem(*row) for row in conn.execute(q)]


def article_text(conn: Connection, file: str) -> str | None:
    """The stored text of an article."""
    return conn.execute(select(s.articles.c.text).where(s.articles.c.file == file)).scalar()


def article_files(conn: Connection) -> list[str]:
    """The stored articles' file names, sorted."""
    return list(conn.execute(select(s.articles.c.file).order_by(s.articles.c.file)).scalars())


def records_standing(conn: Connection, article_file: str) -> tuple[bool, int]:
    """(whether the article has a record that still stands: proposed, published or retracted, or
    merged into another; its number of records). An article whose records were all rejected may
    be proposed again."""
    from partnerships.db import staff_schema

    r = s.records.c
    merged = select(staff_schema.merges.c.absorbed_id).where(staff_schema.merges.c.undone_at.is_(None))
    standing = conn.execute(select(r.id).where(r.article_file == article_file, (r.status != "rejected")
                                               | r.id.in_(merged)).limit(1)).first() is not None
    count = conn.execute(select(func.count()).select_from(s.records).where(r.article_file == article_file)).scalar()
    return standing, int(count or 0)


def article_by_hash(conn: Connection, text_hash: str) -> str | None:
    """The file name of the stored article with this text hash."""
    return conn.execute(select(s.articles.c.file).where(s.articles.c.text_hash == text_hash)).scalar()


def record_ids(conn: Connection, *, like: Iterable[str]) -> set[str]:
    """Stored ids equal to one of `like` or starting with one of them and a hyphen."""
    bases = set(like)
    if len(bases) > 50:  # one pass over the ids rather than a scan per base (a large table's rows)
        out = set()
        for rid in conn.execute(select(s.records.c.id)).scalars():
            if rid in bases or any(rid[:k] in bases for k, ch in enumerate(rid) if ch == "-"):
                out.add(rid)
        return out
    out: set[str] = set()
    for base in bases:
        q = select(s.records.c.id).where((s.records.c.id == base) | s.records.c.id.like(f"{base}-%"))
        out.update(conn.execute(q).scalars())
    return out


