"""Both bulk paths of the Add article page in a real Chromium, as an editor: several files at once
(two articles, a zip with a third and a path-traversal name, an image) with the summary, then a
city office's spreadsheet with its guessed mapping, the Korean government typed in, the import
and the rows it refused. The server writes only into temporary copies of data/ and seeds/."""

from __future__ import annotations

import importlib.util
import io
import shutil
import zipfile
from collections.abc import Iterator

import pytest

from tests.browser.conftest import ROOT, Console, require_chromium, streamlit_server

pytestmark = [pytest.mark.browser, pytest.mark.timeout(400)]
ARTICLES = ROOT / "eval" / "dev"
SIDEBAR = '[data-testid="stSidebar"]'
NAME, PASSWORD = "ed", "a long test password"


@pytest.fixture(scope="module")
def private_server(tmp_path_factory) -> Iterator[str]:
    require_chromium()
    from partnerships import accounts, store
    from partnerships.db import engine as db_engine

    root = tmp_path_factory.mktemp("intake-path")
    data, seeds = root / "data", root / "seeds"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("geocode-cache.json", "atlas.sqlite*"))
    shutil.copytree(ROOT / "seeds", seeds)
    url = f"sqlite:///{data / 'atlas.sqlite'}"
    accounts.add_user(store.engine(url), NAME, role="editor", password=PASSWORD)
    db_engine.forget(url)
    env = {"ATLAS_DATA_DIR": str(data), "ATLAS_SEEDS_DIR": str(seeds), "ATLAS_ONLINE_GEOCODING": "",
           "ATLAS_DATABASE_URL": ""}
    with streamlit_server(env) as base:
        yield base


def fill(pg, key_part: str, text: str) -> None:
    box = pg.locator(f'[class*="st-key-"][class*="{key_part}"]').locator("input, textarea").first
    box.fill(text)
    box.press("Tab")
    pg.wait_for_timeout(300)


def count_in(pg, label: str) -> str:
    """The number beside `label` in the summary table."""
    row = pg.locator('[data-testid="stTable"] tr', has_text=label).first
    row.wait_for(timeout=120_000)
    return row.locator("td").last.inner_text().strip()


def test_editor_reads_a_batch_and_imports_a_sheet(browser_context, private_server, tmp_path):
    files = []
    for src in ("f01_incheon_nairobi_press.txt", "f05_jeonnam_auckland_press.txt"):
        shutil.copy(ARTICLES / src, tmp_path / src)
        files.append(tmp_path / src)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("clips/f06.txt", (ARTICLES / "f06_busan_vancouver_wire.txt").read_bytes())
        z.writestr("../escape.txt", b"x")
    (tmp_path / "clips.zip").write_bytes(buf.getvalue())
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 40)
    files += [tmp_path / "clips.zip", tmp_path / "photo.txt"]
    spec = importlib.util.spec_from_file_location("make_tables", ROOT / "tests/fixtures/tables/make_tables.py")
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    maker.write_xlsx(tmp_path / "suwon_ties.xlsx")

    pg = browser_context.new_page()
    console = Console()
    pg.on("console", console.on_console)
    pg.on("pageerror", console.on_error)
    pg.goto(private_server)
    pg.locator(SIDEBAR).get_by_text("Staff sign-in").click()
    fill(pg, "atlas_sign_in_name", NAME)
    fill(pg, "atlas_sign_in_password", PASSWORD)
    pg.locator(SIDEBAR).get_by_role("button", name="Sign in").click()
    pg.locator(SIDEBAR).get_by_text(f"Signed in as {NAME}").wait_for(timeout=30_000)
    pg.locator(f"{SIDEBAR} a", has_text="Add an article").first.click()

    # Several files at once.
    several = pg.locator('[data-testid="stExpander"] summary', has_text="Several files")
    several.wait_for(timeout=120_000)  # the page loads the gazetteer on a busy machine
    several.click()
    pg.locator('.st-key-ib_files input[type="file"]').set_input_files([str(f) for f in files])
    pg.get_by_text("clips.zip").first.wait_for(timeout=20_000)
    pg.locator(".st-key-batch_read button").click()
    assert count_in(pg, "articles read") == "3"
    assert int(count_in(pg, "records proposed")) >= 3
    assert count_in(pg, "failures") == "2"
    pg.locator('[data-testid="stTable"] tr', has_text="../escape.txt").first.wait_for(timeout=30_000)
    pg.locator('[data-testid="stTable"] tr', has_text="photo.txt").first.wait_for(timeout=30_000)

    # A spreadsheet: the guess is shown, the Korean government typed in, rows imported.
    pg.locator('[data-testid="stExpander"] summary', has_text="Spreadsheet").click()
    pg.locator('.st-key-it_file input[type="file"]').set_input_files(str(tmp_path / "suwon_ties.xlsx"))
    pg.get_by_text("Header in row(s) 3, 4").wait_for(timeout=60_000)
    date_box = pg.locator('[class*="st-key-it_map_date_"]')
    assert "체결일(자)" in (date_box.text_content() or "") + (date_box.locator("input").first.get_attribute("aria-label") or "") + date_box.locator("input").first.input_value()
    fill(pg, "import_fixed_korean", "수원시")
    pg.locator(".st-key-import_rows button").click()
    assert count_in(pg, "records added") == "58"
    assert count_in(pg, "rows with errors") == "5"
    pg.locator('[data-testid="stTable"] tr', has_text="dk-odense").first.wait_for(timeout=30_000)  # a suggestion
    assert not console.errors, console.errors
