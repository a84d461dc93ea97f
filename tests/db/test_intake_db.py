"""Saving an article into the database, on SQLite and PostgreSQL: all or nothing, duplicates refused,
ids unique, and two writers at the same moment (separate processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from geo.place import Place
from partnerships import intake, store
from partnerships.db import repo, schema
from tests.intake_records import F01, F01_TEXT, record

ROOT = Path(__file__).resolve().parents[2]
# eval/dev/f05_jeonnam_auckland_press.txt: another article, same partnership id below.
F05 = ROOT / "eval" / "dev" / "f05_jeonnam_auckland_press.txt"
EDITOR = "ed"



def _counts() -> tuple[int, int, int]:
    eng = store.open_store()
    with eng.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (schema.articles, schema.records, schema.audit))


@pytest.fixture(autouse=True)
def editor(request):
    """An editor account, once the test's database exists (the tests below save as this editor)."""
    if "folders" in request.fixturenames:
        from partnerships import accounts

        request.getfixturevalue("folders")  # the test's own database first
        accounts.add_user(store.engine(), EDITOR, role="editor", password="a long test password")


def test_save_stores_article_and_proposed_records(folders, gazetteer):
    saved = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    name = f"2023-05-17_{intake.content_hash(F01_TEXT)[:8]}"
    assert saved.seed.name == f"{name}.txt" and saved.records.name == f"{name}.json"
    eng = store.open_store()
    assert store.article_text(eng, saved.seed.name) == F01_TEXT
    stored = {r.id: r for r in store.read_records(eng).records}["2023-incheon-nairobi-friendship-city"]
    assert stored.status == "proposed" and stored.source.file == f"{name}.txt"
    assert "support" not in stored.extra and "confidence" not in stored.extra
    with eng.connect() as conn:
        trail = repo.audit_trail(conn, stored.id)
    assert [(a["who"], a["action"]) for a in trail] == [(EDITOR, "create")]
    assert store.validate_database(eng, gazetteer) == []


def test_same_article_twice_is_refused(folders, gazetteer):
    first = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    before = _counts()
    with pytest.raises(intake.DuplicateArticle) as info:
        intake.save_article("  " + F01_TEXT.replace("\n", "\r\n"), [record(id="other-id")],
                            gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    assert info.value.existing.name == first.seed.name
    assert _counts() == before


def test_original_seed_is_refused(folders, gazetteer):
    # seeds/000_a437fd8661412f19.txt (Seoul-Odense robotics MOU), pasted again
    _, seeds = folders
    text = (seeds / "000_a437fd8661412f19.txt").read_text(encoding="utf-8")
    store.open_store()
    before = _counts()
    with pytest.raises(intake.DuplicateArticle) as info:
        intake.save_article(text, [record()], gazetteer=gazetteer, who=EDITOR)
    assert info.value.existing.name == "000_a437fd8661412f19.txt"
    assert _counts() == before


def test_stored_articles_are_recognised_by_content(folders):
    _, seeds = folders
    text = (seeds / "002_322a285842e0d4fc.txt").read_text(encoding="utf-8")
    assert intake.find_duplicate(text.replace("\n", "\r\n") + "\n\n").name == "002_322a285842e0d4fc.txt"
    assert intake.find_duplicate(F01_TEXT) is None


def test_article_without_records_gets_them(folders, gazetteer):
    _, seeds = folders
    (seeds / "orphan.txt").write_text(F01_TEXT, encoding="utf-8")  # an article with no records file
    saved = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    assert saved.seed.name == "orphan.txt" and saved.records.name == "orphan.json"
    assert store.read_records(store.open_store()).problems == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": "handshake"}, "type"),
        ({"korean_places": ["ke-nairobi"]}, "korean_places"),
        ({"evidence": ["이 문장은 기사에 없습니다."]}, "evidence[0]"),
    ],
)
def test_invalid_records_are_refused_before_anything_is_written(folders, gazetteer, changes, field):
    store.open_store()
    before = _counts()
    with pytest.raises(intake.InvalidRecords) as info:
        intake.save_article(F01_TEXT, [record(), record(id="second", **changes)], gazetteer=gazetteer, who=EDITOR)
    assert {p.field for p in info.value.problems} == {field}
    assert _counts() == before


def test_year_follows_the_date_and_ids_stay_unique(folders, gazetteer):
    # An id already stored (seeds/000: Seoul-Odense robotics MOU) and twice in the batch.
    taken = "2024-seoul-odense-robotics-mou"
    assert taken in intake.existing_ids()
    saved = intake.save_article(
        F01_TEXT, [record(id=taken, date="2022-11", year=2023), record(id=taken)], gazetteer=gazetteer, who=EDITOR)
    assert saved.ids == [f"{taken}-2", f"{taken}-3"]
    records = {r.id: r for r in store.read_records(store.open_store()).records}
    assert [records[i].year for i in saved.ids] == [2022, 2023]
    assert saved.seed.name.startswith("2022-11_")  # no publication date: the first record's date


def test_a_failure_mid_save_leaves_nothing(folders, gazetteer, monkeypatch):
    store.open_store()
    before = _counts()

    def broken(conn, **kw):
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(repo, "append_audit", broken)
    with pytest.raises(RuntimeError, match="audit write failed"):
        intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    assert _counts() == before
    assert intake.find_duplicate(F01_TEXT) is None


def test_new_place_is_stored_and_known_to_the_gazetteer(folders, gazetteer):
    place = Place("th-hala-point", "Hala Point", "할라포인트", "TH", 13.7, 100.5, "city", "South-eastern Asia", None)
    unused = Place("th-nowhere", "Nowhere", "", "TH", 14.0, 101.0, "city", "South-eastern Asia", None)
    saved = intake.save_article(
        F01_TEXT, [record(partner_places=["ke-nairobi", "th-hala-point"])], gazetteer=gazetteer, who=EDITOR,
        new_places=[place, unused])
    assert saved.places == ["th-hala-point"]  # only places a record uses are added
    eng = store.open_store()
    assert [p.id for p in store.added_places(eng)] == ["th-hala-point"]
    fresh = store.gazetteer_for(eng)
    assert fresh.get("th-hala-point").name_ko == "할라포인트"
    assert store.validate_database(eng, fresh) == []


def test_a_locked_database_refuses_the_write_with_a_message(folders, gazetteer, database_url, monkeypatch):
    if not database_url.startswith("sqlite"):
        pytest.skip("a file lock is SQLite's case; PostgreSQL writers queue on row locks")
    import sqlite3

    from partnerships.db import engine as db_engine

    eng = store.open_store()
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)
    db_engine.forget()
    holder = sqlite3.connect(eng.url.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(store.StoreUnavailable, match="busy with another write"):
            intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert intake.find_duplicate(F01_TEXT) is None


# --- two writers at the same moment (issue: saving at the same moment) ----------------------------

def _race(tmp_path: Path, jobs: list[tuple[Path, dict]]) -> list[dict]:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, str(ROOT / "tests" / "db" / "save_worker.py"), str(go), str(article),
                               json.dumps(rec)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for article, rec in jobs]
    for p in procs:  # each is connected and waiting
        assert json.loads(p.stdout.readline()) == {"ready": True}, p.stderr.read()
    go.touch()
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        assert p.returncode == 0, stderr
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def test_two_articles_about_one_partnership_saved_at_once_get_distinct_ids(folders, gazetteer, tmp_path):
    store.open_store()
    other = tmp_path / "other.txt"  # a second article with the same agreement sentence
    other.write_text(F01_TEXT + "\n(재송고)\n", encoding="utf-8")
    outcomes = _race(tmp_path, [(F01, record()), (other, record())])
    ids = [o["saved"] for o in outcomes]
    assert sorted(i for one in ids for i in one) == ["2023-incheon-nairobi-friendship-city",
                                                    "2023-incheon-nairobi-friendship-city-2"]
    result = store.read_records(store.open_store())
    assert result.problems == []
    assert {i for one in ids for i in one} <= {r.id for r in result.records}


def test_the_same_article_saved_at_once_is_stored_once(folders, gazetteer, tmp_path):
    store.open_store()
    outcomes = _race(tmp_path, [(F01, record()), (F01, record(title_en="A second session's title"))])
    saved = [o for o in outcomes if "saved" in o]
    refused = [o for o in outcomes if "duplicate" in o]
    assert len(saved) == 1 and len(refused) == 1
    assert refused[0]["duplicate"] == saved[0]["file"]
    records = [r for r in store.read_records(store.open_store()).records if r.source.file == saved[0]["file"]]
    assert len(records) == 1


@pytest.mark.parametrize("who", [None, "nobody-with-that-name"])
def test_saving_without_an_editor_is_refused_and_writes_nothing(folders, gazetteer, who):
    from partnerships.roles import NotAllowed

    before = _counts()
    with pytest.raises(NotAllowed):
        intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, published="2023-05-17", who=who)
    assert _counts() == before


@pytest.mark.parametrize(("source", "field"), [
    ({"publisher": ""}, "source.publisher"),
    ({"published": None}, "source.published"),
    ({"published": "2023-05"}, "source.published"),  # a publication date is a day
])
def test_publisher_and_publication_date_are_required(folders, gazetteer, source, field):
    before = _counts()
    bad = record(source={**record()["source"], **source})
    with pytest.raises(intake.InvalidRecords) as got:
        intake.save_article(F01_TEXT, [bad], gazetteer=gazetteer, published="2023-05-17", who=EDITOR)
    assert [p.field for p in got.value.problems] == [field]
    assert _counts() == before


def test_an_article_whose_records_were_all_rejected_may_be_proposed_again(folders, gazetteer):
    from partnerships import accounts, review

    eng = store.open_store()
    accounts.add_user(eng, "rita", role="reviewer", password="a long test password")
    first = intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
    (rid,) = first.ids
    review.reject(eng, "rita", rid, version=1, reason="the partner is wrong; propose again")
    again = intake.save_article(F01_TEXT, [record(title_en="Incheon with Nairobi, corrected")], gazetteer=gazetteer,
                                who=EDITOR, published="2023-05-17")
    assert again.seed.name == first.seed.name and again.ids != first.ids  # the same stored text, a new record
    assert review.get(eng, again.ids[0]).status == "proposed" and review.get(eng, rid).status == "rejected"
    assert [a["action"] for a in review.history(eng, rid)] == ["create", "reject"]  # its history stands
    assert store.validate_database(eng, gazetteer) == []
    # once a record of it stands again, the article is not taken again
    with pytest.raises(intake.DuplicateArticle):
        intake.save_article(F01_TEXT, [record()], gazetteer=gazetteer, who=EDITOR, published="2023-05-17")
