"""Fixtures for the database tests: private copies of data/ and seeds/ and an empty database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folders(tmp_path, monkeypatch, database_url) -> tuple[Path, Path]:
    """Private copies of data/ and seeds/ (ATLAS_DATA_DIR, ATLAS_SEEDS_DIR), and an empty database on
    each engine (ATLAS_DATABASE_URL)."""
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("atlas.sqlite*"))
    shutil.copytree(ROOT / "seeds", seeds)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("ATLAS_SEEDS_DIR", str(seeds))
    return data, seeds
