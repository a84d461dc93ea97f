"""Drive the real app in headless Debian Chromium: start a Streamlit server, open tabs that record
console errors, sign in, and read the map canvas as pixels."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers import ROOT
from tests.nominatim_stub import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# WebGL with no GPU. Chromium 150's own SwiftShader stalls the page for 15-30 s after the map
# zooms in on Korea (its GPU process renders for that long; no WebGL call of the page's is slow),
# where Mesa's llvmpipe through ANGLE draws it at once; llvmpipe is used when Chromium offers it.
LLVMPIPE_ARGS = ["--enable-gpu", "--ignore-gpu-blocklist", "--use-gl=angle", "--use-angle=gl-egl"]
SWIFTSHADER_ARGS = ["--disable-gpu"]
CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
SIDEBAR = '[data-testid="stSidebar"]'  # the page list (ui/shell/nav.py) and the sign-in box sit in the sidebar
VIEWPORT = {"width": 1440, "height": 1000}
PASSWORD = "a long test password"


@contextmanager
def streamlit_server(env: dict[str, str] | None = None, *, cwd: Path = ROOT, port: int | None = None) -> Iterator[str]:
    """Run `streamlit run app.py` on `port` (default: a free local port), with `env` added to the
    environment, from `cwd`, whose .streamlit/ holds the configuration and secrets; yield its base
    URL once it answers its health check, and stop it afterwards."""
    port = port or free_port()
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


@contextmanager
def private_server(root: Path, *, user: str, role: str, seeds: bool = True) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, data folder, seeds folder) of a server that writes only into copies of data/ (and
    seeds/ when `seeds`) under `root`, with one account `user` of `role` (password PASSWORD)."""
    require_chromium()
    from partnerships import accounts, store
    from partnerships.db import engine as db_engine

    data, seeds_dir = root / "data", (root / "seeds" if seeds else ROOT / "seeds")
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("geocode-cache.json", "atlas.sqlite*"))
    if seeds:
        shutil.copytree(ROOT / "seeds", seeds_dir)
    url = f"sqlite:///{data / 'atlas.sqlite'}"
    accounts.add_user(store.engine(url), user, role=role, password=PASSWORD)
    db_engine.forget(url)
    env = {"ATLAS_DATA_DIR": str(data), "ATLAS_SEEDS_DIR": str(seeds_dir), "ATLAS_ONLINE_GEOCODING": "",
           "ATLAS_DATABASE_URL": ""}
    with streamlit_server(env) as base:
        yield base, data, seeds_dir


def launch_args(playwright) -> list[str]:
    """Chromium's arguments: WebGL on Mesa's llvmpipe when this machine's Chromium offers it, else
    on SwiftShader (asked in a browser of its own, started by `playwright`: a second Playwright
    cannot be started inside the first, so the caller's is used)."""
    probe = """() => { const gl = document.createElement('canvas').getContext('webgl2');
      const ext = gl && gl.getExtension('WEBGL_debug_renderer_info');
      return ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : ''; }"""
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + LLVMPIPE_ARGS)
        try:
            renderer = browser.new_page().evaluate(probe)
        finally:
            browser.close()
    except Exception as exc:  # noqa: BLE001 - any failure: the default renderer, said aloud
        warnings.warn(f"WebGL falls back to SwiftShader: the llvmpipe probe failed ({exc})", stacklevel=2)
        renderer = ""
    return CHROMIUM_ARGS + (LLVMPIPE_ARGS if "llvmpipe" in renderer else SWIFTSHADER_ARGS)


def require_chromium() -> None:
    """Skip the test when Debian's chromium is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")


class Console:
    """Errors the page logged or threw."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def on_console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(f"console: {msg.text}")

    def on_error(self, exc) -> None:
        self.errors.append(f"pageerror: {exc}")


def new_tab(context):
    """A new tab whose console errors and thrown errors land in `tab.console.errors`, and whose
    failed requests (HTTP 400 and up) in `tab.failed_urls`."""
    tab = context.new_page()
    tab.console = Console()
    tab.failed_urls = []
    tab.on("console", tab.console.on_console)
    tab.on("pageerror", tab.console.on_error)
    tab.on("response", lambda r: tab.failed_urls.append(r.url) if r.status >= 400 else None)
    return tab


def fill(page, key_part: str, text: str) -> None:
    """Type into the text field whose widget key contains `key_part`, and leave it (Streamlit takes
    the value on blur); wait until the app has taken it."""
    box = page.locator(f'[class*="st-key-"][class*="{key_part}"]').locator("input, textarea").first
    box.fill(text)
    box.press("Tab")
    idle(page)


def sign_in(page, name: str, password: str = PASSWORD) -> None:
    """Sign in through the sidebar's staff box, as a person does."""
    page.locator(SIDEBAR).get_by_text("Staff sign-in").click()
    fill(page, "atlas_sign_in_name", name)
    fill(page, "atlas_sign_in_password", password)
    page.locator(SIDEBAR).get_by_role("button", name="Sign in").click()
    page.locator(SIDEBAR).get_by_text(f"Signed in as {name}").wait_for(timeout=30_000)


def upload(page, key: str, *files: Path) -> None:
    """Choose `files` in the file uploader with widget key `key`; wait until it lists them (it
    shows a few names a page, so any of them will do)."""
    page.locator(f'.st-key-{key} input[type="file"]').set_input_files([str(f) for f in files])
    names = re.compile("|".join(re.escape(f.name) for f in files))
    page.locator(f".st-key-{key}").get_by_text(names).first.wait_for(timeout=30_000)


def idle(page, *, timeout: float = 60.0) -> None:
    """Wait until the app has no rerun running or queued (the status widget is gone)."""
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'",
        timeout=timeout * 1000)


def wait_for_width(page, *, timeout: float = 60.0) -> None:
    """Wait until the map has told the server its width (ui/map/map_width.py: it sets a cookie), so the
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
    idle(page, timeout=timeout)
    last = canvas_image(page)
    while True:
        page.wait_for_timeout(400)
        now = canvas_image(page)
        if now.tobytes() == last.tobytes():
            return now
        if time.monotonic() - start > timeout:
            raise AssertionError("the map kept changing")
        last = now


# Opening a page by its own URL (/Timeline), Streamlit first probes /Timeline/_stcore/health and
# /Timeline/_stcore/host-config (404) before it finds the server root; the browser logs both.
_PROBE = re.compile(r"Failed to load resource: the server responded with a status of 404")


def real_errors(page) -> list[str]:
    """Console errors other than Streamlit's sub-path probes."""
    probes = [u for u in page.failed_urls if re.search(r"/_stcore/(health|host-config)$", u)]
    errors = [e for e in page.console.errors if not _PROBE.search(e)]
    unexplained = len([e for e in page.console.errors if _PROBE.search(e)]) - len(probes)
    return errors + [f"{unexplained} unexplained 404(s): {page.failed_urls}"] * (unexplained > 0)


def settle(page, *, timeout: float = 60.0) -> None:
    """Wait for the page's title and for the app to finish running."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout * 1000)
    idle(page, timeout=timeout)
