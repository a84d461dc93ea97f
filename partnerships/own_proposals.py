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
    status: str  # proposed, published, rejected, retracted, merged (into another); "removed" when it is gone
    reason: str  # the reviewer's reason for rejecting, retracting or correcting it, or the record it was merged into


_TOLD = ("reject", "retract", "merge", "edit")  # a reviewer's word an editor is shown
_UNDONE = ("revert", "unmerge")
_SUPERSEDED = ("reject", "retract", "merge")  # ... which a later publish makes past


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
        reasons: dict[str, tuple[str, str]] = {}  # the last reviewer's word on each: (action, reason)
        for rid, action, by, reason in conn.execute(select(a.record_id, a.action, a.who, a.reason).where(
                a.record_id.in_(ids), a.action.in_((*_TOLD, *_UNDONE, "publish"))).order_by(a.id)):
            if action in _UNDONE or (action == "publish" and reasons.get(rid, ("",))[0] in _SUPERSEDED):
                reasons.pop(rid, None)  # undone, or published after all: that word no longer stands
            elif action in _TOLD and (action != "edit" or by != who):  # (a correction by someone else)
                reasons[rid] = (action, reason or "")
    out = []
    for rid in ids:
        row = rows.get(rid)
        body = json.loads(row.body) if row is not None else {}
        status = row.status if row is not None else "removed"
        action, reason = reasons.get(rid, ("", ""))
        if status == "rejected" and action == "merge":
            status = "merged"  # its report became a second source of the record it went into
        out.append(OwnProposal(rid, str(body.get("title_en", "")), str(body.get("title_ko", "")), status,
                               reason if status != "proposed" and action else ""))
    return out
