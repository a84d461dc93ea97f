"""The tables, one schema for SQLite and PostgreSQL (SQLAlchemy Core).

A record is one row of `records` (its JSON form in `body`, so a dump reproduces the file byte for
byte) plus its places, sectors, parties and evidence in child tables that the filters, the map's
aggregates and search use. `audit` holds every change with who, when and before/after; `state`
holds the change counter pages poll; `source_files` the fingerprint of each file loaded;
`summaries` the filters' choices and the map's counts, computed once per change.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("file", String(255), primary_key=True),
    Column("text_hash", String(64), nullable=False, unique=True),  # the same article twice is refused
    Column("text", Text, nullable=False),
    Column("published", String(10)),
    Column("added_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

records = Table(
    "records", metadata,
    Column("id", String(200), primary_key=True),
    Column("records_file", String(255), nullable=False),  # the dump file the record belongs to
    Column("position", Integer, nullable=False),  # its place in that file
    Column("article_file", String(255), nullable=False),  # source.file
    Column("status", String(20), nullable=False),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("type", String(40), nullable=False),
    Column("year", Integer, nullable=False),
    Column("date", String(10), nullable=False),
    Column("venue", String(200)),
    Column("search_text", Text, nullable=False),  # lower-case titles, summaries, parties, place names
    Column("body", Text, nullable=False),  # the record's JSON, keys in the order of its file
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_records_file", "records_file", "position"),
    Index("ix_records_article", "article_file"),
    Index("ix_records_status", "status"),
    Index("ix_records_year", "year"),
    Index("ix_records_type", "type"),
    Index("ix_records_date_id", "date", "id"),
    Index("ix_records_status_id", "status", "id"),  # migration 0004
    Index("ix_records_status_type_year", "status", "type", "year"),
)

record_places = Table(
    "record_places", metadata,
    Column("record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("side", String(8), primary_key=True),  # korean, partner or venue
    Column("place_id", String(200), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("country", String(3)),
    Column("region", String(40)),
    Column("type", String(40)),  # the record's, so the map's counts need no join (0003)
    Column("year", Integer),
    Index("ix_record_places_place", "place_id", "side"),
    Index("ix_record_places_country", "side", "country"),
    Index("ix_record_places_region", "side", "region"),
)

# One row per arc a record draws (Korean place x partner), with what the map filters on (0003).
record_arcs = Table(
    "record_arcs", metadata,
    Column("record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("src", String(200), primary_key=True),
    Column("dst", String(200), primary_key=True),
    Column("type", String(40), nullable=False),
    Column("year", Integer, nullable=False),
    Column("dst_country", String(3)),
    Column("dst_region", String(40)),
    Index("ix_record_arcs_pair", "src", "dst", "type"),
)

sectors = Table(
    "sectors", metadata,
    Column("record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("sector", String(40), primary_key=True),
    Index("ix_sectors_sector", "sector"),
)

parties = Table(
    "parties", metadata,
    Column("record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name_en", Text, nullable=False),
    Column("name_ko", Text, nullable=False),
)

evidence = Table(
    "evidence", metadata,
    Column("record_id", String(200), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("sentence", Text, nullable=False),
)

places = Table(
    "places", metadata,
    Column("id", String(200), primary_key=True),
    Column("name_en", Text, nullable=False),
    Column("name_ko", Text, nullable=False),
    Column("country", String(3), nullable=False),
    Column("region", String(40)),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("origin", String(10), nullable=False),  # gazetteer, csv (data/places.csv) or added (by a save)
    Column("geonames_id", Integer),
)

state = Table(
    "state", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

source_files = Table(
    "source_files", metadata,
    Column("kind", String(10), primary_key=True),  # records, article, places
    Column("name", String(255), primary_key=True),
    Column("digest", String(64), nullable=False),
)

load_problems = Table(
    "load_problems", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("file", String(255), nullable=False),
    Column("record_id", String(200)),
    Column("field", String(80)),
    Column("message", Text, nullable=False),
    Index("ix_load_problems_file", "file"),
)

# Added by the second migration (0002), with the search index.
audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("who", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("record_id", String(200)),
    Column("before", Text),
    Column("after", Text),
    Column("reason", Text),
    Index("ix_audit_record", "record_id", "id"),
)

# What a new page process would otherwise compute over every record, stamped with the change
# counter it was computed at (0101; partnerships.db.summaries).
summaries = Table(
    "summaries", metadata,
    Column("name", String(80), primary_key=True),
    Column("stamp", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),
)

CHILD_TABLES = (record_places, record_arcs, sectors, parties, evidence)
