"""A batch of article files -> proposed records in the store, on every core, with a summary.

Running it again on the same files adds nothing: an article whose text (normalized, hashed) is
already held is counted as a duplicate and not read again, and a record for an agreement that is
already published is not proposed again but listed as a merge offer.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerships.ingest.sources import ArticleFile, Failure, collect, display_name, numbered
from partnerships.ingest.worker import ArticleResult, Options, extract_into, prepare
from partnerships.proposals import ProposalStore
from partnerships.terminal import printable

MIN_POOL = 200  # fewer new articles are read in this process: a worker takes ~3 s to load the analyser,
# an article ~30 ms to extract (bench/intake_speed.py), so a pool only pays for big folders


@dataclass
class Summary:
    """What a batch did."""

    files: int = 0
    articles: int = 0  # read and stored
    proposed: int = 0  # records proposed
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    merges: list[tuple[str, str, str]] = field(default_factory=list)  # (file, proposed id, published id)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    no_records: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    # (file, records proposed, why none) per article read
    read: list[tuple[str, int, str]] = field(default_factory=list)
    # (file, stored name, record) for each record proposed: what the people bringing them in check first
    records: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    seconds: float = 0.0

    def rows(self) -> list[tuple[str, int]]:
        """The counts, as (label, number) rows."""
        return [("files", self.files), ("articles read", self.articles), ("records proposed", self.proposed),
                ("duplicates skipped", len(self.duplicates) + len(self.merges)),
                ("articles without a partnership", len(self.no_records)), ("failures", len(self.failures))]

    def table(self) -> str:
        """The summary as a plain-text table, then the duplicates and failures with their reasons."""
        width = max(len(label) for label, _ in self.rows())
        lines = [f"{label:<{width}}  {n:>6}" for label, n in self.rows()]
        if self.seconds:
            lines.append(f"{'seconds':<{width}}  {self.seconds:>6.1f}")
        for title, items in (("duplicates", [f"{f}: {why}" for f, why in self.duplicates]
                              + [f"{f}: {rid} is already published as {pid} (offered as a merge)"
                                 for f, rid, pid in self.merges]),
                             ("failures", [f"{f}: {why}" for f, why in self.failures]),
                             ("no partnership found", [f"{f}: {why}" for f, why in self.no_records])):
            if items:  # names from the files: control characters shown, never sent to the terminal
                lines += ["", f"{title}:", *(f"  {printable(x)}" for x in items)]
        return "\n".join(lines)


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the loaded gazetteer with the workers, but only while this process runs one thread
    # (a web server's threads may hold locks at fork time) and has not loaded the morphological
    # analyser (a worker forked after it hangs: seen on this machine). Otherwise each worker starts clean.
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "kiwipiepy" not in sys.modules and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def run_batch(
    paths: Iterable[Path] | None = None, *, sink: ProposalStore, options: Options | None = None,
    files: Iterable[ArticleFile | Failure] | None = None, workers: int | None = None,
    on_done: Callable[[str], None] | None = None, seconds: float | None = None,
) -> Summary:
    """Read every article under `paths` (or the given `files`) and store its proposed records. With
    `seconds`, articles not read by then are left unread and listed as failures (nothing of them is
    stored, so the same files read again pick them up)."""
    start = time.perf_counter()
    options = options or Options()
    summary = Summary()
    items: list[ArticleFile] = []
    shown: Counter[str] = Counter()
    for got in (files if files is not None else collect(paths or [])):
        summary.files += 1
        got = _shown(got, shown)
        if isinstance(got, Failure):
            summary.failures.append((got.name, got.reason))
            if on_done:
                on_done(got.name)
        else:
            items.append(got)
    known = frozenset(sink.article_hashes())
    seen: dict[str, str] = {}
    fresh: list[ArticleResult] = []
    for item in items:  # cheap: decode, main text, hash; stored and repeated articles stop here
        res = prepare(item.name, item.data, options, known)
        if res.failure or res.known or res.hash in seen:
            _collect(res, summary, sink, seen)
            if on_done:
                on_done(res.name)
        else:
            seen[res.hash] = res.name
            fresh.append(res)
    _read_fresh(fresh, options, workers, summary=summary, sink=sink, on_done=on_done,
                seconds=seconds, start=start)
    summary.seconds = time.perf_counter() - start
    return summary


def _read_fresh(fresh: list[ArticleResult], options: Options, workers: int | None, *, summary: Summary,
                sink: ProposalStore, on_done: Callable[[str], None] | None, seconds: float | None,
                start: float) -> None:
    """Read the new articles (in a pool of processes for a big batch) and collect each; the ones
    left unread `seconds` after `start` (perf_counter) are listed as failures."""
    n = max(1, min(workers or os.cpu_count() or 1, len(fresh)))
    pool = None
    if n == 1 or len(fresh) < MIN_POOL:
        done = (extract_into(res, options) for res in fresh)
    else:
        ctx = _context()
        if ctx.get_start_method() == "fork":
            from geo.gazetteer import default_gazetteer

            default_gazetteer()  # shared with the workers; the analyser is not fork-safe (it hangs)
        pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx)
        done = pool.map(extract_into, fresh, [options] * len(fresh), chunksize=2)
    read = 0  # both ways give the results in the order of `fresh`
    try:
        for res in done:
            read += 1
            _collect(res, summary, sink, {})
            if on_done:
                on_done(res.name)
            if seconds is not None and read < len(fresh) and time.perf_counter() - start > seconds:
                break
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    summary.failures += [(res.name, out_of_time(seconds or 0)) for res in fresh[read:]]


def _collect(res: ArticleResult, summary: Summary, sink: ProposalStore, seen: dict[str, str]) -> None:
    if res.failure:
        summary.failures.append((res.name, res.failure))
        return
    if res.known:
        summary.duplicates.append((res.name, "the same article is already stored"))
        return
    if res.hash in seen:
        summary.duplicates.append((res.name, f"the same article as {seen[res.hash]}"))
        return
    good, undated = _valid(res, summary)
    if undated:  # not stored: with a date given, the same file is read again, not skipped as known
        summary.failures.append((res.name, NO_DATE))
        return
    seen[res.hash] = res.name
    keep = []
    for rec in good:
        match = sink.published_match(rec)
        if match:
            summary.merges.append((res.name, rec["id"], match))
            rec["merge_into"] = match
        keep.append(rec)
    ids = sink.add_article(name=res.stored_name, text=res.text, text_hash=res.hash,
                           published=res.published, records=keep)
    if keep and not ids:  # another import stored the same article while this one read it
        summary.duplicates.append((res.name, "the same article was stored meanwhile by another import"))
        return
    summary.articles += 1
    summary.proposed += (n := sum(1 for r in keep if "merge_into" not in r))
    summary.records.extend((res.name, res.stored_name, {k: rec.get(k) for k in _SHOWN})
                           for rec in keep if "merge_into" not in rec)
    why = "" if res.candidates else (res.reason or "no partnership found")
    summary.read.append((res.name, n, why))
    if why:
        summary.no_records.append((res.name, why))


def _shown(got: ArticleFile | Failure, seen: Counter[str]) -> ArticleFile | Failure:
    """The file under the name the summary shows: escaped, and numbered when another file of the
    batch showed the same name (two `same.txt` from two folders, or the NFC and NFD `협약.txt`)."""
    name = display_name(got.name)
    seen[name] += 1
    shown, n = name, seen[name]
    while n > 1 and (shown := numbered(name, n)) in seen:  # ('a.txt' twice beside 'a (2).txt')
        n += 1
    if shown != name:
        seen[shown] += 1  # (a file named so later is numbered in its turn)
    return dataclasses.replace(got, name=shown)


_SHOWN = ("id", "title_en", "title_ko", "type", "date", "korean_places", "partner_places")  # of a proposed record


def out_of_time(seconds: float) -> str:
    """Why an article of a batch was left unread."""
    return (f"not read: this upload's reading time ({seconds / 60:.0f} min) ran out first; nothing of it was stored, "
            "so adding the file again reads it")


NO_DATE = ("not stored: no publication date was found on the page, so its records have no year; "
           "give the date for files without one and read it again")


def _valid(res: ArticleResult, summary: Summary) -> tuple[list[dict], bool]:
    """The article's records that the store would accept (each other one listed as a failure), and
    whether one has no year (no date in the article or on the page)."""
    from geo.gazetteer import default_gazetteer
    from partnerships import intake

    good, undated = [], False
    for rec in res.candidates:
        if not rec.get("year"):
            undated = True
            continue
        problems = intake.check_records([rec], text=res.text, source_file=res.stored_name,
                                        gazetteer=default_gazetteer(), records_file=res.stored_name)
        if problems:
            summary.failures.append((res.name, f"record {rec.get('id')}: "
                                     + "; ".join(f"{p.field}: {p.message}" for p in problems)))
        else:
            good.append(rec)
    return good, undated
