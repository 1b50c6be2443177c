"""Saved watches: what an analyst wants to be told about, and where to tell them.

A watch is an area (or anywhere), event types, actors and a minimum corroboration, with
its delivery targets (webhook URLs, e-mail addresses; every alert is also listed by
`/alerts` and the map's alerts panel). Validation happens here, once, for the CLI and
the API alike; the store keeps watches in its `watches` table so they survive restarts
and move with the data they watch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parseaddr
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, insert, select, update

from frontwatch.alerts.areas import Area, AreaError, check_area, describe
from frontwatch.events.type_names import describe_known, unknown_types
from frontwatch.store import Store
from frontwatch.store.engine import WRITE_OPTIONS
from frontwatch.store.schema import WatchRow

_TABLE = WatchRow.__table__
MAX_TARGETS = 20  # webhooks or addresses per watch
MAX_TERMS = 50  # types or actors per watch


class WatchError(ValueError):
    """A watch that cannot be saved (one line naming the field)."""


@dataclass
class Watch:
    name: str
    area: Area | None = None
    types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    min_corroboration: int = 1
    webhooks: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: datetime | None = None
    checked_until: datetime | None = None  # see WatchRow.checked_until

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "area": self.area, "area_text": describe(self.area),
                "types": self.types, "actors": self.actors, "min_corroboration": self.min_corroboration,
                "webhooks": self.webhooks, "emails": self.emails,
                "created_at": self.created_at.isoformat() if self.created_at else None}


_COLUMNS = ("name", "area", "types", "actors", "min_corroboration", "webhooks", "emails")


def _row_watch(row: Any) -> Watch:
    return Watch(id=row["id"], created_at=row["created_at"], checked_until=row["checked_until"],
                 **{k: row[k] for k in _COLUMNS})


def mark_checked(store: Store, watch_ids: list[int], until: datetime) -> None:
    """Events stored before `until` have been evaluated for these watches."""
    with store.engine.execution_options(**WRITE_OPTIONS).begin() as conn:
        conn.execute(update(_TABLE).where(_TABLE.c.id.in_(watch_ids)).values(checked_until=until))


def stored_type_names(store: Store) -> set[str]:
    """Type names the store's events carry (they may predate the current ontology)."""
    from frontwatch.api.filters import stored_type_names as names

    with store.engine.connect() as conn:
        return names(conn)


def _terms(values: Any, what: str) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str) or not isinstance(values, list | tuple):
        raise WatchError(f"{what}: expected a list of strings")
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip() or len(v) > 200:
            raise WatchError(f"{what}: each must be a non-empty string of at most 200 characters")
        if v.strip() not in out:
            out.append(v.strip())
    if len(out) > MAX_TERMS:
        raise WatchError(f"{what}: at most {MAX_TERMS}")
    return out


def _webhook(url: Any) -> str:
    if not isinstance(url, str):
        raise WatchError("webhook: expected a URL string")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WatchError(f"webhook: expected an http(s) URL, got {url!r}")
    if parts.username or parts.password:
        raise WatchError("webhook: no credentials in the URL (put a secret in its path or query)")
    return url.strip()


def _email(addr: Any) -> str:
    if not isinstance(addr, str):
        raise WatchError("email: expected an address string")
    _, parsed = parseaddr(addr.strip())
    local, at, domain = parsed.rpartition("@")
    if not at or not local or "." not in domain or any(c in parsed for c in " \r\n,;"):
        raise WatchError(f"email: not an address: {addr!r}")
    return parsed


def validate(watch: Watch, known_types: set[str] | None = None) -> Watch:
    """A clean copy of `watch`, or WatchError. `known_types`: the store's own type names (accepted too)."""
    name = (watch.name or "").strip() if isinstance(watch.name, str) else ""
    if not name or len(name) > 200:
        raise WatchError("name: required, at most 200 characters")
    try:
        area = check_area(watch.area)
    except AreaError as exc:
        raise WatchError(str(exc)) from None
    types = _terms(watch.types, "types")
    bad = unknown_types(types, known_types or ())
    if bad:
        raise WatchError(f"types: unknown event type {bad[0]!r}; use {describe_known()}")
    n = watch.min_corroboration
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 10_000:
        raise WatchError("min_corroboration: an integer from 1 to 10000")
    webhooks = list(dict.fromkeys(_webhook(u) for u in (watch.webhooks or [])))
    emails = list(dict.fromkeys(_email(a) for a in (watch.emails or [])))
    if len(webhooks) > MAX_TARGETS or len(emails) > MAX_TARGETS:
        raise WatchError(f"at most {MAX_TARGETS} webhooks and {MAX_TARGETS} e-mail addresses")
    return Watch(name=name, area=area, types=types, actors=_terms(watch.actors, "actors"), min_corroboration=n,
                 webhooks=webhooks, emails=emails, id=watch.id, created_at=watch.created_at)


def add_watch(store: Store, watch: Watch) -> Watch:
    """Validate and save; returns the stored watch (with its id). Alerts start from events stored after now."""
    clean = validate(watch, stored_type_names(store))
    clean.created_at = datetime.now(timezone.utc)
    values = {k: getattr(clean, k) for k in _COLUMNS} | {"created_at": clean.created_at}
    with store.engine.execution_options(**WRITE_OPTIONS).begin() as conn:
        clean.id = conn.execute(insert(_TABLE).values(values)).inserted_primary_key[0]
    return clean


def replace_watch(store: Store, watch_id: int, watch: Watch) -> Watch | None:
    """Change a watch's terms and targets (its alerts and creation time stay); None if there is no such watch."""
    clean = validate(watch, stored_type_names(store))
    values = {k: getattr(clean, k) for k in _COLUMNS}
    with store.engine.execution_options(**WRITE_OPTIONS).begin() as conn:
        if not conn.execute(update(_TABLE).where(_TABLE.c.id == watch_id).values(values)).rowcount:
            return None
    return get_watch(store, watch_id)


def list_watches(store: Store) -> list[Watch]:
    with store.engine.connect() as conn:
        return [_row_watch(r) for r in conn.execute(select(_TABLE).order_by(_TABLE.c.id)).mappings()]


def get_watch(store: Store, watch_id: int) -> Watch | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(_TABLE).where(_TABLE.c.id == watch_id)).mappings().first()
    return _row_watch(row) if row else None


def remove_watch(store: Store, watch_id: int) -> bool:
    """Delete a watch with its alerts and their delivery records (foreign keys cascade)."""
    with store.engine.execution_options(**WRITE_OPTIONS).begin() as conn:
        return bool(conn.execute(delete(_TABLE).where(_TABLE.c.id == watch_id)).rowcount)


def has_watches(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(select(_TABLE.c.id).limit(1)).first() is not None
