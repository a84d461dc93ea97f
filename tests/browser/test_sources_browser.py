"""The Sources page in Chromium: a link to a record lands on it, the evidence is highlighted in its
type's colour, and "Show on the map" opens the Map with that arc selected."""

from __future__ import annotations

import pytest

from tests.helpers.browser import real_errors
from ui.map.palette import type_colour

pytestmark = pytest.mark.browser
# 002_322a285842e0d4fc (MOLIT smart city roadshow release): the Istanbul roadshow, far down the page
ARTICLE = "002_322a285842e0d4fc.txt"
RECORD = "2022-sejong-istanbul-smart-city-roadshow"


def test_anchor_lands_on_the_record_and_map_link_works(staff_page):
    seconds = staff_page.open(f"Sources?article={ARTICLE}#{RECORD}")
    print(f"Sources page ready after {seconds:.1f} s")
    heading = staff_page.locator(f"[id='{RECORD}']")
    staff_page.wait_for_function(
        "id => { const e = document.getElementById(id); if (!e) return false;"
        " const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight"
        " && document.querySelector('[data-testid=stMain]').scrollTop > 500; }",
        arg=RECORD, timeout=15_000,
    )
    assert heading.inner_text().strip().startswith("MOLIT smart city roadshow in Istanbul")
    # Korean headings break between words (사무국, not 사/무국): the shared page style, which can
    # reach a loaded browser a moment after the heading.
    staff_page.wait_for_function(
        "id => getComputedStyle(document.getElementById(id)).wordBreak === 'keep-all'", arg=RECORD, timeout=30_000)

    mark = staff_page.locator(f"mark.ev-{RECORD}").first
    r, g, b = type_colour("roadshow")
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == f"rgba({r}, {g}, {b}, 0.22)"
    assert "Istanbul" in (mark.get_attribute("title") or "")

    card = staff_page.locator(f"[data-testid='stVerticalBlock']:has(> div [id='{RECORD}'])").last
    card.locator('[data-testid="stPageLink"] a').click()
    staff_page.wait_for_function("() => location.pathname === '/' && location.search.includes('pair=')",
                                 timeout=30_000)
    assert "pair=kr-sejong%2Ctr-istanbul" in staff_page.url or "pair=kr-sejong,tr-istanbul" in staff_page.url
    assert "type=roadshow" in staff_page.url
    assert real_errors(staff_page) == []
