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
from partnerships.merge_match import dates_close
from partnerships.proposals import ProposalStore
from partnerships.tables.columns import Preset
from partnerships.tables.header import Table
from partnerships.tables.rows import (
    STANDING,
    RowError,
    build,
    render,
    signed_again,
    stored_name,
    unkept_links,
    unread_sectors,
)
from partnerships.tables.xlsx_parts import column_letter


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
    found_online: list[str] = field(default_factory=list)  # new place ids
    kept: list[str] = field(default_factory=list)  # records changed in the app, whose changed rows were not applied
    held: list[str] = field(default_factory=list)  # records reviewed already, whose changed rows were not applied
    unread_sectors: dict[str, list[int]] = field(default_factory=dict)  # sector cell -> rows given the usual one
    unkept_links: list[int] = field(default_factory=list)  # rows whose source link no record keeps
    waiting: list[tuple[int, str, str]] = field(default_factory=list)  # (row, id, sheet) proposed from another sheet
    hidden: list[int] = field(default_factory=list)  # rows the workbook hides, left out
    hidden_columns: list[str] = field(default_factory=list)  # ... and its columns, by letter
    above: list[int] = field(default_factory=list)  # rows above the header that read as data, left out
    seconds: float = 0.0

    def table(self) -> str:
        """A plain-text summary, then each row error."""
        rows = [("rows read", self.rows), ("records added", self.added), ("records updated", self.updated),
                ("unchanged (imported before)", self.unchanged),
                ("already published (offered as a merge)", len(self.merges)),
                ("already waiting for review (from another sheet)", len(self.waiting)),
                ("rows with errors", len(self.errors))]
        width = max(len(a) for a, _ in rows)
        lines = [f"{a:<{width}}  {b:>6}" for a, b in rows]
        if self.errors:
            lines += ["", "rows not imported:", *(f"  {e}" for e in self.errors)]
        if self.merges:
            lines += ["", "already published:", *(f"  row {r}: {pid}" for r, pid in self.merges)]
        if self.waiting:
            lines += ["", "already waiting for review, from another sheet (not added again):",
                      *(f"  row {r}: {rid} ({sheet})" for r, rid, sheet in self.waiting)]
        if self.found_online:
            lines += ["", f"places found online: {', '.join(self.found_online)}"]
        if self.kept:
            lines += ["", "changed in the app since the last import, so their changed rows were not applied:",
                      *(f"  {rid}" for rid in self.kept)]
        if self.held:
            lines += ["", "reviewed already, so their changed rows were not applied (a reviewer edits them):",
                      *(f"  {rid}" for rid in self.held)]
        if self.hidden:
            lines += ["", f"rows hidden in the workbook, left out: {', '.join(map(str, self.hidden[:50]))}"]
        if self.hidden_columns:
            lines += ["", f"columns hidden in the workbook, left out: {', '.join(self.hidden_columns[:50])}"]
        if self.above:
            lines += ["", f"rows above the header that hold data, left out (move them below it): "
                          f"{', '.join(map(str, self.above[:50]))}"]
        if self.unread_sectors:
            lines += ["", "sectors not recognised (those rows took their type's usual sector):",
                      *(f"  {cell!r}: rows {', '.join(map(str, rows))}" for cell, rows in self.unread_sectors.items())]
        if self.unkept_links:
            lines += ["", "source links not kept (too long, not a web page's, or with turning characters; the cell's "
                      f"words stay in the row's quote): rows {', '.join(map(str, self.unkept_links[:50]))}"]
        return "\n".join(lines)


# rows of unknown places given the nearest names (about 20 ms each): a sheet of tens of thousands
# of unknown names would otherwise hold the import for many minutes
SUGGESTED_ROWS = 200


def build_rows(table: Table, mapping: dict[str, str], *, preset: Preset, file: str, gaz: Gazetteer,
               lookup=None) -> tuple[dict[str, dict[str, Any]], list[RowError]]:
    """Records by row key, and the rows that failed. `lookup(name, country)` finds a place the
    gazetteer lacks (online, when the user switched it on); `gaz` must then know what it returns."""
    built: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    errors: list[RowError] = []
    suggested = 0
    for n, cells in table.rows:
        got = build(n, cells, table=table, mapping=mapping, preset=preset, file=file, gaz=gaz, lookup=lookup,
                    suggest=suggested < SUGGESTED_ROWS)
        if got is None:
            continue
        if isinstance(got, RowError):
            errors.append(got)
            suggested += bool(got.name)  # a place looked for (the search costs the same when it finds nothing)
            continue
        key, record = got
        if problems := _problems(record, gaz):
            errors.append(RowError(n, "; ".join(problems)))
            continue
        built.setdefault(key, []).append((n, record))
    records: dict[str, dict[str, Any]] = {}
    for key, rows in built.items():
        for k, record in _agreements(key, rows, errors):
            records[k] = record
    return records, sorted(errors, key=lambda e: e.row)


# a sheet listing one pair's agreement of one type more often than this is refused past it (a
# pair renews an MOU now and then, not every month)
MAX_SIGNINGS = 10


def _agreements(key: str, rows: list[tuple[int, dict[str, Any]]],
                errors: list[RowError]) -> list[tuple[str, dict[str, Any]]]:
    """The agreements rows of one pair and type tell, whatever their order: the earliest dated row
    (the most precise of one signing's) keeps the key; a row signed on another date (not the same
    day told another way: a year or a month of it, or a date within MERGE_DAYS) is another
    agreement, unless the type is a standing tie; the rest, and undated rows beside dated ones,
    are the same tie told again."""
    # (a full date before the year or month that tells it less precisely: '2016-03-02', then '2016')
    order = sorted(rows, key=lambda r: (not r[1]["date"], r[1]["date"].ljust(10, "~"), r[0]))
    kept: list[tuple[int, dict[str, Any]]] = []
    out: list[tuple[str, dict[str, Any]]] = []
    for n, record in order:
        same = next((m for m, first in kept if record["type"] in STANDING or _same_signing(record, first)), None)
        if same is not None:
            errors.append(RowError(n, f"the same tie as row {same}"))
        elif len(kept) >= MAX_SIGNINGS:
            errors.append(RowError(n, f"more than {MAX_SIGNINGS} agreements of the same parties and type"))
        else:
            out.append((key, record) if not kept else signed_again(key, record))
            kept.append((n, record))
    return out


def _same_signing(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two rows' dates tell one signing: one undated, one a part of the other ('2015', '2015-03',
    '2015-03-02'), or full dates at most MERGE_DAYS apart."""
    x, y = a["date"], b["date"]
    return not x or not y or dates_close(x, y)  # (which holds a partial date and the days in it)


def _problems(record: dict[str, Any], gaz: Gazetteer) -> list[str]:
    """The store's own checks on a record (shape, vocabulary, places), evidence aside."""
    return [f"{p.field}: {p.message}" for p in store.record_problems(
        record, file="table", gazetteer=gaz, seeds=Path("."), check_evidence=False)]


class _WithFound:
    """The gazetteer plus the places found online so far (the list grows during the import)."""

    def __init__(self, gaz: Gazetteer, found: list) -> None:
        self._gaz, self._found = gaz, found

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._gaz or any(p.id == place_id for p in self._found)

    def get(self, place_id: str):
        return next((p for p in self._found if p.id == place_id), None) or self._gaz.get(place_id)

    def __getattr__(self, name: str):
        return getattr(self._gaz, name)


ONLINE_CAP = 60  # look-ups one import may ask for: about a minute at the service's one per second


def online_lookup(gaz: Gazetteer, *, cap: int | None = None, progress: Any = None) -> tuple[Any, list]:
    """(lookup, places found): Nominatim through partnerships.new_places, each name asked once and
    at most `cap` questions sent in all (an answer the service gave before, kept in its cache,
    costs none); a place found outside the row's country is not used.
    `lookup.why(name, country)` says why a look-up found nothing (the service failed, its place
    lay in another country, or the import had asked for `cap` places already). `progress(n, cap,
    name)` is told before each look-up (`cap` None: ONLINE_CAP)."""
    from geo.errors import GeocoderBadAnswer, GeocoderUnavailable, GeoError
    from geo.geocode import cache_key
    from partnerships.new_places import lookup_online

    cap = ONLINE_CAP if cap is None else cap
    found: list = []
    asked: dict[tuple[str, str | None], Any] = {}
    reasons: dict[tuple[str, str | None], str] = {}
    sent = [0]  # questions that went to the service (an answer kept from before costs none)
    down = [""]  # why the service did not answer, once it has not: the rest of the import asks no more
    kept = _answers_kept()

    def lookup(name: str, country: str | None):
        key = (name, country)
        query = f"{name}, {country}" if country else name
        fresh = cache_key(query) not in kept
        if key not in asked and fresh and sent[0] >= cap:
            reasons[key] = f"not looked up online: this import already asked for {cap} places, the most one import asks"
            return None
        if key not in asked and fresh and down[0]:
            reasons[key] = f"not looked up online: the service did not answer an earlier look-up ({down[0]})"
            return None
        if key not in asked:
            if fresh:
                if progress is not None:
                    progress(sent[0], cap, name)
                sent[0] += 1
            try:
                place = lookup_online(query, gazetteer=gaz, taken=[p.id for p in found])
            except GeocoderBadAnswer as exc:  # an answer for this name only: the next ones are still asked
                place = None
                reasons[key] = f"the online look-up failed: the service's answer cannot be used ({exc})"
            except GeocoderUnavailable as exc:
                place, down[0] = None, str(exc)
                reasons[key] = f"the online look-up failed: {exc}"
            except GeoError as exc:
                place = None
                reasons[key] = f"the online look-up failed: {exc}"
            if place is not None and (country is None or place.country == country):
                found.extend([place] if place.id not in gaz else [])  # (a known place is no new one)
            elif place is not None:
                reasons[key] = f"the online look-up found {place.name_en!r} in {place.country}, not in {country}"
                place = None
            asked[key] = place
        return asked[key]

    lookup.why = lambda name, country: reasons.get((name, country), "")  # type: ignore[attr-defined]
    return lookup, found


def _answers_kept() -> set[str]:
    """The questions the online service answered before (its answer cache's keys)."""
    from geo.errors import GeoError
    from geo.geocode import default_cache_path, read_cache

    try:
        return set(read_cache(default_cache_path()))
    except GeoError:
        return set()


def import_rows(table: Table, mapping: dict[str, str], *, preset: Preset, file: str, gaz: Gazetteer,
                sink: ProposalStore, online: bool = False, progress: Any = None) -> ImportResult:
    """Build every row and write the good ones as proposed records (with the places found online,
    when `online`; `progress` is told of each look-up, see online_lookup)."""
    import time

    start = time.perf_counter()
    result = ImportResult(file, table.sheet, rows=len(table.rows))
    lookup, found = online_lookup(gaz, progress=progress) if online else (None, [])
    places = _WithFound(gaz, found)
    records, result.errors = build_rows(table, mapping, preset=preset, file=file, gaz=places, lookup=lookup)
    result.unread_sectors = unread_sectors(table, mapping, preset)
    result.unkept_links = unkept_links(table, mapping, preset)
    result.hidden = list(table.hidden)
    result.hidden_columns = [column_letter(c) for c in table.hidden_columns]
    result.above = list(table.above)
    # (a curated layer's import, published as it is, skips nothing: its ties are its own)
    waiting = getattr(sink, "waiting_match", None) if getattr(sink, "status", "proposed") == "proposed" else None
    own = set(sink.table_records(stored_name(file, table.sheet))) if waiting is not None else set()
    for key, rec in list(records.items()):
        match = sink.published_match(rec)
        if match:
            rec["merge_into"] = match
            result.merges.append((rec["table_row"]["row"], match))
        elif waiting is not None and key not in own and (other := waiting(rec)) is not None:
            del records[key]  # another sheet's row proposed it already (this sheet under another name)
            result.waiting.append((rec["table_row"]["row"], *other))
    used = {p for r in records.values() for p in r["partner_places"]}
    result.added, result.updated, result.unchanged = sink.put_table(
        stored_name(file, table.sheet), text=render(file, table), records=records,
        new_places=[p for p in found if p.id in used])
    result.found_online = [p.id for p in found if p.id in used]
    result.kept = list(getattr(sink, "kept", []))
    result.held = list(getattr(sink, "held", []))
    result.errors.sort(key=lambda e: e.row)
    result.seconds = time.perf_counter() - start
    return result
