"""A new page process on an already filled database: this tree against an older one, side by side.

    python bench/startup_compare.py --sizes 2000,20000,100000 --old-rev main [--engines sqlite,postgresql]

For each size (bench/generate.py data, its database filled once by `bench/run.py _fill` when
missing) and engine, each tree gets its own copy of the same filled database (SQLite: a copy of
the file; PostgreSQL: a database filled on a throwaway cluster, one per tree). Each tree first
runs the page once in a process of its own, unmeasured: the first start after a change (the
schema brought up to date; this tree stores its summaries then). Then, `--rounds` times, old
and new one after the other so that they meet the same machine load, in fresh processes:

- the map page's first run in a new AppTest process (wall and CPU seconds, VmHWM), and the
  server time of filter changes after it (median of --reruns);
- `streamlit run` from process start to the first complete page in headless Chromium, the
  server process's CPU seconds and VmHWM then, and its VmHWM after six filter changes.

Prints every figure per tree and the ratio new / old (medians over the rounds), with the load
average. The old tree (and with --new-rev the new one) is checked out into a temporary git worktree
and run with this virtualenv.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

FIGURES = [("cold_s", "first page, new AppTest process (s)"), ("cold_cpu_s", "  its CPU (s)"),
           ("apptest_hwm_mb", "  VmHWM of that process (MB)"), ("filter_ms", "filter change, server median (ms)"),
           ("filter_cpu_ms", "  its CPU (ms)"), ("served_s", "streamlit run: first page complete (s)"),
           ("served_cpu_s", "  server CPU until then (s)"), ("served_hwm_mb", "  VmHWM then (MB)"),
           ("served_after_mb", "  VmHWM after 6 filter changes (MB)")]


def _sqlite_copy(src: Path, dst: Path) -> None:
    import sqlite3

    if dst.exists():
        return
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def _databases(n: int, engine: str, base: Path, env: dict, pg: str | None, trees: dict[str, Path]) -> dict[str, str]:
    """One filled database per tree (old, new) for this size and engine, each filled by its own tree: their URLs."""
    from store_compare import _run

    if engine == "sqlite":
        filled = base / "data" / "atlas.sqlite"
        if not filled.exists():  # filled by the old tree: the new one brings its copy up to date
            _run([sys.executable, str(BENCH / "run.py"), "_fill"], {**env, "PYTHONPATH": str(trees["old"])},
                 trees["old"])
        out = {}
        for tree in ("old", "new"):
            copy = base / f"startup-{tree}.sqlite"
            _sqlite_copy(filled, copy)
            out[tree] = f"sqlite:///{copy}"
        return out
    from partnerships.db import throwaway

    out = {}
    for tree in ("old", "new"):
        url = throwaway.create_database(pg, f"atlas_startup_{tree}_{n}_{time.time_ns()}")
        _run([sys.executable, str(BENCH / "run.py"), "_fill"],
             {**env, "ATLAS_DATABASE_URL": url, "PYTHONPATH": str(trees[tree])}, trees[tree])
        out[tree] = url
    return out


def _once(tree: Path, url: str, env: dict, what: str, *extra: str) -> dict:
    """One worker of bench/run.py (`_apptest`, `_served`) on `tree`'s app and database `url`."""
    from store_compare import _run

    tree_env = {**env, "ATLAS_DATABASE_URL": url, "PYTHONPATH": str(tree)}
    return _run([sys.executable, str(BENCH / "run.py"), what, str(tree / "app.py"), *extra], tree_env, tree)


def _side_by_side(trees: dict[str, Path], urls: dict[str, str], env: dict, *, rounds: int, reruns: int,
                  label: str) -> dict:
    runs: dict[str, list[dict]] = {tree: [] for tree in trees}
    load = [os.getloadavg()[0]]
    for tree, path in trees.items():  # the first start after a change: not measured
        _once(path, urls[tree], env, "_apptest", "2")
    for _ in range(rounds):
        for tree, path in trees.items():
            got = _once(path, urls[tree], env, "_apptest", str(reruns))
            try:
                got.update(_once(path, urls[tree], env, "_served", "6"))
            except RuntimeError as exc:  # the browser timed out: keep the round's other figures
                print(f"[{label}] {tree}: streamlit run not measured: {str(exc)[-300:]}", file=sys.stderr)
            runs[tree].append(got)
            print(f"[{label}] {tree}: {json.dumps(got)}", file=sys.stderr, flush=True)
    load.append(os.getloadavg()[0])
    return {"runs": runs, "load": load}


def _worktree(stack: ExitStack, rev: str) -> Path:
    path = Path(f"/tmp/atlas-startup-{time.time_ns()}")
    subprocess.run(["git", "worktree", "add", "--detach", str(path), rev], cwd=ROOT, check=True, capture_output=True)
    stack.callback(subprocess.run, ["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, capture_output=True)
    return path


def measure(sizes: list[int], engines: list[str], *, old_rev: str, new_rev: str | None, rounds: int, reruns: int,
            out: Path, seed: int) -> dict:
    from run import dataset_env, store_bench_setup

    results: dict = {}
    with ExitStack() as stack:
        trees = {"old": _worktree(stack, old_rev), "new": _worktree(stack, new_rev) if new_rev else ROOT}
        pg = store_bench_setup(stack, engines)
        for n in sizes:
            base, env = dataset_env(n, out, seed)
            for engine in engines:
                urls = _databases(n, engine, base, env, pg, trees)
                results[f"{n}/{engine}"] = _side_by_side(trees, urls, env, rounds=rounds,
                                                         reruns=reruns, label=f"{n} {engine}")
                out.mkdir(parents=True, exist_ok=True)
                (out / "startup_results.json").write_text(json.dumps(results, indent=1))
    return results


def report(results: dict) -> list[str]:
    lines = []
    for key, res in results.items():
        lo, hi = res["load"]
        lines += [f"== {key} (load average {lo:.1f} at start, {hi:.1f} at end; medians of "
                  f"{len(res['runs']['new'])} rounds) ==", f"{'':42}{'old':>10}{'new':>10}{'new/old':>10}"]
        for fig, label in FIGURES:
            vals = {t: [r[fig] for r in res["runs"][t] if r.get(fig) is not None] for t in ("old", "new")}
            med = {t: statistics.median(v) if v else None for t, v in vals.items()}
            ratio = med["new"] / med["old"] if med["old"] and med["new"] is not None else None
            cells = "".join(f"{'-' if med[t] is None else f'{med[t]:.2f}':>10}" for t in ("old", "new"))
            lines.append(f"{label:42}{cells}{'-' if ratio is None else f'{ratio:.2f}x':>10}")
        lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    import run

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--engines", default="sqlite")
    parser.add_argument("--old-rev", default="main", help="the tree to compare with")
    parser.add_argument("--new-rev", default=None, help="the new tree (default: this working tree as it is)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--reruns", type=int, default=10)
    parser.add_argument("--seed", type=int, default=run.SEED)
    parser.add_argument("--out", type=Path, default=run.OUT)
    parser.add_argument("--report", action="store_true", help="print the last startup_results.json")
    args = parser.parse_args(argv)
    if args.report:
        results = json.loads((args.out / "startup_results.json").read_text())
    else:
        results = measure([int(s) for s in args.sizes.split(",") if s], [e for e in args.engines.split(",") if e],
                          old_rev=args.old_rev, new_rev=args.new_rev, rounds=args.rounds, reruns=args.reruns,
                          out=args.out, seed=args.seed)
    print("\n".join(report(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
