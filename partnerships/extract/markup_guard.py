"""Feeding a page to Python's HTML parser without its failure modes: runs of unfinished markup
('<a' or '</' repeated) that its tokenizer rescans quadratically, character references too long
to convert ('&#' and 5,000 digits), and marked sections it asserts on ('<![x'). Each becomes
text or an ArticleError; a page that parses cleanly is fed unchanged."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from partnerships.extract.errors import ArticleError

# what a '<' may start: a tag, an end tag, a comment, a declaration, a processing instruction
_MARKUP = re.compile(r"<(?:[A-Za-z][^<>]{0,4000}>|/[A-Za-z][^<>]{0,400}>|!--|![A-Za-z][^<>]{0,4000}>"
                     r"|!\[CDATA\[|\?[^<>]{0,4000}>)")
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)")  # ('<![if …]>' and junk: only CDATA sections are read)
_STRAY_LIMIT = 200  # stray '<' a page may hold before they are written out as text
# a numeric character reference no character has (more than 7 digits)
_LONG_REFERENCE = re.compile(r"&#(?:[xX]0*[0-9A-Fa-f]{7,}|0*\d{8,});?")


def defused(html: str) -> str:
    """`html` with over-long character references replaced, and, when it holds many, every '<'
    that starts no markup written as '&lt;'."""
    html = _LONG_REFERENCE.sub("\ufffd", _MARKED_SECTION.sub("&lt;![", html))
    stray = [m.start() for m in re.finditer("<", html) if not _MARKUP.match(html, m.start())]
    if len(stray) <= _STRAY_LIMIT:
        return html
    parts, last = [], 0
    for at in stray:
        parts += [html[last:at], "&lt;"]
        last = at + 1
    return "".join([*parts, html[last:]])


def feed_page(parser: HTMLParser, html: str) -> None:
    """Parse `html` with `parser`; ArticleError when the parser cannot read it."""
    try:
        parser.feed(defused(html))
        parser.close()
    except (AssertionError, ValueError, IndexError, TypeError) as exc:  # (what the library raises on bad markup)
        raise ArticleError(f"this page's HTML cannot be read ({exc}); save the article as plain text and "
                           "add that instead") from None
