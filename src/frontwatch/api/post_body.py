"""Reading a POST /articles body only after the caller has shown the token, and never unbounded.

Why not a FastAPI `Body()` parameter: FastAPI reads and parses the whole body before the
handler runs, so anyone (no token needed) could make the server buffer and JSON-parse
any amount of data. Here the handler checks the token first, then the declared
Content-Length against a cap, then counts bytes while streaming (a chunked body declares
no length), and only then parses; the article count and each article's size are checked
before pydantic validates anything. Every refusal is one line with the limit in it.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from frontwatch.api.schemas import ArticleIn

MAX_POST_BYTES = 64_000_000  # 1,000 articles of 16,000 words; a larger batch should be split
MAX_POST_ARTICLES = 1000
MAX_ARTICLE_CHARS = 2_000_000  # also ArticleIn.text's limit; checked here first for a clearer message


async def read_capped_body(request: Request, max_bytes: int) -> bytes:
    """The raw body, refused with 413 as soon as it is known (declared) or seen (streamed) to pass `max_bytes`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit() or not declared.isascii():
            raise HTTPException(400, f"header Content-Length: not a byte count ({declared[:40]!r})")
        if int(declared) > max_bytes:
            raise HTTPException(413, f"body: {int(declared)} bytes; send at most {max_bytes} bytes per request "
                                     "(split the articles over several requests)")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise HTTPException(413, f"body: more than {max_bytes} bytes; send at most {max_bytes} bytes per "
                                     "request (split the articles over several requests)")
    return bytes(body)


def _validation_error(exc: ValidationError, index: int | None) -> RequestValidationError:
    """pydantic's errors located like FastAPI's own (`body.<index>.<field>`), so messages read the same."""
    prefix: tuple[Any, ...] = ("body",) if index is None else ("body", index)
    return RequestValidationError([{**e, "loc": prefix + tuple(e.get("loc", ()))} for e in exc.errors()])


def parse_articles(body: bytes, *, max_articles: int = MAX_POST_ARTICLES,
                   max_chars: int = MAX_ARTICLE_CHARS) -> list[ArticleIn]:
    """One article object or a list of them; caps first, then the schema."""
    if not body.strip():
        raise HTTPException(422, "body: empty; send one article object or a list of them as JSON")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise HTTPException(422, f"body: not valid JSON ({' '.join(str(exc).split())[:200]})") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise HTTPException(422, "body: empty list, nothing to ingest")
    if len(items) > max_articles:
        raise HTTPException(413, f"body: {len(items)} articles in one request; send at most {max_articles}")
    out: list[ArticleIn] = []
    for i, item in enumerate(items):
        where = "body" if not isinstance(data, list) else f"body article {i}"
        if not isinstance(item, dict):
            raise HTTPException(422, f"{where}: expected an article object with 'text', got {type(item).__name__}")
        text = item.get("text")
        if isinstance(text, str) and len(text) > max_chars:
            raise HTTPException(413, f"{where}: text has {len(text)} characters; at most {max_chars} per article")
        try:
            out.append(ArticleIn.model_validate(item))
        except ValidationError as exc:
            raise _validation_error(exc, i if isinstance(data, list) else None) from None
    return out
