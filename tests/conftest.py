"""Shared pytest fixtures."""

from __future__ import annotations

import os

import pytest

from tests.helpers.databases import new_postgres_database

BROWSER_DIR = os.path.join(os.path.dirname(__file__), "browser")

# The page and store tests are written against the article records in data/records; the national
# layer (data/national/ties.csv, 363 more records) is switched on by the tests that are about it.
os.environ.setdefault("ATLAS_NATIONAL_LAYER", "off")


# `make test` runs three workers (pytest -n 3 --dist loadgroup). The browser tests run in order on
# one of them, sharing one app server and one Chromium (two Chromiums drawing maps at once on two
# cores made their timings fail); the unit, page and database tests fill the other workers.
# tryfirst: pytest-xdist reads the group in its own hook of the same name, which would otherwise
# run before this one and find no group (the browser tests were then spread over both workers).
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Keep the browser tests together, on one worker."""
    for item in items:
        if str(item.path).startswith(BROWSER_DIR + os.sep):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session", autouse=True)
def _quick_password_hashes():
    """Argon2id at a low cost in this process: the library's default (64 MiB, three passes) took
    three quarters of a store test's set-up, where staff accounts are made, and every sign-in
    verifies. The algorithm and the code around it are the product's; only the cost is lower."""
    from argon2 import PasswordHasher

    from partnerships import accounts

    quick = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(accounts, "_hasher", lambda: quick)
        yield


@pytest.fixture(scope="session")
def gazetteer():
    """The process-wide offline gazetteer (GeoNames + data/places.csv), built once."""
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def frame(gazetteer):
    """The records table built from the repository's data/, as the pages build it (read-only:
    a test that changes it works on a copy)."""
    from partnerships import store
    from tests.helpers import ROOT

    result = store.load(data_dir=ROOT / "data", gazetteer=gazetteer)
    assert result.records, "the tests need curated records in data/records/"
    return store.records_frame(result.records, gazetteer)


@pytest.fixture(scope="session")
def filled_database(tmp_path_factory, gazetteer):
    """A SQLite file filled from the repository's data/ and seeds/ once for the session (national
    layer off). The page tests start from copies of it: the store then only checks that the
    files are unchanged instead of loading them all again."""
    from partnerships import store
    from partnerships.db import engine as db_engine
    from tests.helpers import ROOT

    path = tmp_path_factory.mktemp("filled") / "atlas.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_DATA_DIR", str(ROOT / "data"))
        mp.setenv("ATLAS_SEEDS_DIR", str(ROOT / "seeds"))
        mp.setenv("ATLAS_NATIONAL_LAYER", "off")
        mp.setenv("ATLAS_DATABASE_URL", f"sqlite:///{path}")
        store.open_store(gazetteer=gazetteer)
        db_engine.forget(store.database_url())
    return path


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
