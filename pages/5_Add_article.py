"""Add article: paste or upload a Korean article, review the records read from it, save them."""

import streamlit as st

from ui.screens import article_review, batch_upload, own_proposals, table_import
from ui.shell import auth, page
from ui.shell.i18n import t

ctx = page.setup("add_article_title", sidebar_filters=False)
lang, gaz = ctx.lang, ctx.gaz
st.caption(t("add_article_caption", lang))
user = auth.gate("propose", lang, message="auth_need_editor")
online = article_review.online_toggle(lang)  # (staff only: a viewer has nothing to look up)
article_review.show_saved(lang, reviewer=user.may("publish"))

got = article_review.input_panel(lang)
if got is not None:
    article_review.read(*got, lang, gaz=gaz)

review = st.session_state.get(article_review.REVIEW_KEY)
if review is not None:
    article_review.review_panel(review, lang, gaz=gaz, online=online, who=user.name)

with st.expander(t("batch_tab", lang), icon=":material/folder_open:"):
    batch_upload.panel(lang, gaz=gaz, who=user.name)
with st.expander(t("batch_tab_table", lang), icon=":material/table:"):
    table_import.panel(lang, gaz=gaz, who=user.name, online=online)
own_proposals.panel(lang, user.name)
