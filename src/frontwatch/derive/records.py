"""Event records for the derived stages, read lean from the store.

Stories and the control timeline read a dozen fields of each event; reading full rows
(trigger, confidence, every JSON decoded) for 100,000 events takes seconds this saves.
The record is the public event record (`Event.to_record()` shape plus `article`) with
`article.published` left a datetime (the merge readers accept both), plus two fields the
stages need: `story_id` (the story the event is stored in, or None: not yet in one) and,
for relative claims, the anchor place's precision in `location.relative.anchor_precision`.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, ColumnElement, Select, Text, func, literal, select, type_coerce

from frontwatch.store.schema import TABLES
from frontwatch.store.sqlfuncs import utc_day

events, articles, places = TABLES["events"], TABLES["articles"], TABLES["places"]

# An event without a date of its own happened "by the article's publication date".
effective_date = func.coalesce(events.c.date, utc_day(articles.c.published))

_COLUMNS = (
    events.c.id, events.c.article_id, events.c.evidence_text, events.c.evidence_start, events.c.evidence_end,
    events.c.event_type, events.c.acled_event_type, events.c.acled_sub_event_type, events.c.plover,
    events.c.actor1_name, events.c.actor1_text, events.c.actor2_name, events.c.actor2_text,
    events.c.location_text, events.c.location_name, events.c.geonameid, events.c.lat, events.c.lon,
    events.c.country, events.c.admin1, events.c.geo_precision, events.c.relative, events.c.date,
    events.c.date_precision, type_coerce(events.c.reported_by, Text).label("reported_by"), events.c.modality,
    events.c.confidence, events.c.fatalities, articles.c.url, articles.c.outlet, articles.c.title, articles.c.published,
    events.c.story_id, places.c.precision.label("place_precision"),
)


def in_ids(column: Any, ids: Collection[str], dialect: str) -> ColumnElement[bool]:
    """`column IN ids` for any number of ids (SQLite caps bound parameters: a JSON array there)."""
    if not ids:
        return literal(False)
    if dialect == "sqlite" and len(ids) > 500:
        unpacked = func.json_each(json.dumps(list(ids))).table_valued("value")
        return column.in_(select(unpacked.c.value))
    return column.in_(list(ids))


def news_events() -> Select:
    """Every event stories and control are built from (all but background history), lean columns."""
    return (select(*_COLUMNS)
            .select_from(events.join(articles, articles.c.id == events.c.article_id)
                         .outerjoin(places, places.c.geonameid == events.c.geonameid))
            .where(events.c.modality != "background"))


def _json_list(value: Any) -> list[str]:
    """reported_by as read raw: a JSON text on SQLite (decoded only when not empty), a list from psycopg."""
    if value is None or value == "[]":
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def record(r: Sequence[Any]) -> dict[str, Any]:
    """One row of `news_events()` → the public event record (+ `article`, `story_id`)."""
    (eid, aid, text, start, end, etype, acled_type, acled_sub, plover, a1n, a1t, a2n, a2t, loc_text, loc_name,
     gid, lat, lon, country, admin1, precision, relative, day, day_prec, reported, modality, confidence,
     fatalities, url, outlet, title, published, story_id, place_precision) = r
    loc = None
    if loc_text is not None:
        loc = {"name": loc_name, "text": loc_text, "geonameid": gid, "lat": lat, "lon": lon, "country": country,
               "admin1": admin1, "precision": precision}
        if relative:
            if isinstance(relative, dict) and place_precision and "anchor_precision" not in relative:
                relative = {**relative, "anchor_precision": place_precision}
            loc["relative"] = relative
    return {
        "id": eid, "article_id": aid, "evidence": {"text": text, "start": start, "end": end}, "event_type": etype,
        "acled": {"event_type": acled_type, "sub_event_type": acled_sub} if acled_type else None,
        "plover": plover,
        "actor1": None if a1n is None else {"name": a1n, "text": a1t},
        "actor2": None if a2n is None else {"name": a2n, "text": a2t},
        "location": loc, "date": day, "date_precision": day_prec, "reported_by": _json_list(reported),
        "modality": modality, "confidence": round(float(confidence), 3), "fatalities": int(fatalities or 0),
        "article": {"id": aid, "url": url, "outlet": outlet, "title": title, "published": published},
        "story_id": story_id,
    }


def read(conn: Connection, stmt: Select, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Records of a `news_events()` query, streamed (the options are the statement's: set on the
    connection they would stay for the stage's writes, and PostgreSQL's server-side cursors
    cannot executemany)."""
    for row in conn.execute(stmt.execution_options(stream_results=True, yield_per=batch)):
        yield record(row)


def by_ids(conn: Connection, ids: Collection[str], chunk: int = 20_000) -> Iterator[dict[str, Any]]:
    """Records of the events with these ids (any number)."""
    wanted = sorted(ids)
    dialect = conn.dialect.name
    for at in range(0, len(wanted), chunk):
        yield from read(conn, news_events().where(in_ids(events.c.id, wanted[at:at + chunk], dialect)))
