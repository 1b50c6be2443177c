"""POST /articles: articles sent over HTTP go through the very same ingest path as files.

They are written to a temporary JSONL file and handed to `runner.run_ingest`, so
cleaning, language detection, de-duplication and storage behave exactly as for
`frontwatch ingest`; there is no second, HTTP-only pipeline to drift. Only one HTTP
ingest runs at a time (one writer; the pipeline's model is loaded once per process).
"""

from __future__ import annotations

import json
import secrets
import tempfile
import threading
from datetime import datetime, time, timezone
from pathlib import Path
from typing import Any

from frontwatch.api.schemas import ArticleIn

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


def jsonl_line(article: ArticleIn) -> str:
    """One input record in the JSONL ingest schema (dates as ISO 8601, midnight UTC for bare dates)."""
    rec: dict[str, Any] = {"text": article.text}
    for key in ("title", "url", "outlet", "id"):
        value = getattr(article, key)
        if value is not None:
            rec[key] = value
    pub = article.published
    if pub is not None:
        if not isinstance(pub, datetime):
            pub = datetime.combine(pub, time(0), tzinfo=timezone.utc)
        elif pub.tzinfo is None:
            pub = pub.replace(tzinfo=timezone.utc)
        rec["published"] = pub.isoformat()
    return json.dumps(rec, ensure_ascii=False)


def ingest_articles(items: list[ArticleIn], db: str | Path, *, gazetteer: Path | None = None) -> dict[str, Any]:
    """Store the articles; returns the job counts plus one line per input that failed."""
    from frontwatch.runner import SourceOptions, run_ingest

    errors: list[str] = []
    received = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory(prefix="frontwatch-post-") as tmp:
        path = Path(tmp) / f"http-post-{received:%Y%m%dT%H%M%SZ}.jsonl"
        path.write_text("".join(jsonl_line(a) + "\n" for a in items), encoding="utf-8")
        with _ingest_lock:
            # Articles without a date were published no later than now: better than the temp file's mtime.
            stats = run_ingest([str(path)], db, opts=SourceOptions(published=received), gazetteer=gazetteer,
                               on_error=errors.append, on_skip=errors.append,
                               prior_outlets={a.outlet for a in items if a.outlet})
    result = stats.as_dict()
    result["errors"] = [e.replace(str(path), "request") for e in errors]
    return result
