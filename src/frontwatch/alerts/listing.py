"""Alerts as the CLI, the API and the map's panel list them: newest change first, with delivery status."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from frontwatch.alerts.evaluate import ALERTS, DELIVERIES
from frontwatch.store import Store
from frontwatch.store.schema import WatchRow

WATCHES = WatchRow.__table__


def list_alerts(store: Store, *, watch_id: int | None = None, limit: int = 50, offset: int = 0,
                with_targets: bool = True) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of alerts). `with_targets` False hides webhook URLs and addresses (public API)."""
    where = [ALERTS.c.watch_id == watch_id] if watch_id is not None else []
    stmt = (select(ALERTS, WATCHES.c.name.label("watch_name")).join(WATCHES, ALERTS.c.watch_id == WATCHES.c.id)
            .where(*where).order_by(ALERTS.c.updated_at.desc(), ALERTS.c.id.desc()).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(ALERTS).where(*where)).scalar_one()
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
        ids = [r["id"] for r in rows]
        deliveries: dict[int, list[dict[str, Any]]] = {}
        if ids:
            for d in conn.execute(select(DELIVERIES).where(DELIVERIES.c.alert_id.in_(ids))
                                  .order_by(DELIVERIES.c.id)).mappings():
                item = {"version": d["version"], "channel": d["channel"], "status": d["status"],
                        "attempts": d["attempts"], "last_error": d["last_error"],
                        "sent_at": d["sent_at"].isoformat() if d["sent_at"] else None}
                if with_targets:
                    item["target"] = d["target"]
                deliveries.setdefault(d["alert_id"], []).append(item)
    items = []
    for r in rows:
        s = r["summary"] or {}
        items.append({"id": r["id"], "watch_id": r["watch_id"], "watch_name": r["watch_name"],
                      "story_id": r["story_id"], "version": r["version"], "corroboration": r["corroboration"],
                      "title": s.get("title"), "created_at": r["created_at"].isoformat(),
                      "updated_at": r["updated_at"].isoformat(), "summary": s,
                      "deliveries": deliveries.get(r["id"], [])})
    return total, items
