"""GET /feeds: the health of every feed `frontwatch watch` polls into this store."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from frontwatch.api.deps import StoreDep
from frontwatch.api.schemas import FeedOut

router = APIRouter(tags=["feeds"])


@router.get("/feeds", response_model=list[FeedOut])
def list_feeds(store: StoreDep) -> list[dict[str, Any]]:
    """Health of every feed `frontwatch watch` polls into this store (validators are not shown)."""
    from frontwatch.watch.state import load_states

    return [{k: v for k, v in vars(s).items() if k not in ("etag", "last_modified")}
            for s in load_states(store).values()]
