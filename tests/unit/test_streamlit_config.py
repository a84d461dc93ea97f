"""The deployment settings in .streamlit/config.toml, read by Streamlit's own config parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit import config
from streamlit.elements import exception

from partnerships import intake

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


@pytest.fixture
def app_config():
    config.get_config_options()  # parse the defaults first
    saved = {k: config.get_option(k) for k in ("client.showErrorDetails", "server.maxUploadSize")}
    config._update_config_with_toml(CONFIG.read_text(encoding="utf-8"), str(CONFIG))
    yield
    for key, value in saved.items():
        config.set_option(key, value)


def test_visitors_see_no_error_details(app_config):
    # Neither the message (which may hold server paths), the traceback nor the exception type.
    visible = exception._error_detail_visibility(apply_show_error_details=True)
    assert (visible.show_message, visible.show_trace, visible.show_type) == (False, False, False)


def test_upload_limit_is_small_and_covers_the_article_limit(app_config):
    limit_mb = config.get_option("server.maxUploadSize")
    assert limit_mb * 2**20 >= intake.MAX_BYTES
    assert limit_mb <= 5
