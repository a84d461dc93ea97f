"""A browser that asks for Korean first opens the atlas in Korean, and its links say so; a link
that names English stays English there."""

from __future__ import annotations

import pytest

from tests.helpers.browser import VIEWPORT, new_tab, settle

pytestmark = pytest.mark.browser


def test_a_korean_browser_opens_in_korean_and_an_english_link_stays_english(browser_context, server):
    context = browser_context.browser.new_context(viewport=VIEWPORT, locale="ko-KR")
    try:
        tab = new_tab(context)
        tab.goto(server + "Timeline")
        settle(tab)
        assert tab.locator('[data-testid="stMain"] h1').inner_text().strip() != "Timeline"
        tab.wait_for_url("**lang=ko**", timeout=15_000)  # the link carries the language it shows
        tab.goto(server + "Timeline?lang=en")
        settle(tab)
        assert tab.locator('[data-testid="stMain"] h1').inner_text().strip() == "Timeline"
        tab.wait_for_url("**lang=en**", timeout=15_000)
    finally:
        context.close()


def test_a_chosen_filters_chip_changes_language_with_the_page(browser_context, server):
    tab = new_tab(browser_context)
    try:
        tab.goto(server + "Timeline?sector=robotics")
        settle(tab)
        box = tab.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
        assert "Robotics" in box.inner_text()
        tab.locator('[data-testid="stSidebar"] label', has_text="한국어").click()
        tab.wait_for_url("**lang=ko**", timeout=15_000)
        settle(tab)
        box = tab.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
        tab.wait_for_function("el => el.innerText.includes('로봇')", arg=box.element_handle(), timeout=15_000)
        assert "Robotics" not in box.inner_text()
    finally:
        tab.close()
