"""Reviewing records: publish, edit, reject, retract, revert, each checked and audited (merges:
partnerships.review_merges).

    queue = proposed(eng, who)                               # oldest first (editors and reviewers)
    publish(eng, who, "2024-busan-marseille-mou", version=1)
    edit(eng, who, rid, changes, version=2, reason="typo in the title")
    retract(eng, who, rid, version=3, reason="the agreement was never signed")
    revert(eng, who, audit_id, reason="retracted by mistake")

Every function takes who is acting and checks the role itself (partnerships.authz), in the same
transaction as the write. Each write names the version it was made against: when somebody else
changed the record in between, nothing is written and `Changed` carries the stored version and
the caller's, so both can be shown and nothing is lost. Every write adds a line to the audit
table (who, when, what, before and after, reason); nothing is ever deleted from it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from geo.gazetteer import Gazetteer, default_gazetteer
from partnerships import authz, source_edit
from partnerships.db import repo
from partnerships.db import schema as s
from partnerships.db.rows import body as body_text
from partnerships.db.rows import record_dict, record_rows
from partnerships.errors import DataError
from partnerships.model import DATE_RE, PLAIN_TEXT, PUBLIC_STATUSES, UNDATED_YEAR, shape_problems
from partnerships.retell import place_names, retell_fields

EDITABLE = ("title_en", "title_ko", "summary_en", "summary_ko", "type", "sectors", "date", "year",
            "date_basis", "parties", "korean_places", "partner_places", "venue", "source")


class ReviewError(DataError):
    """A review action that cannot be done as asked (nothing was written)."""


class NotFound(ReviewError, LookupError):
    """No record (or audit line, or merge) with that id."""


class Changed(ReviewError):
    """Somebody changed the record since `version` was read: `current` is what is stored now,
    `yours` what the caller meant to write (None for a status change)."""

    def __init__(self, current: Stored, yours: dict[str, Any] | None) -> None:
        super().__init__(f"record {current.id} changed meanwhile (now version {current.version})")
        self.current = current
        self.yours = yours


@dataclass(frozen=True)
class Stored:
    """A record as stored: its JSON form, status and version."""

    record: dict[str, Any]
    status: str
    version: int

    @property
    def id(self) -> str:
        return self.record["id"]


def _dump(d: dict | None) -> dict | None:
    return None if d is None else json.loads(json.dumps(d, ensure_ascii=False))


def stored(conn: Connection, rid: str) -> tuple[Stored, str, int]:
    row = conn.execute(select(s.records.c.body, s.records.c.status, s.records.c.version,
                              s.records.c.records_file, s.records.c.position)
                       .where(s.records.c.id == rid)).first()
    if row is None:
        raise NotFound(f"no record {rid!r}")
    return Stored(record_dict(row.body, row.status), row.status, row.version), row.records_file, row.position


def get(eng: Engine, rid: str) -> Stored:
    """The record as stored now (any status)."""
    with eng.connect() as conn:
        return stored(conn, rid)[0]


def proposed(eng: Engine, who: str | None, *, limit: int | None = None, offset: int = 0) -> list[Stored]:
    """Proposed records across articles, oldest first (by when they were added); `limit` of them
    from `offset` on (a long queue is read a page at a time)."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        rows = conn.execute(select(s.records.c.body, s.records.c.status, s.records.c.version)
                            .where(s.records.c.status == "proposed")
                            .order_by(s.records.c.updated_at, s.records.c.id).limit(limit).offset(offset))
        return [Stored(record_dict(b, st), st, v) for b, st, v in rows]


def proposed_count(eng: Engine, who: str | None) -> int:
    """How many records wait for review."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        return int(conn.execute(select(func.count()).where(s.records.c.status == "proposed")).scalar() or 0)


def write_change(conn: Connection, who: str, rid: str, *, version: int, action: str, status: str,
                 new: dict[str, Any] | None = None, reason: str | None = None, places: Gazetteer | None = None,
                 allowed_from: Iterable[str] | None = None) -> Stored:
    """Change one record (status and, with `new`, its fields) if it is still at `version`."""
    current, records_file, position = stored(conn, rid)
    if current.version != version:
        raise Changed(current, new)
    if allowed_from is not None and current.status not in set(allowed_from):
        raise ReviewError(f"record {rid} is {current.status}; cannot {action} it")
    body = {**(new if new is not None else current.record), "id": rid, "status": status}
    if status == "published" and source_edit.incomplete(body):
        raise ReviewError(f"record {rid}: an article's record is published with its publisher and publication "
                          "date; fill them in first")
    problems = shape_problems(body, file="review")
    if problems:
        raise ReviewError("; ".join(f"{p.field}: {p.message}" for p in problems))
    rows = record_rows(body, records_file=records_file, position=position, places=places or default_gazetteer(),
                       status=status, version=version + 1)
    row = {k: v for k, v in rows["records"][0].items() if k not in ("id", "records_file", "position")}
    done = conn.execute(update(s.records).where(s.records.c.id == rid, s.records.c.version == version)
                        .values(**row, updated_at=now_sql())).rowcount
    if not done:  # another writer got there first (PostgreSQL: between our read and this update)
        raise Changed(stored(conn, rid)[0], new)
    if new is not None:
        for table in s.CHILD_TABLES:
            conn.execute(delete(table).where(table.c.record_id == rid))
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        repo.ensure_places(conn, (r["place_id"] for r in rows["record_places"]), places or default_gazetteer())
    repo.append_audit(conn, who=who, action=action, record_id=rid,
                      before={**current.record, "status": current.status}, after=_dump(body), reason=reason)
    repo.bump(conn)
    return Stored(body, status, version + 1)


def now_sql():
    return func.now()


MAX_REASON = 2000  # characters


def checked_reason(reason: str | None, action: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ReviewError(f"a reason is needed to {action} a record")
    if not PLAIN_TEXT.match(text):  # (PostgreSQL cannot store a NUL; an override reverses the line shown)
        raise ReviewError("a reason cannot contain control characters or text-direction marks")
    if len(text) > MAX_REASON:
        raise ReviewError(f"a reason is at most {MAX_REASON} characters")
    return text


def publish(eng: Engine, who: str | None, rid: str, *, version: int, new: dict[str, Any] | None = None,
            reason: str | None = None) -> Stored:
    """Publish a proposed record, as it is or edited (`new`: then saying why, as for any edit)."""
    if new is not None:
        reason = checked_reason(reason, "edit")
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "publish")
        return write_change(conn, who, rid, version=version, action="publish", status="published",
                            new=_merged_fields(conn, rid, new), reason=reason, allowed_from=("proposed",))


def publish_many(eng: Engine, who: str | None, items: Sequence[tuple[str, int]]) -> list[Stored]:
    """Publish several proposed records (id, version) in one transaction: all or none. Rows are
    written in id order, the order an import locks them in, so the two never wait on each other."""
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "publish")
        done = {rid: write_change(conn, who, rid, version=v, action="publish", status="published",
                                  allowed_from=("proposed",)) for rid, v in sorted(items)}
    return [done[rid] for rid, _ in items]


def waiting_in_source(eng: Engine, who: str | None, article_file: str) -> tuple[tuple[str, int], ...]:
    """(id, version) of the proposed records of one source file, in id order."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        c = s.records.c
        return tuple((str(rid), int(v)) for rid, v in conn.execute(
            select(c.id, c.version).where(c.article_file == article_file, c.status == "proposed").order_by(c.id)))


def proposed_sources(eng: Engine, who: str | None) -> list[tuple[str, int]]:
    """(source file, how many of its records wait for review), most first: an import's rows or an
    archive's articles, to reject together."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        n = func.count().label("n")
        rows = conn.execute(select(s.records.c.article_file, n).where(s.records.c.status == "proposed")
                            .group_by(s.records.c.article_file).order_by(n.desc(), s.records.c.article_file))
        return [(str(f), int(k)) for f, k in rows]


def reject_source(eng: Engine, who: str | None, article_file: str, *, reason: str,
                  expected: Iterable[tuple[str, int]] | None = None) -> int:
    """Reject every proposed record of one source file at once, saying why (all or none, in id
    order as publish_many); how many were rejected. With `expected` (the (id, version) of those
    the reviewer was shown: `waiting_in_source`), nothing is rejected unless exactly those wait
    now (an import may have added or changed rows meanwhile, a reviewer published one)."""
    why = checked_reason(reason, "reject")
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "reject")
        rows = conn.execute(select(s.records.c.id, s.records.c.version, s.records.c.body).where(
            s.records.c.article_file == article_file, s.records.c.status == "proposed")
            .order_by(s.records.c.id)).all()
        if expected is not None and {(rid, v) for rid, v, _ in rows} != (shown := set(expected)):
            raise ReviewError(f"the waiting records of this source changed meanwhile: {len(shown)} were shown, "
                              f"{len(rows)} are waiting now; nothing was rejected, look again")
        _set_status(conn, who, [(rid, version, record_dict(text, "proposed")) for rid, version, text in rows],
                    action="reject", status="rejected", reason=why)
        return len(rows)


def _set_status(conn: Connection, who: str, items: list[tuple[str, int, dict[str, Any]]], *, action: str,
                status: str, reason: str) -> None:
    """Give many records, read in this write transaction (which no other write interleaves:
    repo.writing), a new status at once: one update and one audit insert for all, one count of a
    write. Only the status changes, so nothing else of a record is built again."""
    if not items:
        return
    updates, audits = [], []
    for rid, version, record in items:
        after = {**record, "id": rid, "status": status}
        updates.append({"rid": rid, "old": version, "new_status": status, "new_version": version + 1,
                        "new_body": body_text(after)})
        audits.append({"who": who, "action": action, "record_id": rid, "reason": reason,
                       "before": json.dumps(record, ensure_ascii=False),
                       "after": json.dumps(after, ensure_ascii=False)})
    c = s.records.c
    conn.execute(update(s.records).where(c.id == bindparam("rid"), c.version == bindparam("old"))
                 .values(status=bindparam("new_status"), version=bindparam("new_version"), body=bindparam("new_body"),
                         updated_at=now_sql()), updates)
    conn.execute(insert(s.audit), audits)
    repo.bump(conn)


def reject(eng: Engine, who: str | None, rid: str, *, version: int, reason: str) -> Stored:
    """Reject a proposed record, saying why."""
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "reject")
        return write_change(conn, who, rid, version=version, action="reject", status="rejected",
                            reason=checked_reason(reason, "reject"), allowed_from=("proposed",))


def edit(eng: Engine, who: str | None, rid: str, changes: dict[str, Any], *, version: int,
         reason: str) -> Stored:
    """Change a record's fields (status unchanged), saying why."""
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "edit")
        current = stored(conn, rid)[0]
        return write_change(conn, who, rid, version=version, action="edit", status=current.status,
                            new=_merged_fields(conn, rid, changes), reason=checked_reason(reason, "edit"))


def retract(eng: Engine, who: str | None, rid: str, *, version: int, reason: str) -> Stored:
    """Take a published record off the public pages, saying why."""
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "retract")
        return write_change(conn, who, rid, version=version, action="retract", status="retracted",
                            reason=checked_reason(reason, "retract"), allowed_from=("published", "reviewed"))


def _merged_fields(conn: Connection, rid: str, changes: dict[str, Any] | None) -> dict[str, Any] | None:
    if changes is None:
        return None
    current = stored(conn, rid)[0].record
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ReviewError(f"these fields cannot be edited: {', '.join(sorted(unknown))}")
    for field, side in (("korean_places", "Korean"), ("partner_places", "partner")):
        if field in changes and not changes[field]:
            raise ReviewError(f"a record needs at least one {side} place: choose one before saving")
    if "source" in changes:  # only the parts changed, over the source as it is now (another's fix stays)
        try:
            changes = {**changes, "source": source_edit.checked(current.get("source") or {}, changes["source"])}
        except ValueError as exc:
            raise ReviewError(str(exc)) from None
    out = {**current, **changes}
    if m := DATE_RE.match(str(out.get("date") or "")):
        out["year"] = int(m.group(1))
    elif "date" in changes and not out.get("date"):  # the date removed: the record is undated
        out["year"] = UNDATED_YEAR
    if "date" in changes and "date_basis" not in changes and changes["date"] != current.get("date"):
        # a date a reviewer set is no longer the reader's guess: the panel stops calling it inferred
        out["date_basis"] = "stated" if out["date"] else "undated: a reviewer removed the date"
    old_date = str(current.get("date") or "")
    if "date" in changes and old_date and out["date"] and out["date"] != old_date:
        published = str((out.get("source") or {}).get("published") or "")
        retell_fields(out, changes, [(old_date, out["date"])],  # the texts that quote the date, not the
                      keep=(f"on {published}", f"{published} 보도") if published else ())  # page's own date
    for field in ("korean_places", "partner_places"):  # one place swapped for another: the texts that name it
        gone = [p for p in current.get(field) or [] if p not in (out.get(field) or [])]
        new = [p for p in out.get(field) or [] if p not in (current.get(field) or [])]
        if field in changes and len(gone) == len(new) == 1:
            before, after = place_names(conn, gone[0]), place_names(conn, new[0])
            if before and after:
                retell_fields(out, changes, list(zip(before, after, strict=True)))
    return out


# --- history --------------------------------------------------------------------------------

def history(eng: Engine, rid: str) -> list[dict[str, Any]]:
    """Every audit line of a record, oldest first, with `before`/`after` as dicts."""
    with eng.connect() as conn:
        lines = repo.audit_trail(conn, rid)
    for line in lines:
        for key in ("before", "after"):
            line[key] = json.loads(line[key]) if line[key] else None
    return lines


def history_for(eng: Engine, who: str | None, rid: str) -> list[dict[str, Any]]:
    """`history`, for signed-in staff only."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
    return history(eng, rid)


def revert(eng: Engine, who: str | None, audit_id: int, *, version: int, reason: str) -> Stored:
    """Put the record back as it was before audit line `audit_id` (a new change; history stays)."""
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "revert")
        line = conn.execute(select(s.audit).where(s.audit.c.id == audit_id)).mappings().first()
        if line is None or not line["record_id"]:
            raise NotFound(f"no change {audit_id} of a record")
        if not line["before"]:
            raise ReviewError(f"change {audit_id} created the record; retract or reject it instead")
        later = conn.execute(select(s.audit.c.id, s.audit.c.action, s.audit.c.after).where(
            s.audit.c.record_id == line["record_id"], s.audit.c.id > audit_id).order_by(s.audit.c.id)).all()
        # (later changes since undone leave the record as the change did: it may be reverted)
        if later and json.loads(later[-1].after or "null") != json.loads(line["after"] or "null"):
            # putting back the state before it would undo those silently
            named = ", ".join(f"{x.action} #{x.id}" for x in later)
            raise ReviewError(f"change {audit_id} was followed by later changes to this record ({named}); "
                              "revert those first, newest first")
        before = json.loads(line["before"])
        return write_change(conn, who, line["record_id"], version=version, action="revert", status=before["status"],
                            new=before, reason=f"revert change {audit_id}: {checked_reason(reason, 'revert')}")


def retracted_in(eng: Engine, article_file: str) -> list[tuple[str, str, str, str | None]]:
    """(id, English title, Korean title, reason) of the article's retracted records: what their
    links say instead of the record. Public: the reason is part of the public record."""
    with eng.connect() as conn:
        rows = conn.execute(select(s.records.c.id, s.records.c.body, s.records.c.status)
                            .where(s.records.c.article_file == article_file, s.records.c.status == "retracted")
                            .order_by(s.records.c.id)).all()
        out = []
        for rid, body, status in rows:
            d = record_dict(body, status)
            reason = conn.execute(select(s.audit.c.reason).where(s.audit.c.record_id == rid,
                                                                 s.audit.c.action == "retract")
                                  .order_by(s.audit.c.id.desc()).limit(1)).scalar()
            out.append((rid, d.get("title_en", ""), d.get("title_ko", ""), reason))
    return out


def recent(eng: Engine, who: str | None, *, limit: int = 20) -> list[dict[str, Any]]:
    """The latest audit lines of records, newest first (staff only)."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        rows = conn.execute(select(s.audit).where(s.audit.c.record_id.is_not(None))
                            .order_by(s.audit.c.id.desc()).limit(limit)).mappings().all()
    out = []
    for row in rows:
        line = dict(row)
        for key in ("before", "after"):
            line[key] = json.loads(line[key]) if line[key] else None
        out.append(line)
    return out


def public_files(eng: Engine) -> set[str]:
    """Articles with a record the public may read (published, or retracted with its reason): an
    article whose records all wait for review or were rejected, or that has none, is not public."""
    shown = (*PUBLIC_STATUSES, "retracted")
    with eng.connect() as conn:
        return set(conn.execute(select(s.records.c.article_file).where(s.records.c.status.in_(shown))
                                .distinct()).scalars())


def change_parts(line: dict) -> tuple[str, list[str]]:
    """An audit line's status change ("proposed → published", or the status it left) and the
    other fields it changed, for the history lists of the command line and the pages."""
    before, after = line["before"] or {}, line["after"] or {}
    changed = [k for k in sorted(set(before) | set(after)) if k != "status" and before.get(k) != after.get(k)]
    status = after.get("status", "")
    if before.get("status") and before.get("status") != status:
        status = f"{before['status']} → {status or '—'}"
    return status, changed if before else []
