"""Where a page load's browser time goes: server messages and a main-thread CPU profile in Chromium.

    python bench/page_profile.py app.py                      # a first visit (no width cookie)
    python bench/page_profile.py app.py --cookie 738         # a returning visitor (width remembered)
    python bench/page_profile.py bench/floor_app.py

Starts `streamlit run SCRIPT` (data as ATLAS_DATA_DIR says), opens it once to warm the server's
caches, then opens it in a new browser context with the DevTools CPU profiler running until the
map is painted (bench/run.py's wait_painted: canvas drawn and steady, app idle). Prints the
seconds to paint, the WebSocket messages the page sent and received, the main thread's busy time
and the scripts (Streamlit's bundles: react-dom, DeckGlJsonChart, StreamlitMarkdown, ...) that
took it, then the time under each element's bundle (callees included). One load on a shared
machine: compare proportions between pages, not seconds.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import time
from pathlib import Path

import run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("script", type=Path)
    parser.add_argument("--port", type=int, default=None, help="server port (default: a free one)")
    parser.add_argument("--cookie", type=int, default=None, help="the map width the browser remembers")
    parser.add_argument("--top", type=int, default=12, help="scripts listed")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    port = args.port or run._free_port()
    cmd = [str(Path(sys.executable).with_name("streamlit")), "run", str(args.script.resolve()),
           "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
           "--browser.gatherUsageStats", "false", "--server.enableStaticServing", "true",
           "--server.fileWatcherType", "none"]
    proc = subprocess.Popen(cmd, cwd=run.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        run._wait_health(port, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=run.CHROMIUM, args=run.CHROMIUM_ARGS + run.GL_ARGS["llvmpipe"])
            warm = browser.new_context(viewport={"width": 1400, "height": 900})
            page = warm.new_page()
            page.goto(url)
            run.wait_painted(page, time.perf_counter())
            warm.close()
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})
            if args.cookie:
                ctx.add_cookies([{"name": "atlas_width_map", "value": str(args.cookie), "url": url}])
            page = ctx.new_page()
            frames = {"sent": [0, 0], "received": [0, 0]}

            def count(kind):
                def add(payload):
                    frames[kind][0] += 1
                    frames[kind][1] += len(payload)
                return add

            page.on("websocket", lambda ws: (ws.on("framesent", count("sent")),
                                             ws.on("framereceived", count("received"))))
            cdp = ctx.new_cdp_session(page)
            cdp.send("Profiler.enable")
            cdp.send("Profiler.setSamplingInterval", {"interval": 500})
            cdp.send("Profiler.start")
            t0 = time.perf_counter()
            page.goto(url)
            paint = run.wait_painted(page, t0)
            profile = cdp.send("Profiler.stop")["profile"]
            browser.close()
    finally:
        run.stop(proc)
    report(paint, frames, profile, args.top)
    return 0


def report(paint: float, frames: dict, profile: dict, top: int) -> None:
    nodes = {n["id"]: n["callFrame"] for n in profile["nodes"]}
    by_script: collections.Counter[str] = collections.Counter()
    for node, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        frame = nodes[node]
        by_script[frame["url"].rsplit("/", 1)[-1] or frame["functionName"] or "(native)"] += delta / 1e6
    busy = sum(by_script.values()) - by_script["(idle)"]
    print(f"first paint {paint:.2f} s; messages sent {frames['sent'][0]}, received {frames['received'][0]} "
          f"({frames['received'][1] / 1e3:.0f} KB); main thread busy {busy:.2f} s")
    for name, seconds in by_script.most_common(top):
        if name != "(idle)":
            print(f"  {seconds:6.2f} s  {name}")
    print("time spent under each element's bundle (what it called included):")
    for name, seconds in under_elements(profile).most_common(top):
        print(f"  {seconds:6.2f} s  {name}")


def under_elements(profile: dict) -> collections.Counter[str]:
    """Seconds of samples under a frame of each element's bundle (Streamlit names them after the
    element: DeckGlJsonChart, StreamlitMarkdown, Multiselect, ...), callees included, so the
    time React, emotion and deck.gl spend for an element counts for it."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    parent = {child: n["id"] for n in profile["nodes"] for child in n.get("children", [])}
    under: collections.Counter[str] = collections.Counter()
    for node, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        seen: set[str] = set()
        while node in nodes:
            name = nodes[node]["callFrame"]["url"].rsplit("/", 1)[-1]
            if name[:1].isupper() and name not in seen:
                seen.add(name)
                under[name] += delta / 1e6
            node = parent.get(node)
    return under


if __name__ == "__main__":
    raise SystemExit(main())
