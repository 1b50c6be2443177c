"""Profile one derive run (stories + control) after a batch, at a given store size (issue 17 item 3).

    .venv/bin/python bench/derive_batch.py --store 2000 --batch 200 [--db postgresql://…] [--profile]

Why: the synthetic ingest's derive steps grew with the store (bench/ingest_scale.py --synthetic);
this isolates one step. The store is filled with `--store` synthetic articles (bench/synthetic_ingest.py)
with the derive stages off, `rebuild` makes stories and control current, then `--batch` more
articles are saved and `run_stages` is timed (and with --profile, cProfiled: top functions printed).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    import synthetic_ingest as syn

    from frontwatch import runner, worker
    from frontwatch.derive import rebuild
    from frontwatch.runner import SourceOptions, run_ingest
    from frontwatch.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--db", default=None)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--save", type=Path, default=None, help="SQLite: keep a copy of the store as it is before run_stages")
    ap.add_argument("--reuse", type=Path, default=None, help="SQLite: time run_stages on a copy of a --save'd store")
    ap.add_argument("--changed", action="store_true",
                    help="after the run: how many later stored reports the batch moved (full builds without and with it)")
    ap.add_argument("--extracted", type=Path, default=Path(tempfile.gettempdir()) / "frontwatch-fakes-extracted.pkl")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="fw-derive-batch-"))
    if args.reuse:
        shutil.copy(args.reuse, tmp / "store.sqlite")
        return timed_stages(Store(tmp / "store.sqlite"), args.profile, args.store if args.changed else None)
    bases, _ = syn.record_extraction(tmp / "none.jsonl", tmp / "x.sqlite", args.extracted)
    vocab = syn.vocabulary(b.article.text for b in bases)
    total = args.store + args.batch
    records = list(syn.synthetic_records(bases, total, vocab))
    first, second = tmp / "first.jsonl", tmp / "second.jsonl"
    syn.write_jsonl(records[:args.store], first)
    syn.write_jsonl(records[args.store:], second)
    db = args.db or tmp / "store.sqlite"
    syn.install_replay(bases, total)
    worker.process_chunk, worker.init_process = syn.replay_chunk, syn.no_pipeline
    real_derive = runner._derive
    runner._derive = lambda *a, **k: None
    t0 = time.perf_counter()
    run_ingest([str(first)], db, opts=SourceOptions(keep_non_english=False), workers=1, on_error=lambda m: None,
               in_process=True)
    print(f"filled {args.store} in {time.perf_counter() - t0:.1f}s", flush=True)
    store = Store(db)
    t0 = time.perf_counter()
    rep = rebuild(store)
    print(f"rebuild {time.perf_counter() - t0:.1f}s {rep}", flush=True)
    t0 = time.perf_counter()
    run_ingest([str(second)], db, opts=SourceOptions(keep_non_english=False), workers=1, on_error=lambda m: None,
               in_process=True)
    print(f"batch of {args.batch} saved in {time.perf_counter() - t0:.1f}s", flush=True)
    runner._derive = real_derive
    if args.save and not args.db:
        store.close()  # its WAL checkpointed into the file
        shutil.copy(db, args.save)
        store = Store(db)
    return timed_stages(store, args.profile, args.store if args.changed else None)


def changed_entries(store, first_batch_copy: int) -> dict:
    """Full builds of the stored events without and with the batch (articles numbered from
    `first_batch_copy` on): of the stored reports after the batch's first one in canonical order,
    how many end in another story or with another explanation entry, and how many events the
    batch's compatibility components hold. Why: what an exact incremental run must redo at least."""
    from sqlalchemy import text

    from frontwatch.derive.records import news_events, read
    from frontwatch.merge.reports import canonical_key
    from frontwatch.merge.stories import StoryBuilder

    with store.engine.connect() as conn:
        evs = list(read(conn, news_events()))
        urls = dict(conn.execute(text("SELECT id, url FROM articles")).all())
    batch = {a for a, u in urls.items() if u and int(u.rsplit("/", 1)[1]) >= first_batch_copy}
    old = [e for e in evs if e["article_id"] not in batch]
    first = min(canonical_key(e) for e in evs if e["article_id"] in batch)

    def entries(events: list) -> tuple[dict, StoryBuilder]:
        b = StoryBuilder(window_days=3)
        b.add_many(events)
        return {eid: (s.id, i, repr(s.explanation[i])) for s in b.stories() for i, eid in enumerate(s.event_ids)}, b

    before, _ = entries(old)
    after, builder = entries(evs)
    later = [e["id"] for e in old if canonical_key(e) > first]
    roots = {builder._find(builder._by_event[e["id"]]) for e in evs if e["article_id"] in batch}
    return {"events": len(evs), "stored_after_first_new": len(later),
            "entries_changed": sum(before[i] != after[i] for i in later),
            "stories_changed": sum(before[i][0] != after[i][0] for i in later),
            "events_in_the_batch_components": sum(len(builder._component[r]) for r in roots)}


def timed_stages(store, profile: bool, changed_from: int | None = None) -> int:
    from frontwatch.derive import run_stages

    prof = cProfile.Profile() if profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    rep = run_stages(store)
    if prof:
        prof.disable()
    print(f"run_stages {time.perf_counter() - t0:.1f}s wall, {time.process_time() - c0:.1f}s CPU {rep}", flush=True)
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
    if changed_from is not None:
        print("changed by the batch:", changed_entries(store, changed_from), flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
