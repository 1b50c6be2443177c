"""Cached read responses: same bytes as uncached, ETag/304, and never stale after another writer commits."""

from __future__ import annotations

import gzip
import pickle
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from test_api_support import LiveServer, build_store, sample_articles

from frontwatch.api.response_cache import ResponseCache
from frontwatch.store import Store
from frontwatch.store.data_version import DataVersion

PATHS = ["/events", "/events.geojson", "/events.geojson?limit=2", "/stories", "/articles", "/control",
         "/events/ev-homs-strike", "/articles/art-two", "/events?type=air_strike&modality=asserted"]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "fw.sqlite", sample_articles()[:2])



def test_cached_bodies_equal_uncached_ones_in_both_codings(db: Path) -> None:
    with LiveServer(db, cache_bytes=0) as plain:
        expected = {p: httpx.get(plain.url + p, timeout=30) for p in PATHS}
    with LiveServer(db) as srv:
        for p in PATHS:
            for _ in range(2):  # the second is served from memory
                r = httpx.get(srv.url + p, timeout=30)
                assert r.status_code == expected[p].status_code == 200, p
                assert r.content == expected[p].content, p
                assert r.headers["content-type"] == expected[p].headers["content-type"]
                raw = httpx.get(srv.url + p, headers={"accept-encoding": "identity"}, timeout=30)
                assert raw.content == expected[p].content and "content-encoding" not in raw.headers
        assert srv.middleware(ResponseCache).hits >= len(PATHS)
        gz = httpx.get(srv.url + "/events.geojson", headers={"accept-encoding": "gzip"}, timeout=30)
        assert gz.headers.get("content-encoding") == "gzip"
        assert gz.content == expected["/events.geojson"].content  # httpx decodes: the gzip bytes hold the same body
        assert gz.headers["x-frontwatch-stories"] == expected["/events.geojson"].headers["x-frontwatch-stories"]


def test_etag_revalidates_with_304(db: Path) -> None:
    with LiveServer(db) as srv:
        first = httpx.get(srv.url + "/events", timeout=30)
        tag = first.headers["etag"]
        again = httpx.get(srv.url + "/events", headers={"if-none-match": tag}, timeout=30)
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        other = httpx.get(srv.url + "/events?limit=1", headers={"if-none-match": tag}, timeout=30)
        assert other.status_code == 200 and other.headers["etag"] != tag


def test_query_order_does_not_matter_but_values_do(db: Path) -> None:
    with LiveServer(db) as srv:
        a = httpx.get(srv.url + "/events?limit=1&offset=1", timeout=30)
        b = httpx.get(srv.url + "/events?offset=1&limit=1", timeout=30)
        c = httpx.get(srv.url + "/events?offset=0&limit=1", timeout=30)
        assert a.content == b.content and a.headers["etag"] == b.headers["etag"]
        assert a.json()["items"] != c.json()["items"]


def test_a_write_by_another_process_is_seen_at_once(db: Path, tmp_path: Path) -> None:
    with LiveServer(db) as srv:
        before = httpx.get(srv.url + "/events", timeout=30).json()
        assert httpx.get(srv.url + "/events", timeout=30).json() == before  # cached
        third = tmp_path / "third.pickle"
        third.write_bytes(pickle.dumps(sample_articles()[2]))
        code = ("import pickle,sys; from frontwatch.store import Store; s=Store(sys.argv[1]); "
                "s.save(pickle.loads(open(sys.argv[2],'rb').read())); s.close()")
        subprocess.run([sys.executable, "-c", code, str(db), str(third)], check=True, timeout=120)
        after = httpx.get(srv.url + "/events", timeout=30).json()
        assert after["total"] > before["total"]
        assert "ev-doha" in {e["id"] for e in after["items"]}


def test_probe_changes_on_commit_only(db: Path) -> None:
    store = Store(db)
    probe = DataVersion(store.engine)
    try:
        v1 = probe.read()
        assert v1 is not None and probe.read() == v1
        with store.engine.connect() as conn:  # a read does not change it
            conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
        assert probe.read() == v1
        store.save(sample_articles()[2])
        assert probe.read() != v1
    finally:
        probe.close()
        store.close()


def test_gzip_bytes_are_deterministic(db: Path) -> None:
    """Two processes (workers) must give the same ETag and bytes for the same content."""
    with LiveServer(db) as one, LiveServer(db) as two:
        a = httpx.get(one.url + "/events.geojson", headers={"accept-encoding": "gzip"}, timeout=30)
        b = httpx.get(two.url + "/events.geojson", headers={"accept-encoding": "gzip"}, timeout=30)
        assert a.headers["etag"] == b.headers["etag"]
        with httpx.stream("GET", one.url + "/events.geojson", headers={"accept-encoding": "gzip"}) as r:
            raw = b"".join(r.iter_raw())
        assert gzip.decompress(raw) == a.content


def test_a_body_too_big_to_keep_streams_through_gzipped_and_whole(db: Path) -> None:
    with LiveServer(db, cache_bytes=0) as plain:
        expected = httpx.get(plain.url + "/events.geojson", timeout=30).content
    with LiveServer(db) as srv:
        httpx.get(srv.url + "/config.json", timeout=30)  # builds the middleware stack
        cache = srv.middleware(ResponseCache)
        cache.max_entry_bytes = 100  # every GeoJSON body here is larger
        for _ in range(2):
            with httpx.stream("GET", srv.url + "/events.geojson", headers={"accept-encoding": "gzip"}) as r:
                raw = b"".join(r.iter_raw())
                assert r.status_code == 200 and r.headers["content-encoding"] == "gzip" and "etag" not in r.headers
            assert gzip.decompress(raw) == expected
        assert cache.entries == {} and cache.hits == 0
