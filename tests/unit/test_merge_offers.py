"""Merge offers: records grouped by type, parties and date give the same pairs, in the same order,
as comparing every pair, and a queue of thousands does not compare every pair."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from partnerships import merge_match
from partnerships.merge_match import merge_candidates, same_agreement


@dataclass(frozen=True)
class Rec:
    id: str
    status: str
    record: dict[str, Any]


def _record(k: int, rng: random.Random) -> Rec:
    date = rng.choice(["2024-03-0" + str(rng.randint(1, 9)), "2024-03-1" + str(rng.randint(0, 9)), "2024-03",
                       "2024", "2024-03-31", "2024-04-02"])
    return Rec(f"r{k}", rng.choice(["proposed", "published", "rejected", "reviewed"]), {
        "id": f"r{k}", "type": rng.choice(["mou", "loi"]), "date": date,
        "source": {"file": rng.choice(["a.txt", "b.txt", "c.txt"])},
        "korean_places": [rng.choice(["kr-seoul", "kr-busan"])], "partner_places": ["dk-odense"],
        "parties": [{"name_ko": "오덴세시"}] if rng.random() < 0.2 else []})


def _every_pair(records: list[Rec]) -> list[tuple[Rec, Rec]]:
    live = [r for r in records if r.status in ("proposed", "published", "reviewed")]
    out = []
    for i, a in enumerate(live):
        for b in live[i + 1:]:
            if same_agreement(a.record, b.record):
                first = sorted((a, b), key=lambda r: (r.status == "proposed", str(r.record["date"]), r.id))
                out.append((first[0], first[1]))
    return out


def test_grouped_offers_are_the_pairs_of_every_comparison():
    rng = random.Random(7)
    for _ in range(20):
        records = [_record(k, rng) for k in range(60)]
        assert merge_candidates(records) == _every_pair(records)


def test_a_long_queue_compares_only_records_that_could_match(monkeypatch):
    calls = []
    monkeypatch.setattr(merge_match, "same_agreement", lambda a, b, **kw: calls.append(1) or False)
    rng = random.Random(3)
    records = [Rec(f"r{k}", "proposed", {"id": f"r{k}", "type": "mou", "date": f"2019-05-0{1 + k % 9}",
                                         "source": {"file": "sheet.csv"}, "korean_places": [f"kr-{k % 10}"],
                                         "partner_places": [f"xx-{k // 10}-{rng.random()}"]})
               for k in range(3000)]
    merge_candidates(records)
    assert len(calls) < 100  # every pair would be 4.5 million comparisons
