"""Feeding a page to Python's HTML parser without its failure modes: runs of unfinished markup
('<a', '</', '<!--' or '<![CDATA[' repeated, never closed) that its tokenizer rescans
quadratically, character references too long to convert ('&#' and 5,000 digits), and marked
sections it asserts on ('<![x'). Each becomes text or an ArticleError; a page that parses cleanly
is fed unchanged."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from partnerships.extract.errors import ArticleError

# what a '<' may start: a tag, an end tag, a comment, a declaration, a processing instruction
# (a tag may be long: an image inlined as data; [^<>] never runs past the next '<')
_MARKUP = re.compile(r"<(?:[A-Za-z][^<>]*>|/[A-Za-z][^<>]*>|!--|![A-Za-z][^<>]*>|!\[CDATA\[|\?[^<>]*>)")
# scripts and styles, whose '<' are code (not counted, not touched)
_RAW_OPEN = re.compile(r"<(script|style)\b")
_CONDITIONAL = re.compile(r"<!\[(?:if|endif)[^<>\]]{0,100}\]>", re.I)  # ('<![if !IE]>': no text)
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)")  # (junk: only CDATA sections are read)
_STRAY_LIMIT = 200  # stray '<' a page may hold before they are written out as text
# a numeric character reference no character has (more than 7 digits beyond leading zeros)
_LONG_REFERENCE = re.compile(r"&#(?:[xX]0*[1-9A-Fa-f][0-9A-Fa-f]{6,}|0*[1-9]\d{7,});?")


def defused(html: str) -> str:
    """`html` with over-long character references replaced, junk marked sections and comments or
    CDATA sections never closed written as text, and, when it holds many, every '<' outside
    scripts that starts no markup written as '&lt;'."""
    html = _LONG_REFERENCE.sub("\ufffd", _MARKED_SECTION.sub("&lt;![", _CONDITIONAL.sub("", html)))
    html = _unclosed(_unclosed(html, "<!--", "-->"), "<![CDATA[", "]]>")
    code = _code_spans(html)
    stray, k = [], 0
    for m in re.finditer("<", html):
        while k < len(code) and code[k][1] <= m.start():
            k += 1
        inside = k < len(code) and code[k][0] < m.start()
        if not inside and not _MARKUP.match(html, m.start()):
            stray.append(m.start())
    if len(stray) <= _STRAY_LIMIT:
        return html
    parts, last = [], 0
    for at in stray:
        parts += [html[last:at], "&lt;"]
        last = at + 1
    return "".join([*parts, html[last:]])


def _code_spans(html: str) -> list[tuple[int, int]]:
    """Where scripts and styles run, each from its opening to its closing tag (one pass: a search
    resumes after the last closing, and stops at an opening never closed)."""
    low, spans, at = html.lower(), [], 0
    while (m := _RAW_OPEN.search(low, at)) is not None:
        end = low.find("</" + m.group(1), m.end())
        if end < 0:
            break
        spans.append((m.start(), end))
        at = end + 2
    return spans


def _unclosed(html: str, opening: str, closing: str) -> str:
    """`html` with every `opening` after the last `closing` written as text (an opening never
    closed makes the parser search the rest of the page again for each one)."""
    tail = html.rfind(closing) + 1 if closing in html else 0
    cut = html.find(opening, tail)
    if cut < 0:
        return html
    return html[:cut] + html[cut:].replace(opening, "&lt;" + opening[1:])


def feed_page(parser: HTMLParser, html: str) -> None:
    """Parse `html` with `parser`; ArticleError when the parser cannot read it."""
    try:
        parser.feed(defused(html))
        parser.close()
    except (AssertionError, ValueError, IndexError, TypeError) as exc:  # (what the library raises on bad markup)
        raise ArticleError(f"this page's HTML cannot be read ({exc}); save the article as plain text and "
                           "add that instead") from None
