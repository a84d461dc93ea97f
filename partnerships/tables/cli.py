"""`python -m partnerships import-table FILE [--preset NAME] [--sheet S] [--save-preset NAME]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_parser(sub) -> None:
    p = sub.add_parser("import-table", help="import a spreadsheet of partnerships (.xlsx, .xls, .csv) for review")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--preset", help="a saved column mapping (name in <data>/presets/ or a JSON path)")
    p.add_argument("--sheet", help="sheet name (default: the preset's, else the first)")
    p.add_argument("--korean-place", help="the Korean government for every row (a sheet kept by one office)")
    p.add_argument("--save-preset", metavar="NAME", help="save the mapping used as a preset")
    p.add_argument("--show-mapping", action="store_true", help="print the column mapping and stop")
    p.add_argument("--online", action="store_true",
                   help="look places the gazetteer lacks up on Nominatim ($ATLAS_NOMINATIM_URL), cached")
    p.add_argument("--who", default=None,
                   help="the staff account the audit trail names (default: 'command line (your login)')")
    p.set_defaults(func=cmd_import_table)


def cmd_import_table(args: argparse.Namespace) -> int:
    """Import the table; print the summary and each row error; exit 1 if no row could be imported."""
    from geo.gazetteer import default_gazetteer
    from partnerships import proposals
    from partnerships.errors import DataError
    from partnerships.tables import columns, plan

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        preset = columns.load_preset(args.preset, data_dir=args.data) if args.preset else None
        p = plan.plan(data, args.file.name, preset=preset, sheet=args.sheet)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.korean_place:
        p.preset.fixed["korean_place"] = args.korean_place
    print(p.describe(), file=sys.stderr)
    need = columns.missing(p.mapping, p.preset.fixed)
    if need:
        print(f"error: no column for {', '.join(need)}: use --preset (or --korean-place)", file=sys.stderr)
        return 2
    if args.save_preset:
        p.preset.name = args.save_preset
        path = columns.save_preset(p.preset, data_dir=args.data)
        print(f"saved preset {args.save_preset} ({path})", file=sys.stderr)
    if args.show_mapping:
        return 0
    if args.data:
        os.environ["ATLAS_DATA_DIR"] = str(args.data)  # the store (and its SQLite file) live there
    try:
        sink = proposals.default_sink(who=proposals.command_line_author(args.who), check_role=False)
        result = p.run(sink=sink, gaz=default_gazetteer(), online=args.online)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result.table())
    imported = result.added or result.updated or result.unchanged or result.merges
    return 1 if (result.rows or result.hidden) and not imported else 0  # (every row hidden: nothing imported)
