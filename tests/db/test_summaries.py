"""The summaries a page process reads instead of grouping every record: stored by the load, used
while the change counter stands, computed again after a write. SQLite and PostgreSQL."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select, update

from partnerships import store
from partnerships.db import queries, repo, rollup, schema, summaries
from partnerships.query import Filters


def test_summaries_are_stored_by_the_load_and_used_until_the_next_write(folders, monkeypatch):
    eng = store.open_store()
    with eng.connect() as conn:
        counter = repo.changes(conn)
        assert set(summaries.stored(conn).values()) == {counter}  # options and rollup, at this counter
        want_options = queries.options(conn)
        roll = rollup.compute(conn)
        want_map = rollup.from_rollup(conn, roll, Filters(types=("mou",)), limit=50)
        first = conn.execute(select(schema.records.c.id, schema.records.c.type)
                             .where(schema.records.c.status.in_(queries.PUBLIC)).order_by(schema.records.c.id)
                             ).first()

    def no_grouping(*args, **kwargs):
        raise AssertionError("computed again although the stored summary is current")

    with monkeypatch.context() as m:  # a process reading current summaries groups nothing
        m.setattr(queries, "options", no_grouping)
        m.setattr(summaries, "compute", no_grouping)
        assert summaries.options(eng) == want_options
        got = summaries.rollup(eng)
        with eng.connect() as conn:
            points, arcs, n, years = rollup.from_rollup(conn, got, Filters(types=("mou",)), limit=50)
    assert points.equals(want_map[0]) and arcs.equals(want_map[1]) and (n, years) == want_map[2:]
    assert got.total == roll.total

    with repo.writing(eng) as conn:  # a write: the record leaves the public ones
        conn.execute(update(schema.records).where(schema.records.c.id == first.id).values(status="proposed"))
        repo.bump(conn)
    assert summaries.rollup(eng).total == roll.total - 1
    options = summaries.options(eng)
    with eng.connect() as conn:
        assert options == queries.options(conn)
        assert set(summaries.stored(conn).values()) == {counter + 1}


def test_an_unreadable_summary_is_computed_again(folders):
    eng = store.open_store()
    with repo.writing(eng) as conn:
        conn.execute(update(schema.summaries).values(body=b"not a rollup"))
    assert summaries.rollup(eng).total > 0
    with eng.connect() as conn:
        body = conn.execute(select(schema.summaries.c.body)
                            .where(schema.summaries.c.name == summaries.name("rollup", queries.PUBLIC))).scalar()
    assert rollup.Rollup.from_bytes(body).total == summaries.rollup(eng).total


def test_a_long_write_elsewhere_does_not_hold_or_empty_a_new_page(folders):
    """A sheet import holds the write lock for tens of seconds: a new process computing the map's
    summaries shows them at once (storing them is a cache; it does not wait in line, and a busy
    lock is no lost answer). On PostgreSQL, where writes queue on an advisory lock."""
    eng = store.open_store()
    if eng.dialect.name == "sqlite":
        pytest.skip("SQLite's one writer makes a reader's cache write wait its busy timeout; PostgreSQL's does not")
    with repo.writing(eng) as conn:
        repo.bump(conn)  # the stored summaries are stale now
    with eng.connect() as conn:
        want = rollup.compute(conn).total
    with repo.writing(eng) as held:  # another writer's long transaction
        held.exec_driver_sql("SELECT 1")
        started = time.monotonic()
        got = summaries.rollup(eng).total
        options = summaries.options(eng)
        took = time.monotonic() - started
    assert got == want and options["types"] and took < repo.LOCK_WAIT_MS / 1000
