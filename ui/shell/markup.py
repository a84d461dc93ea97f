"""Safe text for Streamlit markdown and HTML: data never becomes markup."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# CommonMark punctuation, plus `$` (Streamlit renders LaTeX) and `:` (emoji/colour shortcodes).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
# What GitHub-flavoured markdown links without any markup: a scheme ('https://') and 'www.'. A
# word joiner (U+2060, invisible) after them keeps them text. (A bare e-mail address becomes a
# mailto link, which opens no page; it is left as written so that a signed-in address reads
# exactly.)
_AUTOLINK = re.compile(r"(?i)(?<![a-z0-9])(https?|ftps?|mailto|www)(?=[:.])")


def md_escape(text: object, *, link_label: bool = False) -> str:
    """Text shown literally by `st.markdown`, whatever characters it holds (bare web addresses
    included: they are not made links). A `link_label` (the text of a link already) needs no
    guard against becoming a link, and keeps none: copied, it is the address as written."""
    flat = " ".join(str(text).split()).replace(":material/", ":\u2060material/")  # an icon even when escaped
    if not link_label:
        flat = _AUTOLINK.sub(lambda m: m.group(1) + "\u2060", flat)
    return _MD_SPECIAL.sub(r"\\\1", flat)


_PLAIN_AUTHORITY = re.compile(r"[A-Za-z0-9.-]+(?::\d{1,5})?")  # a host and a port: no user, no entity
_ENTITY = re.compile(r"&(#?[A-Za-z0-9]+;)")


def md_code(text: object) -> str:
    """Text as a markdown code span: shown literally, never linked, and copied as written (an
    address a reviewer should read, not follow)."""
    flat = " ".join(str(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    return f"{fence} {flat} {fence}"


def link_host(url: object) -> str:
    """The host a browser goes to for a plain web address (see md_link), '' for any other."""
    text = str(url)
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:
        return ""
    plain = parts.scheme in ("http", "https") and _PLAIN_AUTHORITY.fullmatch(parts.netloc) and "\\" not in text
    return host if plain else ""


def md_link(url: object) -> str:
    """A web address as a markdown link to itself when it is a plain one (http or https, a host and
    maybe a port, no user name), else as a code span; either way the text copies as the address."""
    text = str(url)
    if not link_host(text):
        # (a browser may read another host than the one shown: 'http://a.example&sol;@b.example/',
        # 'http://a.example\@b.example/': shown, not linked)
        return md_code(text)
    target = re.sub(r"\s", "%20", text).replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    target = _ENTITY.sub(r"%26\1", target)  # markdown would read '&sol;' as '/'
    return f"[{md_escape(text, link_label=True)}]({target})"


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
