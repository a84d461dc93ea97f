"""Guided tours: which records, in which order, and where the camera goes for each.

A saved tour is `data/tours/<name>.json`: {"title_en", "title_ko", "records": [record ids]}, or a
story told by filters, {"title_en", "title_ko", "filters": {URL filter parameters}} (e.g. Korea and
Japan: `{"country": "JP"}`): every record they pass, in time order, undated ones last.
The default tour is every record in time order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo import jsonio
from geo.files import NOT_A_FILE, json_files
from partnerships import params
from partnerships.model import PLAIN_TEXT, UNDATED_YEAR, Problem

TIME_ORDER = "time"
MAX_TITLE = 300


@dataclass(frozen=True)
class Tour:
    """A named, ordered list of record ids."""

    name: str
    title_en: str
    title_ko: str
    records: tuple[str, ...]
    filters: tuple[tuple[str, str], ...] = ()  # a story told by filters (URL parameters), not ids


@dataclass
class ToursResult:
    """Saved tours that could be read, and what was wrong with the others."""

    tours: dict[str, Tour] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_tours(folder: Path, *, known_ids: set[str]) -> ToursResult:
    """Read every saved tour; an unreadable file or an unknown record id is a Problem, the rest is kept."""
    result = ToursResult()
    files, others = json_files(folder)
    result.problems += [Problem(name, None, None, NOT_A_FILE) for name in others]
    for path in files:
        try:
            raw = jsonio.read(path)
        except (OSError, ValueError) as exc:
            result.problems.append(Problem(path.name, None, None, f"cannot read JSON: {exc}"))
            continue
        wanted = raw.get("filters") if isinstance(raw, dict) else None
        if wanted is not None and not (isinstance(wanted, dict) and len(wanted) <= 20 and all(
                isinstance(k, str) and isinstance(v, str) and len(v) <= 2000 for k, v in wanted.items())):
            result.problems.append(Problem(path.name, None, "filters", "must map filter names to text"))
            continue
        if wanted and (bad := _unreadable_years(wanted)):
            result.problems.append(Problem(path.name, None, "filters", f"'{bad}' must be a year in digits"))
            continue
        ids = raw.get("records", [] if wanted else None) if isinstance(raw, dict) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            result.problems.append(Problem(path.name, None, "records", "must be a list of record ids"))
            continue
        titles = [raw.get(k) for k in ("title_en", "title_ko")] + [None if raw.get("title_en") else path.stem]
        if not all(t is None or (isinstance(t, str) and len(t) <= MAX_TITLE and PLAIN_TEXT.match(t)) for t in titles):
            result.problems.append(Problem(path.name, None, "title_en", f"titles must be text of at most {MAX_TITLE} "
                                           "characters, without control or direction characters"))
            continue
        for rid in ids:
            if rid not in known_ids:
                result.problems.append(Problem(path.name, rid, "records", "no such record; left out of the tour"))
        kept = tuple(dict.fromkeys(i for i in ids if i in known_ids))
        result.tours[path.stem] = Tour(path.stem, str(raw.get("title_en") or path.stem),
                                       str(raw.get("title_ko") or raw.get("title_en") or path.stem), kept,
                                       tuple(sorted((wanted or {}).items())))
    return result


def _unreadable_years(wanted: dict[str, str]) -> str | None:
    """The first year filter of a story that a link could not hold ('²', '--5', 99999), if any."""
    from partnerships.query import YEAR_MAX, YEAR_MIN

    for key in ("from", "to"):
        if key in wanted:
            try:
                params.integer(wanted[key], lo=YEAR_MIN, hi=YEAR_MAX)
            except params.BadParam:
                return key
    return None


def named_ids(folder: Path) -> set[str]:
    """Every record id the saved tours in `folder` list (unreadable files are left to load_tours)."""
    out: set[str] = set()
    for path in json_files(folder)[0]:
        try:
            raw = jsonio.read(path)
        except (OSError, ValueError):
            continue
        ids = raw.get("records") if isinstance(raw, dict) else None
        if isinstance(ids, list):
            out.update(i for i in ids if isinstance(i, str))
    return out


def ordered_ids(df: pd.DataFrame, tour: Tour | None = None) -> list[str]:
    """The tour's record ids present in `df` (in the tour's order), or all of `df` oldest first
    (a story told by filters: those of `df` that pass them, oldest first)."""
    if tour is not None and tour.filters:
        from partnerships.query import Filters, apply

        df, tour = apply(df, Filters.from_params(dict(tour.filters))), None
    if tour is None:
        undated = (df["year"] == UNDATED_YEAR).rename("_undated")  # undated ties come last, not first
        return df.assign(_undated=undated).sort_values(["_undated", "date", "id"])["id"].tolist()
    present = set(df["id"])
    return [rid for rid in tour.records if rid in present]


def clamp_step(step: int | None, n: int) -> int:
    """A 1-based step within 1..n (1 when there is nothing to show)."""
    if n <= 0 or step is None:
        return 1
    return min(max(step, 1), n)


def next_step(step: int, n: int) -> int:
    """The step after `step`, wrapping to the first after the last."""
    return 1 if n <= 0 else step % n + 1
