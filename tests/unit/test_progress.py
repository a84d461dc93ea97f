"""Progress: a tqdm bar on a terminal, plain lines elsewhere (partnerships.progress)."""

import io

from partnerships import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_when_not_a_terminal():
    out = io.StringIO()
    with progress.bar(total=3, label="articles", stream=out, every_s=3600) as tick:
        for name in ("a.txt", "b.txt", "c.txt"):
            tick(name)
    lines = out.getvalue().splitlines()
    assert lines == ["articles: 1/3 a.txt", "articles: 3/3 c.txt"]  # first, last, and every few seconds


def test_a_bar_on_a_terminal():
    out = _Terminal()
    with progress.bar(total=2, label="articles", stream=out) as tick:
        tick("a.txt")
        tick("b.txt")
    text = out.getvalue()
    assert "\r" in text and "2/2" in text and "articles" in text and "a.txt" not in text
