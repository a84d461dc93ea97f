"""Both bulk paths of the Add article page in a real Chromium, as an editor: several files at once
(two articles, a zip with a third and a path-traversal name, an image) with the summary, then a
city office's spreadsheet with its guessed mapping, the Korean government typed in, the import
and the rows it refused. The server writes only into temporary copies of data/ and seeds/."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.fixtures.tables import make_tables
from tests.helpers import ROOT
from tests.helpers.browser import SIDEBAR, fill, idle, new_tab, private_server, sign_in, upload

pytestmark = [pytest.mark.browser, pytest.mark.timeout(400)]
ARTICLES = ROOT / "eval" / "dev"
NAME = "ed"


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory) -> Iterator[str]:
    with private_server(tmp_path_factory.mktemp("intake-path"), user=NAME, role="editor") as (base, _, _):
        yield base


def count_in(pg, label: str) -> str:
    """The number beside `label` in the summary table."""
    row = pg.locator('[data-testid="stTable"] tr', has_text=label).first
    row.wait_for(timeout=120_000)
    return row.locator("td").last.inner_text().strip()


def test_editor_reads_a_batch_and_imports_a_sheet(own_context, editor_server, tmp_path):
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
    make_tables.write_xlsx(tmp_path / "suwon_ties.xlsx")

    pg = new_tab(own_context)
    pg.goto(editor_server)
    sign_in(pg, NAME)
    pg.locator(f"{SIDEBAR} a", has_text="Add an article").first.click()

    # Several files at once.
    several = pg.locator('[data-testid="stExpander"] summary', has_text="Several files")
    several.wait_for(timeout=120_000)  # the page loads the gazetteer on a busy machine
    several.click()
    upload(pg, "ib_files", *files)
    idle(pg)  # the upload's own rerun has finished: the button reads what was chosen
    pg.locator(".st-key-batch_read button").click()
    summary = pg.locator('[data-testid="stTable"] tr', has_text="articles read").first
    try:
        summary.wait_for(timeout=60_000)
    except PlaywrightTimeout:  # on a busy machine a click during a rerun can be lost: with the app
        idle(pg)               # idle and still no summary, nothing was read, so press again
        if summary.count() == 0:
            pg.locator(".st-key-batch_read button").click()
    assert count_in(pg, "articles read") == "3"
    assert int(count_in(pg, "records proposed")) >= 3
    assert count_in(pg, "failures") == "2"
    pg.locator('[data-testid="stTable"] tr', has_text="../escape.txt").first.wait_for(timeout=30_000)
    pg.locator('[data-testid="stTable"] tr', has_text="photo.txt").first.wait_for(timeout=30_000)

    # A spreadsheet: the guess is shown, the Korean government typed in, rows imported.
    pg.locator('[data-testid="stExpander"] summary', has_text="Spreadsheet").click()
    upload(pg, "it_file", tmp_path / "suwon_ties.xlsx")
    pg.get_by_text("Header: rows 3, 4;").wait_for(timeout=60_000)
    date_box = pg.locator('[class*="st-key-it_map_date_"]')
    assert "체결일(자)" in (date_box.text_content() or "") + (date_box.locator("input").first.get_attribute("aria-label") or "") + date_box.locator("input").first.input_value()
    fill(pg, "import_fixed_korean", "수원시")
    # the button comes enabled once the government is known; the disabled one from before can
    # linger a moment after the run (its warning above went away, so the button moved up)
    pg.locator(".st-key-import_rows button:not([disabled])").click()
    assert count_in(pg, "records added") == "58"
    assert count_in(pg, "rows with errors") == "5"
    pg.locator('[data-testid="stTable"] tr', has_text="Odense (DK)").first.wait_for(timeout=30_000)  # a suggestion
    assert not pg.console.errors, pg.console.errors
