"""POST /articles: token-guarded ingest over HTTP, through the same pipeline as `frontwatch ingest`.

Ingest over HTTP is off unless a token is configured: a map server reachable by others must
not let anyone write to the database. The endpoint reads its body itself (after the token
check), so its request schema is declared here and its models are added to the OpenAPI
components by `create_app` (`ARTICLES_BODY_DEFS`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from frontwatch.api.deps import IngestQueueDep, SettingsDep, StoreDep
from frontwatch.api.ingest import ingest_articles, require_token
from frontwatch.api.post_body import MAX_ARTICLE_CHARS, MAX_POST_ARTICLES, parse_articles, read_capped_body
from frontwatch.api.schemas import ArticleIn, ErrorOut, IngestResult

ARTICLES_BODY_SCHEMA = TypeAdapter(ArticleIn | list[ArticleIn]).json_schema(ref_template="#/components/schemas/{model}")
ARTICLES_BODY_DEFS = ARTICLES_BODY_SCHEMA.pop("$defs", {})

router = APIRouter(tags=["articles"])


@router.post("/articles", response_model=IngestResult,
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                 "schema": ARTICLES_BODY_SCHEMA}}}},
             responses={400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut},
                        413: {"model": ErrorOut}, 422: {"model": ErrorOut}, 500: {"model": ErrorOut}})
async def post_articles(request: Request, store: StoreDep, settings: SettingsDep,
                        ingest_queue: IngestQueueDep) -> dict[str, Any]:
    """Ingest one article or a list (needs `Authorization: Bearer <token>`); same path as `frontwatch ingest`.

    The token is checked before the body is read; the body is capped in bytes, articles
    and characters per article (413 names the limit), see `post_body`.
    """
    require_token(settings.token, request.headers.get("authorization"), what="ingest over HTTP is")
    with ingest_queue.place():  # ingests run one at a time: a long queue would hold every request slot
        body = await read_capped_body(request, settings.max_body_bytes)
        items = await run_in_threadpool(parse_articles, body, max_articles=MAX_POST_ARTICLES,
                                        max_chars=MAX_ARTICLE_CHARS)
        try:
            return await run_in_threadpool(ingest_articles, items, store.url, gazetteer=settings.gazetteer)
        except Exception as exc:  # a broken pipeline or store: say what, in one line, not a bare 500 page
            raise HTTPException(500, f"ingest failed: {type(exc).__name__}: "
                                     f"{str(exc).splitlines()[0] if str(exc) else ''}") from exc
