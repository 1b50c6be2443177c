"""/watches (create, list, read, replace, delete; bearer token) and /alerts (read) over the store.

Watches hold webhook URLs and e-mail addresses, and a watch makes the server send
requests, so every /watches route needs the same token as POST /articles (403 while no
token is configured, 401 for a wrong one); the token is checked before a body is read.
/alerts is read-only like /events, for the map's panel: it never shows delivery targets.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path as PathParam, Query, Request, Response
from pydantic import BaseModel, Field

from frontwatch.alerts.areas import AreaError, area_from_spec
from frontwatch.alerts.listing import list_alerts
from frontwatch.alerts.watches import Watch, WatchError, add_watch, get_watch, list_watches, remove_watch, \
    replace_watch
from frontwatch.api.deps import ApiSettings, SettingsDep, StoreDep, gazetteer_opener
from frontwatch.api.ingest import require_token
from frontwatch.api.post_body import read_capped_body
from frontwatch.api.schemas import ErrorOut

MAX_WATCH_BODY = 1_000_000  # bytes: a watch with a detailed polygon fits easily
WatchId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]


class AreaIn(BaseModel):
    """Exactly one of: bbox, geojson, place (+ radius_km, country), lat/lon (+ radius_km)."""

    bbox: str | list[float] | None = Field(None, description="west,south,east,north in degrees")
    geojson: dict[str, Any] | None = Field(None, description="GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection")
    place: str | None = Field(None, description="a place name, looked up in the gazetteer")
    country: str | None = Field(None, description="ISO2 country to look the place up in")
    lat: float | None = None
    lon: float | None = None
    radius_km: float | None = Field(None, description="radius around the place or point (default 25)")


class WatchIn(BaseModel):
    name: str
    area: AreaIn | None = None
    types: list[str] = Field(default_factory=list, description="internal, ACLED (sub-)type or PLOVER names")
    actors: list[str] = Field(default_factory=list, description="parts of actor names")
    min_corroboration: int = 1
    webhooks: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)


class WatchOut(BaseModel):
    id: int
    name: str
    area: dict[str, Any] | None
    area_text: str
    types: list[str]
    actors: list[str]
    min_corroboration: int
    webhooks: list[str]
    emails: list[str]
    created_at: str


class DeliveryOut(BaseModel):
    version: int
    channel: str
    status: str
    attempts: int
    last_error: str | None
    sent_at: str | None


class AlertOut(BaseModel):
    id: int
    watch_id: int
    watch_name: str
    story_id: str
    version: int
    corroboration: int
    title: str | None
    created_at: str
    updated_at: str
    summary: dict[str, Any]
    deliveries: list[DeliveryOut]


class AlertPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[AlertOut]


AUTH_ERRORS = {401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut},
               413: {"model": ErrorOut}, 422: {"model": ErrorOut}}


router = APIRouter(tags=["alerts"])

BODY_DOC = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/WatchIn"}}}}}


def authorised(request: Request, settings: ApiSettings) -> None:
    require_token(settings.token, request.headers.get("authorization"), what="watches are")


async def watch_from(request: Request, settings: ApiSettings) -> Watch:
    body = await read_capped_body(request, MAX_WATCH_BODY)
    try:
        data = WatchIn.model_validate_json(body or b"null")
    except ValueError as exc:
        raise HTTPException(422, f"body: {' '.join(str(exc).split())[:300]}") from None
    try:
        area = area_from_spec(data.area.model_dump(exclude_none=True) if data.area else None,
                              gazetteer_opener(settings))
    except AreaError as exc:
        raise HTTPException(422, str(exc)) from None
    return Watch(name=data.name, area=area, types=data.types, actors=data.actors,
                 min_corroboration=data.min_corroboration, webhooks=data.webhooks, emails=data.emails)


@router.get("/watches", response_model=list[WatchOut], responses=AUTH_ERRORS)
def watches(request: Request, store: StoreDep, settings: SettingsDep) -> list[dict[str, Any]]:
    """Every saved watch (needs the bearer token)."""
    authorised(request, settings)
    return [w.as_dict() for w in list_watches(store)]


@router.post("/watches", status_code=201, response_model=WatchOut, responses=AUTH_ERRORS, openapi_extra=BODY_DOC)
async def create_watch(request: Request, response: Response, store: StoreDep, settings: SettingsDep) -> dict[str, Any]:
    """Save a watch; alerts come from events stored from now on (needs the bearer token)."""
    authorised(request, settings)
    try:
        saved = add_watch(store, await watch_from(request, settings))
    except WatchError as exc:
        raise HTTPException(422, str(exc)) from None
    response.headers["Location"] = f"/watches/{saved.id}"
    return saved.as_dict()


@router.get("/watches/{watch_id}", response_model=WatchOut, responses=AUTH_ERRORS)
def read_watch(request: Request, store: StoreDep, settings: SettingsDep, watch_id: WatchId) -> dict[str, Any]:
    authorised(request, settings)
    watch = get_watch(store, watch_id)
    if watch is None:
        raise HTTPException(404, f"no watch {watch_id}")
    return watch.as_dict()


@router.put("/watches/{watch_id}", response_model=WatchOut, responses=AUTH_ERRORS, openapi_extra=BODY_DOC)
async def update_watch(request: Request, store: StoreDep, settings: SettingsDep, watch_id: WatchId) -> dict[str, Any]:
    """Replace a watch's terms and targets (its alerts stay)."""
    authorised(request, settings)
    try:
        saved = replace_watch(store, watch_id, await watch_from(request, settings))
    except WatchError as exc:
        raise HTTPException(422, str(exc)) from None
    if saved is None:
        raise HTTPException(404, f"no watch {watch_id}")
    return saved.as_dict()


@router.delete("/watches/{watch_id}", status_code=204, responses=AUTH_ERRORS)
def delete_watch(request: Request, store: StoreDep, settings: SettingsDep, watch_id: WatchId) -> Response:
    """Delete a watch with its alerts."""
    authorised(request, settings)
    if not remove_watch(store, watch_id):
        raise HTTPException(404, f"no watch {watch_id}")
    return Response(status_code=204)


@router.get("/alerts", response_model=AlertPage, responses={422: {"model": ErrorOut}})
def alerts(store: StoreDep, watch_id: Annotated[int | None, Query(alias="watch", ge=1, le=2**31 - 1)] = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 50,
           offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0) -> dict[str, Any]:
    """Alerts, newest change first, with their delivery status (targets are not shown)."""
    total, items = list_alerts(store, watch_id=watch_id, limit=limit, offset=offset, with_targets=False)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _component_schemas() -> dict[str, Any]:
    """WatchIn and the models it refers to, for the OpenAPI components (the bodies are read by hand)."""
    schema = WatchIn.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = schema.pop("$defs", {})
    return {"WatchIn": schema, **defs}


WATCH_BODY_SCHEMAS = _component_schemas()


__all__ = ["WATCH_BODY_SCHEMAS", "router"]
