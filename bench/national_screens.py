"""Screenshots of the national layer in Chromium, to look at: world view, zoomed to Korea, Korea and
Japan, one district's ties, the world view zoomed in on Korea with the wheel; 1280x720 and
1920x1080; English and Korean.

    .venv/bin/python bench/national_screens.py OUT_DIR [VIEW ...] [en|ko] [--port N]

Runs the app on a private copy of data/ with the national layer on (nothing in data/ changes).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.browser import (  # noqa: E402
    CANVAS,
    CHROMIUM,
    CHROMIUM_ARGS,
    streamlit_server,
    wait_for_map,
    wait_until_stable,
)
from ui.map.palette import LAND  # noqa: E402

VIEWS = {
    "world": {},
    "korea": {"frame": "korea"},  # the map's "Korea" button
    "japan": {"country": "JP"},
    "focus": {"focus": "JP"},  # the world view with Japan's arcs brought forward
    "district": {"kr": "kr-seoul-gangseo-gu"},
    "wheel": {"zoom_korea": "1"},  # the world view zoomed in on Korea with the mouse wheel: cities drawn
}
SIZES = [(1280, 720), (1920, 1080)]
# Korea's place in the canvas of the fitted world view, per screen width (measured on its screenshots)
KOREA = {1280: (0.435, 0.41), 1920: (0.428, 0.337)}
WHEEL_STEPS = 7  # from the world view's zoom (about 1.2) past zoom 5, where Korea splits into its cities


ARGS = sys.argv[2:]
PORT = int(ARGS[ARGS.index("--port") + 1]) if "--port" in ARGS else None  # default: a free port
ONLY = [a for a in ARGS if a in VIEWS]  # view names to take (default: all)
LANGS = [a for a in ARGS if a in ("en", "ko")] or ["en", "ko"]  # languages to take (default: both)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="atlas-national-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("atlas.sqlite*"))
        env = {"ATLAS_DATA_DIR": str(data), "ATLAS_NATIONAL_LAYER": "on",
               "ATLAS_DATABASE_URL": f"sqlite:///{Path(tmp) / 'atlas.sqlite'}"}
        with streamlit_server(env, port=PORT) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for width, height in SIZES:
                ctx = browser.new_context(viewport={"width": width, "height": height})
                for lang in LANGS:
                    for name, params in VIEWS.items():
                        if ONLY and name not in ONLY:
                            continue
                        page = ctx.new_page()
                        page.set_default_timeout(180_000)  # a busy machine draws slowly
                        query = {k: v for k, v in params.items() if k != "zoom_korea"}
                        query["lang"] = lang
                        page.goto(base + "?" + "&".join(f"{k}={v}" for k, v in query.items()))
                        wait_for_map(page, land=LAND, timeout=120)
                        wait_until_stable(page, timeout=120)  # a busy machine settles slowly
                        if "zoom_korea" in params:  # wheel-zoom on Korea (where the world view puts it)
                            box = page.locator(CANVAS).bounding_box()
                            kx, ky = KOREA[width]
                            page.mouse.move(box["x"] + box["width"] * kx, box["y"] + box["height"] * ky)
                            for _ in range(WHEEL_STEPS):
                                page.mouse.wheel(0, -240)
                                page.wait_for_timeout(250)
                            wait_until_stable(page, timeout=120)  # a busy machine settles slowly
                        path = out / f"{name}-{lang}-{width}x{height}.png"
                        page.screenshot(path=str(path), full_page=False)
                        print(path)
                        page.close()
                ctx.close()
            browser.close()


if __name__ == "__main__":
    main()
