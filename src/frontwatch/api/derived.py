"""Stories and the control picture for the API: read from the store, or computed from events.

The merge and control stages may have written the `stories` and `control` tables; when
they have not, the API computes both from the stored events with the same functions
(`merge.stories.build_stories`, `control.timeline.control_changes`), so a store filled
by a plain `ingest` still shows corroboration and territorial control. Computing is
done once per data version (event and article counts) and cached, because it walks
every event; a cache miss after an ingest is the only slow request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine

from frontwatch.api import queries as q


@dataclass
class StoryIndex:
    source: str  # 'stored' | 'computed'
    stories: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_event: dict[str, tuple[str, int]] = field(default_factory=dict)  # event id → (story id, corroboration)

    def corroborated(self, minimum: int) -> set[str]:
        """Event ids whose story has at least `minimum` independent outlets."""
        return {eid for eid, (_, n) in self.by_event.items() if n >= minimum}

    def ref(self, event_id: str) -> dict[str, Any] | None:
        hit = self.by_event.get(event_id)
        if hit is None:
            return None
        story = self.by_id[hit[0]]
        return {"id": story["id"], "corroboration": story["corroboration"], "outlets": story["outlets"]}


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _plain(value: Any) -> Any:
    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else value


def story_dict(s: Any) -> dict[str, Any]:
    """A merge `Story` (dataclass or dict) → the API's story shape."""
    d = _plain(s) if not isinstance(s, dict) else s
    return {
        "id": str(d["id"]),
        "family": d.get("family") or d.get("event_type"),
        "acled_event_type": d.get("acled_event_type"),
        "acled_sub_event_type": d.get("acled_sub_event_type"),
        "date": _iso(d.get("date")),
        "first_reported": _iso(d.get("first_reported")),
        "last_reported": _iso(d.get("last_reported")),
        "corroboration": int(d.get("corroboration") or 1),
        "outlets": list(d.get("outlets") or []),
        "place_name": d.get("place_name"),
        "geonameid": d.get("geonameid"),
        "lat": d.get("lat"),
        "lon": d.get("lon"),
        "event_ids": list(d.get("event_ids") or []),
        "disagreement": _plain_deep(d.get("disagreement")),
        "explanation": _plain_deep(d.get("explanation")),
    }


def _plain_deep(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain_deep(v) for v in value]
    return _plain(value)


def make_story_index(source: str, stories: Iterable[dict[str, Any]]) -> StoryIndex:
    index = StoryIndex(source=source)
    for s in stories:
        index.stories.append(s)
        index.by_id[s["id"]] = s
        for eid in s["event_ids"]:
            index.by_event[eid] = (s["id"], s["corroboration"])
    return index


def sort_stories(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most corroborated first, newest first among equals (two stable sorts, no date parsing)."""
    stories.sort(key=lambda s: (s.get("date") or s.get("last_reported") or "", s["id"]), reverse=True)
    stories.sort(key=lambda s: -s["corroboration"])
    return stories


def filter_stories(stories: Iterable[dict[str, Any]], *, types: tuple[str, ...] = (), place: str | None = None,
                   bbox: tuple[float, float, float, float] | None = None, date_from: date | None = None,
                   date_to: date | None = None, min_corroboration: int = 1) -> list[dict[str, Any]]:
    """Stories matching the /stories filters (in memory: there are far fewer stories than events)."""
    wanted = {t.casefold() for t in types}
    out = []
    for s in stories:
        if s["corroboration"] < min_corroboration:
            continue
        if wanted and not wanted & {str(v).casefold() for v in (s["family"], s["acled_event_type"],
                                                                   s["acled_sub_event_type"]) if v}:
            continue
        if place:
            if place.strip().isdigit():
                if str(s.get("geonameid")) != place.strip():
                    continue
            elif place.strip().casefold() not in (s.get("place_name") or "").casefold():
                continue
        if bbox:
            if s.get("lat") is None or s.get("lon") is None:
                continue
            west, south, east, north = bbox
            lon_ok = west <= s["lon"] <= east if west <= east else (s["lon"] >= west or s["lon"] <= east)
            if not (south <= s["lat"] <= north and lon_ok):
                continue
        day = (s.get("date") or s.get("first_reported") or "")[:10]
        if (date_from or date_to) and not day:
            continue
        if date_from and day < date_from.isoformat():
            continue
        if date_to and day > date_to.isoformat():
            continue
        out.append(s)
    return sort_stories(out)


# -- control ----------------------------------------------------------------------------------------

def control_dict(c: Any) -> dict[str, Any]:
    """A `ControlChange` (dataclass, dict or control-table row mapping) → the API's shape."""
    d = dict(c) if not is_dataclass(c) else asdict(c)
    return {
        "place_name": d.get("place_name"),
        "geonameid": d.get("geonameid"),
        "lat": d.get("lat"),
        "lon": d.get("lon"),
        "controller": str(d.get("controller") or "unknown"),
        "status": d.get("status"),
        "since": _iso(d.get("since")),
        "until": _iso(d.get("until")),
        "radius_km": d.get("radius_km"),
        "modality": d.get("modality"),
        "reported_by": list(d.get("reported_by") or []),
        "outlets": list(d.get("outlets") or []),
        "previous": d.get("previous"),
        "contenders": list(d.get("contenders") or []),
        "anchor": d.get("anchor"),
        "evidence": [str(e) for e in (d.get("evidence") or [])],
        "explanation": [str(e) for e in (d.get("explanation") or [])],
    }


def stored_picture(rows: Iterable[dict[str, Any]], day: date) -> list[dict[str, Any]]:
    """The control table at a date: per place, the latest entry that had begun and not ended by then."""
    iso = day.isoformat()
    latest: dict[Any, dict[str, Any]] = {}
    for r in rows:
        since, until = r.get("since"), r.get("until")
        if since and since > iso:
            continue
        if until and until <= iso:
            continue
        key = (r.get("geonameid"), r.get("place_name"), r.get("status") == "frontline")
        if key not in latest or (since or "") >= (latest[key].get("since") or ""):
            latest[key] = r
    return sorted(latest.values(), key=lambda r: (r.get("place_name") or "", r.get("since") or ""))


@dataclass
class ControlIndex:
    source: str  # 'stored' | 'computed'
    picture: Callable[[date], list[dict[str, Any]]]
    history: list[dict[str, Any]]


# -- cache ------------------------------------------------------------------------------------------

class Derived:
    """Per-data-version cache of the story and control indexes (thread-safe; one build at a time)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._version: Any = None
        self._stories: StoryIndex | None = None
        self._control: ControlIndex | None = None

    def _check_version(self) -> None:
        with self.engine.connect() as conn:
            version = q.data_version(conn)
        if version != self._version:
            self._version, self._stories, self._control = version, None, None

    def stories(self) -> StoryIndex:
        with self._lock:
            self._check_version()
            if self._stories is None:
                self._stories = self._build_stories()
            return self._stories

    def control(self) -> ControlIndex:
        with self._lock:
            self._check_version()
            if self._control is None:
                self._control = self._build_control()
            return self._control

    def _build_stories(self) -> StoryIndex:
        with self.engine.connect() as conn:
            if q.has_rows(conn, q.stories):
                members = q.story_members(conn)
                rows = [dict(r._mapping) for r in q.stored_story_rows(conn)]
                for r in rows:
                    r["family"] = r.get("event_type")
                    r["event_ids"] = members.get(r["id"], [])
                return make_story_index("stored", (story_dict(r) for r in rows))
            from frontwatch.merge.stories import build_stories

            built = build_stories(q.all_event_records(conn))
        return make_story_index("computed", (story_dict(s) for s in built))

    def _build_control(self) -> ControlIndex:
        with self.engine.connect() as conn:
            if q.has_rows(conn, q.control):
                rows = [control_dict(r._mapping) for r in q.stored_control_rows(conn)]
                return ControlIndex("stored", lambda day: stored_picture(rows, day), rows)
            from frontwatch.control.timeline import control_at, control_changes

            changes = control_changes(list(q.all_event_records(conn)))
        history = [control_dict(c) for c in changes]
        return ControlIndex("computed", lambda day: [control_dict(c) for c in control_at(changes, day.isoformat())],
                            history)
