"""Sentences and morphemes of the article content, via kiwipiepy (loaded once per process).

Kiwi's sentence splitter runs on each content line that matters (headlines, bullets and
captions are one line each and seldom end in a full stop).  Measured on this machine (2 cores,
shared): Kiwi() plus its first call take 2-4 s; analysing a whole seed article (5-7 KB) takes
35-55 ms, more than the 50 ms budget of the whole extraction at 20 articles/s, so lines without
an agreement word, a year or a headline role are split cheaply and analysed only on demand.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from functools import cache, cached_property

from partnerships.extract.clean import Article, Line

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
    """A sentence of the article: verbatim text, offsets in the article text, its morphemes.

    Sentences of lines that matter (an agreement word, a year, a headline) come from Kiwi's
    splitter with their morphemes; the others are split at sentence-final punctuation and get
    their morphemes from Kiwi only when something asks for them."""

    index: int
    start: int
    end: int
    text: str
    line: int  # index of the article line it starts on
    analysed: tuple[Token, ...] | None = field(default=None, repr=False, compare=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, make):
        """`make()` computed once per sentence: what a reader finds in a sentence (agreement
        words, dates, sector words) is kept with it, so it lives exactly as long as its article."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        if self.analysed is not None:
            return self.analysed
        return tuple(Token(t.form, _base(t.tag), self.start + t.start, self.start + t.start + t.len)
                     for t in kiwi().tokenize(for_kiwi(self.text)))


@cache
def kiwi():
    """The shared Kiwi analyser, built and warmed up on first use."""
    from kiwipiepy import Kiwi

    t0 = time.perf_counter()
    # the typo and multi-word dictionaries double the load time and change nothing measured here
    analyser = Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False)
    analyser.split_into_sents("서울시는 2024년 3월 13일 업무협약을 체결했다. 준비 완료.")
    _LOAD_SECONDS.append(time.perf_counter() - t0)
    return analyser


def load_seconds() -> float:
    """Seconds it took to load and warm up Kiwi in this process (loads it if needed)."""
    kiwi()
    return _LOAD_SECONDS[0]


def _base(tag: str) -> str:
    """Kiwi's tag without its regular/irregular mark ('VV-R', 'VA-I' -> 'VV', 'VA')."""
    return tag.split("-", 1)[0]


def for_kiwi(text: str) -> str:
    """The text as Kiwi should read it, with every offset kept: a headline's ellipsis joining two
    stories ('MOU…오만 무스카트와는') becomes a comma, which Kiwi reads as a break (it reads '…오만'
    as a copula and a particle)."""
    return text.replace("…", ",").replace("...", ",  ")


# Longer "sentences" are cut into pieces of at most this many characters: the evaluation articles'
# longest sentence has 321, and the reader's work grows faster than a sentence's length (a pasted
# line of thousands of agreement words with no full stop would keep it busy for minutes).
MAX_SENTENCE = 600
_CHEAP_END = re.compile(r"(?<=[가-힣)\]”’\"'][.?!])\s+")


def split(article: Article, *, lines: set[int] | None = None) -> list[Sentence]:
    """Sentences of the article's content lines, in order.  Lines whose index is in `lines`
    (default: all) go through Kiwi's sentence splitter with morphemes; the rest are split at
    sentence-final punctuation and analysed on demand. A long line that breaks off mid-sentence
    is read on with the next (a page pasted with broken lines)."""
    text = article.text
    content = [(i, line) for i, line in enumerate(article.lines) if line.content]
    runs = _runs(content, wrapped_at(line.text for _, line in content))
    deep = [run for run in runs if lines is None or any(i in lines for i, _ in run)]
    spans = [(run[0][1].start, run[-1][1].end) for run in deep]
    analysed = dict(zip((run[0][0] for run in deep), kiwi().split_into_sents(
        [for_kiwi(text[a:b]).replace("\n", " ") if len(run) > 1 else for_kiwi(text[a:b])
         for run, (a, b) in zip(deep, spans, strict=True)], return_tokens=True), strict=True)) if deep else {}
    out: list[Sentence] = []
    for run in runs:
        i, line = run[0]
        start, across = line.start, len(run) > 1
        if i in analysed:
            for sent in analysed[i]:
                tokens = [Token(t.form, _base(t.tag), start + t.start, start + t.start + t.len) for t in sent.tokens]
                for a, b in _cut_at_newlines(text, start + sent.start, start + sent.end, across=across):
                    toks = tuple(t for t in tokens if a <= t.start < b)
                    out.append(Sentence(len(out), a, b, text[a:b].replace("\n", " "), _line_at(run, a), toks))
            continue
        for j, member in run:
            pos = 0
            for m in [*_CHEAP_END.finditer(member.text), None]:
                stop = m.start() if m else len(member.text)
                for a, b in _cut_at_newlines(text, member.start + pos, member.start + stop):
                    out.append(Sentence(len(out), a, b, text[a:b], j))
                pos = m.end() if m else stop
    return out


# a line that stops mid-sentence: long, and ending in a syllable or a comma, not a full stop
_BROKEN_OFF = re.compile(r"[가-힣,]$")
_BROKEN_LENGTH = 40


# text copied from a phone or a narrow column: most lines about one width, broken wherever it ran out
_NARROW = 30  # characters: wider lines are paragraphs, not a screen's width
_WRAP_END = re.compile(r"[가-힣A-Za-z0-9,)'’\"”]$")


def wrapped_at(lines) -> int | None:
    """The width the text was broken at, when most of its lines are cut at one narrow width."""
    lines = [t.strip() for t in lines]
    widths = sorted(len(t) for t in lines if len(t) >= 8)
    if len(widths) < 8 or sum(t.endswith((".", "?", "!")) for t in lines) < 2:
        return None  # (a list of names is no prose: its items end in no full stop)
    width = widths[len(widths) * 3 // 4]  # most lines run to the width; a paragraph's last is shorter
    near = sum(width - 4 <= w <= width + 1 for w in widths)
    return width - 4 if width <= _NARROW and near >= len(widths) // 2 else None


def _runs(content: list[tuple[int, Line]], wrap: int | None = None) -> list[list[tuple[int, Line]]]:
    """Content lines in runs: a line that breaks off mid-sentence runs on into the line right after
    (with `wrap`, any line that long that ends without a full stop)."""
    runs: list[list[tuple[int, Line]]] = []
    for i, line in content:
        last = runs[-1][-1][1].text.rstrip() if runs else ""
        cut = _breaks_off(last) or (wrap is not None and len(last) >= wrap and _WRAP_END.search(last) is not None)
        if runs and runs[-1][-1][0] == i - 1 and cut \
                and not _BULLET.match(line.text):
            runs[-1].append((i, line))
        else:
            runs.append([(i, line)])
    return runs


_BULLET = re.compile(r"^\s*[-–□■○●◆◇▲△▶▷※*·•ㅇ]")  # a list's item is its own line, not a sentence broken off


def _breaks_off(line: str) -> bool:
    line = line.rstrip()
    return len(line) >= _BROKEN_LENGTH and "\n" not in line and _BROKEN_OFF.search(line) is not None \
        and not _BULLET.match(line)


def _line_at(run: list[tuple[int, Line]], pos: int) -> int:
    """The index of the run's line that holds offset `pos`."""
    return next((i for i, line in reversed(run) if line.start <= pos), run[0][0])


def _cut_at_newlines(text: str, start: int, end: int, *, across: bool = False) -> list[tuple[int, int]]:
    """[start, end) cut at its newlines (not `across` lines run on into each other), trimmed and
    cut again where longer than MAX_SENTENCE."""
    pieces: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = -1 if across else text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:  # a run-on line: cut at the last space before the limit
            cut = text.rfind(" ", s + 1, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            pieces.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            pieces.append((s, e))
        pos = stop + 1
    return pieces
