"""Speed of the two bulk paths, into a throwaway SQLite store.

    .venv/bin/python bench/intake_speed.py [--copies N] [--table-only]

- ingest: the fixture folder (tests/fixtures/pages: 27 noisy pages, plus the 9 articles of
  eval/dev as .txt) read with one process and with every core, side by side in this
  run (each from a fresh store, pool start-up included), then once more on the same folder (all
  duplicates). Prints articles/s. `--copies N` adds N-1 distinct variants of each .txt article
  (a larger folder, where starting the workers weighs less).
- import-table: a 2,000-row .xlsx (tests/fixtures/tables/make_tables.py `big_sheet`), first
  import and re-import, then the same rows under three other file names (new rows, each import
  meeting a longer history). Prints rows/s; the budget is 2,000 rows in under 30 s.
Timings drift on a shared machine: compare the ratios within one run.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _fresh_store(tmp: Path, name: str):
    from geo.gazetteer import default_gazetteer
    from partnerships import store
    from partnerships.proposals import DbProposals

    data = tmp / name
    (data / "records").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "places.csv", data / "places.csv")
    os.environ["ATLAS_DATA_DIR"] = str(data)
    os.environ.pop("ATLAS_DATABASE_URL", None)
    return DbProposals(store.open_store(), "bench", default_gazetteer(), check_role=False)


def bench_ingest(tmp: Path, copies: int) -> None:
    from partnerships.ingest import run_batch

    folder = tmp / "clips"
    from tests.fixtures.pages import make_pages

    make_pages.write_all(folder)
    for p in sorted((ROOT / "eval/dev").glob("*.txt")):
        shutil.copy(p, folder / p.name)
    for k in range(2, copies + 1):  # distinct articles: each copy gains a line of its own
        for p in sorted(folder.glob("*.txt")) if k else ():
            if "_copy" not in p.name:
                p.with_name(f"{p.stem}_copy{k}.txt").write_text(p.read_text("utf-8") + f"\n(사본 {k})\n", "utf-8")
    n = len(list(folder.iterdir()))
    cores = os.cpu_count() or 1
    print(f"ingest: {n} files ({cores} cores)")
    # every core first: as in the command line, the analyser is not loaded here yet, so the
    # workers are forked with the gazetteer already built; then one process, in this one
    for label, workers in ((f"{cores} processes", cores), ("1 process", 1)):
        sink = _fresh_store(tmp, f"store-{workers}")
        t0 = time.perf_counter()
        s = run_batch([folder], sink=sink, workers=workers)
        dt = time.perf_counter() - t0
        t1 = time.perf_counter()
        again = run_batch([folder], sink=sink, workers=workers)
        dt2 = time.perf_counter() - t1
        print(f"  {label:<12} {dt:6.1f} s  {s.articles / dt:5.2f} articles/s  ({s.proposed} records, "
              f"{len(s.failures)} failures); again: {dt2:5.1f} s, {len(again.duplicates)} duplicates, "
              f"{again.proposed} new")


def bench_table(tmp: Path) -> None:
    from sqlalchemy import text

    from geo.gazetteer import default_gazetteer
    from partnerships.tables import plan

    path = tmp / "big.xlsx"
    from tests.fixtures.tables import make_tables

    make_tables.big_sheet(path, 2000)
    data = path.read_bytes()
    gaz = default_gazetteer()
    sink = _fresh_store(tmp, "store-table")
    for label in ("first import", "re-import"):
        t0 = time.perf_counter()
        p = plan.plan(data, "big.xlsx")
        t_read = time.perf_counter() - t0
        r = p.run(sink=sink, gaz=gaz)
        dt = time.perf_counter() - t0
        print(f"import-table {label}: {r.rows} rows in {dt:5.1f} s ({r.rows / dt:6.0f} rows/s; reading the sheet "
              f"{t_read:4.1f} s) added {r.added}, unchanged {r.unchanged}, errors {len(r.errors)}; "
              f"budget 30 s: {'ok' if dt < 30 else 'OVER'}")
    # the same rows under other file names are new rows: each import meets a longer history
    for k in (2, 3, 4):
        with sink.eng.connect() as conn:
            history = conn.execute(text("select count(*) from audit")).scalar()
        t0 = time.perf_counter()
        r = plan.plan(data, f"big-{k}.xlsx").run(sink=sink, gaz=gaz)
        dt = time.perf_counter() - t0
        print(f"import-table another file, {history} history lines before it: {r.added} added in {dt:5.1f} s "
              f"({r.rows / dt:6.0f} rows/s)")


def main() -> None:
    copies = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 1
    from geo.gazetteer import default_gazetteer

    t0 = time.perf_counter()
    default_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.1f} s (not counted below)")
    with tempfile.TemporaryDirectory(prefix="atlas-intake-bench-") as tmp:
        bench_table(Path(tmp))
        if "--table-only" not in sys.argv:
            bench_ingest(Path(tmp), copies)


if __name__ == "__main__":
    main()
