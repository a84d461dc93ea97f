"""The fields of a stored record that a reviewer can change, drawn the same way in the review queue
and under a published record: type, titles, summaries, date, sectors, places, and the source's
publisher and publication date (a folder of articles may come without them).

The form's starting values are kept as its base, and only the fields changed since are written, so
a save on top of someone else's change keeps the fields they changed.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from partnerships import review
from partnerships.model import SECTORS, TYPES
from ui.screens import place_picker
from ui.shell import data
from ui.shell.i18n import sector_label, t, type_label
from ui.shell.relabel import relabel_on_switch

TEXTS = ("title_en", "title_ko", "summary_en", "summary_ko", "date")
LISTS = ("sectors", "korean_places", "partner_places")
SOURCE = ("publisher", "published")  # kept in the record's `source`
FIELDS = (*TEXTS, "type", *LISTS, "venue", *SOURCE)
_PLACE_KEYS = {"korean_places": "kr", "partner_places": "partner", "venue": "venue"}  # place_picker's names


def form_key(rid: str, name: str) -> str:
    return f"rv_{rid}_{name}"


def _places_prefix(rid: str) -> str:
    return form_key(rid, "pl_")


def _widget_key(rid: str, field: str) -> str:
    part = _PLACE_KEYS.get(field)
    return _places_prefix(rid) + part if part else form_key(rid, field)


def _base(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {f: str(record.get(f) or "") for f in TEXTS}
    out["type"] = record["type"]
    out.update({f: [str(x) for x in record.get(f) or []] for f in LISTS})
    out["venue"] = str(record.get("venue") or "")
    out.update({f: str((record.get("source") or {}).get(f) or "") for f in SOURCE})
    return out


def open_form(item: review.Stored) -> None:
    """The form's starting values, kept as its base, and the version it was opened on (once per
    record and session, and again when its widgets were dropped)."""
    ss = st.session_state
    if form_key(item.id, "version") in ss:
        if form_key(item.id, "type") in ss or not ss.get(form_key(item.id, "drawn")):
            return
        # Drawn once, then left out of a run (merged, then the merge undone): Streamlit dropped its
        # widgets' values, so the form opens anew on the record as stored (else it came back empty,
        # under a "changed meanwhile" of the reviewer's own merge and undo)
        for key in [k for k in ss if str(k).startswith(form_key(item.id, ""))]:
            del ss[key]
    ss[form_key(item.id, "version")] = item.version
    base = _base(item.record)
    ss[form_key(item.id, "base")] = base
    for f, value in base.items():
        ss[_widget_key(item.id, f)] = list(value) if isinstance(value, list) else value


def edits_of(item: review.Stored) -> dict[str, Any] | None:
    """The fields the reviewer changed in the form since it was opened (None when none)."""
    ss = st.session_state
    base = ss.get(form_key(item.id, "base"))
    if base is None:  # no form open for it
        return None
    # A widget not drawn in the last run has lost its value: it then counts as unchanged.
    now = {f: ss.get(_widget_key(item.id, f), base[f]) for f in FIELDS}
    out = {f: " ".join(str(now[f]).split()) for f in (*TEXTS, *SOURCE)}
    out |= {f: [str(x) for x in now[f] or []] for f in LISTS}
    out |= {"type": now["type"], "venue": str(now["venue"] or "")}
    was = {**base, **{f: " ".join(str(base[f]).split()) for f in (*TEXTS, *SOURCE)}}  # (line breaks are no edit)
    changed = {f: v for f, v in out.items() if v != was[f]}
    if "venue" in changed:
        changed["venue"] = changed["venue"] or None
    if any(f in changed for f in SOURCE):  # only the parts changed (partnerships.source_edit)
        source = {f: out[f] for f in SOURCE if f in changed}
        changed = {k: v for k, v in changed.items() if k not in SOURCE} | {"source": source}
    return changed or None


def _kept_texts(rid: str) -> dict[str, str | None]:
    """Each text field's value as the server holds it, given to its widget as its default: a widget
    the browser draws anew (seen after a language switch on a busy machine) otherwise starts empty
    and sends that back as the reviewer's edit. None on the run that opened the form, whose values
    were just set here (Streamlit warns when a widget gets both)."""
    ss = st.session_state
    drawn = ss.get(form_key(rid, "drawn"))
    return {f: str(ss.get(form_key(rid, f)) or "") if drawn else None for f in (*TEXTS, *SOURCE)}


def shown(record: dict[str, Any]) -> dict[str, Any]:
    """A record's editable fields, as the conflict view shows them side by side."""
    return {f: (record.get("source") or {}).get(f) if f in SOURCE else record.get(f) for f in FIELDS}


def draw(rid: str, lang: str, *, from_table: bool = False) -> None:
    """The widgets of an open form; places are chosen from the gazetteer (its finder included). A
    sheet's row (`from_table`) is credited by its table: its publisher and date are not required."""
    place = place_picker.label_in(data.gazetteer())
    relabel_on_switch(form_key(rid, "lang"), {
        form_key(rid, "type"): type_label, form_key(rid, "sectors"): sector_label,
        **{_widget_key(rid, f): place for f in ("korean_places", "partner_places", "venue")}}, lang)
    st.selectbox(t("add_article_type", lang), list(TYPES), key=form_key(rid, "type"),
                 format_func=lambda x: type_label(x, lang))
    kept = _kept_texts(rid)
    c1, c2 = st.columns(2)
    c1.text_input(t("add_article_title_en", lang), kept["title_en"], key=form_key(rid, "title_en"))
    c2.text_input(t("add_article_title_ko", lang), kept["title_ko"], key=form_key(rid, "title_ko"))
    c1.text_area(t("add_article_summary_en", lang), kept["summary_en"], key=form_key(rid, "summary_en"), height=80)
    c2.text_area(t("add_article_summary_ko", lang), kept["summary_ko"], key=form_key(rid, "summary_ko"), height=80)
    c1.text_input(t("add_article_date", lang), kept["date"], key=form_key(rid, "date"))
    sectors = list(dict.fromkeys([*SECTORS, *(st.session_state.get(form_key(rid, "sectors")) or [])]))
    c2.multiselect(t("add_article_sectors", lang), sectors, key=form_key(rid, "sectors"),
                   format_func=lambda x: sector_label(x, lang))
    place_picker.place_fields(_places_prefix(rid), lang, gaz=data.gazetteer(), online=False, disabled=False)
    c1, c2 = st.columns(2)
    labels = ("add_article_publisher_optional", "add_article_published_optional") if from_table \
        else ("add_article_publisher", "add_article_published")
    c1.text_input(t(labels[0], lang), kept["publisher"], key=form_key(rid, "publisher"))
    c2.text_input(t(labels[1], lang), kept["published"], key=form_key(rid, "published"))
    st.session_state[form_key(rid, "drawn")] = True
