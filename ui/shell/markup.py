"""Safe text for Streamlit markdown and HTML: data never becomes markup."""

from __future__ import annotations

import html
import re

# CommonMark punctuation, plus `$` (Streamlit renders LaTeX) and `:` (emoji/colour shortcodes).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
# What GitHub-flavoured markdown links without any markup: a scheme ('https://') and 'www.'. A
# word joiner (U+2060, invisible) after them keeps them text. (A bare e-mail address becomes a
# mailto link, which opens no page; it is left as written so that a signed-in address reads
# exactly.)
_AUTOLINK = re.compile(r"(?i)(?<![a-z0-9])(https?|ftps?|mailto|www)(?=[:.])")


def md_escape(text: object) -> str:
    """Text shown literally by `st.markdown`, whatever characters it holds (bare web addresses
    included: they are not made links)."""
    flat = _AUTOLINK.sub(lambda m: m.group(1) + "\u2060", " ".join(str(text).split()))
    return _MD_SPECIAL.sub(r"\\\1", flat)


def md_table(frame):
    """A copy of a pandas table whose cells, index and column names are shown literally by
    `st.table` (which renders markdown in them)."""
    out = frame.map(md_escape)
    out.index = out.index.map(md_escape).rename(None if frame.index.name is None else md_escape(frame.index.name))
    out.columns = out.columns.map(md_escape)
    return out


def html_escape(text: object) -> str:
    """Text shown literally inside HTML."""
    return html.escape(str(text), quote=True)
