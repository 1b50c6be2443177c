"""Back-pressure: a saturated server says "503, retry in a second" instead of failing in odd ways.

Why: past a few dozen concurrent requests every extra one only waits — for one of anyio's
40 worker threads, then for a database connection — and a wait that runs out surfaces deep
inside (a pool timeout in the middle of a streamed body is a truncated 200). Counting the
requests in flight at the door and refusing the excess at once, with Retry-After, keeps the
admitted requests fast and tells the others exactly what to do. A request waits briefly for
a slot first, so a short burst is smoothed rather than refused.

Static files and the page itself are not counted: they touch no database and are cheap.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from fastapi import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_IN_FLIGHT = 48  # at most the SQLite pool's size (store.engine.POOL_SETTINGS): admitted requests never queue for it
QUEUE_SECONDS = 0.5  # how long a request may wait for a slot before it is refused
RETRY_AFTER_SECONDS = 1
MAX_QUEUED_INGESTS = 4  # POST /articles admitted at once (one runs, the rest wait for the ingest lock)
INGEST_RETRY_AFTER_SECONDS = 5  # an ingest takes seconds: ask again later than a read would
UNCOUNTED_PREFIXES = ("/static/",)
UNCOUNTED_PATHS = ("/", "/config.json")


async def send_busy(send: Send, detail: str, retry_after: int = RETRY_AFTER_SECONDS) -> None:
    """A 503 with Retry-After and the usual one-line JSON detail."""
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"retry-after", str(retry_after).encode())]})
    await send({"type": "http.response.body", "body": body})


class ConcurrencyLimit:
    """Admit at most `limit` requests at a time (each until its response is sent); 503 beyond."""

    def __init__(self, app: ASGIApp, *, limit: int = MAX_IN_FLIGHT, queue_seconds: float = QUEUE_SECONDS) -> None:
        if limit < 1:
            raise ValueError(f"limit must be >= 1, got {limit}")
        self.app = app
        self.limit = limit
        self.queue_seconds = queue_seconds
        self.in_flight = 0  # only touched on the event loop's thread: no lock needed
        self.refused = 0  # for tests and logs

    async def _admitted(self) -> bool:
        """Take a slot, waiting up to `queue_seconds` (polling: a counter cannot leak a slot the way
        a cancelled semaphore wait can)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.queue_seconds
        while self.in_flight >= self.limit:
            if loop.time() >= deadline:
                return False
            await asyncio.sleep(0.02)
        self.in_flight += 1
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path in UNCOUNTED_PATHS or path.startswith(UNCOUNTED_PREFIXES):
            await self.app(scope, receive, send)
            return
        if not await self._admitted():
            self.refused += 1
            await send_busy(send, f"server busy: {self.limit} requests in progress; retry in "
                                  f"{RETRY_AFTER_SECONDS} s")
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


class Queue:
    """At most `size` holders at a time, else 503 + Retry-After (used on the event loop's thread only).

    For POST /articles: ingests run one at a time (one writer, one pipeline), so without a bound
    a burst of posts would each wait for the lock while holding one of the server's request slots.
    """

    def __init__(self, size: int, what: str, retry_after: int = INGEST_RETRY_AFTER_SECONDS) -> None:
        if size < 1:
            raise ValueError(f"size must be >= 1, got {size}")
        self.size, self.what, self.retry_after = size, what, retry_after
        self.held = 0

    @contextmanager
    def place(self) -> Iterator[None]:
        if self.held >= self.size:
            raise HTTPException(503, f"server busy: {self.size} {self.what} already queued; retry in "
                                     f"{self.retry_after} s", headers={"Retry-After": str(self.retry_after)})
        self.held += 1
        try:
            yield
        finally:
            self.held -= 1
