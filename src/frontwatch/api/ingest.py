"""POST /articles: articles sent over HTTP go through the very same ingest path as files.

Each validated article becomes a `RawArticle` in memory (the record a JSONL line gives)
and the list is handed to `runner.run_ingest` as its `items`, as the feed poller does, so
cleaning, language detection, de-duplication and storage behave exactly as for
`frontwatch ingest`; there is no second, HTTP-only pipeline to drift and no temporary
file. Only one HTTP ingest runs at a time (one writer; the pipeline's model is loaded
once per server process, in the model process `runner.model_pool` keeps beside it).
"""

from __future__ import annotations

import secrets
import threading
from datetime import datetime, time, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontwatch.api.schemas import ArticleIn

if TYPE_CHECKING:
    from frontwatch.model import IngestError, RawArticle

_ingest_lock = threading.Lock()


def token_matches(configured: str | None, presented: str | None) -> bool:
    """Constant-time comparison, so response timing does not leak the token."""
    if not configured or not presented:
        return False
    return secrets.compare_digest(configured.encode(), presented.encode())


def bearer(header: str | None) -> str | None:
    """The token from 'Authorization: Bearer <token>'."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def require_token(configured: str | None, authorization: str | None, *, what: str) -> None:
    """403 while no token is configured (`what` is disabled), 401 unless `authorization` bears it.

    For every route that writes or makes the server send requests (POST /articles, /watches).
    """
    from fastapi import HTTPException

    if not configured:
        raise HTTPException(403, f"{what} disabled: start the server with --token or set FRONTWATCH_API_TOKEN")
    if not token_matches(configured, bearer(authorization)):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


def raw_article(article: ArticleIn, ref: str, received: datetime) -> "RawArticle":
    """One posted article read by the JSONL reader's own rules (`ingest.files.jsonl_record`:
    strings trimmed, dates and their provenance), from the JSONL record it stands for; an
    article without a date is dated `received` (published no later than that), as the
    caller's option, not as metadata."""
    from frontwatch.ingest.files import jsonl_record

    rec: dict[str, Any] = {"text": article.text}
    for key in ("title", "url", "outlet", "id"):
        value = getattr(article, key)
        if value is not None:
            rec[key] = value
    pub = article.published
    if pub is not None:
        if not isinstance(pub, datetime):
            pub = datetime.combine(pub, time(0), tzinfo=timezone.utc)  # a bare date: midnight UTC
        elif pub.tzinfo is None:
            pub = pub.replace(tzinfo=timezone.utc)
        rec["published"] = pub.isoformat()
    return jsonl_record(rec, ref, published=received, outlet=None, fallback_date=None, date_order=lambda: None)


def _item(article: ArticleIn, ref: str, received: datetime) -> "RawArticle | IngestError":
    """The article, or the one error that costs only this article (a text of blanks), as a
    JSONL line's would: the rest of the request is still ingested."""
    from frontwatch.ingest.files import ReadError
    from frontwatch.model import IngestError

    try:
        return raw_article(article, ref, received)
    except ReadError as exc:
        return IngestError(ref, str(exc))


def ingest_articles(items: list[ArticleIn], db: str | Path, *, gazetteer: Path | None = None) -> dict[str, Any]:
    """Store the articles; returns the job counts plus one line per input that failed."""
    from frontwatch.model import RawArticle
    from frontwatch.runner import SourceOptions, run_ingest

    errors: list[str] = []
    received = datetime.now(timezone.utc)
    raws = [_item(a, f"request:{i}", received) for i, a in enumerate(items, start=1)]
    with _ingest_lock:
        stats = run_ingest([], db, opts=SourceOptions(published=received), gazetteer=gazetteer,
                           on_error=errors.append, on_skip=errors.append, items=raws,
                           prior_outlets={a.outlet for a in raws if isinstance(a, RawArticle) and a.outlet})
    result = stats.as_dict()
    result["errors"] = errors
    return result
