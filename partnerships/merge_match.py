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


def day_of(value: str) -> Date | None:
    """The day an ISO date names, or None for a year, a month or no date."""
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _places_key(d: dict[str, Any]) -> frozenset[str]:
    return frozenset((*(f"kr:{p}" for p in d.get("korean_places") or ()),
                      *(f"partner:{p}" for p in d.get("partner_places") or ())))


def _party_names(d: dict[str, Any]) -> frozenset[str]:
    names = {" ".join(str(p.get("name_ko") or "").lower().split()) for p in d.get("parties") or ()}
    names.discard("")
    return frozenset(names)


def same_agreement(a: dict[str, Any], b: dict[str, Any], *, days: int = MERGE_DAYS) -> bool:
    """Two records that report one agreement: same type, same Korean and partner places, the same
    parties when both name theirs (two bodies of one city sign two agreements; the reader names
    none), dates within `days` (a partial date holding the other: a table's '1986' and an
    article's '1986-10-23'), and from different articles."""
    if a["id"] == b["id"] or a["type"] != b["type"] or a["source"]["file"] == b["source"]["file"]:
        return False
    if _places_key(a) != _places_key(b):
        return False
    names_a, names_b = _party_names(a), _party_names(b)
    if names_a and names_b and names_a != names_b:
        return False
    return dates_close(str(a["date"]), str(b["date"]), days=days)


def dates_close(a: str, b: str, *, days: int = MERGE_DAYS) -> bool:
    """Two dates of one event: full days at most `days` apart, else one date within the other
    (the same partial date, or a partial date and a day in it: '2024-03' and '2024-03-02')."""
    da, db = day_of(a), day_of(b)
    if da and db:
        return abs((da - db).days) <= days
    return a == b or (bool(a) and b.startswith(a + "-")) or (bool(b) and a.startswith(b + "-"))


def _rank(r: _Stored) -> tuple:
    """The order of keeping: a published record before a proposed one, else the earlier date."""
    return (r.status == "proposed", str(r.record["date"]), r.id)


def merge_candidates(records: Sequence[_S]) -> list[tuple[_S, _S]]:
    """Pairs (kept, absorbed): each proposed or published record that reports the same agreement
    as a record ranked before it (`_rank`) is offered once, into the first such record. Only
    records of one type and places whose dates could match (within MERGE_DAYS, or one holding
    the other) are looked at, and of those only the first of each source: a queue of many copies
    of one report stays quick and offers one merge per copy, not one per pair of copies."""
    live = [r for r in records if r.status in ("proposed", "published", "reviewed")]
    exact: dict[tuple, dict[str, tuple[int, _S]]] = {}  # (type, places, day or partial date) -> file -> first
    inside: dict[tuple, dict[str, tuple[int, _S]]] = {}  # (type, places, 'YYYY' or 'YYYY-MM') -> its days'
    where: list[tuple[tuple, int | None]] = []
    for k, r in enumerate(live):
        date = str(r.record["date"])
        day = day_of(date)
        key = (r.record["type"], _places_key(r.record), day.toordinal() if day else date)
        where.append((key, day.toordinal() if day else None))
        _keep_first(exact, key, k, r)
        for part in (date[:4], date[:7]) if day else ():
            _keep_first(inside, (*key[:2], part), k, r)
    tops, tops_inside = _tops(exact), _tops(inside)
    found = []
    for k, r in enumerate(live):
        key, day = where[k]
        best: tuple[int, _S] | None = None
        for j, other in _near(key, day, str(r.record["date"]), tops, tops_inside):
            if j != k and _rank(other) < _rank(r) and same_agreement(other.record, r.record) \
                    and (best is None or _rank(other) < _rank(best[1])):
                best = (j, other)
        if best is not None:
            found.append((min(best[0], k), max(best[0], k), best[1], r))
    return _one_signing_each([(kept, absorbed) for _, _, kept, absorbed in sorted(found, key=lambda x: x[:2])])


def _one_signing_each(pairs: list[tuple[_S, _S]]) -> list[tuple[_S, _S]]:
    """A record dated only by year or month ('2015') is offered the reports of one signing, not of
    two: those whose days lie apart ('2015-03-02', '2015-10-20') are other agreements; the first
    ranked is offered, and those dated close to it."""
    taken: dict[str, list[str]] = {}  # a partly dated kept record -> the days offered into it
    out = []
    for kept, absorbed in sorted(pairs, key=lambda p: _rank(p[1])):
        days = taken.setdefault(kept.id, [])
        date = str(absorbed.record["date"])
        if day_of(str(kept.record["date"])) is None and day_of(date) is not None:
            if any(not dates_close(d, date) for d in days):
                continue
            days.append(date)
        out.append((kept, absorbed))
    order = {id(p[1]): n for n, p in enumerate(pairs)}
    return sorted(out, key=lambda p: order[id(p[1])])


def _keep_first(groups: dict, key: tuple, k: int, r: _S) -> None:
    firsts = groups.setdefault(key, {})
    file = r.record["source"]["file"]
    if file not in firsts or _rank(r) < _rank(firsts[file][1]):
        firsts[file] = (k, r)


def _tops(groups: dict) -> dict[tuple, list]:
    """Each group's two first-ranked records (the first may be the one looking)."""
    return {key: sorted(firsts.values(), key=lambda x: _rank(x[1]))[:2] for key, firsts in groups.items()}


def _near(key: tuple, day: int | None, date: str, tops: dict, tops_inside: dict) -> list:
    """The records whose dates could match `date`: days within MERGE_DAYS or the partial dates
    holding the day; for a partial date, the same one, the partial dates holding it or held in
    it ('2024' and '2024-03'), and the days in it."""
    kind, places, _ = key
    if day is not None:
        at: list = [*range(day - MERGE_DAYS, day + MERGE_DAYS + 1), date[:4], date[:7]]
        return [x for a in at for x in tops.get((kind, places, a), ())]
    at = [date, *((date[:4],) if len(date) == 7 else ()), *((f"{date}-{m:02d}" for m in range(1, 13))
                                                          if len(date) == 4 else ())]
    return [x for a in at for x in tops.get((kind, places, a), ())] + list(tops_inside.get(key, ()))
