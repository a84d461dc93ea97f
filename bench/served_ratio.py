"""`streamlit run` to the first complete page in headless Chromium: the atlas against the floor app.

    python bench/served_ratio.py [--rounds 5] [--size 100000]

Issue 12 asks for the first page within 3 s of `streamlit run` starting. Any Streamlit page with
a pydeck map needs some of that whatever its data: the floor app (bench/floor_app.py: the
basemap and one point) is measured the same way, so the figure that tells the atlas's own cost
is the ratio. Each round starts the floor app, then the atlas, each in a fresh `streamlit run`
process (`bench/run.py _served`: Chromium started first, the clock from process start to the
page's first run finished with the map in it), so that both meet the same machine load.

With --size N the atlas reads bench/generate.py's set of N records (bench/out/N, made when
missing) from a database filled once beforehand (`bench/run.py _fill`, not timed); the engine is
SQLite unless ATLAS_DATABASE_URL is set. Without it, the bundled data/.

Prints, per round and as medians: seconds to the first complete page and the server's CPU
seconds until then, for each app, and the ratios atlas / floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))


def main() -> int:
    from run import FLOOR_APP, OUT, SEED, data_env, ensure_dataset
    from store_compare import _run

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=0, help="records of a generated set (0: the bundled data)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if args.size:
        env = {**data_env(ensure_dataset(args.size, OUT, SEED)), "PYTHONPATH": str(ROOT)}
        filled = _run([sys.executable, str(BENCH / "run.py"), "_fill"], env, ROOT)
        print(f"database: {filled['records']} records ({filled['url']})", flush=True)
    apps = {"floor": FLOOR_APP, "atlas": ROOT / "app.py"}
    got: dict[str, list[dict]] = {name: [] for name in apps}
    for i in range(args.rounds):
        for name, script in apps.items():
            got[name].append(_run([sys.executable, str(BENCH / "run.py"), "_served", str(script), "0"], env, ROOT))
        print(f"round {i + 1}: " + "  ".join(
            f"{name} {got[name][-1]['served_s']:.2f} s (CPU {got[name][-1]['served_cpu_s']:.2f} s)" for name in apps),
            flush=True)
    print(f"with {os.getloadavg()[0]:.1f} load average at the end; medians of {args.rounds} rounds:")
    for key, label in (("served_s", "first complete page (s)"), ("served_cpu_s", "server CPU until then (s)"),
                       ("health_s", "health check answered (s)"), ("served_hwm_mb", "server VmHWM then (MB)")):
        floor, atlas = (statistics.median(r[key] for r in got[name]) for name in apps)
        print(f"  {label:28} floor {floor:7.2f}   atlas {atlas:7.2f}   atlas/floor {atlas / floor:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
