"""Query parameters, error responses and the page envelope shared by the API's list endpoints.

Declared once so /events, /events.geojson, /stories and /articles document and check a
parameter the same way (same bounds, same description in OpenAPI).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import Query

from frontwatch.api.schemas import ErrorOut

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

ERRORS = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


def page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    """The `Page` envelope: `next_offset` is null on the last page."""
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}
