"""Review: proposed records from every article, oldest first; publish, edit, reject, merge."""

import streamlit as st

from partnerships import staff_db
from ui.screens import record_staff, review_queue
from ui.shell import auth, page
from ui.shell.i18n import t

lang = page.setup("page_review", sidebar_filters=False).lang
st.caption(t("review_caption", lang))
user = auth.gate("publish", lang, message="auth_need_reviewer")
eng = staff_db.engine()
merging = review_queue.merge_offers(eng, user, lang)
items = review_queue.with_open_forms(eng, review_queue.queue_page(eng, user, lang))
review_queue.reject_source(eng, user, lang)
if not items:
    st.info(t("review_empty", lang))
else:
    review_queue.bulk_publish(eng, items, user, lang, merging=merging)
    for item in items:
        review_queue.record_form(eng, item, user, lang)
record_staff.recent_changes(user, lang)
