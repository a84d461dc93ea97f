"""Saving a text file so that a crash never leaves it half written; reading a CSV file's text.

The text goes to `.<name>.<random>.tmp` beside the target, is flushed to disk, then renamed over
the target (a rename within one folder is atomic). A save that dies leaves only the temporary
file, which `partnerships.leftovers` cleans. Here, in the lowest layer, so `geo` and
`partnerships` share it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from geo.errors import GeoError


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) in one step: readers see the old file or the new one.
    A link is written through (its target replaced); the file gets the usual permissions
    (0666 less the umask), as a plain write would give it."""
    path = path.resolve() if path.is_symlink() else path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # (read by setting it: put back at once)
    os.umask(mask)
    return mask


def decode_csv(raw: bytes, path: Path) -> str:
    """A CSV file's text: UTF-8 (with or without a byte-order mark), else CP949, which Korean
    Excel saves; not a UTF-8 file with a few broken bytes, which CP949 would read as other
    letters (GeoError naming the line)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first = exc
    broken = raw.decode("utf-8", errors="replace").count("\ufffd")
    try:
        if broken * 20 < sum(b >= 0x80 for b in raw):
            raise UnicodeDecodeError("utf-8", raw, first.start, first.end, "mostly UTF-8")
        return raw.decode("cp949")
    except UnicodeDecodeError:
        line = raw.count(b"\n", 0, first.start) + 1
        raise GeoError(f"{path}: line {line}: neither UTF-8 nor CP949 text (byte {first.start}); "
                       "save it as UTF-8") from None


NOT_A_FILE = "not a file (a folder, a broken link or a named pipe): left out"


def json_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The folder's `*.json` regular files in name order (a link to one counts), and the names of
    those that are something else: a folder, a broken link or a named pipe, which would stop a
    reader (an error, or a read that waits for ever)."""
    if not folder.is_dir():
        return [], []
    paths = sorted(folder.glob("*.json"))
    regular = {path for path in paths if path.is_file()}
    return [p for p in paths if p in regular], [p.name for p in paths if p not in regular]
