"""geo.files.write_atomic: the target holds the old text or the new one, never a part."""

from __future__ import annotations

import pytest

from geo import files


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "deep" / "records.json"
    files.write_atomic(path, "첫째\n")
    files.write_atomic(path, "second\n")
    assert path.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["records.json"]


def test_a_failed_write_keeps_the_old_text_and_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "records.json"
    path.write_text("old\n", encoding="utf-8")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.json"]
