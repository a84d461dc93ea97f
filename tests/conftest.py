"""Shared pytest fixtures."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    """The process-wide offline gazetteer (GeoNames + data/places.csv), built once."""
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()


# --- databases ------------------------------------------------------------------------------

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    """Run as the postgres user when we are root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster for this test session (Debian's binaries); its base URL.

    Skips when the binaries are not installed (`.ci/run` installs the `postgresql` package).
    """
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN} (apt-get install postgresql)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("no postgres user to run initdb as")
    folder = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster, port = folder / "cluster", _free_port()
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(cluster), "-A", "trust", "-U", "atlas",
                                 "-E", "UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(cluster), "-o", options, "-w",
                                 "-l", str(folder / "log"), "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://atlas@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(cluster), "-m", "fast", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


_databases = itertools.count(1)


def new_postgres_database(server: str) -> str:
    """A fresh, empty database on the session's server; its URL."""
    import psycopg

    name = f"atlas_test_{next(_databases)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, monkeypatch) -> str:
    """An empty database on each engine, set as ATLAS_DATABASE_URL (SQLite: a file in tmp_path)."""
    from partnerships.db import engine as db_engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'atlas.sqlite'}"
    else:
        url = new_postgres_database(request.getfixturevalue("postgres_server"))
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    yield db_engine.database_url(tmp_path)
    db_engine.forget()
