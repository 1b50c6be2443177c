"""The one call the ingest path makes: after each batch is saved, evaluate watches and send what is due.

Every writer (`frontwatch ingest`, `watch`, `POST /articles`) goes through
`runner.run_ingest`, which calls `AlertHook.after_batch` after each chunk it saves, so alerts
follow new articles within a batch whichever way they came in. A failure here is one
`error: alerts: ...` line and never stops an ingest: the articles are stored, and the
next batch (or `frontwatch alerts --deliver`) picks the alerts up, since evaluation works
from what the store holds, not from what this process remembers.
"""

from __future__ import annotations

from collections.abc import Callable

from frontwatch.store import Store


class AlertHook:
    def __init__(self, store: Store, *, allow_private: bool = False,
                 on_error: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.allow_private = allow_private
        self.on_error = on_error
        self.changes = 0  # alerts created or updated by this process
        self.sent = 0

    def after_batch(self, *, ignore_backoff: bool = False) -> None:
        from frontwatch.alerts.deliver import deliver_due
        from frontwatch.alerts.evaluate import evaluate
        from frontwatch.alerts.watches import has_watches

        try:
            if not has_watches(self.store):
                return
            self.changes += len(evaluate(self.store))  # from each watch's `checked_until`, kept in the store
            stats = deliver_due(self.store, allow_private=self.allow_private, ignore_backoff=ignore_backoff)
            self.sent += stats.sent
            for line in stats.errors:
                self._error(f"alerts: {line}")
        except Exception as exc:  # alerts must never lose an ingest
            self._error(f"alerts: {type(exc).__name__}: {exc}")

    def _error(self, msg: str) -> None:
        if self.on_error is not None:
            self.on_error(msg)
