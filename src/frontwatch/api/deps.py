"""What the API's routers share, handed to them through `app.state` and FastAPI `Depends`.

Why not closure variables: the routers live in their own modules (one resource each), so the
store, the control pictures, the place-name cache, the ingest queue and the server's settings
are set once on `app.state` by `create_app` and each endpoint asks for the ones it uses.
The getters are `async def` on purpose: FastAPI runs a plain `def` dependency on a worker
thread, which for reading one attribute would cost a thread hop per request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from sqlalchemy import Engine

from frontwatch.api.backpressure import Queue
from frontwatch.api.derived import ControlPictures
from frontwatch.api.place_aliases import PlaceAliases
from frontwatch.store import Store


@dataclass(frozen=True)
class ApiSettings:
    """The server's options the endpoints read (see `create_app` for what each means)."""

    token: str | None
    tiles_url: str | None
    gazetteer: Path | None
    max_body_bytes: int
    static_dir: Path


def set_state(app: FastAPI, *, store: Store, settings: ApiSettings, pictures: ControlPictures,
              place_aliases: PlaceAliases, ingest_queue: Queue) -> None:
    """Put what the routers depend on where their getters look for it."""
    app.state.store = store
    app.state.settings = settings
    app.state.control = pictures
    app.state.place_aliases = place_aliases
    app.state.ingest_queue = ingest_queue


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_engine(request: Request) -> Engine:
    return request.app.state.store.engine


async def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


async def get_pictures(request: Request) -> ControlPictures:
    return request.app.state.control


async def get_place_aliases(request: Request) -> PlaceAliases:
    return request.app.state.place_aliases


async def get_ingest_queue(request: Request) -> Queue:
    return request.app.state.ingest_queue


StoreDep = Annotated[Store, Depends(get_store)]
EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
PicturesDep = Annotated[ControlPictures, Depends(get_pictures)]
PlaceAliasesDep = Annotated[PlaceAliases, Depends(get_place_aliases)]
IngestQueueDep = Annotated[Queue, Depends(get_ingest_queue)]


def gazetteer_opener(settings: ApiSettings) -> Callable[[], Any]:
    """Opens the server's gazetteer when called: area and place lookups need it, most requests do not."""
    def open_gazetteer() -> Any:
        from frontwatch.geo.gazetteer import Gazetteer

        return Gazetteer.open(settings.gazetteer)

    return open_gazetteer
