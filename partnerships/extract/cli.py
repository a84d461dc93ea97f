"""`python -m partnerships extract FILE... [--format json|text] [--published DATE] [--url URL]`
and `... extract --eval [--set NAME=DIR ...] [--confusions]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from partnerships.errors import DataError


def add_parser(subparsers) -> None:
    """Register the `extract` subcommand."""
    p = subparsers.add_parser(
        "extract", help="propose candidate records from Korean articles (or score the extractor)")
    p.add_argument("files", nargs="*", type=Path, help="article files (.txt or .html, any encoding)")
    p.add_argument("--format", choices=("json", "text"), default="text",
                   help="json: always a list, one item per file")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="the page's publication date (wins over dates read from the page)")
    p.add_argument("--url", help="the page's web address (kept in each record's source)")
    p.add_argument("--eval", action="store_true",
                   help="score the extractor on seeds/, eval/dev, eval/heldout and eval/heldout2 to "
                        "heldout249 (P/R/F1)")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=DIR",
                   help="with --eval: score this folder instead of eval/dev and eval/heldout "
                        "(repeatable)")
    p.add_argument("--confusions", action="store_true", help="with --eval: list what cost points")
    p.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    if args.eval:
        return _evaluate(confusions=args.confusions, sets=args.sets)
    if not args.files:
        print("error: give article files, or --eval", file=sys.stderr)
        return 2
    from partnerships.extract import extract, parse_published

    try:
        published = parse_published(args.published)
    except DataError as exc:
        print(f"error: --published: {exc}", file=sys.stderr)
        return 2
    out = []
    status = 0
    for path in args.files:
        try:
            data = _within_limits(path)
            result = extract(data, source_file=path.name, published=published, url=args.url)
        except (OSError, DataError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
            continue
        out.append({"file": str(path), "published": result.published,
                    "published_basis": result.published_basis, "reason": result.reason,
                    "candidates": result.candidates})
    if args.format == "json":
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for item in out:
            print(format_text(item))
    return status


def _within_limits(path) -> bytes:
    """The file's bytes, refused as the Add article page refuses them when the file or its text is
    over the size limit (a many-megabyte file would keep the reader busy for minutes)."""
    from partnerships.intake import MAX_BYTES, IntakeError, read_text

    if path.stat().st_size > MAX_BYTES:
        raise DataError(f"too large: {path.stat().st_size / 2**20:.1f} MB; the limit for one article is "
                        f"{MAX_BYTES / 2**20:.0f} MB")
    data = path.read_bytes()
    try:
        read_text(data)
    except IntakeError as exc:
        if exc.code in ("too_large", "too_long"):
            raise
    return data


def format_text(item: dict[str, Any]) -> str:
    """One file's result as text lines; a missing value is spelled out, never 'None'."""
    published = item["published"] or "unknown"
    lines = [f"{item['file']}: published {published} ({item['published_basis'] or 'no basis'})"]
    if not item["candidates"]:
        lines.append(f"  no candidates: {item['reason']}")
    for c in item["candidates"]:
        when = c["date"] or f"undated ({c['date_basis']})"
        lines.append(f"  {c['id']}  {c['type']}  {when}  "
                     f"{','.join(c['korean_places']) or '-'} -> {','.join(c['partner_places']) or '-'}  "
                     f"[{','.join(c['sectors'])}]  confidence {c['confidence']}")
    return "\n".join(lines)


def _evaluate(*, confusions: bool, sets: list[str]) -> int:
    from geo.gazetteer import default_gazetteer
    from partnerships.extract import evaluate

    folders: list[tuple[str, Path]] = []
    for spec in sets:
        name, _, folder = spec.partition("=")
        if not folder:
            name, folder = Path(spec).name, spec
        folders.append((name, Path(folder)))
    if not folders:
        folders = [("dev", evaluate.DEV_DIR), *((d.name, d) for d in evaluate.HELDOUT_DIRS)]
    gazetteer = default_gazetteer()
    reports = [("seeds", "data/records", evaluate.run_cases(evaluate.seed_cases(), gazetteer=gazetteer))]
    for name, folder in folders:
        cases = evaluate.fixture_cases(folder)
        if not cases:
            print(f"{name}: no articles with .expected.json in {folder}")
            continue
        reports.append((name, str(folder), evaluate.run_cases(cases, gazetteer=gazetteer)))
    for name, gold, report in reports:
        print(evaluate.format_report(report, f"{name} (gold: {gold})"))
    if confusions:
        for name, _, report in reports:
            print(f"confusions ({name}):")
            for line in report.confusions:
                print(f"  {line}")
    for name, _, report in reports:
        print(f"{name}: F1 (fields) {report.overall.f1:.2f}; strict +year F1 "
              f"{report.levels['+year'].f1:.2f}")
    held_out = evaluate.Report()
    for name, _, report in reports:
        if name.startswith("heldout"):
            held_out.merge(report)
    if held_out.articles:
        strict = held_out.levels["+year"]
        print(f"held-out sets pooled ({held_out.articles} articles): strict +year P {strict.precision:.2f} "
              f"R {strict.recall:.2f} F1 {strict.f1:.2f}")
    return 0
