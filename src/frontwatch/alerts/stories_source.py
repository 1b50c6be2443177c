"""Where alerts and reports get stories (and control changes) from: the tables the derived stages write.

The stories and control stages (`frontwatch.derive`) write the `stories` and `control` tables after
every ingest batch, and alerts are evaluated after those stages ran, so the tables are current when
this is read. Callers get a `StoryIndex`: `.by_event` (event id → (story id, corroboration)) and
`.get(id)` (the API's story shape, with `event_ids` and `outlets`).

Only the stories of the events asked about are read (`story_index(engine, event_ids)`): after a
batch, alerts look at the stories of that batch's events, not at every story in the store.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict
from typing import Any

from frontwatch.derive.read import read_control, read_stories, story_refs


class StoryIndex:
    """The stored stories of some events: event id → (story id, corroboration), and each story in full."""

    def __init__(self, by_event: dict[str, tuple[str, int]], stories: dict[str, dict[str, Any]]) -> None:
        self.by_event = by_event
        self._stories = stories

    def get(self, story_id: str) -> dict[str, Any] | None:
        return self._stories.get(story_id)


def story_index(engine: Any, event_ids: Collection[str]) -> StoryIndex:
    """The stories the given events are stored in (events not yet in a story are left out)."""
    with engine.connect() as conn:
        refs = story_refs(conn, list(event_ids))
        wanted = {r["id"] for r in refs.values()}
        stories = {s["id"]: s for s in read_stories(conn, ids=wanted)} if wanted else {}
    return StoryIndex({eid: (r["id"], r["corroboration"]) for eid, r in refs.items()}, stories)


def control_history(engine: Any) -> list[dict[str, Any]]:
    """Every stored change of control (place, controller, status, since, evidence event ids, …), in date order."""
    with engine.connect() as conn:
        return [asdict(c) for c in read_control(conn)]
