"""Sources: each article as published, its evidence highlighted, and the records drawn from it."""

import streamlit as st

from ui.screens import record_staff, sources
from ui.shell import page
from ui.shell.i18n import t

ctx = page.setup("page_sources", records=False)
st.caption(t("sources_caption", ctx.lang))
names = record_staff.public_articles(sources.articles())
name = sources.choose_article(ctx, names) if names else None
if not names:
    st.info(t("sources_none", ctx.lang))
elif name is None:
    st.info(t("no_match", ctx.lang))
else:
    records = sources.focus(sources.article_records(name), ctx.lang)
    text = sources.read_article(name)
    meta_col, link_col = st.columns([3, 2], vertical_alignment="bottom")
    with meta_col:
        sources.article_meta(name, records, ctx.lang)
        record_staff.retracted_notice(name, ctx.lang)
    with link_col:
        sources.article_map_link(ctx, records)
    text_col, records_col = st.columns([3, 2], gap="large")
    with text_col:
        if text is None:
            st.error(t("sources_unreadable", ctx.lang, name=name))
        else:
            st.caption(t("sources_legend", ctx.lang))
            with st.container(height=sources.TEXT_HEIGHT, border=True):
                st.html(sources.article_html(sources.public_text(name, text, records), records, ctx.lang))
    with records_col:
        sources.records_list(ctx, records)
ctx.finish()
