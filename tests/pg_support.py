"""A real PostgreSQL + PostGIS server for the tests, started by scripts/setup-postgres.

The session fixture `pg_server` runs the script (which installs the Debian packages on a
fresh machine, initdb's .pg/ once and starts the server) and fails — never skips — when
that does not work: these tests must run in CI. Under pytest-xdist every worker holds
the one server (the script serialises callers with a file lock and counts holders by
PID), so the last worker to finish stops it. Tests never share a database: `pg_url`
clones a fresh one per test from a template that already has PostGIS (CREATE EXTENSION
costs about a second; cloning a template is cheap), and drops it afterwards.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "setup-postgres"
TEMPLATE = "fw_tpl_postgis"
PREFIX = "fw_test_"
_LOCK_KEY = 0x66777470  # "fwtp": serialises template creation and sweeping across workers


@dataclass
class PgServer:
    """The running server: its superuser URL and a factory for throwaway databases."""

    admin_url: str  # postgresql://postgres@127.0.0.1:PORT/postgres
    _names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str, user: str = "postgres") -> str:
        base = self.admin_url.rsplit("/", 1)[0]
        return re.sub(r"//[^@/]+@", f"//{user}@", base, count=1) + f"/{database}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.admin_url, autocommit=True)

    def create_database(self, *, postgis: bool = True, owner: str | None = None) -> str:
        """A new empty database (with PostGIS already installed, unless postgis=False); returns its name."""
        name = f"{PREFIX}{os.getpid()}_{next(self._names)}"
        template = TEMPLATE if postgis else "template0"
        query = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template))
        if owner:
            query += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        with self.admin() as conn:
            conn.execute(query)
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def ensure_role(self, role: str) -> None:
        """A LOGIN role without superuser rights (trust auth on localhost: no password)."""
        with self.admin() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
            try:
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
                    conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))

    def prepare(self) -> None:
        """Create the PostGIS template once, and drop databases left by test runs that died."""
        with self.admin() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
            try:
                for (name,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                            (PREFIX + "%",)).fetchall():
                    pid = int(name[len(PREFIX):].split("_")[0])
                    if pid != os.getpid() and not _alive(pid):
                        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
                if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (TEMPLATE,)).fetchone() is None:
                    conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(TEMPLATE)))
                    with psycopg.connect(self.url(TEMPLATE), autocommit=True) as tpl:
                        tpl.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _script(*args: str) -> str:
    proc = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"scripts/setup-postgres {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout.strip()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The real server (installed and started if needed); stopped when the last holder is done."""
    holder = str(os.getpid())
    url = _script("start", "--hold", holder)  # raises, so a broken set-up fails the tests
    if not url.startswith("postgresql://"):
        raise RuntimeError(f"scripts/setup-postgres printed {url!r}, not a URL")
    server = PgServer(url)
    try:
        server.prepare()
        yield server
    finally:
        _script("release", holder)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database with PostGIS available, as a plain postgresql:// URL."""
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)
