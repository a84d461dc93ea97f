"""The database-backed app side by side with the file-backed one it replaced, in one run.

    python bench/run.py store --sizes 2000,20000            # SQLite and PostgreSQL vs files
    python bench/run.py store --sizes 2000 --engines sqlite

For each size (bench/generate.py data) and each backend, in fresh processes:

- file: the app as it was before the database (checked out in a temporary git worktree at
  `--file-rev`, by default the parent of the commit that added partnerships/db), reading and
  validating data/records/*.json into memory;
- sqlite: this app on `<data>/atlas.sqlite`; postgresql: this app on a throwaway cluster
  (partnerships.db.throwaway). The database is filled from the files first ("fill", once).

Figures: first run of the map page in a new process (AppTest, the database already filled;
"first page served"); `streamlit run` from process start to the first complete page in headless
Chromium, that process's CPU seconds and VmHWM then, and its VmHWM after six filter changes; filter change server time
(median of --reruns AppTest reruns, each to an agreement-type filter not seen before), the deck
spec size, and the peak memory (VmHWM) of the process that ran the page. `--no-file` leaves
the file-backed app out. Ratios are to the file-backed figures of the same run; timings on a
shared machine drift, so only the ratios compare.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def file_rev() -> str:
    """The parent of the commit that added the database package."""
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", "partnerships/db/__init__.py"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    if not out:
        raise SystemExit("cannot find the commit that added partnerships/db; pass --file-rev")
    return out[-1] + "^"


def worker_fill() -> dict:
    """Fill the database from the files (a new database), in this process."""
    from partnerships import store
    from partnerships.db import repo

    t0 = time.perf_counter()
    eng = store.open_store()
    took = time.perf_counter() - t0
    with eng.connect() as conn:
        n = repo.count_records(conn)
    return {"fill_s": took, "records": n, "url": eng.dialect.name}


def worker_served(script: str, changes: int) -> dict:
    """`streamlit run` from process start to the first complete page in headless Chromium, then
    `changes` agreement-type filter changes; the server process's VmHWM after each.

    "served_s": from starting the process to the page's first script run finished with the map
    in the page (the deck element present and the app idle); "health_s": until the server
    answered its health check. Chromium is started before the server, so its start-up is not
    counted.
    """
    from playwright.sync_api import sync_playwright
    from run import (
        CANVAS,
        CHROMIUM,
        CHROMIUM_ARGS,
        GL_ARGS,
        OPTION_LABEL,
        _free_port,
        _idle,
        _proc_cpu_s,
        _proc_mb,
        _type_box,
        _wait_health,
        choose_gl,
        stop,
    )

    port = _free_port()
    cmd = [str(Path(sys.executable).with_name("streamlit")), "run", script, "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.enableStaticServing", "true", "--server.fileWatcherType", "none"]
    out: dict = {}
    gl = choose_gl("auto")[0]  # before this Playwright starts: the probe runs one of its own
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + GL_ARGS[gl])
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=os.environ, cwd=Path(script).resolve().parent, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            _wait_health(port, proc, timeout=600)
            out["health_s"] = time.perf_counter() - t0
            page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.locator(CANVAS).first.wait_for(state="attached", timeout=600_000)
            while not _idle(page):
                time.sleep(0.05)
            out["served_s"] = time.perf_counter() - t0
            out["served_cpu_s"] = _proc_cpu_s(proc.pid)
            out["served_hwm_mb"] = _proc_mb(proc.pid)["VmHWM"]
            box = _type_box(page)
            for i in range(changes):
                box.locator("input").click(timeout=300_000)  # a loaded machine can take long to settle
                if i % 2 == 0:
                    page.keyboard.type(OPTION_LABEL)
                    page.get_by_role("option", name=OPTION_LABEL, exact=True).wait_for(timeout=60_000)
                    page.keyboard.press("Enter")
                else:
                    page.keyboard.press("Backspace")
                page.keyboard.press("Escape")
                time.sleep(0.3)
                while not _idle(page):
                    time.sleep(0.05)
            mem = _proc_mb(proc.pid)
            out["served_after_mb"], out["served_rss_mb"] = mem["VmHWM"], mem["VmRSS"]
        finally:
            browser.close()
            stop(proc)
    return out


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> dict:
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=7200)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def file_data(base: Path, old: Path) -> Path:
    """The generated data as the file-backed app of the tree `old` reads it: the same records, and
    places.csv without the rows of place kinds that app does not know (districts and counties came
    later; the generated records do not use them)."""
    import csv

    kinds = subprocess.run([sys.executable, "-c", "from geo.sources import KINDS; print(' '.join(KINDS))"],
                           cwd=old, capture_output=True, text=True, check=True).stdout.split()
    here = base / "file-data"
    here.mkdir(exist_ok=True)
    if not (here / "records").exists():
        (here / "records").symlink_to(base / "data" / "records")
    with (base / "data" / "places.csv").open(encoding="utf-8", newline="") as src:
        rows = list(csv.DictReader(src))
    with (here / "places.csv").open("w", encoding="utf-8", newline="") as dst:
        writer = csv.DictWriter(dst, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if r["kind"] in kinds)
    return here


def measure(sizes: list[int], *, engines: list[str], reruns: int, rev: str | None, out: Path, seed: int,
            file_app: bool = True) -> dict:
    """Run every backend at every size; returns {size: {backend: figures}}."""
    from run import dataset_env, store_bench_setup  # bench/ is on sys.path (run from bench/run.py)

    results: dict[str, dict] = {}
    rev = rev or file_rev()
    with ExitStack() as stack:
        old = Path(f"/tmp/atlas-file-{os.getpid()}")
        subprocess.run(["git", "worktree", "add", "--detach", str(old), rev], cwd=ROOT, check=True,
                       capture_output=True)
        stack.callback(subprocess.run, ["git", "worktree", "remove", "--force", str(old)], cwd=ROOT,
                       capture_output=True)
        pg = store_bench_setup(stack, engines)
        for n in sizes:
            base, env = dataset_env(n, out, seed)
            res: dict[str, dict] = {}
            file_env = {**env, "PYTHONPATH": str(old), "ATLAS_DATA_DIR": str(file_data(base, old))}
            res["file"] = {} if not file_app else _run(
                [sys.executable, str(old / "bench" / "run.py"), "_apptest", str(old / "app.py"), str(reruns)],
                file_env, old)
            print(f"[{n}] file: {json.dumps(res['file'])}", file=sys.stderr, flush=True)
            for engine in engines:
                db_env = dict(env)
                if engine == "sqlite":
                    db_file = base / "data" / "atlas.sqlite"
                    for extra in ("", "-wal", "-shm"):
                        Path(f"{db_file}{extra}").unlink(missing_ok=True)
                else:
                    from partnerships.db import throwaway

                    db_env["ATLAS_DATABASE_URL"] = throwaway.create_database(pg, f"atlas_bench_{n}_{time.time_ns()}")
                fill = _run([sys.executable, str(BENCH / "run.py"), "_fill"], db_env, ROOT)
                page = _run([sys.executable, str(BENCH / "run.py"), "_apptest", str(ROOT / "app.py"), str(reruns)],
                            db_env, ROOT)
                served = _run([sys.executable, str(BENCH / "run.py"), "_served", str(ROOT / "app.py"), "6"],
                              db_env, ROOT)
                res[engine] = {**fill, **page, **served}
                print(f"[{n}] {engine}: {json.dumps(res[engine])}", file=sys.stderr, flush=True)
            results[str(n)] = res
            out.mkdir(parents=True, exist_ok=True)
            (out / "store_results.json").write_text(json.dumps(results, indent=1))
    return results


ROWS = [
    ("fill_s", "fill the database from the files (s)", "{:.1f}"),
    ("cold_s", "first page, new process (s)", "{:.2f}"),
    ("filter_ms", "filter change, server median (ms)", "{:.0f}"),
    ("filter_p90_ms", "filter change, server p90 (ms)", "{:.0f}"),
    ("filter_cpu_ms", "filter change, server CPU median (ms)", "{:.0f}"),
    ("deck_mb", "deck spec, largest (MB)", "{:.3f}"),
    ("apptest_hwm_mb", "VmHWM of the page's process (MB)", "{:.0f}"),
    ("health_s", "streamlit run: health check answered (s)", "{:.2f}"),
    ("served_s", "streamlit run: first page complete (s)", "{:.2f}"),
    ("served_hwm_mb", "streamlit run: VmHWM after it (MB)", "{:.0f}"),
    ("served_after_mb", "  ... after 6 filter changes (MB)", "{:.0f}"),
]


def report(results: dict) -> list[str]:
    """One table per size: each backend's figures and its ratio to the file-backed app."""
    lines = []
    for n, res in results.items():
        for r in res.values():
            r["deck_mb"] = max(r.get("deck_all_b", 0), r.get("deck_max_b", 0)) / 1e6
        names = list(res)
        head = f"{'':40}" + "".join(f"{k:>12}" for k in names) + "".join(f"{k + '/file':>16}" for k in names[1:])
        lines += [f"== {int(n):,} records ==", head]
        for key, label, fmt in ROWS:
            vals = [res[k].get(key) for k in names]
            cells = "".join(f"{'-' if v is None else fmt.format(v):>12}" for v in vals)
            base = res["file"].get(key)
            ratios = "".join(f"{'-' if not base or v is None else f'{v / base:.2f}x':>16}" for v in vals[1:])
            lines.append(f"{label:40}{cells}{ratios}")
        lines.append("")
    return lines
