"""Every page of the app, in the sidebar's order: its file, URL path, title and who may open it.

The one place a page is named. The sidebar (ui.shell.nav), the links between pages (ui.shell.page.link) and
the tests read it; a new page is a file in pages/ plus one line here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One page: `file` for st.page_link and AppTest, `title_key` its name in ui/shell/strings_*.py,
    `needs` the permission it takes to open it (partnerships.roles), None for everyone."""

    file: str
    title_key: str
    icon: str
    needs: str | None = None

    @property
    def url_path(self) -> str:
        """The page's path in the URL: `pages/3_Agreements.py` -> `Agreements`; the Map (home) is ''."""
        if self.file == "app.py":
            return ""
        return self.file.removeprefix("pages/").removesuffix(".py").partition("_")[2]


MAP = Page("app.py", "page_map", ":material/public:")
TOUR = Page("pages/2_Tour.py", "page_tour", ":material/slideshow:")
AGREEMENTS = Page("pages/3_Agreements.py", "page_agreements", ":material/table:")
TIMELINE = Page("pages/4_Timeline.py", "page_timeline", ":material/bar_chart:")
ADD_ARTICLE = Page("pages/5_Add_article.py", "add_article_title", ":material/post_add:", needs="propose")
SOURCES = Page("pages/6_Sources.py", "page_sources", ":material/article:")
REVIEW = Page("pages/7_Review.py", "page_review", ":material/fact_check:", needs="publish")

PAGES: tuple[Page, ...] = (MAP, TOUR, AGREEMENTS, TIMELINE, ADD_ARTICLE, SOURCES, REVIEW)
