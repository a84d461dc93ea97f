"""`python -m partnerships extract FILE... [--format json|text]` and `... extract --eval`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from partnerships.errors import DataError


def add_parser(subparsers) -> None:
    """Register the `extract` subcommand."""
    p = subparsers.add_parser(
        "extract", help="propose candidate records from Korean articles (or score the extractor)")
    p.add_argument("files", nargs="*", type=Path, help="article files (.txt or .html, any encoding)")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.add_argument("--eval", action="store_true",
                   help="run over seeds/ and the test fixtures and print P/R/F1 per field")
    p.add_argument("--confusions", action="store_true", help="with --eval: list what cost points")
    p.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    if args.eval:
        return _evaluate(confusions=args.confusions)
    if not args.files:
        print("error: give article files, or --eval", file=sys.stderr)
        return 2
    from partnerships.extract import extract

    out = []
    status = 0
    for path in args.files:
        try:
            result = extract(path.read_bytes(), source_file=path.name)
        except (OSError, DataError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
            continue
        out.append({"file": str(path), "published": result.published,
                    "published_basis": result.published_basis, "reason": result.reason,
                    "candidates": result.candidates})
    if args.format == "json":
        json.dump(out if len(out) != 1 else out[0], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for item in out:
            print(f"{item['file']}: published {item['published']} ({item['published_basis']})")
            if not item["candidates"]:
                print(f"  no candidates: {item['reason']}")
            for c in item["candidates"]:
                print(f"  {c['id']}  {c['type']}  {c['date'] or '?'}  "
                      f"{','.join(c['korean_places'])} -> {','.join(c['partner_places']) or '-'}  "
                      f"[{','.join(c['sectors'])}]  confidence {c['confidence']}")
    return status


def _evaluate(*, confusions: bool) -> int:
    from geo.gazetteer import default_gazetteer
    from partnerships.extract import evaluate

    gazetteer = default_gazetteer()
    seeds = evaluate.run_cases(evaluate.seed_cases(), gazetteer=gazetteer)
    fixtures = evaluate.run_cases(evaluate.fixture_cases(), gazetteer=gazetteer)
    print(evaluate.format_report(seeds, "seeds (gold: data/records)"))
    print(evaluate.format_report(fixtures, "fixtures (gold: tests/fixtures/articles)"))
    both = evaluate.Report()
    both.merge(seeds)
    both.merge(fixtures)
    if confusions:
        print("confusions:")
        for line in both.confusions:
            print(f"  {line}")
    print(f"F1: {both.overall.f1:.2f}")
    return 0
