"""A table import's records in the database: read by row, written back row by row.

    rows = table_rows(conn, "ties.csv", lock=True)     # row key -> (record, status, version, file, position)
    last_import(conn, rid)                             # the record as an import last wrote it, any history?
    rewrite(conn, before, record, version=..., ...)    # False when someone changed it since it was read

Used by partnerships.proposals.DbProposals for spreadsheets and the national layer.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select, update

from partnerships.db import repo
from partnerships.db import schema as s
from partnerships.db.rows import record_dict, record_rows

Row = tuple[dict[str, Any], str, int, str, int]


def table_rows(conn, table: str, *, lock: bool = False) -> dict[str, Row]:
    """The table's records by row key. With `lock`, they are read as committed now and held until
    the transaction ends (PostgreSQL: FOR UPDATE, in id order like every multi-record write; SQLite's
    writer already holds the whole file), so a reviewer's change lands wholly before or after."""
    r = s.records.c
    query = select(r.body, r.status, r.version, r.records_file, r.position).where(r.article_file == table)
    if lock:
        query = query.order_by(r.id).with_for_update()
    out = {}
    for body, status, version, records_file, position in conn.execute(query):
        d = record_dict(body, status)
        key = (d.get("table_row") or {}).get("key")
        if key:
            out[key] = (d, status, version, records_file, position)
    return out


IMPORT_REASON = "the row changed in a new import of the table"


def last_import(conn, rid: str) -> tuple[dict | None, bool]:
    """The record as an import of its table last wrote it, whoever imported it (its creation, or
    a rewrite from a changed row), or None when no history line says; and whether it has any history."""
    a = s.audit.c
    lines = conn.execute(select(a.action, a.reason, a.after).where(a.record_id == rid).order_by(a.id.desc())).all()
    for action, reason, after in lines:
        if after and (action == "create" or (action == "edit" and reason == IMPORT_REASON)):
            return json.loads(after), True
    return None, bool(lines)


def rewrite(conn, before: dict[str, Any], d: dict[str, Any], *, version: int, records_file: str, position: int,
            status: str, who: str, places) -> bool:
    """Write the row's new record `d` over `before` if the record is still at `version`; False
    (nothing written) when another writer changed it since it was read."""
    body = {**d, "id": before["id"]}
    rows = record_rows(body, records_file=records_file, position=position, places=places,
                       status=status, version=version + 1)
    row = {k: v for k, v in rows["records"][0].items() if k not in ("id", "records_file", "position")}
    r = s.records.c
    if not conn.execute(update(s.records).where(r.id == body["id"], r.version == version).values(**row)).rowcount:
        return False
    for t in s.CHILD_TABLES:
        conn.execute(delete(t).where(t.c.record_id == body["id"]))
        if rows[t.name]:
            conn.execute(insert(t), rows[t.name])
    repo.ensure_places(conn, (p["place_id"] for p in rows["record_places"]), places)
    repo.append_audit(conn, who=who, action="edit", record_id=body["id"], before=before, after=body,
                      reason=IMPORT_REASON)
    return True


KEPT_ROWS = "Rows of earlier versions of the table that records still quote:"


def with_quoted_rows(text: str, records: list[dict[str, Any]]) -> str:
    """A new version of a table's text, plus the rows of earlier versions that `records` (left as
    they were: kept, held for a reviewer, or whose rows are gone) still quote, so that each
    record's evidence still occurs in its source."""
    flat = " ".join(text.split())
    missing = [e for d in records for e in d.get("evidence") or ()
               if isinstance(e, str) and " ".join(e.split()) not in flat]
    return text if not missing else f"{text.rstrip()}\n\n{KEPT_ROWS}\n" + "\n".join(dict.fromkeys(missing)) + "\n"


def same_record(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same record apart from its id and status."""
    return {k: v for k, v in a.items() if k not in ("id", "status")} == \
        {k: v for k, v in b.items() if k not in ("id", "status")}


def id_taken(conn, rid: object) -> bool:
    """Whether a record has this id (or the id is no string)."""
    return not isinstance(rid, str) or \
        conn.execute(select(s.records.c.id).where(s.records.c.id == rid)).first() is not None
