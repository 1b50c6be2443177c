"""Per-feed poll state in the store's `feed_state` table.

In the store rather than a side file because it must move with the articles: the
validators (ETag, Last-Modified) say "you already have everything up to here", which
is only true of the database that holds those entries. The poller is one writer;
each save is one short transaction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime

from sqlalchemy import insert, select, update

from frontwatch.store import Store
from frontwatch.store.engine import WRITE_OPTIONS
from frontwatch.store.schema import FeedStateRow

_TABLE = FeedStateRow.__table__


@dataclass
class FeedState:
    url: str
    name: str | None = None
    last_poll: datetime | None = None
    last_success: datetime | None = None
    next_due: datetime | None = None  # None: never polled, due now
    etag: str | None = None
    last_modified: str | None = None  # the server's Last-Modified header, sent back verbatim
    last_status: int | None = None
    failures: int = 0  # consecutive failed polls (drives the back-off)
    last_error: str | None = None
    entries_seen: int = 0  # entries stored or linked to a stored article, over all polls
    last_new: int = 0  # new articles stored by the last poll

    def as_dict(self) -> dict:
        out = asdict(self)
        for key in ("last_poll", "last_success", "next_due"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


_COLUMNS = [f.name for f in fields(FeedState)]


def load_states(store: Store) -> dict[str, FeedState]:
    """Every feed's state, by URL (feeds no longer in the feeds file included)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(_TABLE).order_by(_TABLE.c.url)).mappings()
        return {row["url"]: FeedState(**{k: row[k] for k in _COLUMNS}) for row in rows}


def save_state(store: Store, state: FeedState) -> None:
    """Insert or update one feed's state."""
    values = {k: getattr(state, k) for k in _COLUMNS}
    with store.engine.execution_options(**WRITE_OPTIONS).begin() as conn:
        done = conn.execute(update(_TABLE).where(_TABLE.c.url == state.url).values(values)).rowcount
        if not done:
            conn.execute(insert(_TABLE).values(values))
