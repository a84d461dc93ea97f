"""The database behind the store: schema, engine and migrations, reads and writes.

SQLite (a file under the data folder) by default; PostgreSQL when `ATLAS_DATABASE_URL` is set.
Only `partnerships.store` and the modules here know the tables.
"""
