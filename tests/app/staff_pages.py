"""Run the staff pages (Agreements, Timeline, Sources) with AppTest.

A page runs under app.py as entry point (`switch_page`), as in the real app, so its
`st.page_link`s to the Map resolve.
"""

from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow as pa
from streamlit.testing.v1 import AppTest

from tests.app.conftest import run_app

AGREEMENTS = "pages/3_Agreements.py"
TIMELINE = "pages/4_Timeline.py"
SOURCES = "pages/6_Sources.py"


def run_page(page: str, params: dict[str, str] | None = None) -> AppTest:
    """Run one page once, with URL query parameters set beforehand."""
    return run_app(params, page=page)


def table(at: AppTest) -> pd.DataFrame:
    """The Agreements table as sent to the browser."""
    frames = at.dataframe
    assert len(frames) >= 1
    return frames[0].value


def vega(at: AppTest) -> tuple[dict, pd.DataFrame]:
    """The Vega-Lite spec of the page's one chart and its data."""
    charts = [el for el in at.main if getattr(el, "type", "") == "vega_lite_chart"]
    assert len(charts) == 1
    proto = charts[0].proto
    spec = json.loads(proto.spec)
    data = pa.ipc.open_stream(io.BytesIO(proto.datasets[0].data.data)).read_pandas()
    return spec, data


def page_links(at: AppTest) -> list:
    """The page links drawn in the page itself, not the sidebar's page list (label and query
    parameters in their protos)."""
    return list(at.main.get("page_link"))
