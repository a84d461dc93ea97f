"""The database goes away: pages keep the records they had and say so in one line."""

from __future__ import annotations

import pytest

from tests.helpers.apptest import AGREEMENTS, deck_spec, point_ids, run_app, run_page
from ui.shell import data

UNREACHABLE = "postgresql://atlas@127.0.0.1:1/atlas"  # nothing listens on port 1


def test_unreachable_database_keeps_the_last_records_and_says_so(data_copy, monkeypatch):
    at = run_app()
    assert not at.exception and not at.warning
    before = point_ids(deck_spec(at))
    assert before
    monkeypatch.setenv("ATLAS_DATABASE_URL", UNREACHABLE)
    at = run_app()
    assert not at.exception
    assert point_ids(deck_spec(at)) == before
    (line,) = [w.value for w in at.warning]
    assert "cannot be reached" in line and "Saving is refused" in line


def test_unreachable_database_with_nothing_loaded_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(data, "_last_good", [])
    monkeypatch.setattr(data, "_last_map", [])
    monkeypatch.setattr(data, "_last_counter", {})
    monkeypatch.setenv("ATLAS_DATABASE_URL", UNREACHABLE)
    at = run_app()
    assert not at.exception
    assert any("no records were loaded yet" in w.value for w in at.warning)
    assert point_ids(deck_spec(at)) == set()


@pytest.mark.parametrize("lang", ["ko"])
def test_the_line_is_in_the_page_language(data_copy, monkeypatch, lang):
    run_app({"lang": lang})
    monkeypatch.setenv("ATLAS_DATABASE_URL", UNREACHABLE)
    at = run_app({"lang": lang})
    assert any("데이터베이스에 연결할 수 없어" in w.value for w in at.warning)


def test_the_agreements_page_keeps_its_table_too(data_copy, monkeypatch):
    at = run_page(AGREEMENTS)
    rows = len(at.dataframe[0].value)
    assert rows > 0
    monkeypatch.setenv("ATLAS_DATABASE_URL", UNREACHABLE)
    at = run_page(AGREEMENTS)
    assert not at.exception
    assert len(at.dataframe[0].value) == rows
    assert sum("cannot be reached" in w.value for w in at.warning) == 1


def test_a_file_that_is_not_a_database_is_said_in_one_line(data_copy, monkeypatch, tmp_path):
    """A corrupt or foreign file where the database should be: the page keeps what it had, and the
    command line says it in one line, not a traceback."""
    import subprocess
    import sys
    from pathlib import Path

    before = point_ids(deck_spec(run_app()))
    garbage = tmp_path / "atlas.sqlite"
    garbage.write_bytes(b"this is not a database file\n" * 200)
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{garbage}")
    at = run_app()
    assert not at.exception
    assert point_ids(deck_spec(at)) == before  # (the sign-in box's account count raised here)
    root = Path(__file__).resolve().parents[2]
    for command in (["validate"], ["users", "list"], ["history", "any-record"]):
        done = subprocess.run([sys.executable, "-m", "partnerships", *command], capture_output=True, text=True,
                              cwd=root, timeout=120)
        assert done.returncode != 0 and "Traceback" not in done.stderr, command
        assert done.stderr.startswith("database: ") and "not a database" in done.stderr, command
