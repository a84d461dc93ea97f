"""What the command line prints is text: control characters and direction overrides that came from
outside (file names, cells, a geocoder's answers) are written as escapes, never sent to the
terminal, where they could recolour it, retitle it or write to the clipboard."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with each unsafe character written as its escape ('\\x1b', '\\u202e')."""
    return _UNSAFE.sub(lambda m: repr(m.group(0))[1:-1], text)


class SafeStream:
    """A text stream that writes `printable` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def guarded_output() -> Iterator[None]:
    """Standard output and error made safe while the command runs, restored afterwards."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
