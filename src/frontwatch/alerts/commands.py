"""`frontwatch watches add|list|remove` and `frontwatch alerts`: the command-line side of alerts.

Kept out of cli.py (which only registers these) so alerts stay one package; the options
mirror the API's watch fields one to one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

watches_app = typer.Typer(no_args_is_help=True, help="Saved watches: areas, types and actors to alert on.")
err = Console(stderr=True, markup=False, highlight=False)
out = Console(markup=False, highlight=False)


def _db(db: Optional[str]) -> str:
    return db or os.environ.get("FRONTWATCH_DB", "frontwatch.sqlite")


def _fail(msg: str, code: int = 2) -> None:
    err.print(Text.assemble(("error:", "bold red"), " ", msg))
    raise typer.Exit(code)


@watches_app.command("add")
def watches_add(
    name: str = typer.Argument(..., help="A name for the watch (shown in alerts)."),
    db: Optional[str] = typer.Option(None, "--db", help="Store (default frontwatch.sqlite or $FRONTWATCH_DB)."),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="Area: west,south,east,north in degrees."),
    polygon: Optional[Path] = typer.Option(None, "--polygon", help="Area: a GeoJSON file (Polygon, MultiPolygon, "
                                                                   "Feature or FeatureCollection)."),
    place: Optional[str] = typer.Option(None, "--place", help="Area: a place name (gazetteer), with --radius."),
    radius: float = typer.Option(25.0, "--radius", help="Radius in km around --place (default 25)."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO2 country to look --place up in."),
    types: list[str] = typer.Option([], "--type", help="Event type: internal, ACLED (sub-)type or PLOVER (repeatable)."),
    actors: list[str] = typer.Option([], "--actor", help="Part of an actor's name (repeatable)."),
    min_corroboration: int = typer.Option(1, "--min-corroboration", help="Alert once this many outlets report it."),
    webhooks: list[str] = typer.Option([], "--webhook", help="URL to POST each alert to as JSON (repeatable)."),
    emails: list[str] = typer.Option([], "--email", help="Address to e-mail each alert to (repeatable; SMTP "
                                                         "server from FRONTWATCH_SMTP_HOST)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer file for --place."),
    as_json: bool = typer.Option(False, "--json", help="Print the saved watch as JSON."),
) -> None:
    """Save a watch. Alerts come from events stored after it is saved (no replay of the archive)."""
    from frontwatch.alerts.areas import AreaError, bbox_area, place_area, polygon_area
    from frontwatch.alerts.watches import Watch, WatchError, add_watch
    from frontwatch.store import Store, StoreError

    if sum(x is not None for x in (bbox, polygon, place)) > 1:
        _fail("give one area: --bbox, --polygon or --place (with --radius)")
    try:
        area = None
        if bbox is not None:
            area = bbox_area(bbox)
        elif polygon is not None:
            if not polygon.is_file():
                _fail(f"--polygon: no such file: {polygon}")
            area = polygon_area(polygon)
        elif place is not None:
            from frontwatch.geo.gazetteer import Gazetteer

            with Gazetteer.open(gazetteer) as gaz:
                area = place_area(place, radius, gaz, country=country)
        with Store(_db(db)) as store:
            watch = add_watch(store, Watch(name=name, area=area, types=types, actors=actors,
                                           min_corroboration=min_corroboration, webhooks=webhooks, emails=emails))
    except (AreaError, WatchError) as exc:
        _fail(str(exc))
    except StoreError as exc:
        _fail(str(exc), 1)
    if as_json:
        print(json.dumps(watch.as_dict(), indent=2, ensure_ascii=False))
    else:
        err.print(f"watch {watch.id} saved: {watch.name} ({watch.as_dict()['area_text']})")


@watches_app.command("list")
def watches_list(db: Optional[str] = typer.Option(None, "--db", help="Store."),
                 as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Every saved watch."""
    from frontwatch.alerts.watches import list_watches
    from frontwatch.store import Store

    with Store(_db(db)) as store:
        watches = [w.as_dict() for w in list_watches(store)]
    if as_json:
        print(json.dumps(watches, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"watches in {_db(db)}")
    for col in ("id", "name", "area", "types", "actors", "min outlets", "deliver to"):
        table.add_column(col, overflow="fold")
    for w in watches:
        table.add_row(str(w["id"]), Text(w["name"]), Text(w["area_text"]), Text(", ".join(w["types"]) or "any"),
                      Text(", ".join(w["actors"]) or "any"), str(w["min_corroboration"]),
                      Text(", ".join(w["webhooks"] + w["emails"]) or "map panel only"))
    out.print(table)


@watches_app.command("remove")
def watches_remove(watch_id: int = typer.Argument(..., help="The watch's id (see `frontwatch watches list`)."),
                   db: Optional[str] = typer.Option(None, "--db", help="Store.")) -> None:
    """Delete a watch with its alerts."""
    from frontwatch.alerts.watches import remove_watch
    from frontwatch.store import Store

    with Store(_db(db)) as store:
        if not remove_watch(store, watch_id):
            _fail(f"no watch {watch_id}", 1)
    err.print(f"watch {watch_id} removed")


def alerts_command(
    db: Optional[str] = typer.Option(None, "--db", help="Store."),
    watch_id: Optional[int] = typer.Option(None, "--watch", help="Only this watch's alerts."),
    limit: int = typer.Option(50, "--limit", min=1, max=10_000, help="How many (newest first)."),
    deliver: bool = typer.Option(False, "--deliver", help="First evaluate the watches and send every due "
                                                          "delivery (for cron between ingests)."),
    now: bool = typer.Option(False, "--now", help="With --deliver: also send pending deliveries whose back-off "
                                                 "has not ended (after fixing a receiver)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Let webhooks reach private and "
                                                                      "loopback addresses."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Alerts, newest change first, with how each was delivered."""
    from frontwatch.alerts.listing import list_alerts
    from frontwatch.store import Store

    with Store(_db(db)) as store:
        if deliver:
            from frontwatch.alerts.hook import AlertHook

            hook = AlertHook(store, allow_private=allow_private,
                             on_error=lambda m: err.print(Text.assemble(("error:", "bold red"), " ", m)))
            hook.after_batch(ignore_backoff=now)
            err.print(f"{hook.changes} alert(s) created or updated, {hook.sent} delivery(ies) sent")
        total, items = list_alerts(store, watch_id=watch_id, limit=limit)
    if as_json:
        print(json.dumps({"total": total, "items": items}, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"alerts in {_db(db)} ({total}; times UTC)")
    for col in ("id", "watch", "alert", "outlets", "version", "updated", "deliveries"):
        table.add_column(col, overflow="fold")
    for a in items:
        sent = "; ".join(f"v{d['version']} {d['channel']} {d['status']}" + (f" ({d['attempts']} tries)"
                                                                             if d["attempts"] > 1 else "")
                         for d in a["deliveries"]) or "panel"
        table.add_row(str(a["id"]), Text(a["watch_name"]), Text(a["title"] or a["story_id"]), str(a["corroboration"]),
                      str(a["version"]), a["updated_at"][:19].replace("T", " "), Text(sent))
    out.print(table)
