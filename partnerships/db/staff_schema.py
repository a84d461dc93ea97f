"""The staff tables: accounts, sign-in attempts, merges of records reported by several articles, and
the sign-ins a browser keeps across reloads.

They join the store's one `metadata` (partnerships.db.schema); migrations `0100_staff` and
`0102_staff_sessions` create them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Index, Integer, String, Table, Text, func

from partnerships.db.schema import metadata

users = Table(
    "users", metadata,
    Column("name", String(200), primary_key=True),  # a local name, or the e-mail an identity provider gives
    Column("role", String(20), nullable=False),
    Column("password_hash", Text),  # argon2id; NULL: signs in through the identity provider only
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

sign_in_attempts = Table(
    "sign_in_attempts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("ok", Boolean, nullable=False),
    Index("ix_sign_in_attempts_name", "name", "at"),
)

merges = Table(
    "merges", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kept_id", String(200), nullable=False),  # the published record that now carries the sources
    Column("absorbed_id", String(200), nullable=False),  # the record merged into it (then `rejected`)
    Column("who", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("undone_at", DateTime(timezone=True)),
    Index("ix_merges_kept", "kept_id"),
    Index("ix_merges_absorbed", "absorbed_id"),
)

# A sign-in a browser keeps across reloads and tabs (partnerships.staff_sessions; 0102): only the
# token's hash is stored, with the account's stamp when it signed in (accounts.session_check).
staff_sessions = Table(
    "staff_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("stamp", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    Index("ix_staff_sessions_name", "name"),
)
