"""What signed-in staff see under a published record: its history (with revert for reviewers),
and for reviewers an edit form and a retract button, each with a reason.

Every button calls a function of partnerships.review, which checks the role again itself.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from partnerships import national, review, review_reasons, staff_db, store
from ui.screens import review_fields
from ui.screens.review_fields import edits_of, form_key, open_form
from ui.screens.review_queue import act, conflict, failed
from ui.shell import data
from ui.shell.auth import SignedIn
from ui.shell.i18n import sector_label, t, type_label
from ui.shell.markup import md_escape

# a record's fields as the table's columns name them
_FIELD_COLUMNS = {"korean_places": "korean", "partner_places": "partners", "sectors": "sectors",
                  "also_reported": "source"}


def _word(key: str, stored: str, lang: str) -> str:
    """The page's word for an action, status or field; the stored word when the page has none."""
    try:
        return t(key, lang)
    except KeyError:
        return stored


# fields whose old and new values a history line shows (short ones; the rest are named only)
_SHOWN_VALUES = ("date", "type", "title_en", "title_ko", "korean_places", "partner_places", "sectors", "venue")
_SHORT = 120  # (a title runs to about this; longer text is cut)


def _short(value, field: str = "", lang: str = "en") -> str:
    """A field's value in a few words, a type or sector by its name in the page's language: lists
    joined, long text cut, nothing as '—'."""
    name = {"sectors": sector_label, "type": type_label,
            **dict.fromkeys(("korean_places", "partner_places", "venue"), _place_name)}.get(field)
    if name is not None:
        value = [name(str(v), lang) for v in value] if isinstance(value, list | tuple) else \
            name(str(value), lang) if value else value
    text = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value or "")
    text = " ".join(text.split()) or "—"
    return text if len(text) <= _SHORT else text[:_SHORT - 1] + "…"


def _place_name(place_id: str, lang: str) -> str:
    """A place in a change line by its name ('세부주'), not its id ('adm1-ph-cebu')."""
    return data.gazetteer().name_in(place_id, lang)


_KST = dt.timezone(dt.timedelta(hours=9), "KST")  # (Korea keeps no summer time)


def korea_time(at: dt.datetime) -> str:
    """When a change was made, in Korea's time and saying so: the staff work there, and the
    database keeps UTC (SQLite hands it back without its zone)."""
    at = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return f"{at.astimezone(_KST):%Y-%m-%d %H:%M} KST"


def _title(line: dict, lang: str) -> str:
    """The record's title as the line left it (or found it), in the page's language, else its id."""
    record = line["after"] or line["before"] or {}
    return str(record.get("title_ko" if lang == "ko" else "title_en") or line["record_id"])


def _line(line: dict, lang: str) -> str:
    """One audit line: number, time, who, what was done, the status it moved between, the fields it
    changed and why, in the page's language."""
    status, changed = review.change_parts(line)
    reason = str(line["reason"] or "")
    reason = review_reasons.in_korean(reason) if lang == "ko" else reason
    status = " → ".join(_word(f"status_{part.strip()}", part.strip(), lang) if part.strip() != "—" else "—"
                        for part in status.split("→")) if status else ""
    before, after = line["before"] or {}, line["after"] or {}
    fields = ", ".join(f"{_word(f'column_{_FIELD_COLUMNS.get(f, f)}', f, lang)} {_short(before.get(f), f, lang)} → "
                       f"{_short(after.get(f), f, lang)}" if f in _SHOWN_VALUES else
                       _word(f"column_{_FIELD_COLUMNS.get(f, f)}", f, lang) for f in changed)
    who = {national.WHO: "history_who_national", "load": "history_who_load"}.get(str(line["who"]))
    parts = [f"#{line['id']}", korea_time(line["at"]), t(who, lang) if who else str(line["who"]),
             _word(f"audit_{line['action']}", str(line["action"]), lang), status, fields, reason]
    return " · ".join(p for p in parts if p)


def recent_changes(user: SignedIn, lang: str) -> None:
    """The latest changes to any record, newest first; reviewers can revert each one."""
    eng = staff_db.engine()
    lines = review.recent(eng, user.name)
    if not lines:
        return
    st.subheader(t("history_recent", lang), anchor=False)
    reason = st.text_input(t("review_reason", lang), key="hi_recent_reason").strip() if user.may("revert") else ""
    # the versions the list was shown at: a revert pressed now applies to what the reviewer saw, and
    # is refused as a conflict if someone changed the record since
    seen: dict[str, int] = st.session_state.get(_SEEN_KEY, {})
    shown: dict[str, int] = {}
    for line in lines:
        rid = line["record_id"]
        text_col, button_col = st.columns([5, 1], vertical_alignment="center")
        text_col.text(f"{_title(line, lang)} · {_line(line, lang)}")
        if not (user.may("revert") and line["before"]):
            continue
        if rid not in shown:
            try:
                shown[rid] = review.get(eng, rid).version
            except review.NotFound:
                continue
        if button_col.button(t("history_revert", lang, n=line["id"]), key=f"hi_recent_revert_{line['id']}"):
            if not reason:
                st.error(t("review_need_reason", lang))
                continue
            version = seen.get(rid, shown[rid])
            if version != shown[rid]:
                st.warning(t("history_revert_changed", lang, rid=md_escape(rid)))
                continue
            act(lang, rid, "revert", lambda n=line["id"], v=version: review.revert(
                eng, user.name, n, version=v, reason=reason))
    st.session_state[_SEEN_KEY] = shown


_SEEN_KEY = "hi_recent_versions"


def history(rid: str, user: SignedIn, lang: str) -> None:
    """The record's audit trail (oldest first); reviewers can revert any change."""
    eng = staff_db.engine()
    lines = review.history_for(eng, user.name, rid)
    if not lines:
        st.caption(t("history_none", lang))
        return
    for line in lines:
        st.text(_line(line, lang))
    if not user.may("revert"):
        return
    reverts = [line for line in lines if line["before"]]
    if not reverts:
        return
    reason = st.text_input(t("review_reason", lang), key=form_key(rid, "revert_reason")).strip()
    for line in reversed(reverts):
        if st.button(t("history_revert", lang, n=line["id"]), key=form_key(rid, f"revert_{line['id']}")):
            if not reason:
                st.error(t("review_need_reason", lang))
                continue
            current = review.get(eng, rid)
            version = st.session_state.get(form_key(rid, "version"), current.version)
            act(lang, rid, "revert", lambda n=line["id"], v=version: review.revert(eng, user.name, n, version=v,
                                                                                     reason=reason))


def edit_or_retract(rid: str, user: SignedIn, lang: str) -> None:
    """Reviewers: change the record's type, texts, date, sectors or places, or retract it; a reason is required."""
    eng = staff_db.engine()
    item = review.get(eng, rid)
    open_form(item)
    version = st.session_state[form_key(rid, "version")]  # read before `conflict` moves it on
    conflict(item, lang)
    review_fields.draw(rid, lang)
    reason = st.text_input(t("review_reason", lang), key=form_key(rid, "reason")).strip()
    edits = edits_of(item)
    b1, b2 = st.columns(2)
    if b1.button(t("history_save", lang), key=form_key(rid, "save"), disabled=edits is None, width="stretch"):
        if not reason:
            st.error(t("review_need_reason", lang))
        else:
            act(lang, rid, "edit", lambda: review.edit(eng, user.name, rid, edits, version=version, reason=reason))
    if b2.button(t("history_retract", lang), key=form_key(rid, "retract"), width="stretch"):
        if not reason:
            st.error(t("review_need_reason", lang))
        else:
            act(lang, rid, "retract", lambda: review.retract(eng, user.name, rid, version=version, reason=reason))


def tools(rid: str, user: SignedIn, lang: str) -> None:
    """History for staff; edit and retract for reviewers. Nothing for viewers."""
    if not user.may("read_drafts"):
        return
    try:
        with st.expander(t("history_title", lang)):
            history(rid, user, lang)
        if user.may("edit"):
            with st.expander(t("history_edit", lang)):
                edit_or_retract(rid, user, lang)
    except (review.ReviewError, store.StoreUnavailable) as exc:
        failed(exc, lang)


def retracted_notice(article_file: str, lang: str) -> None:
    """For an article's link: which of its records were retracted, and why (shown as text)."""
    try:
        notes = review.retracted_in(staff_db.engine(), article_file)
    except store.StoreUnavailable:
        return
    for rid, title_en, title_ko, reason in notes:
        st.warning(t("history_retracted", lang, reason=md_escape(reason or "—")) + "  \n"
                   + md_escape(f"{title_ko if lang == 'ko' else title_en} ({rid})"))


def public_articles(names: list[str]) -> list[str]:
    """The articles a viewer may open on Sources: those with a published or a retracted record
    (not one whose records all wait for review or were rejected, nor one stored with none: an
    upload nobody has reviewed). None while the database cannot be reached."""
    try:
        shown = review.public_files(staff_db.engine())
    except store.StoreUnavailable:
        return []
    return [n for n in names if n in shown]
