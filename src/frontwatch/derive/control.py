"""The control stage: the territorial-control timeline written to the `control` table.

Runs after the stories stage in the same write transaction. The timeline is a function of
every control fact in date order (a side that once held ground makes its later strikes
count as fighting for ground anywhere: `control.timeline`), so it changes whenever a batch
brings a fact that can bear on control; the table is left alone otherwise (most batches of
news without takeovers or fighting). The facts are read lean: only asserted or claimed
events located finer than a country.

Why checkpoints: replaying every control fact of the store for each batch held all of them
at once (545 MB at 100,000 articles, growing with the store). The stage therefore saves the
timeline's state (`control_checkpoints`) every `CHECKPOINT_DAYS` days of news and after the
last fact. A batch whose earliest control fact falls on day D continues from the latest
checkpoint on or before D: facts before it are unchanged, so the state there is what a
full replay reaches there, and only the facts from the checkpoint on are read and
replayed; rows that start before it stay, rows from it on are rewritten. The result is the
table a full replay writes (row for row, in the same id order); with no checkpoint early
enough (an undated fact, a store written before checkpoints) the stage replays everything.
Either way the facts are streamed by day (`_stream`): a batch often mentions something years
old, so a run may still replay most of the store, but it holds one day's facts at a time.

A checkpoint does not copy the current changes: each place's change is named by its first
evidence id, with how many of its evidence, outlets and reporters were known by then and
the fields a later report can change (modality, last seen, precision, contenders). A row
only ever grows by appending (`timeline._corroborate`), so the stored row cut to those
lengths is the change as it stood at the checkpoint.

Each row is one `ControlChange`; `until` is the next change at the same place, so the
table answers "who held what on a day" by itself; the API rebuilds the picture of a day
(snapshots, ageing, one entry per place) from the rows with `control.timeline.control_at`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, Select, delete, insert, or_, select, update

from frontwatch.control.timeline import (
    COUNTING_MODALITIES,
    TOO_COARSE,
    ControlChange,
    Fact,
    Timeline,
    control_fact,
    ordered_facts,
)
from frontwatch.derive.records import (
    articles,
    effective_date,
    events,
    news_events,
    read,
)
from frontwatch.merge.bulk import paused_gc
from frontwatch.merge.reports import canonical_key
from frontwatch.store.queries import in_ids
from frontwatch.store.schema import TABLES

control = TABLES["control"]
checkpoints = TABLES["control_checkpoints"]
_COLUMNS = ("place_key", "place_name", "geonameid", "lat", "lon", "radius_km", "controller", "status", "since",
            "last_seen", "evidence")
_DETAIL = tuple(f.name for f in fields(ControlChange) if f.name not in _COLUMNS)
# Days of news between checkpoints: a batch replays at most this much more than the news it
# reaches back to; each checkpoint holds one small entry per place.
CHECKPOINT_DAYS = 28
# An event's own date may carry a zone, and `articles.published` is UTC: the SQL pre-filter
# reaches this far before the checkpoint (the exact day is checked on the fact).
_SLACK = dt.timedelta(days=2)


@dataclass
class ControlUpdate:
    facts: int = 0  # control facts replayed (0: the table was left as it was)
    changes: int = 0  # rows written (inserted or updated)
    seconds: float = 0.0
    since: str | None = None  # the checkpoint replayed from (None: every fact, from scratch)


def fact_day(fact: Fact) -> dt.date:
    """The day the timeline applies a fact on (undated facts come first: `date.min`)."""
    return fact[0].day or dt.date.min


def control_row(change: ControlChange, until: str | None) -> dict[str, Any]:
    """The change's row (fields read directly: `asdict` deep-copies every list, a second per 10,000)."""
    d = {f: getattr(change, f) for f in (*_COLUMNS, *_DETAIL)}
    row = {k: d[k] for k in _COLUMNS}
    row["since"] = change.since[:10] if change.since else None
    row["until"] = until
    row["detail"] = {k: d[k] for k in _DETAIL}
    return row


def change_of(row: Any) -> ControlChange:
    """A `control` row back to its `ControlChange`."""
    m = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
    detail = m.get("detail") or {}
    return ControlChange(**{k: m.get(k) for k in _COLUMNS},
                         **{k: detail[k] for k in _DETAIL if k in detail})


def _untils(changes: list[ControlChange]) -> list[str | None]:
    """For each change, the `since` of the next change at its place (None: still current)."""
    out: list[str | None] = [None] * len(changes)
    last: dict[str, int] = {}
    for i, ch in enumerate(changes):  # changes are in date order
        j = last.get(ch.place_key)
        if j is not None:
            out[j] = ch.since[:10] if ch.since else None
        last[ch.place_key] = i
    return out


def _statement(start: dt.date | None) -> Select:
    """The events that may be control facts on or after `start` (None: all): lean, and in SQL a
    superset (own date from the month before, or published since), cut to the exact day on the fact."""
    stmt = news_events().where(events.c.modality.in_(COUNTING_MODALITIES), events.c.location_text.is_not(None),
                               or_(events.c.geo_precision.is_(None), events.c.geo_precision.not_in(TOO_COARSE)))
    if start is not None:
        lo = start - _SLACK
        stmt = stmt.where(or_(events.c.date >= lo.isoformat()[:7],
                              articles.c.published >= dt.datetime(lo.year, lo.month, lo.day, tzinfo=dt.timezone.utc)))
    return stmt


def _in_order(keyed: list[tuple[Any, Fact]]) -> list[Fact]:
    keyed.sort(key=lambda kf: kf[0])  # ties within a day: canonical order, whatever order rows come in
    return ordered_facts(fact for _, fact in keyed)


def _facts(conn: Connection, start: dt.date | None) -> list[Fact]:
    """The control facts on or after `start` (None: all), all held, in the order the timeline applies them."""
    keyed = []
    for record in read(conn, _statement(start)):
        fact = control_fact(record)
        if fact is not None and (start is None or fact_day(fact) >= start):
            keyed.append((canonical_key(record), fact))
    return _in_order(keyed)


_DAY_ORDER = effective_date.asc().nulls_first()  # undated facts first, as the timeline applies them


class _OutOfOrder(Exception):
    """A fact's day came before the day already replayed (SQL read a date otherwise than Python)."""


def _stream(conn: Connection, start: dt.date | None) -> Iterator[Fact]:
    """The same facts in the same order as `_facts`, holding one day's facts at a time.

    Why: the facts of the whole store were the control stage's memory (368 MB of 422 at 100,000
    articles), and a batch of news often mentions something years old, so even a run from a
    checkpoint may replay most of them. The rows come in SQL's order of the effective day
    (`store.queries.effective_date`, the same rule as the facts' own), so each day's facts are put in
    canonical order on their own (the restriction of the full order to one day). Raises `_OutOfOrder`
    if a day comes back after a later one; the caller then holds them all (`_facts`)."""
    stmt = _statement(start).order_by(_DAY_ORDER)
    day: dt.date | None = None
    group: list[tuple[Any, Fact]] = []
    for record in read(conn, stmt):
        fact = control_fact(record)
        if fact is None or (start is not None and fact_day(fact) < start):
            continue
        d = fact_day(fact)
        if group and d != day:
            if day is not None and d < day:
                raise _OutOfOrder(f"{d} after {day}")
            yield from _in_order(group)
            group = []
        day = d
        group.append((canonical_key(record), fact))
    yield from _in_order(group)


def state_of(timeline: Timeline) -> dict[str, Any]:
    """A checkpoint of the timeline (module doc): its sides and, per place, what names its
    current change and how far the change had grown."""
    return {
        "territorial": sorted(timeline.territorial),
        "places": [{"first": ch.evidence[0], "key": key, "evidence": len(ch.evidence),
                    "reported_by": len(ch.reported_by), "outlets": len(ch.outlets), "modality": ch.modality,
                    "last_seen": ch.last_seen, "precision": ch.precision, "contenders": list(ch.contenders)}
                   for key, ch in timeline.current.items()],
    }


_Stored = dict[str, tuple[int, dict[str, Any], ControlChange]]


def _restore(conn: Connection, day: str, state: dict[str, Any]) -> tuple[Timeline, _Stored]:
    """The timeline as it stood before `day` (from its checkpoint and the stored rows), and each
    current change's row as stored (by place key: id, columns, the change being continued)."""
    entries = {e["first"]: e for e in state["places"]}
    current: dict[str, ControlChange] = {}
    stored: _Stored = {}
    if entries:
        keys = {e["key"] for e in entries.values()}
        stmt = select(control).where(  # the rows current on the eve of `day` (and a few more: matched below)
            in_ids(control.c.place_key, keys, conn.dialect.name),
            or_(control.c.since.is_(None), control.c.since < day),
            or_(control.c.until.is_(None), control.c.until >= day))
        for row in conn.execute(stmt):
            ev = row.evidence
            entry = entries.get(ev[0]) if ev else None
            if entry is None or entry["key"] != row.place_key:
                continue
            m = dict(row._mapping)
            ch = change_of(m)
            n = entry["evidence"]
            ch.evidence, ch.explanation = ch.evidence[:n], ch.explanation[:n]
            ch.reported_by, ch.outlets = ch.reported_by[:entry["reported_by"]], ch.outlets[:entry["outlets"]]
            ch.modality, ch.last_seen, ch.precision = entry["modality"], entry["last_seen"], entry["precision"]
            ch.contenders = list(entry["contenders"])
            current[row.place_key] = ch
            stored[row.place_key] = (m.pop("id"), m, ch)
    if len(current) != len(entries):
        raise LookupError(f"control checkpoint {day}: {len(entries) - len(current)} current changes not in the table")
    return Timeline(current, state["territorial"]), stored


def _replay(timeline: Timeline, facts: Iterable[Fact], last: dt.date | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Apply the facts, yielding a checkpoint (day, state) every `CHECKPOINT_DAYS` days of news
    after `last` (None: at the first dated fact) and one after the last fact."""
    day = None
    for item in facts:
        day = item[0].day
        if day is not None and (last is None or day >= last + dt.timedelta(days=CHECKPOINT_DAYS)):
            yield day.isoformat(), state_of(timeline)  # the state before the facts of `day`
            last = day
        timeline.apply(item)
    if day is not None:
        end = day + dt.timedelta(days=1)
        if last is None or end > last:
            yield end.isoformat(), state_of(timeline)


def _checkpoint(conn: Connection, start: dt.date) -> tuple[str, dict[str, Any]] | None:
    row = conn.execute(select(checkpoints.c.day, checkpoints.c.state).where(checkpoints.c.day <= start.isoformat())
                       .order_by(checkpoints.c.day.desc(), checkpoints.c.id.desc()).limit(1)).first()
    return (row.day, row.state) if row else None


def _run(conn: Connection, found: tuple[str, dict[str, Any]] | None,
         facts: Iterator[Fact]) -> tuple[Timeline, _Stored, list[tuple[str, dict[str, Any]]], int]:
    """Replay the facts onto the checkpoint's state (or from scratch): the timeline, the changes it
    continued, the checkpoints to save and how many facts were replayed."""
    timeline, stored = _restore(conn, *found) if found else (Timeline(), {})
    count = [0]

    def counted() -> Iterator[Fact]:
        for item in facts:
            count[0] += 1
            yield item

    saved = list(_replay(timeline, counted(), dt.date.fromisoformat(found[0]) if found else None))
    return timeline, stored, saved, count[0]


def update_control(conn: Connection, *, start: dt.date | None = None) -> ControlUpdate:
    """Bring the table up to date after a batch whose earliest control fact is on `start`
    (None: recompute from every fact). Call inside the derive write transaction."""
    began = time.perf_counter()
    found = _checkpoint(conn, start) if start is not None else None
    last = dt.date.fromisoformat(found[0]) if found else None
    with paused_gc():
        try:
            timeline, stored, saved, replayed = _run(conn, found, _stream(conn, last))
        except _OutOfOrder:
            timeline, stored, saved, replayed = _run(conn, found, iter(_facts(conn, last)))
        changes = timeline.changes
        rows = [control_row(ch, until) for ch, until in zip(changes, _untils(changes), strict=True)]
        first_new: dict[str, str | None] = {}
        for ch in changes:
            first_new.setdefault(ch.place_key, ch.since[:10] if ch.since else None)
        updates = []
        for key, (row_id, before, change) in stored.items():  # the changes continued: grown, or ended
            after = control_row(change, first_new.get(key))
            if any(after[k] != before.get(k) for k in after):
                updates.append((row_id, after))
    if found is None:
        conn.execute(delete(control))
        conn.execute(delete(checkpoints))
    else:
        conn.execute(delete(control).where(control.c.since >= found[0]))
        conn.execute(delete(checkpoints).where(checkpoints.c.day > found[0]))
        for row_id, after in updates:
            conn.execute(update(control).where(control.c.id == row_id).values(**after))
    for at in range(0, len(rows), 10_000):
        conn.execute(insert(control), rows[at:at + 10_000])
    if saved:
        conn.execute(insert(checkpoints), [{"day": day, "state": state} for day, state in saved])
    return ControlUpdate(facts=replayed, changes=len(rows) + len(updates),
                         seconds=round(time.perf_counter() - began, 3), since=found[0] if found else None)
