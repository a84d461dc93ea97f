"""What became of the records one member of staff proposed: still proposed, published, rejected
(with the reviewer's reason) or retracted, newest first. An editor cannot open the Review page;
this is how they follow their own work."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Engine, select

from partnerships.db import schema as s


@dataclass(frozen=True)
class OwnProposal:
    """One record someone proposed, as it stands now."""

    id: str
    title_en: str
    title_ko: str
    status: str  # proposed, published, rejected, retracted; "removed" when it is gone
    reason: str  # the reviewer's reason for rejecting or retracting it, or the record it was merged into


def own_proposals(eng: Engine, who: str, *, limit: int = 50) -> list[OwnProposal]:
    """The last `limit` records `who` proposed, newest first."""
    a, r = s.audit.c, s.records.c
    with eng.connect() as conn:
        ids = list(dict.fromkeys(conn.execute(
            select(a.record_id).where(a.who == who, a.action == "create", a.record_id.is_not(None))
            .order_by(a.id.desc()).limit(limit * 4)).scalars()))[:limit]
        if not ids:
            return []
        rows = {row.id: row for row in conn.execute(select(r.id, r.status, r.body).where(r.id.in_(ids)))}
        reasons: dict[str, str] = {}
        for rid, reason in conn.execute(select(a.record_id, a.reason).where(
                a.record_id.in_(ids), a.action.in_(("reject", "retract", "merge"))).order_by(a.id)):
            reasons[rid] = reason or ""
    out = []
    for rid in ids:
        row = rows.get(rid)
        body = json.loads(row.body) if row is not None else {}
        status = row.status if row is not None else "removed"
        out.append(OwnProposal(rid, str(body.get("title_en", "")), str(body.get("title_ko", "")), status,
                               reasons.get(rid, "") if status in ("rejected", "retracted") else ""))
    return out
