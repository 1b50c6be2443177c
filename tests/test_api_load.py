"""The real server under concurrency: back-pressure with Retry-After, whole bodies, connections returned."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import httpx
import pytest
from test_api_support import LiveServer, build_store

from frontwatch.api.backpressure import ConcurrencyLimit

TOKEN = "load-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("load") / "fw.sqlite")


def _hold_a_slot(server: LiveServer) -> socket.socket:
    """A POST whose body never finishes: the server holds its slot while it waits to read the rest."""
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=20)
    sock.sendall((f"POST /articles HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nAuthorization: Bearer {TOKEN}\r\n"
                  "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n[").encode())
    return sock



def test_saturated_server_answers_503_with_retry_after(db: Path) -> None:
    with LiveServer(db, token=TOKEN, max_in_flight=1) as srv:
        assert httpx.get(srv.url + "/events", timeout=30).status_code == 200  # builds the middleware stack
        limit = srv.middleware(ConcurrencyLimit)
        held = _hold_a_slot(srv)
        try:
            deadline = time.monotonic() + 20
            while limit.in_flight < 1 and time.monotonic() < deadline:  # until the server has read the headers
                time.sleep(0.02)
            r = httpx.get(srv.url + "/events?limit=7", timeout=30)  # not cached yet: needs a slot
            assert r.status_code == 503 and r.headers["retry-after"] == "1"
            assert httpx.get(srv.url + "/events", timeout=30).status_code == 200  # cached: needs no slot
            assert "busy" in r.json()["detail"]
            assert httpx.get(srv.url + "/static/app.js", timeout=30).status_code == 200  # the page still loads
        finally:
            held.close()
        deadline = time.monotonic() + 20
        while limit.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)
        assert httpx.get(srv.url + "/events", timeout=30).status_code == 200  # the slot came back


def test_many_clients_get_whole_bodies_or_a_clean_503(db: Path) -> None:
    with LiveServer(db, max_in_flight=4) as srv:
        expected = len(httpx.get(srv.url + "/events.geojson", timeout=30).json()["features"])
        paths = ["/events.geojson", "/events", "/stories", "/articles", "/control", "/events.geojson?modality=claimed"]

        async def one(http: httpx.AsyncClient, i: int) -> tuple[str, int, bool, bool]:
            path = paths[i % len(paths)]
            r = await http.get(path)
            whole = True
            if r.status_code == 200:
                data = r.json()  # raises on a truncated body
                if path == "/events.geojson":
                    whole = len(data["features"]) == expected
            return path, r.status_code, whole, r.status_code != 503 or r.headers.get("retry-after") == "1"

        async def run() -> list[tuple[str, int, bool, bool]]:
            limits = httpx.Limits(max_connections=60)
            async with httpx.AsyncClient(base_url=srv.url, timeout=120, limits=limits) as http:
                return await asyncio.gather(*(one(http, i) for i in range(120)))

        results = asyncio.run(run())
        statuses = {status for _, status, _, _ in results}
        assert statuses <= {200, 503}, statuses
        assert all(whole for _, _, whole, _ in results)
        assert all(retry for _, _, _, retry in results)
        assert sum(status == 200 for _, status, _, _ in results) >= 4


def test_streamed_geojson_returns_its_connection(db: Path) -> None:
    with LiveServer(db) as srv:
        pool = srv.app.state.store.engine.pool
        for _ in range(5):
            assert httpx.get(srv.url + "/events.geojson", timeout=30).json()["type"] == "FeatureCollection"
        for _ in range(5):  # clients that hang up after the first bytes
            with httpx.stream("GET", srv.url + "/events.geojson", timeout=30) as r:
                next(r.iter_bytes())
        deadline = time.monotonic() + 20
        while pool.checkedout() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.checkedout() == 0


def test_bad_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="limit"):
        ConcurrencyLimit(lambda *a: None, limit=0)  # type: ignore[arg-type, return-value]


def test_ingest_requests_queue_is_bounded(db: Path) -> None:
    with LiveServer(db, token=TOKEN, max_queued_ingests=1) as srv:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert httpx.get(srv.url + "/events", timeout=30).status_code == 200  # builds the middleware stack
        limit = srv.middleware(ConcurrencyLimit)
        held = _hold_a_slot(srv)  # an ingest request still sending its body holds the one place
        try:
            deadline = time.monotonic() + 20
            while limit.in_flight < 1 and time.monotonic() < deadline:
                time.sleep(0.02)
            r = httpx.post(srv.url + "/articles", json={"text": "x", "colour": "red"}, headers=auth, timeout=30)
            assert r.status_code == 503 and r.headers["retry-after"] == "5" and "queued" in r.json()["detail"]
            assert httpx.get(srv.url + "/events", timeout=30).status_code == 200  # reads are not held up
        finally:
            held.close()
        deadline = time.monotonic() + 20
        while limit.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)
        r = httpx.post(srv.url + "/articles", json={"text": "x", "colour": "red"}, headers=auth, timeout=30)
        assert r.status_code == 422  # admitted again (and refused by the schema, before any pipeline work)
