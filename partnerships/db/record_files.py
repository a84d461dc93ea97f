"""Reading one records file into rows for the database, and records moved by hand between the
files of one load."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, select

from geo import jsonio
from geo.gazetteer import Gazetteer
from partnerships.db import repo
from partnerships.db import schema as s
from partnerships.db.rows import record_rows
from partnerships.model import Problem


def file_ids(data: bytes) -> set[str]:
    """The record ids a records file holds (none when it does not read)."""
    try:
        raw = jsonio.loads(data)
    except (UnicodeDecodeError, jsonio.JsonError):
        return set()
    return {d["id"] for d in raw if isinstance(d, dict) and isinstance(d.get("id"), str)} \
        if isinstance(raw, list) else set()


def release_moved(conn: Connection, changed: list[tuple[Path, bytes, str]]) -> None:
    """Delete the stored copy of a record moved by hand from one changed file to another, before
    either is read again: otherwise the file that sorts first refuses it as a duplicate of the copy
    the other file no longer holds, and that file's reload then removes it. A record changed in the
    app (version above 1) stays with its file, as a reload keeps it."""
    holds = {path.name: file_ids(data) for path, data, _ in changed}
    moved = []
    for name, ids in holds.items():
        stored = conn.execute(select(s.records.c.id).where(s.records.c.records_file == name,
                                                            s.records.c.version <= 1)).scalars()
        for rid in stored:
            to = next((other for other, theirs in holds.items() if other != name and rid in theirs), None)
            if rid not in ids and to is not None:
                moved.append(rid)
                repo.append_audit(conn, who="load", action="move", record_id=rid,
                                  reason=f"moved from {name} to {to}")
    repo.delete_records(conn, moved)


def file_rows(conn: Connection, name: str, data: bytes, gazetteer: Gazetteer, seeds_dir: Path, article,
               *, check_evidence: bool, loaded: dict[str, str] | None = None) -> tuple[list[Problem], list[dict]]:
    """The rows of one records file and its problems. With `loaded` (a bulk load into an empty
    table: id -> file of the records read so far), ids are checked against it instead of the
    database, and the file's ids are added to it."""
    from partnerships.store import record_problems

    try:
        raw = jsonio.loads(data)  # size and nesting depth bounded before parsing
    except (UnicodeDecodeError, jsonio.JsonError) as exc:
        return [Problem(name, None, None, f"cannot read JSON: {exc}")], []
    if not isinstance(raw, list):
        return [Problem(name, None, None, "expected a JSON array of records")], []
    problems: list[Problem] = []
    rows: list[dict] = []
    seen: set[str] = set()
    ids = [d["id"] for d in raw if isinstance(d, dict) and isinstance(d.get("id"), str)]
    elsewhere: dict[str, str] = {}
    if loaded is not None:
        elsewhere = {i: loaded[i] for i in ids if i in loaded and loaded[i] != name}
    for i in range(0, len(ids) if loaded is None else 0, 500):
        q = select(s.records.c.id, s.records.c.records_file).where(
            s.records.c.id.in_(ids[i:i + 500]), s.records.c.records_file != name)
        elsewhere.update(conn.execute(q).all())
    for i, d in enumerate(raw):
        texts = {}
        if isinstance(d, dict) and isinstance(d.get("source"), dict) and isinstance(d["source"].get("file"), str):
            texts = {d["source"]["file"]: article(d["source"]["file"])}
            if texts[d["source"]["file"]] is None:
                texts = {}  # not in the database: let the check look in the seeds folder and name it
        probs = record_problems(d, file=name, gazetteer=gazetteer, seeds=seeds_dir,
                                check_evidence=check_evidence, articles=texts)
        rid = d.get("id") if isinstance(d, dict) else None
        if not probs and (rid in seen or rid in elsewhere):
            probs = [Problem(name, rid, "id", f"duplicate id, first seen in {elsewhere.get(rid, name)}")]
        if probs:
            if rid is None:
                probs = [Problem(p.file, f"#{i}", p.field, p.message) for p in probs]
            problems.extend(probs)
            continue
        seen.add(rid)
        if loaded is not None:
            loaded[rid] = name
        rows.append(record_rows(d, records_file=name, position=i, places=gazetteer))
    return problems, rows
