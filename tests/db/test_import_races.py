"""A table import racing a reviewer, on SQLite and PostgreSQL: the reviewer's transaction is held
open while the import starts, then commits. What the reviewer did stands, and the import's checks
see it (PostgreSQL used to read the rows before the reviewer's commit and write over them)."""

from __future__ import annotations

import threading
import time

import pytest

from partnerships import accounts, proposals, review, store
from partnerships.db import repo
from partnerships.roles import NotAllowed
from partnerships.tables import plan

HOLD = 2.0  # seconds the reviewer's transaction stays open after the import started


def _sheet(note: str) -> bytes:
    rows = [("서울특별시", "DK", "Odense", "2014-05-01"), ("부산광역시", "TH", "Bangkok", "2016-03-02"),
            ("대구광역시", "TR", "Istanbul", "2018-07-03")]
    lines = ["자치단체,국가,상대 도시,구분,체결일,비고"]
    lines += [f"{k},{c},{city},자매결연,{day},{note}" for k, c, city, day in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _import(eng, who: str | None, note: str, gazetteer):
    """An editor's import (proposed), or with no `who` a curated layer's (published, as the
    national layer imports)."""
    sink = proposals.DbProposals(eng, who, gazetteer) if who else \
        proposals.DbProposals(eng, None, gazetteer, check_role=False, status="published")
    return plan.plan(_sheet(note), "exchange-list.csv").run(sink=sink, gaz=gazetteer)


def _while_held(eng, reviewer_writes, then_run) -> object:
    """Run `reviewer_writes(conn)` in an open write transaction, start `then_run()` in a thread,
    commit HOLD seconds later, and return what the thread returned or raised."""
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["got"] = then_run()
        except Exception as exc:  # noqa: BLE001 - the test looks at what was raised
            out["got"] = exc

    with repo.writing(eng) as conn:
        reviewer_writes(conn)
        thread = threading.Thread(target=run)
        thread.start()
        time.sleep(HOLD)
    thread.join(timeout=120)
    return out["got"]


@pytest.fixture
def eng(database_url, gazetteer):
    eng = store.open_store(gazetteer=gazetteer)
    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    accounts.add_user(eng, "rita", role="reviewer", password="a long test password")
    return eng


def _ids(eng) -> list[str]:
    from sqlalchemy import select

    from partnerships.db import schema

    with eng.connect() as conn:
        r = schema.records.c
        return sorted(conn.execute(select(r.id).where(r.article_file.like("exchange-list.csv%"))).scalars())


def test_a_retract_committed_while_the_table_is_imported_again_stands(eng, gazetteer):
    assert _import(eng, None, "first", gazetteer).added == 3  # a curated layer: published
    rid = _ids(eng)[0]
    now = review.get(eng, rid)
    assert now.status in ("published", "reviewed")  # on the public map

    def retract(conn) -> None:
        review.write_change(conn, "rita", rid, version=now.version, action="retract", status="retracted",
                      reason="a duplicate", allowed_from=(now.status,))

    got = _while_held(eng, retract, lambda: _import(eng, None, "second", gazetteer))
    assert not isinstance(got, Exception)
    after = review.get(eng, rid)
    assert after.status == "retracted" and after.version == now.version + 1
    with eng.connect() as conn:
        assert [a["action"] for a in repo.audit_trail(conn, rid)][-1] == "retract"


def test_an_editors_new_version_waits_for_a_publish_and_is_then_refused(eng, gazetteer):
    assert _import(eng, "ed", "first", gazetteer).added == 3  # proposed
    items = [(rid, review.get(eng, rid).version) for rid in _ids(eng)]

    def publish(conn) -> None:
        for rid, version in items:
            review.write_change(conn, "rita", rid, version=version, action="publish", status="published",
                          allowed_from=("proposed",))

    got = _while_held(eng, publish, lambda: _import(eng, "ed", "second", gazetteer))
    assert isinstance(got, NotAllowed)
    for rid, version in items:
        after = review.get(eng, rid)
        assert after.status == "published" and after.version == version + 1
        assert "first" in str(after.record)
