"""The Add article page's batch section: several files (or zips) at once into the review queue,
with a progress bar and the same summary as `python -m partnerships ingest`."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from geo.gazetteer import Gazetteer
from partnerships import proposals, store
from partnerships.errors import DataError
from partnerships.ingest.batch import NO_DATE, Summary, out_of_time, run_batch
from partnerships.ingest.sources import ARTICLE_SUFFIXES, ArticleFile, Failure, read_zip, too_large
from partnerships.ingest.worker import Options
from ui.screens.batch_reasons import file_reason, no_record_reason
from ui.shell.i18n import t, type_label
from ui.shell.markup import md_escape, md_table

RESULT_KEY = "ib_result"
MAX_FILE_MB = 2
MAX_ZIP_MB = 50
READ_MINUTES = 10  # one upload's reading time in the page: what is left is listed, to be added again


def _files(uploads) -> list[ArticleFile | Failure]:
    out: list[ArticleFile | Failure] = []
    for up in uploads:
        data = up.getvalue()
        if up.name.lower().endswith(".zip"):
            out.extend(read_zip(data if len(data) <= MAX_ZIP_MB * 2**20 else b"", name=up.name))
        elif len(data) > MAX_FILE_MB * 2**20:
            out.append(Failure(up.name, too_large(len(data), MAX_FILE_MB * 2**20)))
        else:
            out.append(ArticleFile(up.name, data))
    return out


def panel(lang: str, *, gaz: Gazetteer, who: str | None) -> None:
    """Upload several articles, read them all, show the summary."""
    uploads = st.file_uploader(t("batch_label", lang), type=[s.lstrip(".") for s in ARTICLE_SUFFIXES] + ["zip"],
                               accept_multiple_files=True, key="ib_files", help=t("batch_help", lang))
    c1, c2 = st.columns(2)
    published = c1.date_input(t("batch_published", lang), value=None, key="batch_published",
                              min_value=dt.date(1950, 1, 1), max_value=dt.date.today())
    from_name = c2.checkbox(t("batch_from_name", lang), key="batch_from_name")
    if st.button(t("batch_read", lang), key="batch_read", type="primary"):
        if not uploads:
            st.warning(t("batch_none", lang))
        else:
            st.session_state[RESULT_KEY] = _run(uploads, lang, gaz=gaz, who=who, options=Options(
                published=published.isoformat() if published else None, from_filename=from_name))
    result = st.session_state.get(RESULT_KEY)
    if isinstance(result, Summary):
        show_summary(result, lang)
        proposed_records(result, lang, gaz=gaz)


def _run(uploads, lang: str, *, gaz: Gazetteer, who: str | None, options: Options) -> Summary | None:
    files = _files(uploads)
    bar = st.progress(0.0)
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        bar.progress(min(1.0, done / max(1, len(files))), text=t("batch_progress", lang, done=done, total=len(files),
                                                                  name=md_escape(name.rsplit("/", 1)[-1])))

    try:
        sink = proposals.DbProposals(store.open_store(), who, gaz)
        return run_batch(files=files, sink=sink, options=options, on_done=tick, seconds=READ_MINUTES * 60)
    except DataError as exc:  # the store is down, or the role does not allow it
        st.error(t("auth_store_down", lang, detail=md_escape(exc)))
        return None
    finally:
        bar.empty()


def show_summary(summary: Summary, lang: str) -> None:
    """Counts, then the failures and duplicates with their reasons (escaped: `st.table` renders markdown)."""
    labels = ("batch_row_files", "batch_row_articles", "batch_row_proposed", "batch_row_duplicates", "batch_row_empty",
              "batch_row_failures")
    st.subheader(t("batch_summary", lang), anchor=False)
    st.table(pd.DataFrame({t("batch_what", lang): [t(k, lang) for k in labels],
                           t("batch_count", lang): [n for _, n in summary.rows()]}).set_index(t("batch_what", lang)))
    if summary.read:  # each article read, and what it gave (or why it gave nothing)
        st.caption(t("batch_articles_read", lang))
        frame = pd.DataFrame([(f, n, no_record_reason(why, lang) if why else "") for f, n, why in summary.read],
                             columns=[t("batch_file", lang), t("batch_records", lang), t("batch_reason", lang)])
        st.table(md_table(frame.set_index(t("batch_file", lang))))
    dups = [(f, file_reason(why, lang)) for f, why in summary.duplicates] + [
        (f, f"{rid} → {pid}") for f, rid, pid in summary.merges]
    told = {NO_DATE: t("batch_no_date", lang),
            out_of_time(READ_MINUTES * 60): t("batch_out_of_time", lang, minutes=READ_MINUTES)}
    failures = [(f, told.get(why) or file_reason(why, lang)) for f, why in summary.failures]
    for title, rows in (("batch_failures", failures), ("batch_duplicates", dups)):
        if rows:
            st.caption(t(title, lang))
            frame = pd.DataFrame(rows, columns=[t("batch_file", lang), t("batch_reason", lang)])
            st.table(md_table(frame.set_index(t("batch_file", lang))))  # names from outside: text


def proposed_records(summary: Summary, lang: str, *, gaz: Gazetteer) -> None:
    """Each record proposed, under the file it came from and the name the article is stored under
    (as Review and Sources show it): title, type, date and partner, to check before review."""
    if not summary.records:
        return
    from ui.screens.place_picker import labeller

    place = labeller(gaz, lang)
    title = "title_ko" if lang == "ko" else "title_en"
    rows = [(f, stored, str(r.get(title) or r.get("id") or ""), type_label(str(r.get("type")), lang),
             str(r.get("date") or "—"), ", ".join(place(p) for p in r.get("partner_places") or ()))
            for f, stored, r in summary.records]
    st.caption(t("batch_records_proposed", lang))
    frame = pd.DataFrame(rows, columns=[t("batch_file", lang), t("batch_stored_as", lang), t("batch_title", lang),
                                        t("batch_type", lang), t("batch_date", lang), t("batch_partner", lang)])
    st.table(md_table(frame.set_index(t("batch_file", lang))))  # titles and names from outside: text
