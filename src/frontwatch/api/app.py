"""The FastAPI application: one store, its routers, and the middleware around them.

Design choices (the *why*):
- Each resource has its own router module (`article_routes`, `event_routes`, `story_routes`,
  `control_routes`, `place_routes`, `feed_routes`, `alert_routes`, `report_route`,
  `ingest_route`, `page_routes`); they read the store through `store.queries` and get the
  store, settings and caches through `deps` (`app.state` + `Depends`), so `create_app` only
  assembles: state, middleware, error handlers, routers, the OpenAPI body models.
- Every bad parameter is answered with a 4xx and one readable line in `detail`,
  including parameters the endpoint does not know (see `errors`).
- Ingest over HTTP is off unless a token is configured (see `ingest_route`).
- Routers are included in a fixed order: it is the order of the paths in /openapi.json.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware

from frontwatch import __version__
from frontwatch.api import (
    alert_routes, article_routes, control_routes, event_routes, feed_routes, ingest_route, page_routes, place_routes,
    report_route, story_routes,
)
from frontwatch.api.backpressure import MAX_IN_FLIGHT, MAX_QUEUED_INGESTS, ConcurrencyLimit, Queue
from frontwatch.api.deps import ApiSettings, set_state
from frontwatch.api.derived import ControlPictures
from frontwatch.api.errors import add_error_handlers, no_unknown_query_params
from frontwatch.api.hardening import HostAllowList, SecurityHeaders
from frontwatch.api.place_aliases import PlaceAliases
from frontwatch.api.post_body import MAX_POST_BYTES
from frontwatch.api.response_cache import MAX_CACHE_BYTES, ResponseCache
from frontwatch.control.timeline import STALE_DAYS

STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"
DEFAULT_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

ROUTERS = (page_routes.router, article_routes.router, ingest_route.router, event_routes.router,
           story_routes.router, control_routes.router, feed_routes.router, place_routes.router,
           alert_routes.router, report_route.router)
# Request bodies read by hand (after the token check) are declared by schema; their models go here.
BODY_SCHEMAS = {**ingest_route.ARTICLES_BODY_DEFS, **alert_routes.WATCH_BODY_SCHEMAS}


def map_files_built() -> bool:
    """Whether scripts/build-web has put the map library in static/vendor (the page needs it)."""
    return page_routes.vendor_built(STATIC_DIR)


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

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        probe.close()
        store.close()

    app = FastAPI(title="frontwatch", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Geocoded, source-attributed conflict events with their evidence sentences.",
                  dependencies=[Depends(no_unknown_query_params)])
    set_state(app, store=store, pictures=ControlPictures(store.engine, stale_days=control_stale_days),
              place_aliases=PlaceAliases(gazetteer), ingest_queue=Queue(max_queued_ingests, "ingest requests"),
              settings=ApiSettings(token=token, tiles_url=tiles_url, gazetteer=gazetteer,
                                   max_body_bytes=max_body_bytes, static_dir=STATIC_DIR))
    # Level 6, not Starlette's default 9: for the 40 MB of a 100,000-point map that is 0.5 s of CPU
    # instead of 2.3 s per request, for a reply 14% larger (2.4 MB instead of 2.1 MB).
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(ConcurrencyLimit, limit=max_in_flight)
    if cache_bytes > 0:  # outside the limit: a cached answer takes no request slot and no connection
        app.add_middleware(ResponseCache, probe=probe, max_bytes=cache_bytes)
    app.add_middleware(HostAllowList, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders, tiles_url=tiles_url)  # outermost: a refused Host gets the headers too
    add_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.openapi = _openapi_with_body_models(app)  # type: ignore[method-assign]
    page_routes.mount_static(app, STATIC_DIR)
    return app


def _openapi_with_body_models(app: FastAPI) -> Any:
    """app.openapi, with the models of the bodies the endpoints read by hand added to the components."""
    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        schema = plain_openapi()
        schema.setdefault("components", {}).setdefault("schemas", {}).update(BODY_SCHEMAS)
        return schema

    return openapi
