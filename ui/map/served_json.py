"""JSON the browser fetches from the app's static folder instead of finding it inlined in the page.

A layer's data inlined as a `data:` URL travels with every rerun's deck spec, even when the layer
is drawn only once the map is zoomed in. Written here once under its content's digest
(`static/served/<digest>.json`), it is sent by the static file server when deck.gl asks for it
and cached by the browser like the basemap. The folder keeps the most recently used files
(`KEEP`); where it cannot be written (a read-only install) the data goes inline as before.

Replicas behind a load balancer each write their own copies: serve `static/served/` from the
app (sticky sessions), not from a CDN that has only the repository's files.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from pathlib import Path

FOLDER: Path = Path(__file__).resolve().parent.parent.parent / "static" / "served"
URL_PREFIX = "app/static/served/"  # relative URL, like geo.basemap's
KEEP = 4000  # files kept; the least recently used beyond it are removed


def url(body: str) -> str:
    """A URL the browser can fetch `body` (JSON text) from: a static file, else a `data:` URL."""
    data = body.encode()
    name = hashlib.sha256(data).hexdigest()[:24] + ".json"
    path = FOLDER / name
    try:
        if path.is_file():
            os.utime(path)  # recently used: kept by _prune
        else:
            _write(path, data)
    except OSError:
        return "data:application/json;base64," + base64.b64encode(data).decode()
    return URL_PREFIX + name


def present(urls) -> bool:
    """Every file behind `urls` (made by `url`; other values are skipped) is still there, each
    marked recently used so that `_prune` keeps it."""
    for served in urls:
        path = path_of(served) if isinstance(served, str) else None
        if path is None:
            continue
        try:
            os.utime(path)
        except OSError:
            return False
    return True


def path_of(served: str) -> Path | None:
    """The file behind a URL made by `url`, or None for a `data:` URL."""
    return FOLDER / served.removeprefix(URL_PREFIX) if served.startswith(URL_PREFIX) else None


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)  # atomic: another session never reads half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sum(1 for _ in os.scandir(path.parent)) > KEEP * 1.25:
        _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove the least recently used files beyond KEEP."""
    files = sorted((e for e in os.scandir(folder) if e.name.endswith(".json")), key=lambda e: e.stat().st_mtime)
    for entry in files[: max(0, len(files) - KEEP)]:
        Path(entry.path).unlink(missing_ok=True)
