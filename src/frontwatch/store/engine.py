"""Turning a user's `--db` value into a configured SQLAlchemy engine.

PostgreSQL URLs (`postgresql://user@host/db`) are routed to the psycopg 3 driver; a
server needs nothing here beyond pre-ping, since it has real concurrent writers.

SQLite is the default store and gets the settings a multi-process ingest needs:
WAL (readers never block the writer), foreign keys enforced, a busy timeout instead
of instant "database is locked", and real transactions around DDL too. pysqlite's
own transaction handling skips BEGIN before DDL and cannot take a write lock up
front, so — following the SQLAlchemy documentation's recipe for pysqlite — we switch
it off and emit BEGIN ourselves; writers ask for BEGIN IMMEDIATE through the
`sqlite_begin` execution option so two writers queue instead of deadlocking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTIONS = {"sqlite_begin": "IMMEDIATE"}

# Connection pools, sized for the API server (anyio runs sync endpoints on 40 threads, and a
# streamed response holds its connection between chunks without holding a thread).
# SQLite: connections are a file handle each and WAL lets any number read beside the one
# writer, so the pool is wide; PostgreSQL: each connection is a server process (default
# max_connections 100), so the pool stays below half of that. Waiting for a connection is
# bounded: `PoolTimeout` beyond POOL_TIMEOUT_S, which the API answers with 503 + Retry-After.
POOL_SETTINGS = {
    "sqlite": {"pool_size": 48, "max_overflow": 16},
    "postgresql": {"pool_size": 16, "max_overflow": 24},
}
POOL_TIMEOUT_S = 10.0


class StoreError(RuntimeError):
    """A store that cannot be opened or written; the message is one line, fit for a CLI."""


def normalise_url(target: str | Path) -> str:
    """A path or a database URL → a SQLAlchemy URL string (paths become absolute SQLite URLs)."""
    if isinstance(target, Path):
        return f"sqlite:///{target.expanduser().resolve()}"
    value = str(target).strip()
    if not value:
        raise StoreError("empty store location: give a file path or a database URL")
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith("postgres://"):  # the Heroku-style alias SQLAlchemy no longer accepts
        value = "postgresql://" + value[len("postgres://"):]
    if value.startswith("postgresql://"):
        # SQLAlchemy's default PostgreSQL driver is psycopg2; we ship psycopg 3 (the `postgres` extra).
        # An explicit driver (postgresql+psycopg2://, +asyncpg…) is left as the user wrote it.
        value = "postgresql+psycopg://" + value[len("postgresql://"):]
    return value


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL (None for other databases and :memory:)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.database.startswith("file:"):
        return None  # URI filenames: the caller knows what they are doing
    return Path(parsed.database)


def make_engine(url: str, *, pool_share: int = 1) -> Engine:
    """Create the engine; for a SQLite file, create its directory and install the pragmas.

    `pool_share` > 1: this process is one of that many sharing the database (API workers), so its
    pool is that fraction of POOL_SETTINGS (rounded up): N PostgreSQL workers stay within the same
    total of server connections as one."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    path = sqlite_file(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise StoreError(f"{path}: is a directory, not a store file")
        if path.exists() and not path.is_file():  # /dev/null, a FIFO, a socket: SQLite would fail obscurely
            raise StoreError(f"{path}: is not a regular file (a device or pipe?); give a store file path")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its directory: {exc.strerror or exc}") from exc
    backend = parsed.get_backend_name()
    pool: dict[str, Any] = {}
    if backend in POOL_SETTINGS and not (backend == "sqlite" and path is None):  # :memory: keeps its own pool
        share = max(1, int(pool_share))
        pool = {k: -(-v // share) for k, v in POOL_SETTINGS[backend].items()} if backend == "postgresql" \
            else dict(POOL_SETTINGS[backend])
        pool["pool_timeout"] = POOL_TIMEOUT_S
    try:
        engine = create_engine(parsed, pool_pre_ping=backend != "sqlite", **pool)
    except (NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        hint = (": pip install 'frontwatch[postgres]'" if parsed.get_backend_name() == "postgresql"
                else "")
        raise StoreError(f"{parsed.render_as_string(hide_password=True)}: unsupported database or driver "
                         f"not installed ({exc}){hint}") from exc
    if engine.dialect.name == "sqlite":
        _install_sqlite_hooks(engine)
    return engine


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA journal_mode = WAL")  # a no-op (reports 'memory') for in-memory databases
            cur.execute("PRAGMA synchronous = NORMAL")  # durable across application crashes in WAL mode
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
