"""A table ready to import: the sheet read, its header found, the mapping guessed or taken from a preset.

    p = plan(data, "자매결연현황.xlsx", preset=None)     # TableError for an unreadable file
    p.mapping["date"] = "체결일자"                       # the user fixes the guess
    result = p.run(sink=sink, gaz=gaz)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from geo.gazetteer import Gazetteer
from partnerships import params
from partnerships.proposals import ProposalStore
from partnerships.tables import columns, header, read
from partnerships.tables.columns import FIELDS, Preset
from partnerships.tables.importer import ImportResult, import_rows


@dataclass
class Plan:
    """The file, its table and how its columns map to fields."""

    file: str
    sheets: list[str]
    table: header.Table
    mapping: dict[str, str]  # field -> column label
    preset: Preset

    def describe(self) -> str:
        """The mapping in words, one field a line."""
        lines = [f"{self.file} · sheet {self.table.sheet} · header row(s) "
                 f"{', '.join(map(str, self.table.header_rows))} · {len(self.table.rows)} data rows"]
        for fld in FIELDS:
            if fld in self.mapping:
                lines.append(f"  {fld:<13} <- {self.mapping[fld]}")
            elif fld in self.preset.fixed:
                lines.append(f"  {fld:<13} = {self.preset.fixed[fld]} (every row)")
        return "\n".join(lines)

    def run(self, *, sink: ProposalStore, gaz: Gazetteer, online: bool = False,
            progress: Callable[[int, int, str], None] | None = None) -> ImportResult:
        """Import the rows (`online`: look places the gazetteer lacks up on Nominatim, telling
        `progress(n, cap, name)` before each look-up)."""
        return import_rows(self.table, self.mapping, preset=self.preset, file=self.file, gaz=gaz, sink=sink,
                           online=online, progress=progress)


def plan(data: bytes, filename: str, *, preset: Preset | None = None, sheet: str | None = None,
         layer: bool = False) -> Plan:
    """Read the file and map its columns (the preset's mapping where its labels exist, else a guess).

    A file named like the national layer's table (`ties.csv`) is kept under another name unless
    it is that layer's own import (`layer`): an office's own list never takes the layer's place."""
    filename = params.file_name(filename)
    if not layer and filename.casefold() == _LAYER_TABLE.casefold():
        stem, dot, ext = filename.rpartition(".")
        filename = f"{stem} (uploaded){dot}{ext}"
    sheets = read.sheet_names(data, filename)
    chosen = sheet or (preset.sheet if preset and preset.sheet in sheets else None)
    table = header.find_header(read.read_sheet(data, filename, chosen),
                               header_row=preset.header_row if preset else None)
    table.sheet = params.file_name(table.sheet, max_len=100)  # (it names the records' source too)
    guessed = columns.guess(table.labels)
    if preset is not None:
        mapping = {f: lab for f, lab in preset.columns.items() if lab in table.labels}
        mapping = {**{f: lab for f, lab in guessed.items() if f not in mapping and f not in preset.columns},
                   **mapping}
    else:
        mapping = guessed
        preset = Preset(name="unsaved", columns={})
    preset.columns = dict(mapping)
    return Plan(filename, sheets, table, mapping, preset)


_LAYER_TABLE = "ties.csv"  # partnerships.national.TABLE_NAME (that module imports this one)
