"""Where an event's date came from: the text itself, or the article's publication date (and where that came from).

Why: "yesterday" and a sentence with no date are dated from the article's publication date,
and when that date is only the file's modification time (or a URL's Last-Modified) the event
date is a guess about when the bytes changed, not when the text was written. The record must
say so (`date_source`), so no date is silently wrong: a reader can filter or re-date them.

The coders mark only what they know: a date whose expression states its own year is "text";
any other date was anchored on the publication date (`ANCHORED`). `stamp` then replaces the
marker by the article's `published_from` ("metadata", "option", "file_mtime").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontwatch.model import Event

TEXT = "text"
ANCHORED = "anchored"  # set by the coders; never published (see `stamp`)
DATE_SOURCES: tuple[str, ...] = ("text", "metadata", "option", "file_mtime", "unknown")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def states_year(text: str | None) -> bool:
    """True when a date expression names its year ('12 March 2022', 'in 2014'): the text dates itself."""
    return bool(text and _YEAR.search(text))


def coder_source(day: str | None, expr_text: str | None, stated: bool | None = None) -> str | None:
    """The coder's mark for one event date: None (no date), TEXT, or ANCHORED (on the publication date)."""
    if day is None:
        return None
    if stated if stated is not None else states_year(expr_text):
        return TEXT
    return ANCHORED


def stamp(events: Iterable[Event], published_from: str | None) -> None:
    """Resolve every ANCHORED mark to the article's `published_from`, in place; undated events get None."""
    origin = published_from if published_from in DATE_SOURCES else "unknown"
    for event in events:
        if event.date is None:
            event.date_source = None
        elif event.date_source != TEXT:
            event.date_source = origin
