"""Fetch one URL safely: bounded in size and time, and never into the local network.

Sources come from users and from feeds (whose links anyone can write), so a fetch is
treated as untrusted: every hop of a redirect chain is resolved and its addresses
checked, and the connection goes to the very address that was checked (the URL's host
is swapped for the IP, with Host and TLS SNI kept), so a DNS answer cannot change
between the check and the connect (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import Message

import httpx

from frontwatch import __version__
from frontwatch.ingest.published import parse_date

USER_AGENT = f"frontwatch/{__version__} (+https://github.com/frontwatch/frontwatch)"
MAX_REDIRECTS = 5
# A read timeout bounds each wait, not the whole transfer: a server dripping one byte
# per read could hold a job for hours. The total is capped at this many read timeouts.
TOTAL_TIMEOUT_FACTOR = 6

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressPolicy = Callable[[IPAddress], bool]


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line and names no traceback.

    `status` is the HTTP status when the server answered with an error (robots.txt rules
    and the feed poller's back-off tell "not there" from "server broken" by it).
    """

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (Retry-After), if it did


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta seconds or an HTTP date) as seconds from now; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = parse_date(value)
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


@dataclass
class Fetched:
    """One successful response body with the headers ingest needs."""

    url: str  # as requested
    final_url: str  # after redirects
    body: bytes
    content_type: str | None  # lower-case MIME type without parameters
    charset: str | None
    last_modified: datetime | None
    # For conditional GETs (the feed poller): the status (304: not modified, empty body)
    # and the validators to send back, as the server wrote them.
    status: int = 200
    etag: str | None = None
    last_modified_header: str | None = None


# Ranges `is_global` does not (or, depending on the Python version, may not) refuse, though they reach
# local or relayed networks: deprecated site-local IPv6, the 6to4 relay anycast, the local-use NAT64 prefix.
_REFUSED_RANGES = tuple(ipaddress.ip_network(n) for n in ("fec0::/10", "192.88.99.0/24", "64:ff9b:1::/48"))
_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and routes to: IPv4-mapped, 6to4 or well-known NAT64.

    Such an address is as local as the IPv4 address inside it (2002:7f00:1:: reaches 127.0.0.1
    through a 6to4 relay; 64:ff9b::a00:1 reaches 10.0.0.1 through a NAT64 gateway).
    """
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _SIX_TO_FOUR:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(ip: IPAddress) -> bool:
    """True only for globally routable unicast addresses (no private, loopback, link-local, reserved,
    shared/CGNAT, site-local, relay, or an IPv6 address that embeds a non-public IPv4 address)."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None:
            return is_public_address(inner)
        if ip.teredo is not None and not is_public_address(ip.teredo[1]):
            return False
    if any(ip.version == net.version and ip in net for net in _REFUSED_RANGES):
        return False
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
        or ip.is_multicast or ip.is_unspecified
    )


def _any_address(_ip: IPAddress) -> bool:
    return True


def resolve_checked(host: str, port: int, allowed: AddressPolicy) -> list[IPAddress]:
    """Resolve `host` and return its addresses, refusing if ANY of them is not allowed.

    All are checked, not just the first, because the connection may fall back to any.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host '{host}': {exc}") from None
    addresses: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not allowed(ip):
            raise FetchError(
                f"refused: host '{host}' resolves to non-public address {ip} "
                "(private, loopback, link-local or reserved; pass --allow-private to fetch it)"
            )
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FetchError(f"cannot resolve host '{host}': no addresses")
    return addresses


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type().lower(), (str(charset) if charset else None)


def _read_capped(response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    """Stream the body, stopping as soon as it passes `max_bytes` (counted after decompression)."""
    length = response.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"response is {int(length)} bytes, larger than max_bytes={max_bytes}; not read")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response larger than max_bytes={max_bytes}; stopped reading")
        if time.monotonic() > deadline:
            raise FetchError("download too slow: total time limit exceeded")
        chunks.append(chunk)
    return b"".join(chunks)


def _one_hop(
    client: httpx.Client, url: httpx.URL, allowed: AddressPolicy, max_bytes: int, deadline: float
) -> tuple[httpx.Response, bytes | None]:
    """Request `url` once, connecting to a checked address; body is read only for a final 2xx."""
    if url.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme '{url.scheme}' (only http and https)")
    host = url.raw_host.decode("ascii")  # IDNA-encoded, as DNS and TLS SNI want it
    if not host:
        raise FetchError("URL has no host")
    port = url.port or (443 if url.scheme == "https" else 80)
    addresses = resolve_checked(host, port, allowed)
    host_header = url.netloc.decode("ascii")
    last_exc: Exception | None = None
    for ip in addresses:  # fall back across addresses like a browser would
        pinned = url.copy_with(host=str(ip))
        request = client.build_request(
            "GET", pinned, headers={"Host": host_header}, extensions={"sni_hostname": host}
        )
        try:
            response = client.send(request, stream=True)
        except httpx.ConnectError as exc:
            last_exc = exc
            continue
        try:
            if response.has_redirect_location or response.status_code >= 300:
                return response, None
            return response, _read_capped(response, max_bytes, deadline)
        finally:
            response.close()
    raise FetchError(f"cannot connect to {host}: {last_exc}")


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = 20_000_000,
    timeout: float = 20.0,
    address_allowed: AddressPolicy | None = None,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET `url` following at most 5 redirects, each hop re-resolved and re-checked.

    `address_allowed` overrides the address policy (default: public addresses only, or
    any address with `allow_private`); it exists so a stricter policy can be applied.
    Proxy settings from the environment are ignored on purpose: through a proxy the
    address check would not describe where the request really goes. `headers` are added
    to every hop (If-None-Match / If-Modified-Since for a conditional GET: a 304 answer
    is returned with status 304 and an empty body, not raised).
    """
    allowed = address_allowed or (_any_address if allow_private else is_public_address)
    deadline = time.monotonic() + timeout * TOTAL_TIMEOUT_FACTOR
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*", **(headers or {})}
    # No keep-alive: connections are pooled by (pinned) IP, and a TLS connection verified
    # for one host must not carry a redirected request for another host on the same IP.
    with httpx.Client(
        headers=headers, timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
    ) as client:
        for hop in range(MAX_REDIRECTS + 1):
            try:
                response, body = _one_hop(client, current, allowed, max_bytes, deadline)
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed: {type(exc).__name__}: {exc}") from None
            except httpx.InvalidURL as exc:  # not an HTTPError: httpx parses a 3xx Location while sending
                raise FetchError(f"invalid redirect location from {current}: {exc}") from None
            if response.has_redirect_location:  # a 301/302/303/307/308 with a Location header
                location = response.headers["location"]
                if hop == MAX_REDIRECTS:
                    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")
                try:
                    current = current.join(location)
                except httpx.InvalidURL as exc:
                    raise FetchError(f"invalid redirect location {location!r}: {exc}") from None
                continue
            if 300 <= response.status_code < 400 and response.status_code != 304:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase} without a usable "
                                 f"Location".replace("  ", " "), status=response.status_code)
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                                 status=response.status_code,
                                 retry_after=retry_after_seconds(response.headers.get("retry-after")))
            mime, charset = _split_content_type(response.headers.get("content-type"))
            return Fetched(
                url=url,
                final_url=str(current),
                body=body or b"",
                content_type=mime,
                charset=charset,
                last_modified=parse_date(response.headers.get("last-modified")),
                status=response.status_code,
                etag=response.headers.get("etag"),
                last_modified_header=response.headers.get("last-modified"),
            )
    raise FetchError("unreachable")  # the loop always returns or raises
