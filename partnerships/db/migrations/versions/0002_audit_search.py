"""The audit table and the full-text index (SQLite FTS5 trigram; PostgreSQL pg_trgm).

Revision ID: 0002
Revises: 0001

Existing records are indexed here, so a file made at 0001 is searchable after the upgrade.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(200)),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_audit_record", "audit", ["record_id", "id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # An external-content FTS5 table over records.search_text, kept in step by triggers.
        op.execute("CREATE VIRTUAL TABLE record_search USING fts5("
                   "search_text, content='records', content_rowid='rowid', tokenize='trigram')")
        op.execute("CREATE TRIGGER records_search_ai AFTER INSERT ON records BEGIN "
                   "INSERT INTO record_search(rowid, search_text) VALUES (new.rowid, new.search_text); END")
        op.execute("CREATE TRIGGER records_search_ad AFTER DELETE ON records BEGIN "
                   "INSERT INTO record_search(record_search, rowid, search_text) "
                   "VALUES ('delete', old.rowid, old.search_text); END")
        op.execute("CREATE TRIGGER records_search_au AFTER UPDATE OF search_text ON records BEGIN "
                   "INSERT INTO record_search(record_search, rowid, search_text) "
                   "VALUES ('delete', old.rowid, old.search_text); "
                   "INSERT INTO record_search(rowid, search_text) VALUES (new.rowid, new.search_text); END")
        op.execute("INSERT INTO record_search(record_search) VALUES ('rebuild')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_records_search_trgm ON records USING gin (search_text gin_trgm_ops)")
