"""Add article: paste or upload a Korean article, review the records read from it, save them."""

import streamlit as st

from ui import article_review, auth, batch_upload, data, i18n, layout, table_import

lang = i18n.language_switch()
st.set_page_config(layout="wide", page_title=f"{i18n.t('add_article_title', lang)} · {i18n.t('app_title', lang)}")
layout.page_style()
online = article_review.online_toggle(lang)
gaz = data.gazetteer()

st.title(i18n.t("add_article_title", lang), anchor=False)
st.caption(i18n.t("add_article_caption", lang))
user = auth.gate("propose", lang, message="au_need_editor")
article_review.show_saved(lang, reviewer=user.may("publish"))

got = article_review.input_panel(lang)
if got is not None:
    article_review.read(*got, lang, gaz=gaz)

review = st.session_state.get(article_review.REVIEW_KEY)
if review is not None:
    article_review.review_panel(review, lang, gaz=gaz, online=online, who=user.name)

with st.expander(i18n.t("ib_tab", lang), icon=":material/folder_open:"):
    batch_upload.panel(lang, gaz=gaz, who=user.name)
with st.expander(i18n.t("ib_tab_table", lang), icon=":material/table:"):
    table_import.panel(lang, gaz=gaz, who=user.name, online=online)
