"""The Map page at several git revisions, side by side in Chromium, as ratios to the floor app.

    python bench/compare_pages.py 6ad2d26 HEAD                      # bundled data and 100,000 records
    python bench/compare_pages.py HEAD~1 HEAD --rounds 3 --data bundled,national,100000

Each revision is exported (`git archive`) to a temporary folder and its app.py run with this
checkout's virtualenv. Every round measures the floor app (bench/floor_app.py) first, then each
revision on each data set with bench/run.py's browser_measure (first paint of a new session once
the data is cached, and a filter change on screen); a figure is the page's time over the floor's
of the same round. The medians over the rounds are printed last. On a shared machine, run at least
two rounds and trust only differences larger than the spread between rounds. With --floor-each
the floor is measured again right before every page, and each page's ratio is to that floor: a
round takes minutes, and this machine's speed drifts within one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

import run

ROOT = run.ROOT


def export(rev: str, into: Path) -> Path:
    """A copy of the repository's files at `rev` (no data made at run time, no virtualenv)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def data_env(name: str, seed: int, tmp: Path) -> dict[str, str]:
    """"bundled": this checkout's data/; "national": a copy of it with the national layer on (a
    database filled in `tmp`); a number: bench/run.py's synthetic data of that size."""
    if name == "bundled":
        return {**os.environ, "ATLAS_DATA_DIR": str(ROOT / "data")}
    if name == "national":
        return run.national_env(tmp / "national")
    return run.data_env(run.ensure_dataset(int(name), run.OUT, seed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revs", nargs="+", help="git revisions to compare (first: the reference)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", default="bundled,100000", help="bundled and/or record counts")
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--warm-loads", type=int, default=3)
    parser.add_argument("--seed", type=int, default=run.SEED)
    parser.add_argument("--floor-each", action="store_true", help="measure the floor before every page")
    args = parser.parse_args()
    sets = [s for s in args.data.split(",") if s]
    gl, renderer = run.choose_gl("auto")
    print(f"WebGL: {renderer}", flush=True)
    ratios: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="atlas-pages-") as tmp:
        (Path(tmp) / "national").mkdir()
        envs = {s: data_env(s, args.seed, Path(tmp)) for s in sets}
        apps = {rev: export(rev, Path(tmp) / f"r{i}") / "app.py" for i, rev in enumerate(args.revs)}
        for r in range(args.rounds):
            floor = run.browser_measure(run.FLOOR_APP, dict(os.environ), changes=args.changes,
                                        warm_loads=args.warm_loads, gl=gl)
            print(f"round {r}: floor first paint {floor['paint_s']:.2f} s, filter change {floor['update_s']:.2f} s "
                  f"(load average {os.getloadavg()[0]:.1f})", flush=True)
            for rev, app in apps.items():
                for s in sets:
                    if args.floor_each and (rev, s) != (args.revs[0], sets[0]):
                        floor = run.browser_measure(run.FLOOR_APP, dict(os.environ), changes=args.changes,
                                                    warm_loads=args.warm_loads, gl=gl)
                        print(f"round {r}: floor first paint {floor['paint_s']:.2f} s, filter change "
                              f"{floor['update_s']:.2f} s (load average {os.getloadavg()[0]:.1f})", flush=True)
                    m = run.browser_measure(app, envs[s], changes=args.changes, warm_loads=args.warm_loads, gl=gl)
                    pair = (m["paint_s"] / floor["paint_s"], m["update_s"] / floor["update_s"])
                    ratios.setdefault((rev, s), []).append(pair)
                    print(f"round {r}: {rev:>12} {s:>8}  first paint {pair[0]:.2f}x ({m['paint_s']:.2f} s), "
                          f"filter change {pair[1]:.2f}x ({m['update_s']:.2f} s)", flush=True)
    print("medians over the rounds (ratio to the floor):")
    for (rev, s), pairs in ratios.items():
        print(f"{rev:>12} {s:>8}  first paint {statistics.median(p for p, _ in pairs):.2f}x, "
              f"filter change {statistics.median(u for _, u in pairs):.2f}x  ({len(pairs)} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
