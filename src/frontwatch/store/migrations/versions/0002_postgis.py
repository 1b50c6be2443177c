"""PostGIS point geometry for events and places, on PostgreSQL when the extension can be had.

On SQLite this revision does nothing. On PostgreSQL it uses PostGIS if it is installed
in the database, or creates it if the server offers it and we may (superuser or a
database owner when the extension is trusted); otherwise the store works on plain
lat/lon, as on SQLite. The geometry is a generated column, so it is filled from lat/lon
on every insert and update without a trigger and without writers knowing about it, and
a GiST index makes bounding-box and distance queries use it. Offline (`--sql`) output
assumes PostGIS, for DBAs who apply the DDL by hand.

Frozen (no imports from frontwatch), like every revision.

Revision ID: 0002
Revises: 0001
Create Date: 2025-06-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op
from sqlalchemy.exc import DBAPIError

revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("events", "places")


def _postgis(bind: sa.Connection) -> bool:
    """True when PostGIS is (now) installed in this database; never fails the migration."""
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first():
        return True
    if not bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).first():
        return False
    try:
        with bind.begin_nested():  # a SAVEPOINT: a refusal must not abort the migration's transaction
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS postgis"))
    except DBAPIError:  # e.g. "permission denied to create extension": work without it
        return False
    return True


def upgrade() -> None:
    if context.is_offline_mode():
        if context.get_context().dialect.name != "postgresql":
            return
        op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    else:
        bind = op.get_bind()
        if bind.dialect.name != "postgresql" or not _postgis(bind):
            return
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN geom geometry(Point, 4326) "
                   f"GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED")
        op.execute(f"CREATE INDEX ix_{table}_geom ON {table} USING gist (geom)")


def downgrade() -> None:
    if context.is_offline_mode():
        if context.get_context().dialect.name != "postgresql":
            return
    elif op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:  # dropping the column drops its index; the extension stays (others may use it)
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS geom")
