"""'Your proposals' on the Add article page: what became of the records the signed-in member of
staff proposed (partnerships.own_proposals), so an editor, who cannot open Review, can follow them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from partnerships import review_reasons, store
from partnerships.own_proposals import own_proposals
from ui.shell.i18n import t
from ui.shell.markup import md_table


def panel(lang: str, who: str | None) -> None:
    """An expander listing `who`'s last proposals with their status and any reviewer's reason."""
    if not who:
        return
    try:
        mine = own_proposals(store.engine(), who)
    except store.StoreUnavailable:
        return
    with st.expander(t("own_proposals", lang, n=len(mine)), icon=":material/history:"):
        if not mine:
            st.caption(t("own_proposals_none", lang))
            return
        st.table(md_table(pd.DataFrame(
            [[p.title_ko if lang == "ko" else p.title_en, t(f"status_{p.status}", lang),
              review_reasons.in_korean(p.reason) if lang == "ko" else p.reason] for p in mine],
            columns=[t("own_proposals_title", lang), t("own_proposals_status", lang),
                     t("own_proposals_reason", lang)],
            index=[p.id for p in mine])))
