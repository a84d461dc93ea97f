"""Merging two records of one agreement reported twice, and undoing a merge, checked and audited
like every review action (partnerships.review)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from partnerships import authz
from partnerships.db import repo, staff_schema
from partnerships.db import schema as s
from partnerships.db.rows import record_dict
from partnerships.merge_match import dates_close, day_of, merge_candidates, same_agreement
from partnerships.review import Changed, NotFound, ReviewError, Stored, checked_reason, now_sql, stored, write_change


def candidates_for(eng: Engine, who: str | None) -> list[tuple[Stored, Stored]]:
    """Merge offers among the stored records that share a type with a proposed record."""
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        types = select(s.records.c.type).where(s.records.c.status == "proposed").distinct()
        rows = conn.execute(select(s.records.c.body, s.records.c.status, s.records.c.version)
                            .where(s.records.c.type.in_(types),
                                   s.records.c.status.in_(("proposed", "published", "reviewed"))))
        stored = [Stored(record_dict(b, st), st, v) for b, st, v in rows]
    return [pair for pair in merge_candidates(stored) if "proposed" in (pair[0].status, pair[1].status)]


def merge(eng: Engine, who: str | None, kept: tuple[str, int], absorbed: tuple[str, int]) -> int:
    """Publish `kept` carrying `absorbed`'s source and evidence too; `absorbed` becomes rejected
    ("merged into ..."). Both are (id, version). Returns the merge's id (for `unmerge`)."""
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "merge")
        (kid, kv), (aid, av) = kept, absorbed
        k = stored(conn, kid)[0]
        a = stored(conn, aid)[0]
        if not same_agreement(k.record, a.record):
            raise ReviewError(f"{kid} and {aid} do not report the same agreement")
        for other in _merged_days(conn, k.record):  # ('2015' took the March signing: not October's too)
            if not dates_close(other, str(a.record["date"])):
                raise ReviewError(f"{kid} already carries a report of {other}; {aid} ({a.record['date']}) "
                                  "is another signing")
        also = list(k.record.get("also_reported") or [])
        also.append({"record": aid, "source": a.record["source"], "evidence": list(a.record["evidence"])})
        kept_record = {**k.record, "also_reported": also}
        if day_of(str(a.record["date"])) and str(a.record["date"]).startswith(f"{k.record['date']}-"):
            # the report dates it to the day where the kept record had only the year or month
            kept_record.update(date=a.record["date"], date_basis=a.record.get("date_basis") or "stated")
        writes = {
            kid: lambda: write_change(conn, who, kid, version=kv, action="merge", status="published",
                                      new=kept_record, reason=f"merged with {aid}",
                                      allowed_from=("proposed", "published", "reviewed")),
            aid: lambda: write_change(conn, who, aid, version=av, action="merge", status="rejected",
                                      reason=f"merged into {kid}", allowed_from=("proposed", "published", "reviewed")),
        }
        for rid in sorted(writes):  # in id order, as publish_many and imports lock: no deadlock between them
            writes[rid]()
        got = conn.execute(insert(staff_schema.merges).values(kept_id=kid, absorbed_id=aid, who=who))
        return int(got.inserted_primary_key[0])


def _merged_days(conn, record: dict) -> list[str]:
    """The full dates of the reports merged into a record dated only in part (none for a full date)."""
    if day_of(str(record["date"])) is not None:
        return []
    out = []
    for report in record.get("also_reported") or ():
        try:
            date = str(stored(conn, report.get("record"))[0].record["date"])
        except (ReviewError, KeyError, TypeError, AttributeError):
            continue
        if day_of(date) is not None:
            out.append(date)
    return out


def unmerge(eng: Engine, who: str | None, merge_id: int, *, reason: str) -> tuple[Stored, Stored]:
    """Undo one merge: the kept record loses only the absorbed one's report (a later merge into it
    stays), the absorbed record is as it was before. Refused if the absorbed record changed since,
    or the kept one no longer carries its report."""
    m = staff_schema.merges
    with repo.writing(eng) as conn:
        authz.authorize(conn, who, "unmerge")
        row = conn.execute(select(m).where(m.c.id == merge_id)).mappings().first()
        if row is None or row["undone_at"] is not None:
            raise NotFound(f"no merge {merge_id} to undo")
        kid, aid = row["kept_id"], row["absorbed_id"]
        why = f"undo merge {merge_id}: {checked_reason(reason, 'undo a merge of')}"
        kept_line = _merge_line(conn, kid, f"merged with {aid}")
        absorbed_line = _merge_line(conn, aid, f"merged into {kid}")
        kept, absorbed = stored(conn, kid)[0], stored(conn, aid)[0]
        also = list(kept.record.get("also_reported") or [])
        if not any(x.get("record") == aid for x in also):
            raise Changed(kept, None)
        after = json.loads(absorbed_line["after"])
        if absorbed.record != after or absorbed.status != after["status"]:
            raise Changed(absorbed, None)
        record = {k: v for k, v in kept.record.items() if k != "also_reported"}
        if rest := [x for x in also if x.get("record") != aid]:
            record["also_reported"] = rest  # a later merge into it stays
        # (the kept record goes back to its status before the merge only if nothing touched it since)
        untouched = kept.record == json.loads(kept_line["after"])
        status = json.loads(kept_line["before"])["status"] if untouched else kept.status
        was, became = json.loads(kept_line["before"]), json.loads(kept_line["after"])
        if was.get("date") != became.get("date") and record.get("date") == became.get("date"):
            # the day the merge took from the absorbed report goes with it, whatever else changed since
            record.update({k: v for k, v in was.items() if k in ("date", "date_basis")})
        before = json.loads(absorbed_line["before"])
        writes = {
            kid: lambda: write_change(conn, who, kid, version=kept.version, action="unmerge", status=status,
                                      new=record, reason=why),
            aid: lambda: write_change(conn, who, aid, version=absorbed.version, action="unmerge",
                                      status=before["status"], new=before, reason=why),
        }
        done = {rid: writes[rid]() for rid in sorted(writes)}  # in id order (see merge)
        conn.execute(update(m).where(m.c.id == merge_id).values(undone_at=now_sql()))
        return done[kid], done[aid]


def _merge_line(conn: Connection, rid: str, reason: str) -> dict[str, Any]:
    """The newest audit line the merge wrote on record `rid` (its reason names the other record)."""
    line = conn.execute(select(s.audit).where(s.audit.c.record_id == rid, s.audit.c.action == "merge",
                                              s.audit.c.reason == reason)
                        .order_by(s.audit.c.id.desc()).limit(1)).mappings().first()
    if line is None:
        raise NotFound(f"no merge of record {rid} on record: {reason}")
    return dict(line)


def active_merges(eng: Engine, who: str | None, *, limit: int = 20) -> list[dict[str, Any]]:
    """Merges not undone, newest first (staff only)."""
    m = staff_schema.merges
    with eng.connect() as conn:
        authz.authorize(conn, who, "read_drafts")
        rows = conn.execute(select(m).where(m.c.undone_at.is_(None)).order_by(m.c.id.desc()).limit(limit))
        return [dict(r._mapping) for r in rows]
