"""Write filtered records as JSON, CSV or GeoJSON (for staff and for the pages' downloads)."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from geo.gazetteer import Gazetteer

FORMATS = ("json", "csv", "geojson")


def _place(gazetteer: Gazetteer, pid: str, role: str) -> dict[str, Any]:
    p = gazetteer.get(pid)
    return {"id": p.id, "name_en": p.name_en, "name_ko": p.name_ko, "country": p.country,
            "lat": p.lat, "lon": p.lon, "role": role}


def export_rows(df: pd.DataFrame, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """The records table as plain dicts with their places resolved."""
    out = []
    for row in df.itertuples(index=False):
        places = [_place(gazetteer, pid, "korean") for pid in row.korean_places]
        places += [_place(gazetteer, pid, "partner") for pid in row.partner_places]
        if row.venue:
            places.append(_place(gazetteer, row.venue, "venue"))
        out.append({
            "id": row.id, "title_en": row.title_en, "title_ko": row.title_ko, "type": row.type,
            "sectors": list(row.sectors), "date": row.date, "year": int(row.year),
            "date_basis": row.date_basis, "places": places, "parties": list(row.parties),
            "summary_en": row.summary_en, "summary_ko": row.summary_ko,
            "source": row.source_file, "publisher": row.publisher, "published": row.published,
            "url": row.url, "evidence": list(row.evidence), "status": row.status,
        })
    return out


def to_json(df: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """A JSON array of records."""
    return json.dumps(export_rows(df, gazetteer), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ["id", "title_en", "title_ko", "type", "sectors", "date", "year", "date_basis",
               "korean_places", "partner_places", "partner_countries", "venue", "parties",
               "summary_en", "summary_ko", "source", "publisher", "published", "url", "evidence",
               "status"]


def flat_rows(df: pd.DataFrame, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """One flat dict per record (lists joined with '; '), for CSV and spreadsheets."""
    out = []
    for rec in export_rows(df, gazetteer):
        by_role = {role: [p for p in rec["places"] if p["role"] == role]
                   for role in ("korean", "partner", "venue")}
        out.append({
            **{k: rec[k] for k in CSV_COLUMNS if k in rec},
            "sectors": "; ".join(rec["sectors"]),
            "korean_places": "; ".join(p["name_en"] for p in by_role["korean"]),
            "partner_places": "; ".join(p["name_en"] for p in by_role["partner"]),
            "partner_countries": "; ".join(dict.fromkeys(p["country"] for p in by_role["partner"])),
            "venue": by_role["venue"][0]["name_en"] if by_role["venue"] else "",
            "parties": "; ".join(p.get("name_en") or p.get("name_ko", "") for p in rec["parties"]),
            "evidence": " | ".join(rec["evidence"]),
        })
    return out


_FORMULA_START = ("=", "+", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; the rest is unchanged."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def to_csv(df: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """CSV with a header row; UTF-8 text (callers add a BOM for spreadsheet apps if they wish).

    Cells that would start a spreadsheet formula are prefixed with an apostrophe."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: csv_safe(v) for k, v in row.items()} for row in flat_rows(df, gazetteer))
    return buf.getvalue()


XLSX_SHEET = "agreements"
_XLSX_WIDTHS = {"id": 34, "title_en": 48, "title_ko": 40, "summary_en": 60, "summary_ko": 60, "evidence": 80,
                "parties": 40, "date_basis": 30, "url": 40}


def to_xlsx(df: pd.DataFrame, gazetteer: Gazetteer) -> bytes:
    """An Excel workbook with the CSV's columns: one sheet, a bold frozen header and an autofilter.

    Every text cell is stored as text, so a value such as "=SUM(A1)" never becomes a formula;
    characters Excel cannot hold (control characters) are dropped. Written in openpyxl's
    streaming mode (rows are not kept as objects).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(XLSX_SHEET)
    for c, name in enumerate(CSV_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _XLSX_WIDTHS.get(name, 16)
    ws.freeze_panes = "B2"
    rows = flat_rows(df, gazetteer)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(CSV_COLUMNS))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for name in CSV_COLUMNS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        header.append(cell)
    ws.append(header)

    def text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"
        return cell

    for row in rows:
        ws.append([text(v) if isinstance(v, str) else v for v in (row.get(k) for k in CSV_COLUMNS)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_geojson(df: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """A FeatureCollection: one feature per record, lines Korean -> partner, or points if domestic."""
    return json.dumps({"type": "FeatureCollection", "features": _features(df, gazetteer)}, ensure_ascii=False) + "\n"


def _features(df: pd.DataFrame, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    features = []
    for rec in export_rows(df, gazetteer):
        korean = [p for p in rec["places"] if p["role"] == "korean"]
        partners = [p for p in rec["places"] if p["role"] == "partner"]
        if partners:
            lines = [[[k["lon"], k["lat"]], [p["lon"], p["lat"]]] for k in korean for p in partners]
            geometry = {"type": "MultiLineString", "coordinates": lines}
        else:
            geometry = {"type": "MultiPoint", "coordinates": [[k["lon"], k["lat"]] for k in korean]}
        props = {k: v for k, v in rec.items() if k != "places"}
        props["places"] = rec["places"]
        features.append({"type": "Feature", "id": rec["id"], "geometry": geometry, "properties": props})
    return features


def render(df: pd.DataFrame, gazetteer: Gazetteer, *, fmt: str) -> str:
    """The records in one of FORMATS."""
    writers = {"json": to_json, "csv": to_csv, "geojson": to_geojson}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](df, gazetteer)


def stream(chunks: Iterable[pd.DataFrame], gazetteer: Gazetteer, *, fmt: str) -> Iterator[str]:
    """The same text as `render` over all the chunks together, written chunk by chunk, so a large
    export never holds every record (chunks: records tables, e.g. from the database a page at a time)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    first = True
    for chunk in chunks:
        if fmt == "csv":
            text = to_csv(chunk, gazetteer)
            yield text if first else text.split("\n", 1)[1]
        elif fmt == "json":
            for rec in export_rows(chunk, gazetteer):
                yield ("[\n" if first else ",\n") + textwrap.indent(json.dumps(rec, ensure_ascii=False, indent=2), "  ")
                first = False
            continue
        else:
            for feature in _features(chunk, gazetteer):
                yield ('{"type": "FeatureCollection", "features": [' if first else ", ") + json.dumps(
                    feature, ensure_ascii=False)
                first = False
            continue
        first = False
    if fmt == "csv" and first:
        yield to_csv(pd.DataFrame(columns=["id"]).iloc[:0], gazetteer)
    elif fmt == "json":
        yield "[]\n" if first else "\n]\n"
    elif fmt == "geojson":
        yield '{"type": "FeatureCollection", "features": []}\n' if first else "]}\n"
