"""Which stored records report the same agreement, so a reviewer is offered to merge them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date
from typing import Any, Protocol, TypeVar

MERGE_DAYS = 3  # two reports of one agreement: dates at most this many days apart


class _Stored(Protocol):
    id: str
    status: str
    record: dict[str, Any]


_S = TypeVar("_S", bound=_Stored)


def _day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _parties_key(d: dict[str, Any]) -> frozenset[str]:
    names = {" ".join(str(p.get(k) or "").lower().split()) for p in d.get("parties") or () for k in ("name_ko",)}
    names.discard("")
    if names:
        return frozenset(names)
    return frozenset(f"place:{p}" for p in (*d.get("korean_places", ()), *(d.get("partner_places") or ())))


def same_agreement(a: dict[str, Any], b: dict[str, Any], *, days: int = MERGE_DAYS) -> bool:
    """Two records that report one agreement: same type, same parties (their Korean names, or the
    places when neither names parties), dates within `days` (partial dates must be equal), and
    from different articles."""
    if a["id"] == b["id"] or a["type"] != b["type"] or a["source"]["file"] == b["source"]["file"]:
        return False
    if _parties_key(a) != _parties_key(b):
        return False
    da, db = _day(str(a["date"])), _day(str(b["date"]))
    if da and db:
        return abs((da - db).days) <= days
    return str(a["date"]) == str(b["date"])


def merge_candidates(records: Sequence[_S]) -> list[tuple[_S, _S]]:
    """Pairs (kept, absorbed) of proposed or published records that report the same agreement;
    a published record is kept before a proposed one, else the earlier date. Only records of one
    type and parties, within MERGE_DAYS of each other, are compared (a long queue stays quick)."""
    live = [r for r in records if r.status in ("proposed", "published", "reviewed")]
    groups: dict[tuple, list[tuple[int, int, _S]]] = {}
    for k, r in enumerate(live):
        day = _day(str(r.record["date"]))
        key = (r.record["type"], _parties_key(r.record), None if day else str(r.record["date"]))
        groups.setdefault(key, []).append((day.toordinal() if day else 0, k, r))
    found = []
    for group in groups.values():
        group.sort(key=lambda x: x[:2])
        for i, (day_a, k_a, a) in enumerate(group):
            for day_b, k_b, b in group[i + 1:]:
                if day_b - day_a > MERGE_DAYS:
                    break
                if same_agreement(a.record, b.record):
                    first = sorted((a, b), key=lambda r: (r.status == "proposed", str(r.record["date"]), r.id))
                    found.append((min(k_a, k_b), max(k_a, k_b), first[0], first[1]))
    return [(kept, absorbed) for _, _, kept, absorbed in sorted(found, key=lambda x: x[:2])]
