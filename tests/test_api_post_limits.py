"""POST /articles reads nothing before the token, and never more than its caps (real server, raw sockets).

A raw socket lets a test declare a body it never sends: a server that read (or waited for)
the body before answering would never reply, and the socket's timeout would fail the test.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_api_support import LiveServer, build_store

TOKEN = "body-limit-token"
CAP = 10_000


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("limits") / "fw.sqlite", [])


@pytest.fixture(scope="module")
def small(db: Path) -> Iterator[LiveServer]:
    with LiveServer(db, token=TOKEN, max_body_bytes=CAP) as srv:
        yield srv


def raw_post(server: LiveServer, headers: dict[str, str], body: bytes = b"") -> tuple[int, dict]:
    """Send headers (and maybe part of a body), return the status and JSON detail the server answers with."""
    lines = ["POST /articles HTTP/1.1", f"Host: 127.0.0.1:{server.port}", "Content-Type: application/json",
             *(f"{k}: {v}" for k, v in headers.items())]
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        data = b""
        while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(payload[:_length(data)] or b"{}")


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def test_token_is_checked_before_the_body_is_read(small: LiveServer) -> None:
    status, body = raw_post(small, {"Content-Length": "1000000000"}, b'{"text": "only the start')
    assert status == 401 and "token" in body["detail"]


def test_disabled_ingest_answers_before_the_body(db: Path) -> None:
    with LiveServer(db, token=None) as srv:
        status, _ = raw_post(srv, {"Content-Length": "1000000000"})
    assert status == 403


def test_declared_length_over_the_cap_is_413_before_the_body(small: LiveServer) -> None:
    status, body = raw_post(small, {**auth(), "Content-Length": str(CAP + 1)})
    assert status == 413 and str(CAP) in body["detail"]


def test_streamed_body_over_the_cap_is_413(small: LiveServer) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: only counting while reading can stop it
        yield b'[{"text": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}]'

    resp = httpx.post(small.url + "/articles", content=chunks(), headers={**auth(), "Content-Type": "application/json"},
                      timeout=30)
    assert resp.status_code == 413 and str(CAP) in resp.json()["detail"]


def test_body_at_the_cap_is_parsed(small: LiveServer) -> None:
    body = json.dumps({"text": "x", "colour": "red"}).encode()
    body += b" " * (CAP - len(body))
    resp = httpx.post(small.url + "/articles", content=body, headers={**auth(), "Content-Type": "application/json"},
                      timeout=30)
    assert resp.status_code == 422 and "colour" in resp.json()["detail"]  # read whole, then validated


@pytest.mark.parametrize(("body", "status", "mentions"), [
    (b"", 422, "empty"),
    (b"   ", 422, "empty"),
    (b"\xff\xfe{", 422, "JSON"),
    (b"[" * 100_000 + b"]" * 100_000, 413, "bytes"),
    (b"42", 422, "article object"),
    (b'["just text"]', 422, "article 0"),
    (b'[{"text": "ok"}, {"txt": "typo"}]', 422, "txt"),
])
def test_bad_bodies(small: LiveServer, body: bytes, status: int, mentions: str) -> None:
    resp = httpx.post(small.url + "/articles", content=body, headers={**auth(), "Content-Type": "application/json"},
                      timeout=30)
    assert resp.status_code == status, resp.text
    assert mentions in resp.json()["detail"] and "\n" not in resp.json()["detail"]


def test_deeply_nested_json_under_the_cap_is_422(db: Path) -> None:
    with LiveServer(db, token=TOKEN) as srv:
        resp = httpx.post(srv.url + "/articles", content=b"[" * 200_000 + b"]" * 200_000,
                          headers={**auth(), "Content-Type": "application/json"}, timeout=60)
    assert resp.status_code == 422, resp.text


def test_article_over_the_character_cap_is_413(db: Path) -> None:
    from frontwatch.api.post_body import MAX_ARTICLE_CHARS

    with LiveServer(db, token=TOKEN) as srv:
        resp = httpx.post(srv.url + "/articles", json=[{"text": "ok"}, {"text": "y" * (MAX_ARTICLE_CHARS + 1)}],
                          headers=auth(), timeout=60)
    assert resp.status_code == 413
    assert "article 1" in resp.json()["detail"] and str(MAX_ARTICLE_CHARS) in resp.json()["detail"]


def test_openapi_still_documents_the_body(small: LiveServer) -> None:
    schema = httpx.get(small.url + "/openapi.json", timeout=30).json()
    body = schema["paths"]["/articles"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "#/components/schemas/ArticleIn" in json.dumps(body)
    assert "text" in schema["components"]["schemas"]["ArticleIn"]["properties"]
