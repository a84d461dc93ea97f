"""Fixtures for the page tests (AppTest): private copies of data/ and seeds/ that the app reads.
The helpers that run pages and read what they drew are in tests/helpers/apptest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.apptest import private_copy


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled_database: Path) -> Path:
    """A private copy of data/ that the page reads (via ATLAS_DATA_DIR)."""
    return private_copy("data", "ATLAS_DATA_DIR", tmp_path, monkeypatch, filled_database)


@pytest.fixture
def seeds_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled_database: Path) -> Path:
    """A private copy of seeds/ that the page reads (via ATLAS_SEEDS_DIR)."""
    return private_copy("seeds", "ATLAS_SEEDS_DIR", tmp_path, monkeypatch, filled_database)
