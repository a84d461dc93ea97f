"""The Agreements page's table (every field, labels in the page's language) and its downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from partnerships import date_basis, export
from partnerships.model import PUBLIC_STATUSES
from ui.map.export_names import file_stem
from ui.shell import data
from ui.shell.i18n import country_label, region_label, sector_label, t, type_label, with_publishers
from ui.shell.page import PageContext, link
from ui.shell.page_list import MAP, SOURCES

TABLE_KEY = "agreements_table"
ROW_HEIGHT = 35  # st.dataframe's row height in pixels
MAX_HEIGHT = 640
PAGE_ROWS = 500  # rows per page of the table (read from the database a page at a time)
PAGE_KEY = "agreements_page"


def _selection(korean: tuple[str, ...], partners: tuple[str, ...]) -> dict[str, str]:
    if korean and partners:
        return {"pair": f"{korean[0]},{partners[0]}"}
    return {"place": korean[0]} if korean else {}


def _party(party: dict, lang: str) -> str:
    first, second = ("name_ko", "name_en") if lang == "ko" else ("name_en", "name_ko")
    return party.get(first) or party.get(second) or ""


def agreements_frame(ctx: PageContext, view: pd.DataFrame) -> pd.DataFrame:
    """Records as the table shows them: names, labels and links, in the order of `view` (a page
    from the database, newest first). Built column by column, each label looked up once per
    distinct value.
    """
    lang = ctx.lang
    ko = lang == "ko"

    def labels(column: str, label) -> list[list[str]]:
        distinct = {v for values in col[column] for v in values}
        found = {v: label(v) for v in distinct}
        return [[found[v] for v in values] for values in col[column]]

    col = {c: view[c].tolist() for c in view.columns if c != "search_text"}
    names = {p: ctx.place_label(p) for c in ("korean_places", "partner_places") for ids in col[c] for p in ids}
    names.update({v: ctx.place_label(v) for v in set(col["venue"]) if v})

    def name(pid: str) -> str:
        return names[pid]

    base = ctx.params()
    types = {ty: type_label(ty, lang) for ty in set(col["type"])}
    table = pd.DataFrame({
        "title": col["title_ko" if ko else "title_en"],
        "date": col["date"],
        "type": [types[ty] for ty in col["type"]],
        "korean": [[name(p) for p in ids] for ids in col["korean_places"]],
        "partners": [[name(p) for p in ids] for ids in col["partner_places"]],
        "map": [link(MAP, {**base, **_selection(k, p)})
                for k, p in zip(col["korean_places"], col["partner_places"], strict=True)],
        "source": [link(SOURCES, {**base, "article": f, "record": rid}, anchor=rid)
                   for f, rid in zip(col["source_file"], col["id"], strict=True)],
        "sectors": labels("sectors", lambda v: sector_label(v, lang)),
        "countries": labels("partner_countries", lambda v: country_label(v, lang)),
        "regions": labels("partner_regions", lambda v: region_label(v, lang)),
        "parties": [[_party(p, lang) for p in ps] for ps in col["parties"]],
        "summary": col["summary_ko" if ko else "summary_en"],
        "title_other": col["title_en" if ko else "title_ko"],
        "summary_other": col["summary_en" if ko else "summary_ko"],
        "year": [int(y) for y in col["year"]],
        "date_basis": [date_basis.describe(str(b), lang) for b in col["date_basis"]],
        "venue": [name(v) if v else None for v in col["venue"]],
        "publisher": col["publisher"],
        "published": pd.to_datetime(pd.Series(col["published"], dtype=object), errors="coerce", format="ISO8601"),
        "url": col["url"],
        "evidence": [" | ".join(ev) for ev in col["evidence"]],
        # (as the exports say it: 'reviewed' is the old word for published)
        "status": [t("status_published" if st_ in PUBLIC_STATUSES else f"status_{st_}", lang)
                   if st_ in (*PUBLIC_STATUSES, "proposed") else st_ for st_ in col["status"]],
        "file": col["source_file"],
        "id": col["id"],
    }, columns=list(_columns(lang)))
    return table


def _columns(lang: str) -> dict[str, object]:
    other = "en" if lang == "ko" else "ko"
    col = st.column_config
    return {
        "title": col.TextColumn(t(f"column_title_{lang}", lang), width="medium"),
        "date": col.TextColumn(t("column_date", lang)),
        "type": col.TextColumn(t("column_type", lang)),
        "korean": col.ListColumn(t("column_korean", lang)),
        "partners": col.ListColumn(t("column_partners", lang), width="medium"),
        # the source sentence and its article next: what staff check a record by
        "evidence": col.TextColumn(t("column_evidence", lang), width="large"),
        "source": col.LinkColumn(t("column_source", lang), display_text=t("link_source", lang)),
        "map": col.LinkColumn(t("column_map", lang), display_text=t("link_map", lang)),
        "sectors": col.ListColumn(t("column_sectors", lang), width="medium"),
        "countries": col.ListColumn(t("column_countries", lang)),
        "regions": col.ListColumn(t("column_regions", lang)),
        "parties": col.ListColumn(t("column_parties", lang)),
        "summary": col.TextColumn(t(f"column_summary_{lang}", lang), width="large"),
        "title_other": col.TextColumn(t(f"column_title_{other}", lang), width="large"),
        "summary_other": col.TextColumn(t(f"column_summary_{other}", lang), width="large"),
        "year": col.NumberColumn(t("column_year", lang), format="%d"),
        "date_basis": col.TextColumn(t("column_date_basis", lang)),
        "venue": col.TextColumn(t("column_venue", lang)),
        "publisher": col.TextColumn(t("column_publisher", lang)),
        "published": col.DateColumn(t("column_published", lang), format="YYYY-MM-DD"),
        "url": col.LinkColumn(t("column_url", lang), display_text=r"https?://([^/?#]+)"),
        "status": col.TextColumn(t("column_status", lang)),
        "file": col.TextColumn(t("column_file", lang)),
        "id": col.TextColumn(t("column_id", lang)),
    }


def agreements_table(ctx: PageContext, n: int) -> pd.DataFrame:
    """Draw one page (PAGE_ROWS) of the `n` filtered records, newest first, read from the database;
    a page selector when there is more than one. Returns what it shows."""
    pages = max(1, -(-n // PAGE_ROWS))
    page = 1
    if pages > 1:
        page = int(st.number_input(t("agreements_page", ctx.lang), min_value=1, max_value=pages, value=1, step=1,
                                   key=PAGE_KEY))
    offset = (min(page, pages) - 1) * PAGE_ROWS
    rows = data.page_of(ctx.filters, offset=offset, limit=PAGE_ROWS)
    table = agreements_frame(ctx, rows)
    st.caption(t("agreements_rows", ctx.lang, first=f"{offset + 1:,}", last=f"{offset + len(table):,}", n=f"{n:,}")
               if pages > 1 else t("agreements_order", ctx.lang))  # (the order is said either way)
    height = min(MAX_HEIGHT, ROW_HEIGHT * (len(table) + 1) + 3)
    shown = export.spreadsheet_safe(table)
    for name in ("venue", "publisher", "url"):  # an empty cell, not the word 'None'
        shown[name] = shown[name].map(lambda v: "" if v is None else v)
    st.dataframe(  # (its toolbar's own CSV download gets the exports' formula guard)
        shown, column_config=_columns(ctx.lang), column_order=list(_columns(ctx.lang)),
        hide_index=True, width="stretch", height=height, key=TABLE_KEY,
    )
    return table


def downloads(ctx: PageContext, n: int) -> None:
    """CSV (UTF-8 with a byte-order mark, for Excel), Excel and GeoJSON of the `n` filtered records.

    Each file is made when its button is pressed, from the database a thousand records at a time
    (the Excel file is built from all of them at once).
    """
    gaz, lang, filters = ctx.gaz, ctx.lang, ctx.filters
    stem = file_stem(filters, lang=lang)  # says which filters were applied
    st.markdown(f"**{t('download_heading', lang, n=n)}**")
    cols = st.columns(3)

    def chunks():  # (publishers as the page names them: the national table's in Korean on a Korean page)
        return (with_publishers(chunk, lang) for chunk in data.record_chunks(filters))

    def streamed(fmt: str) -> str:  # (GeoJSON is data: its publishers stay as stored)
        return "".join(export.stream(chunks() if fmt == "csv" else data.record_chunks(filters), gaz, fmt=fmt,
                                     lang=lang, labels=True))

    def xlsx() -> bytes:
        chunks_ = list(chunks())
        return export.to_xlsx(pd.concat(chunks_, ignore_index=True) if chunks_ else data.records_table([]), gaz,
                              lang=lang, labels=True)  # what people read: labels, not ids

    files = [
        ("csv", "text/csv", lambda: streamed("csv").encode("utf-8-sig")),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx),
        ("geojson", "application/geo+json", lambda: streamed("geojson").encode("utf-8")),
    ]
    for col, (ext, mime, make) in zip(cols, files, strict=True):
        col.download_button(
            t(f"download_{ext}", lang), data=make, file_name=f"{stem}.{ext}", mime=mime,
            help=t(f"download_{ext}_help", lang), on_click="ignore", icon=":material/download:",
            key=f"download_{ext}", disabled=n == 0, width="stretch",
        )
