"""Score the extractor against reviewed records.

Gold sets: the seeds (``seeds/X.txt`` against ``data/records/X.json``) and the evaluation
folders ``eval/dev`` (articles written while developing the reader) and ``eval/heldout``
(articles written by someone who had not seen the reader's rules; never tuned on).  In a folder,
``X.txt`` or ``X.html`` is scored against ``X.expected.json`` (a list of records with at least
type, year, korean_places, partner_places and sectors; an empty list for an article that reports
no partnership); an optional ``X.meta.json`` gives the page's ``published`` date (or null) and
``url``, passed to the reader as ``extract --published/--url`` would.

Strict record levels (what a reviewer sees): a candidate *is* a gold record at

- ``side+partner`` when its Korean places and its partner places are the same sets;
- ``+type`` when, besides, the agreement type is the same;
- ``+year`` when, besides, the year is the same.

Gold records the page tells as history (dated two or more years before it, see
``history.told_as_history``) are not expected of the reader: curated records (the seeds) keep a
tie's history for the map, the reader proposes only the news. Nor are records without a partner
abroad (a domestic centre or programme the seeds' curators kept): the reader proposes
partnerships with a place abroad and says why it left the others out.

At each level candidates and gold records of one article are matched one-to-one (equal keys
pair up), and precision = matched / candidates, recall = matched / gold.

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

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerships.extract.history import told_as_history

FIELDS = ("places", "type", "year", "sectors")
LEVELS = ("side+partner", "+type", "+year")
ROOT = Path(__file__).resolve().parents[2]
DEV_DIR = ROOT / "eval" / "dev"
HELDOUT_DIR = ROOT / "eval" / "heldout"  # written blind before tuning; heldout2 a second such set
HELDOUT_DIRS = (HELDOUT_DIR, *(ROOT / "eval" / f"heldout{n}" for n in range(2, 250)))
FIXTURES_DIR = DEV_DIR


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
    levels: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    articles: int = 0
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
        for lv in LEVELS:
            self.levels[lv].add(other.levels[lv])
        self.articles += other.articles
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


def _level_key(r: dict[str, Any], level: int) -> tuple:
    key: tuple = (frozenset(r.get("korean_places") or []), frozenset(r.get("partner_places") or []))
    if level >= 1:
        key += (r.get("type"),)
    if level >= 2:
        key += (r.get("year"),)
    return key


def strict_levels(candidates: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, Score]:
    """Scores of one article at the three strict levels (one-to-one on equal keys)."""
    out: dict[str, Score] = {}
    for n, level in enumerate(LEVELS):
        ck = Counter(_level_key(c, n) for c in candidates)
        gk = Counter(_level_key(g, n) for g in gold)
        tp = sum(min(ck[k], gk[k]) for k in ck)
        out[level] = Score(tp, len(candidates) - tp, len(gold) - tp)
    return out


def compare(candidates: list[dict[str, Any]], gold: list[dict[str, Any]], *, name: str = "") -> Report:
    """Score one article's candidates against its gold records."""
    report = Report(articles=1)
    for level, score in strict_levels(candidates, gold).items():
        report.levels[level].add(score)
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


def fixture_cases(directory: Path = DEV_DIR) -> list[tuple[Path, Path]]:
    """(article, expected file) for every article (.txt or .html) of a folder with an expected
    file; an empty list when the folder does not exist."""
    if not directory.is_dir():
        return []
    return [(a, a.with_name(f"{a.stem}.expected.json"))
            for a in sorted(p for p in directory.iterdir() if p.suffix in (".txt", ".html"))
            if a.with_name(f"{a.stem}.expected.json").exists()]


def article_meta(article: Path) -> dict[str, Any]:
    """The article's ``X.meta.json`` (published date, URL) as extract options: {} if none."""
    meta_file = article.with_name(f"{article.stem}.meta.json")
    if not meta_file.exists():
        return {}
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    if meta.get("published"):
        out["published"] = dt.date.fromisoformat(str(meta["published"])[:10])
    if meta.get("url"):
        out["url"] = str(meta["url"])
    return out


def run_cases(cases: list[tuple[Path, Path]], *, gazetteer=None, use_meta: bool = True) -> Report:
    """Extract every article and score it against its gold file."""
    from partnerships.extract import Extraction, extract
    from partnerships.extract.errors import ArticleError

    if gazetteer is None:
        from geo.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    report = Report()
    for article, gold_file in cases:
        gold = canonical_places(json.loads(gold_file.read_text(encoding="utf-8")), gazetteer)
        options = article_meta(article) if use_meta else {}
        try:
            found = extract(article.read_bytes(), source_file=article.name, gazetteer=gazetteer, **options)
        except ArticleError as exc:  # (refused, as on the Add article page: it proposes nothing)
            found = Extraction([], str(exc))
        # the page's date as the meta file gives it, else the earliest the reader read on it (a
        # page of several posts: history for none of them is not history)
        read = [_page_date(found.published), *(_page_date((c.get("source") or {}).get("published"))
                                               for c in found.candidates)]
        page = options.get("published") or min((d for d in read if d), default=None)
        gold = [g for g in gold if not told_as_history(g, page) and g["partner_places"]]
        report.merge(compare(canonical_places(found.candidates, gazetteer), gold, name=article.name))
    return report


def _page_date(published: str | None) -> dt.date | None:
    """A page date as the reader gives it, 'YYYY-MM-DD' or 'YYYY' (a year alone: its first day)."""
    text = str(published or "")
    try:
        return dt.date(int(text[:4]), 1, 1) if len(text) == 4 else dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def canonical_places(records: list[dict[str, Any]], gazetteer) -> list[dict[str, Any]]:
    """The records with each place id as the gazetteer keys it now: a gold file written with a
    former id ('kr-tangjin') scores the same as one written with the id ('kr-dangjin')."""
    canonical = getattr(gazetteer, "canonical_id", None)
    if canonical is None:
        return records
    return [{**r, **{f: [canonical(p) for p in r.get(f) or []]
                     for f in ("korean_places", "partner_places")}} for r in records]


def format_report(report: Report, title: str) -> str:
    """A small table: precision, recall and F1 per field and overall."""
    lines = [f"{title}", f"  {'field':<9} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn"]
    rows = [*((f, report.fields[f]) for f in FIELDS), ("overall", report.overall),
            ("records", report.records)]
    for name, s in rows:
        lines.append(f"  {name:<9} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  "
                     f"{s.tp:3d} {s.fp:3d} {s.fn:3d}")
    lines.append(f"  strict record levels ({report.articles} articles)")
    for level in LEVELS:
        s = report.levels[level]
        lines.append(f"  {level:<13} P {s.precision:4.2f} R {s.recall:4.2f} F1 {s.f1:4.2f}  "
                     f"tp {s.tp:3d} fp {s.fp:3d} fn {s.fn:3d}")
    return "\n".join(lines)
