"""Batch jobs behind the CLI: `ingest` (into a store) and `extract` (stateless).

Both read sources through the same ingest and clean functions and run the same
`Pipeline.process`; they differ only in where results go. Bad inputs never stop a
batch: each becomes one error line naming the input, and the job's result says how
many failed so the CLI can exit non-zero.
"""

from __future__ import annotations

__all__ = ["CHUNK", "JobStats", "SourceOptions", "clean_items", "cleaned_articles", "close_model_pools", "events_public",
           "model_pool", "read_sources", "run_extract", "run_ingest"]

import atexit
import threading
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING

from frontwatch.job import JobStats, OnArticle, OnError, SourceOptions, _stderr, clean_items, events_public
from frontwatch.model import Article, IngestError, RawArticle

if TYPE_CHECKING:
    from frontwatch.clean.dedupe import NearDuplicateIndex
    from frontwatch.pool import ChunkPool
    from frontwatch.store import Store


def read_sources(sources: Sequence[str], opts: SourceOptions) -> Iterator[RawArticle | IngestError]:
    """The raw items of `sources` read with `opts`: the one place the readers' options are passed."""
    from frontwatch.ingest import iter_sources

    return iter_sources(sources, published=opts.published, outlet=opts.outlet, allow_private=opts.allow_private,
                        encoding=opts.encoding, max_bytes=opts.max_bytes, timeout=opts.timeout,
                        follow_symlinks=opts.follow_symlinks, date_order=opts.date_order)


def cleaned_articles(
    sources: list[str], opts: SourceOptions, stats: JobStats, on_error: OnError = _stderr,
    on_skip: OnError | None = None,
) -> Iterator[Article]:
    """Ingest + clean, reporting what cannot be read and skipping non-English articles."""
    items: Iterable[RawArticle | IngestError] = read_sources(sources, opts)
    yield from clean_items(items, opts, stats, on_error, on_skip)


def feed_of(article: Article | RawArticle) -> str | None:
    """The feed an article came from (its source_ref before '#entry'), None for other kinds."""
    return article.source_ref.split("#", 1)[0] if article.kind == "feed" else None


class FeedCap:
    """At most `limit` new entries per feed in one run; counts what is left for the next."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.taken: dict[str, int] = {}
        self.left: dict[str, int] = {}

    def admit(self, article: Article | RawArticle) -> bool:
        feed = feed_of(article)
        if feed is None or not self.limit:
            return True
        if self.taken.get(feed, 0) >= self.limit:
            self.left[feed] = self.left.get(feed, 0) + 1
            return False
        self.taken[feed] = self.taken.get(feed, 0) + 1
        return True

    def report(self, on_skip: OnError | None, what: str) -> None:
        for feed, n in self.left.items():
            if on_skip:
                on_skip(f"{feed}: {n} new entr{'y' if n == 1 else 'ies'} over --max-feed-items={self.limit} {what}")


CHUNK = 16  # articles per unit of work (one nlp.pipe batch); the same whatever --workers


def _pool_ready(gazetteer: Path | None, workers: int) -> None:
    """Build the gazetteer here, once, before workers start (else each would build it)."""
    if workers > 1:
        from frontwatch.geo.gazetteer import Gazetteer

        Gazetteer.open(gazetteer)


# Articles a model process handles before a fresh one replaces it (`ChunkPool.chunks_per_worker`).
# Why: what it accumulates (memos, spaCy's vocabulary, allocator leftovers) grew ~30 MB per 1,000
# articles over a 5,000-article run, 415 -> 692 MB at its peak (docs/scale-ingest.md, "mem23"); a
# replacement loads the model again (~2 s CPU), ~1 % of the NLP's time at this spacing. The memos
# are of pure functions, so the output does not depend on it.
MODEL_WORKER_ARTICLES = 2_000
_MODEL_POOLS: dict[int, "ChunkPool"] = {}
_MODEL_POOLS_LOCK = threading.Lock()


def model_pool(workers: int, gazetteer: Path | None = None) -> "ChunkPool":
    """This process's kept pool of `workers` model processes for `run_ingest`, started at first use.

    Why a separate process even for one worker: ingest's store side (near-duplicate index,
    store writes, derive runs) grows with the store, the model (~450 MB) does not; in one
    process the two add up past issue 17's 1 GB per process at ~100,000 articles
    (docs/scale-ingest.md, "mem23"). Apart, each has its own bound. Why kept: the feed
    watcher and the API server call `run_ingest` once per poll or request and must not
    load the model each time. One pool per worker count, whatever the gazetteer: each chunk
    names its run's (`worker.process_chunk_with`), and a worker opens another gazetteer
    beside its one model rather than a second process loading a second model. `gazetteer`
    only chooses what the workers load when they start. The pools stop when this process
    exits (`close_model_pools`).
    """
    from frontwatch.pipeline import PipelineOptions
    from frontwatch.pool import ChunkPool
    from frontwatch.worker import init_process, process_chunk

    n = max(1, workers)
    with _MODEL_POOLS_LOCK:
        pool = _MODEL_POOLS.get(n)
        if pool is None:
            pool = _MODEL_POOLS[n] = ChunkPool(process_chunk, workers=n, in_process=False, keep=True,
                                               chunks_per_worker=max(1, MODEL_WORKER_ARTICLES // CHUNK),
                                               initializer=init_process,
                                               initargs=(PipelineOptions(gazetteer=gazetteer, keep_background=True),))
        return pool


def close_model_pools() -> None:
    """Stop every kept model process of this process (at exit, and for callers that are done)."""
    with _MODEL_POOLS_LOCK:
        pools = list(_MODEL_POOLS.values())
        _MODEL_POOLS.clear()
    for pool in pools:
        pool.close()


atexit.register(close_model_pools)


def run_extract(
    sources: list[str], out: IO[str], *, opts: SourceOptions | None = None, include_background: bool = False,
    gazetteer: Path | None = None, on_error: OnError = _stderr, on_skip: OnError | None = None,
    on_progress: OnArticle | None = None, workers: int = 1, chunk_size: int = CHUNK,
) -> JobStats:
    """Stateless: every event as one JSON line, in input order; nothing is stored.

    With `workers > 1` cleaning, NLP, geoparsing and event coding run in a process pool;
    this process only reads the input and writes the output, chunk by chunk in input
    order, so the output does not depend on the number of workers.
    """
    from frontwatch.pipeline import PipelineOptions
    from frontwatch.pool import ChunkPool, chunked
    from frontwatch.worker import extract_chunk, init_extract

    opts = opts or SourceOptions()
    stats = JobStats()
    cap = FeedCap(opts.max_feed_items)
    items = (i for i in read_sources(sources, opts) if isinstance(i, IngestError) or cap.admit(i))
    _pool_ready(gazetteer, workers)
    pool = ChunkPool(extract_chunk, workers=workers, initializer=init_extract,
                     initargs=(PipelineOptions(gazetteer=gazetteer, keep_background=include_background,
                                               time_budget=opts.time_budget), opts))
    for result in pool.map(chunked(items, chunk_size)):
        for kind, msg in result.messages:
            if kind == "error":
                on_error(msg)
            elif on_skip:
                on_skip(msg)
        out.write("".join(result.lines))
        out.flush()
        assert result.stats is not None
        stats.add(result.stats)
        stats.handled += result.items
        if on_progress:
            on_progress(stats)
    cap.report(on_skip, "not processed (extract keeps no state: ingest carries them to its next run)")
    stats.peak_rss_mb = dict(pool.peak_rss)
    return stats


def store_outlet_priors(store: Store, outlets: Collection[str] | None = None) -> dict[str, dict[tuple[str, str], float]]:
    """Outlet → home divisions, from the toponyms of the outlet's stored articles (of `outlets` only, if given)."""
    from frontwatch.geo.outlet import outlet_priors

    pooled = outlet_priors(store.outlet_toponyms(outlets))
    out = {}
    for outlet in pooled.totals:
        prior = pooled.prior_for(outlet)
        if prior:
            out[outlet] = prior
    return out


def run_ingest(
    sources: list[str], db: str | Path, *, opts: SourceOptions | None = None, gazetteer: Path | None = None,
    batch_size: int = CHUNK, on_error: OnError = _stderr, on_skip: OnError | None = None,
    on_progress: OnArticle | None = None, workers: int = 1, outlet_prior: bool = True,
    prior_outlets: Collection[str] | None = None, items: Iterable[RawArticle | IngestError] | None = None,
    country_hint: tuple[str, ...] = (), in_process: bool = False,
) -> JobStats:
    """Ingest into a store: each new article in its own transaction; duplicates linked, not stored twice.

    `items`, when given, are read instead of `sources` (the feed poller hands over the
    entries it fetched, so they take exactly this path); `country_hint` is the
    pipeline's feed-level prior (`PipelineOptions.country_hint`).

    `outlet_prior`: resolve places with each outlet's home divisions as learnt from its
    articles already in the store (`store_outlet_priors`); `prior_outlets` limits that to
    the outlets the caller knows the input comes from.

    Reading, cleaning, duplicate decisions and every store write stay in this process,
    in input order; only the pipeline (NLP, geoparse, events) runs in the `workers`
    model processes (`model_pool`: kept for the next call), one or more but never this
    one, so the model's memory and the store side's never add up in one process.
    `in_process=True` runs the pipeline here instead (`worker.process_chunk`, looked up at
    call time): for tests and benchmarks that replace it, never for a real ingest.

    An article is committed with everything extracted from it in one transaction, so a
    killed ingest leaves whole articles only, and re-running the same command resumes:
    articles already stored are recognised by their content id (`has_article`) before
    any NLP and only gain nothing (their source row exists).
    """
    from frontwatch.alerts.hook import AlertHook
    from frontwatch.clean.dedupe import NearDuplicateIndex, signature
    from frontwatch.pipeline import PipelineOptions
    from frontwatch.pool import ChunkPool, chunked
    from frontwatch.store import Store
    from frontwatch.store.repository import NearRecheck
    from frontwatch.worker import (
        Failed,
        init_process,
        process_chunk,
        process_chunk_with,
    )

    opts = opts or SourceOptions()
    stats = JobStats()
    cap = FeedCap(opts.max_feed_items)
    store = Store(db)
    alerts = AlertHook(store, allow_private=opts.allow_private, on_error=on_error)
    try:
        index = NearDuplicateIndex()
        # Articles another ingest stores while this one runs are looked at again at save time.
        recheck = NearRecheck(lambda rows: None, since=datetime.now(timezone.utc) - timedelta(seconds=1))
        for article_id, sig in store.signatures():
            if sig:
                index.add(article_id, sig)
        sigs: dict[str, bytes] = {}  # articles sent to the pipeline and not yet saved
        failed: set[str] = set()  # ids whose processing or saving failed in this run
        deferred: dict[str, list[Article]] = {}  # copies of articles not yet saved, by target id
        read = 0  # input items taken from the sources so far

        def settle() -> None:
            stats.handled = read - len(sigs) - sum(len(c) for c in deferred.values())
            if on_progress:
                on_progress(stats)

        def counted(items: Iterable[RawArticle | IngestError]) -> Iterator[RawArticle | IngestError]:
            nonlocal read
            for item in items:
                read += 1
                yield item

        def link(target: str, copy: Article) -> None:
            if target in sigs:
                deferred.setdefault(target, []).append(copy)
            else:
                store.link_source(target, copy)

        def new_articles() -> Iterator[Article]:
            """Articles not stored yet, in input order; copies are linked (or deferred) on the way."""
            raw = read_sources(sources, opts) if items is None else items
            for article in clean_items(counted(raw), opts, stats, on_error, on_skip):
                if article.id in sigs:
                    link(article.id, article)
                    stats.duplicates += 1
                    settle()
                    continue
                if article.id not in failed and store.has_article(article.id):
                    store.link_source(article.id, article)
                    stats.duplicates += 1
                    settle()
                    continue
                if not cap.admit(article):
                    settle()
                    continue
                sig = signature(article.text)
                near = index.find(sig)
                if near is not None and near not in failed:
                    link(near, article)
                    stats.near_duplicates += 1
                    settle()
                    continue
                index.add(article.id, sig)
                failed.discard(article.id)
                sigs[article.id] = sig
                yield article

        _pool_ready(gazetteer, workers)
        # Each outlet's home divisions from what is stored already: fixed for the run, so
        # the output does not depend on which worker gets which article.
        priors = store_outlet_priors(store, prior_outlets) if outlet_prior else {}
        run_options = PipelineOptions(gazetteer=gazetteer, keep_background=True, outlet_priors=priors,
                                      time_budget=opts.time_budget, country_hint=country_hint)
        if in_process:
            pool = ChunkPool(process_chunk, workers=1, in_process=True, initializer=init_process,
                             initargs=(run_options,))
            processed_chunks = pool.map(chunked(new_articles(), batch_size))
        else:
            pool = model_pool(workers, gazetteer)
            processed_chunks = pool.map(chunked(new_articles(), batch_size), fn=partial(process_chunk_with, run_options))
        derived_at, derived_count = time.monotonic(), stats.stored  # when the derive stages last ran, and after what
        derive_took = 0.0  # how long that run took (slow runs are spaced out: `derive.pace`)
        from frontwatch.derive.pace import derive_due
        for results in processed_chunks:
            for processed in results:
                if isinstance(processed, Failed):  # the pipeline broke on this article
                    aid = target = processed.article_id
                    stats.errors.append(processed.message)
                    on_error(processed.message)
                else:
                    aid = target = processed.article.id  # where its deferred copies are linked
                    near: list[str] = []
                    recheck.find = lambda rows, aid=aid, near=near: _stored_meanwhile(index, rows, aid, sigs[aid], near)
                    try:
                        if store.save(processed, signature=sigs[aid], recheck=recheck):
                            stats.stored += 1
                            stats.events += len([e for e in processed.events if e.modality != "background"])
                        elif near:  # another ingest stored a near-duplicate of it meanwhile: its copies go there
                            stats.near_duplicates += 1
                            target = near[0]
                        else:  # another process stored it first (shared PostgreSQL): ours is a duplicate
                            stats.duplicates += 1
                    except Exception as exc:  # the store rolled back this article; report and go on
                        msg = f"{processed.article.source_ref}: could not store: {exc}"
                        stats.errors.append(msg)
                        on_error(msg)
                sigs.pop(aid, None)
                copies = deferred.pop(aid, [])
                if store.has_article(target):
                    for copy in copies:
                        store.link_source(target, copy)
                else:
                    failed.add(aid)
                settle()
            pending = stats.stored - derived_count
            if pending and derive_due(time.monotonic() - derived_at, derive_took, pending):
                started = time.monotonic()
                _derive(store, stats, on_error)
                alerts.after_batch()  # stories are current: watches are evaluated, due alerts sent
                derived_at, derived_count = time.monotonic(), stats.stored
                derive_took = derived_at - started
        if stats.stored > derived_count:  # the run's last batches: stories and control current when it returns
            _derive(store, stats, on_error)
            alerts.after_batch()
        settle()
        cap.report(on_skip, "left for the next run")
        stats.peak_rss_mb = dict(pool.peak_rss)
    finally:
        store.close()
    return stats


def _derive(store: Store, stats: JobStats, on_error: OnError) -> None:
    """The derived stages after a batch (stories, control: `frontwatch.derive`). A failure is one
    error line: the batch's events stay pending and the next batch or run adds them (the stages'
    work list is the events in no story yet, so a run killed before them loses nothing).
    The run's working set is dropped when it returns; its free pages go back to the OS
    (`heap.release_free_heap`) rather than staying resident until the next run."""
    from frontwatch.derive import run_stages
    from frontwatch.heap import release_free_heap

    try:
        run_stages(store)
    except Exception as exc:
        msg = f"stories/control not updated: {type(exc).__name__}: {exc}"
        stats.errors.append(msg)
        on_error(msg)
    finally:
        release_free_heap()


def _stored_meanwhile(index: "NearDuplicateIndex", rows: Iterable[tuple[str, bytes]], article_id: str, sig: bytes,
                      found: list[str]) -> str | None:
    """Add what other processes stored to `index`; the near-duplicate of `sig` among all but itself."""
    for other, other_sig in rows:
        if other_sig:
            index.add(other, other_sig)
    target = index.find(sig, exclude=article_id)
    if target is not None:
        found.append(target)
    return target
