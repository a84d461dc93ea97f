"""Helpers for the review tests: accounts and proposed records in the test database."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from partnerships import accounts, store
from partnerships.db import repo
from partnerships.db.rows import record_rows

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long test password"


def staff(eng) -> None:
    """One account per role: ed (editor), rita and ravi (reviewers)."""
    accounts.add_user(eng, "ed", role="editor", password=PASSWORD)
    accounts.add_user(eng, "rita", role="reviewer", password=PASSWORD)
    accounts.add_user(eng, "ravi", role="reviewer", password=PASSWORD)


def curated(rid: str) -> dict:
    """A curated record from data/records by id."""
    for path in sorted((ROOT / "data" / "records").glob("*.json")):
        for d in json.loads(path.read_text(encoding="utf-8")):
            if d["id"] == rid:
                return d
    raise KeyError(rid)


def add_proposed(eng, d: dict, *, rid: str, gazetteer, **changes) -> dict:
    """Store a copy of `d` as a proposed record with id `rid` (and `changes`)."""
    new = {**copy.deepcopy(d), **changes, "id": rid, "status": "proposed"}
    with repo.writing(eng) as conn:
        repo.insert_records(conn, [record_rows(new, records_file="test.json", position=0, places=gazetteer)])
        repo.append_audit(conn, who="ed", action="create", record_id=rid, after=new)
    return new


def open_with_staff():
    eng = store.open_store()
    staff(eng)
    return eng
