"""Review time of a pasted article by its size: `partnerships.intake.prepare` (read, duplicate
check, extraction) on articles of about 6, 30 and 200 KB made of the seed articles, after the
models are loaded, plus how a 1 MB paste is refused.

A long feature article is about 30 KB of text; the review should take well under 2 s for it.
Timings drift with the machine's load: compare the sizes within one run (ratios), not runs.
Usage: .venv/bin/python bench/review_speed.py [--rounds N]
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


def article_of(size: int, parts: list[str]) -> str:
    """Seed articles joined until `size` bytes of UTF-8 (cut at a paragraph). Each copy's
    paragraphs are numbered, so no sentence repeats (no cache answers for the repeats)."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        for para in parts[i % len(parts)].split("\n"):
            para = f"{para} ({i})" if para.strip() else para
            out.append(para)
            total += len(para.encode("utf-8")) + 1
            if total >= size:
                break
        i += 1
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from geo.gazetteer import default_gazetteer
    from partnerships import intake
    from partnerships.extract import sentences

    sentences.load_seconds()
    gaz = default_gazetteer()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    intake.prepare(article_of(3_000, seeds), gazetteer=gaz)  # warm-up (numbered: not a stored article)
    print(f"{'size':>8} {'best s':>8} {'records':>8}")
    for size in (6_000, 30_000, 200_000, 1_000_000):
        text = article_of(size, seeds)
        best = float("inf")
        outcome = ""
        for _ in range(args.rounds):
            start = time.perf_counter()
            try:
                found = intake.prepare(text, gazetteer=gaz)
                outcome = str(len(found.candidates))
            except intake.IntakeError as exc:
                outcome = f"refused ({exc.code}: {exc})"
            best = min(best, time.perf_counter() - start)
        print(f"{len(text.encode('utf-8')) // 1000:>6} KB {best:>8.2f} {outcome:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
