"""Stories and the control picture for the API: read from the store, or computed from events.

The merge and control stages may have written the `stories` and `control` tables; when
they have not, the API computes both from the stored events with the same functions
(`merge.stories.StoryBuilder`, `control.timeline.control_changes`), so a store filled
by a plain `ingest` still shows corroboration and territorial control.

Computed stories are kept up to date incrementally: the `StoryBuilder` lives as long as
the app, and when the data version changes (an ingest) only the new events are read and
added, which takes milliseconds; only the first build after the server starts reads every
event (seconds for 100,000, see bench/web_map_load.py). Because the builder's result does
not depend on the order events arrive in, the incremental stories are exactly those a
rebuild would give. Map points (/events.geojson) only need each event's story id and
corroboration, which are ready before the stories are summarised; and they never wait
longer than `MAP_WAIT_S` for a rebuild: points whose story is not known yet go out with
`story: null` (the response says so in `X-Frontwatch-Stories`), and the next request has them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine

from frontwatch.api import queries as q
from frontwatch.api.place_aliases import PlaceAlias
from frontwatch.merge.bulk import paused_gc

MAP_WAIT_S = 0.5  # how long a map request waits for story ids being (re)built before going without


class StoryIndex:
    """The stories of one data version: rows to list and filter, full stories on demand.

    Stored stories are full dicts already. Computed ones are listed by their headlines
    (`merge.stories.StoryHeadline`, small) and summarised in full only for the page or
    story asked for: 100,000 full stories with their explanations would take seconds and
    a few hundred MB to keep, and a page shows 100.
    """

    def __init__(self, source: str, stories: list[Any], by_event: dict[str, tuple[str, int]],
                 full: Callable[[str], dict[str, Any] | None] | None = None) -> None:
        self.source = source  # 'stored' | 'computed'
        self.stories = stories  # rows with the story fields filters read (dicts or headlines)
        self.by_event = by_event  # event id → (story id, corroboration)
        self._rows = {s["id"]: s for s in stories}
        self._full = full or (lambda sid: self._rows.get(sid))

    def corroborated(self, minimum: int) -> set[str]:
        """Event ids whose story has at least `minimum` independent outlets."""
        return {eid for eid, (_, n) in self.by_event.items() if n >= minimum}

    def get(self, story_id: str) -> dict[str, Any] | None:
        """One story in full (the API's story shape), or None."""
        return self._full(story_id) if story_id in self._rows else None

    def page(self, rows: Iterable[Any]) -> list[dict[str, Any]]:
        """Full stories for listed rows (any that vanished since are left out)."""
        return [s for s in (self.get(r["id"]) for r in rows) if s is not None]

    def ref(self, event_id: str) -> dict[str, Any] | None:
        hit = self.by_event.get(event_id)
        story = self.get(hit[0]) if hit else None
        if story is None:
            return None
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
    """A merge `Story` (dataclass or dict) → the API's story shape.

    A dataclass is read field by field, not through `asdict` (which deep-copies every
    explanation: a second or more for 100,000 stories); the lists are the story's own,
    which the API only serialises.
    """
    if isinstance(s, dict):
        d = s
    elif is_dataclass(s) and not isinstance(s, type):
        d = {f.name: getattr(s, f.name) for f in fields(s)}
    else:
        d = _plain(s)
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
    """An index over full story dicts (stored stories)."""
    rows = list(stories)
    by_event = {eid: (s["id"], s["corroboration"]) for s in rows for eid in s["event_ids"]}
    return StoryIndex(source, rows, by_event)


def sort_stories(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most corroborated first, newest first among equals (two stable sorts, no date parsing)."""
    stories.sort(key=lambda s: (s.get("date") or s.get("last_reported") or "", s["id"]), reverse=True)
    stories.sort(key=lambda s: -s["corroboration"])
    return stories


def _place_name_matches(place: str, story: dict[str, Any], alias: PlaceAlias | None) -> bool:
    name = (story.get("place_name") or "").casefold()
    if place.strip().casefold() in name:
        return True
    return alias is not None and (story.get("geonameid") in alias.ids
                                  or name in {n.casefold() for n in alias.names})


def filter_stories(stories: Iterable[dict[str, Any]], *, types: tuple[str, ...] = (), place: str | None = None,
                   bbox: tuple[float, float, float, float] | None = None, date_from: date | None = None,
                   date_to: date | None = None, min_corroboration: int = 1,
                   alias: PlaceAlias | None = None) -> list[dict[str, Any]]:
    """Stories matching the /stories filters (in memory: there are far fewer stories than events).

    `alias`: what a `place` name stands for in the gazetteer (ids, main names), as for /events.
    """
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
            elif not _place_name_matches(place, s, alias):
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
        "also": list(d.get("also") or []),
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

FULL_CACHE_SIZE = 4096  # full computed stories kept for repeated page views


class Derived:
    """Per-data-version story and control indexes over one store (thread-safe; one build at a time).

    Computed stories and control facts are kept up to date incrementally (see the module
    doc); `map_refs` serves map points without waiting for a long build.
    """

    def __init__(self, engine: Engine, *, map_wait_s: float = MAP_WAIT_S) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.map_wait_s = map_wait_s
        self._lock = threading.RLock()  # held while reading the store and building
        self._builder: Any = None  # merge.stories.StoryBuilder of the computed stories
        self._known: set[str] = set()  # event ids in the builder
        self._facts: list[tuple[Any, Any]] = []  # (canonical key, control fact) of every event in the builder
        self._refs: dict[str, tuple[str, int]] = {}  # event id → (story id, corroboration), as of _refs_version
        self._refs_version: Any = None
        self._heads: dict[str, Any] = {}  # story id → StoryHeadline
        self._dirty: set[str] = set()  # story ids whose headline is out of date
        self._full: dict[str, dict[str, Any]] = {}  # story id → full API story (bounded, see FULL_CACHE_SIZE)
        self._stories: StoryIndex | None = None
        self._stories_version: Any = None
        self._control: ControlIndex | None = None
        self._control_version: Any = None
        self._background: threading.Thread | None = None

    def version(self) -> Any:
        with self.engine.connect() as conn:
            return q.data_version(conn)

    def _stored(self, table: Any) -> bool:
        with self.engine.connect() as conn:
            return q.has_rows(conn, table)

    # -- stories ---------------------------------------------------------------------------------

    def stories(self) -> StoryIndex:
        """The stories for the current data (builds or updates them if needed)."""
        version = self.version()
        if self._stories is not None and self._stories_version == version:
            return self._stories
        with self._lock:
            version = self.version()
            if self._stories is None or self._stories_version != version:
                self._stories = self._build_index(version)
                self._stories_version = version
            return self._stories

    def map_refs(self) -> tuple[dict[str, tuple[str, int]], bool]:
        """(event id → (story id, corroboration), fresh?) for map points, waiting at most `map_wait_s`.

        When the stories are stale, an update starts in the background; the caller gets the
        fresh ids if it ends in time, else the last ones (ids of events added since are missing).
        """
        version = self.version()
        if self._refs_version == version:
            return self._refs, True
        worker = self._background
        if worker is None or not worker.is_alive():
            worker = threading.Thread(target=self._refresh_quietly, name="frontwatch-stories", daemon=True)
            self._background = worker
            worker.start()
        worker.join(self.map_wait_s)
        return self._refs, self._refs_version == version

    def _refresh_quietly(self) -> None:
        try:
            with self._lock:
                version = self.version()
                if not self._stored(q.stories):
                    self._sync(version)
                elif self._stories is None or self._stories_version != version:
                    self._stories, self._stories_version = self._build_index(version), version
        except Exception:  # the next blocking request (stories(), /stories) reports it
            pass

    def _build_index(self, version: Any) -> StoryIndex:
        if self._stored(q.stories):
            with self.engine.connect() as conn:
                members = q.story_members(conn)
                rows = [dict(r._mapping) for r in q.stored_story_rows(conn)]
            for r in rows:
                r["family"] = r.get("event_type")
                r["event_ids"] = members.get(r["id"], [])
            index = make_story_index("stored", (story_dict(r) for r in rows))
            self._refs, self._refs_version = index.by_event, version
            return index
        self._sync(version)
        with paused_gc():
            for sid in self._dirty:
                head = self._builder.headline(sid)
                if head is None:
                    self._heads.pop(sid, None)
                else:
                    self._heads[sid] = head
                self._full.pop(sid, None)
        self._dirty.clear()
        return StoryIndex("computed", list(self._heads.values()), self._refs, self._full_story)

    def _full_story(self, story_id: str) -> dict[str, Any] | None:
        """The full API story from the live builder (under the lock: a sync may be changing it)."""
        with self._lock:
            hit = self._full.get(story_id)
            if hit is None:
                story = self._builder.story(story_id, cache=False) if self._builder is not None else None
                if story is None:
                    return None
                if len(self._full) >= FULL_CACHE_SIZE:
                    self._full.pop(next(iter(self._full)))
                hit = self._full[story_id] = story_dict(story)
            return hit

    def _sync(self, version: Any) -> None:
        """Bring the story builder, control facts and map refs up to `version`: new events only, when possible."""
        if self._refs_version == version and self._builder is not None:
            return
        from frontwatch.control.timeline import control_fact
        from frontwatch.merge.reports import canonical_key
        from frontwatch.merge.stories import StoryBuilder

        with paused_gc(), self.engine.connect() as conn:
            current = q.derived_event_ids(conn)
            if self._builder is None or not self._known <= current:  # first build, or events went away
                self._builder, self._known, self._facts = StoryBuilder(), set(), []
                self._heads, self._dirty, self._full = {}, set(), {}
                new = None
            else:
                new = current - self._known
            if new is None or new:
                facts = self._facts

                def read() -> Iterable[dict[str, Any]]:  # each record feeds the stories and the control facts
                    for record in q.derived_event_records(conn, new, self.dialect):
                        fact = control_fact(record)
                        if fact is not None:
                            facts.append((canonical_key(record), fact))
                        yield record

                self._builder.add_many(read())
        self._known = current
        changed, removed = self._builder.take_changes()
        refs = dict(self._refs) if new is not None else {}
        for sid, event_ids, corroboration in changed:
            for eid in event_ids:
                refs[eid] = (sid, corroboration)
        self._dirty.update(sid for sid, _, _ in changed)
        self._dirty.update(removed)
        self._refs, self._refs_version = refs, version

    # -- control ---------------------------------------------------------------------------------

    def control(self) -> ControlIndex:
        version = self.version()
        if self._control is not None and self._control_version == version:
            return self._control
        with self._lock:
            version = self.version()
            if self._control is None or self._control_version != version:
                self._control = self._build_control(version)
                self._control_version = version
            return self._control

    def _build_control(self, version: Any) -> ControlIndex:
        if self._stored(q.control):
            with self.engine.connect() as conn:
                rows = [control_dict(r._mapping) for r in q.stored_control_rows(conn)]
            return ControlIndex("stored", lambda day: stored_picture(rows, day), rows)
        from frontwatch.control.timeline import changes_from_facts, control_at, control_facts

        with paused_gc():
            if self._stored(q.stories):  # no builder holding the facts: read the events
                with self.engine.connect() as conn:
                    facts = control_facts(q.derived_event_records(conn, None, self.dialect))
            else:  # kept in step with the story builder: no second read of the store
                self._sync(version)
                facts = [fact for _, fact in sorted(self._facts, key=lambda kf: kf[0])]
            changes = changes_from_facts(facts)
            history = [control_dict(c) for c in changes]
        return ControlIndex("computed", lambda day: [control_dict(c) for c in control_at(changes, day.isoformat())],
                            history)
