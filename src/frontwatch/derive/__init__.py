"""frontwatch.derive: the derived layers (stories, territorial control) as pipeline stages.

`run_stages` runs after every ingest batch (`runner.run_ingest`, hence `frontwatch ingest`,
`POST /articles` and `watch`) and writes the `stories` and `control` tables; the API only
reads them (`frontwatch.derive.read`). `rebuild` recomputes both from the stored events.
Both run in one write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock
as well), so concurrent ingests take turns and a killed run leaves the tables as they were:
its events stay pending and the next run adds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from frontwatch.control.timeline import control_fact
from frontwatch.derive.control import ControlUpdate, fact_day, update_control
from frontwatch.derive.stories import (
    Progress,
    StoryUpdate,
    clear_stories,
    pending_reports,
    update_stories,
)

if TYPE_CHECKING:
    from frontwatch.store import Store

DERIVE_LOCK = 0x66776476  # "fwdv": advisory-lock key of the derive stages on PostgreSQL


@dataclass
class StageReport:
    stories: StoryUpdate = field(default_factory=StoryUpdate)
    control: ControlUpdate = field(default_factory=ControlUpdate)


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(DERIVE_LOCK)))


def run_stages(store: Store, *, progress: Progress | None = None) -> StageReport:
    """Add the events in no story yet to the stories; bring control up to date if they bear on it
    (from the latest checkpoint before the earliest of them: `derive.control`)."""
    report = StageReport()
    with store.transaction() as conn:
        _lock(conn)
        earliest: list[date] = []  # the earliest day of the batch's control facts, once one is seen

        def note(record: dict[str, Any]) -> None:  # (the records are not kept: `pending_reports`)
            fact = control_fact(record)
            if fact is not None and (not earliest or fact_day(fact) < earliest[0]):
                earliest[:] = [fact_day(fact)]

        pending = pending_reports(conn, note)
        if not pending:
            return report
        report.stories = update_stories(conn, pending=pending, progress=progress)
        if earliest:
            if progress:
                progress("control timeline", 0, None)
            report.control = update_control(conn, start=earliest[0])
    return report


def rebuild(store: Store, *, progress: Progress | None = None) -> StageReport:
    """Recompute every story and the control table from the stored events."""
    report = StageReport()
    with store.transaction() as conn:
        _lock(conn)
        if progress:
            progress("clearing stories", 0, None)
        clear_stories(conn)
        report.stories = update_stories(conn, progress=progress)
        if progress:
            progress("control timeline", 0, None)
        report.control = update_control(conn)
    return report


__all__ = ["DERIVE_LOCK", "StageReport", "rebuild", "run_stages"]
