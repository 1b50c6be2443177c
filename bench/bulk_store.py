"""A large synthetic store written in bulk: the rows `Store.save` would write, many per statement.

Why: `Store.save` is one transaction per article (the right thing for ingest: a killed run leaves
whole articles only), which makes a 1,000,000-event store take tens of minutes to build, most
of it per-statement overhead. The bench only needs the same rows in the same tables, so this
converts `web_map_load.synthetic_articles` with the store's own row mappers (`store.rows`) and
inserts them in large batches: executemany on SQLite, COPY on PostgreSQL (psycopg 3). The
stories and control tables are then built by the real derive stage (`frontwatch.derive.rebuild`),
as `frontwatch ingest` would have left them. Schema and indexes come from the migrations
(`Store` opens the database first), so what is measured on this store is what ingest would serve.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert

from frontwatch.model import ProcessedArticle
from frontwatch.store import Store, rows
from frontwatch.store.schema import TABLES

BATCH_ARTICLES = 2_000  # 20,000 events a statement batch: bounded memory, few round trips


def _batches(items: Iterable[ProcessedArticle], size: int) -> Iterator[list[ProcessedArticle]]:
    batch: list[ProcessedArticle] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy(conn: Connection, table: Table, values: list[dict[str, Any]]) -> None:
    """PostgreSQL COPY of `values` into `table` (JSON columns as JSON text), through psycopg 3."""
    import json

    from sqlalchemy import JSON

    columns = [c.name for c in table.c if c.name in values[0]]
    as_json = {c.name for c in table.c if isinstance(c.type, JSON)}
    cursor = conn.connection.driver_connection.cursor()
    names = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for value in values:
            copy.write_row([json.dumps(value[c]) if c in as_json and value[c] is not None else value[c]
                            for c in columns])


def _write(conn: Connection, table: Table, values: list[dict[str, Any]]) -> None:
    if not values:
        return
    if conn.dialect.name == "postgresql":
        _copy(conn, table, values)
    else:
        conn.execute(insert(table), values)


def bulk_save(store: Store, articles: Iterable[ProcessedArticle], *, batch: int = BATCH_ARTICLES) -> int:
    """Insert every article with its source, places and events (the rows `Store.save` writes),
    `batch` articles per transaction. Returns the events written. For an empty store only: no
    duplicate checks (the synthetic ids are distinct by construction)."""
    events_written = 0
    places_seen: set[int] = set()
    now = datetime.now(timezone.utc)
    for chunk in _batches(articles, batch):
        article_rows, source_rows, place_rows, event_rows = [], [], [], []
        for processed in chunk:
            a = processed.article
            article_rows.append(rows.article_row(a, None, now))
            source_rows.append(rows.source_row(a.id, a, now))
            for place in rows.place_rows(processed):
                if place["geonameid"] not in places_seen:
                    places_seen.add(place["geonameid"])
                    place_rows.append(place)
            event_rows += [rows.event_row(a.id, e) for e in processed.events]
        with store.transaction() as conn:
            _write(conn, TABLES["places"], place_rows)
            _write(conn, TABLES["articles"], article_rows)
            _write(conn, TABLES["sources"], source_rows)
            _write(conn, TABLES["events"], event_rows)
        events_written += len(event_rows)
    return events_written


def copy_store(src: Path, dst: str, *, batch: int = 20_000) -> dict[str, Any]:
    """Copy every table of a built SQLite store into an empty PostgreSQL store (COPY, in FK order).

    Why: the derive stage over 1,000,000 events costs minutes of CPU; its output depends only on
    the stored events, so a PostgreSQL store holding the same events holds the same stories and
    control. Copying them keeps one derive run for both backends (the bench then measures what
    each backend serves, not the build twice). Serial ids are carried over and their sequences
    moved past them."""
    from sqlalchemy import text

    from frontwatch.store.schema import Base

    t0 = time.perf_counter()
    source, target = Store(src), Store(dst)
    copied: dict[str, int] = {}
    try:
        counts = target.counts()
        if any(counts.values()):
            raise SystemExit(f"{target}: not empty ({counts}); give an empty database")
        with source.engine.connect() as read, target.transaction() as conn:
            for table in Base.metadata.sorted_tables:
                n = 0
                result = read.execution_options(yield_per=batch).execute(table.select())
                for part in result.partitions(batch):
                    values = [dict(r._mapping) for r in part]
                    _copy(conn, table, values)
                    n += len(values)
                copied[table.name] = n
                serial = [c.name for c in table.primary_key.columns if c.autoincrement is True
                          or (c.autoincrement == "auto" and c.type.python_type is int)]
                if n and serial:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{serial[0]}'), "
                                      f"(SELECT max({serial[0]}) FROM {table.name}))"))
            conn.execute(text("ANALYZE"))
    finally:
        source.close()
        target.close()
    return {"reused": False, "how": f"copied from {src} (built in bulk, derived there)",
            "seconds": round(time.perf_counter() - t0, 2), "rows": copied, "store_bytes": store_bytes(dst)}


def derive_only(db: Path | str) -> dict[str, Any]:
    """The derive stage over a store whose bulk insert finished but whose derive did not (stopped)."""
    from frontwatch.derive import rebuild

    t0 = time.perf_counter()
    store = Store(str(db) if "://" in str(db) else db)
    try:
        derived = rebuild(store)
    finally:
        store.close()
    seconds = round(time.perf_counter() - t0, 2)
    return {"reused": False, "how": "bulk insert reused, derive stage run now", "seconds": seconds,
            "rebuild_seconds": seconds, "stories": derived.stories.written,
            "control_changes": derived.control.changes, "store_bytes": store_bytes(db)}


def store_bytes(db: Path | str) -> int | None:
    """On-disk size of a SQLite store (with its WAL), or of a PostgreSQL database."""
    if "://" in str(db):
        from sqlalchemy import text

        from frontwatch.store.engine import make_engine, normalise_url

        engine = make_engine(normalise_url(str(db)))
        try:
            with engine.connect() as conn:
                return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
        finally:
            engine.dispose()
    path = Path(db)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file()) if path.exists() else None


def build_bulk(db: Path | str, n_events: int, articles: Iterable[ProcessedArticle]) -> dict[str, Any]:
    """Fill an empty store with `articles` in bulk, then derive stories and control; timings and size."""
    from frontwatch.derive import rebuild

    t0 = time.perf_counter()
    store = Store(str(db) if "://" in str(db) else db)
    try:
        written = bulk_save(store, articles)
        saved = time.perf_counter()
        derived = rebuild(store)
    finally:
        store.close()
    done = time.perf_counter()
    if written != n_events:
        raise SystemExit(f"bulk build wrote {written} events, expected {n_events}")
    return {"reused": False, "how": "bulk", "seconds": round(done - t0, 2), "insert_seconds": round(saved - t0, 2),
            "rebuild_seconds": round(done - saved, 2), "stories": derived.stories.written,
            "control_changes": derived.control.changes, "store_bytes": store_bytes(db)}
