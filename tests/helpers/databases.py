"""Databases for the tests: fresh PostgreSQL databases on the session's throwaway cluster."""

from __future__ import annotations

import itertools

_databases = itertools.count(1)


def new_postgres_database(server: str) -> str:
    """A fresh, empty database on the session's server (the `postgres_server` fixture); its URL."""
    from partnerships.db import throwaway

    return throwaway.create_database(server, f"atlas_test_{next(_databases)}")
