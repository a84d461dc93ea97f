"""Migrations: a database made at the first revision, with records in it, upgrades to the newest
without losing a row, and what the later revisions add (audit, search index, arcs) covers the
old rows. SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import column, func, insert, select, text
from sqlalchemy import table as sql_table

from partnerships import query, store
from partnerships.db import engine as db_engine
from partnerships.db import queries, repo, schema
from partnerships.db.rows import record_rows
from partnerships.query import Filters

ROOT = Path(__file__).resolve().parents[2]

# Columns each table had at revision 0001 (record_places gained type and year in 0003).
AT_0001 = {"record_places": {"record_id", "side", "place_id", "position", "country", "region"}}


def test_an_old_database_upgrades_without_losing_data(folders, database_url, gazetteer):
    data, _ = folders
    records = store.load(data_dir=data, gazetteer=gazetteer).records
    eng = db_engine.create(database_url)
    db_engine.migrate(eng, "0001")
    assert db_engine.current_revision(eng) == "0001"
    with eng.begin() as conn:
        assert not eng.dialect.has_table(conn, "audit") and not eng.dialect.has_table(conn, "record_arcs")
        for i, record in enumerate(records):
            rows = record_rows(record.to_dict(), records_file=f"{record.source.file[:-4]}.json", position=i,
                               places=gazetteer)
            for table in (schema.records, schema.record_places, schema.sectors, schema.parties, schema.evidence):
                keep = AT_0001.get(table.name)
                values = [{k: v for k, v in row.items() if keep is None or k in keep} for row in rows[table.name]]
                if values:
                    old = sql_table(table.name, *[column(c.name) for c in table.columns if keep is None or c.name in keep])
                    conn.execute(insert(old), values)
        repo.ensure_places(conn, {p for r in records for p in r.places}, gazetteer)
        conn.execute(text("UPDATE records SET version = 3 WHERE id = :id"), {"id": records[0].id})
    db_engine.migrate(eng)
    assert db_engine.current_revision(eng) == db_engine.head_revision()
    got = {r.id: r for r in store.read_records(eng).records}
    assert sorted(got) == sorted(r.id for r in records)
    assert all(got[r.id].to_dict() == r.to_dict() for r in records)
    with eng.connect() as conn:
        assert conn.execute(select(schema.records.c.version).where(schema.records.c.id == records[0].id)).scalar() == 3
        arcs = conn.execute(select(func.count()).select_from(schema.record_arcs)).scalar_one()
        assert arcs == sum(len(set(r.korean_places)) * len(set(r.partner_places)) for r in records)
        assert conn.execute(select(func.count()).select_from(schema.record_places)
                            .where(schema.record_places.c.year.is_(None))).scalar_one() == 0
        # The search index made by 0002 covers rows written before it.
        odense = sorted(query.apply(store.records_frame(records, gazetteer), Filters(text="오덴세"))["id"])
        assert odense and sorted(d["id"] for d in queries.stream(conn, Filters(text="오덴세"))) == odense
        assert queries.place_arcs(conn, Filters()).shape[0] > 0
    eng.dispose()


def test_the_head_read_from_the_files_is_alembics():
    assert db_engine.quick_head() == db_engine.head_revision()


def test_a_process_on_an_up_to_date_database_does_not_import_alembic(tmp_path):
    # Alembic costs a page process about 10 MB; it is imported only to migrate.
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    probe = ("import sys; from partnerships.db import engine as e; "
             f"e.connect({url!r}); print('alembic' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    again = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert (first.stdout.strip(), again.stdout.strip()) == ("True", "False")


def test_a_database_stamped_at_0100_without_the_0004_indexes_gets_them(folders, database_url):
    # 0100_staff once followed 0003: a database made then is stamped 0100_staff but never ran
    # 0004. The upgrade adds the missing indexes and keeps every row.
    from sqlalchemy import inspect

    eng = store.open_store()
    with eng.connect() as conn:
        ids = sorted(conn.execute(select(schema.records.c.id)).scalars())
    assert ids
    with eng.begin() as conn:
        conn.execute(text("DROP TABLE summaries"))
        conn.execute(text("DROP TABLE staff_sessions"))  # 0102, after 0101
        conn.execute(text("DROP INDEX ix_records_status_id"))
        conn.execute(text("DROP INDEX ix_records_status_type_year"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0100_staff'"))
    db_engine.forget()
    names = {ix["name"] for ix in inspect(eng).get_indexes("records")}
    assert not names & {"ix_records_status_id", "ix_records_status_type_year"}
    eng = store.engine()  # a new process's first connection: migrated to the head
    assert db_engine.current_revision(eng) == db_engine.head_revision()
    names = {ix["name"] for ix in inspect(eng).get_indexes("records")}
    assert {"ix_records_status_id", "ix_records_status_type_year"} <= names
    with eng.connect() as conn:
        assert sorted(conn.execute(select(schema.records.c.id)).scalars()) == ids
        assert inspect(conn).has_table("summaries")
