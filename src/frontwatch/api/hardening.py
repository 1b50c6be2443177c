"""Browser-facing defences for the API server: a Host-header allow-list and security headers.

Why a Host allow-list: the server binds loopback by default, but a web page the user
visits can point its own domain name at 127.0.0.1 (DNS rebinding) and then read the
map and the API as "same origin". Such a request still carries the attacker's name in
its Host header, so answering only the names the server is meant to be reached by
closes that door. Loopback names are always allowed; `serve --host` and
`serve --allow-host` add more.

Why these headers: the map page loads only its own files (plus, opt-in, raster tiles
from one tile server), so a strict Content-Security-Policy costs nothing and stops an
injected script from running or phoning home; the page is never meant to be framed.

Both are plain ASGI middlewares (not Starlette's BaseHTTPMiddleware), so streamed
responses pass through untouched, chunk by chunk.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def host_name(header: str) -> str:
    """The name part of a Host header: port removed, IPv6 brackets removed, lower case, no final dot."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        value = value[1:end] if end > 0 else value[1:]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def normalise_hosts(names: Iterable[str]) -> frozenset[str]:
    """Names as `host_name` reports them; empty names and wildcard bind addresses are dropped."""
    out = {host_name(n) for n in names if n and n.strip()}
    return frozenset(out - {"", "0.0.0.0", "::"})


def tile_origin(tiles_url: str | None) -> str | None:
    """The CSP source for an XYZ tile URL: scheme://host[:port]; a `{s}` subdomain becomes `*`."""
    if not tiles_url:
        return None
    parts = urlsplit(tiles_url)
    host = parts.netloc.rsplit("@", 1)[-1]
    if parts.scheme not in ("http", "https") or not host:
        return None
    first, _, rest = host.partition(".")
    if "{" in first and rest:  # a subdomain template such as {s}.tile.example.org
        host = f"*.{rest}"
    if "{" in host or "}" in host or " " in host or ";" in host:
        return None  # a template CSP cannot express: the online layer stays blocked rather than open to all
    return f"{parts.scheme}://{host}"


def content_security_policy(tiles_url: str | None) -> str:
    """The page's needs: own scripts/styles/data; MapLibre's worker (own file or blob:); images from
    data:/blob: (canvas text, the favicon) and, when the online layer is configured, its tile server."""
    tiles = tile_origin(tiles_url)
    extra = f" {tiles}" if tiles else ""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src 'self' data: blob:{extra}",
        f"connect-src 'self'{extra}",
        "font-src 'self'",
        "worker-src 'self' blob:",
        "child-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def security_headers(tiles_url: str | None) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", content_security_policy(tiles_url).encode("latin-1")),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]


class SecurityHeaders:
    """Add the security headers to every HTTP response (replacing any of the same name)."""

    def __init__(self, app: ASGIApp, *, tiles_url: str | None) -> None:
        self.app = app
        self.headers = security_headers(tiles_url)
        self.names = {name for name, _ in self.headers}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in self.names]
                message["headers"] = kept + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HostAllowList:
    """Answer 400 to a request whose Host header names a host this server is not meant to be reached by."""

    def __init__(self, app: ASGIApp, *, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = normalise_hosts([*LOOPBACK_HOSTS, *allowed])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        raw = next((v for k, v in scope.get("headers", []) if k == b"host"), b"")
        name = host_name(raw.decode("latin-1"))
        if name in self.allowed:
            await self.app(scope, receive, send)
            return
        shown = raw.decode("latin-1")[:100]
        detail = (f"host {shown!r} is not served here; start the server with --allow-host {name or 'NAME'} "
                  "to allow it" if name else "request without a Host header")
        body = json.dumps({"detail": detail}).encode()
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
