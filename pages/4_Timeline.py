"""Timeline: agreements per year, stacked by type or sector; brushing years sets the year filter."""

import streamlit as st

from ui.screens import timeline
from ui.shell import page
from ui.shell.i18n import t

ctx = page.setup("page_timeline", records=False)
st.caption(t("timeline_caption", ctx.lang))
by = timeline.grouping(ctx.lang)
timeline.timeline_chart(ctx, by)
ctx.finish()
