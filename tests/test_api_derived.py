"""The API's derived data (stories, control) kept up to date incrementally over a real SQLite store.

After an ingest only the new events are added to the live story builder; these tests check
that this gives exactly what a fresh build gives (also when the new article is older than
the ones already in), and that map points never wait for a build in progress.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from frontwatch.api.derived import Derived
from frontwatch.model import ProcessedArticle
from frontwatch.store import Store
from test_api_support import ARMY, OPPOSITION, TAKEOVER, LiveServer, article, build_store, event, sample_articles, toponym


def late_capture() -> ProcessedArticle:
    """A third outlet on the Aleppo capture, published before the others (it arrives last)."""
    text = "Rebels have taken Aleppo, a monitor said."
    a = article("art-late", text, outlet="Outlet Three", published="2024-12-02", url="https://three.example.com/x",
                title="Aleppo taken")
    e = event("ev-aleppo-3", "art-late", text, "takeover", TAKEOVER, "ASSAULT", toponym("Aleppo"), "2024-11-30",
              actor1=OPPOSITION, actor2=ARMY, date_precision="week")
    return ProcessedArticle(a, events=[e])


def snapshot(d: Derived) -> tuple:
    index = d.stories()
    rows = sorted(index.stories, key=lambda s: s["id"])
    return rows, index.page(rows), dict(index.by_event), d.control().history


def test_incremental_update_after_ingest_equals_a_fresh_build(tmp_path: Path) -> None:
    first, *rest = sample_articles()
    db = build_store(tmp_path / "fw.sqlite", [first])
    store = Store(db)
    try:
        live = Derived(store.engine)
        before = live.stories()
        assert {s["corroboration"] for s in before.stories} == {1}
        for processed in [*rest, late_capture()]:  # one article at a time, the map read in between
            store.save(processed)
            live.stories()
            live.control()
        fresh = Derived(store.engine)
        assert snapshot(live) == snapshot(fresh)
        index = live.stories()
        story_id, corroboration = index.by_event["ev-aleppo-1"]
        assert corroboration == 3 and index.by_event["ev-aleppo-3"] == (story_id, 3)
        aleppo = index.get(story_id)
        assert aleppo["event_ids"] == ["ev-aleppo-3", "ev-aleppo-1", "ev-aleppo-2"]  # canonical: by publication
        assert aleppo["outlets"] == ["Outlet Three", "Outlet One", "Outlet Two"]
        assert live._builder is not fresh._builder and len(live._known) == len(fresh._known)
    finally:
        store.close()


def test_map_points_do_not_wait_for_a_build_in_progress(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite")
    store = Store(db)
    try:
        derived = Derived(store.engine, map_wait_s=0.05)
        with derived._lock:  # another request is building (the lock is what a long build holds)
            t0 = time.monotonic()
            refs, fresh = derived.map_refs()
            waited = time.monotonic() - t0
        assert (refs, fresh) == ({}, False) and waited < 5
        derived._background.join(10)  # the background update it started, now free to run
        refs, fresh = derived.map_refs()
        assert fresh and refs["ev-aleppo-1"] == refs["ev-aleppo-2"] and refs["ev-aleppo-1"][1] == 2
    finally:
        store.close()


def test_geojson_says_whether_story_ids_are_ready(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite")
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        derived = srv.app.state.derived
        derived.map_wait_s = 0.05
        hold = threading.Event()
        release = threading.Event()

        def busy() -> None:
            with derived._lock:
                hold.set()
                release.wait(10)

        blocker = threading.Thread(target=busy)
        blocker.start()
        hold.wait(5)
        try:
            pending = client.get("/events.geojson")
        finally:
            release.set()
            blocker.join(10)
        assert pending.status_code == 200 and pending.headers["x-frontwatch-stories"] == "pending"
        assert {f["properties"]["story"] for f in pending.json()["features"]} == {None}
        derived._background.join(10)
        ready = client.get("/events.geojson")
        assert ready.headers["x-frontwatch-stories"] == "ready"
        by_id = {f["id"]: f["properties"] for f in ready.json()["features"]}
        assert by_id["ev-aleppo-1"]["corroboration"] == 2 and by_id["ev-aleppo-1"]["story"]
