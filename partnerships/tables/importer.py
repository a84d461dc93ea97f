"""Importing a table: every row built, checked and handed to the store in one step.

A row that fails (no partner, unknown type, bad date, unknown place, a record the store would
refuse) is listed with its number and reason; the others are written together. The same file
imported again gives the same row keys, so nothing new is added; a row whose content changed
updates its one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.gazetteer import Gazetteer
from partnerships import store
from partnerships.proposals import ProposalStore
from partnerships.tables.columns import Preset
from partnerships.tables.header import Table
from partnerships.tables.rows import RowError, build, render, stored_name


@dataclass
class ImportResult:
    """What an import did."""

    file: str
    sheet: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merges: list[tuple[int, str]] = field(default_factory=list)  # (row, published id)
    errors: list[RowError] = field(default_factory=list)
    seconds: float = 0.0

    def table(self) -> str:
        """A plain-text summary, then each row error."""
        rows = [("rows read", self.rows), ("records added", self.added), ("records updated", self.updated),
                ("unchanged (imported before)", self.unchanged),
                ("already published (offered as a merge)", len(self.merges)), ("rows with errors", len(self.errors))]
        width = max(len(a) for a, _ in rows)
        lines = [f"{a:<{width}}  {b:>6}" for a, b in rows]
        if self.errors:
            lines += ["", "rows not imported:", *(f"  {e}" for e in self.errors)]
        if self.merges:
            lines += ["", "already published:", *(f"  row {r}: {pid}" for r, pid in self.merges)]
        return "\n".join(lines)


def build_rows(table: Table, mapping: dict[str, str], *, preset: Preset, file: str, gaz: Gazetteer,
               ) -> tuple[dict[str, dict[str, Any]], list[RowError]]:
    """Records by row key, and the rows that failed."""
    records: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    errors: list[RowError] = []
    for n, cells in table.rows:
        got = build(n, cells, table=table, mapping=mapping, preset=preset, file=file, gaz=gaz)
        if got is None:
            continue
        if isinstance(got, RowError):
            errors.append(got)
            continue
        key, record = got
        if key in records:
            errors.append(RowError(n, f"the same tie as row {first_row[key]}"))
            continue
        problems = _problems(record, gaz)
        if problems:
            errors.append(RowError(n, "; ".join(problems)))
            continue
        records[key] = record
        first_row[key] = n
    return records, errors


def _problems(record: dict[str, Any], gaz: Gazetteer) -> list[str]:
    """The store's own checks on a record (shape, vocabulary, places), evidence aside."""
    return [f"{p.field}: {p.message}" for p in store.record_problems(
        record, file="table", gazetteer=gaz, seeds=Path("."), check_evidence=False)]


def import_rows(table: Table, mapping: dict[str, str], *, preset: Preset, file: str, gaz: Gazetteer,
                sink: ProposalStore) -> ImportResult:
    """Build every row and write the good ones as proposed records."""
    import time

    start = time.perf_counter()
    result = ImportResult(file, table.sheet, rows=len(table.rows))
    records, result.errors = build_rows(table, mapping, preset=preset, file=file, gaz=gaz)
    for rec in records.values():
        match = sink.published_match(rec)
        if match:
            rec["merge_into"] = match
            result.merges.append((rec["table_row"]["row"], match))
    result.added, result.updated, result.unchanged = sink.put_table(
        stored_name(file, table.sheet), text=render(file, table), records=records)
    result.errors.sort(key=lambda e: e.row)
    result.seconds = time.perf_counter() - start
    return result
