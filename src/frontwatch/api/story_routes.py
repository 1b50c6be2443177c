"""GET /stories and /stories/{id}: happenings reported across articles, with their reports' evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path as PathParam

from frontwatch.api.deps import EngineDep, PlaceAliasesDep
from frontwatch.api.event_reads import with_story
from frontwatch.api.filters import check_types
from frontwatch.api.params import ERRORS, Bbox, DateFrom, DateTo, Limit, MinCorroboration, Offset, Place, Types, page
from frontwatch.api.place_aliases import PlaceAlias
from frontwatch.api.schemas import Page, StoryDetail, StoryOut
from frontwatch.derive.read import stories_select, story_conditions, story_dict
from frontwatch.store import queries as q

router = APIRouter(tags=["stories"])


@router.get("/stories", response_model=Page[StoryOut], responses=ERRORS)
def list_stories(engine: EngineDep, place_aliases: PlaceAliasesDep, types: Types = [], place: Place = None,
                 bbox: Bbox = None, date_from: DateFrom = None, date_to: DateTo = None,
                 min_corroboration: MinCorroboration = 1, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
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


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=ERRORS)
def get_story(engine: EngineDep, story_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
    """One story with the evidence of every report in it."""
    with engine.connect() as conn:
        row = conn.execute(stories_select([q.stories.c.id == story_id])[0]).first()
        if row is None:
            raise HTTPException(404, f"no story {story_id!r}")
        story = story_dict(row)
        records = q.event_records_by_id(conn, story["event_ids"], engine.dialect.name)
    return {**story, "events": with_story(engine, records)}
