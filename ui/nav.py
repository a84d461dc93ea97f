"""The sidebar's page list, with page names in the chosen language.

Streamlit's own list names pages after their files ("app", "Add article") in English only, so
it is switched off (`client.showSidebarNavigation = false`) and this one is drawn instead.
"""

from __future__ import annotations

from streamlit.delta_generator import DeltaGenerator
from streamlit.errors import StreamlitPageNotFoundError

from ui import auth
from ui.i18n import t

PAGES: tuple[tuple[str, str, str], ...] = (
    ("app.py", "page_map", ":material/public:"),
    ("pages/2_Tour.py", "page_tour", ":material/slideshow:"),
    ("pages/3_Agreements.py", "page_agreements", ":material/table:"),
    ("pages/4_Timeline.py", "page_timeline", ":material/bar_chart:"),
    ("pages/5_Add_article.py", "add_article_title", ":material/post_add:"),
    ("pages/6_Sources.py", "page_sources", ":material/article:"),
    ("pages/7_Review.py", "page_review", ":material/fact_check:"),
)
NEEDS = {"pages/5_Add_article.py": "propose", "pages/7_Review.py": "publish"}  # pages that write


def sidebar_nav(lang: str, box: DeltaGenerator) -> None:
    """Links to the pages the signed-in person may use, in `lang`, drawn into `box` (a sidebar
    container), then the staff sign-in box. Links are drawn only when the app runs from app.py: a
    page file run on its own (as page tests do) has nothing to link to."""
    user = auth.current()
    try:
        for path, key, icon in PAGES:
            if path not in NEEDS or user.may(NEEDS[path]):
                box.page_link(path, label=t(key, lang), icon=icon)
    except StreamlitPageNotFoundError:
        box.empty()
    auth.sidebar_box(lang, user)
