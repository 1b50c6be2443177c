"""The control stage: the territorial-control timeline written to the `control` table.

Runs after the stories stage in the same write transaction. The timeline is a function of
every control fact in date order (a side that once held ground makes its later strikes
count as fighting for ground anywhere: `control.timeline`), so the stage recomputes it
from the facts whenever a batch brings a fact that can bear on control, and leaves the
table alone otherwise (most batches of news without takeovers or fighting). The facts are
read lean: only asserted or claimed events located finer than a country.

Each row is one `ControlChange`; `until` is the next change at the same place, so the
table answers "who held what on a day" by itself; the API rebuilds the picture of a day
(snapshots, ageing, one entry per place) from the rows with `control.timeline.control_at`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, delete, insert, or_

from frontwatch.control.timeline import COUNTING_MODALITIES, TOO_COARSE, ControlChange, changes_from_facts, control_fact
from frontwatch.derive.records import events, news_events, read
from frontwatch.merge.bulk import paused_gc
from frontwatch.merge.reports import canonical_key
from frontwatch.store.schema import TABLES

control = TABLES["control"]
_COLUMNS = ("place_key", "place_name", "geonameid", "lat", "lon", "radius_km", "controller", "status", "since",
            "last_seen", "evidence")
_DETAIL = tuple(f.name for f in fields(ControlChange) if f.name not in _COLUMNS)


@dataclass
class ControlUpdate:
    facts: int = 0  # events read as control facts (0: the table was left as it was)
    changes: int = 0  # rows written
    seconds: float = 0.0


def bears_on_control(records: Iterable[dict[str, Any]]) -> bool:
    """Whether any of these events can change the control timeline."""
    return any(control_fact(r) is not None for r in records)


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


def update_control(conn: Connection) -> ControlUpdate:
    """Recompute the timeline from every control fact and replace the table's rows."""
    started = time.perf_counter()
    stmt = news_events().where(events.c.modality.in_(COUNTING_MODALITIES), events.c.location_text.is_not(None),
                               or_(events.c.geo_precision.is_(None), events.c.geo_precision.not_in(TOO_COARSE)))
    with paused_gc():
        keyed = []
        for record in read(conn, stmt):
            fact = control_fact(record)
            if fact is not None:
                keyed.append((canonical_key(record), fact))
        keyed.sort(key=lambda kf: kf[0])  # ties within a day: canonical order, whatever order rows come in
        changes = changes_from_facts(fact for _, fact in keyed)
        rows = [control_row(ch, until) for ch, until in zip(changes, _untils(changes), strict=True)]
    conn.execute(delete(control))
    for at in range(0, len(rows), 10_000):
        conn.execute(insert(control), rows[at:at + 10_000])
    return ControlUpdate(facts=len(keyed), changes=len(rows), seconds=round(time.perf_counter() - started, 3))
