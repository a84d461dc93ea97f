"""Indexes that answer the public pages' status questions without reading the records' rows.

Every public question keeps the published records (`status IN (...)`): with only an index on
`status`, each match was a look-up into the records table, whose rows hold each record's JSON
(900 MB at 100,000 records). (status, id) covers the `id IN (published ids)` subqueries of the
filter options and the rollup; (status, type, year) the year span, the types and the per-type
and year counts.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_records_status_id", "records", ["status", "id"])
    op.create_index("ix_records_status_type_year", "records", ["status", "type", "year"])


def downgrade() -> None:
    op.drop_index("ix_records_status_type_year", "records")
    op.drop_index("ix_records_status_id", "records")
