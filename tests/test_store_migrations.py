"""Store schema and migrations against real SQLite files (and PostgreSQL DDL, rendered offline).

The same behaviour on a real PostgreSQL server is tested in test_store_postgres.py.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from frontwatch.store import Store, StoreError
from frontwatch.store.migrate import alembic_config, head_revision
from frontwatch.store.schema import Base

TABLES = {"articles", "sources", "sentences", "mentions", "places", "toponyms", "events", "stories", "control", "control_checkpoints",
          "feed_state",
          "watches", "alerts", "alert_deliveries"}


def tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("select name from sqlite_master where type='table'")
                if not r[0].startswith("sqlite_")}  # SQLite's own (sqlite_sequence: AUTOINCREMENT ids)
    finally:
        con.close()


def test_migrations_create_every_table_at_head(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "dir" / "fw.sqlite"  # parent directories are created
    store = Store(db)
    store.close()
    assert tables(db) == TABLES | {"alembic_version"}
    con = sqlite3.connect(db)
    assert con.execute("select version_num from alembic_version").fetchall() == [(head_revision(),)]
    assert head_revision() == "0011"
    indexes = {r[0] for r in con.execute("select name from sqlite_master where type='index' and tbl_name='events'")}
    assert {"ix_events_date", "ix_events_event_type", "ix_events_country", "ix_events_lat_lon",
            "ix_events_article_id"} <= indexes
    con.close()


def test_migration_matches_declared_schema(tmp_path: Path) -> None:
    """The frozen migration and schema.py describe the same database (no autogenerate diff)."""
    store = Store(tmp_path / "fw.sqlite")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    store.close()
    assert diff == []


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = tmp_path / "fw.sqlite"
    store = Store(str(db))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("pragma busy_timeout").scalar() >= 1000
    store.close()
    con = sqlite3.connect(db)  # WAL is a property of the file: any client sees it
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    con.close()


def test_reopening_keeps_data_and_version(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fw.sqlite'}"
    Store(url).close()
    con = sqlite3.connect(tmp_path / "fw.sqlite")
    con.execute("insert into stories (id, corroboration, outlets) values ('s1', 2, '[]')")
    con.commit()
    con.close()
    store = Store(url)
    assert store.counts()["stories"] == 1
    store.close()


def test_downgrade_to_base_drops_everything(tmp_path: Path) -> None:
    store = Store(tmp_path / "fw.sqlite")
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    store.close()
    assert tables(tmp_path / "fw.sqlite") == {"alembic_version"}
    Store(tmp_path / "fw.sqlite").close()  # and opening migrates it back up
    assert tables(tmp_path / "fw.sqlite") == TABLES | {"alembic_version"}


def test_postgresql_ddl_renders(capsys: pytest.CaptureFixture[str]) -> None:
    """PostgreSQL later: the same migration compiles to PostgreSQL DDL (offline, no server needed)."""
    buf = io.StringIO()
    cfg = alembic_config(url="postgresql://user:p%40ss@localhost/fw")
    cfg.output_buffer = buf
    command.upgrade(cfg, "head", sql=True)
    ddl = buf.getvalue()
    assert "CREATE TABLE events" in ddl and "TIMESTAMP WITH TIME ZONE" in ddl and "BYTEA" in ddl
    assert "CONSTRAINT ck_events_modality CHECK" in ddl
    assert "INSERT INTO alembic_version (version_num) VALUES ('0001')" in ddl
    # 0002: offline output assumes PostGIS (online, it is used only where the server has it)
    assert "CREATE EXTENSION IF NOT EXISTS postgis" in ddl
    for table in ("events", "places"):
        assert f"ALTER TABLE {table} ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS" in ddl
        assert f"CREATE INDEX ix_{table}_geom ON {table} USING gist (geom)" in ddl
    assert "SET version_num='0002'" in ddl
    # 0003: what an ACLED export needs (a NOT NULL column with a server default: old rows get 0)
    assert "ALTER TABLE events ADD COLUMN fatalities INTEGER DEFAULT '0' NOT NULL" in ddl
    assert "SET version_num='0003'" in ddl


def test_postgis_revision_is_a_no_op_on_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "fw.sqlite"
    Store(db).close()
    con = sqlite3.connect(db)
    for table in ("events", "places"):
        assert "geom" not in {r[1] for r in con.execute(f"pragma table_info({table})")}
    con.close()


def test_unknown_newer_revision_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "fw.sqlite"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="revision '9999'.*upgrade frontwatch") as info:
        Store(db)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("make", [
    lambda p: p.write_text("this is not a database\n" * 200),
    lambda p: p.mkdir(),
])
def test_bad_files_fail_in_one_line(tmp_path: Path, make) -> None:
    target = tmp_path / "fw.sqlite"
    make(target)
    with pytest.raises(StoreError) as info:
        Store(target)
    assert str(target) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("url", ["", "   ", "nosuchdb://host/x"])
def test_bad_urls_fail_in_one_line(url: str) -> None:
    with pytest.raises(StoreError) as info:
        Store(url)
    assert "\n" not in str(info.value)


def test_0003_keeps_events_stored_before_it_with_zero_fatalities(tmp_path: Path) -> None:
    """A store written by the previous release: its events gain fatalities 0 and empty actor kinds."""
    db = tmp_path / "fw.sqlite"
    store = Store(db)
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    store.close()
    con = sqlite3.connect(db)
    assert "fatalities" not in {r[1] for r in con.execute("pragma table_info(events)")}
    con.execute("insert into articles (id, text, published_from, removed, ingested_at) "
                "values ('a1', 'x', 'unknown', '[]', '2024-01-01 00:00:00.000000')")
    con.execute("insert into events (id, article_id, evidence_text, evidence_start, evidence_end, event_type, "
                "actor1_name, actor1_text, date_precision, reported_by, modality, confidence) values "
                "('e1', 'a1', 'x', 0, 1, 'clash', 'Army', 'troops', 'unknown', '[]', 'asserted', 0.5)")
    con.commit()
    con.close()
    with Store(db) as store:  # opening upgrades to head
        [record] = list(store.iter_events())
    assert record["fatalities"] == 0
    assert record["actor1"] == {"name": "Army", "text": "troops", "kind": None, "country": None}


def test_near_recheck_reads_recent_articles_through_an_index(tmp_path: Path) -> None:
    """The re-check at every save asks for the articles stored since a watermark; a scan of the whole
    articles table there made each save cost in proportion to the store (migration 0008)."""
    from datetime import datetime, timezone

    from sqlalchemy.dialects import sqlite

    store = Store(tmp_path / "fw.sqlite")
    try:
        with store.engine.connect() as conn:
            captured: list[str] = []
            real = conn.execute

            def capture(stmt, *args, **kw):
                captured.append(str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})))
                return real(stmt, *args, **kw)

            conn.execute = capture  # type: ignore[method-assign]
            store._stored_since(conn, datetime(2026, 1, 1, tzinfo=timezone.utc))
            conn.execute = real  # type: ignore[method-assign]
            [sql] = captured
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    finally:
        store.close()
    assert "ix_articles_ingested_at" in plan, plan
