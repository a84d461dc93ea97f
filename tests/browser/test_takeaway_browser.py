"""Take-away files and the dark theme in Chromium: the downloaded HTML map draws from disk with every
network request refused, the PNG arrives, and the dark map is drawn dark."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image

from tests.helpers.browser import Console, colour_count, wait_for_map
from ui.map.palette import DARK, LIGHT, type_colour

pytestmark = pytest.mark.browser
OFFLINE_CANVAS = "#deck-container canvas"


def _download(page, label: str, tmp_path):
    button = page.locator('[data-testid="stDownloadButton"]').get_by_role("button", name=label)
    if not button.count():  # the buttons are drawn once the "Download this map" popover is opened
        page.locator('[data-testid="stPopover"] button', has_text="Download this map").click()
    with page.expect_download(timeout=30_000) as info:
        button.click(timeout=30_000)
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    page.keyboard.press("Escape")  # the popover closes again, as the next test expects the page
    return path


def test_downloaded_html_map_draws_offline(map_page, browser_context, tmp_path):
    start = time.monotonic()
    path = _download(map_page, "Interactive map (HTML)", tmp_path)
    took = time.monotonic() - start
    assert path.name.startswith("partnership-atlas_") and path.suffix == ".html"
    assert 1_000_000 < path.stat().st_size < 10_000_000
    assert took < 15

    offline = browser_context.new_page()
    console = Console()
    offline.on("console", console.on_console)
    offline.on("pageerror", console.on_error)
    refused: list[str] = []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    offline.route("**/*", route)
    try:
        offline.goto(path.as_uri())
        offline.wait_for_selector(OFFLINE_CANVAS, timeout=30_000)
        deadline = time.monotonic() + 30
        while True:
            img = Image.open(io.BytesIO(offline.locator(OFFLINE_CANVAS).first.screenshot())).convert("RGB")
            size = img.width * img.height
            if colour_count(img, LIGHT.land) > 0.05 * size and len(img.getcolors(1 << 24)) > 200:
                break
            assert time.monotonic() < deadline, "the offline map did not draw"
            offline.wait_for_timeout(300)
        assert colour_count(img, LIGHT.ocean) > 0.05 * size  # sea and land, not a blank canvas
        assert any(colour_count(img, type_colour(ty), tol=12) > 20 for ty in ("mou", "alliance", "sister_city"))
        assert offline.locator("#atlas-card h1").inner_text() == "Partnership Atlas"
        assert refused == [], refused
        assert console.errors == [], console.errors
    finally:
        offline.close()


def test_png_for_slides_arrives(map_page, tmp_path):
    path = _download(map_page, "Image for slides (PNG)", tmp_path)
    assert path.suffix == ".png"
    img = Image.open(path)
    assert img.size == (1600, 900)
    assert len(img.convert("RGB").getcolors(1 << 24)) > 100


def test_dark_theme_draws_a_dark_map(browser_context, server):
    page = browser_context.new_page()
    console = Console()
    page.on("console", console.on_console)
    try:
        page.goto(server + "?theme=dark")
        wait_for_map(page, land=DARK.land)
        bg = page.evaluate(
            "getComputedStyle(document.querySelector('[data-testid=\"stApp\"]')).backgroundColor")
        assert bg == f"rgb({DARK.paper[0]}, {DARK.paper[1]}, {DARK.paper[2]})"
        assert console.errors == []
    finally:
        page.close()
