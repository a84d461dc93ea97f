"""The Agreements page's table (every field, labels in the page's language) and its downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from partnerships import export
from ui.i18n import country_label, region_label, sector_label, t, type_label
from ui.page import MAP_PAGE, SOURCES_PAGE, PageContext, link

TABLE_KEY = "agreements_table"
ROW_HEIGHT = 35  # st.dataframe's row height in pixels
MAX_HEIGHT = 640


def map_link(ctx: PageContext, row: pd.Series) -> str:
    """The Map with this record's arc (or, for a domestic record, its Korean place) selected."""
    korean, partners = row["korean_places"], row["partner_places"]
    if korean and partners:
        selection = {"pair": f"{korean[0]},{partners[0]}"}
    else:
        selection = {"place": korean[0] if korean else None}
    return link(MAP_PAGE, ctx.params(**selection))


def source_link(ctx: PageContext, row: pd.Series) -> str:
    """The Sources page showing this record's article, scrolled to the record."""
    return link(SOURCES_PAGE, ctx.params(article=row["source_file"]), anchor=row["id"])


def _basis(basis: str, lang: str) -> str:
    if basis.startswith("inferred"):
        return t("basis_inferred", lang, reason=basis.partition(":")[2].strip())
    return t("basis_stated", lang)


def _party(party: dict, lang: str) -> str:
    first, second = ("name_ko", "name_en") if lang == "ko" else ("name_en", "name_ko")
    return party.get(first) or party.get(second) or ""


def agreements_frame(ctx: PageContext) -> pd.DataFrame:
    """The filtered records as the table shows them, newest first: names, labels and links."""
    lang, view = ctx.lang, ctx.view.sort_values(["date", "id"], ascending=[False, True])
    name = ctx.place_label
    rows = []
    for _, r in view.iterrows():
        rows.append({
            "title": r["title_ko"] if lang == "ko" else r["title_en"],
            "date": r["date"],
            "type": type_label(r["type"], lang),
            "sectors": [sector_label(s, lang) for s in r["sectors"]],
            "korean": [name(p) for p in r["korean_places"]],
            "partners": [name(p) for p in r["partner_places"]],
            "countries": [country_label(c, lang) for c in r["partner_countries"]],
            "regions": [region_label(g, lang) for g in r["partner_regions"]],
            "map": map_link(ctx, r),
            "source": source_link(ctx, r),
            "parties": [_party(p, lang) for p in r["parties"]],
            "summary": r["summary_ko"] if lang == "ko" else r["summary_en"],
            "title_other": r["title_en"] if lang == "ko" else r["title_ko"],
            "summary_other": r["summary_en"] if lang == "ko" else r["summary_ko"],
            "year": int(r["year"]),
            "date_basis": _basis(str(r["date_basis"]), lang),
            "venue": name(r["venue"]) if r["venue"] else None,
            "publisher": r["publisher"],
            "published": r["published"],
            "url": r["url"],
            "evidence": " | ".join(r["evidence"]),
            "status": t(f"st_{r['status']}", lang) if r["status"] in ("reviewed", "proposed") else r["status"],
            "file": r["source_file"],
            "id": r["id"],
        })
    table = pd.DataFrame(rows, columns=list(_columns(lang)))
    table["published"] = pd.to_datetime(table["published"], errors="coerce", format="ISO8601")
    return table


def _columns(lang: str) -> dict[str, object]:
    other = "en" if lang == "ko" else "ko"
    col = st.column_config
    return {
        "title": col.TextColumn(t(f"c_title_{lang}", lang), width="large"),
        "date": col.TextColumn(t("c_date", lang)),
        "type": col.TextColumn(t("c_type", lang)),
        "korean": col.ListColumn(t("c_korean", lang), width="medium"),
        "partners": col.ListColumn(t("c_partners", lang), width="medium"),
        "map": col.LinkColumn(t("c_map", lang), display_text=t("l_map", lang)),
        "source": col.LinkColumn(t("c_source", lang), display_text=t("l_source", lang)),
        "sectors": col.ListColumn(t("c_sectors", lang), width="medium"),
        "countries": col.ListColumn(t("c_countries", lang)),
        "regions": col.ListColumn(t("c_regions", lang)),
        "parties": col.ListColumn(t("c_parties", lang)),
        "summary": col.TextColumn(t(f"c_summary_{lang}", lang), width="large"),
        "title_other": col.TextColumn(t(f"c_title_{other}", lang), width="large"),
        "summary_other": col.TextColumn(t(f"c_summary_{other}", lang), width="large"),
        "year": col.NumberColumn(t("c_year", lang), format="%d"),
        "date_basis": col.TextColumn(t("c_date_basis", lang)),
        "venue": col.TextColumn(t("c_venue", lang)),
        "publisher": col.TextColumn(t("c_publisher", lang)),
        "published": col.DateColumn(t("c_published", lang), format="YYYY-MM-DD"),
        "url": col.LinkColumn(t("c_url", lang), display_text=r"https?://([^/?#]+)"),
        "evidence": col.TextColumn(t("c_evidence", lang), width="large"),
        "status": col.TextColumn(t("c_status", lang)),
        "file": col.TextColumn(t("c_file", lang)),
        "id": col.TextColumn(t("c_id", lang)),
    }


def agreements_table(ctx: PageContext) -> pd.DataFrame:
    """Draw the sortable, searchable table of the filtered records; returns what it shows."""
    table = agreements_frame(ctx)
    height = min(MAX_HEIGHT, ROW_HEIGHT * (len(table) + 1) + 3)
    st.dataframe(
        table, column_config=_columns(ctx.lang), column_order=list(_columns(ctx.lang)),
        hide_index=True, width="stretch", height=height, key=TABLE_KEY,
    )
    return table


def downloads(ctx: PageContext) -> None:
    """CSV (UTF-8 with a byte-order mark, for Excel), Excel and GeoJSON of the filtered records.

    Each file is made when its button is pressed, not on every rerun.
    """
    view, gaz, lang = ctx.view, ctx.gaz, ctx.lang
    st.markdown(f"**{t('dl_heading', lang, n=len(view))}**")
    cols = st.columns(3)
    files = [
        ("csv", "text/csv", lambda: export.to_csv(view, gaz).encode("utf-8-sig")),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         lambda: export.to_xlsx(view, gaz)),
        ("geojson", "application/geo+json", lambda: export.to_geojson(view, gaz).encode("utf-8")),
    ]
    for col, (ext, mime, make) in zip(cols, files, strict=True):
        col.download_button(
            t(f"dl_{ext}", lang), data=make, file_name=f"partnership-atlas.{ext}", mime=mime,
            help=t(f"dl_{ext}_help", lang), on_click="ignore", icon=":material/download:",
            key=f"dl_{ext}", disabled=view.empty, width="stretch",
        )
