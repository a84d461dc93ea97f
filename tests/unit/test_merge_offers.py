"""Merge offers: each record that reports the same agreement as a record ranked before it is
offered once, into the first such record, as comparing every pair would find it; a queue of
thousands, or of hundreds of copies of one report, does not compare every pair."""

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
    """Every record against every other: each absorbed into the first-ranked record it matches."""
    live = [r for r in records if r.status in ("proposed", "published", "reviewed")]

    def rank(r: Rec) -> tuple:
        return (r.status == "proposed", str(r.record["date"]), r.id)

    out = []
    for k, b in enumerate(live):
        keepers = [(j, a) for j, a in enumerate(live) if rank(a) < rank(b) and same_agreement(a.record, b.record)]
        if keepers:
            j, a = min(keepers, key=lambda x: rank(x[1]))
            out.append((min(j, k), max(j, k), a, b))
    # (then, as the grouped search does, a partly dated record takes the reports of one signing only)
    return merge_match._one_signing_each([(a, b) for _, _, a, b in sorted(out, key=lambda x: x[:2])])


def test_grouped_offers_are_what_every_comparison_finds():
    rng = random.Random(7)
    for _ in range(20):
        records = [_record(k, rng) for k in range(60)]
        got = merge_candidates(records)
        assert got == _every_pair(records)
        assert len({b.id for _, b in got}) == len(got)  # each record offered once


def test_copies_of_one_report_give_one_offer_each_without_comparing_every_pair(monkeypatch):
    calls = []
    real = merge_match.same_agreement
    monkeypatch.setattr(merge_match, "same_agreement", lambda a, b, **kw: calls.append(1) or real(a, b, **kw))
    copies = [Rec(f"c{k:04d}", "proposed", {"id": f"c{k:04d}", "type": "mou", "date": "2024-03-12",
                                             "source": {"file": f"copy-{k}.txt"}, "korean_places": ["kr-busan"],
                                             "partner_places": ["dk-odense"]}) for k in range(300)]
    got = merge_candidates(copies)
    assert len(got) == 299 and {a.id for a, _ in got} == {"c0000"}
    assert len(calls) < 300 * 8  # every pair would be 44,850 comparisons


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


def test_a_record_dated_by_year_takes_the_reports_of_one_signing_not_of_two():
    def rec(rid, status, date, file):
        return Rec(rid, status, {"id": rid, "type": "mou", "date": date, "source": {"file": file},
                                 "korean_places": ["kr-busan"], "partner_places": ["dk-odense"]})

    year = rec("table-row", "published", "2015", "ties.csv")
    march, march_again = rec("march", "proposed", "2015-03-02", "a.txt"), rec("march-2", "proposed", "2015-03-03", "b.txt")
    october = rec("october", "proposed", "2015-10-20", "c.txt")
    offers = {(a.id, b.id) for a, b in merge_candidates([year, march, october, march_again])}
    assert ("table-row", "march") in offers and ("table-row", "october") not in offers
    assert not any(b == "october" and a == "table-row" for a, b in offers)
    assert ("table-row", "march-2") in offers or ("march", "march-2") in offers  # the same signing, still offered


def _tie(rid: str, file: str, kr: str, partner: str, parties: list[str]) -> dict[str, Any]:
    return {"id": rid, "type": "mou", "date": "2024-03-13", "source": {"file": file},
            "korean_places": [kr], "partner_places": [partner], "parties": [{"name_ko": n} for n in parties]}


def test_ties_of_other_places_are_never_one_agreement_whatever_their_parties():
    # a ministry that signs with two countries on one trip names the same party on both
    bangkok = _tie("bangkok", "a.txt", "kr-sejong", "th-bangkok", ["국토교통부"])
    istanbul = _tie("istanbul", "b.txt", "kr-busan", "tr-istanbul", ["국토교통부"])
    assert not same_agreement(bangkok, istanbul)
    offers = merge_candidates([Rec("bangkok", "published", bangkok), Rec("istanbul", "proposed", istanbul)])
    assert offers == []


def test_a_report_naming_no_parties_matches_a_record_that_names_them():
    curated = _tie("curated", "a.txt", "kr-seoul", "dk-odense", ["서울특별시", "오덴세시"])
    read = _tie("read", "b.txt", "kr-seoul", "dk-odense", [])
    assert same_agreement(curated, read)
    other_body = _tie("cluster", "c.txt", "kr-seoul", "dk-odense", ["서울특별시", "오덴세 로봇 클러스터"])
    assert not same_agreement(curated, other_body)  # two bodies of one city: two agreements
    offers = merge_candidates([Rec("curated", "published", curated), Rec("read", "proposed", read)])
    assert [(a.id, b.id) for a, b in offers] == [("curated", "read")]
