"""Run app.py and the pages with Streamlit's AppTest, and read back what they drew.

A page runs under app.py as entry point (`switch_page`), as in the real app, so its
`st.page_link`s resolve.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers import ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 60
AGREEMENTS = "pages/3_Agreements.py"
TIMELINE = "pages/4_Timeline.py"
SOURCES = "pages/6_Sources.py"


def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled_database: Path) -> tuple[Path, Path]:
    """Private copies of data/ (with the session's filled database) and seeds/ that the pages
    read and write (ATLAS_DATA_DIR, ATLAS_SEEDS_DIR), on the embedded SQLite store."""
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("geocode-cache.json", "atlas.sqlite*"))
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copyfile(filled_database, data / "atlas.sqlite")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("ATLAS_SEEDS_DIR", str(seeds))
    monkeypatch.delenv("ATLAS_DATABASE_URL", raising=False)
    return data, seeds


def run_app(params: dict[str, str] | None = None, *, page: str | None = None) -> AppTest:
    """Run the map page (or `page`, e.g. "pages/2_Tour.py") once, with URL query parameters set
    beforehand."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if page is not None:
        at.switch_page(page)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def run_page(page: str, params: dict[str, str] | None = None) -> AppTest:
    """Run one page once, with URL query parameters set beforehand."""
    return run_app(params, page=page)


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


def band_points(layer_spec: dict) -> list[dict]:
    """The points of a layer shown only within some zooms (ui.map.zoom_layers): the properties of
    the GeoJSON in the static file its URL names (not inlined in the spec)."""
    from ui.map import served_json

    path = served_json.path_of(layer_spec["data"])
    assert path is not None and path.is_file(), layer_spec["data"][:80]
    return [f["properties"] for f in json.loads(path.read_text())["features"]]


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


def table(at: AppTest) -> pd.DataFrame:
    """The Agreements table as sent to the browser."""
    frames = at.dataframe
    assert len(frames) >= 1
    return frames[0].value


def vega(at: AppTest) -> tuple[dict, pd.DataFrame]:
    """The Vega-Lite spec of the page's one chart and its data."""
    charts = [el for el in at.main if getattr(el, "type", "") == "vega_lite_chart"]
    assert len(charts) == 1
    proto = charts[0].proto
    spec = json.loads(proto.spec)
    data = pa.ipc.open_stream(io.BytesIO(proto.datasets[0].data.data)).read_pandas()
    return spec, data


def page_links(at: AppTest) -> list:
    """The page links drawn in the page itself, not the sidebar's page list (label and query
    parameters in their protos)."""
    return list(at.main.get("page_link"))


def private_copy(folder: str, variable: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 filled: Path | None = None) -> Path:
    """A copy of the repository's `folder` under tmp_path, which the app reads via $`variable`."""
    target = tmp_path / folder
    shutil.copytree(ROOT / folder, target, ignore=shutil.ignore_patterns("atlas.sqlite*"))
    monkeypatch.setenv(variable, str(target))
    # A private database too (the repository's data/atlas.sqlite stays as it is): a copy of the
    # `filled` one when given, which the app brings in step with the copied files.
    database = tmp_path / "atlas.sqlite"
    if filled is not None:
        shutil.copyfile(filled, database)
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{database}")
    return target


def held_states(at: AppTest, ids: set[str]) -> list:
    """The states the browser holds now for the widgets `ids` (as the last run drew them)."""
    return [w for w in at._tree.get_widget_states().widgets if w.id in ids]


def send_held_next_run(at: AppTest, held: list) -> None:
    """Make the next run carry `held` (states from an earlier run) for those widgets, as a browser
    does that asks for a run before the last one's page reached it, or still holds a widget the
    page no longer draws."""
    ids = {w.id for w in held}
    states = at._tree.get_widget_states

    def sent():
        got = states()
        kept = [w for w in got.widgets if w.id not in ids]
        del got.widgets[:]
        got.widgets.extend([*kept, *held])
        return got

    at._tree.get_widget_states = sent

