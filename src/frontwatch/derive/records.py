"""Event records for the derived stages, read lean from the store.

Stories and the control timeline read a dozen fields of each event; reading full rows
(trigger, confidence, every JSON decoded) for 100,000 events takes seconds this saves.
The record is the public event record (`Event.to_record()` shape plus `article`) with
`article.published` left a datetime (the merge readers accept both), plus two fields the
stages need: `story_id` (the story the event is stored in, or None: not yet in one) and,
for relative claims, the anchor place's precision in `location.relative.anchor_precision`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, select

from frontwatch.store.queries import DERIVED_COLUMNS, effective_date, in_ids, json_list
from frontwatch.store.rows import ARTICLE_REF, EventReader
from frontwatch.store.schema import TABLES

events, articles, places = TABLES["events"], TABLES["articles"], TABLES["places"]
__all__ = ["effective_date", "in_ids", "news_events", "read", "record"]

# The read layer's lean record columns, plus the story an event is stored in and its place's precision.
_COLUMNS = (*DERIVED_COLUMNS, events.c.story_id, places.c.precision.label("place_precision"))
_reader = EventReader([c.name for c in _COLUMNS], read={"reported_by": json_list},
                      extra={"article": ARTICLE_REF, "story_id": "story_id"})
_PLACE_PRECISION = len(_COLUMNS) - 1


def news_events() -> Select:
    """Every event stories and control are built from (all but background history), lean columns."""
    return (select(*_COLUMNS)
            .select_from(events.join(articles, articles.c.id == events.c.article_id)
                         .outerjoin(places, places.c.geonameid == events.c.geonameid))
            .where(events.c.modality != "background"))


def record(r: Sequence[Any]) -> dict[str, Any]:
    """One row of `news_events()` → the public event record (+ `article`, `story_id`); a relative
    claim's anchor precision rides in `location.relative.anchor_precision`."""
    rec = _reader(r)
    loc = rec.get("location")
    rel = loc.get("relative") if loc else None
    place_precision = r[_PLACE_PRECISION]
    if isinstance(rel, dict) and place_precision and "anchor_precision" not in rel:
        loc["relative"] = {**rel, "anchor_precision": place_precision}
    return rec


def read(conn: Connection, stmt: Select, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Records of a `news_events()` query, streamed (the options are the statement's: set on the
    connection they would stay for the stage's writes, and PostgreSQL's server-side cursors
    cannot executemany)."""
    for row in conn.execute(stmt.execution_options(stream_results=True, yield_per=batch)):
        yield record(row)
