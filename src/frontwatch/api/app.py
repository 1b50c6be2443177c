"""The FastAPI application: read-only queries over a store, token-guarded ingest, the map page.

Design choices (the *why*):
- Filters and paging run in SQL (see `queries`), so the API stays fast on large stores;
  /events.geojson streams its FeatureCollection so 100,000 points never sit in memory.
- Every bad parameter is answered with a 4xx and one readable line in `detail`,
  including parameters the endpoint does not know (a typo in a filter name would
  otherwise silently return everything).
- Ingest over HTTP is off unless a token is configured: a map server reachable by
  others must not let anyone write to the database.
- FastAPI's own /docs page loads Swagger UI from a CDN and starts it with an inline script,
  which the page's Content-Security-Policy refuses; /docs is our own page instead, with Swagger
  UI from the npm-built vendor files (works offline). The schema is at /openapi.json.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import TypeAdapter
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontwatch import __version__
from frontwatch.api.actor_aliases import actor_names
from frontwatch.api.alert_routes import add_alert_routes
from frontwatch.api.filters import check_types, event_filters
from frontwatch.api.report_route import add_report_route
from frontwatch.api.response_cache import MAX_CACHE_BYTES, ResponseCache
from frontwatch.api.backpressure import MAX_IN_FLIGHT, MAX_QUEUED_INGESTS, RETRY_AFTER_SECONDS, ConcurrencyLimit, Queue
from frontwatch.api.derived import ControlPictures
from frontwatch.api.hardening import HostAllowList, SecurityHeaders
from frontwatch.api.place_aliases import PlaceAlias, PlaceAliases
from frontwatch.api.ingest import bearer, ingest_articles, token_matches
from frontwatch.api.post_body import (
    MAX_ARTICLE_CHARS, MAX_POST_ARTICLES, MAX_POST_BYTES, parse_articles, read_capped_body,
)
from frontwatch.api.schemas import (
    ArticleDetail, ArticleIn, ArticleSummary, ControlPicture, ErrorOut, EventOut, FeedOut, IngestResult, Page, PlaceOut,
    StoryDetail, StoryOut,
)
from frontwatch.api.streaming import closing_stream
from frontwatch.control.timeline import STALE_DAYS
from frontwatch.derive.read import pending_count, stories_select, story_conditions, story_dict, story_refs
from frontwatch.store import queries as q

STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"
DEFAULT_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILES_ATTRIBUTION = "© OpenStreetMap contributors"
MAX_GEOJSON_FEATURES = 2_000_000
GEOJSON_PAGE = 5_000  # points per /events.geojson response unless `limit` says otherwise; `offset` pages

Limit = Annotated[int, Query(ge=1, le=1000, description="page size (1-1000)")]
Offset = Annotated[int, Query(ge=0, le=100_000_000, description="items to skip")]
DateFrom = Annotated[date | None, Query(description="first day (YYYY-MM-DD), inclusive")]
DateTo = Annotated[date | None, Query(description="last day (YYYY-MM-DD), inclusive")]
Types = Annotated[list[str], Query(alias="type", description="internal type, ACLED (sub-)type or PLOVER; repeatable")]
Modalities = Annotated[list[str], Query(alias="modality", description="asserted|claimed|denied|planned|background; "
                                                                     "repeatable; default all but background")]
Bbox = Annotated[str | None, Query(description="west,south,east,north in degrees")]
MinCorroboration = Annotated[int, Query(ge=1, le=10_000, description="events whose story has this many outlets")]
Place = Annotated[str | None, Query(max_length=200, description="GeoNames id or part of a place name")]
Actor = Annotated[str | None, Query(max_length=200, description="part of an actor's name or text")]
Language = Annotated[str | None, Query(max_length=20, description="ISO 639-1 code of the articles (ar, ru, en…)")]
Country = Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code")]

# POST /articles reads its body itself (after the token check), so its schema is declared here;
# the models it refers to are added to the OpenAPI components in `create_app`.
ARTICLES_BODY_SCHEMA = TypeAdapter(ArticleIn | list[ArticleIn]).json_schema(ref_template="#/components/schemas/{model}")
ARTICLES_BODY_DEFS = ARTICLES_BODY_SCHEMA.pop("$defs", {})
ERRORS = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


def _one_line_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ())]
        where = loc[0] if loc else "request"
        name = ".".join(loc[1:]) or where
        label = f"{where} parameter '{name}'" if where in ("query", "path", "header") else f"{where} '{name}'"
        msg = err.get("msg", "invalid")
        got = err.get("input")
        if where in ("query", "path") and isinstance(got, (str, int, float)):
            msg = f"{msg} (got {str(got)[:60]!r})"
        parts.append(f"{label}: {msg}")
    return "; ".join(parts)[:500]


def no_unknown_query_params(request: Request) -> None:
    """Reject query parameters the endpoint does not declare (typos would otherwise be ignored)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        known |= {p.alias for p in sub.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        hint = f"; known: {', '.join(sorted(known))}" if known else ""
        raise HTTPException(422, f"unknown query parameter {unknown[0]!r}{hint}")


def map_files_built() -> bool:
    """Whether scripts/build-web has put the map library in static/vendor (the page needs it)."""
    return (STATIC_DIR / "vendor" / "maplibre-gl.mjs").is_file()


def create_app(db: str | Path, *, token: str | None = None, tiles_url: str | None = DEFAULT_TILES_URL,
               gazetteer: Path | None = None, allowed_hosts: Iterable[str] = (),
               max_body_bytes: int = MAX_POST_BYTES, max_in_flight: int = MAX_IN_FLIGHT,
               max_queued_ingests: int = MAX_QUEUED_INGESTS, control_stale_days: int | None = STALE_DAYS,
               cache_bytes: int = MAX_CACHE_BYTES, pool_share: int = 1) -> FastAPI:
    """Build the app over one store. `token` enables POST /articles; `tiles_url` feeds the opt-in online layer.

    `allowed_hosts`: Host-header names answered besides the loopback names (see `hardening`);
    `max_body_bytes`: the largest POST /articles body read (413 beyond); `max_in_flight`: requests
    served at once (503 + Retry-After beyond, see `backpressure`); `max_queued_ingests`: POST /articles
    requests admitted at once (they run one at a time; 503 beyond); `control_stale_days`: a held or
    contested claim no report reaffirmed for this many days shows as 'unknown' (None or 0: never);
    `cache_bytes`: memory for cached read responses (see `response_cache`; 0: no cache);
    `pool_share`: how many server processes share the database (each takes that share of the pool).
    """
    from frontwatch.store import Store
    from frontwatch.store.data_version import DataVersion

    store = Store(db, pool_share=pool_share)  # migrates to head, so a fresh path serves an empty store
    probe = DataVersion(store.engine)
    engine = store.engine
    dialect = engine.dialect.name
    pictures = ControlPictures(engine, stale_days=control_stale_days)
    place_aliases = PlaceAliases(gazetteer)
    ingest_queue = Queue(max_queued_ingests, "ingest requests")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        probe.close()
        store.close()

    app = FastAPI(title="frontwatch", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Geocoded, source-attributed conflict events with their evidence sentences.",
                  dependencies=[Depends(no_unknown_query_params)])
    app.state.store = store
    app.state.control = pictures
    # Level 6, not Starlette's default 9: for the 40 MB of a 100,000-point map that is 0.5 s of CPU
    # instead of 2.3 s per request, for a reply 14% larger (2.4 MB instead of 2.1 MB).
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(ConcurrencyLimit, limit=max_in_flight)
    if cache_bytes > 0:  # outside the limit: a cached answer takes no request slot and no connection
        app.add_middleware(ResponseCache, probe=probe, max_bytes=cache_bytes)
    app.add_middleware(HostAllowList, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders, tiles_url=tiles_url)  # outermost: a refused Host gets the headers too

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _one_line_validation(exc)}, status_code=422)

    @app.exception_handler(q.BadParameter)
    async def _bad_param(_: Request, exc: q.BadParameter) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(PoolTimeout)
    async def _pool_timeout(_: Request, exc: PoolTimeout) -> JSONResponse:
        return JSONResponse({"detail": "server busy: no database connection free; retry shortly"}, status_code=503,
                            headers={"Retry-After": str(RETRY_AFTER_SECONDS)})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    def filters(types: list[str], actor: str | None, place: str | None, country: str | None, bbox: str | None,
                date_from: date | None, date_to: date | None, modality: list[str], min_corroboration: int,
                article_id: str | None = None, language: str | None = None) -> q.EventFilters:
        f = event_filters(types=types, actor=actor, place=place, country=country, bbox=bbox, date_from=date_from,
                          date_to=date_to, modalities=modality, article_id=article_id, engine=engine,
                          language=language)
        alias = place_aliases.lookup(f.place) if f.place else PlaceAlias()
        return replace(f, min_corroboration=min_corroboration, place_ids=alias.ids, place_names=alias.names,
                       actor_names=actor_names(f.actor) if f.actor else frozenset())

    def with_story(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        with engine.connect() as conn:
            refs = story_refs(conn, [r["id"] for r in records])
        for r in records:
            r["story"] = refs.get(r["id"])
        return records

    def page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
        nxt = offset + limit if offset + limit < total else None
        return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}

    # -- the page ------------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        if not (STATIC_DIR / "vendor" / "swagger-ui-bundle.js").is_file():
            raise HTTPException(503, "the API docs page needs its vendor files: run scripts/build-web "
                                     "(the schema itself is at /openapi.json)")
        return FileResponse(STATIC_DIR / "docs.html", media_type="text/html")

    @app.get("/config.json", include_in_schema=False)
    def config() -> dict[str, Any]:
        return {
            "version": __version__,
            "tiles_url": tiles_url, "tiles_attribution": DEFAULT_TILES_ATTRIBUTION if tiles_url else None,
            "ingest_enabled": bool(token),
            "vendor_built": map_files_built(),
        }

    # -- articles --------------------------------------------------------------------------------------

    @app.get("/articles", response_model=Page[ArticleSummary], responses=ERRORS, tags=["articles"])
    def list_articles(outlet: Annotated[str | None, Query(max_length=200)] = None,
                      q_: Annotated[str | None, Query(alias="q", max_length=200,
                                                      description="words in the title or text")] = None,
                      date_from: DateFrom = None, date_to: DateTo = None,
                      limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Stored articles, newest first, with how many events each produced."""
        q.check_date_range(date_from, date_to)
        stmt, count = q.articles_select(outlet=outlet, q=q_, date_from=date_from, date_to=date_to)
        with engine.connect() as conn:
            total = conn.execute(count).scalar_one()
            rows = conn.execute(stmt.limit(limit).offset(offset)).all()
        return page(total, limit, offset, [dict(r._mapping) for r in rows])

    @app.get("/articles/{article_id}", response_model=ArticleDetail, responses=ERRORS, tags=["articles"])
    def get_article(article_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One article: text, every source it was seen at, and its events with evidence."""
        with engine.connect() as conn:
            row = q.article_row(conn, article_id)
            if row is None:
                raise HTTPException(404, f"no article {article_id!r}")
            srcs = q.article_sources(conn, article_id)
            stmt = q.events_select(q.EventFilters(article_id=article_id, modalities=tuple(q.MODALITIES)), dialect)
            records = [q.event_record(r) for r in conn.execute(stmt)]
        return {**dict(row._mapping), "sources": srcs, "event_items": with_story(records)}

    @app.post("/articles", response_model=IngestResult, tags=["articles"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": ARTICLES_BODY_SCHEMA}}}},
              responses={400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut},
                         413: {"model": ErrorOut}, 422: {"model": ErrorOut}, 500: {"model": ErrorOut}})
    async def post_articles(request: Request) -> dict[str, Any]:
        """Ingest one article or a list (needs `Authorization: Bearer <token>`); same path as `frontwatch ingest`.

        The token is checked before the body is read; the body is capped in bytes, articles
        and characters per article (413 names the limit), see `post_body`.
        """
        if not token:
            raise HTTPException(403, "ingest over HTTP is disabled: start the server with --token "
                                     "or set FRONTWATCH_API_TOKEN")
        if not token_matches(token, bearer(request.headers.get("authorization"))):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})
        with ingest_queue.place():  # ingests run one at a time: a long queue would hold every request slot
            body = await read_capped_body(request, max_body_bytes)
            items = await run_in_threadpool(parse_articles, body, max_articles=MAX_POST_ARTICLES,
                                            max_chars=MAX_ARTICLE_CHARS)
            try:
                return await run_in_threadpool(ingest_articles, items, store.url, gazetteer=gazetteer)
            except Exception as exc:  # a broken pipeline or store: say what, in one line, not a bare 500 page
                raise HTTPException(500, f"ingest failed: {type(exc).__name__}: "
                                         f"{str(exc).splitlines()[0] if str(exc) else ''}") from exc

    # -- events ----------------------------------------------------------------------------------------

    @app.get("/events", response_model=Page[EventOut], responses=ERRORS, tags=["events"])
    def list_events(types: Types = [], actor: Actor = None, place: Place = None, country: Country = None,
                    bbox: Bbox = None, date_from: DateFrom = None, date_to: DateTo = None,
                    min_corroboration: MinCorroboration = 1, modality: Modalities = [],
                    article_id: Annotated[str | None, Query(max_length=200)] = None, language: Language = None,
                    limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Events with their evidence, newest first (undated events count from their article's date)."""
        f = filters(types, actor, place, country, bbox, date_from, date_to, modality, min_corroboration, article_id,
                    language)
        with engine.connect() as conn:
            total = conn.execute(q.events_count(f, dialect)).scalar_one()
            rows = conn.execute(q.events_select(f, dialect).limit(limit).offset(offset)).all()
        return page(total, limit, offset, with_story([q.event_record(r) for r in rows]))

    @app.get("/events.geojson", tags=["events"], response_class=StreamingResponse,
             responses={200: {"content": {"application/geo+json": {}}, "description": "RFC 7946 FeatureCollection"},
                        422: {"model": ErrorOut}})
    def events_geojson(types: Types = [], actor: Actor = None, place: Place = None, country: Country = None,
                       bbox: Bbox = None, date_from: DateFrom = None, date_to: DateTo = None,
                       min_corroboration: MinCorroboration = 1, modality: Modalities = [], language: Language = None,
                       limit: Annotated[int, Query(ge=1, le=MAX_GEOJSON_FEATURES, description=(
                           f"points per response (default {GEOJSON_PAGE}); the body's `next_offset` "
                           "is the offset of the next page, null on the last"))] = GEOJSON_PAGE,
                       offset: Offset = 0) -> StreamingResponse:
        """Located events as map points (streamed); click-through detail is at /events/{id}.

        At most `limit` points (default 5,000) per response, oldest first; the collection's
        `next_offset` member is the `offset` of the next page (null on the last page).

        `story`/`corroboration` of each point come from the stored stories; while an ingest's
        stories stage has not yet run, its events have `story` null and the header
        X-Frontwatch-Stories says 'pending' (else 'ready').
        """
        f = filters(types, actor, place, country, bbox, date_from, date_to, modality, min_corroboration,
                    language=language)
        stmt = q.features_select(f, dialect)
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
        body, clean_up = closing_stream(_feature_collection(conn, first, rows, limit=limit, offset=offset),
                                        conn.close)
        return StreamingResponse(body, media_type="application/geo+json", background=clean_up,
                                 headers={"X-Frontwatch-Stories": "ready" if fresh else "pending"})

    @app.get("/events/{event_id}", response_model=EventOut, responses=ERRORS, tags=["events"])
    def get_event(event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One event: evidence sentence, who said it, the outlet and link, confidence, its story."""
        with engine.connect() as conn:
            records = q.event_records_by_id(conn, [event_id], dialect)
        if not records:
            raise HTTPException(404, f"no event {event_id!r}")
        return with_story(records)[0]

    # -- stories, control, places ----------------------------------------------------------------------

    @app.get("/stories", response_model=Page[StoryOut], responses=ERRORS, tags=["stories"])
    def list_stories(types: Types = [], place: Place = None, bbox: Bbox = None, date_from: DateFrom = None,
                     date_to: DateTo = None, min_corroboration: MinCorroboration = 1,
                     limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Happenings reported across articles, most corroborated first."""
        q.check_date_range(date_from, date_to)
        place = q.check_place(place)
        alias = place_aliases.lookup(place) if place else PlaceAlias()
        cond = story_conditions(types=check_types(types, engine), place=place,
                                bbox=q.parse_bbox(bbox) if bbox else None, date_from=date_from, date_to=date_to,
                                min_corroboration=min_corroboration, place_ids=alias.ids, place_names=alias.names)
        stmt, count = stories_select(cond)
        with engine.connect() as conn:
            total = conn.execute(count).scalar_one()
            rows = conn.execute(stmt.limit(limit).offset(offset)).all()
        return page(total, limit, offset, [story_dict(r) for r in rows])

    @app.get("/stories/{story_id}", response_model=StoryDetail, responses=ERRORS, tags=["stories"])
    def get_story(story_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One story with the evidence of every report in it."""
        with engine.connect() as conn:
            row = conn.execute(stories_select([q.stories.c.id == story_id])[0]).first()
            if row is None:
                raise HTTPException(404, f"no story {story_id!r}")
            story = story_dict(row)
            records = q.event_records_by_id(conn, story["event_ids"], dialect)
        return {**story, "events": with_story(records)}

    @app.get("/control", response_model=ControlPicture, responses=ERRORS, tags=["control"])
    def get_control(date_: Annotated[date | None, Query(alias="date", description="YYYY-MM-DD; default today")]
                    = None) -> dict[str, Any]:
        """Who holds, contests or fronts which place at a date, with the events that say so."""
        day = date_ or datetime.now(timezone.utc).date()
        return {"date": day, "source": "stored", "items": pictures.picture(day)}

    @app.get("/feeds", response_model=list[FeedOut], tags=["feeds"])
    def list_feeds() -> list[dict[str, Any]]:
        """Health of every feed `frontwatch watch` polls into this store (validators are not shown)."""
        from frontwatch.watch.state import load_states

        return [{k: v for k, v in vars(s).items() if k not in ("etag", "last_modified")}
                for s in load_states(store).values()]

    @app.get("/places/{geonameid}", response_model=PlaceOut, responses=ERRORS, tags=["places"])
    def get_place(geonameid: Annotated[int, PathParam(ge=1, le=2**31 - 1)]) -> dict[str, Any]:
        """A gazetteer place with its event count, date span, control history and latest events."""
        with engine.connect() as conn:
            row = q.place_row(conn, geonameid)
            if row is None:
                raise HTTPException(404, f"no place {geonameid} in this store")
            n, first, last = q.place_event_stats(conn, geonameid)
            recent = [q.event_record(r) for r in conn.execute(
                q.events_select(q.EventFilters(place=str(geonameid)), dialect).limit(20))]
        history = pictures.history(geonameid)
        return {**dict(row._mapping), "events": n, "first_date": first, "last_date": last, "control": history,
                "recent_events": with_story(recent)}

    add_alert_routes(app, store, token=token, gazetteer=gazetteer)  # /watches (token) and /alerts
    add_report_route(app, store, gazetteer=gazetteer)  # /report (HTML)

    plain_openapi = app.openapi

    def openapi_with_body_models() -> dict[str, Any]:
        schema = plain_openapi()
        schema.setdefault("components", {}).setdefault("schemas", {}).update(ARTICLES_BODY_DEFS)
        schema["components"]["schemas"].update(getattr(app.state, "extra_schemas", {}))
        return schema

    app.openapi = openapi_with_body_models  # type: ignore[method-assign]

    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


_FEATURES_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one encoder, not one per point


def _feature_collection(conn: Any, first: Any, rows: Iterator[Any], *, limit: int, offset: int = 0,
                        chunk: int = 1000) -> Iterator[str]:
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
        buf: list[dict[str, Any]] = [q.feature(first)]
        started = False
        sent = 1
        more = False
        for row in rows:
            if sent == limit:  # the query asked for one row more than the page: another page follows
                more = True
                break
            buf.append(q.feature(row))
            sent += 1
            if len(buf) >= chunk:
                yield ("," if started else "") + _FEATURES_JSON.encode(buf)[1:-1]
                started, buf = True, []
        if buf:
            yield ("," if started else "") + _FEATURES_JSON.encode(buf)[1:-1]
        yield f'],"next_offset":{offset + sent if more else "null"}}}'
    finally:
        conn.close()
