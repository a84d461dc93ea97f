"""Arcs as rows of their own, and type and year beside each record's places, for the map's GROUP BY.

Revision ID: 0003
Revises: 0002

Existing records get their arcs and columns here, from the rows they already have.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("record_places", sa.Column("type", sa.String(40)))
    op.add_column("record_places", sa.Column("year", sa.Integer))
    op.execute("UPDATE record_places SET type = (SELECT type FROM records WHERE records.id = record_places.record_id), "
               "year = (SELECT year FROM records WHERE records.id = record_places.record_id)")
    op.create_table(
        "record_arcs",
        sa.Column("record_id", sa.String(200), sa.ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("src", sa.String(200), primary_key=True),
        sa.Column("dst", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("dst_country", sa.String(3)),
        sa.Column("dst_region", sa.String(40)),
    )
    op.create_index("ix_record_arcs_pair", "record_arcs", ["src", "dst", "type"])
    op.execute("INSERT INTO record_arcs (record_id, src, dst, type, year, dst_country, dst_region) "
               "SELECT k.record_id, k.place_id, p.place_id, r.type, r.year, p.country, p.region "
               "FROM record_places k JOIN record_places p ON p.record_id = k.record_id AND p.side = 'partner' "
               "JOIN records r ON r.id = k.record_id WHERE k.side = 'korean'")
