"""The one place the staff features (accounts, review, history) reach the database.

    eng = staff_db.engine()                # the store's engine, migrated (staff tables included)
    with staff_db.writing(eng) as conn:    # one write transaction
        staff_db.append_audit(conn, who=..., action=..., record_id=..., before=..., after=...)
"""

from __future__ import annotations

from sqlalchemy import Engine

from partnerships import store
from partnerships.db import repo, staff_schema
from partnerships.db import schema as tables

__all__ = ["engine", "writing", "append_audit", "audit_trail", "tables", "staff_schema", "bump"]

writing = repo.writing
append_audit = repo.append_audit
audit_trail = repo.audit_trail
bump = repo.bump


def engine(url: str | None = None) -> Engine:
    """The process's engine for `url` (default: `$ATLAS_DATABASE_URL` or the data folder's SQLite
    file), migrated to the newest schema."""
    return store.engine(url)
