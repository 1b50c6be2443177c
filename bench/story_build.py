"""How long stories and the control timeline take for a large store: 100,000 synthetic events by default.

    .venv/bin/python bench/story_build.py [--events 100000] [--late 0.01]

The events are web_map_load's (300 places in and around Syria over a year, 10 events an
article, 25 outlets), as event records in memory, so this times the merge and control code
alone (no store, no server). Times, as wall and CPU seconds:
- batch: `build_stories` over every event, and `control_changes`;
- incremental: a `StoryBuilder` fed one article at a time (`add_many` of its events, as the API
  does after an ingest) in publication order, and again
  with a share of articles (`--late`) arriving a month late; both must equal the batch
  (the builder's result does not depend on arrival order) or the run fails;
- one more article into the full builder (what an ingest costs the live API).
Writes the figures with the machine, load, date and commit to bench/results/stories-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from results_file import write_result

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from web_map_load import synthetic_articles  # noqa: E402

from frontwatch.control.timeline import control_changes  # noqa: E402
from frontwatch.merge.bulk import paused_gc  # noqa: E402
from frontwatch.merge.stories import StoryBuilder, build_stories  # noqa: E402


def records(n_events: int) -> list[list[dict]]:
    """The synthetic store's events as public records (+ `article`), grouped by article, in publication order."""
    articles = []
    for processed in synthetic_articles(n_events):
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--late", type=float, default=0.01, help="share of articles arriving 30 days late")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    articles = records(args.events)
    flat = [e for art in articles for e in art]
    result: dict = {"bench": "story_build", "events": len(flat), "articles": len(articles),
                    "load_before": os.getloadavg()}
    batch, result["batch_build_stories"] = timed(build_stories, flat)
    result["stories"] = len(batch)
    result["multi_report_stories"] = sum(len(s.event_ids) > 1 for s in batch)
    changes, result["batch_control_changes"] = timed(control_changes, flat)
    result["control_changes"] = len(changes)

    builder, result["incremental_in_order"] = timed(one_at_a_time, articles)
    if builder.stories() != batch:
        raise SystemExit("incremental (in order) differs from batch")
    step = max(1, round(1 / args.late)) if args.late > 0 else 0
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
        result["late_share"] = args.late
        if builder.stories() != batch:
            raise SystemExit("incremental (with late articles) differs from batch")
    extra = records(args.events + 10)[-1]  # one more article (10 events) into the full builder
    extra = [dict(e, id=f"{e['id']}-extra") for e in extra]
    _, result["one_more_article"] = timed(builder.add_many, extra)

    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src/frontwatch/merge", "src/frontwatch/control"],
                           cwd=ROOT, capture_output=True, text=True).stdout.split("\n")
    result["dirty"] = [d[3:] for d in dirty if d.strip()]
    write_result(result, args.out, "stories")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
