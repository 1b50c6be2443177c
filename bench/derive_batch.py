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
from throughput import DEFAULT_CSV  # noqa: E402


def main() -> int:
    import synthetic_ingest as syn

    from frontwatch import runner, worker
    from frontwatch.derive import rebuild, run_stages
    from frontwatch.runner import SourceOptions, run_ingest
    from frontwatch.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--db", default=None)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--save", type=Path, default=None, help="SQLite: keep a copy of the store as it is before run_stages")
    ap.add_argument("--reuse", type=Path, default=None, help="SQLite: time run_stages on a copy of a --save'd store")
    ap.add_argument("--extracted", type=Path, default=Path(tempfile.gettempdir()) / "frontwatch-fakes-extracted.pkl")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="fw-derive-batch-"))
    if args.reuse:
        shutil.copy(args.reuse, tmp / "store.sqlite")
        return timed_stages(Store(tmp / "store.sqlite"), args.profile)
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
    run_ingest([str(first)], db, opts=SourceOptions(keep_non_english=False), workers=1, on_error=lambda m: None)
    print(f"filled {args.store} in {time.perf_counter() - t0:.1f}s", flush=True)
    store = Store(db)
    t0 = time.perf_counter()
    rep = rebuild(store)
    print(f"rebuild {time.perf_counter() - t0:.1f}s {rep}", flush=True)
    t0 = time.perf_counter()
    run_ingest([str(second)], db, opts=SourceOptions(keep_non_english=False), workers=1, on_error=lambda m: None)
    print(f"batch of {args.batch} saved in {time.perf_counter() - t0:.1f}s", flush=True)
    runner._derive = real_derive
    if args.save and not args.db:
        store.close()  # its WAL checkpointed into the file
        shutil.copy(db, args.save)
        store = Store(db)
    return timed_stages(store, args.profile)


def timed_stages(store, profile: bool) -> int:
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
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
