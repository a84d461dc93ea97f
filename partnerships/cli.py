"""Command line: `python -m partnerships validate|export|extract ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from partnerships import export, query, store
from partnerships.extract.cli import add_parser as add_extract_parser
from partnerships.ingest.cli import add_parser as add_ingest_parser
from partnerships.tables.cli import add_parser as add_import_table_parser


def _load_frame(data: Path | None):
    from geo.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    result = store.load(data_dir=data, gazetteer=gaz)
    return gaz, result, store.records_frame(result.records, gaz)


def cmd_validate(args: argparse.Namespace) -> int:
    """Check every record; print each problem with file, record and field; exit 1 if any."""
    _, result, _ = _load_frame(args.data)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems:
        print(f"{len(result.problems)} problem(s); {len(result.records)} valid record(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(result.records)} records valid")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the filtered records to stdout."""
    gaz, result, df = _load_frame(args.data)
    for problem in result.problems:
        print(f"warning: skipped: {problem}", file=sys.stderr)
    filters = query.Filters(
        sectors=tuple(args.sector), types=tuple(args.type), korean_places=tuple(args.kr),
        regions=tuple(args.region), countries=tuple(c.upper() for c in args.country),
        year_min=args.year_from, year_max=args.year_to, text=args.q or "",
    )
    sys.stdout.write(export.render(query.apply(df, filters), gaz, fmt=args.format))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m partnerships", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: data/ or $ATLAS_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check every record; non-zero exit on any problem")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="write filtered records to stdout")
    p.add_argument("--format", choices=export.FORMATS, default="json")
    for flag, what in (("sector", "sector id"), ("type", "agreement type id"),
                       ("kr", "Korean place id"), ("region", "partner world region"),
                       ("country", "partner country ISO code")):
        p.add_argument(f"--{flag}", action="append", default=[], help=f"{what} (repeatable)")
    p.add_argument("--from", dest="year_from", type=int, help="first year")
    p.add_argument("--to", dest="year_to", type=int, help="last year")
    p.add_argument("--q", help="free-text search")
    p.set_defaults(func=cmd_export)

    add_extract_parser(sub)
    add_ingest_parser(sub)
    add_import_table_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
