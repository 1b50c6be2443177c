"""The API over a real PostgreSQL store answers exactly as over SQLite (same rows, same JSON)."""

from __future__ import annotations

import httpx
import pytest

from test_api_support import LiveServer, build_store

# Read endpoints whose answers depend on the SQL dialect (filters, dates, paging, JSON columns).
PATHS = [
    "/events",
    "/events?date_from=2024-12-01&date_to=2024-12-06",
    "/events?bbox=36,33,38,37&type=takeover&limit=1&offset=1",
    "/events?modality=background",
    "/events.geojson",
    "/events/ev-front",
    "/stories",
    "/articles",
    "/articles?date_from=2024-12-07&date_to=2024-12-08",
    "/articles/art-one",
    "/places/170063",
    "/control?date=2024-12-08",
]


WHEN_STORED = {"ingested_at", "first_seen", "updated_at"}  # the clock at build time, different for the two stores


def scrub(value: object) -> object:
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items() if k not in WHEN_STORED}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


@pytest.fixture(scope="module")
def sqlite_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = build_store(tmp_path_factory.mktemp("api-sqlite") / "fw.sqlite")
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        return {p: scrub(client.get(p).json()) for p in PATHS}


def test_api_serves_the_same_answers_from_postgresql(pg_url: str, sqlite_answers: dict[str, object]) -> None:
    build_store(pg_url)
    with LiveServer(pg_url) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        events = client.get("/events")
        assert events.status_code == 200, events.text
        body = events.json()
        assert body["total"] == 6 and {e["id"] for e in body["items"]} == {
            "ev-aleppo-1", "ev-aleppo-2", "ev-homs-strike", "ev-front", "ev-doha", "ev-talks"}
        for path in PATHS:
            resp = client.get(path)
            assert resp.status_code == 200, f"{path}: {resp.text}"
            assert scrub(resp.json()) == sqlite_answers[path], path
