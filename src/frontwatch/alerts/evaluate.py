"""Which stories a watch alerts on, and the alert records that says so.

One alert per (watch, story). It is created when a story first matches (area, types,
actors, minimum corroboration) and gets a new `version` each time the story's
corroboration grows; every version queues one delivery per target of the watch, in the
same transaction, so nothing is lost or queued twice across restarts or concurrent
evaluators (the unique keys and a compare-and-set on `version` decide).

Only stories with an event stored after the watch was created alert: a new watch does not
replay the whole archive. A story is renamed when an earlier report joins it (its id comes
from its first report), so an existing alert is also found by the events it was sent with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from frontwatch.alerts.areas import contains, describe
from frontwatch.alerts.stories_source import story_index
from frontwatch.alerts.watches import Watch, list_watches, mark_checked
from frontwatch.store import Store
from frontwatch.store.engine import WRITE_OPTIONS
from frontwatch.store.schema import AlertDeliveryRow, AlertRow, ArticleRow, EventRow

ALERTS = AlertRow.__table__
DELIVERIES = AlertDeliveryRow.__table__
MAX_EVIDENCE = 10  # evidence sentences carried by one alert
OVERLAP = timedelta(seconds=60)  # re-read events stored just before the last check (slow commits, clock skew)


@dataclass
class AlertChange:
    """What one evaluation did for one (watch, story)."""

    alert_id: int
    watch_id: int
    story_id: str
    version: int  # 1: new alert; 2+: an update
    corroboration: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


def recent_events(store: Store, since: datetime) -> dict[str, datetime]:
    """Event id → its article's ingest time, for events stored at or after `since` (not background)."""
    e, a = EventRow.__table__, ArticleRow.__table__
    stmt = (select(e.c.id, a.c.ingested_at).join(a, e.c.article_id == a.c.id)
            .where(a.c.ingested_at >= since, e.c.modality != "background"))
    with store.engine.connect() as conn:
        return {eid: at for eid, at in conn.execute(stmt)}


def type_matches(watch: Watch, story: dict[str, Any], events: Iterable[dict[str, Any]]) -> bool:
    """Any of the watch's type names is the story's family or ACLED (sub-)type, or any report's type or PLOVER."""
    if not watch.types:
        return True
    wanted = {t.casefold() for t in watch.types}
    names = {story.get("family"), story.get("acled_event_type"), story.get("acled_sub_event_type")}
    for ev in events:
        acled = ev.get("acled") or {}
        names |= {ev.get("event_type"), ev.get("plover"), acled.get("event_type"), acled.get("sub_event_type")}
    return bool(wanted & {str(n).casefold() for n in names if n})


def actor_matches(watch: Watch, events: Iterable[dict[str, Any]]) -> bool:
    """Any watched actor is part of a report's actor name or text (case-insensitive, as the API's filter)."""
    if not watch.actors:
        return True
    said = []
    for ev in events:
        for key in ("actor1", "actor2"):
            actor = ev.get(key) or {}
            said += [str(actor.get("name") or "").casefold(), str(actor.get("text") or "").casefold()]
    return any(a.casefold() in s for a in watch.actors for s in said if s)


def placed(events: Iterable[dict[str, Any]]) -> bool:
    """Some report places the happening below country level (a country-level report sits on the
    country's centroid, where nothing happened: it is in no watch area)."""
    return any((ev.get("location") or {}).get("precision") not in (None, "country") for ev in events)


def matches(watch: Watch, story: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    """The whole test (pure): corroboration, area (the story's point), types, actors."""
    return (story["corroboration"] >= watch.min_corroboration
            and (watch.area is None or (contains(watch.area, story.get("lat"), story.get("lon")) and placed(events)))
            and type_matches(watch, story, events) and actor_matches(watch, events))


def summary(watch: Watch, story: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The alert's content (JSON): the story and the evidence behind it, each sentence with its link."""
    sub, family = story.get("acled_sub_event_type"), story.get("family")
    if sub and sub != "Other":  # ACLED's catch-all says nothing: its type and our family instead
        what = sub
    elif story.get("acled_event_type"):
        what = f"{story['acled_event_type']} ({family})" if family else story["acled_event_type"]
    else:
        what = family or "event"
    where = story.get("place_name") or "an unnamed place"
    evidence = []
    for ev in events[:MAX_EVIDENCE]:
        art = ev.get("article") or {}
        evidence.append({"event_id": ev["id"], "sentence": (ev.get("evidence") or {}).get("text"),
                         "outlet": art.get("outlet"), "url": art.get("url"), "title": art.get("title"),
                         "published": art.get("published"), "modality": ev.get("modality"),
                         "reported_by": ev.get("reported_by") or []})
    actors = sorted({(ev.get(k) or {}).get("name") for ev in events for k in ("actor1", "actor2")} - {None, ""})
    return {
        "title": f"{what} at {where}",
        "watch": {"id": watch.id, "name": watch.name, "area": describe(watch.area)},
        "story": {k: story.get(k) for k in ("id", "family", "acled_event_type", "acled_sub_event_type", "date",
                                            "first_reported", "last_reported", "corroboration", "outlets",
                                            "place_name", "geonameid", "lat", "lon")},
        "actors": actors,
        "fatalities": max((int(ev.get("fatalities") or 0) for ev in events), default=0),
        "evidence": evidence,
    }


def _event_records(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    from frontwatch.store.queries import event_records_by_id

    with store.engine.connect() as conn:
        return event_records_by_id(conn, ids, store.engine.dialect.name)


def _existing(conn: Any, watch_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The watch's alerts by story id and by each event they were sent with."""
    by_story, by_event = {}, {}
    for row in conn.execute(select(ALERTS).where(ALERTS.c.watch_id == watch_id)).mappings():
        by_story[row["story_id"]] = row
        for eid in row["event_ids"] or []:
            by_event[eid] = row
    return by_story, by_event


def _queue(conn: Any, watch: Watch, alert_id: int, version: int, now: datetime) -> None:
    targets = [("webhook", u) for u in watch.webhooks] + [("email", a) for a in watch.emails]
    conn.execute(update(DELIVERIES).where(DELIVERIES.c.alert_id == alert_id, DELIVERIES.c.version < version,
                                          DELIVERIES.c.status == "pending").values(status="superseded"))
    for channel, target in targets:
        conn.execute(insert(DELIVERIES).values(alert_id=alert_id, version=version, channel=channel, target=target,
                                               status="pending", attempts=0, next_attempt=now, created_at=now))


def record(store: Store, watch: Watch, story: dict[str, Any], body: dict[str, Any]) -> AlertChange | None:
    """Create or update the watch's alert for `story` (with its deliveries) in one transaction; None if
    nothing changed (already alerted at this corroboration, or another evaluator got there first)."""
    now = _now()
    sid, n, event_ids = story["id"], story["corroboration"], list(story.get("event_ids") or [])
    try:
        with store.engine.execution_options(**WRITE_OPTIONS).begin() as conn:
            by_story, by_event = _existing(conn, watch.id)
            row = by_story.get(sid) or next((by_event[e] for e in event_ids if e in by_event), None)
            if row is None:
                alert_id = conn.execute(insert(ALERTS).values(
                    watch_id=watch.id, story_id=sid, event_ids=event_ids, corroboration=n, version=1, summary=body,
                    created_at=now, updated_at=now)).inserted_primary_key[0]
                _queue(conn, watch, alert_id, 1, now)
                return AlertChange(alert_id, watch.id, sid, 1, n)
            if n <= row["corroboration"]:
                if row["story_id"] != sid or set(event_ids) - set(row["event_ids"] or []):
                    # Same alert, renamed or grown without a new outlet: keep its events current, send nothing.
                    conn.execute(update(ALERTS).where(ALERTS.c.id == row["id"])
                                 .values(story_id=sid, event_ids=event_ids))
                return None
            version = row["version"] + 1
            done = conn.execute(update(ALERTS).where(ALERTS.c.id == row["id"], ALERTS.c.version == row["version"])
                                .values(story_id=sid, event_ids=event_ids, corroboration=n, version=version,
                                        summary=body, updated_at=now)).rowcount
            if not done:
                return None
            _queue(conn, watch, row["id"], version, now)
            return AlertChange(row["id"], watch.id, sid, version, n)
    except IntegrityError:  # a concurrent evaluator inserted the same alert first
        return None


def evaluate(store: Store) -> list[AlertChange]:
    """Alerts for stories touched by events stored since each watch was last checked (or made).

    A watch's `checked_until` is moved to this evaluation's start once it is done; the next
    evaluation re-reads the `OVERLAP` before it (an article whose ingest began earlier may commit
    later), which is harmless: an alert already sent at a corroboration is not sent again.
    """
    watches = list_watches(store)
    if not watches:
        return []
    started = _now()
    since = {w.id: (w.checked_until - OVERLAP if w.checked_until else w.created_at) for w in watches}
    recent = recent_events(store, min(since.values()))
    changes, pending = _evaluate(store, watches, since, recent) if recent else ([], None)
    # An event the stories stage has not filed yet (it runs after batches, and may have failed)
    # is read again next time: the watches are checked only up to the oldest such event.
    mark_checked(store, [w.id for w in watches], min(started, pending) if pending else started)
    return changes


def _evaluate(store: Store, watches: list[Watch], since: dict[int, datetime],
              recent: dict[str, datetime]) -> tuple[list[AlertChange], datetime | None]:
    """The alert changes, and the ingest time of the oldest recent event not yet in a stored story."""
    index = story_index(store.engine, recent)
    latest: dict[str, datetime] = {}  # story id → newest ingest time of its recent events
    pending: datetime | None = None
    for eid, at in recent.items():
        hit = index.by_event.get(eid)
        if hit is None:
            pending = at if pending is None or at < pending else pending
        elif hit[0] not in latest or at > latest[hit[0]]:
            latest[hit[0]] = at
    changes = []
    for sid in sorted(latest):
        story = index.get(sid)
        if story is None:
            continue
        fresh = [w for w in watches if latest[sid] >= since[w.id]]
        # cheap tests first; the reports are read only for stories that pass them
        fresh = [w for w in fresh if story["corroboration"] >= w.min_corroboration
                 and contains(w.area, story.get("lat"), story.get("lon"))]
        if not fresh:
            continue
        events = _event_records(store, story["event_ids"])
        for watch in fresh:
            if matches(watch, story, events):
                change = record(store, watch, story, summary(watch, story, events))
                if change is not None:
                    changes.append(change)
    return changes, pending
