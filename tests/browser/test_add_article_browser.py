"""Add article in a real Chromium: upload a CP949 .txt file, see the evidence marked, save, then
open the map and find the new partner there. The server reads and writes private copies of
data/ and seeds/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerships import store
from partnerships.db import repo
from tests.browser.conftest import ROOT, Console, require_chromium, streamlit_server, wait_for_map
from ui.palette import LAND

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240)]
F01 = ROOT / "tests" / "fixtures" / "articles" / "f01_incheon_nairobi_press.txt"  # Incheon-Nairobi
SIDEBAR_NAV = '[data-testid="stSidebar"]'  # the page list (ui/nav.py) sits in the sidebar


@pytest.fixture(scope="module")
def private_server(tmp_path_factory) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, data folder, seeds folder) of a server that writes only into temporary copies."""
    require_chromium()
    root = tmp_path_factory.mktemp("add-article")
    data, seeds = root / "data", root / "seeds"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("geocode-cache.json", "atlas.sqlite*"))
    shutil.copytree(ROOT / "seeds", seeds)
    env = {"ATLAS_DATA_DIR": str(data), "ATLAS_SEEDS_DIR": str(seeds), "ATLAS_ONLINE_GEOCODING": ""}
    with streamlit_server(env) as base:
        yield base, data, seeds


def test_upload_review_save_then_see_it_on_the_map(browser_context, private_server, tmp_path):
    base, data, seeds = private_server
    article = tmp_path / "incheon_nairobi.txt"
    article.write_bytes(F01.read_text(encoding="utf-8").encode("cp949"))  # as many Korean sites serve it
    pg = browser_context.new_page()
    console = Console()
    pg.on("console", console.on_console)
    pg.on("pageerror", console.on_error)
    try:
        pg.goto(base)
        pg.locator(f'{SIDEBAR_NAV} a[href$="Add_article"]').click()
        pg.get_by_role("tab", name="Upload a file").click()
        pg.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(article))
        pg.get_by_text("incheon_nairobi.txt").wait_for(timeout=20_000)
        pg.locator(".st-key-aa_read_file button").click()
        agreement = pg.locator("mark.ev-type", has_text="우호협력도시 협약")
        agreement.first.wait_for(timeout=90_000)
        # The marks are styled: the agreement word stands out in orange, bold.
        style = agreement.first.evaluate("m => [getComputedStyle(m).backgroundColor, getComputedStyle(m).fontWeight]")
        assert style == ["rgb(255, 201, 120)", "600"]
        assert pg.locator(".st-key-aa_save button").inner_text() == "Save 2 record(s)"

        pg.locator(".st-key-aa_save button").click()
        pg.get_by_text("Saved 2 record(s)").wait_for(timeout=30_000)
        # Saved into the server's database (the SQLite file in its data folder), not as files.
        eng = store.engine(f"sqlite:///{data / 'atlas.sqlite'}")
        with eng.connect() as conn:
            saved = {name: records for name, records in repo.record_files(conn) if name.startswith("2023-05-17_")}
        ((name, records),) = saved.items()
        assert store.article_text(eng, name.replace(".json", ".txt")) is not None
        assert {r["status"] for r in records} == {"reviewed"}
        assert not list((data / "records").glob("2023-05-17_*.json"))  # files come from `dump`

        pg.get_by_role("link", name="Open the map").click()
        wait_for_map(pg, land=LAND)
        # The new partner is one of the map's places: choose it, and its panel opens.
        pg.locator(".st-key-place").click()
        pg.keyboard.type("Nairobi")
        pg.get_by_role("option", name="Nairobi").click()
        pg.wait_for_function("location.search.includes('place=ke-nairobi')", timeout=30_000)
        panel = pg.locator('[data-testid="stHeading"]', has_text="Nairobi")
        panel.first.wait_for(timeout=30_000)
        assert pg.get_by_text("Incheon with Nairobi: friendship city").count() == 1
        assert console.errors == []
    finally:
        pg.close()
