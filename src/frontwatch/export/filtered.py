"""Stored events matching the API's filters, for `frontwatch export --from/--to/--bbox/...`.

The filters are built by `api.filters.event_filters` and run by the API's own SQL
(`store.queries.events_select`), so an export and `/events` with the same filters hold the same
events. Rows are streamed (server-side cursor), oldest first, like an unfiltered export's order
of ingestion is stable: by the event's date (else its article's day), then id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.store import Store


def filtered_records(store: Store, f: Any) -> Iterator[dict[str, Any]]:
    """Event records (the export shape: `Event.to_record()` plus "article") matching `f`."""
    from frontwatch.store import queries as q

    stmt = q.events_select(f, store.engine.dialect.name).order_by(None).order_by(
        q.effective_date.asc().nulls_last(), q.events.c.id)
    with store.engine.connect() as conn:
        for row in q.stream_rows(conn, stmt):
            yield q.event_record(row)


def export_filters(store: Store, date_from: str | None, date_to: str | None, bbox: str | None, country: str | None,
                   types: list[str], actor: str | None, include_background: bool) -> Any:
    """The command line's filter options → checked `EventFilters`; a bad value is a typer usage error (exit 2)."""
    from datetime import date

    import typer

    from frontwatch.api.filters import event_filters
    from frontwatch.store.queries import MODALITIES, BadParameter

    def day(value: str | None, option: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=option) from None

    try:
        return event_filters(types=types, actor=actor, country=country, bbox=bbox,
                             date_from=day(date_from, "--from"), date_to=day(date_to, "--to"),
                             modalities=MODALITIES if include_background else (), engine=store.engine)
    except BadParameter as exc:  # the caller's `finally` closes the store
        raise typer.BadParameter(str(exc)) from None
