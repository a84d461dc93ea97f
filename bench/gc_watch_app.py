"""app.py with Python's full garbage collections written to $ATLAS_GC_LOG (one "ms" line each).

Run by bench/gc_pauses.py. With ATLAS_GC_NO_FREEZE=1, gc.freeze() does nothing, so the same
run shows what the page cost before the loaded records were taken out of collection.
"""

import gc
import os
import runpy
import time
from pathlib import Path

if not any(getattr(cb, "__name__", "") == "_atlas_watch" for cb in gc.callbacks):
    _started: list[float] = []

    def _atlas_watch(phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            _started.append(time.perf_counter())
        elif _started:
            with open(os.environ["ATLAS_GC_LOG"], "a") as log:
                log.write(f"{1000 * (time.perf_counter() - _started.pop()):.1f}\n")

    gc.callbacks.append(_atlas_watch)
    if os.environ.get("ATLAS_GC_NO_FREEZE") == "1":
        gc.freeze = lambda: None

runpy.run_path(str(Path(__file__).resolve().parent.parent / "app.py"), run_name="__main__")
