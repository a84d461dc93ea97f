"""Shared pytest fixtures."""

from __future__ import annotations

import itertools
import os

import pytest

# The page and store tests are written against the article records in data/records; the national
# layer (data/national/ties.csv, 363 more records) is switched on by the tests that are about it.
os.environ.setdefault("ATLAS_NATIONAL_LAYER", "off")


@pytest.fixture(scope="session")
def gazetteer():
    """The process-wide offline gazetteer (GeoNames + data/places.csv), built once."""
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()


# --- databases ------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster for this test session (Debian's binaries); its base URL.

    Skips when the binaries are not installed (`.ci/run` installs the `postgresql` package).
    """
    from partnerships.db import throwaway

    reason = throwaway.missing()
    if reason:
        pytest.skip(reason)
    with throwaway.cluster() as url:
        yield url


_databases = itertools.count(1)


def new_postgres_database(server: str) -> str:
    """A fresh, empty database on the session's server; its URL."""
    from partnerships.db import throwaway

    return throwaway.create_database(server, f"atlas_test_{next(_databases)}")


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
