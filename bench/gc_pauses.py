"""Full garbage collections in the running app during filter changes, with and without freezing
the loaded records (ui/shell/data.py), at one dataset size.

    python bench/gc_pauses.py                 # 100,000 records, 6 filter changes in Chromium

It starts `streamlit run` on bench/gc_watch_app.py twice (once with gc.freeze disabled), opens
the page in headless Chromium and makes the filter changes of bench/run.py, then prints the
number and total time of the full collections after the data was loaded. AppTest reruns do not
show them: the collections come from the server's own allocations (messages, websocket).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402  (bench/run.py: data, browser driver)

WATCH_APP = Path(__file__).resolve().parent / "gc_watch_app.py"


def measure(n: int, *, freeze: bool, changes: int, gl: str) -> dict:
    """Full collections (count, total ms, longest ms) over warm page loads and filter changes."""
    env = run.data_env(run.ensure_dataset(n, run.OUT, run.SEED))
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "gc.log"
        env.update(ATLAS_GC_LOG=str(log), ATLAS_GC_NO_FREEZE="0" if freeze else "1")
        # The cold load's own collections come before the reruns measured; drop them by
        # counting only after the first page is painted (run.browser_measure's cold load).
        marks: list[int] = []
        original = run.wait_painted

        def wait_and_mark(*args, **kwargs):
            took = original(*args, **kwargs)
            if not marks:
                marks.append(len(log.read_text().split()) if log.exists() else 0)
            return took

        run.wait_painted = wait_and_mark
        try:
            browser = run.browser_measure(WATCH_APP, env, changes=changes, warm_loads=2, gl=gl)
        finally:
            run.wait_painted = original
        pauses = [float(x) for x in (log.read_text().split() if log.exists() else [])][marks[0]:]
    return {"count": len(pauses), "total_ms": sum(pauses), "max_ms": max(pauses, default=0.0),
            "update_s": browser["update_s"], "paint_s": browser["paint_s"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--gl", choices=["auto", *run.GL_ARGS], default="auto")
    args = parser.parse_args(argv)
    gl, _ = run.choose_gl(args.gl)
    for freeze in (True, False):
        r = measure(args.size, freeze=freeze, changes=args.changes, gl=gl)
        print(f"{args.size:,} records, {'records frozen' if freeze else 'no freeze    '}: "
              f"{r['count']} full collections after 2 page loads and {args.changes} filter changes, "
              f"{r['total_ms']:.0f} ms in all (longest {r['max_ms']:.0f} ms); "
              f"paint {r['paint_s']:.2f} s, filter change on screen {r['update_s']:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
