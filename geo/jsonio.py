"""Bounded JSON reading: size and nesting depth are checked before the text is parsed.

`json.loads` recurses once per level, so 100,000 nested `[` raise RecursionError; a huge file
takes the process's memory. Both limits are checked on the raw bytes first (a vectorised scan
of bracket depth outside strings), and any failure is a `JsonError` (a ValueError) naming why.
Used for record files, tours, the geocode cache and geocoder answers (here, in the lowest
layer, so that `geo` and `partnerships` share it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np

MAX_BYTES = 32 * 2**20  # one JSON file
MAX_DEPTH = 32  # a record nests 3 levels deep; a Nominatim answer 4
_QUOTE = ord('"')
_NOT_SYNTAX = bytes(b for b in range(256) if b not in b'"[]{}')
_OPEN = np.zeros(256, dtype=np.int8)
_OPEN[[ord("["), ord("{")]] = 1
_OPEN[[ord("]"), ord("}")]] = -1


class JsonError(ValueError):
    """JSON that is too large, too deeply nested, or not JSON at all."""


def nesting_depth(data: bytes) -> int:
    """The deepest bracket nesting in JSON text, brackets inside strings not counted."""
    if b"\\" in data:  # escaped backslashes, then escaped quotes, out of the way (left to right)
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    syntax = np.frombuffer(data.translate(None, _NOT_SYNTAX), dtype=np.uint8)  # only " [ ] { } left
    if not len(syntax):
        return 0
    in_string = np.cumsum(syntax == _QUOTE, dtype=np.int64) % 2 == 1  # after an opening quote
    steps = np.where(in_string, 0, _OPEN[syntax]).astype(np.int32)
    return int(np.cumsum(steps).max(initial=0))


def loads(data: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text after checking its size and nesting depth."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > max_bytes:
        raise JsonError(f"{len(raw):,} bytes is more than the limit of {max_bytes:,}")
    depth = nesting_depth(raw)
    if depth > max_depth:
        raise JsonError(f"nested {depth} levels deep; the limit is {max_depth}")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise JsonError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise JsonError(f"not valid JSON ({exc})") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise JsonError(f"not usable JSON ({exc})") from None


def read(path: Path, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Read and parse a JSON file with `loads`' limits (the size is checked before reading).

    Raises FileNotFoundError if there is no file, JsonError for anything else.
    """
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise JsonError(f"{size:,} bytes is more than the limit of {max_bytes:,}")
            raw = handle.read(size + 1)  # not read(max_bytes): that allocates the whole limit
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise JsonError(f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise JsonError(f"larger than the limit of {max_bytes:,} bytes")
    return loads(raw, max_bytes=max_bytes, max_depth=max_depth)
