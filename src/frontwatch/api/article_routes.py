"""GET /articles and /articles/{id}: stored articles, and one with its sources and events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path as PathParam, Query

from frontwatch.api.deps import EngineDep
from frontwatch.api.event_reads import with_story
from frontwatch.api.params import ERRORS, DateFrom, DateTo, Limit, Offset, page
from frontwatch.api.schemas import ArticleDetail, ArticleSummary, Page
from frontwatch.store import queries as q

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=Page[ArticleSummary], responses=ERRORS)
def list_articles(engine: EngineDep, outlet: Annotated[str | None, Query(max_length=200)] = None,
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


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=ERRORS)
def get_article(engine: EngineDep, article_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
    """One article: text, every source it was seen at, and its events with evidence."""
    with engine.connect() as conn:
        row = q.article_row(conn, article_id)
        if row is None:
            raise HTTPException(404, f"no article {article_id!r}")
        srcs = q.article_sources(conn, article_id)
        stmt = q.events_select(q.EventFilters(article_id=article_id, modalities=tuple(q.MODALITIES)),
                               engine.dialect.name)
        records = [q.event_record(r) for r in conn.execute(stmt)]
    return {**dict(row._mapping), "sources": srcs, "event_items": with_story(engine, records)}
