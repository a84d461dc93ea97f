"""Curated records in data/records/ are backed by their seed articles.

Reads the JSON files directly so that a broken loader cannot hide a broken record.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RECORDS_DIR = ROOT / "data" / "records"
SEEDS_DIR = ROOT / "seeds"

_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    """Collapse every whitespace run (newlines, tabs, no-break spaces) to one space."""
    return _WS.sub(" ", text).strip()


def _load_all() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(RECORDS_DIR.glob("*.json")):
        for rec in json.loads(path.read_text(encoding="utf-8")):
            out.append((path.name, rec))
    return out


RECORDS = _load_all()
IDS = [f"{name}:{rec.get('id')}" for name, rec in RECORDS]


def test_records_exist() -> None:
    # every seed article has its curated file, and the five seeds give about twenty records
    seeds = {p.stem for p in SEEDS_DIR.glob("*.txt")}
    curated = {p.stem for p in RECORDS_DIR.glob("*.json")}
    assert seeds <= curated
    assert len(RECORDS) >= 15


def test_ids_are_unique() -> None:
    dupes = [i for i, n in Counter(rec["id"] for _, rec in RECORDS).items() if n > 1]
    assert dupes == []


@pytest.mark.parametrize(("file_name", "rec"), RECORDS, ids=IDS)
def test_file_is_named_after_its_source(file_name: str, rec: dict) -> None:
    assert Path(rec["source"]["file"]).stem == Path(file_name).stem


@pytest.mark.parametrize(("file_name", "rec"), RECORDS, ids=IDS)
def test_evidence_occurs_verbatim_in_seed(file_name: str, rec: dict) -> None:
    text = _squash((SEEDS_DIR / rec["source"]["file"]).read_text(encoding="utf-8"))
    assert rec["evidence"], "a record needs at least one evidence sentence"
    for sentence in rec["evidence"]:
        assert _squash(sentence) in text, sentence


@pytest.mark.parametrize(("file_name", "rec"), RECORDS, ids=IDS)
def test_date_matches_year(file_name: str, rec: dict) -> None:
    assert isinstance(rec["year"], int)
    assert rec["date"].startswith(str(rec["year"]))


@pytest.mark.parametrize(("file_name", "rec"), RECORDS, ids=IDS)
def test_date_basis_is_stated_or_reasoned(file_name: str, rec: dict) -> None:
    basis = rec["date_basis"]
    assert basis == "stated" or re.match(r"^inferred: \S.{9,}", basis), basis


@pytest.mark.parametrize(
    ("record_id", "date", "basis"),
    [
        # 000_a437fd8661412f19: Seoul press release of 2024-03-18, MOU signed "3.13"
        ("2024-seoul-odense-robotics-mou", "2024-03-13", "inferred"),
        # 001_01205c7f5ce77c6a: page dated 2024-04-20, launch at BEXCO on 2월 13일 of 2019
        ("2019-busan-smart-city-convergence-alliance", "2019-02-13", "inferred"),
        # 002_322a285842e0d4fc: roadshows with no year given, 2022 by weekdays and minister
        ("2022-sejong-bangkok-smart-city-roadshow", "2022-10-06", "inferred"),
        ("2022-sejong-istanbul-smart-city-roadshow", "2022-10-10", "inferred"),
        # 003_7cdbec0e616b3126: hub opened "지난해 5월" in an article of 2022-08-04
        ("2021-seoul-ho-chi-minh-city-startup-hub-office", "2021-05", "inferred"),
        # 004_3b3a5901f31adbfd: GRC "2018년 정식 출범했다"
        ("2018-daegu-global-robot-cluster-alliance", "2018", "stated"),
    ],
)
def test_page_date_is_not_event_date(record_id: str, date: str, basis: str) -> None:
    rec = {r["id"]: r for _, r in RECORDS}[record_id]
    assert rec["date"] == date
    assert rec["date_basis"].split(":")[0] == basis
