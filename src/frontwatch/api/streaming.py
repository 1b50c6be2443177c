"""Streamed responses that always give their database connection back.

Why: Starlette iterates a plain generator on worker threads and, when the client hangs up,
only stops asking for chunks; the generator (and the connection it holds) then waits for
the garbage collector. Under load that is a pool slowly drained by impatient clients. Here
the chunks come through an async generator whose clean-up runs in a background task, which
Starlette awaits after the response whether it finished or the client went away.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import anyio
import anyio.to_thread
from starlette.background import BackgroundTask

_END = object()


def closing_stream(chunks: Iterator[str], *closers: Callable[[], None]) -> tuple[AsyncIterator[str], BackgroundTask]:
    """(body for StreamingResponse, its background task): `chunks` is read on worker threads;
    when the response ends for any reason, `chunks` is closed and every closer is called."""

    async def body() -> AsyncIterator[str]:
        while True:
            chunk = await anyio.to_thread.run_sync(next, chunks, _END)
            if chunk is _END:
                return
            yield chunk  # type: ignore[misc]

    stream = body()

    async def clean_up() -> None:
        with anyio.CancelScope(shield=True):
            await stream.aclose()
            close = getattr(chunks, "close", None)
            if close is not None:
                await anyio.to_thread.run_sync(close)
            for closer in closers:  # also when the stream never started (closing a fresh generator runs nothing)
                await anyio.to_thread.run_sync(closer)

    return stream, BackgroundTask(clean_up)
