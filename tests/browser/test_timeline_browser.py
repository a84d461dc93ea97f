"""The Timeline page in Chromium: the bars draw in the map's type colours, and dragging across
years sets the year filter, which the Agreements page then shows."""

from __future__ import annotations

import re

import pytest

from tests.helpers.browser import real_errors, settle
from ui.map.palette import type_colour

pytestmark = pytest.mark.browser
CHART = '[data-testid="stVegaLiteChart"] svg.marks'


def year_x(page, year: int) -> float:
    """Screen x of a year's label on the chart's x axis."""
    label = page.locator(f"{CHART} g.role-axis-label text", has_text=re.compile(rf"^{year}$"))
    box = label.first.bounding_box()
    return box["x"] + box["width"] / 2


def test_bars_draw_and_a_drag_sets_the_years_everywhere(staff_page, frame):
    seconds = staff_page.open("Timeline")
    print(f"Timeline page ready after {seconds:.1f} s")
    bars = f"{CHART} g.mark-rect.marks path"
    staff_page.wait_for_selector(bars, timeout=30_000)
    fills = staff_page.eval_on_selector_all(bars, "ps => ps.map(p => p.getAttribute('fill'))")
    assert len(fills) == frame.groupby(["year", "type"]).ngroups
    r, g, b = type_colour("mou")
    assert any(re.sub(r"\s", "", f or "") in (f"rgba({r},{g},{b},1)", f"rgb({r},{g},{b})") for f in fills), fills[:5]

    box = staff_page.locator(CHART).bounding_box()
    y = box["y"] + box["height"] * 0.6
    staff_page.mouse.move(year_x(staff_page, 2019) - 8, y)
    staff_page.mouse.down()
    staff_page.mouse.move(year_x(staff_page, 2021) + 8, y, steps=8)
    staff_page.mouse.up()
    staff_page.wait_for_function("() => location.search.includes('from=2019') && location.search.includes('to=2021')",
                                 timeout=30_000)
    settle(staff_page)
    assert "2019" in staff_page.locator('[data-testid="stSlider"]').inner_text()

    staff_page.locator('[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]', has_text="Agreements").click()
    staff_page.wait_for_function("() => location.pathname.endsWith('/Agreements')", timeout=30_000)
    settle(staff_page)
    assert "from=2019" in staff_page.url and "to=2021" in staff_page.url
    n = int(frame["year"].between(2019, 2021).sum())
    assert f"{n} of {len(frame)} agreements" in staff_page.locator('[data-testid="stMain"]').inner_text()
    assert real_errors(staff_page) == []
