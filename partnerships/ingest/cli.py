"""`python -m partnerships ingest PATH... [--published YYYY-MM-DD] [--published-from-filename]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="read files, folders and zips of articles into the review queue")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt, .md, .html, .htm, .zip or a folder")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for articles that carry none")
    p.add_argument("--published-from-filename", action="store_true",
                   help="take the publication date from each file's name (2024-03-18_x.html, 20240318.txt)")
    p.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
    p.add_argument("--cleaner", choices=("trafilatura", "cleaner"), default="trafilatura",
                   help="how HTML pages become text (default: trafilatura)")
    p.add_argument("--who", default=None,
                   help="the staff account the audit trail names (default: 'command line (your login)')")
    p.set_defaults(func=cmd_ingest)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read the articles, store their proposed records, print the summary; exit 1 if any file failed."""
    from partnerships import progress, proposals
    from partnerships.errors import DataError
    from partnerships.ingest.batch import run_batch
    from partnerships.ingest.naming import check_published
    from partnerships.ingest.sources import collect
    from partnerships.ingest.worker import Options

    published = None
    if args.published:
        try:
            published = check_published(args.published)
        except ValueError as exc:
            print(f"error: --published: {exc}", file=sys.stderr)
            return 2
    files = list(collect(args.paths))
    options = Options(published=published, from_filename=args.published_from_filename, method=args.cleaner)
    if args.data:
        os.environ["ATLAS_DATA_DIR"] = str(args.data)  # the store (and its SQLite file) live there
    try:
        sink = proposals.default_sink(who=proposals.command_line_author(args.who), check_role=False)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with progress.bar(total=len(files), label="articles") as tick:
        summary = run_batch(files=files, sink=sink, options=options, workers=args.workers, on_done=tick)
    print(summary.table())
    return 1 if summary.failures else 0
