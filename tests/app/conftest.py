"""Fixtures for the Map page tests: run app.py with AppTest and read back what it drew."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from partnerships import store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
TIMEOUT = 60


def run_app(params: dict[str, str] | None = None, *, page: str | None = None) -> AppTest:
    """Run the map page (or `page`, e.g. "pages/2_Tour.py") once, with URL query parameters set
    beforehand. Another page runs under app.py as entry point (`switch_page`), as in the real
    app, so its `st.page_link`s resolve."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if page is not None:
        at.switch_page(page)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def deck_spec(at: AppTest) -> dict:
    """The full deck.gl spec the page sent."""
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


def layer(spec: dict, kind: str) -> dict:
    """The layer whose id is `kind` or `kind-<digest>`."""
    found = [ly for ly in spec["layers"] if ly["id"] == kind or ly["id"].rsplit("-", 1)[0] == kind]
    assert len(found) == 1, [ly["id"] for ly in spec["layers"]]
    return found[0]


def arc_keys(spec: dict) -> set[tuple[str, str, str]]:
    """(Korean place, partner, type) of every arc drawn."""
    return {(a["src"], a["dst"], a["type"]) for a in layer(spec, "arcs")["data"]}


def point_ids(spec: dict) -> set[str]:
    """Ids of the places drawn."""
    return {p["id"] for p in layer(spec, "places")["data"]}


def plain(markdown: str) -> str:
    """Markdown text without bold markers and backslash escapes, as a reader sees it."""
    return re.sub(r"\\(.)", r"\1", markdown.replace("**", ""))


def page_text(at: AppTest) -> str:
    """All markdown, captions and headings of the page, unescaped."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [s.value for s in at.subheader] + [t.value for t in at.title]
    return plain("\n".join(parts))


@pytest.fixture(scope="session")
def frame(gazetteer) -> pd.DataFrame:
    """The records table built from data/, as the page builds it."""
    result = store.load(data_dir=ROOT / "data", gazetteer=gazetteer)
    assert result.records, "the map tests need curated records in data/records/"
    return store.records_frame(result.records, gazetteer)


def private_copy(folder: str, variable: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's `folder` under tmp_path, which the app reads via $`variable`."""
    target = tmp_path / folder
    shutil.copytree(ROOT / folder, target, ignore=shutil.ignore_patterns("atlas.sqlite*"))
    monkeypatch.setenv(variable, str(target))
    # A private database too, filled from the copy (the repository's data/atlas.sqlite stays as it is).
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{tmp_path / 'atlas.sqlite'}")
    return target


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of data/ that the page reads (via ATLAS_DATA_DIR)."""
    return private_copy("data", "ATLAS_DATA_DIR", tmp_path, monkeypatch)


@pytest.fixture
def seeds_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of seeds/ that the page reads (via ATLAS_SEEDS_DIR)."""
    return private_copy("seeds", "ATLAS_SEEDS_DIR", tmp_path, monkeypatch)
