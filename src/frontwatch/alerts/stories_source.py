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
from collections import OrderedDict
from typing import Any

MAX_STORES = 4  # builders kept (one per store URL; a process usually works on one store)
_builders: "OrderedDict[str, Any]" = OrderedDict()
_lock = threading.Lock()


def _derived(engine: Any) -> Any:
    """The builder of the store at `engine`'s URL. Kept by URL, not by engine: each ingest run and each
    poll of `watch` opens its own `Store`, and a long-running poller should add only the new events to
    the stories it built, not rebuild them all. The builder keeps the first engine (a disposed engine
    reconnects on use)."""
    from frontwatch.api.derived import Derived

    key = engine.url.render_as_string(hide_password=False)
    with _lock:
        derived = _builders.get(key)
        if derived is None:
            derived = _builders[key] = Derived(engine)
            while len(_builders) > MAX_STORES:
                _builders.popitem(last=False)
        _builders.move_to_end(key)
    return derived


def story_index(engine: Any) -> Any:
    """The stories of the store behind `engine` now (only events added since the last call are read)."""
    return _derived(engine).stories()


def control_history(engine: Any) -> list[dict[str, Any]]:
    """Every change of control (the API's control shape: place, controller, status, since, previous,
    evidence event ids), from the same per-engine builder as `story_index`."""
    return _derived(engine).control().history
