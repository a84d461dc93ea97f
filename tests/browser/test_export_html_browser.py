"""The downloaded HTML map in Chromium: a hostile place name shows as text in the tooltip, and its
script never runs when the place is hovered."""

from __future__ import annotations

import pytest

from partnerships import aggregate
from tests.helpers.browser import require_chromium
from ui.map.deck import build_deck
from ui.map.export_html import map_html

pytestmark = pytest.mark.browser
HOSTILE = '서울<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>'


FIND_PLACE = """([lon, lat, id]) => {
  const [px, py] = deckInstance.getViewports()[0].project([lon, lat]);
  for (let r = 0; r <= 60; r += 2)
    for (let dx = -r; dx <= r; dx += 2)
      for (let dy = -r; dy <= r; dy += 2) {
        const hit = deckInstance.pickObject({x: px + dx, y: py + dy, radius: 0});
        if (hit && hit.object && hit.object.id === id) return [px + dx, py + dy];
      }
  return null;
}"""


@pytest.fixture
def hostile_map(gazetteer, frame, tmp_path):
    require_chromium()
    points = aggregate.place_points(frame, gazetteer)
    arcs = aggregate.place_arcs(frame, gazetteer)
    seoul = points.index[points["place_id"] == "kr-seoul"][0]
    points.loc[seoul, "name_en"] = HOSTILE
    page = map_html(build_deck(points, arcs, lang="en"), title="Hostile names")
    path = tmp_path / "map.html"
    path.write_text(page, encoding="utf-8")
    place = gazetteer.get("kr-seoul")
    return path, (place.lon, place.lat)


def test_hovering_a_hostile_place_runs_no_script(browser_context, hostile_map):
    path, lon_lat = hostile_map
    page = browser_context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("#deck-container canvas", timeout=30_000)
        page.wait_for_function("typeof deckInstance !== 'undefined' && deckInstance.isInitialized", timeout=30_000)
        page.wait_for_timeout(1000)
        # The pixel where deck.gl picks Seoul's circle: searched around its projected position.
        found = page.evaluate(FIND_PLACE, [*lon_lat, "kr-seoul"])
        assert found, "Seoul's circle is not on the map"
        box = page.locator("#deck-container canvas").first.bounding_box()
        tooltip = page.locator(".deck-tooltip")
        page.mouse.move(box["x"] + found[0], box["y"] + found[1])
        page.wait_for_function("document.querySelector('.deck-tooltip')?.innerText.includes('서울')", timeout=10_000)
        assert tooltip.count() and "서울<img" in tooltip.first.inner_text(), "the hostile place was not hovered"
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator(".deck-tooltip img, .deck-tooltip script").count() == 0
        assert dialogs == []
    finally:
        page.close()


def test_the_title_card_sits_low_and_folds_away(browser_context, gazetteer, frame, tmp_path):
    points, arcs = aggregate.place_points(frame, gazetteer), aggregate.place_arcs(frame, gazetteer)
    path = tmp_path / "map.html"
    path.write_text(map_html(build_deck(points, arcs, lang="en"), title="Korean cities abroad",
                             subtitle="20 agreements", legend=[("MOU", (230, 120, 30))]), encoding="utf-8")
    page = browser_context.new_page()
    page.set_viewport_size({"width": 1280, "height": 720})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri())
        card = page.locator("#atlas-card")
        box = card.bounding_box()
        assert box["y"] > 720 / 2, "the card is at the bottom, clear of the northern continents"
        assert page.locator("#atlas-card .row").first.is_visible()
        page.locator("#atlas-card summary").click()  # a click on the title folds the legend away
        assert not page.locator("#atlas-card .row").first.is_visible()
        assert card.bounding_box()["height"] < box["height"]
    finally:
        page.close()
