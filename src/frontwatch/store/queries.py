"""The store's read layer: event filters as SQLAlchemy Core conditions, rows back to public records.

The API, and any export or report that filters events as the API does, read through here, beside
the repository (`store.repository`) that writes.

Filtering and paging happen in the database (indexed columns on `events`), so a page
of 100 out of a million events never loads the million. Rows are turned back into the
public event record (`schema.EventOut`) by the store's schema-derived reader, so the API
serves exactly what `frontwatch extract` and the exports write.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Text,
    and_,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
)

from frontwatch.model import MODALITIES
from frontwatch.store.rows import (
    ARTICLE_REF_FIELDS,
    EVENT_COLUMNS,
    check_event_table,
    event_reader,
)
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
    min_corroboration: int = 1  # events whose stored story has at least this many outlets
    language: str | None = None  # ISO 639-1 of the events' articles
    actor_names: frozenset[str] = frozenset()  # every alias of the group `actor` names (api/actor_aliases.py)


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
        columns = (events.c.actor1_name, events.c.actor1_text, events.c.actor2_name, events.c.actor2_text)
        names = sorted(f.actor_names)
        cond.append(or_(*(c.icontains(f.actor, autoescape=True) for c in columns),
                        *((func.lower(c).in_(names) for c in columns) if names else ())))
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
    if f.language:
        cond.append(func.lower(articles.c.language) == f.language.lower())
    if f.event_ids is not None:
        cond.append(in_ids(events.c.id, f.event_ids, dialect))
    if f.min_corroboration > 1:
        cond.append(events.c.story_id.in_(select(stories.c.id).where(stories.c.corroboration >= f.min_corroboration)))
    return cond


def _event_from() -> Any:
    return events.join(articles, articles.c.id == events.c.article_id)


check_event_table(events.c.keys())

# The article of each event (`schema.ArticleRef`), labelled article_<field> as the readers expect.
ARTICLE_COLUMNS = tuple(articles.c[f].label(f"article_{f}") for f in ARTICLE_REF_FIELDS)
# Rows of `select(events, *ARTICLE_COLUMNS, ...)`: the events table's columns, then the article's.
_EVENT_READER = event_reader([c.name for c in events.c] + [c.name for c in ARTICLE_COLUMNS])


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
                   events.c.fatalities, effective_date.label("effective_date"), articles.c.outlet,
                   stories.c.corroboration)
            .select_from(_event_from().outerjoin(stories, stories.c.id == events.c.story_id))
            .where(*event_conditions(f, dialect))
            .order_by(effective_date, events.c.id))


def event_record(row: Any) -> dict[str, Any]:
    """An events row (+ article columns) → the public record (`schema.EventOut` without `story`).

    The reader is the store's (`store.rows.event_reader`), derived from the schema, so the API,
    the exports and `extract` serve one record shape by construction.
    """
    return _EVENT_READER(row)


def category(acled_event_type: str | None) -> str:
    """The map's colour class: the ACLED event type, 'Other' for events ACLED does not code."""
    return acled_event_type if acled_event_type in ACLED_CATEGORIES else "Other"


def feature(row: Any) -> dict[str, Any]:
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
        "story": m["story_id"], "corroboration": int(m["corroboration"] or 1),
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


# What stories and the control timeline read: the record but for the columns below, which neither
# reads (reading 100,000 rows, every column costs), with `reported_by` as raw text (a JSON array
# decoded only when not empty: most are, and decoding 100,000 of them takes time).
DERIVED_SKIPS = frozenset({"actor1_kind", "actor1_country", "actor2_kind", "actor2_country", "admin2"})
DERIVED_COLUMNS = (
    *(type_coerce(events.c[c], Text).label(c) if c == "reported_by" else events.c[c]
      for c in EVENT_COLUMNS if c not in DERIVED_SKIPS),
    *ARTICLE_COLUMNS,
)


def json_list(value: Any) -> list[str]:
    """reported_by as read raw: a JSON text on SQLite (decoded only when not empty), a list from psycopg."""
    if value is None or value == "[]":
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]



def event_records_by_id(conn: Connection, ids: Sequence[str], dialect: str = "sqlite") -> list[dict[str, Any]]:
    if not ids:
        return []
    stmt = (select(events, *ARTICLE_COLUMNS).select_from(_event_from())
            .where(in_ids(events.c.id, ids, dialect)))
    by_id = {r._mapping["id"]: event_record(r) for r in conn.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]


__all__ = [
    "ACLED_CATEGORIES",
    "ARTICLE_COLUMNS",
    "DERIVED_COLUMNS",
    "DERIVED_SKIPS",
    "MAX_PLACE_ID",
    "MODALITIES",
    "BadParameter",
    "EventFilters",
    "article_row",
    "article_sources",
    "articles",
    "articles_select",
    "category",
    "check_date_range",
    "check_modalities",
    "check_place",
    "control",
    "effective_date",
    "event_conditions",
    "event_record",
    "event_records_by_id",
    "events",
    "events_count",
    "events_select",
    "feature",
    "features_select",
    "in_ids",
    "json_list",
    "parse_bbox",
    "place_event_stats",
    "place_row",
    "places",
    "sources",
    "stories",
    "stream_rows",
]
