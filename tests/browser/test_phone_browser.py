"""On a 390 px phone in a real Chromium: the sidebar closes once a page link in it is followed, a
place chosen scrolls its panel (under the map there) into view (ui/shell/layout.py's phone script)."""

from __future__ import annotations

import pytest

from tests.helpers.browser import SIDEBAR, idle, new_tab, real_errors, wait_for_map
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
    # Typed and chosen as a person would. Now and then (two runs in three, at the session's first
    # commit too) the list showed no match after typing, most likely the box drawn again by a
    # rerun landing meanwhile; then, as a person would, the name is typed again.
    option = pg.get_by_role("option").filter(has_text="Odense").first
    for _ in range(3):
        idle(pg)
        pick.locator("input").click()
        pick.locator("input").fill("Odense")
        try:
            option.wait_for(timeout=10_000)
            option.click()
            break
        except Exception:  # noqa: BLE001 - the list was drawn again: type again
            pg.keyboard.press("Escape")
    pg.wait_for_function("() => location.search.includes('place=dk-odense')", timeout=30_000)
    heading = pg.locator('.st-key-atlas_panel [data-testid="stHeading"]', has_text="Odense")
    heading.wait_for(timeout=30_000)
    pg.wait_for_function(
        "() => { const h = document.querySelector('.st-key-atlas_panel h3'); "
        "if (!h) return false; const top = h.getBoundingClientRect().top; return top >= 0 && top < 300; }",
        timeout=30_000)  # (15 s ran out once in a clean-clone run on a busy machine; alone it takes about 1 s)
    pg.locator('[data-testid="stExpandSidebarButton"]').click()
    pg.locator(SIDEBAR).get_by_role("link", name="Timeline").wait_for(timeout=15_000)
    pg.locator(SIDEBAR).get_by_role("link", name="Timeline").click()
    pg.wait_for_function("() => location.pathname.endsWith('/Timeline')", timeout=30_000)
    pg.locator('[data-testid="stExpandSidebarButton"]').wait_for(state="visible", timeout=15_000)  # closed again
    pg.locator('[data-testid="stExpandSidebarButton"]').click()  # ... and so after choosing a language
    pg.locator(SIDEBAR).get_by_text("한국어").click()
    pg.wait_for_function("() => location.search.includes('lang=ko')", timeout=30_000)
    pg.locator('[data-testid="stExpandSidebarButton"]').wait_for(state="visible", timeout=15_000)
    assert not pg.console.errors


def test_the_tours_step_buttons_stay_in_one_row_above_the_map(phone, server):
    pg = phone
    pg.goto(server + "Tour")
    wait_for_map(pg, land=LAND, timeout=90)
    idle(pg)
    boxes = [box for b in pg.locator(".st-key-tour_steps button").all() if (box := b.bounding_box())]
    assert len(boxes) == 4  # |◀ ◀ ▶ ▶| (their tooltips' hidden buttons have no box)
    assert max(b["y"] for b in boxes) - min(b["y"] for b in boxes) < 2  # one row, not four stacked
    assert max(b["x"] + b["width"] for b in boxes) <= PHONE["width"]
    assert "·" in pg.locator(".st-key-tour_steps .tour-position").inner_text()  # the step and the tour's name
    # the step's map, then its card, both begun on the first screen, and the settings after them
    # (they filled the first screen; then the card came first and its map was a screen further down)
    card = pg.locator(".tour-card").first.bounding_box()
    canvas = pg.locator(".st-key-tour_stage canvas").first.bounding_box()
    settings = pg.locator(".st-key-tour_settings").first.bounding_box()
    assert canvas["y"] < card["y"] < settings["y"]
    assert canvas["y"] + canvas["height"] <= PHONE["height"] and card["y"] + 120 < PHONE["height"]
    assert real_errors(pg) == []


def test_a_presentation_link_on_a_phone_keeps_back_and_next_and_the_step_line_off_the_card(phone, server):
    pg = phone  # (a phone has no keys to step with: its presentation look keeps the two buttons)
    pg.goto(server + "Tour?present=1&step=2")
    wait_for_map(pg, land=LAND, timeout=90)
    idle(pg)
    step = pg.locator(".st-key-tour_steps .tour-position")
    before = step.inner_text()
    nxt = pg.locator(".st-key-tour_next button").first
    assert nxt.is_visible() and pg.locator(".st-key-tour_prev button").first.is_visible()
    assert not pg.locator(".st-key-tour_first button").first.is_visible()  # the rest stays hidden
    line, card = step.bounding_box(), pg.locator(".tour-card").first.bounding_box()
    assert line["y"] + line["height"] <= card["y"] + 1  # above the card, not over it
    # their labels whole ('◀ Pr…' and 'Nex…' before: the hidden |◀ and ▶| kept their room)
    cut = "k => [...document.querySelectorAll('.st-key-' + k + ' button *')].some(e => e.scrollWidth > e.clientWidth + 1)"
    assert not pg.evaluate(cut, "tour_prev") and not pg.evaluate(cut, "tour_next")
    nxt.tap()
    pg.wait_for_function("([sel, text]) => document.querySelector(sel)?.innerText !== text",
                         arg=[".st-key-tour_steps .tour-position", before], timeout=60_000)
    assert "step=3" in pg.url
    assert real_errors(pg) == []


@pytest.fixture
def tablet(browser_context):
    context = browser_context.browser.new_context(viewport={"width": 820, "height": 1180}, is_mobile=True,
                                                  has_touch=True)
    yield new_tab(context)
    context.close()


def test_a_tablet_presenting_keeps_buttons_to_step_and_to_leave(tablet, server):
    # trial 24: at 820 px with touch the presentation look hid every button, a dead end without keys
    pg = tablet
    pg.goto(server + "Tour?tour=seed-highlights&present=1&step=2")
    wait_for_map(pg, land=LAND, timeout=90)
    idle(pg)
    for key in ("tour_next", "tour_prev", "tour_exit"):
        box = pg.locator(f".st-key-{key} button").bounding_box()
        assert box is not None and box["width"] > 20, key
    pg.locator(".st-key-tour_next button").tap()
    pg.wait_for_function("() => new URLSearchParams(location.search).get('step') === '3'", timeout=60_000)
    pg.locator(".st-key-tour_exit button").tap()
    pg.wait_for_function("() => !new URLSearchParams(location.search).has('present')", timeout=60_000)
    assert real_errors(pg) == []
