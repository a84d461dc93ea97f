"""The indexes of 0004 where they are missing, and the `summaries` table.

Revision ID: 0101_summaries
Revises: 0100_staff

A database stamped at 0100_staff while that revision still followed 0003 never ran 0004: its
indexes on (status, id) and (status, type, year) are created here when missing (no row is
touched). `summaries` keeps what a new page process would otherwise compute over every record
(the filters' choices, the map's counts per place, arc, type and year), each stamped with the
change counter it was computed at (partnerships.db.summaries).
"""

import sqlalchemy as sa
from alembic import op

revision = "0101_summaries"
down_revision = "0100_staff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_records_status_id", "records", ["status", "id"], if_not_exists=True)
    op.create_index("ix_records_status_type_year", "records", ["status", "type", "year"], if_not_exists=True)
    op.create_table(
        "summaries",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("stamp", sa.Integer, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("summaries")
