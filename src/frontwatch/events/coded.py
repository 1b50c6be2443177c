"""One constructor for a coded event, shared by the English coder and the native (non-English) one.

Why: both coders turn an internal type into a record the same way — the id is a hash of what
identifies the happening in its article (stable across runs, so re-ingesting finds the same
event), and the ACLED and PLOVER codes come from the ontology's fixed mapping. Written once here
so the two paths cannot drift.
"""

from __future__ import annotations

import hashlib
from typing import Any

from frontwatch.events.ontology import EventType
from frontwatch.model import Event


def coded_event(key: str, etype: EventType, **fields: Any) -> Event:
    """An `Event` of type `etype` whose id is derived from `key`; `fields` are the rest of the record."""
    acled = etype.acled
    return Event(id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], event_type=etype.name,
                 acled_event_type=acled[0] if acled else None, acled_sub_event_type=acled[1] if acled else None,
                 plover=etype.plover, **fields)
