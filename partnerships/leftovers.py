"""Temporary files left behind by saves that were killed mid-way, removed at start.

Every save writes `.<name>.<random>.tmp` beside its target and renames it into place; a process
killed in between leaves that file for ever. Only files of that pattern older than
`STALE_SECONDS` are removed, so a save running in another process right now is not disturbed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from pathlib import Path

STALE_SECONDS = 15 * 60.0
_TEMP = re.compile(r"^\..+\.tmp$")


def clean_stale_temp_files(folders: Iterable[Path], *, older_than: float = STALE_SECONDS,
                           now: float | None = None) -> list[Path]:
    """Remove the stale save files directly inside `folders`; return what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        try:
            candidates = [p for p in folder.iterdir() if _TEMP.match(p.name)]
        except OSError:
            continue
        for path in candidates:
            try:
                if path.is_file() and not path.is_symlink() and now - path.stat().st_mtime > older_than:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # gone meanwhile, or not ours to remove
    return removed


def save_folders(data_dir: Path, seeds_dir: Path) -> list[Path]:
    """The folders saves write into: the data folder (places, geocode cache), its records,
    tours and table-import presets, and the articles folder."""
    return [data_dir, data_dir / "records", data_dir / "tours", data_dir / "presets", seeds_dir]
