"""The national layer: `data/national/ties.csv` (366 ties of 65 Korean governments) as published records.

    national.sync(engine, gazetteer=gaz)     # on start, from store.open_store: imports the table

The table goes through the spreadsheet import path (partnerships.tables) with the saved preset
`exchange-ties`: one published record per row, its evidence the row itself, its provenance the
row's source URL and row number, its `confidence` the row's. Importing the same table again adds
nothing; a changed row updates its one record (with an audit line); a tie an article also reports
is offered as a merge (`merge_into`). `ATLAS_NATIONAL_LAYER=off` leaves the layer out (and takes
its records out of the database): the test suite's page tests are written against the article
records alone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, func, select

from geo.gazetteer import Gazetteer

if TYPE_CHECKING:  # the table import path is loaded only to import (not by every page process)
    from partnerships.tables.importer import ImportResult

PRESET = "exchange-ties"
TABLE_NAME = "ties.csv"
WHO = "national layer (data/national/ties.csv)"
# Raised when the import reads the table differently (2: a tie naming no field is "general", not
# culture), so that a database loaded before imports the table again on its next start.
LAYER_VERSION = 2


def publisher(data_dir: Path | None = None) -> str:
    """The name the national layer's records give as their publisher (the preset's)."""
    from partnerships.tables import columns

    return columns.load_preset(PRESET, data_dir=data_dir).publisher


def table_path(data_dir: Path | None = None) -> Path:
    """Where the national table lives: `<data>/national/ties.csv`."""
    from partnerships import store

    return (data_dir or store.data_dir()) / "national" / TABLE_NAME


def enabled() -> bool:
    """Whether the national layer is loaded (`ATLAS_NATIONAL_LAYER`, on unless set to off/0/no)."""
    return os.environ.get("ATLAS_NATIONAL_LAYER", "on").strip().lower() not in ("off", "0", "no", "false")


def fingerprint_paths(data_dir: Path | None = None) -> tuple[Path, ...]:
    """What the store's change check looks at for this layer: the table and the on/off switch."""
    return (table_path(data_dir).parent,
            Path(f"<national layer {'on' if enabled() else 'off'}, reading {LAYER_VERSION}>"))


def import_table(eng: Engine, *, gazetteer: Gazetteer, path: Path | None = None,
                 data_dir: Path | None = None) -> ImportResult:
    """Import the national table into the database as published records (see module docstring)."""
    from partnerships.proposals import DbProposals
    from partnerships.tables import columns, plan

    path = path or table_path(data_dir)
    preset = columns.load_preset(PRESET, data_dir=data_dir)
    p = plan.plan(path.read_bytes(), path.name, preset=preset, layer=True)
    sink = DbProposals(eng, WHO, gazetteer, check_role=False, status="published")
    return p.run(sink=sink, gaz=gazetteer)


def remove(eng: Engine) -> int:
    """Take the national layer's records out of the database, each with a line of history; how
    many. Only records this layer made: another table stored under the same name (an office's own
    `ties.csv`) keeps its records, and the stored text stays while any record still cites it."""
    from partnerships.db import repo
    from partnerships.db import schema as s
    from partnerships.db.rows import record_dict

    r, a = s.records.c, s.audit.c
    with repo.writing(eng) as conn:
        # made here: the record's latest creation is this layer's (an id can be made again by another)
        latest = select(func.max(a.id).label("id")).where(a.action == "create").group_by(a.record_id).subquery()
        made_here = select(a.record_id).join(latest, a.id == latest.c.id).where(a.who == WHO)
        found = conn.execute(select(r.id, r.body, r.status).where(
            r.article_file.like(f"{TABLE_NAME}.%"), r.id.in_(made_here))).all()
        ids = [rid for rid, _, _ in found]
        for table in s.CHILD_TABLES:
            conn.execute(delete(table).where(table.c.record_id.in_(ids)))
        conn.execute(delete(s.records).where(r.id.in_(ids)))
        for rid, body, status in found:
            repo.append_audit(conn, who=WHO, action="remove", record_id=rid,
                              before={**record_dict(body, status), "status": status},
                              reason="the national layer is switched off (ATLAS_NATIONAL_LAYER)")
        # the table's stored text too, else Sources would list it as an article with no records
        cited = select(r.article_file).where(r.article_file.like(f"{TABLE_NAME}.%"))
        gone = conn.execute(delete(s.articles).where(s.articles.c.file.like(f"{TABLE_NAME}.%"),
                                                     s.articles.c.file.not_in(cited))).rowcount
        if ids or gone:
            repo.bump(conn)
    return len(ids)


def sync(eng: Engine, *, gazetteer: Gazetteer, data_dir: Path | None = None) -> ImportResult | None:
    """On start: import the table when the layer is on and the file is there, else remove it."""
    path = table_path(data_dir)
    if not enabled() or not path.is_file():
        remove(eng)
        return None
    return import_table(eng, gazetteer=gazetteer, path=path, data_dir=data_dir)
