"""Staff accounts, sign-in attempts (for the rate limit) and record merges.

Revision ID: 0100_staff
Revises: 0004 (keep it after the newest store migration: one chain, one head)
"""

import sqlalchemy as sa
from alembic import op

revision = "0100_staff"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "sign_in_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok", sa.Boolean, nullable=False),
    )
    op.create_index("ix_sign_in_attempts_name", "sign_in_attempts", ["name", "at"])
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kept_id", sa.String(200), nullable=False),
        sa.Column("absorbed_id", sa.String(200), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_merges_kept", "merges", ["kept_id"])
    op.create_index("ix_merges_absorbed", "merges", ["absorbed_id"])


def downgrade() -> None:
    op.drop_table("merges")
    op.drop_table("sign_in_attempts")
    op.drop_table("users")
