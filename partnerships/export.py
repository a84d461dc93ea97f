"""Write filtered records as JSON, CSV or GeoJSON (for staff and for the pages' downloads)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import textwrap
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from geo.errors import GeoError
from geo.gazetteer import Gazetteer
from geo.regions import country_name
from partnerships import date_basis
from partnerships.korea import LEVELS
from partnerships.model import CONFIDENCE, PUBLIC_STATUSES, SECTORS, STATUS_KO, TYPES, is_undated

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
            "sectors": list(row.sectors), "date": row.date,
            "year": None if is_undated(int(row.year)) else int(row.year),  # an undated tie has no year
            "date_basis": row.date_basis, "places": places, "parties": list(row.parties),
            "summary_en": row.summary_en, "summary_ko": row.summary_ko,
            "source": row.source_file, "publisher": row.publisher, "published": row.published,
            "url": row.url, "evidence": list(row.evidence),
            "status": "published" if row.status in PUBLIC_STATUSES else row.status,  # ('reviewed' is the old word)
            # the Korean side's government levels and a source table's grade, as the filters use them
            "korean_levels": list(getattr(row, "korean_levels", None) or ()),
            "confidence": conf if (conf := getattr(row, "confidence", None)) in CONFIDENCE else "",  # (a grade only)
        })
    return out


def to_json(df: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """A JSON array of records."""
    return json.dumps(export_rows(df, gazetteer), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ["id", "title_en", "title_ko", "type", "sectors", "date", "year", "date_basis",
               "korean_places", "korean_levels", "partner_places", "partner_countries", "venue", "parties",
               "summary_en", "summary_ko", "source", "publisher", "published", "url", "confidence", "evidence",
               "status"]


# Column headings of the Korean CSV and workbook (the English ones are the column names).
HEADERS_KO = {
    "id": "ID", "title_en": "제목(영문)", "title_ko": "제목", "type": "협약 유형", "sectors": "분야",
    "date": "날짜", "year": "연도", "date_basis": "날짜 근거", "korean_places": "국내 도시",
    "korean_levels": "국내 자치단체 구분", "confidence": "원자료 신뢰도",
    "partner_places": "상대 도시·지역", "partner_countries": "상대 국가", "venue": "장소",
    "parties": "참여 기관", "summary_en": "요약(영문)", "summary_ko": "요약", "source": "출처 파일",
    "publisher": "발행처", "published": "발행일", "url": "URL", "evidence": "근거 문장", "status": "상태",
}


# ... and of the English ones people download from the app (`labels=True`)
HEADERS_EN = {
    "id": "ID", "title_en": "Title", "title_ko": "Title (Korean)", "type": "Agreement type", "sectors": "Sectors",
    "date": "Date", "year": "Year", "date_basis": "Date basis", "korean_places": "Korean places",
    "korean_levels": "Korean government level", "confidence": "Source confidence",
    "partner_places": "Partner places", "partner_countries": "Partner countries", "venue": "Venue",
    "parties": "Parties", "summary_en": "Summary", "summary_ko": "Summary (Korean)", "source": "Source file",
    "publisher": "Publisher", "published": "Published", "url": "URL", "evidence": "Evidence", "status": "Status",
}


def headers(lang: str = "en", *, labels: bool | None = None) -> list[str]:
    """The column headings in `lang`; English ones are the column names unless `labels`."""
    if lang == "ko":
        return [HEADERS_KO[c] for c in CSV_COLUMNS]
    return [HEADERS_EN[c] for c in CSV_COLUMNS] if labels else list(CSV_COLUMNS)


def _country(code: str, lang: str, labels: bool) -> str:
    if not labels:
        return code
    try:
        return country_name(code, lang)
    except GeoError:
        return code


def flat_rows(df: pd.DataFrame, gazetteer: Gazetteer, *, lang: str = "en",
              labels: bool | None = None) -> list[dict[str, Any]]:
    """One flat dict per record (lists joined with '; '), for CSV and spreadsheets.

    With `labels` (always in Korean) types, sectors, countries and the date basis are written as
    people read them, in `lang`; without, English keeps type and sector ids and country codes, as
    the command line has always written them.
    """
    ko = lang == "ko"
    labels = ko or bool(labels)
    pick = 1 if ko else 0
    name = "name_ko" if ko else "name_en"
    out = []
    for rec in export_rows(df, gazetteer):
        by_role = {role: [p for p in rec["places"] if p["role"] == role]
                   for role in ("korean", "partner", "venue")}
        out.append({
            **{k: rec[k] for k in CSV_COLUMNS if k in rec},
            "year": "" if rec["year"] is None else rec["year"],
            "type": TYPES.get(rec["type"], (rec["type"],) * 2)[pick] if labels else rec["type"],
            "sectors": "; ".join(SECTORS.get(s, (s, s))[pick] if labels else s for s in rec["sectors"]),
            "korean_places": "; ".join(p[name] for p in by_role["korean"]),
            "korean_levels": "; ".join(LEVELS.get(lv, (lv, lv))[pick] if labels else lv for lv in rec["korean_levels"]),
            "confidence": CONFIDENCE.get(rec["confidence"], (rec["confidence"],) * 2)[pick]
            if labels and rec["confidence"] else rec["confidence"],
            "partner_places": "; ".join(p[name] for p in by_role["partner"]),
            "partner_countries": "; ".join(dict.fromkeys(_country(p["country"], lang, labels)
                                                         for p in by_role["partner"])),
            "venue": by_role["venue"][0][name] if by_role["venue"] else "",
            "parties": "; ".join((p.get("name_ko") or p.get("name_en", "")) if ko else
                                 (p.get("name_en") or p.get("name_ko", "")) for p in rec["parties"]),
            "evidence": " | ".join(rec["evidence"]),
            **({"date_basis": date_basis.describe(rec["date_basis"], lang)} if labels else {}),
            **({"status": STATUS_KO.get(rec["status"], rec["status"])} if ko else {}),
        })
    return out


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets may read as a formula (OWASP list)
_INVISIBLE_LEAD = "\u200b\u200c\u200d\u2060\ufeff"  # with every white space: what a spreadsheet may trim first


def csv_safe(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; the rest is unchanged.

    Applied to every text cell of the CSV and Excel exports. Spaces and invisible characters
    before the formula's sign do not hide it (a spreadsheet may trim them on import)."""
    if isinstance(value, str) and (value.startswith(_FORMULA_START) or _lead(value).startswith(_FORMULA_START)):
        return f"'{value}"
    return value


def _lead(text: str) -> str:
    """The text from its first character that is neither white space (line breaks, U+3000 and
    NBSP too) nor invisible."""
    while text and (text[0].isspace() or text[0] in _INVISIBLE_LEAD):
        text = text.lstrip().lstrip(_INVISIBLE_LEAD)
    return text


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table shown on a page with `csv_safe` applied to its text cells, column labels
    and index: the table's own CSV download (Streamlit's toolbar) is then as safe as ours."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(csv_safe)
    out.columns = [csv_safe(c) for c in out.columns]
    out.index = out.index.map(csv_safe)
    return out


def to_csv(df: pd.DataFrame, gazetteer: Gazetteer, *, lang: str = "en", labels: bool | None = None) -> str:
    """CSV with a header row in `lang` (`labels`: see flat_rows); UTF-8 text (callers add a BOM for
    spreadsheet apps if they wish).

    Every field is quoted (a bare carriage return inside an unquoted field split a row in two),
    and cells that would start a spreadsheet formula are prefixed with an apostrophe."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(dict(zip(CSV_COLUMNS, headers(lang, labels=labels), strict=True)))
    writer.writerows({k: csv_safe(v) for k, v in row.items()}
                     for row in flat_rows(df, gazetteer, lang=lang, labels=labels))
    return buf.getvalue()


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_COLUMNS = ("date", "published")


def as_date(value: object) -> object:
    """A full ISO date ("2024-05-13") as a `datetime.date`; anything else (a partial date such as
    "2022-10", or text) unchanged."""
    if isinstance(value, str) and _FULL_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


XLSX_SHEET = "agreements"
XLSX_SHEETS = {"en": XLSX_SHEET, "ko": "협약"}  # the sheet's name in the file's language
_XLSX_WIDTHS = {"id": 34, "title_en": 48, "title_ko": 40, "summary_en": 60, "summary_ko": 60, "evidence": 80,
                "parties": 40, "date_basis": 30, "url": 40}


def to_xlsx(df: pd.DataFrame, gazetteer: Gazetteer, *, lang: str = "en", labels: bool | None = None) -> bytes:
    """An Excel workbook with the CSV's columns: one sheet, a bold frozen header (in `lang`) and an
    autofilter. Full dates are Excel dates (yyyy-mm-dd); partial ones ("2022-10") stay text.

    Every text cell is stored as text, so a value such as "=SUM(A1)" never becomes a formula, and
    gets the CSV's formula guard too (it stays safe when the sheet is saved as CSV); characters
    Excel cannot hold (control characters) are dropped. Written in openpyxl's
    streaming mode (rows are not kept as objects).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(XLSX_SHEETS.get(lang, XLSX_SHEET))
    for c, name in enumerate(CSV_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _XLSX_WIDTHS.get(name, 16)
    ws.freeze_panes = "B2"
    rows = flat_rows(df, gazetteer, lang=lang, labels=labels)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(CSV_COLUMNS))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for name in headers(lang, labels=labels):
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        header.append(cell)
    ws.append(header)

    def text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=csv_safe(ILLEGAL_CHARACTERS_RE.sub("", value)))
        cell.data_type = "s"
        return cell

    def date(value: dt.date) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell

    for row in rows:
        values = [as_date(v) if k in DATE_COLUMNS else v for k, v in ((k, row.get(k)) for k in CSV_COLUMNS)]
        ws.append([text(v) if isinstance(v, str) else date(v) if isinstance(v, dt.date) else v for v in values])
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


def stream(chunks: Iterable[pd.DataFrame], gazetteer: Gazetteer, *, fmt: str, lang: str = "en",
           labels: bool | None = None) -> Iterator[str]:
    """The same text as `render` over all the chunks together, written chunk by chunk, so a large
    export never holds every record (chunks: records tables, e.g. from the database a page at a time).
    `lang` is the CSV's language (headers, labels and names; `labels`: see flat_rows)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    first = True
    for chunk in chunks:
        if fmt == "csv":
            text = to_csv(chunk, gazetteer, lang=lang, labels=labels)
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
        yield to_csv(pd.DataFrame(columns=["id"]).iloc[:0], gazetteer, lang=lang, labels=labels)
    elif fmt == "json":
        yield "[]\n" if first else "\n]\n"
    elif fmt == "geojson":
        yield '{"type": "FeatureCollection", "features": []}\n' if first else "]}\n"
