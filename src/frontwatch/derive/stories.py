"""The stories stage: events not yet in a story join (or start) stories, written to `stories`.

Runs after each ingest batch (`frontwatch.derive.run_stages`) inside its write
transaction, and does only the work the batch makes: the *pending* events (not
background, `story_id` still empty) are added to a `StoryBuilder` that holds just the
stored stories they could join, restored as they were (`StoryBuilder.restore`), and only
the stories that change are written. The result is the full build's (`rebuild`), because
the builder's stories are a function of the set of events grown in canonical order
(`merge.stories`): every restored event comes before the first pending one in that order,
and stored events after it (the *tail*: articles published after the earliest new one)
are taken out of their stories and added again with the pending ones.

What a pending report can join is bounded by the matching rules: the same type family,
dates within the window plus either date's uncertainty, a place within reach (blocking:
`merge.blocking.CandidateIndex`). The store is read for the pending dates' window only,
and candidate stories are loaded in full (complete linkage checks every member).
Pending events arriving in publication order (live news) make an empty tail: the work is
proportional to the batch and its neighbourhood, not to the store.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, insert, or_, select, update

from frontwatch.derive.members import stored_stories
from frontwatch.derive.records import effective_date, events, in_ids, news_events, read
from frontwatch.derive.window import news_cycles, reach_ranges
from frontwatch.merge.blocking import CandidateIndex
from frontwatch.merge.bulk import paused_gc
from frontwatch.merge.families import type_family
from frontwatch.merge.matching import check, match_profile
from frontwatch.merge.records import DATE_SLACK_DAYS, FINE_SLACK_DAYS
from frontwatch.merge.reports import Key, Report, canonical_key, report
from frontwatch.merge.stories import Story, StoryBuilder
from frontwatch.store.schema import TABLES

stories = TABLES["stories"]
articles = TABLES["articles"]
WINDOW_DAYS = 3  # StoryBuilder's default: two day-precise reports of one happening are at most this far apart
CHUNK = 5_000  # reports added between progress ticks
WRITE_CHUNK = 2_000  # stories compared and written per step (their members are read back for compact ones)

Progress = Callable[[str, int, int | None], None]  # (stage, done, total)


@dataclass
class StoryUpdate:
    """What one run of the stage did (for logs, progress and the benches)."""

    pending: int = 0  # events that were in no story
    tail: int = 0  # stored events after the first pending one, added again
    restored: int = 0  # stored events of the stories restored as candidates (read, not all held)
    profiles: int = 0  # of them, held by the builder: the first of each match profile per story
    written: int = 0  # story rows written (created or changed)
    removed: int = 0  # story rows deleted (merged into others)
    seconds: float = 0.0


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def story_row(s: Story, now: datetime) -> dict[str, Any]:
    """A merge `Story` → its `stories` row (members are `events.story_id`; their order is the explanation's)."""
    return {
        "id": s.id, "event_type": s.family, "first_reported": _dt(s.first_reported),
        "last_reported": _dt(s.last_reported), "corroboration": s.corroboration, "outlets": list(s.outlets),
        "lat": s.lat, "lon": s.lon, "geonameid": s.geonameid, "place_name": s.place_name,
        "date": s.date[:10] if s.date else None, "explanation": s.explanation, "disagreement": s.disagreement,
        "acled_event_type": s.acled_event_type, "acled_sub_event_type": s.acled_sub_event_type,
        "plover": s.plover, "fatalities": s.fatalities, "updated_at": now,
    }


def _tail(conn: Connection, first: Key, families: set[str]) -> list[dict[str, Any]]:
    """Stored events after `first` in canonical order, of the pending events' families."""
    stmt = news_events().where(events.c.story_id.is_not(None))
    if first[0]:  # the first pending event has no publication time: only undated articles come after it
        stmt = stmt.where(articles.c.published.is_(None))
    else:
        since = datetime.fromtimestamp(first[1], tz=timezone.utc)
        stmt = stmt.where(or_(articles.c.published.is_(None), articles.c.published >= since))
    return [e for e in read(conn, stmt) if canonical_key(e) > first and type_family(e) in families]


def _window(conn: Connection, reps: list[Any], window_days: int, first: Key) -> Iterable[dict[str, Any]]:
    """Stored events (in a story, not after `first` in canonical order) dated where one of `reps`
    could match them: each report's own date reach, per stored date precision (`derive.window`)."""
    cond = []
    # a coarse date with no publication day matches nothing (`coarse_together`): it reaches no stored event
    reach = {(r.day_ord, r.slack_days) for r in reps if r.slack_days <= FINE_SLACK_DAYS or r.pub_ord is not None}
    cycles = news_cycles({r.pub_ord for r in reps if r.slack_days > FINE_SLACK_DAYS and r.pub_ord is not None})
    in_cycle = or_(*(articles.c.published.between(_midnight(lo), _midnight(hi + 1)) for lo, hi in cycles)) \
        if cycles else None
    for precision, ranges in reach_ranges(reach, window_days).items():
        if not ranges:
            continue
        # a month or year is stored as "2016-05" / "2016": the low end one day earlier keeps it in range
        between = or_(*(effective_date.between(date.fromordinal(lo - 1).isoformat(), date.fromordinal(hi).isoformat())
                        for lo, hi in ranges))
        if precision is None:
            cond.append(and_(events.c.date_precision.not_in(list(DATE_SLACK_DAYS)), between))
        elif DATE_SLACK_DAYS[precision] > FINE_SLACK_DAYS:  # coarse: its period, and in a pending report's news cycle
            assert in_cycle is not None  # (coarse ranges come only from coarse reports with a publication day)
            cond.append(and_(events.c.date_precision == precision, between, in_cycle))
        else:
            cond.append(and_(events.c.date_precision == precision, between))
    if any(r.day_ord is None for r in reps):
        cond.append(effective_date.is_(None))
    if not cond:
        return ()
    stmt = news_events().where(events.c.story_id.is_not(None), or_(*cond))
    if not first[0]:  # only what comes before `first` can hold a story to restore: rows after it are the tail
        since = datetime.fromtimestamp(first[1], tz=timezone.utc)
        stmt = stmt.where(articles.c.published.is_not(None), articles.c.published <= since)
    return read(conn, stmt)


def _midnight(day: int) -> datetime:
    """The start (UTC) of a day ordinal, for comparing publication times."""
    return datetime.combine(date.fromordinal(day), datetime.min.time(), tzinfo=timezone.utc)


def _candidate_stories(affected: list[Any], stored: Iterable[dict[str, Any]], first: Key, skip: set[str],
                       window_days: int) -> set[str]:
    """Ids of the stored stories holding a report (before `first`) that an affected report matches."""
    index = CandidateIndex(window_days)
    reps: list[Any] = []
    story_of: list[set[str]] = []
    by_profile: dict[Any, int] = {}
    for event in stored:
        if event["id"] in skip or canonical_key(event) > first:
            continue
        rep = report(event)
        profile = match_profile(rep)
        g = by_profile.get(profile) if profile is not None else None
        if g is None:  # one report files a profile: equal profiles get equal verdicts
            g = len(reps)
            reps.append(rep)
            story_of.append(set())
            index.add(g, rep)
            if profile is not None:
                by_profile[profile] = g
        story_of[g].add(event["story_id"])
    found: set[str] = set()
    for rep in affected:
        for g in index.candidates(rep):
            if check(rep, reps[g], window_days)[0] is None:
                found |= story_of[g]
    return found


def pending_reports(conn: Connection, seen: Callable[[dict[str, Any]], None] | None = None) -> list[Report]:
    """The events in no story yet (not background), what the next run of the stage adds, read
    straight into `Report`s (`seen` is shown each record as it streams by).

    Why: a run holds its whole batch (up to 2,500 articles, ~23,000 events on a busy feed: `derive.pace`)
    while it builds; as records that is ~3.7 kB an event, as reports ~0.7 kB (a `rebuild` holds every
    event of the store this way)."""
    out = []
    with paused_gc():
        for record in read(conn, news_events().where(events.c.story_id.is_(None))):
            if seen is not None:
                seen(record)
            out.append(report(record))
    return out


def update_stories(conn: Connection, *, pending: list[Report] | None = None, window_days: int = WINDOW_DAYS,
                   progress: Progress | None = None, now: datetime | None = None) -> StoryUpdate:
    """Put every pending event in its story and write the stories that changed (see module doc).

    Call inside a write transaction (the pending set must not change underneath);
    `pending`: `pending_reports(conn)` when the caller has read them already.
    """
    started = time.perf_counter()
    out = StoryUpdate()
    tick = progress or (lambda stage, done, total: None)
    with paused_gc():
        tick("reading new events", 0, None)
        pending = pending_reports(conn) if pending is None else pending
        out.pending = len(pending)
        if not pending:
            return out
        first = min(r.key for r in pending)
        families = {r.family for r in pending}
        tail_records = _tail(conn, first, families)
        before = {e["story_id"] for e in tail_records}  # stories that lose their tail members
        tail = [report(e) for e in tail_records]
        del tail_records
        out.tail = len(tail)
        reps = pending + tail
        affected_ids = {r.id for r in reps}
        tick("finding candidate stories", 0, None)
        wanted = _candidate_stories(reps, _window(conn, reps, window_days, first), first, affected_ids, window_days)
        restore = wanted | before
        builder = StoryBuilder(window_days=window_days)
        tick("restoring candidate stories", 0, len(restore))
        for sid, members, explanation in stored_stories(conn, restore, affected_ids):
            out.profiles += builder.restore(sid, members, explanation, compact=True)  # members dropped here
            out.restored += len(members)
        ordered = sorted(reps, key=lambda r: r.key)
        for at in range(0, len(ordered), CHUNK):
            tick("building stories", at, len(ordered))
            builder.add_reports(ordered[at:at + CHUNK])
        tick("building stories", len(ordered), len(ordered))
        changed, removed = builder.take_changes()
        write = {sid for sid, _, _ in changed} | set(removed) | before  # restored and untouched: as stored
        out.written, out.removed = _write(conn, builder, write, now or datetime.now(timezone.utc), tick, affected_ids)
    out.seconds = round(time.perf_counter() - started, 3)
    return out


def _write(conn: Connection, builder: StoryBuilder, ids: set[str], now: datetime, tick: Progress,
           affected: set[str]) -> tuple[int, int]:
    """Replace the rows of `ids` by the builder's stories where they differ from what is stored
    (a late article re-adds every later event, most of which land in the stories they were in).

    Done `WRITE_CHUNK` stories at a time: a compactly restored story is summarised from its
    stored members read back here (`affected`: events the builder holds itself), and only the
    chunk's members are in memory. Chunks are independent: a chunk unlinks only events still
    linked to its own stories and links only its own stories' members."""
    dialect = conn.dialect.name
    ordered = sorted(ids)
    written = gone_total = 0
    stmt = update(events).where(events.c.id == bindparam("eid")).values(story_id=bindparam("sid"))
    tick("writing stories", 0, len(ordered))
    for at in range(0, len(ordered), WRITE_CHUNK):
        part = ordered[at:at + WRITE_CHUNK]
        stored = {row.id: {k: v for k, v in row._mapping.items() if k != "updated_at"}
                  for row in conn.execute(select(stories).where(in_ids(stories.c.id, part, dialect)))}
        compact = [sid for sid in part if builder.is_compact(sid)]
        full = {sid: builder.complete(sid, members, explanation)
                for sid, members, explanation in stored_stories(conn, compact, affected)}
        live: list[Story] = []
        gone: list[str] = []
        rows = []
        for sid in part:
            story = full[sid] if sid in full else builder.story(sid, cache=False)
            if story is None:
                if sid in stored:
                    gone.append(sid)
                continue
            row = story_row(story, now)
            if stored.get(sid) == {k: v for k, v in row.items() if k != "updated_at"}:
                continue  # the same story as stored: left as it is
            live.append(story)
            rows.append(row)
        replaced = [s.id for s in live if s.id in stored] + gone
        if replaced:
            conn.execute(update(events).where(in_ids(events.c.story_id, replaced, dialect)).values(story_id=None))
            conn.execute(delete(stories).where(in_ids(stories.c.id, replaced, dialect)))
        if rows:
            conn.execute(insert(stories), rows)
        links = [{"eid": eid, "sid": s.id} for s in live for eid in s.event_ids]
        for start in range(0, len(links), 20_000):
            conn.execute(stmt, links[start:start + 20_000])
        written, gone_total = written + len(live), gone_total + len(gone)
        tick("writing stories", min(len(ordered), at + WRITE_CHUNK), len(ordered))
    return written, gone_total


def clear_stories(conn: Connection) -> None:
    """Forget every story (`rebuild`): all events become pending."""
    conn.execute(update(events).where(events.c.story_id.is_not(None)).values(story_id=None))
    conn.execute(delete(stories))
