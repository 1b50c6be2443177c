"""The URL fetcher's address policy and redirect parsing, against the real fetcher.

Non-public destinations are given as literal addresses, so the real resolver returns them
unchanged and the refusal happens exactly where a hostile DNS answer would be refused.
The redirect server writes raw Location bytes that no well-behaved library would produce.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator

import pytest

from frontwatch.ingest.fetch import FetchError, embedded_ipv4, fetch, is_public_address

NON_PUBLIC = [
    "10.0.0.1", "100.64.0.1", "127.0.0.1", "169.254.169.254", "192.88.99.1", "198.18.0.1", "0.0.0.0",
    "::1", "fe80::1", "fc00::1", "fec0::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
    "2002:7f00:1::", "2002:a00:1::1", "2002:c0a8:101::", "64:ff9b::a00:1", "64:ff9b::7f00:1", "64:ff9b:1::1",
]
PUBLIC = ["8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::808:808"]


@pytest.mark.parametrize("address", NON_PUBLIC)
def test_non_public_addresses(address: str) -> None:
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses(address: str) -> None:
    assert is_public_address(ipaddress.ip_address(address))


def test_embedded_ipv4() -> None:
    assert embedded_ipv4(ipaddress.IPv6Address("2002:7f00:1::")) == ipaddress.IPv4Address("127.0.0.1")
    assert embedded_ipv4(ipaddress.IPv6Address("64:ff9b::a00:1")) == ipaddress.IPv4Address("10.0.0.1")
    assert embedded_ipv4(ipaddress.IPv6Address("2606:4700::1")) is None


@pytest.mark.parametrize("address", ["[2002:7f00:1::]", "[64:ff9b::7f00:1]", "[fec0::1]", "192.88.99.1",
                                     "[::ffff:127.0.0.1]"])
def test_fetch_refuses_before_connecting(address: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        fetch(f"http://{address}/", timeout=2)


LOCATIONS = [b"javascript:alert(1)", b"http://[::1", b"//[zz]/", b"mailto:x@example.org", b"http://a:99999/",
             b"\xff\xfe", b"http://exa mple.com/"]


@pytest.fixture(scope="module")
def redirector() -> Iterator[str]:
    """A raw socket server: GET /<i> answers 302 with LOCATIONS[i] verbatim."""
    srv = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                path = data.split(b" ", 2)[1] if data.count(b" ") >= 2 else b"/0"
                try:
                    loc = LOCATIONS[int(path.strip(b"/"))]
                except ValueError:
                    loc = b"/"
                conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + loc + b"\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}"
    stop.set()
    thread.join(timeout=5)
    srv.close()


@pytest.mark.parametrize("index", range(len(LOCATIONS)))
def test_malformed_redirect_location_is_a_fetch_error(redirector: str, index: int) -> None:
    """Whatever the Location says, the caller sees FetchError with one line, never httpx's own exceptions."""
    with pytest.raises(FetchError) as info:
        fetch(f"{redirector}/{index}", allow_private=True, timeout=3)
    assert "\n" not in str(info.value)
