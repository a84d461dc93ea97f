"""The page's look in Chromium: what only a browser shows of the themes and the layout."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _rgb(colour: str) -> tuple[int, ...]:
    return tuple(int(x) for x in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3])


def test_dark_theme_darkens_the_search_box_and_the_download_button(staff_page):
    page = staff_page
    page.open("?theme=dark")
    field = page.locator('.st-key-filter_q [data-testid="stTextInputRootElement"]').evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert sum(_rgb(field)) < 3 * 100, field  # not the light theme's near-white field
    # The Map's "Download this map" popover button was light with faint text in the dark theme.
    back, text = page.locator('[data-testid="stPopoverButton"]').first.evaluate(
        "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]")
    assert sum(_rgb(back)) < 3 * 100 and sum(_rgb(text)) > 3 * 180, (back, text)
    # A radio or a box that is off is a dark ring, not a white disc that reads as on (trial 25).
    off = page.evaluate("""() => {
        const off = (s) => [...document.querySelectorAll(s)].filter(l => l.querySelector('input'))
            .find(l => !l.querySelector('input').checked && l.querySelector('input').getAttribute('role') !== 'switch');
        const box = off('[data-testid="stCheckbox"] label');  // (with undated records only)
        return [off('[data-testid="stRadio"] label').querySelector('div > div'), box && box.querySelector('div')]
            .filter(e => e).map(e => getComputedStyle(e).backgroundColor); }""")
    assert off and all(sum(_rgb(c)) < 3 * 100 for c in off), off


@pytest.fixture(scope="module")
def html_map(tmp_path_factory, gazetteer, frame):
    """The standalone HTML map of every record, written to a file."""
    from partnerships import aggregate
    from ui.map import deck
    from ui.map.export_html import map_html

    points, arcs = aggregate.place_points(frame, gazetteer), aggregate.place_arcs(frame, gazetteer)
    path = tmp_path_factory.mktemp("html") / "map.html"
    path.write_text(map_html(deck.build_deck(points, arcs, lang="en"), title="Partnership Atlas"), encoding="utf-8")
    return path, points


@pytest.mark.parametrize("width", [1280, 1920, 2560])
def test_the_html_map_frames_the_data_once_at_every_width(browser_context, html_map, width):
    path, points = html_map
    context = browser_context.browser.new_context(viewport={"width": width, "height": round(width * 9 / 16)})
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("#deck-container canvas", timeout=30_000)
        page.wait_for_function("() => deckInstance.getViewports().length > 0", timeout=30_000)
        got = page.evaluate("""() => { const v = deckInstance.getViewports()[0];
            return {zoom: v.zoom, w: window.innerWidth, h: window.innerHeight}; }""")
        assert 512 * 2 ** got["zoom"] >= got["w"] - 1  # the world is at least as wide as the window
        lonlat = [[deck_wrap(lon), lat] for lon, lat in zip(points["lon"], points["lat"], strict=True)]
        xy = page.evaluate("ps => ps.map(p => deckInstance.getViewports()[0].project(p))", lonlat)
        assert all(0 <= x <= got["w"] and 0 <= y <= got["h"] for x, y in xy), xy
    finally:
        context.close()


def deck_wrap(lon: float) -> float:
    from ui.map.deck import wrap_lon

    return wrap_lon(lon)


def test_a_table_rows_evidence_fits_the_place_panel_at_1280(own_context, tmp_path):
    # the row's values had run out of the panel, cut at its edge ('Freibu…'); its web address
    # kept the table wider than the panel. (The national layer's rows: a server of its own.)
    import shutil

    from tests.helpers import ROOT
    from tests.helpers.browser import settle, streamlit_server

    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("atlas.sqlite*"))
    env = {"ATLAS_DATA_DIR": str(tmp_path / "data"), "ATLAS_NATIONAL_LAYER": "on", "ATLAS_DATABASE_URL": ""}
    with streamlit_server(env) as base:
        page = own_context.new_page()
        page.set_viewport_size({"width": 1280, "height": 720})
        page.goto(base + "?place=de-freiburg")
        settle(page)
        page.get_by_text("Evidence: row").first.click(timeout=60_000)
        table = page.locator('[data-testid="stExpander"] [data-testid="stTable"]').first
        table.wait_for(timeout=30_000)
        inner, outer = table.evaluate("e => [e.querySelector('table').getBoundingClientRect().width, "
                                      "e.getBoundingClientRect().width]")
        assert inner <= outer + 1, (inner, outer)
        assert "Freiburg" in table.inner_text()
