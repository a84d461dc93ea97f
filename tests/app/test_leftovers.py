"""Temporary files of killed saves are removed at start; a save in progress is left alone."""

from __future__ import annotations

import os
import time

from partnerships.leftovers import STALE_SECONDS, clean_stale_temp_files
from tests.helpers.apptest import run_app


def _tmp(folder, name: str, age: float):
    path = folder / name
    path.write_text("[", encoding="utf-8")
    when = time.time() - age
    os.utime(path, (when, when))
    return path


def test_only_stale_save_files_are_removed(tmp_path):
    stale = _tmp(tmp_path, ".000_x.json.k2j3h4.tmp", STALE_SECONDS + 60)
    fresh = _tmp(tmp_path, ".000_x.json.a8d7f6.tmp", 5)  # a save running right now
    other = _tmp(tmp_path, "notes.tmp", STALE_SECONDS + 60)  # not a save file
    data = _tmp(tmp_path, "000_x.json", STALE_SECONDS + 60)
    assert clean_stale_temp_files([tmp_path, tmp_path / "missing"]) == [stale]
    assert not stale.exists() and fresh.exists() and other.exists() and data.exists()


def test_app_start_cleans_the_data_and_seeds_folders(data_copy, seeds_copy):
    old = STALE_SECONDS + 60
    left = [_tmp(data_copy / "records", ".001_y.json.q1w2e3.tmp", old),
            _tmp(data_copy, ".places.csv.r4t5y6.tmp", old),
            _tmp(data_copy, ".geocode-cache.json.u7i8o9.tmp", old),
            _tmp(seeds_copy, ".001_y.txt.p0o9i8.tmp", old)]
    (data_copy / "presets").mkdir(exist_ok=True)
    left.append(_tmp(data_copy / "presets", ".exchange-ties.json.tmp", old))
    at = run_app()
    assert not at.exception
    assert [p for p in left if p.exists()] == []
