"""Stories and the control picture for the API, read from the tables the derive stages write.

No request builds a story or a timeline: `frontwatch ingest` (and POST /articles, `watch`)
runs the stages after each batch, `frontwatch rebuild` from scratch (`frontwatch.derive`).
Stories are read with SQL per request (filters and paging in the database). The control
picture of a day is a function of every stored change (`control.timeline.control_at`:
snapshots, ageing, one entry per place), so the changes are read once per version of the
table and the pictures of recent days are kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Engine

from frontwatch.control.timeline import STALE_DAYS, ControlChange, control_at
from frontwatch.derive.read import control_version, read_control

PICTURES_KEPT = 64  # control pictures (one per day asked) kept per version of the table


def control_dict(c: ControlChange) -> dict[str, Any]:
    """A `ControlChange` → the API's control shape."""
    d = asdict(c)
    d["controller"] = str(d.get("controller") or "unknown")
    d["evidence"] = [str(e) for e in d.get("evidence") or []]
    d["explanation"] = [str(e) for e in d.get("explanation") or []]
    return d


class ControlPictures:
    """The stored control changes and pictures of days, per version of the control table (thread-safe)."""

    def __init__(self, engine: Engine, *, stale_days: int | None = STALE_DAYS) -> None:
        self.engine = engine
        self.stale_days = stale_days
        self._lock = threading.Lock()
        self._version: Any = None
        self._changes: list[ControlChange] = []
        self._pictures: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()

    def _current(self) -> tuple[Any, list[ControlChange]]:
        with self.engine.connect() as conn:
            version = control_version(conn)
            if version != self._version:
                changes = read_control(conn)
                with self._lock:
                    self._version, self._changes, self._pictures = version, changes, OrderedDict()
        return self._version, self._changes

    def picture(self, day: date) -> list[dict[str, Any]]:
        """Who holds, contests or fronts what on `day`."""
        version, changes = self._current()
        key = day.isoformat()
        with self._lock:
            hit = self._pictures.get(key) if version == self._version else None
            if hit is not None:
                self._pictures.move_to_end(key)
                return hit
        items = [control_dict(c) for c in control_at(changes, key, stale_days=self.stale_days)]
        with self._lock:
            if version == self._version:
                self._pictures[key] = items
                while len(self._pictures) > PICTURES_KEPT:
                    self._pictures.popitem(last=False)
        return items

    def history(self, geonameid: int) -> list[dict[str, Any]]:
        """Every stored change at one place, in date order."""
        with self.engine.connect() as conn:
            return [control_dict(c) for c in read_control(conn, geonameid=geonameid)]
