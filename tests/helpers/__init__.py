"""Helpers the tests import: running pages with AppTest (`apptest`), driving the real app in
Chromium (`browser`). Fixtures stay in the conftest files; plain functions live here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
