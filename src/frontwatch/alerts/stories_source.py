"""Where alerts and reports get stories (and control changes) from: one place to switch the source.

Today stories are computed from the stored events by `api.derived.Derived` (the API's own
incremental builder); once the merge stage writes the `stories` table at ingest, `Derived`
reads that table instead, and this function can read it directly. Either way callers get
a `StoryIndex`: `.stories` (rows with id, family, ACLED types, date, corroboration, place
and point), `.get(id)` (the full API story with `event_ids` and `outlets`) and
`.by_event` (event id → (story id, corroboration)).
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

_builders: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def story_index(engine: Any) -> Any:
    """The stories of the store behind `engine` now (a builder is kept per engine, so repeated
    calls after each ingest batch only add the new events)."""
    from frontwatch.api.derived import Derived

    with _lock:
        derived = _builders.get(engine)
        if derived is None:
            derived = _builders[engine] = Derived(engine)
    return derived.stories()


def control_history(engine: Any) -> list[dict[str, Any]]:
    """Every change of control (the API's control shape: place, controller, status, since, previous,
    evidence event ids), from the same per-engine builder as `story_index`."""
    from frontwatch.api.derived import Derived

    with _lock:
        derived = _builders.get(engine)
        if derived is None:
            derived = _builders[engine] = Derived(engine)
    return derived.control().history
