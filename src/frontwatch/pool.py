"""An ordered process pool: a function over chunks of a stream, results in input order.

Why not `multiprocessing.Pool.imap` or spaCy's `n_process`: we need (1) results in input
order whatever the number of workers, so `--workers 2` prints what `--workers 1` prints;
(2) bounded read-ahead, so a million-article input never sits in memory; (3) heavy state
(the spaCy model, the gazetteer) built once per worker by an initializer; (4) the very same
code path with one worker, run in-process, so there is no second implementation to drift;
(5) each worker's peak RSS, which the throughput benchmark reports.

Workers are started with "spawn": the parent may hold open SQLite connections (store,
gazetteer) and threads (rich's progress refresh), which must not be inherited by fork.
On Linux each worker asks the kernel for SIGTERM when its parent dies, so a `kill -9` of
the CLI leaves no orphaned workers burning CPU.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Threads per worker for numeric libraries: the workers already use every core.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
_PR_SET_PDEATHSIG = 1


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    if size < 1:
        raise ValueError(f"chunk size must be >= 1, got {size}")
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # no prctl: workers still exit when the queue closes
        pass


def _worker_start(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    if initializer is not None:
        initializer(*initargs)


def _call(fn: Callable[[list[Any]], R], chunk: list[Any]) -> tuple[int, float, R]:
    return os.getpid(), peak_rss_mb(), fn(chunk)


@dataclass
class ChunkPool(Generic[T, R]):
    """`map(chunks)` → one result per chunk, in order; `workers <= 1` runs in this process.

    `fn` and `initializer` must be importable module-level functions (they are pickled
    by reference for the spawned workers).
    """

    fn: Callable[[list[T]], R]
    workers: int = 1
    initializer: Callable[..., None] | None = None
    initargs: tuple = ()
    ahead: int = 2  # chunks in flight per worker: keeps workers busy, bounds memory
    peak_rss: dict[int, float] = field(default_factory=dict)  # pid → MB, as last reported

    def map(self, chunks: Iterable[list[T]]) -> Iterator[R]:
        if self.workers <= 1:
            yield from self._map_local(chunks)
        else:
            yield from self._map_pool(chunks)

    def _map_local(self, chunks: Iterable[list[T]]) -> Iterator[R]:
        if self.initializer is not None:
            self.initializer(*self.initargs)
        for chunk in chunks:
            pid, rss, result = _call(self.fn, chunk)
            self.peak_rss[pid] = rss
            yield result

    def _map_pool(self, chunks: Iterable[list[T]]) -> Iterator[R]:
        for var in _THREAD_VARS:  # inherited by the spawned workers
            os.environ.setdefault(var, "1")
        ctx = multiprocessing.get_context("spawn")
        executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_worker_start,
                                       initargs=(self.initializer, self.initargs))
        inflight: deque[Future] = deque()
        limit = max(1, self.workers * self.ahead)
        try:
            for chunk in chunks:
                inflight.append(executor.submit(_call, self.fn, chunk))
                while len(inflight) >= limit:
                    yield self._take(inflight.popleft())
            while inflight:
                yield self._take(inflight.popleft())
        finally:
            for fut in inflight:
                fut.cancel()
            executor.shutdown(wait=True, cancel_futures=True)

    def _take(self, fut: Future) -> R:
        pid, rss, result = fut.result()
        self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0.0))
        return result
