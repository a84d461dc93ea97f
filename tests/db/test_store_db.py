"""The database store on SQLite and on a real PostgreSQL server: filling, dump/load, counters, audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from partnerships import store
from partnerships.db import repo, schema

ROOT = Path(__file__).resolve().parents[2]


def test_a_new_database_is_filled_from_the_files(folders, gazetteer):
    data, _ = folders
    from_files = store.load(data_dir=data, gazetteer=gazetteer)
    eng = store.open_store()
    from_db = store.read_records(eng)
    assert from_db.problems == []
    assert [r.to_dict() for r in from_db.records] == [r.to_dict() for r in from_files.records]
    assert sorted(store.article_files(eng)) == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


def test_dump_reproduces_the_records_folder_byte_for_byte(folders, tmp_path):
    data, _ = folders
    eng = store.open_store()
    out = tmp_path / "dumped"
    store.dump(eng, out)
    originals = sorted((data / "records").glob("*.json"))
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in originals]
    for path in originals:
        assert (out / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_dump_that_dies_midway_leaves_each_file_whole(folders, tmp_path, monkeypatch):
    import os

    eng = store.open_store()
    out = tmp_path / "dumped"
    store.dump(eng, out)
    first = sorted(out.glob("*.json"))[0]
    before = first.read_bytes()
    first.write_bytes(before.replace(b'"id"', b'"id" ', 1))  # so the next dump has something to write

    def killed(*args):
        raise KeyboardInterrupt  # the dump is stopped as it replaces its first file

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        store.dump(eng, out)
    assert first.read_bytes() == before.replace(b'"id"', b'"id" ', 1)  # the old file, whole
    assert not list(out.glob(".*.tmp"))


def test_a_changed_file_replaces_its_records_and_keeps_the_rest(folders):
    data, _ = folders
    eng = store.open_store()
    before = store.changes(eng)
    path = sorted((data / "records").glob("*.json"))[0]
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw[0]["title_en"] = "A corrected title"
    dropped = raw.pop()
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = store.sync_files(eng)
    assert report.files == 1  # only the changed file was read
    records = {r.id: r for r in store.read_records(eng).records}
    assert records[raw[0]["id"]].title_en == "A corrected title"
    assert dropped["id"] not in records
    assert store.changes(eng) == before + 1


def test_a_changed_file_keeps_what_a_reviewer_did_to_its_records_in_the_app(folders):
    from partnerships import accounts, review

    data, _ = folders
    eng = store.open_store()
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    path = sorted((data / "records").glob("*.json"))[0]
    raw = json.loads(path.read_text(encoding="utf-8"))
    retracted, edited_in_file = raw[0]["id"], raw[1]["id"]
    _, version = store.read_record(eng, retracted)
    review.retract(eng, "rev", retracted, version=version, reason="wrong partner")
    raw[0]["title_en"] = "The file's title"
    raw[1]["title_en"] = "A corrected title"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = store.sync_files(eng)
    kept, version_after = store.read_record(eng, retracted)
    assert (kept["status"], version_after) == ("retracted", version + 1)
    assert kept["title_en"] != "The file's title"
    assert store.read_record(eng, edited_in_file)[0]["title_en"] == "A corrected title"
    assert [(p.record_id, "changed in the app" in p.message) for p in report.problems] == [(retracted, True)]


def test_a_half_saved_file_keeps_its_stored_records_until_it_reads_again(folders):
    data, _ = folders
    eng = store.open_store()
    path = sorted((data / "records").glob("*.json"))[0]
    whole = path.read_bytes()
    ids = [d["id"] for d in json.loads(whole)]
    path.write_bytes(whole[:300])  # cut off mid-record, as a copy in progress leaves it
    report = store.sync_files(eng)
    stored = {r.id for r in store.read_records(eng).records}
    assert set(ids) <= stored
    assert [(p.file, "cannot read JSON" in p.message and "kept" in p.message) for p in report.problems] == [
        (path.name, True)]
    raw = json.loads(whole)
    raw[0]["title_en"] = "Read again"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    store.sync_files(eng)
    assert store.read_record(eng, ids[0])[0]["title_en"] == "Read again"


def test_an_unreadable_record_keeps_its_stored_version_and_a_dropped_one_is_in_the_history(folders):
    data, _ = folders
    eng = store.open_store()
    path = sorted((data / "records").glob("*.json"))[0]
    raw = json.loads(path.read_text(encoding="utf-8"))
    broken, dropped = raw[0]["id"], raw[-1]["id"]
    raw[0]["year"] = "not a year"
    raw.pop()
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = store.sync_files(eng)
    stored = {r.id for r in store.read_records(eng).records}
    assert broken in stored and dropped not in stored
    assert any(p.record_id == broken and "stored one is kept" in p.message for p in report.problems)
    with eng.connect() as conn:
        trail = repo.audit_trail(conn, dropped)
    assert [(line["action"], line["who"]) for line in trail][-1:] == [("remove", "load")]


def test_open_store_reads_files_only_when_their_fingerprint_changed(folders):
    data, _ = folders
    eng = store.open_store()
    n = store.changes(eng)
    store.open_store()
    assert store.changes(eng) == n  # nothing changed: nothing loaded
    (data / "records" / "extra.json").write_text("[]\n", encoding="utf-8")
    store.open_store()
    assert store.changes(eng) == n + 1


def test_a_bad_record_in_a_file_is_a_stored_problem_and_the_rest_load(folders, gazetteer):
    data, _ = folders
    path = sorted((data / "records").glob("*.json"))[0]
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw[0]["type"] = "treaty"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    eng = store.open_store()
    result = store.read_records(eng)
    assert [(p.file, p.record_id, p.field) for p in result.problems] == [(path.name, raw[0]["id"], "type")]
    assert raw[1]["id"] in {r.id for r in result.records}


def test_a_load_of_a_dump_changes_nothing(folders, tmp_path):
    eng = store.open_store()
    before = [r.to_dict() for r in store.read_records(eng).records]
    store.dump(eng, tmp_path / "out")
    report = store.sync_files(eng, records_dir=tmp_path / "out", force=True)
    assert report.problems == []
    assert [r.to_dict() for r in store.read_records(eng).records] == before


def test_audit_lines_append_in_order(folders):
    eng = store.open_store()
    with repo.writing(eng) as conn:
        repo.append_audit(conn, who="alice", action="publish", record_id="r1", before={"status": "proposed"},
                          after={"status": "published"})
        repo.append_audit(conn, who="bob", action="retract", record_id="r1", reason="wrong date")
    with eng.connect() as conn:
        trail = repo.audit_trail(conn, "r1")
    assert [(a["who"], a["action"]) for a in trail] == [("alice", "publish"), ("bob", "retract")]
    assert json.loads(trail[0]["after"]) == {"status": "published"}
    assert trail[1]["reason"] == "wrong date" and trail[1]["at"] is not None


def test_records_carry_status_and_version_columns(folders):
    eng = store.open_store()
    with eng.connect() as conn:
        rows = conn.execute(select(schema.records.c.status, schema.records.c.version)).all()
    assert rows and {r.version for r in rows} == {1} and {r.status for r in rows} <= {"reviewed", "proposed"}


def test_unreachable_database_is_a_clear_error(monkeypatch, tmp_path):
    from partnerships.db import engine as db_engine

    monkeypatch.setenv("ATLAS_DATABASE_URL", "postgresql://atlas@127.0.0.1:1/none")
    with pytest.raises(store.StoreUnavailable, match="cannot be used now"):
        store.engine()
    db_engine.forget()


def test_an_edit_bumps_the_version_and_is_audited(folders, gazetteer):
    eng = store.open_store()
    rid = store.read_records(eng).records[0].id
    d, version = store.read_record(eng, rid)
    assert version == 1
    d["title_en"] = "An edited title"
    _reviewers(eng)
    assert store.update_record(eng, d, expected_version=1, places=gazetteer, who="alice", reason="typo") == 2
    got, now = store.read_record(eng, rid)
    assert (got["title_en"], now) == ("An edited title", 2)
    with eng.connect() as conn:
        (line,) = repo.audit_trail(conn, rid)
    assert (line["who"], line["action"], line["reason"]) == ("alice", "edit", "typo")
    assert json.loads(line["before"])["title_en"] != "An edited title"
    assert json.loads(line["after"])["title_en"] == "An edited title"


def test_the_second_of_two_writers_is_told_about_the_conflict(folders, gazetteer):
    eng = store.open_store()
    rid = store.read_records(eng).records[0].id
    first, v = store.read_record(eng, rid)
    second, _ = store.read_record(eng, rid)  # both opened version 1
    first["title_en"] = "First writer"
    second["summary_en"] = "Second writer"
    _reviewers(eng)
    store.update_record(eng, first, expected_version=v, places=gazetteer, who="alice")
    with pytest.raises(store.VersionConflict, match="version 2"):
        store.update_record(eng, second, expected_version=v, places=gazetteer, who="bob")
    got, now = store.read_record(eng, rid)
    assert (got["title_en"], now) == ("First writer", 2)  # the first writer's work is kept
    assert got["summary_en"] != "Second writer"


def _reviewers(eng) -> None:
    """alice and bob may edit (store.update_record checks the writer's role)."""
    from partnerships import accounts

    for name in ("alice", "bob"):
        accounts.add_user(eng, name, role="reviewer", password="a long test password")


def test_update_record_refuses_a_writer_without_the_role(folders, gazetteer):
    from partnerships.roles import NotAllowed

    eng = store.open_store()
    d, version = store.read_record(eng, "2024-seoul-odense-robotics-mou")
    for who in (None, "nobody-with-that-name"):
        with pytest.raises(NotAllowed):
            store.update_record(eng, {**d, "title_en": "forged"}, expected_version=version, places=gazetteer, who=who)
    assert store.read_record(eng, d["id"])[0]["title_en"] == d["title_en"]


@pytest.mark.parametrize("action", ["propose", "read_drafts", "read_public"])
def test_update_record_needs_a_reviewer_whatever_action_the_caller_names(folders, gazetteer, action):
    from partnerships import accounts
    from partnerships.roles import NotAllowed

    eng = store.open_store()
    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    d, version = store.read_record(eng, "2024-seoul-odense-robotics-mou")
    for who in ("ed", "nobody-with-that-name"):
        with pytest.raises(NotAllowed):
            store.update_record(eng, {**d, "title_en": "forged", "status": "published"}, expected_version=version,
                                places=gazetteer, who=who, action=action)
    assert store.read_record(eng, d["id"])[0]["title_en"] == d["title_en"]


def test_update_record_keeps_the_stored_status_when_the_dict_has_none(folders, gazetteer):
    eng = store.open_store()
    _reviewers(eng)
    d, version = store.read_record(eng, "2024-seoul-odense-robotics-mou")
    store.update_record(eng, {**d, "status": "proposed"}, expected_version=version, places=gazetteer, who="alice")
    d2, version = store.read_record(eng, d["id"])
    store.update_record(eng, {k: v for k, v in d2.items() if k != "status"}, expected_version=version,
                        places=gazetteer, who="alice")
    assert store.read_record(eng, d["id"])[0]["status"] == "proposed"  # (not the public default)


def test_a_bulk_first_fill_stores_the_same_records_and_a_working_search_index(folders, gazetteer, monkeypatch):
    # The first fill of an empty table goes through the bulk path (one batch, the search index
    # built once at the end); it must store what the file-by-file path stores, report a repeated
    # id, and leave the index kept up to date for later writes.
    from partnerships.db import queries, sync
    from partnerships.query import Filters

    data, _ = folders
    files = sorted((data / "records").glob("*.json"))
    first = json.loads(files[0].read_text(encoding="utf-8"))
    (data / "records" / "zz-repeat.json").write_text(json.dumps(first[:1], ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(sync, "BULK_FILES", 1)
    paused = []
    real = sync.search_index_paused

    def watch(conn):
        paused.append(conn.dialect.name)
        return real(conn)

    monkeypatch.setattr(sync, "search_index_paused", watch)
    eng = store.open_store()
    assert paused  # the bulk path ran
    from_files = store.load(data_dir=data, gazetteer=gazetteer)
    from_db = store.read_records(eng)
    assert [r.to_dict() for r in from_db.records] == [r.to_dict() for r in from_files.records]
    assert [(p.file, p.record_id, p.field) for p in from_db.problems] == [("zz-repeat.json", first[0]["id"], "id")]
    word = first[0]["title_en"].split()[0]
    expected = sorted(r.id for r in from_files.records if word.lower() in (r.title_en + r.summary_en).lower())
    with eng.connect() as conn:
        found = sorted(d["id"] for d in queries.stream(conn, Filters(text=word.lower())))
    assert first[0]["id"] in found and set(expected) <= set(found)
    d, version = store.read_record(eng, first[0]["id"])
    d["title_en"] = "Xylophonically renamed"
    _reviewers(eng)
    store.update_record(eng, d, expected_version=version, places=gazetteer, who="alice", reason="test")
    with eng.connect() as conn:  # the index follows writes after the bulk fill
        assert [x["id"] for x in queries.stream(conn, Filters(text="xylophonically"))] == [d["id"]]
        back = ("SELECT count(*) FROM sqlite_master WHERE name = 'records_search_ai'" if paused[0] == "sqlite"
                else "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_records_search_trgm'")
        assert conn.exec_driver_sql(back).scalar() == 1  # the insert trigger / trigram index is back


@pytest.mark.parametrize("extra", [0, 80], ids=["a few bases", "a large table's bases"])
def test_taken_ids_are_the_same_found_one_by_one_or_in_one_pass(folders, extra):
    """record_ids finds a base itself and its -2, -3 twins, never a longer id sharing its start."""
    eng = store.open_store()
    ids = [r.id for r in store.read_records(eng).records]
    with eng.connect() as conn:
        twin = conn.execute(select(schema.records).where(schema.records.c.id == ids[0])).first()._mapping
        with repo.writing(eng) as w:
            w.execute(schema.records.insert().values({**twin, "id": f"{ids[0]}-2"}))
            w.execute(schema.records.insert().values({**twin, "id": f"{ids[0]}x-9"}))
    bases = [ids[0], ids[1], "no-such-id"] + [f"nothing-{n}" for n in range(extra)]
    with eng.connect() as conn:
        found = repo.record_ids(conn, like=bases)
    assert found == {ids[0], f"{ids[0]}-2", ids[1]} | {i for i in ids if i.startswith(f"{ids[1]}-")}


def test_a_dump_writes_files_as_a_plain_write_would_and_through_links(folders, tmp_path):
    import os
    import stat

    eng = store.open_store()
    out = tmp_path / "dumped"
    store.dump(eng, out)
    first = sorted(out.glob("*.json"))[0]
    assert stat.S_IMODE(first.stat().st_mode) == 0o666 & ~_current_umask()  # (not the temporary file's 0600)
    elsewhere = tmp_path / "kept.json"
    first.rename(elsewhere)
    os.symlink(elsewhere, first)
    store.dump(eng, out)
    assert first.is_symlink() and elsewhere.read_text(encoding="utf-8").startswith("[")


def test_dump_to_a_file_where_the_folder_should_be_says_so(folders, tmp_path, capsys):
    from partnerships.cli import main

    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    assert main(["dump", str(target)]) == 2
    assert "dump: cannot write to" in capsys.readouterr().err


def _current_umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask
