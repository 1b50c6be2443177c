"""bench/bulk_store.py: the bulk-built synthetic store holds what `Store.save` would have written.

Two real SQLite stores of 2,000 synthetic events, one built per article through `Store.save`,
one in bulk; every row of the tables the API serves from must match (ingest times aside), and
the derived stories and control must come out the same. Also the reuse rules `bench/load.py
--reuse` relies on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from web_map_load import build  # noqa: E402

from frontwatch.store import Store  # noqa: E402
from frontwatch.store.schema import TABLES  # noqa: E402

N = 2_000
SKIP = {"ingested_at", "first_seen", "updated_at", "id"}  # times of the write; serial ids of sources


def _rows(db: Path, table: str) -> list[tuple]:
    t = TABLES[table]
    cols = [c for c in t.c if c.name not in SKIP or (c.name == "id" and table not in ("sources", "control"))]
    order = [c for c in cols if c.primary_key] or cols
    with Store(db) as store, store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*cols).order_by(*order))]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, dict]:
    tmp = tmp_path_factory.mktemp("bulk")
    slow, fast = tmp / "per_article.sqlite", tmp / "bulk.sqlite"
    return slow, fast, build(slow, N), build(fast, N, bulk=True)


def test_bulk_build_writes_the_rows_store_save_writes(stores) -> None:
    slow, fast, slow_info, fast_info = stores
    assert fast_info["how"] == "bulk" and not fast_info["reused"]
    for table in ("articles", "sources", "places", "events"):
        expected = _rows(slow, table)
        assert expected, table
        assert _rows(fast, table) == expected, table
    with Store(fast) as store:
        counts = store.counts()
    assert counts["events"] == N
    assert fast_info["stories"] == slow_info["stories"] > 0
    assert fast_info["control_changes"] == slow_info["control_changes"]
    assert fast_info["store_bytes"] > 0


def test_bulk_build_derives_the_same_stories(stores) -> None:
    slow, fast, _, _ = stores
    assert _rows(fast, "stories") == _rows(slow, "stories")


def test_reuse_only_reuses_and_refuses_to_build(stores, tmp_path: Path) -> None:
    _, fast, _, _ = stores
    again = build(fast, N, bulk=True, reuse_only=True)
    assert again["reused"] is True and again["store_bytes"] > 0
    with pytest.raises(SystemExit, match="no store"):
        build(tmp_path / "missing.sqlite", N, bulk=True, reuse_only=True)
    with pytest.raises(SystemExit, match="build it first"):
        build(fast, N + 10, bulk=True, reuse_only=True)
    assert fast.exists()  # a mismatched store is left alone under --reuse


def test_a_stopped_derive_is_resumed_on_the_inserted_rows(stores, tmp_path: Path) -> None:
    """A bulk build stopped in its derive stage keeps its rows; the next build runs the derive alone."""
    import shutil

    from sqlalchemy import delete, update

    _, fast, _, fast_info = stores
    copy = tmp_path / "stopped.sqlite"
    shutil.copy(fast, copy)
    with Store(copy) as store, store.transaction() as conn:  # as left by a derive that never committed
        conn.execute(update(TABLES["events"]).values(story_id=None))
        conn.execute(delete(TABLES["stories"]))
        conn.execute(delete(TABLES["control"]))
    again = build(copy, N, bulk=True)
    assert again["how"].startswith("bulk insert reused")
    assert again["stories"] == fast_info["stories"]
    assert _rows(copy, "stories") == _rows(fast, "stories")
    assert _rows(copy, "events") == _rows(fast, "events")
