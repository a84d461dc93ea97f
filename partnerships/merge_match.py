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
    return dates_close(str(a["date"]), str(b["date"]), days=days)


def dates_close(a: str, b: str, *, days: int = MERGE_DAYS) -> bool:
    """Two dates of one event: full days at most `days` apart, else the same partial date."""
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= days
    return a == b


def _rank(r: _Stored) -> tuple:
    """The order of keeping: a published record before a proposed one, else the earlier date."""
    return (r.status == "proposed", str(r.record["date"]), r.id)


def merge_candidates(records: Sequence[_S]) -> list[tuple[_S, _S]]:
    """Pairs (kept, absorbed): each proposed or published record that reports the same agreement
    as a record ranked before it (`_rank`) is offered once, into the first such record. Only
    records of one type and parties, within MERGE_DAYS of each other, are looked at, and of those
    only the first of each source: a queue of many copies of one report stays quick and offers
    one merge per copy, not one per pair of copies."""
    live = [r for r in records if r.status in ("proposed", "published", "reviewed")]
    buckets: dict[tuple, dict[str, tuple[int, _S]]] = {}  # (type, parties, day or date) -> file -> first
    where: list[tuple[tuple, int | None]] = []
    for k, r in enumerate(live):
        day = _day(str(r.record["date"]))
        key = (r.record["type"], _parties_key(r.record), day.toordinal() if day else str(r.record["date"]))
        where.append((key, day.toordinal() if day else None))
        firsts = buckets.setdefault(key, {})
        file = r.record["source"]["file"]
        if file not in firsts or _rank(r) < _rank(firsts[file][1]):
            firsts[file] = (k, r)
    tops = {key: sorted(firsts.values(), key=lambda x: _rank(x[1]))[:2] for key, firsts in buckets.items()}
    found = []
    for k, r in enumerate(live):
        (kind, parties, _), day = where[k]
        keys = [(kind, parties, d) for d in range(day - MERGE_DAYS, day + MERGE_DAYS + 1)] if day else [where[k][0]]
        best: tuple[int, _S] | None = None
        for key in keys:
            for j, other in tops.get(key, ()):
                if j != k and _rank(other) < _rank(r) and same_agreement(other.record, r.record):
                    if best is None or _rank(other) < _rank(best[1]):
                        best = (j, other)
                    break
        if best is not None:
            found.append((min(best[0], k), max(best[0], k), best[1], r))
    return [(kept, absorbed) for _, _, kept, absorbed in sorted(found, key=lambda x: x[:2])]
