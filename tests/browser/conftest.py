"""A real Streamlit server and headless Debian Chromium for the browser tests.

The server runs `streamlit run app.py` on a free local port; Chromium is driven by Playwright
with the system binary (no downloaded browsers). Helpers read the map canvas as pixels.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
VIEWPORT = {"width": 1440, "height": 1000}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(env: dict[str, str] | None = None, *, cwd: Path = ROOT) -> Iterator[str]:
    """Run `streamlit run app.py` on a free local port (with `env` added to the environment, from
    `cwd`, whose .streamlit/ holds the configuration and secrets); yield its base URL once it
    answers its health check, and stop it afterwards."""
    port = _free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start: {proc.stderr.read().decode()}") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def require_chromium() -> None:
    """Skip the test when Debian's chromium is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Base URL of a Streamlit server running the app."""
    require_chromium()
    with streamlit_server() as base:
        yield base


@pytest.fixture(scope="session")
def browser_context():
    """One Chromium for the session; pages share its cache (the map bundle loads once)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=VIEWPORT)
        yield context
        context.close()
        browser.close()


class Console:
    """Errors the page logged or threw."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def on_console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(f"console: {msg.text}")

    def on_error(self, exc) -> None:
        self.errors.append(f"pageerror: {exc}")


@pytest.fixture(scope="module")
def map_page(browser_context, server):
    """One tab with the map loaded, shared by a module's tests (a load costs seconds of
    software WebGL). Each test leaves it as it found it: English, no filters, starting view.
    `map_page.console.errors` lists what went wrong in it; `map_page.first_paint` is the
    seconds from navigation to the first drawn map."""
    from ui.palette import LAND

    pg = browser_context.new_page()
    pg.console = Console()
    pg.on("console", pg.console.on_console)
    pg.on("pageerror", pg.console.on_error)
    start = time.monotonic()
    pg.goto(server)
    wait_for_map(pg, land=LAND)
    pg.first_paint = time.monotonic() - start
    wait_for_width(pg)
    pg.home = wait_until_stable(pg)
    yield pg
    pg.close()


def wait_for_width(page, *, timeout: float = 60.0) -> None:
    """Wait until the map has told the server its width (ui/map_width.py: it sets a cookie), so the
    rerun that frames the map for that width has begun; `wait_until_stable` then waits it out."""
    page.wait_for_function("document.cookie.includes('atlas_width_map=')", timeout=timeout * 1000)


def canvas_image(page) -> Image.Image:
    """The map canvas as it is on screen."""
    return Image.open(io.BytesIO(page.locator(CANVAS).screenshot())).convert("RGB")


def colour_count(img: Image.Image, rgb: tuple[int, int, int], tol: int = 6) -> int:
    """Pixels within `tol` of a colour."""
    return sum(
        n for n, c in img.getcolors(maxcolors=1 << 24)
        if all(abs(a - b) <= tol for a, b in zip(c, rgb, strict=True))
    )


def wait_for_map(page, *, land: tuple[int, int, int], timeout: float = 60.0) -> float:
    """Wait until the basemap and the data layers are drawn; seconds it took."""
    start = time.monotonic()
    page.wait_for_selector(CANVAS, timeout=timeout * 1000)
    while True:
        img = canvas_image(page)
        size = img.width * img.height
        if colour_count(img, land) > 0.05 * size and len(img.getcolors(maxcolors=1 << 24)) > 200:
            return time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise AssertionError("the map did not draw")
        page.wait_for_timeout(250)


def wait_until_stable(page, *, timeout: float = 30.0) -> Image.Image:
    """Wait for the app to finish its rerun and the canvas to stop changing; the last frame."""
    start = time.monotonic()
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout * 1000)
    last = canvas_image(page)
    while True:
        page.wait_for_timeout(400)
        now = canvas_image(page)
        if now.tobytes() == last.tobytes():
            return now
        if time.monotonic() - start > timeout:
            raise AssertionError("the map kept changing")
        last = now
