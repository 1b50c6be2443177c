"""Schema migrations, run from code when a store is opened.

The Alembic environment lives in the package (`migrations/`), so an installed
frontwatch upgrades any store it opens without an alembic.ini or a working
directory convention. The head revision is compared first so read-only users
(API workers, exports) do not take the write lock on every open.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from frontwatch.store.engine import WRITE_OPTIONS, StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x66776D67  # "fwmg": the advisory lock PostgreSQL migrators queue on


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic config built in code; `connection` is what env.py migrates."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # ConfigParser interpolation
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision this frontwatch knows (read once per process)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - packaging error
        raise StoreError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None: never migrated)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to head in one transaction (a no-op when already there)."""
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    with engine.execution_options(**WRITE_OPTIONS).begin() as conn:
        if conn.dialect.name == "postgresql":
            # SQLite's BEGIN IMMEDIATE already serialises migrators; PostgreSQL needs a lock of
            # its own, or two ingests opening a new database both create the tables.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        current = current_revision(conn)  # again, under the write lock: another process may have won
        if current == head:
            return
        if current is not None and current not in known:
            raise StoreError(f"store schema is at revision {current!r}, which this frontwatch does not know "
                             f"(newest here: {head!r}); upgrade frontwatch")
        command.upgrade(alembic_config(conn), "head")
