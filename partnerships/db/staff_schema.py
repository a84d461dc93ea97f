"""The staff tables: accounts, sign-in attempts, and merges of records reported by several articles.

They join the store's one `metadata` (partnerships.db.schema); migration `0100_staff` creates them.
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
