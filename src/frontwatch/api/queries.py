"""SQL behind the API: filters as SQLAlchemy Core conditions, rows back to public records.

Filtering and paging happen in the database (indexed columns on `events`), so a page
of 100 out of a million events never loads the million. Rows are turned back into the
public event record (`Event.to_record()` shape plus `article`) here, so the API serves
exactly what `frontwatch extract` and the exports write.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, ColumnElement, Select, Text, and_, func, literal, or_, select, true, type_coerce

from frontwatch.model import MODALITIES
from frontwatch.store.rows import event_record as store_event_record
from frontwatch.store.schema import TABLES
from frontwatch.store.sqlfuncs import utc_day

articles = TABLES["articles"]
events = TABLES["events"]
places = TABLES["places"]
sources = TABLES["sources"]
stories = TABLES["stories"]
control = TABLES["control"]

# An event without a date of its own happened "by the article's publication date" (the
# convention stories and control use too), so date filters and the timeline use this.
effective_date = func.coalesce(events.c.date, utc_day(articles.c.published))

ACLED_CATEGORIES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
)


class BadParameter(ValueError):
    """A query parameter that parses but makes no sense; the message names the parameter."""


@dataclass(frozen=True)
class EventFilters:
    """Server-side event filters shared by /events, /events.geojson and /stories."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    place: str | None = None
    country: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    date_from: date | None = None
    date_to: date | None = None
    modalities: tuple[str, ...] = ()
    article_id: str | None = None
    located: bool = False
    event_ids: Collection[str] | None = field(default=None, compare=False)  # e.g. corroborated ones
    # What the `place` name stands for in the gazetteer (api/place_aliases.py): its places' ids and
    # main names, so 'Halab' finds what 'Aleppo' finds.
    place_ids: frozenset[int] = frozenset()
    place_names: frozenset[str] = frozenset()


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """'west,south,east,north' in degrees; west > east means the box crosses the antimeridian."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise BadParameter(f"bbox: expected 'west,south,east,north', got {text!r}")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise BadParameter(f"bbox: not four numbers: {text!r}") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise BadParameter(f"bbox: values must be finite: {text!r}")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise BadParameter(f"bbox: longitudes must be within -180..180: {text!r}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise BadParameter(f"bbox: latitudes must be within -90..90: {text!r}")
    if south > north:
        raise BadParameter(f"bbox: south ({south}) is north of north ({north})")
    return west, south, east, north


def check_modalities(values: Sequence[str]) -> tuple[str, ...]:
    bad = [v for v in values if v not in MODALITIES]
    if bad:
        raise BadParameter(f"modality: unknown value {bad[0]!r}; choose from {', '.join(MODALITIES)}")
    return tuple(dict.fromkeys(values))


MAX_PLACE_ID = 2**63 - 1  # the largest integer SQLite (and a PostgreSQL bigint) can bind


def check_place(place: str | None) -> str | None:
    """`place` is a GeoNames id (ASCII digits) or part of a name; refuse ids no database can compare.

    str.isdigit() also accepts '²' or Arabic-Indic digits, which int() then rejects or reads
    as another number; such input is neither a usable id nor a plausible name.
    """
    if place is None or not place.strip():
        return None
    text = place.strip()
    if text.isdigit():
        if not text.isascii():
            raise BadParameter(f"place: {text!r} mixes non-ASCII digits; give a GeoNames id in 0-9 or a name")
        if int(text) > MAX_PLACE_ID:
            raise BadParameter(f"place: GeoNames id {text[:30]} is too large (at most {MAX_PLACE_ID})")
    return text


def check_date_range(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise BadParameter(f"date_from ({date_from}) is after date_to ({date_to})")


def in_ids(column: Any, ids: Collection[str], dialect: str) -> ColumnElement[bool]:
    """`column IN ids` for any number of ids.

    SQLite caps bound parameters (32,766), and a filter such as "corroborated by 3+
    outlets" can select more events than that; on SQLite the ids therefore travel as
    one JSON array unpacked by json_each, elsewhere as an expanding IN.
    """
    if not ids:
        return literal(False)
    if dialect == "sqlite" and len(ids) > 500:
        unpacked = func.json_each(json.dumps(list(ids))).table_valued("value")
        return column.in_(select(unpacked.c.value))
    return column.in_(list(ids))


def event_conditions(f: EventFilters, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """The WHERE clause of an event query (needs `articles` joined for the date fallback)."""
    cond: list[ColumnElement[bool]] = []
    if f.types:
        wanted = [t.casefold() for t in f.types]
        cond.append(or_(*(func.lower(c).in_(wanted) for c in (
            events.c.event_type, events.c.acled_event_type, events.c.acled_sub_event_type, events.c.plover))))
    if f.actor:
        cond.append(or_(*(c.icontains(f.actor, autoescape=True) for c in (
            events.c.actor1_name, events.c.actor1_text, events.c.actor2_name, events.c.actor2_text))))
    if f.place:
        if f.place.strip().isdigit():
            cond.append(events.c.geonameid == int(f.place))
        else:
            alias: list[ColumnElement[bool]] = []
            if f.place_ids:
                alias.append(in_ids(events.c.geonameid, sorted(f.place_ids), dialect))
            if f.place_names:
                names = sorted({n.casefold() for n in f.place_names})
                alias += [func.lower(events.c.location_name).in_(names), func.lower(events.c.admin1).in_(names)]
            cond.append(or_(*(c.icontains(f.place.strip(), autoescape=True) for c in (
                events.c.location_name, events.c.location_text, events.c.admin1)), *alias))
    if f.country:
        cond.append(func.upper(events.c.country) == f.country.upper())
    if f.bbox:
        west, south, east, north = f.bbox
        lon = (events.c.lon.between(west, east) if west <= east
               else or_(events.c.lon >= west, events.c.lon <= east))
        cond.append(and_(events.c.lat.between(south, north), lon))
    elif f.located:
        cond.append(and_(events.c.lat.is_not(None), events.c.lon.is_not(None)))
    if f.date_from:
        cond.append(effective_date >= f.date_from.isoformat())
    if f.date_to:
        cond.append(effective_date <= f.date_to.isoformat())
    modalities = f.modalities or tuple(m for m in MODALITIES if m != "background")
    cond.append(events.c.modality.in_(modalities))
    if f.article_id:
        cond.append(events.c.article_id == f.article_id)
    if f.event_ids is not None:
        cond.append(in_ids(events.c.id, f.event_ids, dialect))
    return cond


def _event_from() -> Any:
    return events.join(articles, articles.c.id == events.c.article_id)


ARTICLE_COLUMNS = (
    articles.c.url.label("article_url"), articles.c.outlet.label("article_outlet"),
    articles.c.title.label("article_title"), articles.c.published.label("article_published"),
)


def events_select(f: EventFilters, dialect: str = "sqlite") -> Select:
    """Full event rows (with their article) matching the filters, newest first."""
    return (select(events, *ARTICLE_COLUMNS, effective_date.label("effective_date"))
            .select_from(_event_from())
            .where(*event_conditions(f, dialect))
            .order_by(effective_date.desc().nulls_last(), events.c.id))


def events_count(f: EventFilters, dialect: str = "sqlite") -> Select:
    return select(func.count()).select_from(_event_from()).where(*event_conditions(f, dialect))


def features_select(f: EventFilters, dialect: str = "sqlite") -> Select:
    """The few columns a map point needs; the evidence is fetched when the point is clicked."""
    f = EventFilters(**{**f.__dict__, "located": True})
    return (select(events.c.id, events.c.lat, events.c.lon, events.c.event_type, events.c.acled_event_type,
                   events.c.acled_sub_event_type, events.c.modality, events.c.confidence, events.c.location_name,
                   events.c.geo_precision, events.c.story_id, events.c.date, events.c.country,
                   events.c.fatalities, effective_date.label("effective_date"), articles.c.outlet)
            .select_from(_event_from())
            .where(*event_conditions(f, dialect))
            .order_by(effective_date, events.c.id))


def event_record(row: Any) -> dict[str, Any]:
    """An events row (+ article columns) → the public record: the store's own conversion plus `article`.

    Reusing `frontwatch.store.rows.event_record` keeps the API, the exports and `extract`
    on one record shape by construction.
    """
    m = row._mapping
    record = store_event_record(m)
    published = m.get("article_published")
    record["article"] = {
        "id": m["article_id"], "url": m.get("article_url"), "outlet": m.get("article_outlet"),
        "title": m.get("article_title"), "published": published.isoformat() if published else None,
    }
    return record


def category(acled_event_type: str | None) -> str:
    """The map's colour class: the ACLED event type, 'Other' for events ACLED does not code."""
    return acled_event_type if acled_event_type in ACLED_CATEGORIES else "Other"


def feature(row: Any, story: tuple[str, int] | None) -> dict[str, Any]:
    """A map point: RFC 7946 [lon, lat], 6 decimals, and only what colouring and filtering need.

    An event known only to its country has no point: its stored lat/lon is the country's
    centroid, where nothing happened. It gets a null geometry (RFC 7946, 3.2) and
    `country_level: true`, so the map lists it beside the map instead of piling it there.
    """
    m = row._mapping
    country_level = m["geo_precision"] == "country"
    props = {
        "id": m["id"], "category": category(m["acled_event_type"]), "event_type": m["event_type"],
        "sub_event_type": m["acled_sub_event_type"], "date": m["effective_date"],
        "date_estimated": m["date"] is None, "modality": m["modality"], "confidence": round(float(m["confidence"]), 3),
        "place": m["location_name"], "precision": m["geo_precision"], "outlet": m["outlet"],
        "story": story[0] if story else None, "corroboration": story[1] if story else 1,
        "country": m["country"], "country_level": country_level, "fatalities": int(m["fatalities"] or 0),
    }
    geometry = None if country_level else {"type": "Point", "coordinates": [round(m["lon"], 6), round(m["lat"], 6)]}
    return {"type": "Feature", "id": m["id"], "geometry": geometry, "properties": props}


def stream_rows(conn: Connection, stmt: Select, batch: int = 2000) -> Iterator[Any]:
    """Rows in batches from a server-side cursor, so a large result never sits in memory."""
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
    yield from result


# -- articles ---------------------------------------------------------------------------------------

def _event_count(article_col: Any) -> Any:
    return (select(func.count()).select_from(events)
            .where(events.c.article_id == article_col, events.c.modality != "background")
            .scalar_subquery())


def articles_select(*, outlet: str | None = None, q: str | None = None, date_from: date | None = None,
                    date_to: date | None = None) -> tuple[Select, Select]:
    """(page query, count query) for /articles, newest first."""
    cond: list[ColumnElement[bool]] = [true()]
    if outlet:
        cond.append(articles.c.outlet.icontains(outlet, autoescape=True))
    if q:
        cond.append(or_(articles.c.title.icontains(q, autoescape=True), articles.c.text.icontains(q, autoescape=True)))
    if date_from:
        cond.append(utc_day(articles.c.published) >= date_from.isoformat())
    if date_to:
        cond.append(utc_day(articles.c.published) <= date_to.isoformat())
    cols = [articles.c[k] for k in ("id", "title", "url", "outlet", "published", "published_from", "language",
                                    "ingested_at")]
    page = (select(*cols, _event_count(articles.c.id).label("events")).where(*cond)
            .order_by(articles.c.published.desc().nulls_last(), articles.c.id))
    count = select(func.count()).select_from(articles).where(*cond)
    return page, count


def article_row(conn: Connection, article_id: str) -> Any:
    cols = [articles.c[k] for k in ("id", "title", "url", "outlet", "published", "published_from", "language",
                                    "ingested_at", "text")]
    return conn.execute(select(*cols, _event_count(articles.c.id).label("events"))
                        .where(articles.c.id == article_id)).first()


def article_sources(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(sources.c.source_ref, sources.c.kind, sources.c.url, sources.c.outlet,
                               sources.c.title, sources.c.published, sources.c.first_seen)
                        .where(sources.c.article_id == article_id).order_by(sources.c.id))
    return [dict(r._mapping) for r in rows]


# -- places, stories, control -----------------------------------------------------------------------

def place_row(conn: Connection, geonameid: int) -> Any:
    return conn.execute(select(places).where(places.c.geonameid == geonameid)).first()


def place_event_stats(conn: Connection, geonameid: int) -> Any:
    stmt = (select(func.count(), func.min(effective_date), func.max(effective_date))
            .select_from(_event_from())
            .where(events.c.geonameid == geonameid, events.c.modality != "background"))
    return conn.execute(stmt).first()


def data_version(conn: Connection) -> tuple[int, int, Any]:
    """Changes whenever events or articles are added: the key for caches of derived data."""
    n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
    n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    last = conn.execute(select(func.max(articles.c.ingested_at))).scalar_one()
    return n_events, n_articles, last


def has_rows(conn: Connection, table: Any) -> bool:
    return conn.execute(select(literal(1)).select_from(table).limit(1)).first() is not None


def stored_story_rows(conn: Connection) -> Iterator[Any]:
    return iter(conn.execute(select(stories)).all())


def story_members(conn: Connection) -> dict[str, list[str]]:
    """story id → its event ids, for stories the merge stage stored."""
    out: dict[str, list[str]] = {}
    for sid, eid in conn.execute(select(events.c.story_id, events.c.id)
                                 .where(events.c.story_id.is_not(None)).order_by(events.c.id)):
        out.setdefault(sid, []).append(eid)
    return out


def stored_control_rows(conn: Connection) -> list[Any]:
    return conn.execute(select(control).order_by(control.c.since, control.c.id)).all()


# What stories and the control timeline read from an event, and nothing else: reading 100,000
# full rows (trigger, confidence, JSON decoded for every row) takes seconds that this saves.
_DERIVED_COLUMNS = (
    events.c.id, events.c.article_id, events.c.evidence_text, events.c.evidence_start, events.c.evidence_end,
    events.c.event_type, events.c.acled_event_type, events.c.acled_sub_event_type, events.c.plover,
    events.c.actor1_name, events.c.actor1_text, events.c.actor2_name, events.c.actor2_text,
    events.c.location_text, events.c.location_name, events.c.geonameid, events.c.lat, events.c.lon,
    events.c.country, events.c.admin1, events.c.geo_precision, events.c.relative, events.c.date,
    events.c.date_precision, type_coerce(events.c.reported_by, Text).label("reported_by"), events.c.modality,
    events.c.confidence, events.c.fatalities, articles.c.url, articles.c.outlet, articles.c.title, articles.c.published,
)


def _json_list(value: Any) -> list[str]:
    """reported_by as read raw: a JSON text on SQLite (decoded only when not empty), a list from psycopg."""
    if value is None or value == "[]":
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _derived_record(r: Sequence[Any]) -> dict[str, Any]:
    """One row of `_DERIVED_COLUMNS` → the public event record (+ `article`, `published` as a datetime)."""
    (eid, aid, text, start, end, etype, acled_type, acled_sub, plover, a1n, a1t, a2n, a2t, loc_text, loc_name,
     gid, lat, lon, country, admin1, precision, relative, day, day_prec, reported, modality, confidence,
     fatalities, url, outlet, title, published) = r
    loc = None
    if loc_text is not None:
        loc = {"name": loc_name, "text": loc_text, "geonameid": gid, "lat": lat, "lon": lon, "country": country,
               "admin1": admin1, "precision": precision}
        if relative:
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
    }


def derived_event_ids(conn: Connection) -> set[str]:
    """Ids of the events stories and control are computed from (all but background history)."""
    return set(conn.execute(select(events.c.id).where(events.c.modality != "background")).scalars())


def derived_event_records(conn: Connection, ids: Collection[str] | None = None,
                          dialect: str = "sqlite", chunk: int = 20_000) -> Iterator[dict[str, Any]]:
    """Event records for stories and control (all, or those with `ids`), in no particular order.

    The same record as `event_record` except that `article.published` stays a datetime (the
    merge readers accept both) and fields nothing derived reads are left out.
    """
    base = (select(*_DERIVED_COLUMNS).select_from(_event_from()).where(events.c.modality != "background"))
    if ids is None:
        for row in stream_rows(conn, base, batch=5000):
            yield _derived_record(row)
        return
    wanted = sorted(ids)
    for start in range(0, len(wanted), chunk):
        part = wanted[start:start + chunk]
        for row in conn.execute(base.where(in_ids(events.c.id, part, dialect))):
            yield _derived_record(row)


def event_records_by_id(conn: Connection, ids: Sequence[str], dialect: str = "sqlite") -> list[dict[str, Any]]:
    if not ids:
        return []
    stmt = (select(events, *ARTICLE_COLUMNS).select_from(_event_from())
            .where(in_ids(events.c.id, ids, dialect)))
    by_id = {r._mapping["id"]: event_record(r) for r in conn.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]

