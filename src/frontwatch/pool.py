"""An ordered process pool: a function over chunks of a stream, results in input order.

Why not `multiprocessing.Pool.imap` or spaCy's `n_process`: we need (1) results in input
order whatever the number of workers, so `--workers 2` prints what `--workers 1` prints;
(2) bounded read-ahead, so a million-article input never sits in memory; (3) heavy state
(the spaCy model, the gazetteer) built once per worker by an initializer; (4) the very same
code path with one worker, run in-process when the caller wants that, so there is no
second implementation to drift; (5) each worker's peak RSS, which the benchmarks report;
(6) a pool that outlives one `map` (`keep=True`), so a long-lived caller (the feed watcher,
the API server) loads the model once, not once per poll or request.

Workers are started with "spawn": the parent may hold open SQLite connections (store,
gazetteer) and threads (rich's progress refresh), which must not be inherited by fork.
Each worker exits within a second of its parent's death (a thread watches its parent
pid), so a `kill -9` of the CLI leaves no orphaned workers burning CPU. Not
`prctl(PR_SET_PDEATHSIG)`: the kernel ties that to the parent *thread* that spawned the
worker, and a kept pool may be started from a server's short-lived request thread.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Threads per worker for numeric libraries: the workers already use every core.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
_PARENT_CHECK_S = 0.5  # how often a worker looks whether its parent is still there


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


def _die_with_parent(parent: int, every: float = _PARENT_CHECK_S) -> None:
    """Exit this worker as soon as `parent` is no longer its parent (it died; we were re-parented)."""

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            threading.Event().wait(every)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_start(parent: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    if initializer is not None:
        initializer(*initargs)


def _call(fn: Callable[[list[Any]], R], chunk: list[Any]) -> tuple[int, float, R]:
    return os.getpid(), peak_rss_mb(), fn(chunk)


@dataclass
class ChunkPool(Generic[T, R]):
    """`map(chunks)` → one result per chunk, in order.

    `in_process` (default: `workers <= 1`) runs `fn` in this process; otherwise `workers`
    spawned processes do. `keep=True` keeps the processes (and what their initializer
    loaded) from one `map` to the next until `close()`; a pool whose process died is
    replaced by a fresh one at the next `map`. `fn` and `initializer` must be importable
    module-level functions or `functools.partial`s of them (pickled by reference).
    """

    fn: Callable[[list[T]], R]
    workers: int = 1
    initializer: Callable[..., None] | None = None
    initargs: tuple = ()
    ahead: int = 2  # chunks in flight per worker: keeps workers busy, bounds memory
    in_process: bool | None = None
    keep: bool = False
    # Chunks after which a worker process is replaced by a fresh one (None: never). What a worker
    # accumulates (memos, spaCy's vocabulary) then cannot outgrow a bound; `fn` must not depend on it.
    chunks_per_worker: int | None = None
    peak_rss: dict[int, float] = field(default_factory=dict)  # pid → MB, as last reported
    _executor: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)

    @property
    def local(self) -> bool:
        return self.workers <= 1 if self.in_process is None else self.in_process

    def map(self, chunks: Iterable[list[T]], fn: Callable[[list[T]], R] | None = None) -> Iterator[R]:
        """`fn` (default: the pool's) over `chunks`; a kept pool serves each call with another `fn`."""
        fn = fn or self.fn
        if self.local:
            yield from self._map_local(chunks, fn)
        else:
            yield from self._map_pool(chunks, fn)

    def _map_local(self, chunks: Iterable[list[T]], fn: Callable[[list[T]], R]) -> Iterator[R]:
        if self.initializer is not None:
            self.initializer(*self.initargs)
        for chunk in chunks:
            pid, rss, result = _call(fn, chunk)
            self.peak_rss[pid] = rss
            yield result

    def start(self) -> ProcessPoolExecutor:
        """The executor, created now if there is none (its processes start at the first chunk)."""
        if self._executor is None:
            for var in _THREAD_VARS:  # inherited by the spawned workers
                os.environ.setdefault(var, "1")
            ctx = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=max(1, self.workers), mp_context=ctx,
                                                 initializer=_worker_start,
                                                 initargs=(os.getpid(), self.initializer, self.initargs),
                                                 max_tasks_per_child=self.chunks_per_worker)
        return self._executor

    def warm(self) -> None:
        """Start every worker now and wait until each has run its initializer (a model load takes
        seconds: callers do it before their progress bar; a broken model fails here)."""
        if self.local:
            if self.initializer is not None:
                self.initializer(*self.initargs)
            return
        executor = self.start()
        for fut in [executor.submit(os.getpid) for _ in range(max(1, self.workers))]:
            self._take_plain(fut)

    def close(self) -> None:
        """Stop the worker processes (waiting for the chunk they are on)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Stop the worker processes now (SIGTERM), dropping what they were doing."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            proc.terminate()
        executor.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        """The worker processes alive now (benchmarks sample their memory)."""
        procs = getattr(self._executor, "_processes", None) or {}
        return sorted(pid for pid, p in procs.items() if p.is_alive())

    def _map_pool(self, chunks: Iterable[list[T]], fn: Callable[[list[T]], R]) -> Iterator[R]:
        executor = self.start()
        inflight: deque[Future] = deque()
        limit = max(1, self.workers * self.ahead)
        try:
            for chunk in chunks:
                inflight.append(executor.submit(_call, fn, chunk))
                while len(inflight) >= limit:
                    yield self._take(inflight.popleft())
            while inflight:
                yield self._take(inflight.popleft())
        except KeyboardInterrupt:  # Ctrl+C: the chunks in flight are unsaved work, not worth waiting for
            self.terminate()
            raise
        finally:
            for fut in inflight:  # a stopped map: queued chunks dropped, a running one finishes unread
                fut.cancel()
            if not self.keep:
                self.close()

    def _take(self, fut: Future) -> R:
        pid, rss, result = self._take_plain(fut)
        self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0.0))
        return result

    def _take_plain(self, fut: Future) -> Any:
        try:
            return fut.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): the next map starts afresh
            broken, self._executor = self._executor, None
            if broken is not None:
                broken.shutdown(wait=False, cancel_futures=True)
            raise
