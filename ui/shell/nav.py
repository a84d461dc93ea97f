"""The sidebar's page list, with page names in the chosen language.

Streamlit's own list names pages after their files ("app", "Add article") in English only, so
it is switched off (`client.showSidebarNavigation = false`) and this one is drawn instead.
"""

from __future__ import annotations

from streamlit.delta_generator import DeltaGenerator
from streamlit.errors import StreamlitPageNotFoundError

from ui.shell import auth
from ui.shell.i18n import t
from ui.shell.page_list import PAGES


def sidebar_nav(lang: str, box: DeltaGenerator) -> None:
    """Links to the pages the signed-in person may use, in `lang`, drawn into `box` (a sidebar
    container), then the staff sign-in box. Links are drawn only when the app runs from app.py: a
    page file run on its own (as page tests do) has nothing to link to."""
    user = auth.current()
    try:
        for page in PAGES:
            if page.needs is None or user.may(page.needs):
                box.page_link(page.file, label=t(page.title_key, lang), icon=page.icon)
    except StreamlitPageNotFoundError:
        box.empty()
    auth.sidebar_box(lang, user)
