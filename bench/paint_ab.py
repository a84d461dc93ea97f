"""First paint of the Map page at several git revisions, loads interleaved with the floor app's.

    python bench/paint_ab.py main HEAD --data national --rounds 5
    python bench/paint_ab.py main HEAD --data bundled --rounds 5 --change
    python bench/paint_ab.py HEAD . --data national      # . : this working tree, as it is

One server per revision (exported with `git archive`, run with this checkout's virtualenv) and
one for the floor app (bench/floor_app.py) run side by side; each is opened once to warm its
caches. Then each round opens every page once, in a new browser context (a first visit: no width
cookie), in an order that rotates from round to round, and measures the time to the map painted
(bench/run.py's wait_painted); with --change, also one filter change on screen after it. A figure
is the page's time over the floor's in the same round, so the machine's drift over minutes
cancels out; the medians and the spread (least to most) over the rounds are printed last, with
the renderer's main-thread busy time until painted (Chromium's TaskDuration; less disturbed by
other work on the machine than wall time), also as a ratio to the floor's, and the WebSocket
messages each first visit received.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import compare_pages
import run

LOAD_TIMEOUT = 180  # seconds: a page that paints no map by then is broken, not slow

def serve(script: Path, env: dict[str, str], port: int) -> subprocess.Popen:
    cmd = [str(Path(sys.executable).with_name("streamlit")), "run", str(script), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.enableStaticServing", "true", "--server.fileWatcherType", "none",
           "--server.runOnSave", "false"]
    proc = subprocess.Popen(cmd, env=env, cwd=run.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run._wait_health(port, proc)
    return proc


def load(browser, url: str, *, change: bool) -> tuple[float, float | None, int, float]:
    """(seconds to the map painted, seconds of one filter change on screen or None, messages received,
    seconds the page's main thread was busy until painted)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    cdp = ctx.new_cdp_session(page)
    cdp.send("Performance.enable")
    received = [0]
    page.on("websocket", lambda ws: ws.on("framereceived", lambda _: received.__setitem__(0, received[0] + 1)))
    t0 = time.perf_counter()
    page.goto(url)
    paint = run.wait_painted(page, t0, timeout=LOAD_TIMEOUT)
    messages = received[0]
    busy = next(m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] == "TaskDuration")
    update = None
    if change:
        before = run._shot(page)
        run._type_box(page).locator("input").click()
        page.keyboard.type(run.OPTION_LABEL)
        page.get_by_role("option", name=run.OPTION_LABEL, exact=True).wait_for(timeout=10000)
        t0 = time.perf_counter()
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        update = run.wait_painted(page, t0, differs_from=before, timeout=LOAD_TIMEOUT)
    ctx.close()
    return paint, update, messages, busy


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revs", nargs="+", help="git revisions or folders to compare (first: the reference)")
    parser.add_argument("--data", default="national", help='"bundled", "national" or a record count')
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--change", action="store_true", help="also one filter change per load")
    parser.add_argument("--port", type=int, default=8730, help="first server port (one per page)")
    parser.add_argument("--gl", choices=["auto", *run.GL_ARGS], default="auto")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    gl, renderer = run.choose_gl(args.gl)
    print(f"WebGL: {renderer}; load average {os.getloadavg()[0]:.1f}", flush=True)
    procs: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory(prefix="atlas-paint-") as tmp:
        (Path(tmp) / "national").mkdir()
        env = compare_pages.data_env(args.data, run.SEED, Path(tmp))
        pages = {"floor": (run.FLOOR_APP, dict(os.environ))}
        for i, rev in enumerate(args.revs):
            name = rev if rev not in pages else f"{rev}#{i}"
            tree = Path(rev) if Path(rev).is_dir() else compare_pages.export(rev, Path(tmp) / f"r{i}")
            if args.data == "national":  # each revision on a database its own code made
                (Path(tmp) / f"national{i}").mkdir()
                env = run.national_env(Path(tmp) / f"national{i}", tree=tree.resolve())
            pages[name] = (tree.resolve() / "app.py", env)
        urls = {}
        try:
            for i, (name, (script, page_env)) in enumerate(pages.items()):
                procs.append(serve(script, page_env, args.port + i))
                urls[name] = f"http://127.0.0.1:{args.port + i}/"
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=run.CHROMIUM, args=run.CHROMIUM_ARGS + run.GL_ARGS[gl])
                for url in urls.values():  # warm the servers' caches
                    load(browser, url, change=False)
                names = list(urls)
                seen: dict[str, list[tuple[float, float | None, int, float]]] = {n: [] for n in names}
                for r in range(args.rounds):
                    order = names[r % len(names):] + names[:r % len(names)]
                    for name in order:
                        seen[name].append(load(browser, urls[name], change=args.change))
                    floor = seen["floor"][-1]
                    line = "  ".join(f"{n} {seen[n][-1][0] / floor[0]:.2f}x" for n in names[1:])
                    print(f"round {r}: floor {floor[0]:.2f} s; first paint {line} "
                          f"(load average {os.getloadavg()[0]:.1f})", flush=True)
                browser.close()
        finally:
            for proc in procs:
                run.stop(proc)
    floors = seen["floor"]
    print(f"median over {args.rounds} rounds, ratio to the floor of the same round (least-most):")
    for name in names[1:]:
        paints = [s[0] / f[0] for s, f in zip(seen[name], floors, strict=True)]
        text = f"{name:>12}  first paint {spread(paints)}"
        if args.change:
            text += f", filter change {spread([s[1] / f[1] for s, f in zip(seen[name], floors, strict=True)])}"
        text += f"; main thread busy {spread([s[3] / f[3] for s, f in zip(seen[name], floors, strict=True)])}"
        text += f"; messages received {statistics.median(s[2] for s in seen[name]):.0f}"
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
