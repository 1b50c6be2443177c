"""Ingest from URLs against a real HTTP server on 127.0.0.1 (feeds, pages, redirects, limits, refusals)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_ingest_bad import BILLION_LAUGHS
from test_ingest_files import ATOM, HTML_PAGE, RSS

from frontwatch.ingest import iter_sources
from frontwatch.ingest.feeds import XML_BOMB_MESSAGE
from frontwatch.ingest.fetch import USER_AGENT, FetchError, fetch, is_public_address
from frontwatch.model import IngestError, RawArticle

UTC = timezone.utc
LAST_MODIFIED = "Wed, 06 Mar 2024 08:00:00 GMT"
UNDATED_RSS = ('<rss version="2.0"><channel><title>Undated Wire</title><item><guid>u1</guid>'
               "<link>/reports/u1</link><description>An undated report of artillery fire.</description>"
               "</item></channel></rss>")


class Handler(BaseHTTPRequestHandler):
    """Routes are plain data so each test can see exactly what the server answers."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    seen: list[str] = []

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.seen.append(self.path)
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/echo-headers":
            body = f"{self.headers.get('User-Agent')}\n{self.headers.get('Host')}\n".encode()
            return self._send(200, {"Content-Type": "text/plain"}, body)
        if self.path.startswith("/chain/"):
            n = int(self.path.rsplit("/", 1)[1])
            if n > 0:
                return self._send(302, {"Location": f"/chain/{n - 1}"}, b"")
            return self._send(200, {"Content-Type": "text/plain"}, b"End of the chain.\n")
        if self.path == "/stream-big":  # no Content-Length: only the streaming cap can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass  # the client hung up once it had enough: that is the point
            return None
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        return self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    Handler.routes = {
        "/feed.rss": (200, {"Content-Type": "application/rss+xml; charset=utf-8"}, RSS.encode()),
        "/feed-as-html": (200, {"Content-Type": "text/html"}, RSS.encode()),
        "/atom": (200, {"Content-Type": "application/xml"}, ATOM.encode()),
        "/undated.rss": (200, {"Content-Type": "application/rss+xml", "Last-Modified": LAST_MODIFIED},
                         UNDATED_RSS.encode()),
        "/page": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML_PAGE.encode()),
        "/plain": (200, {"Content-Type": "text/plain; charset=utf-8", "Last-Modified": LAST_MODIFIED},
                   "Shelling near Café Central.\n".encode()),
        "/plain-latin1": (200, {"Content-Type": "text/plain; charset=iso-8859-1"}, "Café.\n".encode("latin-1")),
        "/plain-undated": (200, {"Content-Type": "text/plain"}, b"No date anywhere.\n"),
        "/redirect": (302, {"Location": "/plain"}, b""),
        "/to-other-host": (302, {"Location": f"http://127.0.0.2:{port}/plain"}, b""),
        "/big-declared": (200, {"Content-Type": "text/plain", "Content-Length": "5000000"}, b"x" * 10),
        "/error": (500, {"Content-Type": "text/plain"}, b"boom"),
        "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "/empty": (200, {"Content-Type": "text/plain"}, b""),
        "/bomb": (200, {"Content-Type": "application/rss+xml"}, BILLION_LAUGHS),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


def get(url: str, **kwargs) -> list[RawArticle | IngestError]:
    kwargs.setdefault("allow_private", True)
    kwargs.setdefault("timeout", 5.0)
    return list(iter_sources([url], **kwargs))


def one_error(url: str, **kwargs) -> IngestError:
    items = get(url, **kwargs)
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert items[0].source_ref == url
    return items[0]


# ----------------------------------------------------------------------------- kinds


def test_rss_feed_by_content_type(base: str) -> None:
    first, second = get(f"{base}/feed.rss")
    assert first.kind == "feed" and first.source_ref == f"{base}/feed.rss#wire-1"
    assert first.outlet == "Conflict Wire" and first.url == "https://wire.example/a/1"
    assert first.published == datetime(2024, 3, 5, 12, 30, tzinfo=UTC) and first.published_from == "metadata"
    assert second.text == "A convoy of twenty trucks reached the besieged city."


def test_feed_sniffed_despite_html_content_type(base: str) -> None:
    assert [i.kind for i in get(f"{base}/feed-as-html")] == ["feed", "feed"]


def test_atom_feed_served_as_generic_xml(base: str) -> None:
    [art] = get(f"{base}/atom")
    assert art.kind == "feed" and art.outlet == "Front Notes" and "river bridge" in art.text


def test_html_page(base: str) -> None:
    [art] = get(f"{base}/page", outlet="Ignored")
    assert art.kind == "html" and art.source_ref == f"{base}/page"
    assert "fuel depot on the outskirts" in art.text and "Sport" not in art.text
    assert art.outlet == "Frontline Daily" and art.title == "Drone strike hits fuel depot"
    assert art.published == datetime(2024, 3, 5, 12, 30, tzinfo=UTC) and art.published_from == "metadata"


def test_plain_text_dates_from_last_modified_then_option(base: str) -> None:
    [art] = get(f"{base}/plain")
    assert art.kind == "text" and art.text == "Shelling near Café Central.\n"
    assert (art.published, art.published_from) == (datetime(2024, 3, 6, 8, 0, tzinfo=UTC), "file_mtime")
    option = datetime(2024, 1, 1, tzinfo=UTC)
    [with_option] = get(f"{base}/plain", published=option)
    assert (with_option.published, with_option.published_from) == (option, "option")
    [undated] = get(f"{base}/plain-undated")
    assert (undated.published, undated.published_from) == (None, "unknown")
    [feed_entry] = get(f"{base}/undated.rss")
    assert feed_entry.published_from == "file_mtime" and feed_entry.outlet == "Undated Wire"
    assert feed_entry.source_ref == f"{base}/undated.rss#u1"
    assert feed_entry.url == f"{base}/reports/u1"  # relative link resolved against the feed URL


def test_http_charset_is_used(base: str) -> None:
    [art] = get(f"{base}/plain-latin1")
    assert art.text == "Café.\n"


def test_user_agent_and_host_header(base: str) -> None:
    port = base.rsplit(":", 1)[1]
    [art] = get(f"http://localhost:{port}/echo-headers")
    agent, host = art.text.splitlines()
    assert agent == USER_AGENT and agent.startswith("frontwatch/")
    assert host == f"localhost:{port}"  # connected to the checked IP, yet the Host is the name asked for


# ----------------------------------------------------------------------------- redirects


def test_redirect_followed(base: str) -> None:
    [art] = get(f"{base}/redirect")
    assert art.source_ref == f"{base}/redirect" and art.url == f"{base}/plain"


def test_at_most_five_redirects(base: str) -> None:
    [ok] = get(f"{base}/chain/5")
    assert ok.text == "End of the chain.\n"
    assert "too many redirects (more than 5)" in one_error(f"{base}/chain/6").message


def test_every_redirect_hop_is_rechecked(base: str) -> None:
    only_first_loopback = lambda ip: str(ip) == "127.0.0.1"  # noqa: E731
    Handler.seen.clear()
    with pytest.raises(FetchError, match=r"refused: host '127\.0\.0\.2'"):
        fetch(f"{base}/to-other-host", address_allowed=only_first_loopback, timeout=5)
    assert Handler.seen == ["/to-other-host"]


# ----------------------------------------------------------------------------- refusals and failures


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_address_refused_by_default(base: str, host: str) -> None:
    port = base.rsplit(":", 1)[1]
    Handler.seen.clear()
    err = one_error(f"http://{host}:{port}/page", allow_private=False)
    assert err.message.startswith("refused:") and "--allow-private" in err.message
    assert Handler.seen == []  # refused before any connection


@pytest.mark.parametrize(
    "address, public",
    [
        ("8.8.8.8", True), ("2001:4860:4860::8888", True),
        ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False), ("127.0.0.1", False),
        ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
        ("240.0.0.1", False), ("::1", False), ("fe80::1", False), ("fc00::1", False),
        ("::ffff:127.0.0.1", False), ("::ffff:8.8.8.8", True),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_streaming_byte_cap(base: str) -> None:
    started = time.monotonic()
    err = one_error(f"{base}/stream-big", max_bytes=200_000)
    assert "larger than max_bytes=200000; stopped reading" in err.message
    assert time.monotonic() - started < 5


def test_declared_length_over_cap(base: str) -> None:
    assert "larger than max_bytes=1000; not read" in one_error(f"{base}/big-declared", max_bytes=1000).message


@pytest.mark.parametrize("path, status", [("/missing", "HTTP 404"), ("/error", "HTTP 500")])
def test_http_errors(base: str, path: str, status: str) -> None:
    assert one_error(f"{base}{path}").message.startswith(status)


def test_timeout(base: str) -> None:
    started = time.monotonic()
    assert "timed out after 0.3 s" in one_error(f"{base}/slow", timeout=0.3).message
    assert time.monotonic() - started < 1.9


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again on exit: nothing listens there
    assert "cannot connect" in one_error(f"http://127.0.0.1:{port}/").message


def test_dns_failure() -> None:
    assert "cannot resolve host 'no-such-host.invalid'" in one_error("http://no-such-host.invalid/feed").message


def test_unsupported_empty_and_hostile_responses(base: str) -> None:
    assert "unsupported content type 'image/png'" in one_error(f"{base}/image").message
    assert one_error(f"{base}/empty").message == "empty response body"
    assert one_error(f"{base}/bomb").message == XML_BOMB_MESSAGE


def test_url_batch_goes_on(base: str) -> None:
    items = list(iter_sources([f"{base}/missing", f"{base}/plain", f"{base}/bomb", f"{base}/page"],
                              allow_private=True, timeout=5))
    assert [type(i).__name__ for i in items] == ["IngestError", "RawArticle", "IngestError", "RawArticle"]
