"""Saving a text file so that a crash never leaves it half written.

The text goes to `.<name>.<random>.tmp` beside the target, is flushed to disk, then renamed over
the target (a rename within one folder is atomic). A save that dies leaves only the temporary
file, which `partnerships.leftovers` cleans. Here, in the lowest layer, so `geo` and
`partnerships` share it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) in one step: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
