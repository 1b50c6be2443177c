"""A cheap "has anything in the store changed?" probe, for caches of API responses.

Why not a counter in a table: every writer (ingest, rebuild, `watch`, POST /articles, another
process, psql by hand) would have to bump it, and one that forgot would leave caches stale
for ever. Both databases already keep such a counter for us:

- SQLite: `PRAGMA data_version` on a connection changes whenever *another* connection (in any
  process) commits to the file. The probe keeps one read-only connection that never writes, so
  every commit by anyone shows; it costs microseconds.
- PostgreSQL: the text of `pg_current_snapshot()` (xmin:xmax:in-progress ids) changes whenever
  a transaction that wrote is assigned an id or ends, anywhere in the cluster; read-only
  transactions leave it alone. A write elsewhere in the cluster only costs a cache miss.

The value is opaque: compare it for equality, never order it. `None` means "no probe for this
store" (an in-memory SQLite database, another dialect): callers must not cache then.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Hashable

from sqlalchemy import Engine

from frontwatch.store.engine import sqlite_file


class DataVersion:
    """`read()` → a value that changes whenever a commit changed the store (thread-safe)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._lock = threading.Lock()
        self._sqlite: sqlite3.Connection | None = None
        self._pg = None
        self._path = sqlite_file(engine.url.render_as_string(hide_password=False)) if self.dialect == "sqlite" else None
        self.enabled = self.dialect == "postgresql" or (self._path is not None and self._path.is_file())

    def read(self) -> Hashable | None:
        if not self.enabled:
            return None
        with self._lock:
            try:
                return self._read_sqlite() if self.dialect == "sqlite" else self._read_postgresql()
            except Exception:  # a broken probe connection: drop it, answer "unknown" (no caching) this time
                self._close_locked()
                return None

    def _read_sqlite(self) -> Hashable:
        if self._sqlite is None:
            self._sqlite = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True, isolation_level=None,
                                           check_same_thread=False)
        return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def _read_postgresql(self) -> Hashable:
        if self._pg is None:
            self._pg = self.engine.raw_connection()  # from the pool; held for the life of the probe
            self._pg.autocommit = True
        cur = self._pg.cursor()
        try:
            cur.execute("SELECT pg_current_snapshot()::text")
            return cur.fetchone()[0]
        finally:
            cur.close()

    def _close_locked(self) -> None:
        for conn in (self._sqlite, self._pg):
            if conn is not None:
                try:
                    conn.close()
                except Exception:
                    pass
        self._sqlite = self._pg = None

    def close(self) -> None:
        with self._lock:
            self._close_locked()
