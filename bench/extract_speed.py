"""Extractor speed: articles per second over seeds/ on one core, after the models are loaded.

Both figures depend on what else runs on the machine (its two cores are shared): compare runs
made when it is quiet.  Prints the Kiwi load time (construction plus first call), the gazetteer load time, then the
throughput of `partnerships.extract.extract` over the seed articles (several rounds, one thread),
and over the evaluation articles read once each (no answer the gazetteer kept from an earlier
round helps them: the figure a folder of new articles sees).
Usage: .venv/bin/python bench/extract_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from partnerships.extract import extract, sentences

    t0 = time.perf_counter()
    kiwi_s = sentences.load_seconds()
    t1 = time.perf_counter()
    from geo.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    gaz.find("서울")
    gaz_s = time.perf_counter() - t1
    articles = [(p.name, p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name, data in articles:  # warm-up round (first-call costs)
        extract(data, source_file=name, gazetteer=gaz)
    start = time.perf_counter()
    cpu0 = time.process_time()
    n = 0
    for _ in range(args.rounds):
        for name, data in articles:
            extract(data, source_file=name, gazetteer=gaz)
            n += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    print(f"kiwi load (construct + first call): {kiwi_s:.2f} s")
    print(f"gazetteer load: {gaz_s:.2f} s")
    print(f"models loaded in {time.perf_counter() - t0 - elapsed:.2f} s (incl. warm-up round)")
    print(f"articles: {n} in {elapsed:.2f} s")
    print(f"articles/second (wall clock): {n / elapsed:.1f}")
    print(f"articles/second (CPU time of this process): {n / cpu:.1f}")
    unseen = [(p.name, p.read_bytes()) for p in sorted((ROOT / "eval").glob("*/*.txt"))]
    start, cpu0 = time.perf_counter(), time.process_time()
    for name, data in unseen:
        extract(data, source_file=name, gazetteer=gaz)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu0
    chars = sum(len(d) for _, d in unseen) / len(unseen) / 1000
    print(f"evaluation articles read once each: {len(unseen)} (mean {chars:.1f} KB) in {elapsed:.2f} s, "
          f"{len(unseen) / elapsed:.1f}/s wall clock, {len(unseen) / cpu:.1f}/s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
