"""On a 390 px phone in a real Chromium: the sidebar closes once a page link in it is followed, and a
place chosen scrolls its panel (under the map there) into view (ui/shell/layout.py's phone script)."""

from __future__ import annotations

import pytest

from tests.helpers.browser import SIDEBAR, idle, new_tab, wait_for_map
from ui.map.palette import LAND

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240)]
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser_context):
    context = browser_context.browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield new_tab(context)
    context.close()


def test_a_page_link_closes_the_sidebar_and_a_chosen_place_scrolls_to_its_panel(phone, server):
    pg = phone
    pg.goto(server)
    wait_for_map(pg, land=LAND, timeout=90)
    idle(pg)
    finder = pg.locator(".st-key-place_picker")
    finder.scroll_into_view_if_needed()
    finder.get_by_text("Find a place").click()
    pick = pg.locator(".st-key-place_pick")
    pick.wait_for(timeout=30_000)
    idle(pg)
    pick.scroll_into_view_if_needed()
    pg.evaluate("y => window.scrollBy(0, -y)", PHONE["height"] - 160)  # the box near the bottom of the screen
    pick.locator("input").click()
    pick.locator("input").fill("Odense")
    pick.locator("input").press("Enter")
    pg.wait_for_function("() => location.search.includes('place=dk-odense')", timeout=30_000)
    heading = pg.locator('.st-key-atlas_panel [data-testid="stHeading"]', has_text="Odense")
    heading.wait_for(timeout=30_000)
    pg.wait_for_function(
        "() => { const h = document.querySelector('.st-key-atlas_panel h3'); "
        "if (!h) return false; const top = h.getBoundingClientRect().top; return top >= 0 && top < 300; }",
        timeout=15_000)
    pg.locator('[data-testid="stExpandSidebarButton"]').click()
    pg.locator(SIDEBAR).get_by_role("link", name="Timeline").wait_for(timeout=15_000)
    pg.locator(SIDEBAR).get_by_role("link", name="Timeline").click()
    pg.wait_for_function("() => location.pathname.endsWith('/Timeline')", timeout=30_000)
    pg.locator('[data-testid="stExpandSidebarButton"]').wait_for(state="visible", timeout=15_000)  # closed again
    assert not pg.console.errors
