"""GET /events, /events.geojson and /events/{id}: events with their evidence, and map points.

Filters and paging run in SQL (`store.queries`), so the API stays fast on large stores;
/events.geojson streams its FeatureCollection so 100,000 points never sit in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path as PathParam, Query
from fastapi.responses import StreamingResponse

from frontwatch.api.deps import EngineDep, PlaceAliasesDep
from frontwatch.api.event_reads import request_filters, with_story
from frontwatch.api.params import (
    ERRORS, Actor, Bbox, Country, DateFrom, DateTo, Language, Limit, MinCorroboration, Modalities, Offset, Place,
    Types, page,
)
from frontwatch.api.schemas import ErrorOut, EventOut, Page
from frontwatch.api.streaming import closing_stream
from frontwatch.derive.read import pending_count
from frontwatch.store import queries as q
from frontwatch.store.map_points import map_point, map_points_select

MAX_GEOJSON_FEATURES = 2_000_000
GEOJSON_PAGE = 5_000  # points per /events.geojson response unless `limit` says otherwise; `offset` pages

router = APIRouter(tags=["events"])


@router.get("/events", response_model=Page[EventOut], responses=ERRORS)
def list_events(engine: EngineDep, place_aliases: PlaceAliasesDep, types: Types = [], actor: Actor = None,
                place: Place = None, country: Country = None, bbox: Bbox = None, date_from: DateFrom = None,
                date_to: DateTo = None, min_corroboration: MinCorroboration = 1, modality: Modalities = [],
                article_id: Annotated[str | None, Query(max_length=200)] = None, language: Language = None,
                limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Events with their evidence, newest first (undated events count from their article's date)."""
    f = request_filters(engine, place_aliases, types, actor, place, country, bbox, date_from, date_to, modality,
                        min_corroboration, article_id, language)
    dialect = engine.dialect.name
    with engine.connect() as conn:
        total = conn.execute(q.events_count(f, dialect)).scalar_one()
        rows = conn.execute(q.events_select(f, dialect).limit(limit).offset(offset)).all()
    return page(total, limit, offset, with_story(engine, [q.event_record(r) for r in rows]))


@router.get("/events.geojson", response_class=StreamingResponse,
            responses={200: {"content": {"application/geo+json": {}}, "description": "RFC 7946 FeatureCollection"},
                       422: {"model": ErrorOut}})
def events_geojson(engine: EngineDep, place_aliases: PlaceAliasesDep, types: Types = [], actor: Actor = None,
                   place: Place = None, country: Country = None, bbox: Bbox = None, date_from: DateFrom = None,
                   date_to: DateTo = None, min_corroboration: MinCorroboration = 1, modality: Modalities = [],
                   language: Language = None,
                   limit: Annotated[int, Query(ge=1, le=MAX_GEOJSON_FEATURES, description=(
                       f"points per response (default {GEOJSON_PAGE}); the body's `next_offset` "
                       "is the offset of the next page, null on the last"))] = GEOJSON_PAGE,
                   offset: Offset = 0,
                   view: Annotated[Literal["full", "map"], Query(description=(
                       "full (default): every point member; map: the map page's lean points (id, category, "
                       "date, modality, precision, place, sub_event_type or event_type, fatalities, and "
                       "country when the geometry is null; absent members mean null/0), same rows and paging"))
                   ] = "full") -> StreamingResponse:
    """Located events as map points (streamed); click-through detail is at /events/{id}.

    At most `limit` points (default 5,000) per response, oldest first; the collection's
    `next_offset` member is the `offset` of the next page (null on the last page).

    `story`/`corroboration` of each point come from the stored stories; while an ingest's
    stories stage has not yet run, its events have `story` null and the header
    X-Frontwatch-Stories says 'pending' (else 'ready').
    """
    f = request_filters(engine, place_aliases, types, actor, place, country, bbox, date_from, date_to, modality,
                        min_corroboration, language=language)
    lean = view == "map"
    stmt = (map_points_select if lean else q.features_select)(f, engine.dialect.name)
    stmt = stmt.limit(limit + 1).offset(offset)  # one more row says whether another page follows
    # The connection is taken and the query run before the 200 goes out: a busy pool or a failing
    # query is then a clean 503/500, never a FeatureCollection cut short after its first bytes.
    conn = engine.connect()
    try:
        fresh = pending_count(conn) == 0
        rows = q.stream_rows(conn, stmt)
        first = next(rows, None)
    except BaseException:
        conn.close()
        raise
    body, clean_up = closing_stream(_feature_collection(conn, first, rows, limit=limit, offset=offset,
                                                          to_feature=map_point if lean else q.feature), conn.close)
    return StreamingResponse(body, media_type="application/geo+json", background=clean_up,
                             headers={"X-Frontwatch-Stories": "ready" if fresh else "pending"})


@router.get("/events/{event_id}", response_model=EventOut, responses=ERRORS)
def get_event(engine: EngineDep, event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
    """One event: evidence sentence, who said it, the outlet and link, confidence, its story."""
    with engine.connect() as conn:
        records = q.event_records_by_id(conn, [event_id], engine.dialect.name)
    if not records:
        raise HTTPException(404, f"no event {event_id!r}")
    return with_story(engine, records)[0]


_FEATURES_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one encoder, not one per point


def _feature_collection(conn: Any, first: Any, rows: Iterator[Any], *, limit: int, offset: int = 0,
                        chunk: int = 1000, to_feature: Callable[[Any], dict[str, Any]] = q.feature) -> Iterator[str]:
    """Stream an RFC 7946 FeatureCollection in chunks of features from an executed query (`first`
    is its first row or None); closes `conn` at the end, on error and when the client goes away.

    An error after the first bytes propagates, so the server aborts the chunked body (the client
    sees an incomplete message, never a short but well-formed collection).
    """
    try:
        yield '{"type":"FeatureCollection","features":['
        if first is None:
            yield '],"next_offset":null}'
            return
        buf: list[dict[str, Any]] = [to_feature(first)]
        started = False
        sent = 1
        more = False
        for row in rows:
            if sent == limit:  # the query asked for one row more than the page: another page follows
                more = True
                break
            buf.append(to_feature(row))
            sent += 1
            if len(buf) >= chunk:
                yield ("," if started else "") + _FEATURES_JSON.encode(buf)[1:-1]
                started, buf = True, []
        if buf:
            yield ("," if started else "") + _FEATURES_JSON.encode(buf)[1:-1]
        yield f'],"next_offset":{offset + sent if more else "null"}}}'
    finally:
        conn.close()
