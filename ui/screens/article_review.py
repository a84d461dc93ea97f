"""The Add article page's pieces: input (paste or upload), the article with its evidence
highlighted, one editable form per proposed record, and saving with clear messages."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError

from geo.errors import GeoError
from geo.gazetteer import Gazetteer
from partnerships import date_basis, intake
from partnerships.evidence import highlight, sentence_spans, support_spans
from partnerships.model import MAX_NAME, MAX_URL, SECTORS, TYPES, WEB_ADDRESS, with_plain_scheme
from partnerships.new_places import online_default
from partnerships.roles import NotAllowed
from partnerships.store import StoreUnavailable
from ui.screens import place_picker, suggested_texts
from ui.shell import data
from ui.shell.i18n import DEFAULT_LANG, LANG_KEY, sector_label, t, type_label
from ui.shell.markup import html_escape, md_escape
from ui.shell.page import link
from ui.shell.page_list import REVIEW
from ui.shell.relabel import relabel_on_switch

REVIEW_KEY = "aa_review"  # the article under review (intake.Prepared)
SAVED_KEY = "add_article_saved"  # what the last save wrote, shown once
ONLINE_KEY = "add_article_online"
TEXT_KEY = "aa_text"
FILE_KEY = "aa_file"  # + the number of saves so far
CLEAR_KEY = "aa_clear_input"
DROPPED_KEY = "add_article_dropped"  # (the article read again, the records the reading before proposed and it does not)
UPLOADS_KEY = "aa_uploads"  # bumped after a save, so the file uploader starts empty
MAX_MB = intake.MAX_BYTES // 2**20

_CSS = """<style>
.aa-legend{display:flex;gap:.9rem;flex-wrap:wrap;font-size:.85rem;margin:.1rem 0 .6rem 0;color:#4a4f57}
.aa-article{font-size:.95rem;line-height:1.75;color:#1f2328;overflow-wrap:anywhere}
mark.ev{color:#1f2328;padding:.08em 0;border-radius:2px;background:#fff1a8}
mark.ev-type{background:#ffc978;font-weight:600}
mark.ev-date{background:#b9dcff}
mark.ev-places{background:#c5efc0}
mark.ev-sectors{background:#ead7ff}
</style>"""


def online_toggle(lang: str) -> bool:
    """The sidebar switch for online geocoding (off unless $ATLAS_ONLINE_GEOCODING=1)."""
    st.session_state.setdefault(ONLINE_KEY, online_default())
    return st.sidebar.toggle(t("add_article_online", lang), key=ONLINE_KEY, help=t("add_article_online_help", lang))


def input_panel(lang: str) -> tuple[bytes | str, str | None] | None:
    """Paste or upload; (data, file name or None) when the reader asked to read it."""
    if st.session_state.pop(CLEAR_KEY, False):  # the last article was saved: start empty
        st.session_state[TEXT_KEY] = ""
    paste, upload = st.tabs([t("add_article_tab_paste", lang), t("add_article_tab_upload", lang)])
    with paste:
        text = st.text_area(t("add_article_paste_label", lang), key=TEXT_KEY, height=220,
                            placeholder=t("add_article_paste_placeholder", lang))
        if st.button(t("add_article_read", lang), key="aa_read_text", type="primary", on_click=_forget_saved):
            return text or "", None
    with upload:
        file = st.file_uploader(t("add_article_upload_label", lang),
                                key=f"{FILE_KEY}{st.session_state.get(UPLOADS_KEY, 0)}",
                                type=["txt", "md", "html", "htm"], max_upload_size=MAX_MB,
                                help=t("add_article_upload_help", lang, mb=MAX_MB))
        st.caption(t("add_article_upload_help", lang, mb=MAX_MB))
        if st.button(t("add_article_read", lang), key="aa_read_file", type="primary", on_click=_forget_saved):
            if file is None:
                st.warning(t("add_article_no_file", lang))
                return None
            return file.getvalue(), file.name
    return None


def _forget_saved() -> None:
    st.session_state.pop(SAVED_KEY, None)


def read(data: bytes | str, filename: str | None, lang: str, *, gaz: Gazetteer) -> None:
    """Read the article and keep it for review, or say plainly why not."""
    st.session_state.pop(REVIEW_KEY, None)
    st.session_state.pop(SAVED_KEY, None)
    try:
        with st.spinner(t("add_article_reading", lang)):
            review = intake.prepare(data, filename=filename, gazetteer=gaz)
    except intake.IntakeError as exc:
        show_error(exc, lang)
        return
    if not review.candidates and not review.to_place:
        st.info(t("add_article_none", lang, reason=review.reason or "—"))
        _dropped(review, lang)
        return
    st.session_state[REVIEW_KEY] = review
    st.session_state[place_picker.PENDING_KEY] = {}


def show_error(exc: intake.IntakeError, lang: str) -> None:
    """The error for one intake failure, in the chosen language."""
    fields = {k: md_escape(v) for k, v in exc.fields.items()}
    key = f"add_article_err_{exc.code}"
    if exc.code == "invalid" and isinstance(exc, intake.InvalidRecords):
        lines = [t(key, lang, n=len(exc.problems))]
        lines += [f"- {md_escape(' · '.join(x for x in (p.record_id, p.field) if x))}: {md_escape(p.message)}"
                  for p in exc.problems]
        st.error("\n".join(lines))
    else:
        st.error(t(key, lang, **fields) if key in _KNOWN
                 else t("add_article_err_unreadable", lang, detail=md_escape(exc)))


_KNOWN = {f"add_article_err_{c}" for c in ("empty", "binary", "too_large", "too_long", "too_slow", "too_many",
                                           "not_korean",
                                           "file_type", "unreadable", "duplicate", "exists")}


def show_saved(lang: str, *, reviewer: bool = False) -> None:
    """The message for the last save, with a link to the Review page for a reviewer (the records
    are proposed: not on the map or in Sources until published)."""
    saved = st.session_state.get(SAVED_KEY)
    if not saved:
        return
    lines = [t("add_article_saved", lang, n=len(saved.ids), seed=md_escape(saved.seed.name),
               records=md_escape(saved.records.name))]
    if saved.places:
        lines.append(t("add_article_saved_places", lang, ids=md_escape(", ".join(saved.places))))
    st.success("  \n".join(lines))
    params = {} if lang == DEFAULT_LANG else {LANG_KEY: lang}
    links = ((REVIEW, params),) if reviewer else ()
    if not links:
        return
    cols = st.columns(len(links) + 2)
    for col, (target, query) in zip(cols, links, strict=False):
        try:
            col.page_link(target.file, label=t(target.title_key, lang), icon=target.icon, query_params=query)
        except StreamlitPageNotFoundError:  # the page runs on its own (no app around it)
            col.markdown(f"[{t(target.title_key, lang)}]({link(target, query)})")


def _dropped(review: intake.Prepared, lang: str) -> None:
    if review.dropped:
        st.caption(t("add_article_dropped", lang, items=md_escape("; ".join(review.dropped))))


def article_view(text: str, records: list[dict[str, Any]], lang: str) -> None:
    """The article as text, each kept record's evidence and support highlighted."""
    spans = [s for r in records for s in (*sentence_spans(text, r.get("evidence") or []),
                                           *support_spans(text, r.get("support")))]
    legend = "".join(f'<span><mark class="ev ev-{kind}">{html_escape(t("add_article_mark_" + kind, lang))}'
                     "</mark></span>" for kind in ("evidence", "type", "date", "places"))
    st.html(f'{_CSS}<div class="aa-legend">{legend}</div>'
            f'<div class="aa-article" lang="ko">{highlight(text, spans)}</div>')


EDITOR_DATE = "date entered by the editor"


def _init(k: str, cand: dict[str, Any]) -> None:
    basis = str(cand.get("date_basis") or "")
    defaults = {
        "keep": True, "type": cand.get("type") if cand.get("type") in TYPES else "mou",
        "sectors": [s for s in cand.get("sectors") or [] if s in SECTORS], "date": str(cand.get("date") or ""),
        "stated": basis == "stated", "why": basis.partition(":")[2].strip() if basis != "stated" else "",
        # Written or confirmed by a person: the extractor's titles are offered, never filled in.
        "title_en": "", "title_ko": "", "summary_en": "", "summary_ko": "",
    }
    for name, value in defaults.items():
        st.session_state.setdefault(k + name, value)
    place_picker.init_state(k, cand)


def record_editor(i: int, cand: dict[str, Any], lang: str, *, prefix: str, gaz: Gazetteer,
                  online: bool) -> dict[str, Any] | None:
    """One proposed record as a form; the edited record, or None when it is not kept."""
    k = f"{prefix}{i}_"
    _init(k, cand)
    place = place_picker.label_in(gaz)
    relabel_on_switch(k + "lang", {k + "type": type_label, k + "sectors": sector_label,
                                   **{k + name: place for name in ("kr", "partner", "venue")}}, lang)
    ss = st.session_state
    with st.container(border=True, key=f"{k}box"):
        head, keep_col = st.columns([5, 1], vertical_alignment="center")
        head.markdown(f"**{t('add_article_record', lang, i=i + 1)} · {md_escape(type_label(ss[k + 'type'], lang))}**")
        if cand.get("confidence") is not None:
            head.caption(t("add_article_confidence", lang, value=f"{float(cand['confidence']):.2f}"))
        keep = keep_col.checkbox(t("add_article_keep", lang), key=k + "keep")
        off = not keep
        if off:
            st.caption(t("add_article_dropped_record", lang))
        if cand.get("unplaced"):  # the reader left it out: the partner it read is not in the gazetteer
            st.warning(t("add_article_place_partner", lang, name=md_escape(", ".join(cand["unplaced"]))))
        st.selectbox(t("add_article_type", lang), list(TYPES), key=k + "type",
                     format_func=lambda x: type_label(x, lang), disabled=off)
        st.multiselect(t("add_article_sectors", lang), list(SECTORS), key=k + "sectors",
                       format_func=lambda x: sector_label(x, lang), disabled=off)
        d1, d2 = st.columns(2)
        date = d1.text_input(t("add_article_date", lang), key=k + "date", disabled=off).strip()
        year = intake.year_of(date)
        d1.caption(t("add_article_year", lang, year=year) if year
                   else t("add_article_bad_date" if date else "add_article_no_date", lang))
        stated = d2.checkbox(t("add_article_stated", lang), key=k + "stated", disabled=off,  # (short: it was cut)
                             help=t("add_article_stated_help", lang))
        if not stated:
            why = d2.text_input(t("add_article_inferred", lang), key=k + "why", disabled=off)
            if lang == "ko" and why.strip():  # the reader writes it in English: told in Korean beneath
                d2.caption(md_escape(date_basis.reason(f"inferred: {why}", "ko")))
        places = place_picker.place_fields(k, lang, gaz=gaz, online=online, disabled=off)
        publisher = str(st.session_state.get(prefix + "publisher") or "")
        suggested_texts.texts(k, suggested_texts.as_published_by(cand, publisher), lang, off=off)
        quotes = "\n".join(f"> “{md_escape(s)}”\n>" for s in cand.get("evidence") or [])
        st.markdown(f"*{t('add_article_evidence', lang)}*\n\n{quotes.rstrip('>').rstrip()}")
    if off:
        return None
    record = {
        **{f: v for f, v in cand.items() if f != "unplaced"}, **places, "type": ss[k + "type"],
        "sectors": list(ss[k + "sectors"]), "date": date,
        "year": year if year is not None else cand.get("year"),
        "date_basis": "stated" if stated else f"inferred: {_why(cand, date, ss.get(k + 'why'))}",
        "title_en": ss[k + "title_en"].strip(), "title_ko": ss[k + "title_ko"].strip(),
        "summary_en": ss[k + "summary_en"].strip(), "summary_ko": ss[k + "summary_ko"].strip(),
    }
    record["id"] = intake.record_id(record)
    return record


def source_fields(review: intake.Prepared, lang: str, *, prefix: str) -> dict[str, str]:
    """The article's publisher and publication date (both required), filled only with what was
    read from the article itself."""
    pub_key, date_key, url_key = prefix + "publisher", prefix + "published", prefix + "url"
    found = next((c.get("source") or {} for c in [*review.candidates, *review.to_place]), {})
    st.session_state.setdefault(pub_key, str(found.get("publisher") or ""))
    st.session_state.setdefault(date_key, str(review.published or found.get("published") or ""))
    st.session_state.setdefault(url_key, str(found.get("url") or ""))
    st.markdown(f"**{t('add_article_source_head', lang)}**")
    c1, c2 = st.columns(2)
    c1.text_input(t("add_article_publisher", lang), key=pub_key, max_chars=MAX_NAME)  # (what a record keeps)
    c2.text_input(t("add_article_published", lang), key=date_key, placeholder="YYYY-MM-DD")
    st.text_input(t("add_article_url", lang), key=url_key, placeholder="https://", max_chars=MAX_URL)
    url = with_plain_scheme(str(st.session_state[url_key]).strip())  # ('HTTPS://…' is a web page's too)
    return {"publisher": " ".join(str(st.session_state[pub_key]).split()),
            "published": str(st.session_state[date_key]).strip(), "url": url or None}


def redate(review: intake.Prepared, published: str, lang: str, *, prefix: str, gaz: Gazetteer) -> None:
    """When the publication date typed differs from the one the records were read with, offer to
    read the article again with it: '지난 14일', '전날' and undated records are dated from it."""
    held = st.session_state.get(DROPPED_KEY)
    if held and held[0] is review and held[1]:  # (said only when some were left out)
        titles = "; ".join(md_escape(c.get("title_ko" if lang == "ko" else "title_en") or "") for c in held[1])
        st.info(t("add_article_redate_dropped", lang, date=str(review.published or ""), n=len(held[1]), titles=titles))
    if not intake.publication_date_ok(published) or published == str(review.published or ""):
        return
    st.caption(t("add_article_redate_help", lang, date=published))
    if not st.button(t("add_article_redate", lang, date=published), key=prefix + "redate"):
        return
    try:
        with st.spinner(t("add_article_reading", lang)):
            again = intake.prepare(review.text, filename=review.filename, gazetteer=gaz, published=published)
    except intake.IntakeError as exc:
        show_error(exc, lang)
        return
    for key in [k for k in st.session_state if str(k).startswith(prefix) and str(k)[len(prefix):][:1].isdigit()]:
        del st.session_state[key]  # the record forms start again from the records read with the date
    st.session_state[REVIEW_KEY] = again
    now = {_agreement(c) for c in [*again.candidates, *again.to_place]}
    st.session_state[DROPPED_KEY] = (again, [c for c in [*review.candidates, *review.to_place]
                                             if _agreement(c) not in now])
    st.rerun()


def _agreement(candidate: dict[str, Any]) -> tuple:
    """What a proposed record is about, whatever its date: type, Korean side, partners."""
    return (candidate.get("type"), tuple(candidate.get("korean_places") or ()),
            tuple(candidate.get("partner_places") or ()))


_WEB_ADDRESS = re.compile(WEB_ADDRESS)  # (as a record's source.url must be)


def missing(records: list[dict[str, Any]], source: dict[str, str], lang: str) -> list[str]:
    """What a person still has to write before saving (the same rules intake.save_article enforces)."""
    out = []
    if not source["publisher"]:
        out.append(t("add_article_need_publisher", lang))
    if not intake.publication_date_ok(source["published"]):
        out.append(t("add_article_need_published", lang))
    if source.get("url") and not _WEB_ADDRESS.fullmatch(source["url"]):
        out.append(t("add_article_need_url", lang))
    for i, r in enumerate(records):
        if not all(r.get(f) for f in ("title_en", "title_ko", "summary_en", "summary_ko")):
            out.append(t("add_article_need_text", lang, i=r.get("_number", i + 1)))
        if not r.get("korean_places") or not r.get("partner_places"):
            out.append(t("add_article_need_places", lang, i=r.get("_number", i + 1)))
    return out


def review_panel(review: intake.Prepared, lang: str, *, gaz: Gazetteer, online: bool, who: str | None) -> None:
    """The article beside its proposed records, and the save button."""
    prefix = f"aa_{review.hash[:10]}_"
    left, right = st.columns([5, 6], gap="large")
    with right:
        source = source_fields(review, lang, prefix=prefix)
        redate(review, source["published"], lang, prefix=prefix, gaz=gaz)
        shown = [*review.candidates, *review.to_place]  # (then those whose partner a person places)
        st.subheader(t("add_article_records", lang, n=len(shown)), anchor=False)
        st.caption(t("add_article_records_help", lang))
        _dropped(review, lang)
        edited = [record_editor(i, c, lang, prefix=prefix, gaz=gaz, online=online) for i, c in enumerate(shown)]
        kept = [r for r in edited if r is not None]
        numbers = [i + 1 for i, r in enumerate(edited) if r is not None]
        for r in kept:
            r["source"] = {**(r.get("source") or {}), **source}
        todo = missing([{**r, "_number": n} for r, n in zip(kept, numbers, strict=True)], source, lang)
        save_col, discard_col = st.columns([3, 2])
        clicked = save_col.button(t("add_article_save", lang, n=len(kept)), key="add_article_save", type="primary",
                                  disabled=not kept, width="stretch")
        discard_col.button(t("add_article_discard", lang), key="add_article_discard", on_click=discard, width="stretch")
        if not kept:
            st.warning(t("add_article_nothing_kept", lang))
        elif todo and not clicked:
            st.caption(" · ".join(todo))
        if clicked and kept and todo:
            st.error("\n".join(f"- {md_escape(x)}" for x in todo))
        elif clicked and kept:
            _save(review, kept, lang, gaz=gaz, who=who, published=source["published"])
    with left:
        st.subheader(t("add_article_article", lang), anchor=False)
        st.caption(t("add_article_article_help", lang))
        with st.container(height=900, key="aa_article_box"):
            article_view(review.text, kept, lang)


def _why(cand: dict[str, Any], date: str, why: object) -> str:
    """The why of an inferred date: the editor's, or the reader's until the editor changes the date
    (the reader's 'no year in the text …' no longer tells where a date the editor typed came from)."""
    why = " ".join(str(why or "").split())
    read = str(cand.get("date_basis") or "").partition(":")[2].strip()
    return EDITOR_DATE if date and date != str(cand.get("date") or "") and why == read else why


def _with_year(record: dict[str, Any], published: str) -> dict[str, Any]:
    """An undated record takes the year of the publication date, and says so."""
    if record.get("year") is not None and record.get("date"):
        return record
    out = {**record, "year": int(published[:4]), "date": published[:4],
           "date_basis": f"inferred: year of the publication date {published} given on saving"}
    out["id"] = intake.record_id(out)
    return out


def discard() -> None:
    """Forget the article under review."""
    st.session_state.pop(REVIEW_KEY, None)
    st.session_state.pop(place_picker.PENDING_KEY, None)


def _save(review: intake.Prepared, records: list[dict[str, Any]], lang: str, *, gaz: Gazetteer, who: str | None,
          published: str) -> None:
    records = [_with_year(r, published) for r in records]
    used = {p for r in records for p in (*r["korean_places"], *r["partner_places"], r.get("venue")) if p}
    new = [p for pid, p in place_picker.pending().items() if pid in used]
    try:
        saved = intake.save_article(review.text, records, gazetteer=gaz, published=published,
                                    new_places=new, who=who)
    except NotAllowed as exc:
        st.error(t("auth_not_allowed", lang, action=md_escape(exc.action)))
        return
    except intake.IntakeError as exc:
        show_error(exc, lang)
        return
    except GeoError as exc:
        st.error(t("add_article_err_places", lang, detail=md_escape(exc)))
        return
    except (OSError, StoreUnavailable) as exc:  # nothing was written
        st.error(t("add_article_err_write", lang, detail=md_escape(exc)))
        return
    data.changed()
    discard()
    st.session_state[CLEAR_KEY] = True
    st.session_state[UPLOADS_KEY] = st.session_state.get(UPLOADS_KEY, 0) + 1
    st.session_state[SAVED_KEY] = saved
    st.rerun()
