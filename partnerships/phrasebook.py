"""English texts the app writes (a date's basis, a row's reason) told in Korean phrase by phrase:
a table of (English pattern, Korean replacement) applied in order. A wording the table does not
know stays as written; quoted text from outside is carried over as it is."""

from __future__ import annotations

import re

QUOTED = r"'((?:[^']|'(?=[^']*'\S))*)'"  # a quoted stretch of outside text (may hold an apostrophe)


def compile_phrases(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(en), ko) for en, ko in pairs)


def translate(text: str, phrases: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """`text` with every phrase of the table replaced, in the table's order."""
    for pattern, ko in phrases:
        text = pattern.sub(ko, text)
    return text
