"""Which database, how to connect, and bringing its schema up to date.

    engine = connect()            # $ATLAS_DATABASE_URL, else sqlite:///<data>/atlas.sqlite; migrated

SQLite runs in WAL mode (readers never wait for the writer) with a busy timeout, and writes take
the write lock when they begin (`BEGIN IMMEDIATE`), so two writers queue instead of failing
half-way. PostgreSQL URLs (`postgresql://...`) use psycopg 3.
"""

from __future__ import annotations

import os
import re
import threading
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
URL_VARIABLE = "ATLAS_DATABASE_URL"
SQLITE_NAME = "atlas.sqlite"
BUSY_TIMEOUT_MS = 5_000
_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def database_url(data_dir: Path) -> str:
    """`$ATLAS_DATABASE_URL`, or the SQLite file in the data folder."""
    url = os.environ.get(URL_VARIABLE, "").strip()
    if not url:
        return f"sqlite:///{data_dir / SQLITE_NAME}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(engine: Engine) -> bool:
    """Is this the embedded engine."""
    return engine.dialect.name == "sqlite"


def create(url: str) -> Engine:
    """A new engine for `url` (not migrated)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
        _sqlite_events(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5,
                         connect_args={"connect_timeout": 5})


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def head_revision() -> str:
    """The newest migration's id."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(None|\"([^\"]+)\"|'([^']+)')\s*$", re.M)


@cache
def quick_head() -> str | None:
    """The newest migration's id read from the migration files' `revision` and `down_revision`
    lines, without importing Alembic (about 10 MB a process spares once its database is up to
    date); None when the lines do not give exactly one head (then Alembic decides)."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {m[0]: m[2] or m[3] or None for m in _REVISION.findall(path.read_text(encoding="utf-8"))}
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        downs.add(found["down_revision"])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def _stamped(engine: Engine) -> str | None:
    """The revision stamped in the database (None if there is none or no version table)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return None
    return rows[0] if len(rows) == 1 else None


def _up_to_date(engine: Engine) -> bool:
    head = quick_head()
    if head is None:
        return current_revision(engine) == head_revision()
    return _stamped(engine) == head


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (default: the newest), keeping every row."""
    from alembic import command

    cfg = _alembic_config()
    # One process migrates at a time: SQLite's write lock (BEGIN IMMEDIATE) or a PostgreSQL
    # advisory lock; the others then find the schema up to date.
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if not is_sqlite(engine):
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7401)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def connect(url: str) -> Engine:
    """The process's engine for `url`, migrated to the newest schema on first use."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = create(url)
            if not _up_to_date(engine):
                migrate(engine)
            _engines[url] = engine
        return engine


def forget(url: str | None = None) -> None:
    """Close and drop cached engines (tests, or after the database file was replaced)."""
    with _lock:
        for key in [url] if url else list(_engines):
            engine = _engines.pop(key, None)
            if engine is not None:
                engine.dispose()
