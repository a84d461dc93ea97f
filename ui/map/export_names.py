"""What an exported file says about its filters: a file name and a one-line description.

    file_stem(Filters(sectors=("robotics",), year_min=2019))  -> "partnership-atlas_robotics_from-2019_2026-12-02"
    describe(filters, "ko", place_label)                       -> "분야: 로봇 · 2019–2024 · 국내 도시: 서울"
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from geo.names import fold_ascii
from partnerships.query import Filters
from ui.shell.i18n import country_label, region_label, sector_label, t, type_label

STEM = "partnership-atlas"
MAX_STEM = 120  # characters: file systems and mail clients cope
_UNSAFE = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", fold_ascii(text).lower()).strip("-")


def _parts(filters: Filters, *, compact: bool = False) -> list[str]:
    """The filters as ASCII file-name parts; `compact`: many values of one filter as their count."""
    def listed(values: tuple[str, ...], what: str) -> list[str]:
        return [f"{len(values)}-{what}"] if compact and len(values) > 2 else list(values)

    parts = [*listed(filters.sectors, "sectors"), *listed(filters.types, "types")]
    if filters.undated_only:
        parts.append("undated")
    elif filters.year_min is not None and filters.year_max is not None:
        parts.append(f"{filters.year_min}-{filters.year_max}")
    elif filters.year_min is not None:
        parts.append(f"from-{filters.year_min}")
    elif filters.year_max is not None:
        parts.append(f"to-{filters.year_max}")
    if _with_undated(filters):
        parts.append("and-undated")  # (a range alone keeps the ties with no date: the name says so)
    parts += listed(tuple(p.removeprefix("kr-") for p in filters.korean_places), "korean-places")
    parts += [*listed(filters.regions, "regions"), *listed(filters.countries, "countries")]
    if filters.text:
        parts.append(f"q-{filters.text}")
    return [s for s in (_slug(p) for p in parts) if s]


def filters_slug(filters: Filters) -> str:
    """The filters as ASCII file-name parts joined by "_" ("" when nothing is filtered)."""
    return "_".join(_parts(filters))


def _with_undated(filters: Filters) -> bool:
    """A year range that also lets the ties with no date through."""
    return filters.undated and not filters.undated_only and (filters.year_min is not None
                                                             or filters.year_max is not None)


def file_stem(filters: Filters, *, today: dt.date | None = None, lang: str = "en") -> str:
    """"partnership-atlas_<filters>_<date>" ("…_ko_<date>" for the Korean page's files, so that the
    two languages' downloads never overwrite each other), at most MAX_STEM characters."""
    day = (today or dt.date.today()).isoformat()
    tail = f"ko_{day}" if lang == "ko" else day
    room = MAX_STEM - len(STEM) - len(tail) - 2
    parts = _parts(filters)
    if len("_".join(parts)) > room:  # many values of a filter as their count, then parts left out, counted
        parts = _parts(filters, compact=True)
        left_out = 0
        while len(parts) > 1 and len("_".join([*parts, f"and-{left_out}-more"] if left_out else parts)) > room:
            parts.pop()
            left_out += 1
        parts += [f"and-{left_out}-more"] if left_out else []
    slug = "_".join(parts)[:room].rstrip("_-")  # (one part longer than the room: a long search)
    return "_".join(x for x in (STEM, slug, tail) if x)


def describe(filters: Filters, lang: str, place_label: Callable[[str], str], *, labels: bool = True) -> str:
    """The filters in words, in `lang` ("" when nothing is filtered), each with its filter's name,
    or without (`labels=False`: 'Vietnam · 2015–…', a tour's name). Plain text, not markup."""
    parts = []

    def add(key: str, values, label) -> None:
        if values:
            named = ', '.join(label(v) for v in values)
            parts.append(f"{t(key, lang)}: {named}" if labels else named)

    add("filter_sector", filters.sectors, lambda s: sector_label(s, lang))
    if filters.undated_only:
        parts.append(t("filter_undated_only", lang))
    elif filters.year_min is not None or filters.year_max is not None:
        parts.append(f"{filters.year_min or '…'}–{filters.year_max or '…'}"
                     + (f" {t('filter_and_undated', lang)}" if _with_undated(filters) else ""))
    add("filter_type", filters.types, lambda s: type_label(s, lang))
    add("filter_kr", filters.korean_places, place_label)
    add("filter_region", filters.regions, lambda r: region_label(r, lang))
    add("filter_country", filters.countries, lambda c: country_label(c, lang))
    if filters.text:
        parts.append(f"{t('filter_q', lang)}: “{filters.text}”")
    return " · ".join(parts)
