"""The record folder's fingerprint: rescanned on a folder change at once, otherwise after an
interval that grows with the time a scan takes."""

from __future__ import annotations

import pytest

from ui.shell import data


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A records folder with one file, and no scan remembered."""
    records = tmp_path / "records"
    records.mkdir()
    (records / "a.json").write_text("[]")
    monkeypatch.setattr(data, "_scans", {})
    return records


def test_an_added_file_is_seen_at_once_and_an_in_place_edit_after_the_interval(folder, monkeypatch):
    monkeypatch.setattr(data, "RESCAN_SECONDS", 3600.0)
    first = data._fingerprint(folder)
    (folder / "a.json").write_text("[ ]")  # same folder entry: the folder's time does not change
    assert data._fingerprint(folder) == first  # within the interval: not rescanned
    (folder / "b.json").write_text("[]")  # a new file changes the folder's time
    second = data._fingerprint(folder)
    assert second != first
    monkeypatch.setattr(data, "RESCAN_SECONDS", 0.0)
    monkeypatch.setattr(data, "RESCAN_FACTOR", 0.0)
    data._scans.clear()
    assert data._fingerprint(folder) == second  # a fresh scan, which stores a zero interval
    (folder / "a.json").write_text("[  ]")
    assert data._fingerprint(folder) != second


def test_the_interval_is_a_multiple_of_the_scan_time(folder, monkeypatch):
    monkeypatch.setattr(data, "RESCAN_SECONDS", 0.0)
    clock = iter([100.0, 102.0])  # the scan "takes" 2 s
    monkeypatch.setattr(data.time, "monotonic", lambda: next(clock))
    data._fingerprint(folder)
    assert data._scans[str(folder)][3] == data.RESCAN_FACTOR * 2.0
