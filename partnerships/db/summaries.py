"""What a new page process would otherwise compute over every record, kept in the database.

    opts = summaries.options(engine)     # the filters' choices (queries.options)
    roll = summaries.rollup(engine)      # the map's counts per place, arc, type and year (rollup.Rollup)
    summaries.refresh(engine)            # after loading files: compute both now

Each summary is one row of the `summaries` table: its name (what, of which statuses, in which
format), the change counter it was computed at, and its body (JSON, or the rollup's arrays).
A reader whose counter matches the stamp reads that one row instead of grouping every record
(at 100,000 records, seconds of GROUP BYs per new process). Otherwise it computes the summary
as before and stores it for the other processes: summaries are rebuilt once per change, by the
first process that needs them (or by the load that changed the files). Storing is best effort:
a reader that cannot write just uses what it computed.

The counter is read before the rows a summary is computed from (on SQLite in the same read
transaction), so a summary never claims a newer stamp than its rows: at worst a write that
came in meanwhile makes it look stale and it is computed again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from partnerships.db import queries, repo
from partnerships.db import schema as s
from partnerships.db.rollup import Rollup, compute
from partnerships.errors import StoreUnavailable

FORMAT = 1  # part of every name: a new format is computed afresh, never misread
T = TypeVar("T")


def name(what: str, statuses: Iterable[str]) -> str:
    """The row's name for summary `what` of the records with one of `statuses`."""
    return f"{what}/{FORMAT}/{','.join(sorted(set(statuses)))}"


def options(engine: Engine, *, statuses: Iterable[str] = queries.PUBLIC) -> dict[str, list]:
    """The filters' choices (queries.options), from the stored summary when it is current."""
    statuses = tuple(statuses)
    return _summary(engine, name("options", statuses), lambda conn: queries.options(conn, statuses=statuses),
                    lambda value: json.dumps(value, ensure_ascii=False).encode(), json.loads)


def rollup(engine: Engine, *, statuses: Iterable[str] = queries.PUBLIC) -> Rollup:
    """The map's rollup (partnerships.db.rollup), from the stored summary when it is current."""
    statuses = tuple(statuses)
    return _summary(engine, name("rollup", statuses), lambda conn: compute(conn, statuses=statuses),
                    Rollup.to_bytes, Rollup.from_bytes)


def refresh(engine: Engine, *, statuses: Iterable[str] = queries.PUBLIC) -> None:
    """Bring every summary up to the current counter (computing only the stale ones)."""
    options(engine, statuses=statuses)
    rollup(engine, statuses=statuses)


def _summary(engine: Engine, key: str, make: Callable[[Connection], T], encode: Callable[[T], bytes],
             decode: Callable[[bytes], T]) -> T:
    with engine.connect() as conn, conn.begin():  # one read transaction
        stamp = repo.changes(conn)
        row = conn.execute(select(s.summaries.c.stamp, s.summaries.c.body).where(s.summaries.c.name == key)).first()
        if row is not None and row.stamp == stamp:
            try:
                return decode(bytes(row.body))
            except ValueError:  # unreadable: computed again below
                pass
        value = make(conn)
    _store(engine, key, stamp, encode(value))
    return value


def _store(engine: Engine, key: str, stamp: int, body: bytes) -> None:
    """Keep `body` as summary `key` at `stamp`, replacing the one stored (if that one was newer,
    the next reader finds this one stale and computes it again)."""
    dialect = sqlite if engine.dialect.name == "sqlite" else postgresql
    try:  # (not in line behind another write: a summary is a cache, and the page has its answer)
        with repo.writing(engine, serial=False) as conn:
            conn.execute(dialect.insert(s.summaries).on_conflict_do_nothing(),
                         [{"name": key, "stamp": stamp, "body": body}])  # the first time
            conn.execute(update(s.summaries).where(s.summaries.c.name == key).values(stamp=stamp, body=body))
    except (DBAPIError, StoreUnavailable):  # locked, read-only or gone: the next process computes it again
        pass


def stored(conn: Connection) -> dict[str, int]:
    """The stored summaries' names and stamps."""
    return dict(conn.execute(select(s.summaries.c.name, s.summaries.c.stamp)).all())
