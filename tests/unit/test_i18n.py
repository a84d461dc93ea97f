"""The language a browser asks for (Accept-Language), read by weight."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("header", "language"), [
    ("ko-KR,ko;q=0.9,en-US;q=0.8", "ko"),
    ("en;q=0.1,ko;q=0.9", "ko"),  # ranked by weight, not by order
    ("ko;q=0,en", "en"),  # Korean refused
    ("kok-IN,en;q=0.5", "kok"),  # Konkani is not Korean
    ("", ""),
    ("x" * 5000, ""),
])
def test_the_browsers_first_language_is_read_by_weight(header, language):
    from ui.shell.i18n import preferred_language

    assert preferred_language(header) == language
