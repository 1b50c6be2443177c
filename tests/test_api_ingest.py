"""POST /articles: off without a token, guarded by it, and the same ingest path as the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from frontwatch.api.serve import resolve_token
from test_api_support import LiveServer, build_store, free_port

TOKEN = "s3cret-token-for-tests"
ARTICLE = {"text": "Rebels seized the town of Hama on Thursday, a monitor said.", "outlet": "Test Wire",
           "published": "2024-12-06"}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory):
    db = build_store(tmp_path_factory.mktemp("ingest") / "fw.sqlite", [])
    with LiveServer(db, token=TOKEN) as srv, httpx.Client(base_url=srv.url, timeout=300) as client:
        yield client


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_post_is_disabled_without_a_configured_token(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite", [])
    with LiveServer(db, token=None) as srv, httpx.Client(base_url=srv.url) as client:
        resp = client.post("/articles", json=ARTICLE, headers=auth())
        assert resp.status_code == 403
        assert "--token" in resp.json()["detail"] and "FRONTWATCH_API_TOKEN" in resp.json()["detail"]
        assert client.get("/config.json").json()["ingest_enabled"] is False
        assert client.get("/articles").json()["total"] == 0


@pytest.mark.parametrize("headers", [{}, auth("wrong"), {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": "Bearer"}])
def test_post_without_the_right_token_is_refused(guarded: httpx.Client, headers: dict[str, str]) -> None:
    resp = guarded.post("/articles", json=ARTICLE, headers=headers)
    assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
    assert "token" in resp.json()["detail"]
    assert guarded.get("/articles").json()["total"] == 0


@pytest.mark.parametrize("body, status, mentions", [
    ({"title": "no text"}, 422, "text"),
    ({"text": ""}, 422, "text"),
    ({"text": "x", "colour": "red"}, 422, "colour"),
    ({"text": "x", "published": "someday"}, 422, "published"),
    ([], 422, "empty"),
    ([{"text": "x"}] * 1001, 413, "1000"),
])
def test_bad_bodies_get_a_clear_4xx(guarded: httpx.Client, body, status: int, mentions: str) -> None:
    resp = guarded.post("/articles", json=body, headers=auth())
    assert resp.status_code == status, resp.text
    detail = resp.json()["detail"]
    assert isinstance(detail, str) and mentions in detail and "\n" not in detail


def test_not_json_is_a_clear_422(guarded: httpx.Client) -> None:
    resp = guarded.post("/articles", content=b"{not json", headers={**auth(), "Content-Type": "application/json"})
    assert resp.status_code == 422 and isinstance(resp.json()["detail"], str)


@pytest.mark.slow
def test_posted_articles_go_through_the_ingest_pipeline(guarded: httpx.Client, seed_text: str) -> None:
    seed = {"text": seed_text, "outlet": "ProtoThema English", "published": "2024-12-07",
            "url": "https://www.protothemanews.com/syria", "title": "Syria: Jihadists are just 20 km from Damascus"}
    resp = guarded.post("/articles", json=[seed, dict(seed, url="https://mirror.example.com/syria")], headers=auth())
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert result["stored"] == 1 and result["duplicates"] == 1 and result["failed"] == 0
    assert result["events"] > 0
    arts = guarded.get("/articles").json()
    assert arts["total"] == 1 and arts["items"][0]["outlet"] == "ProtoThema English"
    detail = guarded.get(f"/articles/{arts['items'][0]['id']}").json()
    assert len(detail["sources"]) == 2  # the duplicate is linked, not stored twice
    assert "appeared first on" not in detail["text"]  # cleaned like any ingest
    events = guarded.get("/events", params={"limit": 1000}).json()
    assert events["total"] > 0 and all(e["article"]["outlet"] == "ProtoThema English" for e in events["items"])
    assert guarded.get("/events.geojson").json()["features"], "no located event from the seed"
    again = guarded.post("/articles", json=seed, headers=auth()).json()
    assert again["stored"] == 0 and again["duplicates"] == 1  # idempotent


def test_a_blank_article_costs_only_itself(guarded: httpx.Client) -> None:
    # whitespace passes the body's length check but is no article: one error line naming it,
    # as for a JSONL line, and the request still answers 200
    resp = guarded.post("/articles", json=[{"text": "   \n  "}], headers=auth())
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert result["failed"] == 1 and result["stored"] == 0
    assert result["errors"] == ["request:1: missing or empty 'text'"]


def test_resolve_token_prefers_the_option_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWATCH_API_TOKEN", "from-env")
    assert resolve_token(None) == "from-env"
    assert resolve_token("from-option") == "from-option"
    assert resolve_token("  ") is None
    monkeypatch.delenv("FRONTWATCH_API_TOKEN")
    assert resolve_token(None) is None


def test_serve_binds_loopback_and_reads_the_token_from_the_environment(tmp_path: Path) -> None:
    db = build_store(tmp_path / "fw.sqlite")
    port = free_port()
    code = (f"from frontwatch.api.serve import serve; serve({str(db)!r}, port={port}, log_level='warning')")
    env = {**os.environ, "FRONTWATCH_API_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/config.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode()[-800:]
            assert time.monotonic() < deadline, "serve() did not start"
            time.sleep(0.1)
        assert httpx.get(url + "/config.json").json()["ingest_enabled"] is True
        assert httpx.post(url + "/articles", json=ARTICLE, headers=auth("wrong")).status_code == 401
        assert httpx.get(url + "/events").json()["total"] == 6
        listening = Path("/proc/net/tcp").read_text()
        assert f"0100007F:{port:04X}" in listening  # 127.0.0.1, not 0.0.0.0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
