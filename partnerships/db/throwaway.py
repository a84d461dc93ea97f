"""A throwaway PostgreSQL cluster in a temporary folder, for tests and benchmarks.

    with cluster() as base_url:                      # postgresql://atlas@127.0.0.1:<port>
        url = create_database(base_url, "atlas_bench")

Uses Debian's binaries (`apt-get install postgresql`: /usr/lib/postgresql/15/bin). `initdb`
refuses to run as root, so as root the cluster runs as the `postgres` user. Nothing is assumed
to be running; the cluster is stopped and its folder removed at the end.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN = Path(os.environ.get("ATLAS_PG_BIN", "/usr/lib/postgresql/15/bin"))


class Unavailable(RuntimeError):
    """The PostgreSQL binaries (or a user to run them as) are missing."""


def missing() -> str | None:
    """Why a cluster cannot be started here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL binaries not found in {PG_BIN} (apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run initdb as"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def cluster(*, fsync: bool = False) -> Iterator[str]:
    """Start a cluster on a free port; yields its base URL (user `atlas`, trust authentication)."""
    reason = missing()
    if reason:
        raise Unavailable(reason)
    folder = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "cluster", _free_port()
    try:
        subprocess.run(_as_owner([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "atlas",
                                  "-E", "UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1" + ("" if fsync else " -c fsync=off")
        subprocess.run(_as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                                  "-l", str(folder / "log"), "start"]), check=True, capture_output=True)
        yield f"postgresql://atlas@127.0.0.1:{port}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(_as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                           capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def create_database(base_url: str, name: str) -> str:
    """Create an empty database on the cluster; its URL."""
    import psycopg

    with psycopg.connect(f"{base_url}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"
