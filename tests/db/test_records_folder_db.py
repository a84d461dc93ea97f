"""The records folder edited by hand, on both engines: a record moved between files, and things
named *.json that are not files."""

from __future__ import annotations

import json
import os

from partnerships import store
from partnerships.db import repo
from partnerships.tour import load_tours


def _write(path, records) -> None:
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def test_a_record_moved_to_a_file_that_sorts_first_stays_stored(folders):
    data, _ = folders
    eng = store.open_store()
    source = sorted((data / "records").glob("*.json"))[-1]
    raw = json.loads(source.read_text(encoding="utf-8"))
    moved = raw.pop(0)
    _write(source, raw)
    _write(data / "records" / "000-first.json", [moved])  # read before the file it left
    report = store.sync_files(eng)
    assert not [p for p in report.problems if p.record_id == moved["id"]]
    stored = {r.id: r for r in store.read_records(eng).records}
    assert moved["id"] in stored
    with eng.connect() as conn:
        trail = repo.audit_trail(conn, moved["id"])
    assert [line["action"] for line in trail] == ["move"]
    assert store.sync_files(eng).files == 0  # and loading again finds nothing to change
    assert moved["id"] in {r.id for r in store.read_records(eng).records}


def test_a_folder_a_broken_link_and_a_pipe_named_json_are_reported_and_the_rest_load(folders):
    data, _ = folders
    records = data / "records"
    expected = {r.id for r in store.load(data_dir=data).records}
    (records / "old.json").mkdir()
    (records / "gone.json").symlink_to(data / "nowhere.json")
    os.mkfifo(records / "pipe.json")  # reading it would wait for ever
    (data / "tours" / "backup.json").mkdir()
    from_files = store.load(data_dir=data)
    assert {r.id for r in from_files.records} == expected
    assert sorted(p.file for p in from_files.problems if "not a file" in p.message) == \
        ["gone.json", "old.json", "pipe.json"]
    eng = store.open_store()
    assert {r.id for r in store.read_records(eng).records} == expected
    report = store.sync_files(eng)
    assert {p.file for p in report.problems if "not a file" in p.message} >= {"old.json", "pipe.json"}
    tours = load_tours(data / "tours", known_ids=expected)
    assert [p.file for p in tours.problems if "not a file" in p.message] == ["backup.json"]
    assert tours.tours  # the saved tours beside it still read
