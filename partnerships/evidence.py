"""Evidence in an article: find the quoted sentences, and mark spans in escaped HTML.

    text = Path("seeds/000_a437fd8661412f19.txt").read_text()
    spans = sentence_spans(text, record["evidence"])           # where each quote sits
    html = highlight(text, spans)                             # escaped text with <mark> tags

`highlight` never lets the article's characters become markup: every piece of text is escaped,
and the only tags are the `<mark>` elements it writes (and `<br>` for line breaks). Spans may
overlap; the text is cut where any span starts or ends and each piece is one `<mark>` whose
classes name every span covering it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

__all__ = ["Span", "highlight", "sentence_spans", "support_spans"]

_KIND = re.compile(r"[^a-z0-9_-]+")


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of the text; `kind` becomes a CSS class `ev-<kind>`, `label` a tooltip."""

    start: int
    end: int
    kind: str = "evidence"
    label: str = ""


def _pattern(sentence: str) -> re.Pattern[str] | None:
    words = sentence.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def sentence_spans(
    text: str, sentences: Iterable[str], *, kind: str = "evidence", label: str = ""
) -> list[Span]:
    """Where each sentence occurs in `text` (whitespace runs may differ, as in the store's check).

    Every occurrence is returned; a sentence that does not occur gives no span.
    """
    out: list[Span] = []
    for sentence in dict.fromkeys(sentences):
        pattern = _pattern(sentence)
        if pattern is None:
            continue
        out.extend(Span(m.start(), m.end(), kind, label) for m in pattern.finditer(text))
    return sorted(out, key=lambda s: (s.start, s.end))


def support_spans(
    text: str, support: Mapping[str, Iterable[Mapping[str, Any]]] | None
) -> list[Span]:
    """Spans from an extracted candidate's `support` ({field: [{"text", "start", "end"}, ...]}).

    A span whose offsets do not hold its text (the text was changed) is looked up by its text
    instead, first occurrence; one that cannot be found is left out.
    """
    out: list[Span] = []
    for field, items in (support or {}).items():
        for item in items:
            found = _locate(text, item)
            if found is not None:
                label = str(item.get("place") or item.get("role") or field)
                out.append(Span(found[0], found[1], field, label))
    return sorted(out, key=lambda s: (s.start, s.end))


def _locate(text: str, item: Mapping[str, Any]) -> tuple[int, int] | None:
    words = str(item.get("text") or "")
    start, end = item.get("start"), item.get("end")
    in_text = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if in_text and (not words or text[start:end] == words):
        return start, end
    if not words.strip():
        return None
    at = text.find(words)
    return (at, at + len(words)) if at >= 0 else None


def _css_kind(kind: str) -> str:
    return _KIND.sub("-", kind.lower()).strip("-") or "evidence"


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def highlight(text: str, spans: Iterable[Span]) -> str:
    """`text` as escaped HTML with each span wrapped in `<mark class="ev ev-<kind>">`.

    Spans are clipped to the text; empty ones are ignored. Overlapping spans are cut into
    pieces, each marked with the classes (and tooltips) of all spans covering it. Line breaks
    become `<br>`.
    """
    n = len(text)
    clipped = [
        Span(max(0, s.start), min(n, s.end), _css_kind(s.kind), s.label)
        for s in spans if min(n, s.end) > max(0, s.start)
    ]
    cuts = sorted({0, n, *(s.start for s in clipped), *(s.end for s in clipped)})
    parts: list[str] = []
    for a, b in pairwise(cuts):
        piece = _escape(text[a:b])
        cover = [s for s in clipped if s.start <= a and s.end >= b]
        if not cover:
            parts.append(piece)
            continue
        kinds = " ".join(dict.fromkeys(f"ev-{s.kind}" for s in cover))
        labels = " · ".join(dict.fromkeys(s.label for s in cover if s.label))
        title = f' title="{html.escape(labels, quote=True)}"' if labels else ""
        parts.append(f'<mark class="ev {kinds}"{title}>{piece}</mark>')
    return "".join(parts)
