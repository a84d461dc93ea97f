"""Fixtures for the browser tests: a real Streamlit server and headless Debian Chromium (driven by
Playwright with the system binary, no downloaded browsers), shared by the session. The helpers
that drive them are in tests/helpers/browser.py."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.helpers.browser import (
    CHROMIUM,
    VIEWPORT,
    launch_args,
    new_tab,
    require_chromium,
    settle,
    streamlit_server,
    wait_for_map,
    wait_for_width,
    wait_until_stable,
)


@pytest.fixture(autouse=True)
def _one_worker(request):
    """Fail when `make test` spreads the browser tests over its workers: pytest-xdist marks a
    grouped test's id with "@browser" (tests/conftest.py), and a pytest it does not fit drops that
    silently, so two Chromiums would draw at once."""
    if request.config.getoption("loadgroup", False):
        assert request.node.nodeid.endswith("@browser"), f"not grouped on one worker: {request.node.nodeid}"


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Base URL of a Streamlit server running the app."""
    require_chromium()
    with streamlit_server() as base:
        yield base


@pytest.fixture(scope="session")
def browser_context():
    """One Chromium for the session; pages share its cache (the map bundle loads once)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=launch_args(p))
        context = browser.new_context(viewport=VIEWPORT)
        yield context
        context.close()
        browser.close()


@pytest.fixture
def own_context(browser_context):
    """A browser context of its own (cookies apart): for a test against its own server, as cookies
    do not tell ports apart and the shared servers' cookies (remembered map sizes) would reach it."""
    context = browser_context.browser.new_context(viewport=VIEWPORT)
    yield context
    context.close()


@pytest.fixture(scope="module")
def map_page(browser_context, server):
    """One tab with the map loaded, shared by a module's tests (a load costs seconds of
    software WebGL). Each test leaves it as it found it: English, no filters, starting view.
    `map_page.console.errors` lists what went wrong in it; `map_page.first_paint` is the
    seconds from navigation to the first drawn map."""
    from ui.map.palette import LAND

    pg = new_tab(browser_context)
    start = time.monotonic()
    pg.goto(server)
    wait_for_map(pg, land=LAND)
    pg.first_paint = time.monotonic() - start
    wait_for_width(pg)
    pg.home = wait_until_stable(pg)
    yield pg
    pg.close()


@pytest.fixture
def staff_page(browser_context, server):
    """A fresh tab that records console errors and failed requests; `open(path)` loads a page and
    returns the seconds until its title showed and the app went idle."""
    pg = new_tab(browser_context)

    def open_(path: str) -> float:
        start = time.monotonic()
        pg.goto(server + path)
        settle(pg)
        return time.monotonic() - start

    pg.open = open_
    yield pg
    pg.close()
