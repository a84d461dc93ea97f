"""Records, articles, places and their child tables.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_now = sa.func.now()


def _record_fk() -> sa.Column:
    return sa.Column("record_id", sa.String(200), sa.ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("file", sa.String(255), primary_key=True),
        sa.Column("text_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False, server_default=_now),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("records_file", sa.String(255), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("article_file", sa.String(255), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("venue", sa.String(200)),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=_now),
    )
    op.create_index("ix_records_file", "records", ["records_file", "position"])
    op.create_index("ix_records_article", "records", ["article_file"])
    op.create_index("ix_records_status", "records", ["status"])
    op.create_index("ix_records_year", "records", ["year"])
    op.create_index("ix_records_type", "records", ["type"])
    op.create_index("ix_records_date_id", "records", ["date", "id"])
    op.create_table(
        "record_places",
        _record_fk(),
        sa.Column("side", sa.String(8), primary_key=True),
        sa.Column("place_id", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("region", sa.String(40)),
    )
    op.create_index("ix_record_places_place", "record_places", ["place_id", "side"])
    op.create_index("ix_record_places_country", "record_places", ["side", "country"])
    op.create_index("ix_record_places_region", "record_places", ["side", "region"])
    op.create_table("sectors", _record_fk(), sa.Column("sector", sa.String(40), primary_key=True))
    op.create_index("ix_sectors_sector", "sectors", ["sector"])
    op.create_table(
        "parties", _record_fk(),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name_en", sa.Text, nullable=False),
        sa.Column("name_ko", sa.Text, nullable=False),
    )
    op.create_table(
        "evidence", _record_fk(),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name_en", sa.Text, nullable=False),
        sa.Column("name_ko", sa.Text, nullable=False),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("region", sa.String(40)),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False),
        sa.Column("geonames_id", sa.Integer),
    )
    op.create_table("state", sa.Column("key", sa.String(40), primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "source_files",
        sa.Column("kind", sa.String(10), primary_key=True),
        sa.Column("name", sa.String(255), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
    )
    op.create_table(
        "load_problems",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("file", sa.String(255), nullable=False),
        sa.Column("record_id", sa.String(200)),
        sa.Column("field", sa.String(80)),
        sa.Column("message", sa.Text, nullable=False),
    )
    op.create_index("ix_load_problems_file", "load_problems", ["file"])
