"""Agreements: every filtered record in a sortable, searchable table, with downloads."""

import streamlit as st

from ui import page, table
from ui.i18n import t

ctx = page.setup("page_agreements")
st.caption(t("ag_caption", ctx.lang))
st.markdown(f"**{t('ag_count', ctx.lang, n=len(ctx.view), total=len(ctx.df))}**")
if ctx.df.empty:
    st.info(t("no_data", ctx.lang))
elif ctx.view.empty:
    st.info(t("no_match", ctx.lang))
else:
    table.agreements_table(ctx)
table.downloads(ctx)
