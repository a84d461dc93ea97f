"""Helpers for the staff pages' browser tests (Agreements, Timeline, Sources)."""

from __future__ import annotations

import re
import time

import pytest

from tests.browser.conftest import Console

# Opening a page by its own URL (/Timeline), Streamlit first probes /Timeline/_stcore/health and
# /Timeline/_stcore/host-config (404) before it finds the server root; the browser logs both.
_PROBE = re.compile(r"Failed to load resource: the server responded with a status of 404")


def real_errors(page) -> list[str]:
    """Console errors other than Streamlit's sub-path probes."""
    probes = [u for u in page.failed_urls if re.search(r"/_stcore/(health|host-config)$", u)]
    errors = [e for e in page.console.errors if not _PROBE.search(e)]
    unexplained = len([e for e in page.console.errors if _PROBE.search(e)]) - len(probes)
    return errors + [f"{unexplained} unexplained 404(s): {page.failed_urls}"] * (unexplained > 0)


@pytest.fixture
def staff_page(browser_context, server):
    """A fresh tab that records console errors and failed requests; `open(path)` loads a page and
    returns the seconds until its title showed and the app went idle."""
    pg = browser_context.new_page()
    pg.console = Console()
    pg.failed_urls = []
    pg.on("console", pg.console.on_console)
    pg.on("pageerror", pg.console.on_error)
    pg.on("response", lambda r: pg.failed_urls.append(r.url) if r.status >= 400 else None)

    def open_(path: str) -> float:
        start = time.monotonic()
        pg.goto(server + path)
        settle(pg)
        return time.monotonic() - start

    pg.open = open_
    yield pg
    pg.close()


def settle(page, *, timeout: float = 60.0) -> None:
    """Wait for the page's title and for the app to finish running."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout * 1000)
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout * 1000)
