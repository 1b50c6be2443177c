"""The queries behind /events, /events.geojson and /control on a large store: plans and cold times.

    .venv/bin/python bench/query_scale.py --db PATH|postgresql://… --events 1000000 [--days 3650]
        [--build] [--no-derive] [--repeat 3]

Why apart from bench/load.py: the API caches each answer per data version, so a load run times
mostly cache hits; what a user waits for after each ingest commit is these queries run cold. This
runs the API's own statements (`store.queries`, `derive.read`) straight on the store, prints the
plan the database chose (EXPLAIN QUERY PLAN / EXPLAIN) and times each, `--repeat` times (the first
also pays the page cache). `--build` fills an empty store first (bench/bulk_store.py; `--no-derive`
leaves stories and control unbuilt: their derive stage at 1,000,000 events costs minutes of CPU and
>8 GB of memory, and the event queries do not depend on it, except the stories join of the map
points, which then finds nothing). Writes bench/results/queries-<UTC>.json (machine, date, commit).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from results_file import write_result  # noqa: E402


def statements(dialect: str) -> dict:
    from sqlalchemy import func, select

    from frontwatch.store import queries as q
    from frontwatch.store.schema import TABLES

    events, control = TABLES["events"], TABLES["control"]
    f = q.EventFilters()
    return {
        "/events total": q.events_count(f, dialect),
        "/events?limit=100 page": q.events_select(f, dialect).limit(100),
        "/events?min_corroboration=2&limit=20 page": q.events_select(q.EventFilters(min_corroboration=2),
                                                                     dialect).limit(20),
        "/events.geojson?limit=10000 rows": q.features_select(f, dialect).limit(10001),
        "/events.geojson stories-pending check": select(func.count()).select_from(events).where(
            events.c.story_id.is_(None), events.c.modality != "background"),
        "/control version": select(func.count(), func.max(control.c.id), func.min(control.c.id),
                                   func.max(control.c.last_seen)),
        "/control changes": select(control).order_by(control.c.id),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--days", type=int, default=3650)
    ap.add_argument("--build", action="store_true", help="fill the (empty) store first, in bulk")
    ap.add_argument("--no-derive", action="store_true", help="with --build: skip the stories/control stage")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    from sqlalchemy import text

    from bulk_store import build_bulk, bulk_save, store_bytes
    from web_map_load import synthetic_articles

    from frontwatch.store import Store

    db = args.db if "://" in args.db else Path(args.db)
    built = None
    if args.build:
        if args.no_derive:
            t0 = time.perf_counter()
            with Store(str(db)) as store:
                written = bulk_save(store, synthetic_articles(args.events, days=args.days))
            built = {"how": "bulk, no derive stage", "events": written, "seconds": round(time.perf_counter() - t0, 1)}
        else:
            built = build_bulk(db, args.events, synthetic_articles(args.events, days=args.days))
    store = Store(str(db))
    dialect = store.engine.dialect.name
    out: dict = {}
    with store.engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("events", "articles", "stories", "control")}
        for name, stmt in statements(dialect).items():
            sql = str(stmt.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))
            plan = [str(r[-1] if dialect == "sqlite" else r[0]) for r in conn.execute(
                text(("EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN ") + sql))]
            times, rows = [], 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                rows = len(conn.execute(stmt).all())
                times.append(round((time.perf_counter() - t0) * 1000, 1))
            out[name] = {"ms": times, "rows": rows, "plan": plan}
            print(f"{name}: {times} ms, {rows} rows", file=sys.stderr)
    store.close()
    write_result({"bench": "query_scale", "store": dialect, "events": args.events, "days": args.days,
                  "counts": counts, "store_build": built, "store_bytes": store_bytes(db),
                  "load_avg_1min": os.getloadavg()[0], "queries": out}, args.out, "queries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
