"""How the API and the map page cope with a large store: 100,000 synthetic events by default.

    .venv/bin/python bench/web_map_load.py [--events 100000] [--db /tmp/fw-bench-web-100000.sqlite] [--no-browser]

Builds (once; reused while the file exists) a store of synthetic located events through the real
`Store.save`, starts the real `frontwatch serve` on a free port, then times:
- /events.geojson cold (the first request, while the server computes stories: it does not wait for
  them), how long after the start story ids are ready, and warm (with them), with its size, and two
  server-filtered requests (one event type; a 30-day window);
- /events (one page), /stories, /control;
- the map page in headless Debian Chromium (software GL, like CI): until the page says it is ready,
  with its own timings (map created / loaded / events fetched / idle), and one timeline slider move
  (page-side filter + re-clustering) until the map is idle again.
Writes everything with the machine, date and commit to bench/results/web-<UTC time>.json.
Speed is measured here, never in tests.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from results_file import write_result

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.model import Actor, Article, Event, Place, ProcessedArticle, Toponym  # noqa: E402
from frontwatch.store import Store  # noqa: E402

# (internal type, ACLED type, ACLED sub-type, PLOVER): a spread over the map's categories
KINDS = [
    ("takeover", "Battles", "Non-state actor overtakes territory", "ASSAULT"),
    ("clash", "Battles", "Armed clash", "ASSAULT"),
    ("air_strike", "Explosions/Remote violence", "Air/drone strike", "AERIAL"),
    ("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    ("attack_civilians", "Violence against civilians", "Attack", "ASSAULT"),
    ("protest", "Protests", "Peaceful protest", "PROTEST"),
    ("deployment", "Strategic developments", "Other", "MOBILIZE"),
]
ACTORS = [Actor("Syrian opposition", "rebels", "rebel group", "SY"),
          Actor("Military Forces of Syria", "government forces", "state forces", "SY"),
          Actor("Syrian Democratic Forces", "SDF", "rebel group", "SY")]
MODALITIES = ["asserted"] * 6 + ["claimed"] * 3 + ["denied"]
START = date(2024, 1, 1)
DAYS = 365
EVENTS_PER_ARTICLE = 10
URL = re.compile(r"http://[\w.:]+/")


def synthetic_articles(n_events: int, seed: int = 7, days: int = DAYS):
    """Deterministic articles of 10 events each over 300 places in and around Syria, over `days` days
    (one year by default)."""
    rng = random.Random(seed)
    places = [Place(900_000 + i, f"Place {i}", round(rng.uniform(32.4, 37.2), 4), round(rng.uniform(35.7, 42.2), 4),
                    "SY", "Synthetic", "99", None, "P", "PPL", rng.randint(500, 2_000_000)) for i in range(300)]
    n_articles = (n_events + EVENTS_PER_ARTICLE - 1) // EVENTS_PER_ARTICLE
    made = 0
    for a in range(n_articles):
        day = START + timedelta(days=rng.randrange(days))
        aid = f"bench-{a:07d}"
        events = []
        for k in range(min(EVENTS_PER_ARTICLE, n_events - made)):
            kind, acled, sub, plover = rng.choice(KINDS)
            place = rng.choice(places)
            text = f"Report {a}-{k}: {kind.replace('_', ' ')} near {place.name}."
            when = day - timedelta(days=rng.randrange(3))
            events.append(Event(
                id=f"{aid}-{k}", article_id=aid, evidence_text=text, evidence_start=0, evidence_end=len(text),
                event_type=kind, acled_event_type=acled, acled_sub_event_type=sub, plover=plover,
                actor1=rng.choice(ACTORS), actor2=None,
                location=Toponym(0, len(place.name), place.name, place=place, score=0.9, precision="city"),
                date=when.isoformat(), date_precision="day", reported_by=[], modality=rng.choice(MODALITIES),
                confidence=round(rng.uniform(0.4, 0.99), 2)))
        made += len(events)
        article = Article(id=aid, text=" ".join(e.evidence_text for e in events), source_ref=f"bench:{aid}",
                          kind="text", title=f"Bench article {a}", url=f"https://bench.example.org/{a}",
                          outlet=f"Outlet {a % 25}",
                          published=datetime.combine(day, datetime.min.time(), tzinfo=timezone.utc),
                          published_from="metadata", language="en", language_score=0.99)
        yield ProcessedArticle(article, events=events)


def build(db: Path | str, n_events: int, *, bulk: bool = False, reuse_only: bool = False, days: int = DAYS,
          copy_from: Path | None = None) -> dict:
    """The synthetic store, with its stories and control written by `frontwatch.derive.rebuild`
    (what `frontwatch ingest` writes batch by batch; the server only reads them).

    A store that already holds `n_events` events and their stories is reused as it is. `bulk`
    writes the same rows many per statement (bench/bulk_store.py: minutes instead of tens of
    minutes at 1,000,000 events) instead of one `Store.save` transaction per article;
    `reuse_only` refuses to build (the caller wants the store built by an earlier run); `days`: the
    span the events are spread over (more days, the same density at a larger size); `copy_from`: an
    empty PostgreSQL store is filled by copying this built SQLite store (its derived tables too)."""
    from bulk_store import build_bulk, copy_store, derive_only, store_bytes

    from frontwatch.derive import rebuild

    if "://" in str(db):  # a PostgreSQL URL: reuse a store of the same size, fill an empty one
        store = Store(str(db))
        counts = store.counts()
        store.close()
        if counts.get("events", 0) == n_events and counts.get("stories", 0) > 0:
            return {"reused": True, "seconds": 0.0, "store_bytes": store_bytes(db)}
        if counts.get("events", 0):
            raise SystemExit(f"{db}: holds {counts['events']} events, not {n_events}; give an empty database")
    elif db.exists():
        store = Store(db)
        counts = store.counts()
        if counts.get("events", 0) == n_events and counts.get("stories", 0) > 0:
            store.close()
            return {"reused": True, "seconds": 0.0, "store_bytes": store_bytes(db)}
        store.close()
        if bulk and not reuse_only and counts.get("events", 0) == n_events and not counts.get("stories", 0):
            return {**derive_only(db), "days": days}  # a bulk build stopped before or during its derive stage
        if reuse_only:
            raise SystemExit(f"{db}: holds {counts.get('events', 0)} events and {counts.get('stories', 0)} stories, "
                             f"not {n_events} events with stories; build it first (without --reuse)")
        db.unlink()
    if reuse_only:
        raise SystemExit(f"{db}: no store of {n_events} events to reuse; build it first (without --reuse)")
    if copy_from is not None and "://" in str(db):
        return copy_store(copy_from, str(db))
    if bulk:
        return {**build_bulk(db, n_events, synthetic_articles(n_events, days=days)), "days": days}
    t0 = time.perf_counter()
    store = Store(str(db) if "://" in str(db) else db)
    try:
        for processed in synthetic_articles(n_events, days=days):
            store.save(processed)
        saved = time.perf_counter()
        derived = rebuild(store)
    finally:
        store.close()
    return {"reused": False, "seconds": round(time.perf_counter() - t0, 2),
            "rebuild_seconds": round(time.perf_counter() - saved, 2), "stories": derived.stories.written,
            "control_changes": derived.control.changes, "how": "per article (Store.save)", "store_bytes": store_bytes(db), "days": days}


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "frontwatch"), "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if sel.select(timeout=0.5):
            found = URL.search(proc.stdout.readline())
            if found:
                return proc, found.group(0)
    proc.kill()
    raise SystemExit(f"frontwatch serve did not start: {proc.stderr.read()[-800:]}")


def timed_get(client: httpx.Client, path: str, **params) -> dict:
    t0 = time.perf_counter()
    resp = client.get(path, params=params, headers={"Accept-Encoding": "gzip"})
    seconds = time.perf_counter() - t0
    resp.raise_for_status()
    out = {"seconds": round(seconds, 3), "bytes": len(resp.content),
           "wire_bytes": int(resp.headers.get("content-length") or 0) or None}
    if "x-frontwatch-stories" in resp.headers:  # map points: were story ids ready, or still being built?
        out["stories"] = resp.headers["x-frontwatch-stories"]
    if path.endswith(".geojson"):
        out["features"] = len(resp.json()["features"])
    return out


def stories_ready(client: httpx.Client, since: float, timeout: float = 600) -> float:
    """Seconds from `since` until the server's story ids are built (map points say 'ready')."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.get("/events.geojson", params={"limit": 1}).headers.get("x-frontwatch-stories") == "ready":
            return round(time.perf_counter() - since, 2)
        time.sleep(0.25)
    raise SystemExit("stories were not ready in time")


def browser_load(url: str) -> dict:
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with sync_playwright() as pw, tempfile.TemporaryDirectory(prefix="fw-bench-") as profile:
        ctx = pw.chromium.launch_persistent_context(profile, executable_path="/usr/bin/chromium", headless=True,
                                                    args=args, viewport={"width": 1280, "height": 820},
                                                    bypass_csp=True)  # the page's CSP forbids the probes' eval
        page = ctx.new_page()
        t0 = time.perf_counter()
        page.goto(url, wait_until="domcontentloaded")
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=600_000, polling=100)
        ready = time.perf_counter() - t0
        shown = page.evaluate("window.frontwatch.state.shown.length")
        timing = page.evaluate("window.frontwatch.timing")
        fetch_ms = page.evaluate("window.frontwatch.state.loadMs")
        nodes = page.evaluate("document.getElementsByTagName('*').length")
        # one slider move: until the filtered events are clustered and drawn (sources loaded, map settled)
        slider = page.evaluate("""() => new Promise((done) => {
            const el = document.getElementById('range-from');
            const before = window.frontwatch.state.shown.length;
            const map = window.frontwatch.map;
            const t0 = performance.now();
            let changed = false;
            const settled = () => map.loaded() && map.isSourceLoaded('events') && map.isSourceLoaded('control');
            const poll = () => {
                if (!changed) changed = window.frontwatch.state.shown.length !== before;
                if (changed && settled()) done((performance.now() - t0) / 1000);
                else setTimeout(poll, 25);
            };
            el.value = Math.floor(el.max / 2); el.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(poll, 150);
        })""")
        after = page.evaluate("window.frontwatch.state.shown.length")
        heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : null")
        ctx.close()
    return {"ready_seconds": round(ready, 2), "page_timing_ms": timing, "events_fetch_ms": fetch_ms,
            "shown": shown, "dom_nodes": nodes, "slider_move_seconds": round(slider, 2),
            "shown_after_slider": after, "js_heap_mb": round(heap / 2**20, 1) if heap else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"fw-bench-web-{args.events}.sqlite"

    result: dict = {"bench": "web_map_load", "events": args.events, "db": str(db),
                    "store_build": build(db, args.events), "load_before": os.getloadavg()}
    proc, url = start_server(db)
    started = time.perf_counter()
    try:
        with httpx.Client(base_url=url, timeout=900) as client:
            cold = timed_get(client, "/events.geojson")  # while the server computes stories (not waiting for them)
            result["api"] = {
                "events_geojson_cold": cold,
                "stories_ready_after_start_seconds": stories_ready(client, started),
                "events_geojson_warm": timed_get(client, "/events.geojson"),
                # what the map page asks for: every point in one response, lean members (view=map)
                "events_geojson_map_view": timed_get(client, "/events.geojson", view="map", limit=args.events),
                "events_geojson_type_battles": timed_get(client, "/events.geojson", type="Battles"),
                "events_geojson_30_days": timed_get(client, "/events.geojson", date_from="2024-06-01",
                                                    date_to="2024-06-30"),
                "events_page_100": timed_get(client, "/events", limit=100),
                "stories_page_100": timed_get(client, "/stories", limit=100),
                "control_cold": timed_get(client, "/control", date="2024-12-31"),
            }
        if not args.no_browser:
            result["browser"] = browser_load(url)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()

    write_result(result, args.out, "web")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
