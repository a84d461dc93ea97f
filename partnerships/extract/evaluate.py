"""Score the extractor against reviewed records.

Gold sets: the seeds (``seeds/X.txt`` against ``data/records/X.json``) and the test fixtures
(``tests/fixtures/articles/X.txt`` against ``X.expected.json``, a list of records with at least
type, year, korean_places, partner_places and sectors; an empty list for an article that reports
no partnership).

Matching, per article: a record's *place pairs* are (Korean place, partner place) for each
combination, or (Korean place, "") for a domestic record.  A candidate and a gold record are
*matchable* when they share at least one place pair and agree on the type or on the year.
Matchable pairs are taken one-to-one, best first (same type, same year, most shared pairs).

Field scores, micro-averaged over every article of the set:

- places and sectors: set comparison per matched pair (true positives = shared items, false
  positives = candidate-only items, false negatives = gold-only items);
- type and year: one decision per matched pair (equal = true positive, different = a false
  positive and a false negative; a candidate without a year only misses);
- an unmatched candidate counts all its items as false positives, an unmatched gold record all
  its items as false negatives, in every field.

Overall precision, recall and F1 add up the true/false positives and false negatives of the
four fields.  `records` scores the matching itself (matched / candidates, matched / gold).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("places", "type", "year", "sectors")
FIXTURES_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "articles"


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores of one gold set, with the disagreements that cost points."""

    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    records: Score = field(default_factory=Score)
    confusions: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.fields.values():
            total.add(s)
        return total

    def merge(self, other: Report) -> None:
        for f in FIELDS:
            self.fields[f].add(other.fields[f])
        self.records.add(other.records)
        self.confusions.extend(other.confusions)


def pairs(record: dict[str, Any]) -> set[tuple[str, str]]:
    """Place pairs of a record: (Korean, partner) combinations, or (Korean, '') if domestic."""
    korean = record.get("korean_places") or []
    partner = record.get("partner_places") or []
    if not partner:
        return {(k, "") for k in korean}
    return {(k, p) for k in korean for p in partner}


def _set_score(cand: Iterable, gold: Iterable) -> Score:
    c, g = set(cand), set(gold)
    return Score(len(c & g), len(c - g), len(g - c))


def _label(r: dict[str, Any]) -> str:
    return (f"{r.get('type')} {r.get('year')} {','.join(r.get('korean_places') or [])}"
            f"->{','.join(r.get('partner_places') or []) or '-'}")


def compare(candidates: list[dict[str, Any]], gold: list[dict[str, Any]], *, name: str = "") -> Report:
    """Score one article's candidates against its gold records."""
    report = Report()
    options = []
    for i, c in enumerate(candidates):
        for j, g in enumerate(gold):
            shared = len(pairs(c) & pairs(g))
            same_type = c.get("type") == g.get("type")
            same_year = c.get("year") is not None and c.get("year") == g.get("year")
            if shared and (same_type or same_year):
                options.append(((same_type, same_year, shared), i, j))
    used_c: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(options, key=lambda o: o[0], reverse=True):
        if i in used_c or j in used_g:
            continue
        used_c.add(i)
        used_g.add(j)
        c, g = candidates[i], gold[j]
        report.fields["places"].add(_set_score(pairs(c), pairs(g)))
        report.fields["sectors"].add(_set_score(c.get("sectors") or [], g.get("sectors") or []))
        for f in ("type", "year"):
            if c.get(f) == g.get(f):
                report.fields[f].add(Score(tp=1))
            else:
                report.fields[f].add(Score(fp=int(c.get(f) is not None), fn=1))
                report.confusions.append(f"{name}: {f}: got {c.get(f)!r}, expected {g.get(f)!r} "
                                         f"({_label(g)})")
        if pairs(c) != pairs(g):
            report.confusions.append(f"{name}: places: got {sorted(pairs(c))}, expected "
                                     f"{sorted(pairs(g))} ({_label(g)})")
        if set(c.get("sectors") or []) != set(g.get("sectors") or []):
            report.confusions.append(f"{name}: sectors: got {c.get('sectors')}, expected "
                                     f"{g.get('sectors')} ({_label(g)})")
    for i, c in enumerate(candidates):
        if i not in used_c:
            report.fields["places"].add(Score(fp=len(pairs(c))))
            report.fields["sectors"].add(Score(fp=len(c.get("sectors") or [])))
            report.fields["type"].add(Score(fp=1))
            report.fields["year"].add(Score(fp=int(c.get("year") is not None)))
            report.confusions.append(f"{name}: extra candidate {_label(c)}")
    for j, g in enumerate(gold):
        if j not in used_g:
            report.fields["places"].add(Score(fn=len(pairs(g))))
            report.fields["sectors"].add(Score(fn=len(g.get("sectors") or [])))
            report.fields["type"].add(Score(fn=1))
            report.fields["year"].add(Score(fn=1))
            report.confusions.append(f"{name}: missed {_label(g)}")
    report.records.add(Score(len(used_c), len(candidates) - len(used_c), len(gold) - len(used_g)))
    return report


def seed_cases(*, seeds: Path | None = None, records: Path | None = None) -> list[tuple[Path, Path]]:
    """(article, gold file) for every seed with a records file."""
    from partnerships import store

    seeds = seeds or store.seeds_dir()
    records = records or store.data_dir() / "records"
    return [(a, records / f"{a.stem}.json") for a in sorted(seeds.glob("*.txt"))
            if (records / f"{a.stem}.json").exists()]


def fixture_cases(directory: Path = FIXTURES_DIR) -> list[tuple[Path, Path]]:
    """(article, expected file) for every fixture article with an expected file."""
    return [(a, a.with_name(f"{a.stem}.expected.json")) for a in sorted(directory.glob("*.txt"))
            if a.with_name(f"{a.stem}.expected.json").exists()]


def run_cases(cases: list[tuple[Path, Path]], *, gazetteer=None) -> Report:
    """Extract every article and score it against its gold file."""
    from partnerships.extract import extract

    report = Report()
    for article, gold_file in cases:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        found = extract(article.read_bytes(), source_file=article.name, gazetteer=gazetteer)
        report.merge(compare(found.candidates, gold, name=article.name))
    return report


def format_report(report: Report, title: str) -> str:
    """A small table: precision, recall and F1 per field and overall."""
    lines = [f"{title}", f"  {'field':<9} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn"]
    rows = [*((f, report.fields[f]) for f in FIELDS), ("overall", report.overall),
            ("records", report.records)]
    for name, s in rows:
        lines.append(f"  {name:<9} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  "
                     f"{s.tp:3d} {s.fp:3d} {s.fn:3d}")
    return "\n".join(lines)
