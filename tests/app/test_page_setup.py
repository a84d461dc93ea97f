"""ui.shell.page: the shared page setup and the links between pages."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers.apptest import TIMEOUT
from ui.shell.page import link
from ui.shell.page_list import AGREEMENTS, MAP, SOURCES


@pytest.mark.parametrize(
    ("page", "params", "anchor", "expected"),
    [
        (MAP, {}, "", "./"),
        (MAP, {"pair": "kr-seoul,dk-odense", "lang": "ko"}, "", "./?pair=kr-seoul,dk-odense&lang=ko"),
        # 오덴세 (Odense) as written in 000_a437fd8661412f19; spaces and & are escaped
        (AGREEMENTS, {"q": "오덴세 & co"}, "", "./Agreements?q=" + quote("오덴세") + "%20%26%20co"),
        (SOURCES, {"article": "000_a.txt"}, "2024-seoul-odense-robotics-mou",
         "./Sources?article=000_a.txt#2024-seoul-odense-robotics-mou"),
    ],
)
def test_link(page, params, anchor, expected):
    assert link(page, params, anchor=anchor) == expected


def _script() -> None:
    import streamlit as st

    from ui.shell import page

    ctx = page.setup("app_title", heading=False)
    st.write(f"rows {len(ctx.view)} of {len(ctx.df)}; {ctx.place_label('kr-seoul')}; {ctx.params(place='x')}")


def test_setup_without_heading_returns_the_filtered_view(frame):
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.query_params["type"] = "mou"
    at.query_params["lang"] = "ko"
    at.run()
    assert not at.exception
    assert len(at.title) == 0
    n = int((frame["type"] == "mou").sum())
    assert at.markdown[0].value == f"rows {n} of {len(frame)}; 서울; {{'type': 'mou', 'lang': 'ko', 'place': 'x'}}"
