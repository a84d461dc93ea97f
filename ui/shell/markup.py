"""Safe text for Streamlit markdown and HTML: data never becomes markup."""

from __future__ import annotations

import html
import re

# CommonMark punctuation, plus `$` (Streamlit renders LaTeX) and `:` (emoji/colour shortcodes).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def md_escape(text: object) -> str:
    """Text shown literally by `st.markdown`, whatever characters it holds."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def html_escape(text: object) -> str:
    """Text shown literally inside HTML."""
    return html.escape(str(text), quote=True)
