"""The sidebar's page list names every page in the chosen language and links to files that exist."""

import pytest

from tests.helpers import ROOT
from tests.helpers.apptest import run_app
from ui.shell.i18n import t
from ui.shell.page_list import PAGES


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_public_page_is_listed_in_the_language(lang):
    at = run_app({"lang": lang})
    links = list(at.sidebar.get("page_link"))
    # a viewer's list: the pages that write (Add article, Review) are not offered
    assert [link.proto.label for link in links] == [t(p.title_key, lang) for p in PAGES if p.needs is None]
    assert all((ROOT / p.file).is_file() for p in PAGES)
    assert {p.name for p in (ROOT / "pages").glob("*.py")} == {p.file.split("/")[1] for p in PAGES[1:]}
