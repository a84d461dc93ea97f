"""A proposed record's titles and summaries on the Add article page: the reader's as grey
suggestions, taken with one click, naming the publisher as the person has it."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from ui.shell.i18n import t

_SUGGESTED = ("title_en", "title_ko", "summary_en", "summary_ko")


def as_published_by(cand: dict[str, Any], publisher: str) -> dict[str, Any]:
    """The candidate with its suggested summary naming the publisher as the person has it now ('…,
    reported by press release' after the field was changed to 전주시청)."""
    read = str((cand.get("source") or {}).get("publisher") or "")
    summary = str(cand.get("summary_en") or "")
    publisher = " ".join(publisher.split())
    # (the reader names a government in English, its Korean after it: 'reported by Changwon (창원시)')
    said = rf"reported by (?:[^()]{{1,80}} \({re.escape(read)}\)|{re.escape(read)})"
    named = re.search(said, summary) if read else None
    if not read or not publisher or read == publisher or named is None:
        return cand
    return {**cand, "summary_en": summary[:named.start()] + f"reported by {publisher}" + summary[named.end():]}


def texts(k: str, cand: dict[str, Any], lang: str, *, off: bool) -> None:
    """Both titles and both summaries, the reader's as grey suggestions, and a button that takes them."""
    n1, n2 = st.columns(2)
    n1.text_input(t("add_article_title_en", lang), key=k + "title_en", disabled=off,
                  placeholder=str(cand.get("title_en") or ""))
    n2.text_input(t("add_article_title_ko", lang), key=k + "title_ko", disabled=off,
                  placeholder=str(cand.get("title_ko") or ""))
    n1.text_area(t("add_article_summary_en", lang), key=k + "summary_en", height=90, disabled=off,
                 placeholder=str(cand.get("summary_en") or ""))
    n2.text_area(t("add_article_summary_ko", lang), key=k + "summary_ko", height=90, disabled=off,
                 placeholder=str(cand.get("summary_ko") or ""))
    if any(cand.get(f) for f in _SUGGESTED):
        st.button(t("add_article_use_suggestion", lang), key=k + "suggest", disabled=off, on_click=_use_titles,
                  args=(k, cand))


def _use_titles(k: str, cand: dict[str, Any]) -> None:
    """The person accepts the extractor's titles and summaries (they can still change them); a
    field they wrote already stays."""
    for f in _SUGGESTED:
        if not str(st.session_state.get(k + f) or "").strip():
            st.session_state[k + f] = str(cand.get(f) or "")
