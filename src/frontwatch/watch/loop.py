"""The scheduler: poll each feed when it is due, sleep until the next one, stop cleanly.

One thread polls feeds one after another: the pipeline (spaCy, gazetteer) is loaded
once and the machine is not swamped when many feeds fall due together. Stopping is
an Event, set by SIGINT/SIGTERM (CLI) or by the server shutting down (serve --watch);
it is checked between feeds and interrupts the sleep, so a stop takes at most the
poll in progress, and everything that poll stored is already committed.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from types import FrameType

from frontwatch.store import Store
from frontwatch.watch.config import FeedConfig
from frontwatch.watch.poll import PollContext, PollResult, poll_feed
from frontwatch.watch.state import FeedState, load_states

MAX_SLEEP = 60.0  # seconds: wake at least this often (clock jumps, a suspended laptop)


class Watcher:
    """Polls `feeds` into the store of `ctx`, resuming each feed from its saved state."""

    def __init__(self, feeds: Sequence[FeedConfig], ctx: PollContext,
                 on_poll: Callable[[PollResult], None] | None = None) -> None:
        self.feeds = list(feeds)
        self.ctx = ctx
        self.on_poll = on_poll
        self.stop = threading.Event()
        with Store(ctx.db) as store:
            saved = load_states(store)
        self.states = {f.url: saved.get(f.url) or FeedState(url=f.url, name=f.name) for f in self.feeds}

    def due(self, now: datetime) -> list[FeedConfig]:
        """Feeds whose next poll is at or before `now` (never-polled feeds first, then most overdue)."""
        epoch = datetime.min.replace(tzinfo=timezone.utc)
        ready = [f for f in self.feeds if (self.states[f.url].next_due or epoch) <= now]
        return sorted(ready, key=lambda f: self.states[f.url].next_due or epoch)

    def run_round(self, now: datetime | None = None) -> list[PollResult]:
        """Poll every feed due at `now` (default: the current time) once."""
        results = []
        for feed in self.due(now or datetime.now(timezone.utc)):
            if self.stop.is_set():
                break
            result = poll_feed(feed, self.states[feed.url], self.ctx)
            results.append(result)
            if self.on_poll:
                self.on_poll(result)
        return results

    def seconds_to_next(self) -> float:
        now = datetime.now(timezone.utc)
        dues = [s.next_due for s in self.states.values() if s.next_due is not None]
        if len(dues) < len(self.states):
            return 0.0
        return max(0.0, min((d - now).total_seconds() for d in dues))

    def run(self, once: bool = False) -> None:
        """Poll until stopped (or one round with `once`)."""
        while not self.stop.is_set():
            self.run_round()
            self.retry_alerts()
            if once:
                return
            self.stop.wait(min(self.seconds_to_next(), MAX_SLEEP))

    def retry_alerts(self) -> None:
        """Alert sends whose back-off has ended go out between polls too, not only after new articles
        (new alerts are evaluated and sent by the ingest of each poll, see `alerts.hook`)."""
        from frontwatch.alerts.deliver import deliver_due

        try:
            with Store(self.ctx.db) as store:
                stats = deliver_due(store, allow_private=self.ctx.opts.allow_private)
        except Exception as exc:  # never stops the poller
            stats = None
            if self.ctx.on_error:
                self.ctx.on_error(f"alerts: {type(exc).__name__}: {exc}")
        for line in stats.errors if stats else ():
            if self.ctx.on_error:
                self.ctx.on_error(f"alerts: {line}")


def stop_on_signals(watcher: Watcher) -> None:
    """SIGINT/SIGTERM ask the watcher to stop after the poll in progress; a second one
    ends the process at once (the default handlers are put back)."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        watcher.stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
