"""Sentences and morphemes of the article content, via kiwipiepy (loaded once per process).

Kiwi's sentence splitter runs on each block of consecutive content lines; its sentences are then
cut at line breaks too, because headlines, bullets and captions are one line each and seldom end
in a full stop.  Measured on this machine: Kiwi() plus its first call take about 3 s; after that
a seed article (5-7 KB) takes about 30 ms.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache

from partnerships.extract.clean import Article

_LOAD_SECONDS: list[float] = []


@dataclass(frozen=True)
class Token:
    """A morpheme: surface form, Sejong tag (NNP, NNG, VV, EF ...), offsets in the article text."""

    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: verbatim text, offsets in the article text, its morphemes."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    line: int  # index of the article line it starts on


@cache
def kiwi():
    """The shared Kiwi analyser, built and warmed up on first use."""
    from kiwipiepy import Kiwi

    t0 = time.perf_counter()
    analyser = Kiwi(num_workers=-1)
    analyser.split_into_sents("서울시는 2024년 3월 13일 업무협약을 체결했다. 준비 완료.")
    _LOAD_SECONDS.append(time.perf_counter() - t0)
    return analyser


def load_seconds() -> float:
    """Seconds it took to load and warm up Kiwi in this process (loads it if needed)."""
    kiwi()
    return _LOAD_SECONDS[0]


def _blocks(article: Article) -> list[tuple[int, int, int]]:
    """(start, end, first line index) of runs of consecutive content lines."""
    blocks: list[tuple[int, int, int]] = []
    run: list[int] = []
    for i, line in enumerate(article.lines):
        if line.content:
            run.append(i)
            continue
        if run:
            blocks.append((article.lines[run[0]].start, article.lines[run[-1]].end, run[0]))
        run = []
    if run:
        blocks.append((article.lines[run[0]].start, article.lines[run[-1]].end, run[0]))
    return blocks


def split(article: Article) -> list[Sentence]:
    """Sentences of the article's content lines, in order, with their morphemes."""
    text = article.text
    line_starts = [line.start for line in article.lines]
    out: list[Sentence] = []
    blocks = _blocks(article)
    if not blocks:
        return out
    analysed = kiwi().split_into_sents([text[s:e] for s, e, _ in blocks], return_tokens=True)
    for (b_start, _b_end, _), sents in zip(blocks, analysed, strict=True):
        for sent in sents:
            tokens = [Token(t.form, t.tag, b_start + t.start, b_start + t.start + t.len)
                      for t in sent.tokens]
            for s, e in _cut_at_newlines(text, b_start + sent.start, b_start + sent.end):
                toks = tuple(t for t in tokens if s <= t.start < e)
                out.append(Sentence(len(out), s, e, text[s:e], toks, _line_of(line_starts, s)))
    return out


def _cut_at_newlines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append((s, e))
        pos = stop + 1
    return pieces


def _line_of(line_starts: list[int], pos: int) -> int:
    lo, hi = 0, len(line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line_starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo
