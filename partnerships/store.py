"""Where records live: load and validate them, turn them into a table, save them safely.

Records are JSON files in `data/records/` (one array per article). Reading never writes; a bad
record is skipped and reported as a `Problem`, and every valid record is still returned.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from geo.gazetteer import Gazetteer, default_gazetteer
from partnerships.model import Problem, Record, shape_problems

ROOT = Path(__file__).resolve().parent.parent
_WS = re.compile(r"\s+")


def data_dir() -> Path:
    """The data folder: `$ATLAS_DATA_DIR` if set, else the repository's `data/`."""
    return Path(os.environ.get("ATLAS_DATA_DIR") or ROOT / "data")


def seeds_dir() -> Path:
    """The articles folder: `$ATLAS_SEEDS_DIR` if set, else the repository's `seeds/`."""
    return Path(os.environ.get("ATLAS_SEEDS_DIR") or ROOT / "seeds")


_default_data_dir = data_dir


@dataclass
class LoadResult:
    """Valid records and what was wrong with the rest."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def squash(text: str) -> str:
    """Collapse whitespace runs, so evidence matches across line breaks."""
    return _WS.sub(" ", text).strip()


@cache
def _article_text(path: Path, mtime: float) -> str | None:
    try:
        return squash(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def record_problems(
    d: dict, *, file: str, gazetteer: Gazetteer, seeds: Path, check_evidence: bool = True
) -> list[Problem]:
    """Every problem with one raw record: shape, vocabulary, places, source and evidence."""
    out = shape_problems(d, file=file)
    if not isinstance(d, dict):
        return out
    rid = d.get("id") if isinstance(d.get("id"), str) else None
    bad_fields = {p.field for p in out}
    for fld in ("korean_places", "partner_places"):
        if fld in bad_fields:
            continue
        for pid in d.get(fld) or []:
            if pid not in gazetteer:
                out.append(Problem(file, rid, fld, f"unknown place id {pid!r}"))
            elif (gazetteer.get(pid).country == "KR") != (fld == "korean_places"):
                side = "in Korea" if fld == "korean_places" else "outside Korea"
                out.append(Problem(file, rid, fld, f"place {pid!r} is not {side}"))
    venue = d.get("venue")
    if isinstance(venue, str) and venue not in gazetteer:
        out.append(Problem(file, rid, "venue", f"unknown place id {venue!r}"))
    if "source" in bad_fields or not check_evidence:
        return out
    path = seeds / d["source"]["file"]
    text = _article_text(path, path.stat().st_mtime) if path.is_file() else None
    if text is None:
        out.append(Problem(file, rid, "source", f"article {d['source']['file']!r} not found or unreadable in {seeds}"))
    elif "evidence" not in bad_fields:
        for i, sentence in enumerate(d["evidence"]):
            if squash(sentence) not in text:
                out.append(Problem(file, rid, f"evidence[{i}]", "sentence does not occur in the article"))
    return out


def load(
    *, data_dir: Path | None = None, gazetteer: Gazetteer | None = None, check_evidence: bool = True
) -> LoadResult:
    """Read and validate every record file; never raises for bad data, never writes."""
    folder = (data_dir or _default_data_dir()) / "records"
    gaz = gazetteer or default_gazetteer()
    seeds = seeds_dir()
    result = LoadResult()
    seen: dict[str, str] = {}
    if not folder.is_dir():
        result.problems.append(Problem(str(folder), None, None, "records folder not found"))
        return result
    for path in sorted(folder.glob("*.json")):
        name = path.name
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            result.problems.append(Problem(name, None, None, f"cannot read JSON: {exc}"))
            continue
        if not isinstance(raw, list):
            result.problems.append(Problem(name, None, None, "expected a JSON array of records"))
            continue
        for i, d in enumerate(raw):
            probs = record_problems(d, file=name, gazetteer=gaz, seeds=seeds, check_evidence=check_evidence)
            rid = d.get("id") if isinstance(d, dict) else None
            if not probs and rid in seen:
                probs = [Problem(name, rid, "id", f"duplicate id, first seen in {seen[rid]}")]
            if probs:
                if rid is None:
                    probs = [Problem(p.file, f"#{i}", p.field, p.message) for p in probs]
                result.problems.extend(probs)
                continue
            seen[rid] = name
            result.records.append(Record.from_dict(d))
    return result


FRAME_COLUMNS = [
    "id", "title_en", "title_ko", "type", "sectors", "date", "year", "date_basis",
    "korean_places", "partner_places", "venue", "parties", "summary_en", "summary_ko",
    "source_file", "publisher", "published", "url", "evidence", "status",
    "partner_countries", "partner_regions", "search_text",
]


def records_frame(records: list[Record], gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per record, with the partner countries and regions and a search text."""
    rows = []
    for r in records:
        partners = [gazetteer.get(p) for p in r.partner_places]
        names = [n for pid in r.places for n in (gazetteer.get(pid).name_en, gazetteer.get(pid).name_ko)]
        parties = [p.__dict__.copy() for p in r.parties]
        words = [r.title_en, r.title_ko, r.summary_en, r.summary_ko, *names,
                 *(n for p in parties for n in p.values())]
        rows.append({
            "id": r.id, "title_en": r.title_en, "title_ko": r.title_ko, "type": r.type,
            "sectors": r.sectors, "date": r.date, "year": r.year, "date_basis": r.date_basis,
            "korean_places": r.korean_places, "partner_places": r.partner_places, "venue": r.venue,
            "parties": tuple(parties), "summary_en": r.summary_en, "summary_ko": r.summary_ko,
            "source_file": r.source.file, "publisher": r.source.publisher,
            "published": r.source.published, "url": r.source.url, "evidence": r.evidence,
            "status": r.status,
            "partner_countries": tuple(dict.fromkeys(p.country for p in partners)),
            "partner_regions": tuple(dict.fromkeys(p.region for p in partners)),
            "search_text": " ".join(words).lower(),
        })
    df = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    df["year"] = df["year"].astype("int64")
    for column in ("venue", "published", "url"):  # keep None, not NaN, for optional text
        df[column] = df[column].astype(object).where(df[column].notna(), None)
    return df


def save_records(path: Path, records: list[Record]) -> None:
    """Write records to `path` atomically: a crash leaves the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
