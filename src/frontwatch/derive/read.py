"""Reading the derived tables: stories and control as the stages wrote them.

The API serves these (it never builds a story or a timeline itself), and other consumers
(alerts) read stories here: `read_stories` is the public way to ask "which stories exist
or changed, with their corroboration".
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    func,
    or_,
    select,
)

from frontwatch.derive.records import in_ids
from frontwatch.store.schema import TABLES
from frontwatch.store.sqlfuncs import utc_day

stories, events, control = TABLES["stories"], TABLES["events"], TABLES["control"]
checkpoints = TABLES["control_checkpoints"]


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, (datetime, date)) else str(value)


def story_dict(row: Any) -> dict[str, Any]:
    """A `stories` row → the story record (the API's story shape): members in the order they joined."""
    m = row._mapping if hasattr(row, "_mapping") else row
    explanation = list(m["explanation"] or [])
    return {
        "id": m["id"], "family": m["event_type"], "acled_event_type": m["acled_event_type"],
        "acled_sub_event_type": m["acled_sub_event_type"], "plover": m["plover"], "date": m["date"],
        "first_reported": _iso(m["first_reported"]), "last_reported": _iso(m["last_reported"]),
        "corroboration": int(m["corroboration"] or 1), "outlets": list(m["outlets"] or []),
        "place_name": m["place_name"], "geonameid": m["geonameid"], "lat": m["lat"], "lon": m["lon"],
        "fatalities": int(m["fatalities"] or 0),
        "event_ids": [str(d.get("event_id")) for d in explanation if isinstance(d, dict)],
        "disagreement": list(m["disagreement"] or []), "explanation": explanation,
        "updated_at": _iso(m["updated_at"]),
    }


def story_conditions(*, types: Collection[str] = (), place: str | None = None,
                     bbox: tuple[float, float, float, float] | None = None, date_from: date | None = None,
                     date_to: date | None = None, min_corroboration: int = 1,
                     place_ids: Collection[int] = (), place_names: Collection[str] = ()) -> list[ColumnElement[bool]]:
    """The /stories filters as SQL (a story's day: its date, else its first report's).

    `place_ids`/`place_names`: what a `place` name stands for in the gazetteer (api/place_aliases.py),
    matched besides the substring (of the story's place, or of a report's place text or province), as for /events.
    """
    cond: list[ColumnElement[bool]] = []
    if min_corroboration > 1:
        cond.append(stories.c.corroboration >= min_corroboration)
    wanted = [t.casefold() for t in types if t.strip()]
    if wanted:
        cond.append(or_(*(func.lower(c).in_(wanted) for c in (
            stories.c.event_type, stories.c.acled_event_type, stories.c.acled_sub_event_type))))
    if place:
        if place.strip().isdigit():
            cond.append(stories.c.geonameid == int(place))
        else:
            alias: list[ColumnElement[bool]] = []
            if place_ids:
                alias.append(stories.c.geonameid.in_(sorted(place_ids)))
            if place_names:
                alias.append(func.lower(stories.c.place_name).in_(sorted({n.casefold() for n in place_names})))
            # A story also matches through its reports' own words for the place and their province, as
            # /events does: the map's stories list must not go empty for the events the map shows
            # ("Halepi", the article's spelling, finds Aleppo's events by their text).
            text = place.strip()
            told = select(events.c.story_id).where(events.c.story_id.is_not(None), or_(
                events.c.location_text.icontains(text, autoescape=True), events.c.admin1.icontains(text, autoescape=True)))
            cond.append(or_(stories.c.place_name.icontains(text, autoescape=True), stories.c.id.in_(told), *alias))
    if bbox:
        west, south, east, north = bbox
        lon = (stories.c.lon.between(west, east) if west <= east
               else or_(stories.c.lon >= west, stories.c.lon <= east))
        cond.append(and_(stories.c.lat.between(south, north), lon))
    day = func.coalesce(stories.c.date, utc_day(stories.c.first_reported))
    if date_from:
        cond.append(day >= date_from.isoformat())
    if date_to:
        cond.append(day <= date_to.isoformat())
    return cond


def stories_select(cond: list[ColumnElement[bool]]) -> tuple[Select, Select]:
    """(page query, count query): most corroborated first, then newest."""
    page = (select(stories).where(*cond)
            .order_by(stories.c.corroboration.desc(), stories.c.date.desc().nulls_last(), stories.c.id.desc()))
    return page, select(func.count()).select_from(stories).where(*cond)


def read_stories(source: Engine | Connection, *, ids: Collection[str] | None = None,
                 changed_since: datetime | None = None, min_corroboration: int = 1,
                 limit: int | None = None) -> list[dict[str, Any]]:
    """Stored stories with their corroboration, outlets, members and explanation.

    ids: only these stories; changed_since: only stories the stories stage wrote at or after
    this time (`updated_at`: created, joined by a new report, or re-summarised), oldest change
    first, so a caller can poll with the last `updated_at` it saw; min_corroboration: only
    stories told by at least this many outlets. Without `changed_since`: most corroborated first.
    """
    cond: list[ColumnElement[bool]] = []
    if min_corroboration > 1:
        cond.append(stories.c.corroboration >= min_corroboration)
    if changed_since is not None:
        cond.append(stories.c.updated_at >= changed_since)
    if isinstance(source, Engine):
        with source.connect() as conn:
            return read_stories(conn, ids=ids, changed_since=changed_since, min_corroboration=min_corroboration,
                                limit=limit)
    if ids is not None:
        cond.append(in_ids(stories.c.id, list(ids), source.dialect.name))
    stmt = select(stories).where(*cond)
    stmt = (stmt.order_by(stories.c.updated_at, stories.c.id) if changed_since is not None
            else stmt.order_by(stories.c.corroboration.desc(), stories.c.id))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [story_dict(r) for r in source.execute(stmt)]


def story_refs(conn: Connection, event_ids: Collection[str]) -> dict[str, dict[str, Any]]:
    """event id → {id, corroboration, outlets} of its story (events in no story are left out)."""
    if not event_ids:
        return {}
    stmt = (select(events.c.id, stories.c.id.label("sid"), stories.c.corroboration, stories.c.outlets)
            .select_from(events.join(stories, stories.c.id == events.c.story_id))
            .where(in_ids(events.c.id, list(event_ids), conn.dialect.name)))
    return {eid: {"id": sid, "corroboration": int(n or 1), "outlets": list(outlets or [])}
            for eid, sid, n, outlets in conn.execute(stmt)}


def pending_count(conn: Connection) -> int:
    """Events not yet in a story (an ingest's stages are running, or failed): 0 when stories are current."""
    return conn.execute(select(func.count()).select_from(events)
                        .where(events.c.story_id.is_(None), events.c.modality != "background")).scalar_one()


def control_version(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever the control stage writes the table (a key for caches of the picture): a run
    from a checkpoint may only grow rows it keeps, but it always writes a checkpoint (ids never reused)."""
    return (*conn.execute(select(func.count(), func.max(control.c.id), func.min(control.c.id),
                                 func.max(control.c.last_seen))).one(),
            conn.execute(select(func.max(checkpoints.c.id))).scalar_one())


def read_control(conn: Connection, *, geonameid: int | None = None) -> list[Any]:
    """The stored control changes (`ControlChange`), in date order; of one place when asked."""
    from frontwatch.derive.control import change_of

    stmt = select(control).order_by(control.c.id)
    if geonameid is not None:
        stmt = stmt.where(control.c.geonameid == geonameid)
    return [change_of(r) for r in conn.execute(stmt)]
