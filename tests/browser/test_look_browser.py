"""The page's look in Chromium: what only a browser shows of the themes and the layout."""

from __future__ import annotations

import pytest

from tests.browser import staff_pages

pytestmark = pytest.mark.browser
staff_page = staff_pages.staff_page  # the fixture


def test_dark_theme_darkens_the_search_box(staff_page):
    page = staff_page
    page.open("Agreements?theme=dark")
    colour = page.locator('.st-key-f_q [data-testid="stTextInputRootElement"]').evaluate(
        "e => getComputedStyle(e).backgroundColor")
    r, g, b = (int(x) for x in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3])
    assert r + g + b < 3 * 100, colour  # not the light theme's near-white field
