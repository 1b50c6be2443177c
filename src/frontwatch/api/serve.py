"""`frontwatch serve`: run the API and the map page with uvicorn.

Binds 127.0.0.1 unless told otherwise, because the store may hold material the user
has not vetted and the map is a local tool first; exposing it is a deliberate choice.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_ENV = "FRONTWATCH_API_TOKEN"
TILES_ENV = "FRONTWATCH_TILES_URL"


def resolve_token(token: str | None) -> str | None:
    """`--token` wins over FRONTWATCH_API_TOKEN; empty means ingest over HTTP stays off."""
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    return value.strip() or None if value else None


def serve(db: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, token: str | None = None,
          *, tiles_url: str | None = None, gazetteer: Path | None = None, log_level: str = "info") -> None:
    """Serve until interrupted. `tiles_url` (or FRONTWATCH_TILES_URL) replaces the opt-in online layer's URL."""
    import uvicorn

    from frontwatch.api.app import DEFAULT_TILES_URL, create_app

    if not 0 < int(port) < 65536:
        raise ValueError(f"port must be 1-65535, got {port}")
    tiles = tiles_url or os.environ.get(TILES_ENV) or DEFAULT_TILES_URL
    app = create_app(db, token=resolve_token(token), tiles_url=tiles, gazetteer=gazetteer)
    uvicorn.run(app, host=host, port=int(port), log_level=log_level, proxy_headers=False)
