"""The store on a real PostgreSQL server: Alembic migrations, PostGIS geometry, concurrent opens.

test_store_repository.py runs the read/write behaviour on both backends; this file covers
what only a server has (schemas, extensions, roles) and mirrors test_store_migrations.py.
"""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_support import PgServer
from sqlalchemy import create_engine, inspect, text
from test_store_repository import processed, query

from frontwatch.store import Store, StoreError
from frontwatch.store.engine import normalise_url
from frontwatch.store.migrate import alembic_config, head_revision
from frontwatch.store.schema import Base
from frontwatch.store.spatial import (
    SPATIAL_TABLES,
    geometry_tables,
    include_object,
    postgis_version,
)

TABLES = {"articles", "sources", "sentences", "mentions", "places", "toponyms", "events", "stories", "control", "control_checkpoints",
          "feed_state",
          "watches", "alerts", "alert_deliveries"}


def tables(url: str) -> set[str]:
    engine = create_engine(normalise_url(url))
    try:
        return set(inspect(engine).get_table_names()) - {"spatial_ref_sys"}
    finally:
        engine.dispose()


@pytest.fixture
def empty_db(pg_server: PgServer):
    """A database cloned from template0: no PostGIS yet, nothing at all."""
    name = pg_server.create_database(postgis=False)
    yield pg_server.url(name)
    pg_server.drop_database(name)


def test_upgrade_on_an_empty_database_creates_schema_and_postgis(empty_db: str) -> None:
    assert query(empty_db, "select count(*) from pg_extension where extname = 'postgis'") == [(0,)]
    Store(empty_db).close()
    assert tables(empty_db) == TABLES | {"alembic_version"}
    assert query(empty_db, "select version_num from alembic_version") == [(head_revision(),)]
    indexes = {r[0] for r in query(empty_db, "select indexname from pg_indexes where tablename = 'events'")}
    assert {"ix_events_date", "ix_events_event_type", "ix_events_country", "ix_events_lat_lon",
            "ix_events_article_id", "ix_events_geom"} <= indexes
    # the migration created the extension itself (the test server's user is a superuser)
    assert query(empty_db, "select count(*) from pg_extension where extname = 'postgis'") == [(1,)]


@pytest.mark.filterwarnings("ignore:Did not recognize type 'geometry':sqlalchemy.exc.SAWarning")
def test_migration_matches_declared_schema(pg_url: str) -> None:
    """0001 + 0002 on PostgreSQL describe schema.py exactly, PostGIS extras aside."""
    with Store(pg_url) as store, store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_postgis_geometry_column_and_gist_index(pg_url: str) -> None:
    with Store(pg_url) as store:
        store.save(processed())
        with store.engine.connect() as conn:
            assert postgis_version(conn) is not None  # the test set-up installs postgis: it must be there
            assert geometry_tables(conn) == sorted(SPATIAL_TABLES)
            columns = conn.execute(text(
                "select f_table_name, type, srid from geometry_columns where f_geometry_column = 'geom' "
                "order by f_table_name")).all()
            assert [tuple(c) for c in columns] == [("events", "POINT", 4326), ("places", "POINT", 4326)]
            for table in SPATIAL_TABLES:
                (indexdef,) = conn.execute(text("select indexdef from pg_indexes where indexname = :n"),
                                           {"n": f"ix_{table}_geom"}).one()
                assert "USING gist (geom)" in indexdef
            # filled from lat/lon by the database itself; an event without coordinates has no point
            rows = conn.execute(text("select id, lat, lon, ST_Y(geom), ST_X(geom) from events order by id")).all()
            assert len(rows) == 3
            for _id, lat, lon, y, x in rows:
                assert (y, x) == (lat, lon) if lat is not None else (y, x) == (None, None)
            # a distance query answers from the geometry: Hama's event is within 10 km of Hama, Damascus's not
            near = conn.execute(text(
                "select id from events where ST_DWithin(geom::geography, "
                "ST_SetSRID(ST_MakePoint(36.75, 35.13), 4326)::geography, 10000) order by id")).scalars().all()
            assert near == ["a1-e1"]
            # and the planner can use the GiST index for it
            conn.execute(text("set local enable_seqscan = off"))
            plan = "\n".join(conn.execute(text(
                "explain select id from events where geom && ST_MakeEnvelope(36, 35, 37, 36, 4326)")).scalars())
            assert "ix_events_geom" in plan
        # moving an event moves its point
        with store.engine.begin() as conn:
            conn.execute(text("update events set lat = 1.5, lon = 2.5 where id = 'a1-e1'"))
            assert conn.execute(text("select ST_AsText(geom) from events where id = 'a1-e1'")).scalar() \
                == "POINT(2.5 1.5)"


def test_without_postgis_rights_the_store_works_on_lat_lon(pg_server: PgServer) -> None:
    """A plain owner role may not CREATE EXTENSION postgis (not a trusted extension): no geometry, no failure."""
    pg_server.ensure_role("fw_plain")
    name = pg_server.create_database(postgis=False, owner="fw_plain")
    try:
        url = pg_server.url(name, user="fw_plain")
        with Store(url) as store:
            assert store.save(processed()) and store.counts()["events"] == 3
            with store.engine.connect() as conn:
                assert postgis_version(conn) is None and geometry_tables(conn) == []
                assert conn.execute(text("select version_num from alembic_version")).scalar() == head_revision()
                assert "geom" not in {c["name"] for c in inspect(conn).get_columns("events")}
                diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                        Base.metadata)
        assert diff == []
    finally:
        pg_server.drop_database(name)


def test_downgrade_to_base_and_back(pg_url: str) -> None:
    with Store(pg_url) as store, store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert tables(pg_url) == {"alembic_version"}
    with Store(pg_url) as store:  # opening migrates it back up, geometry included
        with store.engine.connect() as conn:
            assert geometry_tables(conn) == sorted(SPATIAL_TABLES)
    assert tables(pg_url) == TABLES | {"alembic_version"}


def test_reopening_keeps_data_and_version(pg_url: str) -> None:
    with Store(pg_url) as store:
        store.save(processed())
    with Store(pg_url) as store:
        assert store.counts()["events"] == 3 and store.has_article("a1")
    assert query(pg_url, "select version_num from alembic_version") == [(head_revision(),)]


def test_unknown_newer_revision_is_refused(pg_url: str) -> None:
    Store(pg_url).close()
    engine = create_engine(normalise_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="revision '9999'.*upgrade frontwatch") as info:
        Store(pg_url)
    assert "\n" not in str(info.value)


def test_simultaneous_first_opens_migrate_once(empty_db: str) -> None:
    """Processes of a parallel ingest all open a brand-new database at once: one migrates, none fails."""
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            barrier.wait()
            Store(empty_db).close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert query(empty_db, "select version_num from alembic_version") == [(head_revision(),)]


def test_unreachable_server_fails_in_one_line(pg_server: PgServer) -> None:
    url = pg_server.url("no_such_database_here")
    with pytest.raises(StoreError) as info:
        Store(url)
    message = str(info.value)
    assert "no_such_database_here" in message and "\n" not in message
