"""Browser-facing defences of the real server: Host allow-list, security headers, odd `place` ids.

Every request goes over a real socket to uvicorn on 127.0.0.1; a foreign Host header is
what a DNS-rebinding page would send, so it is set by hand here.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from test_api_support import LiveServer, build_store

from frontwatch.api.hardening import content_security_policy, host_name, tile_origin


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("hardening") / "fw.sqlite")


@pytest.fixture(scope="module")
def server(db: Path):
    with LiveServer(db, tiles_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                    allowed_hosts=["map.example.net"]) as srv:
        yield srv


def get(server: LiveServer, path: str, host: str | None = None, headers: dict[str, str] | None = None,
        **kw) -> httpx.Response:
    headers = {**(headers or {}), **({"Host": host} if host is not None else {})}
    return httpx.get(server.url + path, headers=headers, timeout=30, **kw)


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST:1234", "127.0.0.1", "[::1]:8000", "map.example.net",
                                  "map.example.net."])
def test_allowed_hosts_are_answered(server: LiveServer, host: str) -> None:
    assert get(server, "/events", host).status_code == 200


@pytest.mark.parametrize("host", ["evil.example.com", "evil.example.com:8000", "127.0.0.1.evil.example",
                                  "map.example.net.evil.example", "[::2]", ""])
def test_foreign_hosts_are_refused(server: LiveServer, host: str) -> None:
    for path in ("/", "/events", "/events.geojson", "/static/app.js"):
        r = get(server, path, host)
        assert r.status_code == 400, (host, path, r.status_code)
        assert "host" in r.json()["detail"].lower()
        assert r.headers["x-frame-options"] == "DENY"  # refusals carry the headers too


def test_refused_post_never_reaches_ingest(db: Path) -> None:
    with LiveServer(db, token="s3cret") as srv:
        r = httpx.post(srv.url + "/articles", json={"text": "x"}, timeout=30,
                       headers={"Host": "evil.example.com", "Authorization": "Bearer s3cret"})
        assert r.status_code == 400


@pytest.mark.parametrize("path", ["/", "/events", "/events.geojson", "/config.json", "/static/app.js",
                                  "/static/style.css", "/no-such-page", "/events?nope=1", "/openapi.json"])
def test_security_headers_on_every_response(server: LiveServer, path: str) -> None:
    r = get(server, path)
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    csp = r.headers["content-security-policy"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ")}
    assert directives["script-src"] == ["'self'"]  # no inline or eval'd script can run
    assert directives["frame-ancestors"] == ["'none'"]
    assert "blob:" in directives["worker-src"]  # MapLibre may start its worker from a blob
    assert "https://*.tiles.example.org" in directives["img-src"]  # the configured online layer
    assert "https://*.tiles.example.org" in directives["connect-src"]


def test_streamed_geojson_keeps_headers_and_body(server: LiveServer) -> None:
    r = get(server, "/events.geojson", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.json()["type"] == "FeatureCollection"
    assert r.headers["content-security-policy"]


def test_page_needs_nothing_the_policy_forbids() -> None:
    """The page's own markup: no inline script, no inline style attribute, no off-site resource."""
    import re

    static = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "web" / "static"
    html = (static / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline <script> would be blocked by script-src 'self'"
    assert not re.search(r"\sstyle=", html), "inline style attributes would be blocked by style-src 'self'"
    assert not re.search(r"\son[a-z]+=", html), "inline event handlers would be blocked"
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "off-site resources would be blocked"


def test_csp_without_online_layer_allows_no_other_origin() -> None:
    csp = content_security_policy(None)
    assert "http" not in csp
    assert tile_origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == "https://tile.openstreetmap.org"
    assert tile_origin("http://localhost:8080/{z}/{x}/{y}.png") == "http://localhost:8080"
    assert tile_origin("file:///tiles/{z}.png") is None


@pytest.mark.parametrize(("header", "name"), [("localhost:8000", "localhost"), ("[::1]:80", "::1"), ("::1", "::1"),
                                              ("Example.ORG.", "example.org"), ("a.b:1", "a.b")])
def test_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


@pytest.mark.parametrize("place", ["9223372036854775808", "99999999999999999999999999", "²", "١٢٣", "12²"])
@pytest.mark.parametrize("path", ["/events", "/events.geojson", "/stories"])
def test_unusable_place_ids_are_422(server: LiveServer, path: str, place: str) -> None:
    r = get(server, path, params={"place": place})
    assert r.status_code == 422, (path, place, r.status_code, r.text[:200])
    assert "place" in r.json()["detail"]


@pytest.mark.parametrize("path", ["/events", "/stories"])
def test_largest_place_id_is_a_plain_miss(server: LiveServer, path: str) -> None:
    r = get(server, path, params={"place": str(2**63 - 1)})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert get(server, path, params={"place": "170063"}).json()["total"] >= 1  # Aleppo's GeoNames id still works
