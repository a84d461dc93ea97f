"""Progress for long runs: a tqdm bar on a terminal, plain lines elsewhere (logs, pipes, CI).

    with progress.bar(total=120, label="articles") as tick:
        for item in work:
            ...
            tick(item_name)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Tick = Callable[[str], None]


@contextmanager
def bar(*, total: int, label: str, stream: TextIO | None = None, every_s: float = 2.0) -> Iterator[Tick]:
    """A callable to call once per finished item (with its name)."""
    out = stream or sys.stderr
    if out.isatty():
        from tqdm import tqdm

        with tqdm(total=total, desc=label, unit="", file=out, dynamic_ncols=True) as t:
            yield lambda _name: t.update(1)
        return
    done = 0
    last = 0.0

    def tick(name: str) -> None:
        nonlocal done, last
        done += 1
        now = time.monotonic()
        if done == total or done == 1 or now - last >= every_s:
            last = now
            print(f"{label}: {done}/{total} {name}", file=out, flush=True)

    yield tick
