"""GET /places/{geonameid}: a gazetteer place with its events, date span and control history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path as PathParam

from frontwatch.api.deps import EngineDep, PicturesDep
from frontwatch.api.event_reads import with_story
from frontwatch.api.params import ERRORS
from frontwatch.api.schemas import PlaceOut
from frontwatch.store import queries as q

router = APIRouter(tags=["places"])


@router.get("/places/{geonameid}", response_model=PlaceOut, responses=ERRORS)
def get_place(engine: EngineDep, pictures: PicturesDep,
              geonameid: Annotated[int, PathParam(ge=1, le=2**31 - 1)]) -> dict[str, Any]:
    """A gazetteer place with its event count, date span, control history and latest events."""
    with engine.connect() as conn:
        row = q.place_row(conn, geonameid)
        if row is None:
            raise HTTPException(404, f"no place {geonameid} in this store")
        n, first, last = q.place_event_stats(conn, geonameid)
        recent = [q.event_record(r) for r in conn.execute(
            q.events_select(q.EventFilters(place=str(geonameid)), engine.dialect.name).limit(20))]
    history = pictures.history(geonameid)
    return {**dict(row._mapping), "events": n, "first_date": first, "last_date": last, "control": history,
            "recent_events": with_story(engine, recent)}
