"""trafilatura against the hand-written cleaner on noisy saved pages.

    .venv/bin/python bench/html_cleaners.py

Pages: tests/fixtures/pages/make_pages.py (each test article in a news-portal, a blog and a
government press layout, with menus, ads, related-article lists, comments and sidebars that name
agreements of their own). For each cleaner it reports
- kept: share of the article's lines (15+ characters) found in the cleaned text,
- noise: share of pages whose cleaned text still holds an injected noise sentence,
- records: the extractor's (type, Korean place, partner) triples against the article's expected
  records (eval/dev/*.expected.json): found, missed, and extra (false) ones,
- ms/page for the cleaning alone, both cleaners timed side by side in this run.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import default_gazetteer  # noqa: E402
from partnerships.extract import extract  # noqa: E402
from partnerships.extract.clean import decode  # noqa: E402
from partnerships.extract.errors import ArticleError  # noqa: E402
from partnerships.ingest.html import main_text  # noqa: E402


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _squash(text: str) -> str:
    return " ".join(text.split())


def _triples(records) -> set[tuple]:
    return {(r["type"], tuple(sorted(r["korean_places"])), tuple(sorted(r.get("partner_places") or ())))
            for r in records}


def measure(method: str, pages, gaz) -> dict:
    kept = total = noisy = found = missed = extra = 0
    seconds = 0.0
    for page in pages:
        raw = decode(page.data)
        t0 = time.perf_counter()
        text = main_text(raw, method=method).text
        seconds += time.perf_counter() - t0
        flat = _squash(text)
        lines = [x for x in page.lines if len(x) >= 15]
        kept += sum(1 for x in lines if _squash(x) in flat)
        total += len(lines)
        noisy += any(n in flat for n in _load_pages().NOISE)
        expected = json.loads((ROOT / "eval/dev" / f"{page.article}.expected.json").read_text("utf-8"))
        try:
            got = extract(text, gazetteer=gaz).candidates
        except ArticleError:
            got = []
        want, have = _triples(expected), _triples(got)
        found += len(want & have)
        missed += len(want - have)
        extra += len(have - want)
    return {"method": method, "kept": kept / total, "noisy_pages": noisy / len(pages), "found": found,
            "missed": missed, "extra": extra, "ms_per_page": 1000 * seconds / len(pages)}


_pages_mod = None


def _load_pages():
    global _pages_mod
    if _pages_mod is None:
        _pages_mod = _load(ROOT / "tests/fixtures/pages/make_pages.py", "make_pages")
    return _pages_mod


def main() -> None:
    pages = _load_pages().pages()
    gaz = default_gazetteer()
    extract("서울시는 2024년 3월 13일 덴마크 오덴세와 업무협약을 체결했다.", gazetteer=gaz)  # load the analyser
    t0 = time.perf_counter()
    for method in ("cleaner", "trafilatura"):  # imports and first-call set-up are not per-page costs
        for page in pages[:3]:
            main_text(decode(page.data), method=method)
    print(f"warm-up (imports, first calls): {time.perf_counter() - t0:.1f} s")
    articles = len({p.article for p in pages})
    print(f"{len(pages)} pages ({articles} articles x {len(pages) // articles} layouts)")
    print(f"{'cleaner':<12} {'kept':>6} {'noisy pages':>12} {'found':>6} {'missed':>7} {'extra':>6} {'ms/page':>8}")
    for method in ("cleaner", "trafilatura"):
        r = measure(method, pages, gaz)
        print(f"{r['method']:<12} {r['kept']:>6.1%} {r['noisy_pages']:>12.1%} {r['found']:>6} {r['missed']:>7} "
              f"{r['extra']:>6} {r['ms_per_page']:>8.1f}")


if __name__ == "__main__":
    main()
