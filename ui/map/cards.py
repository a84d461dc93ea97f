"""The panel for a selected place or pair: each record with its evidence and its source."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from partnerships import date_basis
from partnerships.model import CONFIDENCE, is_public, is_undated
from partnerships.tables.rows import RowLine, parse_row_line
from ui.shell import auth
from ui.shell.i18n import confidence_label, level_label, publisher_label, sector_label, t, type_label
from ui.shell.markup import md_escape, md_link, md_table
from ui.shell.strings_en import EN


def web_host(url: object) -> str:
    """The host of a web address ('' for none, or for one Python cannot split: 'http://[::1')."""
    try:
        return (urlsplit(url).hostname or "") if isinstance(url, str) else ""
    except ValueError:
        return ""


def _link(url: str | None) -> str:
    return md_link(url) if url and web_host(url) else ""


_NOTE = re.compile(r"(비고): ([^가-힣]*)$")
_FILE_NAME = re.compile(r"[\w.()-]+\.(?:csv|tsv|xlsx?|txt|md|html?|json)\b", re.IGNORECASE)


def english_note_marked(summary_ko: str) -> str:
    """A Korean summary whose table note ('비고: …') was written in English says so ('비고(영문): …'):
    the note is the source's own words, not translated."""
    return _NOTE.sub(lambda m: f"{m.group(1)}{t('record_in_english', 'ko')}: {m.group(2)}", str(summary_ko or ""))


def record_card(row: pd.Series, lang: str, *, place_name: Callable[[str], str]) -> None:
    """One record: title, date (and why, if inferred), type, sectors, summary, evidence, source."""
    ko = lang == "ko"
    with st.container(border=True):
        st.markdown(f"**{md_escape(row['title_ko'] if ko else row['title_en'])}**")
        basis = str(row["date_basis"])
        inferred = basis.startswith("inferred")
        date = md_escape(row["date"]) + (f" ({t('record_inferred', lang)})" if inferred else "")
        if is_undated(int(row["year"])):
            date = t("undated_short", lang)
        sectors = ", ".join(sector_label(s, lang) for s in row["sectors"])
        places = " → ".join(
            ", ".join(place_name(p) for p in side)
            for side in (row["korean_places"], row["partner_places"]) if side
        )
        st.markdown(
            f"{t('record_date', lang)}: {date}  \n"
            f"{t('record_type', lang)}: {md_escape(type_label(row['type'], lang))} · "
            f"{t('record_sectors', lang)}: {md_escape(sectors)}  \n"
            f"{t('record_partners', lang)}: {md_escape(places)}"
        )
        reason = date_basis.reason(basis, lang)
        if reason:  # (a curator's why the phrasebook does not know stays in English, and says so)
            # (quoted words and file names are the source's own: 'ties.csv 266행에 날짜가 없음' is Korean)
            own_words = _FILE_NAME.sub("", re.sub(r"'[^']*'", "", reason))
            untranslated = ko and re.search(r"[A-Za-z]{3,}", own_words) is not None
            in_english = t("record_in_english", lang) if untranslated else ""
            st.caption(f"{t('record_why_date', lang)}{in_english}: {md_escape(reason)}")
        if not is_public(row["status"]):
            st.caption(t("record_proposed", lang))
        confidence = row.get("confidence")
        if isinstance(confidence, str) and confidence in CONFIDENCE:  # the source table's own grade
            st.caption(t("record_confidence", lang, level=confidence_label(confidence, lang)))
        st.markdown(md_escape(english_note_marked(row["summary_ko"]) if ko else row["summary_en"]))
        _evidence(list(row["evidence"]), lang)
        source = [md_escape(publisher_label(row["publisher"], lang))]
        if row["published"]:
            source.append(f"{t('record_published', lang)} {md_escape(row['published'])}")
        if handle := source_handle(row, lang):
            source.append(md_escape(handle))
        link = _link(row["url"])
        if link:
            source.append(link)
        st.caption(f"{t('record_source', lang)}: " + " · ".join(x for x in source if x))  # (a sheet: no publisher)
        _also_reported(row.get("also_reported"), lang)


def source_handle(row: pd.Series, lang: str) -> str:
    """How a reader finds a record's source beside its publisher and link: a table's name and row
    ('Table ties.csv, row 238'); the stored file's name only for an article known by nothing else
    (the name the store gave it, '000_a437fd8661412f19.txt', means nothing to a viewer)."""
    table_row = parse_row_line(row["evidence"][0]) if len(row["evidence"]) else None
    if table_row is not None:
        return t("tour_row_source", lang, file=table_row.file, row=table_row.row)
    if any(isinstance(row[k], str) and row[k].strip() for k in ("url", "publisher")):
        return ""
    return f"{t('record_file', lang)} {row['source_file']}"


def _evidence(lines: list[str], lang: str) -> None:
    """An article's sentences as quotes; a table row (the national layer, an imported sheet) as
    its columns and values, one click away."""
    rows = [parse_row_line(s) for s in lines]
    quotes = "\n".join(f"> “{md_escape(s)}”\n>" for s, r in zip(lines, rows, strict=True) if r is None)
    if quotes:
        st.markdown(f"*{t('record_evidence', lang)}*\n\n{quotes.rstrip('>').rstrip()}")
    for r in rows:
        if r is not None:
            with st.expander(t("record_row_evidence", lang, file=md_escape(r.file), row=r.row)):
                row_table(r, lang)


def row_table(r: RowLine, lang: str) -> None:
    """A table row's labelled cells as a two-column table (the sheet's own text, escaped); the
    national table's columns and coded values said in the page's language."""
    cells = [(_column_label(field, lang), _cell_label(field, value, lang)) for field, value in r.cells]
    st.table(md_table(pd.DataFrame(cells, columns=[t("record_row_field", lang), t("record_row_value", lang)])
                      .set_index(t("record_row_field", lang))))


# the national table's coded columns, said as the page says those codes
_CODED = {"korean_level": level_label, "tie_type": type_label, "confidence": confidence_label}


def _column_label(field: str, lang: str) -> str:
    """A national table column by its name on the page (the catalogs' `national_column_*`), else
    the sheet's own label, which may break after its underscores."""
    key = f"national_column_{field}"
    return t(key, lang) if key in EN else field.replace("_", "_\u200b")


def _cell_label(field: str, value: str, lang: str) -> str:
    label = _CODED.get(field)
    return label(value, lang) if label else value  # (an unknown code reads as written)


def _also_reported(reports, lang: str) -> None:
    """The other articles a reviewer merged into this record: each source with its evidence."""
    for report in reports if isinstance(reports, (list, tuple)) else ():
        src = report.get("source") if isinstance(report, dict) else None
        if not isinstance(src, dict):
            continue
        quotes = "\n".join(f"> “{md_escape(str(s))}”\n>" for s in report.get("evidence") or ())
        if quotes:
            st.markdown(f"*{t('record_also_evidence', lang)}*\n\n{quotes.rstrip('>').rstrip()}")
        parts = [md_escape(publisher_label(src.get("publisher"), lang))]
        if src.get("published"):
            parts.append(f"{t('record_published', lang)} {md_escape(str(src['published']))}")
        parts.append(f"{t('record_file', lang)} {md_escape(str(src.get('file') or ''))}")
        link = _link(src.get("url") if isinstance(src.get("url"), str) else None)
        if link:
            parts.append(link)
        st.caption(f"{t('record_also_source', lang)}: " + " · ".join(p for p in parts if p))


def records_panel(
    title: str, records: pd.DataFrame, lang: str, *, place_name: Callable[[str], str], intro: str | None = None
) -> None:
    """A heading, the number of records (and `intro`, plain text), then one card per record (newest first)."""
    st.subheader(md_escape(title), anchor=False)
    st.caption(t("n_agreements", lang, n=len(records)))
    if intro:
        st.caption(md_escape(intro))
    user = auth.current()
    staff = None
    if user.may("read_drafts"):  # the review modules are imported for staff only (a viewer's page loads faster)
        from ui.screens import record_staff as staff
    for _, row in records.iterrows():
        record_card(row, lang, place_name=place_name)
        if staff is not None:
            staff.tools(row["id"], user, lang)  # history, edit, retract: signed-in staff only
