"""Tolerant parsing of URL query parameters: every value from a link is untrusted text.

Each parser takes the raw text and returns the value, or raises `BadParam` when the text is
unusable (the caller then ignores the parameter and says so). Numbers are ASCII digits only
(`str.isdigit` accepts '²' and other digits `int` refuses) with a length cap, so a 5,000-digit
value never reaches `int`. Lists and texts are bounded.
"""

from __future__ import annotations

import re
from collections.abc import Collection

MAX_TEXT = 200  # characters of a free-text parameter (the search box)
MAX_ITEM = 100  # characters of one list item or identifier (place id, file name, tour id)
MAX_ITEMS = 500  # items in one list parameter (more than any filter offers today)
WHOLE_NUMBER = re.compile(r"-?[0-9]{1,9}")  # ASCII digits only (str.isdigit also takes '²')
_SPACED = re.compile(r"[\x00-\x1f\x7f-\x9f]|\s")  # controls and white space: one space each


class BadParam(ValueError):
    """A URL parameter value that cannot be used."""


def integer(raw: str, *, lo: int, hi: int) -> int:
    """An integer written in ASCII digits (optional leading minus), within [lo, hi]."""
    text = raw.strip()
    if not WHOLE_NUMBER.fullmatch(text):
        raise BadParam("not a whole number")
    value = int(text)
    if not lo <= value <= hi:
        raise BadParam(f"outside {lo}..{hi}")
    return value


def choice(raw: str, options: Collection[str]) -> str:
    """One of `options`, exactly."""
    if raw not in options:
        raise BadParam("not one of the choices")
    return raw


def flag(raw: str) -> bool:
    """'1' or '0' (also 'true'/'false')."""
    text = raw.strip().lower()
    if text in ("1", "true"):
        return True
    if text in ("0", "false"):
        return False
    raise BadParam("not 1 or 0")


def text(raw: str, *, max_len: int = MAX_TEXT) -> str:
    """Free text of at most `max_len` characters on one line: control characters (line breaks and
    tabs too) and runs of white space turned into one space; direction overrides and zero-width
    marks dropped (they would turn what follows around where the text is shown again)."""
    if len(raw) > max_len:
        raise BadParam(f"longer than {max_len} characters")
    return " ".join(_NAME_UNSAFE.sub("", _SPACED.sub(" ", raw)).split())


# what no file name needs and a summary or a terminal must not carry: controls, direction
# overrides and isolates, zero-width marks, the Arabic letter mark, word joiners, tag characters
_NAME_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                          r"\u2066-\u2069\ufeff\U000e0000-\U000e007f]")


def has_hidden(raw: str) -> bool:
    """Whether `raw` carries characters no name needs and a reader cannot see (controls, direction
    overrides and isolates, zero-width marks)."""
    return bool(_NAME_UNSAFE.search(raw))


def file_name(raw: str, *, max_len: int = 180) -> str:
    """An uploaded file's name as the atlas keeps and shows it: its last path part, without
    control or direction characters, spaces collapsed ('file' when nothing is left)."""
    name = re.split(r"[\\/]", str(raw))[-1]
    name = " ".join(_NAME_UNSAFE.sub("", name).split())[:max_len]
    return name or "file"


def identifier(raw: str) -> str:
    """A short name (place id, article file, tour id): non-empty text of at most MAX_ITEM characters."""
    value = text(raw, max_len=MAX_ITEM)
    if not value:
        raise BadParam("empty")
    return value


def items(raws: list[str] | str, *, max_items: int = MAX_ITEMS) -> tuple[str, ...]:
    """A comma-separated list (possibly repeated), each item an identifier, without repeats."""
    parts = [raws] if isinstance(raws, str) else list(raws)
    if sum(len(p) for p in parts) > max_items * (MAX_ITEM + 1):
        raise BadParam("too long")
    found = [identifier(x) for p in parts for x in p.split(",") if x.strip()]
    unique = tuple(dict.fromkeys(found))
    if len(unique) > max_items:
        raise BadParam(f"more than {max_items} items")
    return unique


def pair(raw: str) -> tuple[str, str]:
    """Two identifiers separated by a comma, e.g. `kr-seoul,dk-odense`."""
    parts = raw.split(",")
    if len(parts) != 2:
        raise BadParam("not two place ids")
    return identifier(parts[0]), identifier(parts[1])
