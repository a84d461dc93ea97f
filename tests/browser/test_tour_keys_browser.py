"""The Tour page for presenters, in Chromium: clicker keys step through it, and the presentation
look shows the title, the map (as tall as the screen allows) and the card's first lines on a
1280x720 projector and a 1920x1080 screen with no controls."""

from __future__ import annotations

import re

import pytest

from tests.helpers.browser import CANVAS, idle, real_errors, wait_for_map
from ui.map.palette import LAND

pytestmark = pytest.mark.browser


def press(page, key: str, want: int) -> None:
    page.keyboard.press(key)
    page.wait_for_function(
        "w => (new URLSearchParams(location.search).get('step') || '1') === String(w)", arg=want, timeout=60000)


def presenting(page) -> None:
    """Wait until the address says the presentation look is on."""
    page.wait_for_function("() => new URLSearchParams(location.search).get('present') === '1'", timeout=90000)


def test_clicker_keys_step_through_the_tour(staff_page):
    page = staff_page
    page.open("Tour")
    wait_for_map(page, land=LAND)
    page.locator(".tour-card h2").click()  # focus on the page, not a field
    press(page, "ArrowRight", 2)
    press(page, "PageDown", 3)
    press(page, "Space", 4)
    press(page, "PageUp", 3)
    press(page, "ArrowLeft", 2)
    last = _last(page)
    assert last > 4
    press(page, "End", last)
    page.keyboard.press("ArrowRight")  # past the last step: it stays there (no wrapping round)
    page.wait_for_timeout(1500)
    idle(page)
    assert page.evaluate("new URLSearchParams(location.search).get('step')") == str(last)
    press(page, "Home", 1)
    page.keyboard.press("ArrowLeft")  # before the first: it stays, and the press is not kept for later
    press(page, "ArrowRight", 2)
    # A clicker pressed three times in a row: presses that come while the last step still runs
    # wait their turn (Streamlit would fold two presses of one button in one run into one).
    for _ in range(2):
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(120)
    press(page, "ArrowRight", 5)
    assert real_errors(page) == []


def test_keys_still_step_after_a_tour_is_chosen_from_its_list(staff_page):
    # the choice leaves the focus in the closed list; → must not wait for a click on the page
    page = staff_page
    page.open("Tour")
    wait_for_map(page, land=LAND)
    box = page.locator(".st-key-tour input")
    box.click()
    page.get_by_role("option", name=re.compile("Highlights")).click()
    page.wait_for_function("() => location.search.includes('tour=seed-highlights')", timeout=60000)
    idle(page)
    assert page.evaluate("() => !!document.activeElement.closest('.st-key-tour_settings')")
    press(page, "ArrowRight", 2)
    press(page, "End", _last(page))
    assert real_errors(page) == []


def _last(page) -> int:
    """The number of steps, from the "2 of 20" counter."""
    found = re.search(r"\d+ of (\d+)", page.locator('[data-testid="stMain"]').inner_text())
    assert found
    return int(found.group(1))


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_presentation_look_fits_a_projector(staff_page, width, height):
    page = staff_page
    page.set_viewport_size({"width": width, "height": height})
    page.open("Tour?tour=seed-highlights&present=1&step=3")  # the longest story of the tour
    wait_for_map(page, land=LAND)
    for hidden in (".st-key-tour_settings", ".st-key-tour_next", '[data-testid="stSidebar"]'):
        assert not page.locator(hidden).is_visible()
    for shown in ('[data-testid="stMain"] h1', CANVAS, ".tour-card .kind", ".tour-card h2"):
        box = page.locator(shown).first.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, shown
    assert page.locator(".tour-card h2").evaluate("h => getComputedStyle(h).wordBreak") == "keep-all"
    # The whole card fits beside the map, down to its source line: a long story's type shrinks.
    page.wait_for_function("h => document.querySelector('.tour-card .src')?.getBoundingClientRect().bottom <= h",
                           arg=height, timeout=30000)
    assert page.locator(".tour-card h2").evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 20
    # The map takes the screen's height under the title (574 px at 720, 934 px at 1080; it was 500 at both).
    canvas = page.locator(CANVAS).bounding_box()
    assert canvas is not None and canvas["height"] >= height - 160, canvas
    # ... and the page does not scroll: the map's foot and the page's padding are on screen too
    assert page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight") <= height
    idle(page)  # the rerun that frames the map for its reported height is over (a key pressed during it is lost)
    # A presenter clicks the slide to be sure the window has the keys: no focus frame round it after
    page.locator('[data-testid="stMain"] h1').click()
    page.keyboard.press("ArrowRight")
    idle(page)
    assert page.evaluate("() => getComputedStyle(document.querySelector('[data-testid=\"stMain\"]'), "
                         "'::before').boxShadow") == "none"
    # Esc leaves the presentation look, and the link follows, for good: a rerun the browser sent
    # before Esc's answer reached it (the map reporting its new width) must not bring the
    # presentation back. Under load the page can stall for tens of seconds while software WebGL
    # redraws the resized map, hence the long waits.
    page.keyboard.press("Escape")
    page.wait_for_selector(".st-key-tour_settings", state="visible", timeout=90000)
    page.wait_for_function("() => !new URLSearchParams(location.search).has('present')", timeout=90000)
    idle(page)
    page.wait_for_timeout(1500)  # a late width report has had time to rerun the page
    idle(page)
    assert page.locator(".st-key-tour_settings").is_visible()
    assert "present=" not in page.url



def test_a_long_story_on_a_projector_gives_up_its_quote_before_its_type_shrinks(staff_page):
    page = staff_page
    page.set_viewport_size({"width": 1280, "height": 720})
    page.open("Tour?steps=2022-sejong-bangkok-firms-tech-mou&present=1")  # the longest story and quote
    wait_for_map(page, land=LAND)
    page.wait_for_function("() => document.querySelector('.tour-card .src')?.getBoundingClientRect().bottom <= 720",
                           timeout=30000)
    size = "s => parseFloat(getComputedStyle(document.querySelector('.tour-card ' + s)).fontSize)"
    assert page.evaluate(size, "p") >= 16 and page.evaluate(size, ".src") >= 13  # read from the back of a room
    assert not page.locator(".tour-card blockquote").is_visible()  # the quote gave way (it was 13 px, 10 px)
    assert real_errors(page) == []


OWN = "2024-seoul-odense-robotics-mou,2014-seoul-odense-friendship-city,2019-busan-smart-city-convergence-alliance"


def test_step_keys_step_after_the_language_is_switched(staff_page):
    # The click leaves the focus on the language radio: → changed the language back, not the step.
    page = staff_page
    page.open("Tour?step=2")
    wait_for_map(page, land=LAND)
    page.get_by_text("한국어").first.click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('lang') === 'ko'", timeout=90000)
    idle(page)
    assert page.evaluate("() => document.activeElement.matches('input[type=radio]')")
    press(page, "ArrowRight", 3)
    press(page, "ArrowLeft", 2)
    idle(page)
    assert page.evaluate("() => new URLSearchParams(location.search).get('lang')") == "ko"
    assert real_errors(page) == []


def test_a_tour_of_ones_own_keeps_its_steps_and_step_through_the_presentation_look_and_a_language_switch(
        staff_page):
    # The picker is hidden while presenting; the browser reports it as it comes back (empty) and
    # in the other language's labels: neither is a person's change, so the tour stays as built.
    page = staff_page
    page.set_viewport_size({"width": 1280, "height": 720})
    page.open(f"Tour?lang=ko&country=JP&steps={OWN}&step=3")
    wait_for_map(page, land=LAND)

    def same_tour(want: str) -> None:
        page.wait_for_function("o => { const q = new URLSearchParams(location.search);"
                               " return q.get('steps') === o && q.get('step') === '3'; }", arg=OWN, timeout=90000)
        idle(page)
        assert page.locator(".tour-position").first.inner_text() == want

    page.get_by_text("발표 화면").first.click()
    presenting(page)
    same_tour("3건 중 3번째")
    page.keyboard.press("Escape")
    page.wait_for_selector(".st-key-tour_settings", state="visible", timeout=90000)
    same_tour("3건 중 3번째")
    page.get_by_text("English").first.click()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('lang')", timeout=90000)
    same_tour("3 of 3")
    page.get_by_text("Presentation look").first.click()
    presenting(page)
    same_tour("3 of 3")
    assert real_errors(page) == []


def test_a_pick_removed_right_after_a_language_switch_is_removed(staff_page):
    # (the picker of the other language kept its labels: the change was lost, or the page failed)
    page = staff_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.open(f"Tour?steps={OWN}&step=2")
    wait_for_map(page, land=LAND)
    page.get_by_text("한국어").first.click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('lang') === 'ko'", timeout=90000)
    idle(page)
    page.locator("summary").filter(has_text="나만의 둘러보기").first.click()
    box = page.locator(".st-key-tour_own_pick_ko")
    box.scroll_into_view_if_needed()
    box.locator("[data-tag] button").first.click()
    page.wait_for_function("() => (new URLSearchParams(location.search).get('steps') || '').split(',').length === 2",
                           timeout=90000)
    idle(page)
    assert page.get_by_text("This app has encountered an error").count() == 0
    assert page.locator(".tour-position").first.inner_text() == "2건 중 1번째"
    assert real_errors(page) == []


def test_f5_starts_the_presentation_look_and_esc_leaves_it(staff_page):
    # From a shared link to the first slide with no mouse: a clicker's "start slideshow" sends F5
    # (trial 23: the look took about 30 Tab presses to reach)
    page = staff_page
    page.set_viewport_size({"width": 1280, "height": 720})
    page.open("Tour?tour=seed-highlights")
    wait_for_map(page, land=LAND)
    page.locator(".tour-card h2").click()
    page.keyboard.press("F5")
    presenting(page)
    page.wait_for_selector('[data-testid="stSidebar"]', state="hidden", timeout=90000)
    press(page, "PageDown", 2)
    page.keyboard.press("Escape")
    page.wait_for_selector(".st-key-tour_settings", state="visible", timeout=90000)
    assert page.locator(".st-key-tour_enter").is_hidden()
    assert real_errors(page) == []


def test_ones_own_tour_gives_its_link_where_it_is_built(staff_page):
    # the only link was at the foot of the sidebar, under every filter (trial 23)
    page = staff_page
    page.set_viewport_size({"width": 1280, "height": 720})
    page.open(f"Tour?steps={OWN}&step=2")
    wait_for_map(page, land=LAND)
    page.get_by_text("Make your own tour").first.click()
    page.locator(".st-key-share_link_tour_show button").click()
    page.wait_for_function("""() => { const b = document.querySelector('.st-key-share_link_tour_box pre');
                                      return b && b.innerText.includes('steps='); }""", timeout=60000)
    link = page.locator(".st-key-share_link_tour_box pre").inner_text()
    assert OWN.replace(",", "%2C") in link
    # the tour from its first step, not where the builder was (trial 25)
    assert "step=" not in link.replace("steps=", "")
    box = page.locator(".st-key-share_link_tour_box").bounding_box()
    assert box is not None and 0 <= box["y"] < 720  # brought into view
    assert real_errors(page) == []


def test_a_press_for_a_button_the_page_no_longer_has_does_not_hold_the_keys(staff_page):
    # round 33: Esc with the presentation look off, or F5 twice, queued a press for a button not on
    # the page, and every key after it waited about a minute
    page = staff_page
    page.open("Tour")
    wait_for_map(page, land=LAND)
    page.locator(".tour-card h2").click()
    page.keyboard.press("Escape")  # not presenting: the browser's, not the tour's
    press(page, "ArrowRight", 2)
    page.keyboard.press("F5")
    page.keyboard.press("F5")
    presenting(page)
    page.keyboard.press("PageDown")
    page.wait_for_function("() => new URLSearchParams(location.search).get('step') === '3'", timeout=20000)
    assert real_errors(page) == []
