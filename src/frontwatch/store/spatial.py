"""PostGIS extras on PostgreSQL: what they are, how to detect them, how to keep autogenerate off them.

The portable schema (schema.py) stays plain lat/lon floats so SQLite and a PostgreSQL
without PostGIS hold the same data. Where the extension exists, migration 0002 adds a
generated `geom geometry(Point, 4326)` column with a GiST index to the tables below;
being generated from lat/lon, it can never disagree with them and no writer has to know
it exists. These objects live outside `Base.metadata` on purpose, so `include_object`
tells Alembic's comparison to leave them (and PostGIS's own `spatial_ref_sys`) alone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

SPATIAL_TABLES = ("events", "places")
GEOM_COLUMN = "geom"
SRID = 4326
POSTGIS_TABLES = frozenset({"spatial_ref_sys"})  # created in the public schema by CREATE EXTENSION postgis


def index_name(table: str) -> str:
    return f"ix_{table}_{GEOM_COLUMN}"


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic hook: skip database-only PostGIS objects when comparing with `Base.metadata`."""
    if not reflected or compare_to is not None:
        return True  # declared in schema.py, or present on both sides: compare as usual
    if type_ == "table":
        return name not in POSTGIS_TABLES
    if type_ == "column":
        return not (name == GEOM_COLUMN and obj.table.name in SPATIAL_TABLES)
    if type_ == "index":
        return name not in {index_name(t) for t in SPATIAL_TABLES}
    return True


def postgis_version(conn: Connection) -> str | None:
    """The PostGIS version installed in this database, or None (also on SQLite)."""
    if conn.dialect.name != "postgresql":
        return None
    return conn.execute(text("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")).scalar_one_or_none()


def geometry_tables(conn: Connection) -> list[str]:
    """The tables that carry a PostGIS geometry column here (empty without the extension)."""
    if conn.dialect.name != "postgresql":
        return []
    rows = conn.execute(text(
        "SELECT f_table_name FROM geometry_columns "
        "WHERE f_table_schema = current_schema() AND f_geometry_column = :col ORDER BY f_table_name"
    ), {"col": GEOM_COLUMN}) if postgis_version(conn) else []
    return [r[0] for r in rows]
