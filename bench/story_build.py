"""How long stories and the control timeline take as a store grows, and under a flood of one happening.

    .venv/bin/python bench/story_build.py [--events 10000 30000 100000] [--flood 10000 30000 100000]
                                          [--late 0.01] [--incremental-max 30000]

The events are web_map_load's (300 places in and around Syria over a year, 10 events an
article, 25 outlets), as event records in memory, so this times the merge and control code
alone (no store, no server). Times, as wall and CPU seconds (on a shared machine the CPU
seconds are the comparable figure), for each size:
- batch: `build_stories` over every event, and `control_changes`;
- incremental (sizes up to --incremental-max): a `StoryBuilder` fed one article at a time
  (`add_many` of its events, as the API does after an ingest) in publication order, and again
  with a share of articles (`--late`) arriving a month late; both must equal the batch
  (the builder's result does not depend on arrival order) or the run fails;
- one more article into the full builder (what an ingest costs the live API).
Store (sizes in --store): the stories stage over a real SQLite store (`frontwatch.derive`):
`rebuild` (read every event, build, write every story and the control table), then one
more article published after all others (the live case: only its stories are restored and
written), then one published mid-year (a late article: every stored event published after it
is added again, the price of exactness). Each reports how many events were pending,
re-added (tail), restored and how many stories were written.
Archive (sizes in --archive): batch story building over an archive that grows by covering more
days at one density (10,000 events a year), as a desk's archive grows; the fixed-year series above
packs more reports into the same 300 places and 365 days, so the true matches per report grow with n.
Flood: N reports of one capture in one town from 1,000 outlets, dated over three days, with
three actor readings (near-identical items, as when a wire story is republished everywhere).
`growth` gives the exponent k of time ~ n^k between consecutive sizes (1 = linear; n log n is
about 1.1 over these sizes).
Writes the figures with the machine, load, date and commit to bench/results/stories-<UTC time>.json,
with `stories_sha256` per size: a fingerprint of every batch-built story (`story_digest.py`), so a
speed-up can be shown to change no story by comparing it with another checkout's.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, replace
from datetime import datetime, timezone
from pathlib import Path

from results_file import write_result
from story_digest import stories_digest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from web_map_load import synthetic_articles  # noqa: E402

from frontwatch.control.timeline import control_changes  # noqa: E402
from frontwatch.merge.bulk import paused_gc  # noqa: E402
from frontwatch.merge.stories import StoryBuilder, build_stories  # noqa: E402


def records(n_events: int, days: int | None = None) -> list[list[dict]]:
    """The synthetic store's events as public records (+ `article`), grouped by article, in publication order.
    `days`: the span they cover (default one year, whatever their number)."""
    articles = []
    for processed in synthetic_articles(n_events, **({"days": days} if days else {})):
        art = processed.article
        ref = {"id": art.id, "url": art.url, "outlet": art.outlet, "title": art.title,
               "published": art.published.isoformat()}
        articles.append([{**e.to_record(), "article": ref} for e in processed.events])
    articles.sort(key=lambda evs: (evs[0]["article"]["published"], evs[0]["article_id"]))
    return articles


def timed(fn, *args):
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, {"seconds": round(time.perf_counter() - w, 2), "cpu_seconds": round(time.process_time() - c, 2)}


def one_at_a_time(articles: list[list[dict]]) -> StoryBuilder:
    """One `add_many` per article: what the API does after each ingest (reads the new events, adds them)."""
    builder = StoryBuilder()
    with paused_gc():
        for art in articles:
            builder.add_many(art)
    return builder


def flood(n_events: int) -> list[dict]:
    """One capture told n times: same town and type, three dates, three actor readings, 1,000 outlets."""
    actors = [{"name": "Hay'at Tahrir al-Sham", "text": "HTS"}, {"name": "Syrian opposition", "text": "rebels"}, None]
    out = []
    for i in range(n_events):
        day = 5 + i % 3
        aid = f"flood-{i:07d}"
        out.append({
            "id": f"{aid}-0", "article_id": aid, "evidence": {"text": "Rebels captured Saraqib.", "start": 0, "end": 24},
            "event_type": "takeover", "acled": {"event_type": "Battles",
                                                "sub_event_type": "Non-state actor overtakes territory"},
            "plover": "ASSAULT", "actor1": actors[i % 3], "actor2": None,
            "location": {"name": "Saraqib", "text": "Saraqib", "geonameid": 163270, "lat": 35.8623, "lon": 36.8006,
                         "country": "SY", "admin1": "Idlib", "precision": "city"},
            "date": f"2024-12-{day:02d}", "date_precision": "day", "reported_by": [], "modality": "asserted",
            "confidence": 0.8,
            "article": {"id": aid, "url": f"https://outlet{i % 1000}.example.org/{i}", "outlet": f"Outlet {i % 1000}",
                        "title": "Saraqib falls", "published": f"2024-12-{day + 1:02d}T{i % 24:02d}:{i % 60:02d}:00+00:00"},
        })
    return out


def growth(sizes: list[int], seconds: list[float]) -> list[float]:
    """The exponent k of t ~ n^k between consecutive sizes."""
    return [round(math.log(t2 / t1) / math.log(n2 / n1), 2) if t1 > 0 and t2 > 0 else float("nan")
            for (n1, t1), (n2, t2) in zip(zip(sizes, seconds), zip(sizes[1:], seconds[1:]))]


def one_size(n_events: int, late_share: float, incremental: bool) -> dict:
    articles = records(n_events)
    flat = [e for art in articles for e in art]
    result: dict = {"events": len(flat), "articles": len(articles)}
    batch, result["batch_build_stories"] = timed(build_stories, flat)
    result["stories"] = len(batch)
    result["stories_sha256"] = stories_digest(batch)  # equal digests: equal stories (see story_digest.py)
    result["multi_report_stories"] = sum(len(s.event_ids) > 1 for s in batch)
    changes, result["batch_control_changes"] = timed(control_changes, flat)
    result["control_changes"] = len(changes)
    if not incremental:
        return result
    builder, result["incremental_in_order"] = timed(one_at_a_time, articles)
    if builder.stories() != batch:
        raise SystemExit("incremental (in order) differs from batch")
    step = max(1, round(1 / late_share)) if late_share > 0 else 0
    if step:
        late = [a for i, a in enumerate(articles) if i % step == step - 1]
        on_time = [a for i, a in enumerate(articles) if i % step != step - 1]
        shuffled, month = [], 30 * len(articles) // 365  # ~ the articles of 30 days
        for i, art in enumerate(on_time):
            shuffled.append(art)
            if i >= month and (i - month) % (step - 1 or 1) == 0 and late:
                shuffled.append(late.pop(0))
        shuffled.extend(late)
        builder, result["incremental_with_late_articles"] = timed(one_at_a_time, shuffled)
        result["late_share"] = late_share
        if builder.stories() != batch:
            raise SystemExit("incremental (with late articles) differs from batch")
    extra = records(n_events + 10)[-1]  # one more article (10 events) into the full builder
    extra = [dict(e, id=f"{e['id']}-extra") for e in extra]
    _, result["one_more_article"] = timed(builder.add_many, extra)
    return result


def one_archive(n_events: int) -> dict:
    """Batch story building over an archive that grows by covering more days at one density (10,000 events
    a year over the same 300 places): how a desk's archive grows, where the fixed-year series packs ever more
    reports of the same places into the same days, so that each report truly matches more others."""
    days = max(1, round(365 * n_events / 10_000))
    flat = [e for art in records(n_events, days) for e in art]
    batch, timing = timed(build_stories, flat)
    return {"events": len(flat), "days": days, "batch_build_stories": timing, "stories": len(batch)}


def one_store(n_events: int, tmp: Path) -> dict:
    """The stories and control stages over a real SQLite store of `n_events` (see module doc)."""
    from frontwatch.derive import rebuild, run_stages
    from frontwatch.store import Store

    made = list(synthetic_articles(n_events + 20))
    stored, extra = made[:-2], made[-2:]
    store = Store(tmp / f"stories-{n_events}.sqlite")
    try:
        t0 = time.perf_counter()
        for processed in stored:
            store.save(processed)
        result: dict = {"events": sum(len(p.events) for p in stored), "save_seconds": round(time.perf_counter() - t0, 1)}
        derived, result["rebuild"] = timed(rebuild, store)
        result["rebuild_stories"], result["rebuild_control_changes"] = derived.stories.written, derived.control.changes
        newest = replace(extra[0], article=replace(extra[0].article, published=datetime(2025, 1, 2, tzinfo=timezone.utc)))
        late = replace(extra[1], article=replace(extra[1].article, published=datetime(2024, 7, 1, tzinfo=timezone.utc)))
        for name, processed in (("newest_article", newest), ("late_article", late)):
            store.save(processed)
            derived, timing = timed(run_stages, store)
            result[name] = {**timing, **{k: v for k, v in asdict(derived.stories).items() if k != "seconds"},
                            "stories_stage_seconds": derived.stories.seconds,
                            "control_stage_seconds": derived.control.seconds, "control_changes": derived.control.changes}
    finally:
        store.close()
    return result


def one_flood(n_events: int) -> dict:
    events = flood(n_events)
    stories, timing = timed(build_stories, events)
    return {"events": n_events, "build_stories": timing, "stories": len(stories),
            "largest_story": max(len(s.event_ids) for s in stories)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--flood", type=int, nargs="*", default=[10_000, 30_000, 100_000])
    ap.add_argument("--archive", type=int, nargs="*", default=[10_000, 30_000, 100_000],
                    help="sizes of an archive at one density (10,000 events a year): batch story building")
    ap.add_argument("--late", type=float, default=0.01, help="share of articles arriving 30 days late")
    ap.add_argument("--incremental-max", type=int, default=30_000,
                    help="time the incremental builds only up to this many events (they take ~2x the batch)")
    ap.add_argument("--store", type=int, nargs="*", default=[10_000, 30_000, 100_000],
                    help="sizes of the real-store runs of the stages (rebuild, then one new article)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    result: dict = {"bench": "story_build", "load_before": os.getloadavg(), "sizes": [], "flood": [], "store": []}
    for n in args.events:
        result["sizes"].append(one_size(n, args.late, n <= args.incremental_max))
        print(json.dumps(result["sizes"][-1]), file=sys.stderr, flush=True)
    result["archive"] = []
    for n in args.archive:
        result["archive"].append(one_archive(n))
        print(json.dumps(result["archive"][-1]), file=sys.stderr, flush=True)
    for n in args.flood:
        result["flood"].append(one_flood(n))
        print(json.dumps(result["flood"][-1]), file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="frontwatch-stories-") as tmp:
        for n in args.store:
            result["store"].append(one_store(n, Path(tmp)))
            print(json.dumps(result["store"][-1]), file=sys.stderr, flush=True)
    sizes = [r["events"] for r in result["sizes"]]
    result["growth_batch_cpu"] = growth(sizes, [r["batch_build_stories"]["cpu_seconds"] for r in result["sizes"]])
    result["growth_archive_cpu"] = growth([r["events"] for r in result["archive"]],
                                          [r["batch_build_stories"]["cpu_seconds"] for r in result["archive"]])
    result["growth_rebuild_cpu"] = growth([r["events"] for r in result["store"]],
                                          [r["rebuild"]["cpu_seconds"] for r in result["store"]])
    result["growth_flood_cpu"] = growth([r["events"] for r in result["flood"]],
                                        [r["build_stories"]["cpu_seconds"] for r in result["flood"]])

    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src/frontwatch/merge", "src/frontwatch/control",
                            "src/frontwatch/derive"],
                           cwd=ROOT, capture_output=True, text=True).stdout.split("\n")
    result["dirty"] = [d[3:] for d in dirty if d.strip()]
    write_result(result, args.out, "stories")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
