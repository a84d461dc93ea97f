"""How often the reader finds a page's publication date by itself.

Every evaluation article whose `.meta.json` gives `published` is read without that date, as
`extract FILE` would read it; the date the reader settles on is compared with the given one.
Prints the counts (right, wrong, none found) and each article that missed.
Usage: .venv/bin/python bench/page_dates.py [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.gazetteer import default_gazetteer  # noqa: E402
from partnerships.extract import extract  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    args = parser.parse_args()
    gazetteer = default_gazetteer()
    counts = {"right": 0, "wrong": 0, "none": 0}
    misses = []
    for meta in sorted((ROOT / "eval").glob("heldout*/*.meta.json")):
        given = (json.loads(meta.read_text(encoding="utf-8")).get("published") or "")[:10]
        stem = meta.name.removesuffix(".meta.json")
        article = next((p for p in (meta.with_name(stem + ".txt"), meta.with_name(stem + ".html")) if p.exists()), None)
        if not given or article is None:
            continue
        found = extract(article.read_bytes(), gazetteer=gazetteer)
        got = str(found.published or "")
        kind = "right" if got == given else "none" if not got else "wrong"
        counts[kind] += 1
        if kind != "right":
            misses.append(f"{kind:5} {article.relative_to(ROOT)}: given {given}, read {got or '-'} "
                          f"({found.published_basis[:80]})")
    total = sum(counts.values())
    print(f"{total} articles: right {counts['right']} ({counts['right'] / total:.0%}), "
          f"wrong {counts['wrong']}, none found {counts['none']}")
    if not args.quiet:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
