"""Cached responses for the read endpoints, keyed by the store's data version.

Why: the store changes only when something ingests or rebuilds, yet every read request ran
its SQL, built hundreds of dicts, validated them with pydantic and gzipped the result; a
map page of 10,000 points cost about a second of CPU, so 200 clients saturated the server
at ~20 requests/s. Here a GET to a read endpoint is answered from memory when the store's
data version (`store.data_version`, probed on every request, microseconds on SQLite) and
the request (path, sorted query, UTC day for "today" defaults, gzip or not) match an
earlier response. A change by any writer, in any process, changes the version, so nothing
stale is served; entries of older versions simply age out of the LRU.

- The first request of a key computes it; concurrent requests of the same key wait for that
  one instead of computing it again (a thundering herd of 200 map loads is one query).
- The body is computed uncompressed, gzipped here once per entry (level 6, like the
  GZip middleware, with a fixed mtime so equal bodies give equal bytes), and carries a
  content-hash ETag; `If-None-Match` with it is answered 304 without a body.
- Bodies larger than `max_entry_bytes` are not kept: they stream through (gzipped on the
  fly when the client accepts it), as before, so a 100,000-point map never sits in memory.
- Only 200 responses are kept; errors and 404s are recomputed each time.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import zlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode

import anyio.to_thread

from frontwatch.store.data_version import DataVersion

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CACHED_PATHS = ("/events", "/events.geojson", "/stories", "/articles", "/control")  # read endpoints over stored data
CACHED_PREFIXES = ("/events/", "/stories/", "/articles/", "/places/")  # and their detail pages
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # larger bodies stream through uncached
MAX_CACHE_BYTES = 192 * 1024 * 1024  # per process, identity and gzip bodies together
GZIP_LEVEL = 6  # as app.py's GZipMiddleware
GZIP_MIN_BYTES = 1024  # as app.py's GZipMiddleware
DROPPED_HEADERS = {b"content-length", b"content-encoding", b"vary", b"etag"}


def is_cached_path(path: str) -> bool:
    return path in CACHED_PATHS or path.startswith(CACHED_PREFIXES)


def accepts_gzip(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"accept-encoding":
            return b"gzip" in value.lower()
    return False


def header(scope: Scope, wanted: bytes) -> bytes | None:
    return next((v for k, v in scope.get("headers", ()) if k == wanted), None)


def request_key(scope: Scope) -> tuple[str, str, str]:
    """(path, normalised query, UTC day): parameter order does not matter; repeated ones keep their order."""
    query = scope.get("query_string", b"").decode("latin-1")
    pairs = sorted(parse_qsl(query, keep_blank_values=True), key=lambda kv: kv[0])  # stable: repeats keep order
    return scope.get("path", ""), urlencode(pairs), datetime.now(timezone.utc).date().isoformat()


@dataclass
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]  # without length, encoding, vary, etag
    body: bytes
    etag: str
    gzipped: bytes | None = None

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")


@dataclass
class Flight:
    """One computation of a key that others wait for; `entry` is None when it was not cacheable."""
    done: asyncio.Event = field(default_factory=asyncio.Event)
    entry: Entry | None = None


class VersionGate:
    """The store's data version, read on a worker thread when it needs the network (PostgreSQL),
    with concurrent callers sharing one probe that started after they arrived."""

    def __init__(self, probe: DataVersion) -> None:
        self.probe = probe
        self.inline = probe.dialect == "sqlite"  # microseconds: not worth a thread hop
        self._running = False
        self._next: asyncio.Future | None = None

    async def current(self) -> Hashable | None:
        if self.inline:
            return self.probe.read()
        fut = self._next
        if fut is None:
            fut = self._next = asyncio.get_running_loop().create_future()
            if not self._running:
                self._start()
        return await asyncio.shield(fut)

    def _start(self) -> None:
        fut, self._next, self._running = self._next, None, True

        async def run() -> None:
            try:
                fut.set_result(await anyio.to_thread.run_sync(self.probe.read))
            except BaseException:  # noqa: BLE001 - unknown version: callers skip the cache
                fut.set_result(None)
            finally:
                self._running = False
                if self._next is not None:
                    self._start()

        asyncio.get_running_loop().create_task(run())


class ResponseCache:
    """ASGI middleware: GET responses of the read endpoints, per data version, in an LRU."""

    def __init__(self, app: ASGIApp, *, probe: DataVersion, max_entry_bytes: int = MAX_ENTRY_BYTES,
                 max_bytes: int = MAX_CACHE_BYTES) -> None:
        self.app = app
        self.gate = VersionGate(probe)
        self.max_entry_bytes = max_entry_bytes
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple[Any, ...], Entry] = OrderedDict()
        self.flights: dict[tuple[Any, ...], Flight] = {}
        self.bytes = 0
        self.hits = self.misses = 0  # for tests and logs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or not is_cached_path(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        version = await self.gate.current()
        if version is None:
            await self.app(scope, receive, send)
            return
        key = (version, *request_key(scope))
        gz = accepts_gzip(scope)
        while True:
            entry = self._get(key)
            if entry is not None:
                self.hits += 1
                await self._send_entry(entry, scope, send, gz)
                return
            flight = self.flights.get(key)
            if flight is None:
                break
            await flight.done.wait()
            if flight.entry is None:  # the first one was not cacheable (an error, a huge body): compute our own
                await self._compute(scope, receive, send, gz, key=None)
                return
        self.misses += 1
        flight = self.flights[key] = Flight()
        try:
            flight.entry = await self._compute(scope, receive, send, gz, key=key)
        finally:
            del self.flights[key]
            flight.done.set()

    def _get(self, key: tuple[Any, ...]) -> Entry | None:
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def _put(self, key: tuple[Any, ...], entry: Entry) -> None:
        self.entries[key] = entry
        self.bytes += entry.size
        while self.bytes > self.max_bytes and len(self.entries) > 1:
            _, old = self.entries.popitem(last=False)
            self.bytes -= old.size

    async def _compute(self, scope: Scope, receive: Receive, send: Send, gz: bool,
                       key: tuple[Any, ...] | None) -> Entry | None:
        """Run the app on an uncompressed request; keep a complete 200 of modest size and send it;
        anything else is passed on as it comes (gzipped on the fly when it overflows)."""
        inner = dict(scope)
        inner["headers"] = [(k, v) for k, v in scope.get("headers", ()) if k != b"accept-encoding"]
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        complete = False  # the last body message arrived (a client that went away can stop a stream early)
        streaming: _Passthrough | None = None
        passing_on = asyncio.Event()
        asked = False

        async def inner_receive() -> Message:
            """The request, then nothing until the response is passed on: a kept response is computed
            to the end even if its first client goes away (others are waiting for it)."""
            nonlocal asked
            if asked:
                await passing_on.wait()
            asked = True
            return await receive()

        async def capture(message: Message) -> None:
            nonlocal start, size, streaming, complete
            if streaming is not None:
                await streaming.send(message)
                return
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    streaming = _Passthrough(send, gz=False)
                    passing_on.set()
                    await streaming.send(message)
                return
            body = message.get("body", b"")
            complete = not message.get("more_body", False)
            chunks.append(body)
            size += len(body)
            if size > self.max_entry_bytes:  # too big to keep: stream what we have and the rest
                streaming = _Passthrough(send, gz=gz)
                passing_on.set()
                await streaming.send(start)
                await streaming.send({"type": "http.response.body", "body": b"".join(chunks),
                                      "more_body": message.get("more_body", False)})
                chunks.clear()

        await self.app(inner, inner_receive, capture)
        if streaming is not None or start is None or not complete:
            return None
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in DROPPED_HEADERS]
        etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
        entry = Entry(status=start["status"], headers=headers, body=body, etag=etag)
        if len(body) >= GZIP_MIN_BYTES:
            entry.gzipped = await anyio.to_thread.run_sync(_gzip, body)
        if key is not None:
            self._put(key, entry)
        await self._send_entry(entry, scope, send, gz)
        return entry

    async def _send_entry(self, entry: Entry, scope: Scope, send: Send, gz: bool) -> None:
        use_gz = gz and entry.gzipped is not None
        etag = entry.etag[:-1] + '-gzip"' if use_gz else entry.etag
        headers = [*entry.headers, (b"etag", etag.encode()), (b"vary", b"Accept-Encoding")]
        match = header(scope, b"if-none-match")
        if match is not None and _etag_matches(match.decode("latin-1"), entry.etag):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        body = entry.gzipped if use_gz else entry.body
        headers.append((b"content-length", str(len(body)).encode()))
        if use_gz:
            headers.append((b"content-encoding", b"gzip"))
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _gzip(body: bytes) -> bytes:
    return gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """Either coding's tag of this content matches (weak comparison, as RFC 9110 asks for If-None-Match)."""
    if if_none_match.strip() == "*":
        return True
    base = etag.strip('"')
    for tag in if_none_match.split(","):
        tag = tag.strip().removeprefix("W/").strip('"')
        if tag in (base, base + "-gzip"):
            return True
    return False


class _Passthrough:
    """Send a response on as the app produces it; with `gz`, gzip the body on the fly."""

    def __init__(self, send: Send, *, gz: bool) -> None:
        self._send = send
        self._z = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31) if gz else None

    async def send(self, message: Message) -> None:
        if self._z is None:
            await self._send(message)
            return
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in DROPPED_HEADERS]
            headers += [(b"content-encoding", b"gzip"), (b"vary", b"Accept-Encoding")]
            await self._send({**message, "headers": headers})
            return
        more = message.get("more_body", False)
        data = self._z.compress(message.get("body", b""))
        data += self._z.flush(zlib.Z_SYNC_FLUSH) if more else self._z.flush()
        await self._send({"type": "http.response.body", "body": data, "more_body": more})
