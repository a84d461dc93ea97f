"""Command line: `python -m partnerships validate|export|dump|load|extract|users|history ...`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlalchemy import select

from geo.regions import CONTINENTS, REGION_NAMES_KO
from partnerships import export, query, store, terminal
from partnerships import tour as tours
from partnerships.db import repo, schema
from partnerships.db.repo import count_records
from partnerships.extract.cli import add_parser as add_extract_parser
from partnerships.ingest.cli import add_parser as add_ingest_parser
from partnerships.model import SECTORS, TYPES
from partnerships.staff_cli import add_parsers as add_staff_parsers
from partnerships.tables.cli import add_parser as add_import_table_parser


def _load_frame(data: Path | None):
    from geo.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    result = store.load(data_dir=data, gazetteer=gaz)
    return gaz, result, store.records_frame(result.records, gaz)


def _with_data(data: Path | None) -> None:
    if data is not None:
        os.environ["ATLAS_DATA_DIR"] = str(data)


def cmd_validate(args: argparse.Namespace) -> int:
    """Check every record and saved tour in the files and every record in the database.

    Prints each problem with its file, record and field; exits 1 if there is any."""
    gaz, result, _ = _load_frame(args.data)
    folder = (args.data or store.data_dir()) / "tours"
    problems = list(result.problems)
    _with_data(args.data)
    try:
        eng = store.open_store(gazetteer=gaz)
        problems += store.validate_database(eng, store.gazetteer_for(eng))
        with eng.connect() as conn:  # a tour may show any stored record (the national layer's are in no file)
            stored = set(conn.execute(select(schema.records.c.id)).scalars())
    except store.StoreUnavailable as exc:
        print(f"database: {exc}", file=sys.stderr)
        return 1
    saved = tours.load_tours(folder, known_ids={r.id for r in result.records} | stored)
    problems += saved.problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); {len(result.records)} valid record(s) in the files, "
              f"{len(saved.tours)} valid tour(s)", file=sys.stderr)
        return 1
    with eng.connect() as conn:
        n = count_records(conn)
    print(f"ok: {len(result.records)} records valid in the files, {n} in the database, {len(saved.tours)} tours")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    """Write the database's records as one JSON file per article (and the articles, if asked)."""
    _with_data(args.data)
    try:
        written = store.dump(store.open_store(), args.dir, articles=args.articles)
    except OSError as exc:  # a file where the folder should be, a read-only folder, a broken link
        print(f"dump: cannot write to {args.dir}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} file(s)")
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    """Read record files (one JSON array per article) into the database."""
    _with_data(args.data)
    eng = store.engine()
    report = store.sync_files(eng, records_dir=args.dir, force=args.force)
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    print(f"loaded {report.records} record(s) from {report.files} changed file(s), {report.articles} article(s)")
    return 1 if report.problems else 0


def _year(text: str) -> int:
    """A year for --from/--to, within the bounds a shared link's years keep to."""
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not query.YEAR_MIN <= year <= query.YEAR_MAX:
        raise argparse.ArgumentTypeError(f"{year} is not a year from {query.YEAR_MIN} to {query.YEAR_MAX}")
    return year


def _unknown_places(args: argparse.Namespace, gaz) -> list[str]:
    """What --kr and --country name that the atlas has no such place for."""
    bad = [f"--kr {pid}: no Korean place with this id" for pid in args.kr
           if pid not in gaz or gaz.get(pid).country != "KR"]
    return bad + [f"--country {code}: no country with this ISO code" for code in args.country
                  if f"country-{code.lower()}" not in gaz]


def cmd_export(args: argparse.Namespace) -> int:
    """Write the filtered records to stdout, read from the database a chunk at a time."""
    _with_data(args.data)
    low, high = args.year_from, args.year_to
    if low is not None and high is not None and low > high:
        print(f"note: --from {low} is after --to {high}; the years are swapped", file=sys.stderr)
        low, high = high, low
    filters = query.Filters(
        sectors=tuple(args.sector), types=tuple(args.type), korean_places=tuple(args.kr),
        regions=tuple(args.region), countries=tuple(c.upper() for c in args.country),
        year_min=low, year_max=high, text=args.q or "",
    )
    try:
        eng = store.open_store()
        gaz = store.gazetteer_for(eng)
        if bad := _unknown_places(args, gaz):
            print("\n".join(bad), file=sys.stderr)
            return 2
        with eng.connect() as conn:
            for problem in repo.stored_problems(conn):
                print(f"warning: skipped: {problem}", file=sys.stderr)
        for text in export.stream(store.record_chunks(eng, filters, gaz), gaz, fmt=args.format):
            sys.stdout.write(text)
    except store.StoreUnavailable as exc:
        print(f"database: {exc}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m partnerships", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: data/ or $ATLAS_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check every record; non-zero exit on any problem")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="write filtered records to stdout")
    p.add_argument("--format", choices=export.FORMATS, default="json")
    for flag, what, choices in (("sector", "sector id", list(SECTORS)), ("type", "agreement type id", list(TYPES)),
                                ("kr", "Korean place id", None),
                                ("region", "partner continent or world region", [*CONTINENTS, *REGION_NAMES_KO]),
                                ("country", "partner country ISO code", None)):
        p.add_argument(f"--{flag}", action="append", default=[], choices=choices, help=f"{what} (repeatable)")
    p.add_argument("--from", dest="year_from", type=_year, help="first year")
    p.add_argument("--to", dest="year_to", type=_year, help="last year")
    p.add_argument("--q", help="free-text search")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("dump", help="write the database's records as files (as data/records/ holds them)")
    p.add_argument("dir", type=Path, help="folder for the record files")
    p.add_argument("--articles", type=Path, default=None, help="also write the articles into this folder")
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("load", help="read record files into the database (changed files only)")
    p.add_argument("dir", type=Path, help="folder of record files")
    p.add_argument("--force", action="store_true", help="read every file, changed or not")
    p.set_defaults(func=cmd_load)

    add_extract_parser(sub)
    add_ingest_parser(sub)
    add_import_table_parser(sub)
    add_staff_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with terminal.guarded_output():  # text from files, sheets and geocoders never drives the terminal
        return _run(args)


def _run(args) -> int:
    from sqlalchemy.exc import DatabaseError, OperationalError

    try:
        return args.func(args)
    except store.StoreUnavailable as exc:
        print(f"database: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:  # locked mid-write, or not a database: one line, not a traceback
        if not isinstance(exc, OperationalError) and type(exc) is not DatabaseError:
            raise
        print(f"database: the database cannot be used now ({store.short_error(exc)})", file=sys.stderr)
        return 2
