"""Filling an empty database from the files: this tree against an older one, side by side.

    python bench/fill_compare.py --sizes 2000,20000 --old-rev HEAD~1 [--engines sqlite,postgresql]

Each fill runs in a fresh process (`bench/run.py _fill`) on bench/generate.py data, old and new
one after the other for each size and engine, so the two meet the same machine load. The old
tree is checked out into a temporary git worktree and run with this virtualenv. PostgreSQL runs
on a throwaway cluster (partnerships.db.throwaway), a new database per fill.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import run
    from store_compare import _run

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--old-rev", default=None, help="the tree to compare with (none: this tree only)")
    args = parser.parse_args(argv)
    engines = [e for e in args.engines.split(",") if e]
    with ExitStack() as stack:
        trees = {"new": ROOT}
        if args.old_rev:
            old = Path(f"/tmp/atlas-fill-old-{time.time_ns()}")
            subprocess.run(["git", "worktree", "add", "--detach", str(old), args.old_rev], cwd=ROOT, check=True,
                           capture_output=True)
            stack.callback(subprocess.run, ["git", "worktree", "remove", "--force", str(old)], cwd=ROOT,
                           capture_output=True)
            trees = {"old": old, "new": ROOT}
        pg = None
        if "postgresql" in engines:
            from partnerships.db import throwaway

            pg = stack.enter_context(throwaway.cluster())
        for n in [int(x) for x in args.sizes.split(",") if x]:
            base = run.ensure_dataset(n, run.OUT, run.SEED)
            for engine in engines:
                took = {}
                for name, tree in trees.items():
                    env = {**run.data_env(base), "PYTHONPATH": str(tree)}
                    env.pop("ATLAS_DATABASE_URL", None)
                    if engine == "sqlite":
                        db = Path(f"/tmp/atlas-fill-{name}-{n}.sqlite")
                        for extra in ("", "-wal", "-shm"):
                            Path(f"{db}{extra}").unlink(missing_ok=True)
                        env["ATLAS_DATABASE_URL"] = f"sqlite:///{db}"
                    else:
                        from partnerships.db import throwaway

                        env["ATLAS_DATABASE_URL"] = throwaway.create_database(pg, f"atlas_fill_{name}_{n}")
                    got = _run([sys.executable, str(tree / "bench" / "run.py"), "_fill"], env, tree)
                    took[name] = got["fill_s"]
                    print(f"{n:>7,} {engine:<10} {name}: {got['fill_s']:.1f} s, {got['records']} records", flush=True)
                if "old" in took:
                    print(f"{n:>7,} {engine:<10} new/old: {took['new'] / took['old']:.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
