"""Asking a web service politely: one request at a time per host across processes, and a hard deadline.

`RateSlots` spaces requests with a lock file shared by every process on the machine; `fetch` makes
one GET that no slow or silent server can stretch past its deadline. Used by geo.geocode.
"""

from __future__ import annotations

import contextlib
import fcntl
import http.client
import math
import os
import re
import socket
import ssl
import stat
import tempfile
import threading
import time
from pathlib import Path

from geo.errors import GeocoderBadAnswer, GeocoderUnavailable


def rate_file(domain: str) -> Path:
    """The lock file that spaces requests to ``domain`` for every process of this user on this
    machine (``$ATLAS_GEOCODER_LOCK_DIR``, else a folder of this user's own in the system's
    temporary folder, which other users cannot plant files or links in)."""
    configured = os.environ.get("ATLAS_GEOCODER_LOCK_DIR")
    folder = Path(configured) if configured else Path(tempfile.gettempdir()) / f"partnership-atlas-{os.getuid()}"
    return folder / f"partnership-atlas-geocoder-{re.sub(r'[^a-z0-9.-]+', '_', domain.lower())[:100]}.lock"


def _private_folder(folder: Path) -> None:
    """Create ``folder`` for this user only; refuse one that is a link or someone else's."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise GeocoderUnavailable(f"the look-up lock folder {folder} is not this user's own folder")


class RateSlots:
    """One request per ``min_delay`` seconds for every process using ``path`` (a lock file).

    The file holds the earliest time the next request may go. A sender claims the moment only
    when it has come: it locks the file, and if the time is due writes ``now + min_delay`` and
    sends; if not, it unlocks, sleeps until then and looks again. So a sender woken late by a
    busy machine never lets the next one go less than ``min_delay`` after it. The file is never
    locked while waiting or asking.
    """

    def __init__(self, path: Path, min_delay: float) -> None:
        self.path, self.min_delay = path, min_delay

    def take(self, *, deadline: float) -> None:
        """Wait until a request may go and claim that moment; raise GeocoderUnavailable if it
        cannot come before ``deadline`` (a ``time.time()`` value)."""
        try:
            _private_folder(self.path.parent)
        except OSError as exc:
            raise GeocoderUnavailable(f"the look-up lock folder cannot be used ({exc.strerror})") from None
        while True:
            wait = self._claim(deadline)
            if wait <= 0:
                return
            time.sleep(min(wait, self.min_delay))

    def _claim(self, deadline: float) -> float:
        """Claim now if the file says a request may go (return 0), else the seconds still to wait."""
        try:  # never through a link planted in its place, never a folder or a device
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o600)
        except OSError as exc:
            raise GeocoderUnavailable(f"the look-up lock file cannot be used ({exc.strerror})") from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise GeocoderUnavailable("the look-up lock file is not a plain file")
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                raw = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                now = time.time()
                try:
                    free = float(raw)
                except ValueError:
                    free = 0.0
                # a clock set back, a broken or planted file: no sender ever books that far ahead
                if not math.isfinite(free) or free > now + max(60.0, 10 * self.min_delay):
                    free = 0.0
                if free > deadline:
                    raise GeocoderUnavailable("the geocoding service is busy with other look-ups; "
                                              "try again in a few seconds")
                if free > now:
                    return free - now
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{now + self.min_delay:.6f}".encode("ascii"), 0)
                return 0.0
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _unanswered(exc: Exception, *, cut: bool, late: bool, remaining: float, step: float) -> GeocoderUnavailable:
    """What a failed request says: the deadline ran out (the socket was `cut` at it, or a step timed
    out `late`, past it), one step waited its limit (a connection, a read), or the connection failed."""
    if cut or (late and isinstance(exc, TimeoutError)):
        return GeocoderUnavailable(f"no complete answer within {remaining:.0f} s")
    if isinstance(exc, TimeoutError):
        return GeocoderUnavailable(f"no answer within {step:.0f} s")
    return GeocoderUnavailable(f"{type(exc).__name__}: {exc}"[:300])


def fetch(url_host: str, path: str, *, scheme: str, agent: str, timeout: float, deadline: float,
          max_bytes: int) -> bytes:
    """GET ``scheme://url_host/path`` once (no retries) and return the body.

    Each blocking step waits at most ``timeout`` seconds; at ``deadline`` (a ``time.monotonic()``
    value) the socket is shut down, which ends any read, also of a server sending one byte at a
    time. Raises GeocoderUnavailable.
    """
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise GeocoderUnavailable("no time left for the request")
    step = min(timeout, remaining)
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            url_host, timeout=step, context=ssl.create_default_context())
    elif scheme == "http":
        conn = http.client.HTTPConnection(url_host, timeout=step)
    else:
        raise GeocoderUnavailable(f"unsupported scheme {scheme!r}")
    timed_out = threading.Event()

    def cut() -> None:
        timed_out.set()
        sock = conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(remaining, cut)
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.request("GET", path, headers={"User-Agent": agent, "Accept": "application/json"})
        response = conn.getresponse()
        if response.status != 200:
            raise GeocoderUnavailable(f"the service answered HTTP {response.status} {response.reason}"[:200])
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = response.read1(65536)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise GeocoderBadAnswer(f"the answer is larger than {max_bytes:,} bytes")
            chunks.append(chunk)
            if time.monotonic() >= deadline:
                raise TimeoutError
        if timed_out.is_set():
            raise TimeoutError
        return b"".join(chunks)
    except GeocoderUnavailable:
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise _unanswered(exc, cut=timed_out.is_set(), late=time.monotonic() >= deadline,
                          remaining=remaining, step=step) from None
    finally:
        watchdog.cancel()
        conn.close()
