"""What each per-table cache saves: the work it keeps, timed once cold and once from the cache.

    python bench/table_caches.py            # 20,000 synthetic records (bench/generate.py)
    python bench/table_caches.py --n 2000

Prints, per cache, milliseconds without it (worked out afresh), with it (answered from the cache)
and their ratio; the machine's speed drifts, so read the ratios.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench.generate import generate
from geo.gazetteer import default_gazetteer
from partnerships import frame_index, query, search
from partnerships.model import Record
from partnerships.query import Filters
from partnerships.store import records_frame
from ui.shell import filters


def _ms(work: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    args = parser.parse_args(argv)
    gaz = default_gazetteer()
    df = records_frame([Record.from_dict(d) for d in generate(args.n, gazetteer=gaz)], gaz)
    plain = df.copy()
    plain.attrs.clear()  # the same table without its index
    chosen = Filters(sectors=("robotics",), regions=("Europe",))
    rows = [
        ("filter choices (ui.shell.filters.options)", lambda: filters._options(df), lambda: filters.options(df)),
        ("search one word (partnerships.search)", lambda: search._search(df, "seoul"),
         lambda: search.matches(df, "seoul")),
        ("list filters (frame_index vs per-row tuples)", lambda: query.apply(plain, chosen),
         lambda: query.apply(df, chosen)),
        ("index of the table (frame_index.build, once per table)", lambda: frame_index.build(df), lambda: None),
    ]
    filters.options(df)
    search.matches(df, "seoul")
    print(f"{len(df):,} records")
    for name, cold, warm in rows:
        a, b = _ms(cold), _ms(warm)
        print(f"{name:58s} {a:9.2f} ms  {b:9.3f} ms  x{a / max(b, 1e-3):,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
