"""The Excel export: same columns and values as the CSV, Hangul intact, text never turned into formulas."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from partnerships import export


def read(data: bytes) -> list[list]:
    ws = load_workbook(io.BytesIO(data)).worksheets[0]  # ('agreements', or '협약' in a Korean file)
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_xlsx_holds_the_csv_columns_and_values(frame, gazetteer):
    data = export.to_xlsx(frame, gazetteer)
    assert data[:2] == b"PK"  # a zip container, as .xlsx files are
    rows = read(data)
    assert rows[0] == export.CSV_COLUMNS
    flat = export.flat_rows(frame, gazetteer)
    assert len(rows) == len(flat) + 1
    for got, want in zip(rows[1:], flat, strict=True):
        got = [v.date() if isinstance(v, dt.datetime) else v for v in got]
        assert got == [None if want[k] in ("", None) else export.as_date(want[k]) if k in export.DATE_COLUMNS
                       else want[k] for k in export.CSV_COLUMNS]


def test_full_dates_are_excel_dates_and_partial_ones_stay_text(frame, gazetteer):
    rows = read(export.to_xlsx(frame, gazetteer))
    dates = [r[export.CSV_COLUMNS.index("date")] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert set(frame["date"]) - {d.date().isoformat() for d in dates if isinstance(d, dt.datetime)} == {
        d for d in frame["date"] if len(d) < 10}  # "2014", "2022-10": text, as written
    ws = load_workbook(io.BytesIO(export.to_xlsx(frame, gazetteer)))[export.XLSX_SHEET]
    cell = next(c for c in ws["F"][1:] if isinstance(c.value, dt.datetime))
    assert cell.number_format == "yyyy-mm-dd"


def test_korean_workbook_has_korean_headers_labels_and_names(frame, gazetteer):
    # 000_a437fd8661412f19 (Seoul–Odense robotics MOU release)
    rows = read(export.to_xlsx(frame[frame["id"] == "2024-seoul-odense-robotics-mou"], gazetteer, lang="ko"))
    head, row = rows[0], dict(zip(export.CSV_COLUMNS, rows[1], strict=True))
    assert load_workbook(io.BytesIO(export.to_xlsx(frame.head(1), gazetteer, lang="ko"))).sheetnames == ["협약"]
    assert head[export.CSV_COLUMNS.index("type")] == "협약 유형"
    assert row["type"] == "업무협약" and "로봇" in row["sectors"]
    assert row["korean_places"] == "서울" and row["partner_places"] == "오덴세"
    assert row["partner_countries"] == "덴마크"


def test_xlsx_keeps_hangul(frame, gazetteer):
    # 000_a437fd8661412f19 (Seoul–Odense robotics MOU release): its Korean title survives as written.
    row = frame[frame["id"].str.contains("odense")].head(1)
    title_ko = row["title_ko"].iloc[0]
    rows = read(export.to_xlsx(row, gazetteer))
    assert rows[1][export.CSV_COLUMNS.index("title_ko")] == title_ko
    assert any("\uac00" <= ch <= "\ud7a3" for ch in title_ko)


@pytest.mark.parametrize(
    ("title", "stored"),
    [
        ("=HYPERLINK(\"http://example.invalid\")", "'=HYPERLINK(\"http://example.invalid\")"),
        ("=1+1", "'=1+1"),
        ("-1+1", "'-1+1"),  # guarded as in the CSV, so a sheet saved as CSV stays safe
        ("bell\x07 and\x00 null", "bell and null"),
        ("plain", "plain"),
    ],
)
def test_xlsx_text_stays_text(frame, gazetteer, title, stored):
    row = frame.head(1).copy()
    row["title_en"] = [title]
    ws = load_workbook(io.BytesIO(export.to_xlsx(row, gazetteer)))[export.XLSX_SHEET]
    cell = ws.cell(row=2, column=export.CSV_COLUMNS.index("title_en") + 1)
    assert (cell.value, cell.data_type) == (stored, "s")


def test_xlsx_of_no_records_is_a_header(frame, gazetteer):
    rows = read(export.to_xlsx(frame.head(0), gazetteer))
    assert rows == [export.CSV_COLUMNS]


def test_xlsx_header_frozen_and_filterable(frame, gazetteer):
    ws = load_workbook(io.BytesIO(export.to_xlsx(frame, gazetteer)))[export.XLSX_SHEET]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(export.CSV_COLUMNS)).column_letter}{len(frame) + 1}"
    assert all(ws.cell(1, c).font.b for c in range(1, len(export.CSV_COLUMNS) + 1))


def test_an_undated_tie_has_no_year_in_any_export(frame, gazetteer):
    """The store keeps year 0 for an undated tie; no export shows it as the year 0."""
    import json

    from partnerships.model import UNDATED_YEAR

    undated = frame.head(1).assign(year=UNDATED_YEAR, date="", date_basis="undated: row 3 of ties.csv gives no date")
    assert export.flat_rows(undated, gazetteer)[0]["year"] == ""
    assert read(export.to_xlsx(undated, gazetteer))[1][export.CSV_COLUMNS.index("year")] is None
    assert ",0," not in export.to_csv(undated, gazetteer)
    assert json.loads(export.to_json(undated, gazetteer))[0]["year"] is None
    assert json.loads(export.to_geojson(undated, gazetteer))["features"][0]["properties"]["year"] is None
