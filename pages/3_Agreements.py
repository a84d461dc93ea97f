"""Agreements: the filtered records in a sortable table, a page at a time from the database, with downloads."""

import streamlit as st

from ui.screens import table
from ui.shell import data, page
from ui.shell.i18n import t

ctx = page.setup("page_agreements", records=False)
st.caption(t("agreements_caption", ctx.lang))
counted = data.counts(ctx.filters)
if counted is not None:
    n, total = counted
    undated = data.undated_kept(ctx.filters) if n else 0  # (beside a year range they read as of those years)
    st.markdown(f"**{t('agreements_count', ctx.lang, n=n, total=total)}**"
                + (f" · {t('metric_undated_among', ctx.lang, n=f'{undated:,}')}" if undated else ""))
    if total == 0:
        st.info(t("no_data", ctx.lang))
    elif n == 0:
        st.info(t("no_match", ctx.lang))
    else:
        table.agreements_table(ctx, n)
    table.downloads(ctx, n)

ctx.finish()
