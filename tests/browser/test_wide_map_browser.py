"""The map on a wide screen (issue 16): framed for the width it really has, the world drawn once.

The server cannot see the browser's width; a probe in the map's column reports it and the page
frames again. At 2560 px the map is about 1550 px wide: framed for the 640 px once assumed, the
world showed three times side by side.
"""

from __future__ import annotations

import pytest

from geo.mercator import TILE
from tests.browser.test_map_browser import screen_xy, start_view
from tests.helpers.browser import CANVAS, canvas_image, wait_for_map, wait_until_stable
from ui.map.palette import LAND, PARTNER_FILL

pytestmark = pytest.mark.browser


def test_a_wide_map_is_framed_for_its_width_and_shows_the_world_once(browser_context, server, frame, gazetteer):
    page = browser_context.new_page()
    try:
        page.set_viewport_size({"width": 2560, "height": 1440})
        page.goto(server)
        wait_for_map(page, land=LAND, timeout=120)  # a 2560 px canvas in software WebGL
        wait_until_stable(page)
        width = page.locator(CANVAS).bounding_box()["width"]
        assert width > 1200
        view = start_view(page, frame, gazetteer)
        assert TILE * 2 ** view["zoom"] >= width  # one world is at least as wide as the map
        assert f"atlas_width_map={round(width)}" in page.evaluate("document.cookie")
        # The browser draws the view the server framed for this width: Odense's white circle is
        # where that view puts it (with the 640 px framing it was far from there).
        odense = gazetteer.get("dk-odense")
        x, y = screen_xy(page, view, odense.lon, odense.lat)
        box = page.locator(CANVAS).bounding_box()
        img = canvas_image(page)
        scale = img.width / box["width"]
        pixel = img.getpixel((round((x - box["x"]) * scale), round((y - box["y"]) * scale)))
        assert all(abs(a - b) <= 12 for a, b in zip(pixel, PARTNER_FILL, strict=True)), pixel
    finally:
        page.close()
        browser_context.clear_cookies()  # the remembered width would start other tests' maps wide
