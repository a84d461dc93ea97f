"""The Tour page in Chromium: the map draws, Next moves the camera and the card, and the
presentation look really hides the sidebar."""

from __future__ import annotations

import pytest
from PIL import ImageChops

from tests.helpers.browser import CANVAS, canvas_image, real_errors, wait_for_map, wait_until_stable
from ui.map.palette import LAND

pytestmark = pytest.mark.browser


def test_tour_steps_move_the_map_and_presentation_hides_the_sidebar(staff_page):
    page = staff_page
    staff_page.open("Tour?tour=seed-highlights")
    wait_for_map(page, land=LAND)
    first = wait_until_stable(page)
    title = page.locator(".tour-card h2").inner_text()
    assert title

    page.get_by_role("button", name="Next ▶").click()
    page.wait_for_function(
        "t => document.querySelector('.tour-card h2')?.innerText !== t", arg=title, timeout=30000)
    second = wait_until_stable(page)
    assert "step=2" in page.url
    changed = sum(ImageChops.difference(first, second).convert("L").histogram()[1:])
    assert changed > 0.05 * first.width * first.height  # the camera moved to another pair

    assert page.locator('[data-testid="stSidebar"]').is_visible()
    page.get_by_text("Presentation look").click()
    page.wait_for_selector('[data-testid="stSidebar"]', state="hidden", timeout=30000)
    # The look changes before the rerun that writes it into the URL has finished.
    page.wait_for_function("() => location.search.includes('present=1')", timeout=30000)
    size = page.locator(".tour-card h2").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 40  # reads from the back of the room
    page.locator(CANVAS).hover()  # the pointer resting on the map shows no fullscreen button over the step line
    assert not page.locator('[data-testid="stElementToolbar"]').first.is_visible()
    assert page.locator(CANVAS).is_visible() and canvas_image(page).getcolors(1 << 24)
    assert real_errors(page) == []
    # Only Streamlit's probes of the page's own sub-path (/Tour/_stcore/...) may fail, nothing the app asks for.
    assert [u for u in page.failed_urls if "/Tour/_stcore/" not in u] == []
