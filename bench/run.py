"""Benchmark the atlas against a naive pydeck app at national scale; check the budgets.

    python bench/run.py                          # 2,000, 20,000 and 100,000 records, with Chromium
    python bench/run.py --sizes 2000 --skip-browser

For each size (data from bench/generate.py, made on first use under bench/out/<N>/) and each app
(app.py, bench/naive_app.py) it measures, each in a fresh process:

- load + validation: gazetteer, store.load (evidence checked), store.records_frame; RSS after;
- server time of a filter change: AppTest reruns of the app, each after a change of the
  agreement-type filter to a state not seen before (all types but one, then a single type, ...),
  median and 90th percentile of --reruns, and the median CPU time of the process for the same
  reruns (less sensitive to other work on the machine than wall time);
- deck spec bytes per rerun: len(at.get("deck_gl_json_chart")[0].proto.json), unfiltered (first
  run) and the largest over the filter changes;
- in headless Chromium against `streamlit run`: time from opening the page to the map painted
  (deck canvas non-blank and steady, app idle), cold (the process loads the data) and warm (a
  new session once the data is cached), and from a filter change to the map redrawn. WebGL is
  software on a machine without a GPU: `--gl auto` (the default) uses Mesa's llvmpipe when
  Chromium offers it, else Chromium's SwiftShader; the table names the renderer, and a "floor"
  app (basemap and one point) shows what any pydeck map costs with it;
- peak memory (VmHWM) of the `streamlit run` process after those page loads and changes.

Results go to bench/out/results.json; the table prints both apps side by side with ratios,
then PASS/FAIL per budget (defined at 100,000 records). The last line summarises the
largest size run (100,000 records by default).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.browser import CHROMIUM, CHROMIUM_ARGS, LLVMPIPE_ARGS, SWIFTSHADER_ARGS  # noqa: E402

OUT = BENCH / "out"
APPS = {"atlas": ROOT / "app.py", "naive": BENCH / "naive_app.py"}
FLOOR_APP = BENCH / "floor_app.py"  # basemap and one point: what any pydeck map costs in this browser
SIZES = (2_000, 20_000, 100_000)
SEED = 20240313
TYPES_B = ["mou", "exchange", "roadshow"]  # warm-up state
TYPE_LABEL = "Agreement type"
OPTION_LABEL = "MOU"
# WebGL with no GPU: Chromium's own SwiftShader, or Mesa's llvmpipe through ANGLE (Debian's
# libgl1-mesa-dri and libegl-mesa0), several times faster at drawing thousands of arcs and closer
# to what a laptop's GPU does. "auto" takes llvmpipe when Chromium reports it, else SwiftShader.
# The flags are the browser tests' (tests/helpers/browser.py), so both draw alike.
GL_ARGS = {"swiftshader": SWIFTSHADER_ARGS, "llvmpipe": LLVMPIPE_ARGS}
_RENDERER_JS = """() => { const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return '';
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)); }"""
CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
BUDGETS = {  # metric key -> (limit, "max" or "min", label)
    "filter_ms": (150.0, "max", "filter change, server time <= 150 ms"),
    "deck_mb": (2.0, "max", "deck spec per rerun <= 2 MB"),
    "deck_ratio": (10.0, "min", "deck spec >= 10x smaller than naive"),
    "paint_s": (4.0, "max", "first map paint <= 4 s (Chromium)"),
    "update_s": (1.0, "max", "filter change reflected <= 1 s (Chromium)"),
    "memory_mb": (600.0, "max", "app memory (VmHWM) <= 600 MB"),
}


# -- data -------------------------------------------------------------------------------------

def ensure_dataset(n: int, out: Path, seed: int) -> Path:
    """bench/out/<n>, generated again when missing or made by another generator or seed."""
    base = out / str(n)
    digest = hashlib.sha256((BENCH / "generate.py").read_bytes()).hexdigest()[:16]
    stamp = {"n": n, "seed": seed, "generator": digest}
    manifest = base / "manifest.json"
    if manifest.is_file() and json.loads(manifest.read_text()) == stamp:
        return base
    print(f"generating {n} records in {base} ...", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, str(BENCH / "generate.py"), "--sizes", str(n), "--seed", str(seed),
                    "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    manifest.write_text(json.dumps(stamp))
    return base


def data_env(base: Path) -> dict[str, str]:
    return {**os.environ, "ATLAS_DATA_DIR": str(base / "data"), "ATLAS_SEEDS_DIR": str(base / "seeds")}


def store_bench_setup(stack, engines: list[str]):
    """A throwaway PostgreSQL cluster entered on `stack` when `engines` names PostgreSQL, else None."""
    if "postgresql" not in engines:
        return None
    from partnerships.db import throwaway

    return stack.enter_context(throwaway.cluster())


def dataset_env(n: int, out: Path, seed: int) -> tuple[Path, dict[str, str]]:
    """The synthetic data set of `n` records and the environment that points the app at it (the
    database URL left for each engine to set)."""
    base = ensure_dataset(n, out, seed)
    env = data_env(base)
    env.pop("ATLAS_DATABASE_URL", None)
    return base, env


def _proc_cpu_s(pid: int) -> float:
    """CPU seconds (user and system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_mb(pid: int | str = "self") -> dict[str, float]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            out[key] = int(value.split()[0]) / 1024
    return out


# -- workers (each runs in its own process, data chosen by the environment) -------------------

def worker_load() -> dict:
    from geo.gazetteer import default_gazetteer
    from partnerships import store

    t0 = time.perf_counter()
    gaz = default_gazetteer()
    t1 = time.perf_counter()
    result = store.load(gazetteer=gaz)
    t2 = time.perf_counter()
    df = store.records_frame(result.records, gaz)
    t3 = time.perf_counter()
    n, problems = len(result.records), len(result.problems)
    del result
    mem = _proc_mb()
    return {"gazetteer_s": t1 - t0, "load_s": t2 - t1, "frame_s": t3 - t2, "records": n,
            "rows": len(df), "problems": problems, "rss_mb": mem["VmRSS"], "hwm_mb": mem["VmHWM"]}


def worker_apptest(script: str, reruns: int) -> dict:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(script, default_timeout=1800)
    t0, c0 = time.perf_counter(), time.process_time()
    at.run()
    cold, cold_cpu = time.perf_counter() - t0, time.process_time() - c0
    if at.exception:
        raise SystemExit(f"{script} raised: {at.exception[0].message}")

    def deck_bytes() -> int:
        return len(at.get("deck_gl_json_chart")[0].proto.json)

    cpu: list[float] = []

    def choose(types: list[str]) -> float:
        at.multiselect(key="filter_type").set_value(types)
        t, c = time.perf_counter(), time.process_time()
        at.run()
        elapsed = time.perf_counter() - t
        cpu.append(time.process_time() - c)
        if at.exception:
            raise SystemExit(f"{script} raised: {at.exception[0].message}")
        return elapsed

    deck_all = deck_bytes()
    choose(TYPES_B)  # warm up once, on states not measured below
    choose([])
    times, sizes = [], []
    for i in range(reruns):
        times.append(choose(filter_state(i)))
        sizes.append(deck_bytes())
    times_ms = sorted(1000 * x for x in times)
    return {"cold_s": cold, "cold_cpu_s": cold_cpu, "filter_ms": statistics.median(times_ms),
            "filter_cpu_ms": 1000 * statistics.median(cpu[2:]),
            "filter_p90_ms": times_ms[int(0.9 * (len(times_ms) - 1))], "filter_max_ms": times_ms[-1],
            "deck_all_b": deck_all, "deck_max_b": max(sizes, default=deck_all),
            "apptest_hwm_mb": _proc_mb()["VmHWM"], "reruns": reruns}


def filter_state(i: int) -> list[str]:
    """The i-th agreement-type filter: every type but one, then a single type, and so on, so that
    consecutive reruns differ a lot and (for up to 28 reruns) no state repeats."""
    from partnerships.model import TYPES

    ids = list(TYPES)
    pick = ids[(i // 2) % len(ids)]
    return [t for t in ids if t != pick] if i % 2 == 0 else [pick]


def run_worker(args: list[str], env: dict[str, str], *, timeout: float = 3600) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- browser ----------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_health(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("streamlit exited before serving")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("streamlit did not come up")


def _drawn(png: bytes) -> bool:
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB").reduce(2)
    colours = img.getcolors(maxcolors=1 << 20) or []
    total = img.width * img.height
    top = max((c for c, _ in colours), default=total)
    return len(colours) > 8 and top < 0.97 * total


def _idle(page) -> bool:
    """Streamlit is not running the script and nothing on the page is stale."""
    return page.evaluate(
        """() => !document.querySelector('[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"], '
                + '[data-testid="stStatusWidgetRunningManIcon"]')
              && !document.querySelector('[data-stale="true"]')"""
    )


def _shot(page) -> bytes | None:
    canvas = page.locator(CANVAS).first
    if canvas.count() == 0:
        return None
    try:
        return canvas.screenshot(timeout=5000, animations="disabled")
    except Exception:  # the element is being replaced by a rerun
        return None


def wait_painted(page, t0: float, *, differs_from: bytes | None = None, timeout: float = 900) -> float:
    """Seconds from t0 until the deck canvas shows a drawn map (different from `differs_from`)
    that stays the same over the next capture while the app is idle."""
    prev, prev_at = None, 0.0
    deadline = t0 + timeout
    while time.perf_counter() < deadline:
        png = _shot(page)
        at = time.perf_counter()
        ok = png is not None and png != differs_from and _drawn(png) and _idle(page)
        if ok and png == prev:
            return prev_at - t0
        prev, prev_at = (png, at) if ok else (None, 0.0)
        if not ok:
            time.sleep(0.05)
    raise TimeoutError("map not painted in time")


def _type_box(page):
    return page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=TYPE_LABEL)


def webgl_renderer(gl: str) -> str:
    """The WebGL renderer Chromium reports with the flags of `gl` ("" if it has no WebGL 2)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + GL_ARGS[gl])
        try:
            return browser.new_page().evaluate(_RENDERER_JS)
        finally:
            browser.close()


def choose_gl(wanted: str) -> tuple[str, str]:
    """(flag set, renderer string) for --gl: llvmpipe for "auto" when it is there."""
    if wanted == "auto":
        found = webgl_renderer("llvmpipe")
        return ("llvmpipe", found) if "llvmpipe" in found else ("swiftshader", webgl_renderer("swiftshader"))
    return wanted, webgl_renderer(wanted)


def browser_measure(script: Path, env: dict[str, str], *, changes: int, warm_loads: int,
                    gl: str = "swiftshader") -> dict:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    cmd = [str(Path(sys.executable).with_name("streamlit")), "run", str(script), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.enableStaticServing", "true", "--server.fileWatcherType", "none",
           "--server.runOnSave", "false"]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    out: dict = {}
    try:
        _wait_health(port, proc)
        out["idle_mb"] = _proc_mb(proc.pid)["VmRSS"]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + GL_ARGS[gl])
            try:
                def open_page():
                    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
                    page = ctx.new_page()
                    t0 = time.perf_counter()
                    page.goto(url)
                    return ctx, page, wait_painted(page, t0)

                ctx, page, out["paint_cold_s"] = open_page()
                ctx.close()
                paints = []
                for _ in range(warm_loads):
                    if paints:
                        ctx.close()
                    ctx, page, s = open_page()
                    paints.append(s)
                out["paint_s"] = statistics.median(paints)
                updates = []
                box = _type_box(page)
                for i in range(changes):
                    before = _shot(page)
                    box.locator("input").click()
                    if i % 2 == 0:
                        page.keyboard.type(OPTION_LABEL)
                        page.get_by_role("option", name=OPTION_LABEL, exact=True).wait_for(timeout=10000)
                        t0 = time.perf_counter()
                        page.keyboard.press("Enter")
                    else:
                        t0 = time.perf_counter()
                        page.keyboard.press("Backspace")
                    page.keyboard.press("Escape")
                    updates.append(wait_painted(page, t0, differs_from=before, timeout=600))
                out["update_s"] = statistics.median(updates)
                out["update_max_s"] = max(updates)
                ctx.close()
            finally:
                browser.close()
        mem = _proc_mb(proc.pid)
        out["memory_mb"], out["rss_mb"] = mem["VmHWM"], mem["VmRSS"]
    finally:
        stop(proc)
    return out


def stop(proc: subprocess.Popen) -> None:
    """End a server this bench started: terminate, then kill if it lingers."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# -- report -----------------------------------------------------------------------------------

ROWS = [  # key, label, unit scale, format
    ("load_s", "load + validate + table (s)", 1, "{:.2f}"),
    ("load_mb", "  RSS after load (MB)", 1, "{:.0f}"),
    ("cold_s", "first run incl. load, AppTest (s)", 1, "{:.2f}"),
    ("filter_ms", "filter change, server median (ms)", 1, "{:.0f}"),
    ("filter_p90_ms", "filter change, server p90 (ms)", 1, "{:.0f}"),
    ("filter_cpu_ms", "filter change, server CPU median (ms)", 1, "{:.0f}"),
    ("deck_mb", "deck spec, largest per rerun (MB)", 1, "{:.3f}"),
    ("deck_all_mb", "deck spec, unfiltered (MB)", 1, "{:.3f}"),
    ("paint_cold_s", "first paint, cold process (s)", 1, "{:.2f}"),
    ("paint_s", "first paint, data cached (s)", 1, "{:.2f}"),
    ("update_s", "filter change in Chromium (s)", 1, "{:.2f}"),
    ("memory_mb", "app memory VmHWM, streamlit run (MB)", 1, "{:.0f}"),
    ("apptest_mb", "  VmHWM of the AppTest process (MB)", 1, "{:.0f}"),
]


def flatten(r: dict) -> dict:
    """One flat dict of the figures shown, per app."""
    load, at, br = r.get("load", {}), r.get("apptest", {}), r.get("browser", {})
    flat = {
        "load_s": load.get("gazetteer_s", 0) + load.get("load_s", 0) + load.get("frame_s", 0) if load else None,
        "load_mb": load.get("rss_mb"),
        "cold_s": at.get("cold_s"), "filter_ms": at.get("filter_ms"), "filter_p90_ms": at.get("filter_p90_ms"),
        "filter_cpu_ms": at.get("filter_cpu_ms"),
        "deck_mb": max(at["deck_all_b"], at["deck_max_b"]) / 1e6 if at else None,
        "deck_all_mb": at["deck_all_b"] / 1e6 if at else None,
        "paint_cold_s": br.get("paint_cold_s"), "paint_s": br.get("paint_s"), "update_s": br.get("update_s"),
        "memory_mb": br.get("memory_mb"), "apptest_mb": at.get("apptest_hwm_mb"),
    }
    return flat


def _fmt(fmt: str, v) -> str:
    return "-" if v is None else fmt.format(v)


def table(n: int, res: dict) -> list[str]:
    a, b = flatten(res["atlas"]), flatten(res["naive"])
    lo, hi = res.get("loadavg", [0.0, 0.0])
    lines = [f"== {n:,} records (machine load average {lo:.1f} at start, {hi:.1f} at end; 2 cores) ==",
             f"{'':38}{'atlas':>12}{'naive':>12}{'naive/atlas':>13}"]
    for key, label, _, fmt in ROWS:
        ratio = b[key] / a[key] if a[key] and b[key] is not None else None
        lines.append(f"{label:38}{_fmt(fmt, a[key]):>12}{_fmt(fmt, b[key]):>12}{_fmt('{:.1f}x', ratio):>13}")
    return lines


def budgets(res: dict) -> list[tuple[str, float | None, bool | None]]:
    a, b = flatten(res["atlas"]), flatten(res["naive"])
    values = {k: a.get(k) for k in BUDGETS}
    if values["memory_mb"] is None:  # no browser run: the AppTest process held the same data
        values["memory_mb"] = a.get("apptest_mb")
    values["deck_ratio"] = b["deck_mb"] / a["deck_mb"] if a["deck_mb"] and b["deck_mb"] else None
    out = []
    for key, (limit, kind, label) in BUDGETS.items():
        v = values[key]
        ok = None if v is None else (v <= limit if kind == "max" else v >= limit)
        out.append((label, v, ok))
    return out


def summary(n: int, res: dict) -> str:
    a, b = flatten(res["atlas"]), flatten(res["naive"])
    checks = budgets(res)
    passed = sum(1 for _, _, ok in checks if ok)
    known = sum(1 for _, _, ok in checks if ok is not None)

    def f(fmt, v):
        return _fmt(fmt, v)

    ratio = b["deck_mb"] / a["deck_mb"] if a["deck_mb"] and b["deck_mb"] else None
    return (f"{n} records: filter change {f('{:.0f}', a['filter_ms'])} ms (naive {f('{:.0f}', b['filter_ms'])}), "
            f"deck {f('{:.2f}', a['deck_mb'])} MB (naive {f('{:.2f}', b['deck_mb'])}, {f('{:.0f}x', ratio)} smaller), "
            f"first paint {f('{:.2f}', a['paint_s'])} s (naive {f('{:.2f}', b['paint_s'])}), "
            f"update {f('{:.2f}', a['update_s'])} s (naive {f('{:.2f}', b['update_s'])}), "
            f"memory {f('{:.0f}', a['memory_mb'])} MB (naive {f('{:.0f}', b['memory_mb'])}), "
            f"load {f('{:.1f}', a['load_s'])} s: {passed}/{known} budgets PASS"
            + ("" if passed == known else " (" + "; ".join(lbl for lbl, _, ok in checks if ok is False) + " FAIL)"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_load":
        print(json.dumps(worker_load()))
        return 0
    if argv and argv[0] == "_apptest":
        print(json.dumps(worker_apptest(argv[1], int(argv[2]))))
        return 0
    if argv and argv[0] == "_served":
        import store_compare

        print(json.dumps(store_compare.worker_served(argv[1], int(argv[2]))))
        return 0
    if argv and argv[0] == "_fill":
        import store_compare

        print(json.dumps(store_compare.worker_fill()))
        return 0
    if argv and argv[0] == "store":  # the database-backed app against the file-backed one
        return store_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated record counts")
    parser.add_argument("--skip-browser", action="store_true", help="no Chromium: server-side figures only")
    parser.add_argument("--reruns", type=int, default=20, help="AppTest filter changes per app (median)")
    parser.add_argument("--changes", type=int, default=6, help="filter changes in Chromium per app")
    parser.add_argument("--warm-loads", type=int, default=3, help="page loads once data is cached (median)")
    parser.add_argument("--apps", default="atlas,naive", help="which apps to measure")
    parser.add_argument("--gl", choices=["auto", *GL_ARGS], default="auto",
                        help="Chromium's WebGL: llvmpipe (Mesa) or swiftshader; auto: llvmpipe if present")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print the last results.json, measure nothing")
    parser.add_argument("--bundled", action="store_true",
                        help="also the atlas with the bundled data/ in Chromium, as a ratio to the floor")
    parser.add_argument("--national", action="store_true",
                        help="also the atlas with the national layer (data/national/ties.csv) in Chromium, "
                             "as a ratio to the floor")
    args = parser.parse_args(argv)
    if args.report:
        saved = json.loads((args.out / "results.json").read_text())
        floor = saved.pop("floor", None)
        return report(sorted(int(n) for n in saved), saved, floor)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    apps = [a for a in args.apps.split(",") if a in APPS]
    results: dict[str, dict] = {}
    floor = None
    gl, renderer = ("", "") if args.skip_browser else choose_gl(args.gl)
    if not args.skip_browser:
        print(f"WebGL: {gl} ({renderer})", file=sys.stderr, flush=True)
        floor = browser_measure(FLOOR_APP, dict(os.environ), changes=args.changes, warm_loads=args.warm_loads, gl=gl)
        floor["renderer"] = renderer
        print(f"floor browser: {json.dumps(floor)}", file=sys.stderr, flush=True)
        if args.bundled:
            bundled = browser_measure(APPS["atlas"], dict(os.environ), changes=args.changes,
                                      warm_loads=args.warm_loads, gl=gl)
            floor["bundled"] = bundled
            paint = bundled["paint_s"] / floor["paint_s"]
            print(f"bundled data: first paint {bundled['paint_s']:.2f} s = {paint:.2f}x the floor; "
                  f"filter change {bundled['update_s']:.2f} s = "
                  f"{bundled['update_s'] / floor['update_s']:.2f}x", file=sys.stderr, flush=True)
        if args.national:
            floor["national"] = national_measure(floor, changes=args.changes, warm_loads=args.warm_loads, gl=gl)
    for n in sizes:
        base = ensure_dataset(n, args.out, args.seed)
        env = data_env(base)
        load = run_worker(["_load"], env)
        print(f"[{n}] load: {json.dumps(load)}", file=sys.stderr, flush=True)
        res: dict[str, dict] = {name: {} for name in APPS}
        res["loadavg"] = [os.getloadavg()[0]]
        for name in apps:
            res[name]["load"] = load
            res[name]["apptest"] = run_worker(["_apptest", str(APPS[name]), str(args.reruns)], env)
            print(f"[{n}] {name} apptest: {json.dumps(res[name]['apptest'])}", file=sys.stderr, flush=True)
            if not args.skip_browser:
                res[name]["browser"] = browser_measure(APPS[name], env, changes=args.changes,
                                                       warm_loads=args.warm_loads, gl=gl)
                print(f"[{n}] {name} browser: {json.dumps(res[name]['browser'])}", file=sys.stderr, flush=True)
        res["loadavg"].append(os.getloadavg()[0])
        results[str(n)] = res
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "results.json").write_text(json.dumps({**results, "floor": floor}, indent=1))
    return report(sizes, results, floor)


def national_env(tmp: Path, *, tree: Path = ROOT) -> dict[str, str]:
    """The environment of the atlas on a private copy of data/ in `tmp` with the national layer on,
    its database filled (the first start's import, in its own process) by the code of `tree` (a
    revision's database is its own: one made by newer code carries migrations older code refuses)."""
    import shutil

    data = tmp / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("atlas.sqlite*"))
    env = {**os.environ, "ATLAS_DATA_DIR": str(data), "ATLAS_NATIONAL_LAYER": "on",
           "ATLAS_DATABASE_URL": f"sqlite:///{tmp / 'atlas.sqlite'}"}
    subprocess.run([sys.executable, "-c", "from partnerships import store; store.open_store()"],
                   env=env, cwd=tree, check=True)
    return env


def national_measure(floor: dict, *, changes: int, warm_loads: int, gl: str) -> dict:
    """The atlas on a private copy of data/ with the national layer on: the first start's import
    (a fresh database filled from the record files and ties.csv, in its own process), then first
    paint and a filter change in Chromium, each as a ratio to the floor app measured in the same run."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="atlas-national-") as tmp:
        t0 = time.perf_counter()
        env = national_env(Path(tmp))
        out = {"first_start_s": time.perf_counter() - t0}
        out.update(browser_measure(APPS["atlas"], env, changes=changes, warm_loads=warm_loads, gl=gl))
    out["paint_ratio"] = out["paint_s"] / floor["paint_s"]
    out["paint_cold_ratio"] = out["paint_cold_s"] / floor["paint_cold_s"]
    out["update_ratio"] = out["update_s"] / floor["update_s"]
    print(f"national layer: first start (empty database filled) {out['first_start_s']:.1f} s; "
          f"first paint {out['paint_s']:.2f} s vs floor {floor['paint_s']:.2f} s = {out['paint_ratio']:.2f}x "
          f"(budget 1.5x: {'PASS' if out['paint_ratio'] <= 1.5 else 'FAIL'}); cold process "
          f"{out['paint_cold_s']:.2f} s vs {floor['paint_cold_s']:.2f} s = {out['paint_cold_ratio']:.2f}x; "
          f"filter change {out['update_s']:.2f} s vs {floor['update_s']:.2f} s = {out['update_ratio']:.2f}x",
          file=sys.stderr, flush=True)
    return out


def store_main(argv: list[str]) -> int:
    """`python bench/run.py store ...`: see bench/store_compare.py."""
    import store_compare

    parser = argparse.ArgumentParser(prog="bench/run.py store", description=store_compare.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated record counts")
    parser.add_argument("--engines", default="sqlite,postgresql", help="sqlite, postgresql or both")
    parser.add_argument("--reruns", type=int, default=20, help="AppTest filter changes (median)")
    parser.add_argument("--file-rev", default=None, help="git revision of the file-backed app")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print the last store_results.json")
    parser.add_argument("--no-file", action="store_true", help="leave out the file-backed app")
    args = parser.parse_args(argv)
    if args.report:
        results = json.loads((args.out / "store_results.json").read_text())
    else:
        results = store_compare.measure([int(s) for s in args.sizes.split(",") if s.strip()],
                                        engines=[e for e in args.engines.split(",") if e], reruns=args.reruns,
                                        rev=args.file_rev, out=args.out, seed=args.seed, file_app=not args.no_file)
    print("\n".join(store_compare.report(results)))
    return 0


def report(sizes: list[int], results: dict, floor: dict | None) -> int:
    """Print the tables, the floor, the budgets and the one-line summary (last line)."""
    for n in sizes:
        print("\n".join(table(n, results[str(n)])))
        print()
    if floor:
        print(f"Chromium WebGL: {floor.get('renderer', 'SwiftShader')}")
        print(f"floor (basemap and one point, no data): first paint {floor['paint_s']:.2f} s "
              f"(cold {floor['paint_cold_s']:.2f} s), filter change in Chromium {floor['update_s']:.2f} s, "
              f"memory {floor['memory_mb']:.0f} MB")
        print()
    if not sizes:  # `--sizes ''`: only the floor (and --bundled / --national) in Chromium
        return 0
    largest = max(sizes)
    note = "" if largest == 100_000 else f" (budgets are set for 100,000 records; checked here at {largest:,})"
    print(f"budgets at {largest:,} records{note}:")
    for label, value, ok in budgets(results[str(largest)]):
        verdict = "n/a " if ok is None else ("PASS" if ok else "FAIL")
        print(f"  {verdict}  {label}: {_fmt('{:.3g}', value)}")
    print(summary(largest, results[str(largest)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
