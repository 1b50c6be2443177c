"""One poll of one feed: conditional GET, new entries through ingest, state updated.

Why each piece:
- Conditional GET (If-None-Match / If-Modified-Since): an unchanged feed costs the
  server a 304 and us nothing, which is what lets dozens of feeds be polled all day.
- Entries already linked in the store (by their `feed#entry-id` source_ref) are
  skipped before any page fetch or NLP, so a restart, a feed that lost its
  validators or a server that ignores them never stores anything twice.
- The validators are saved only after the entries are stored: a poller killed
  mid-poll asks for the whole feed again and picks up what it had not stored. They are
  dropped when an entry failed in the pipeline or the store, so it is tried again.
- Entries over the per-poll cap are left for the next poll, and the validators are
  then not saved, or a 304 would hide them until the feed changed.
- Failures back off exponentially (capped), or longer when the server says so
  (Retry-After), so a broken or busy feed is not hammered; every
  schedule is jittered so feeds with one interval do not all fire together.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from frontwatch.ingest.feeds import iter_feed
from frontwatch.ingest.fetch import FetchError, fetch
from frontwatch.model import IngestError, RawArticle
from frontwatch.runner import SourceOptions, run_ingest
from frontwatch.store import Store
from frontwatch.watch.config import FeedConfig
from frontwatch.watch.pages import RobotsCache, wants_page, with_page
from frontwatch.watch.state import FeedState, save_state

BACKOFF_CAP = 6 * 3600.0  # seconds: the longest wait after repeated failures (unless the interval is longer)
MAX_RETRY_AFTER = 24 * 3600.0  # a server's Retry-After is honoured up to a day
JITTER = 0.1  # each wait is the nominal one ± 10 %

Report = Callable[[str], None]


def _quiet(_msg: str) -> None:
    pass


@dataclass
class PollContext:
    """What every poll shares: the store, the reader's options, the robots cache, the reporters."""

    db: str | Path
    opts: SourceOptions = field(default_factory=SourceOptions)
    gazetteer: Path | None = None
    on_error: Report = _quiet
    on_skip: Report = _quiet
    robots: RobotsCache | None = None
    rng: random.Random = field(default_factory=random.Random)
    # Held around each ingest: in `serve --watch`, POST /articles' lock, so the two never run
    # the one in-process pipeline (spaCy is not thread-safe) at the same time.
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.robots is None:
            self.robots = RobotsCache(allow_private=self.opts.allow_private, timeout=self.opts.timeout)


@dataclass
class PollResult:
    feed: str
    status: str  # "new" | "not-modified" | "unchanged" | "failed"
    stored: int = 0
    linked: int = 0  # duplicates and near-duplicates linked to stored articles
    already: int = 0  # entries seen by an earlier poll
    left: int = 0  # new entries over the cap, left for the next poll
    pages: int = 0  # entry pages fetched and used
    failed: int = 0  # entries that could not be read, fetched or stored
    error: str | None = None
    retry_after: float | None = None  # seconds the server asked us to wait (429/503 Retry-After)


def jittered(seconds: float, rng: random.Random) -> timedelta:
    return timedelta(seconds=seconds * (1 + rng.uniform(-JITTER, JITTER)))


def backoff_seconds(interval: float, failures: int) -> float:
    """interval × 2^failures, at most BACKOFF_CAP (but never less than the interval itself)."""
    return max(interval, min(interval * 2 ** min(failures, 30), BACKOFF_CAP))


def poll_feed(feed: FeedConfig, state: FeedState, ctx: PollContext, now: datetime | None = None) -> PollResult:
    """Poll `feed` once, store what is new and save its state (also on failure)."""
    now = now or datetime.now(timezone.utc)
    state.name = feed.name
    state.last_poll = now
    try:
        result = _poll(feed, state, ctx)
    except Exception as exc:  # one broken feed (or a store hiccup) must not stop the poller
        result = PollResult(feed.url, "failed", error=" ".join(f"{type(exc).__name__}: {exc}".split()))
    if result.status == "failed":
        state.failures += 1
        state.last_error = result.error
        wait = max(backoff_seconds(feed.interval, state.failures), min(result.retry_after or 0.0, MAX_RETRY_AFTER))
        state.next_due = now + jittered(wait, ctx.rng)
        ctx.on_error(f"{feed.url}: {result.error} (failure {state.failures}; next poll in "
                     f"{(state.next_due - now).total_seconds():.0f} s)")
    else:
        state.failures = 0
        state.last_error = None
        state.last_success = now
        state.next_due = now + jittered(feed.interval, ctx.rng)
    try:
        with Store(ctx.db) as store:
            save_state(store, state)
    except Exception as exc:  # kept in memory: the next poll saves it; a restart re-reads the feed (nothing lost)
        ctx.on_error(f"{feed.url}: feed state not saved: {' '.join(str(exc).split())}")
    return result


def _poll(feed: FeedConfig, state: FeedState, ctx: PollContext) -> PollResult:
    opts = ctx.opts
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        fetched = fetch(feed.url, allow_private=opts.allow_private, max_bytes=opts.max_bytes, timeout=opts.timeout,
                        headers=headers)
    except FetchError as exc:
        state.last_status = exc.status
        return PollResult(feed.url, "failed", error=str(exc), retry_after=exc.retry_after)
    state.last_status = fetched.status
    if fetched.status == 304:
        state.last_new = 0
        return PollResult(feed.url, "not-modified")
    content_type = None
    if fetched.content_type:
        content_type = fetched.content_type + (f"; charset={fetched.charset}" if fetched.charset else "")
    items = list(iter_feed(fetched.body, feed.url, content_type=content_type, encoding=opts.encoding,
                           outlet=feed.name, fallback_date=fetched.last_modified, base_url=fetched.final_url,
                           date_order=feed.date_order or opts.date_order, locale=feed.language))
    if len(items) == 1 and isinstance(items[0], IngestError) and items[0].source_ref == feed.url:
        return PollResult(feed.url, "failed", error=items[0].message)  # not a feed at all
    result = PollResult(feed.url, "new")
    fresh: list[RawArticle | IngestError] = []
    cap, taken = opts.max_feed_items, 0
    with Store(ctx.db) as store:
        for item in items:
            if isinstance(item, IngestError):
                fresh.append(item)
            elif store.has_source(item.source_ref):
                result.already += 1
            elif cap and taken >= cap:
                result.left += 1
            else:
                fresh.append(item)
                taken += 1
    entries = [_prepared(item, feed, ctx, result) if isinstance(item, RawArticle) else item for item in fresh]
    errors: list[str] = []

    def on_error(msg: str) -> None:
        errors.append(msg)
        ctx.on_error(msg)

    if entries:  # (nothing new: skip ingest, which reads every stored signature to find near-duplicates)
        with ctx.ingest_lock:
            stats = run_ingest([], ctx.db, opts=replace(opts, max_feed_items=None), gazetteer=ctx.gazetteer,
                               on_error=on_error, on_skip=ctx.on_skip, items=entries,
                               country_hint=feed.country_hint,
                               prior_outlets={e.outlet for e in entries if isinstance(e, RawArticle) and e.outlet})
        result.stored = stats.stored
        result.linked = stats.duplicates + stats.near_duplicates
    result.failed += len(errors)
    state.entries_seen += result.stored + result.linked
    state.last_new = result.stored
    unreadable = sum(isinstance(e, IngestError) for e in entries)  # the feed's own fault: retrying will not help
    if result.left:
        ctx.on_skip(f"{feed.url}: {result.left} new entr{'y' if result.left == 1 else 'ies'} over "
                    f"--max-feed-items={cap} left for the next poll")
        state.etag = state.last_modified = None  # the next poll must see the whole feed again
    elif len(errors) > unreadable:
        state.etag = state.last_modified = None  # an entry failed in the pipeline or the store: try it again
    else:
        state.etag, state.last_modified = fetched.etag, fetched.last_modified_header
    if not result.stored and not result.linked:
        result.status = "unchanged"
    return result


def _prepared(entry: RawArticle, feed: FeedConfig, ctx: PollContext, result: PollResult) -> RawArticle:
    """The entry with the feed's declared language (where the feed itself says none) and, when
    wanted and allowed, its page's full text."""
    if feed.language and not entry.language:
        entry = replace(entry, language=feed.language)
    if not wants_page(feed.fetch_pages, entry):
        return entry
    assert ctx.robots is not None
    full, note = with_page(entry, ctx.robots, allow_private=ctx.opts.allow_private, max_bytes=ctx.opts.max_bytes,
                           timeout=ctx.opts.timeout)
    if note:
        ctx.on_skip(note)
    elif full is not entry:
        result.pages += 1
    return full
