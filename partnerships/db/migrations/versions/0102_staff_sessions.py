"""The sign-ins a browser keeps across reloads and new tabs (partnerships.staff_sessions).

Revision ID: 0102_staff_sessions
Revises: 0101_summaries
"""

import sqlalchemy as sa
from alembic import op

revision = "0102_staff_sessions"
down_revision = "0101_summaries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_staff_sessions_name", "staff_sessions", ["name"])


def downgrade() -> None:
    op.drop_index("ix_staff_sessions_name", "staff_sessions")
    op.drop_table("staff_sessions")
