"""`ingest` into a fresh SQLite store: articles/s and store size (issue 17, item 3).

    .venv/bin/python bench/ingest_scale.py [--limit 0] [--workers 1] [--csv ../shared/data/syria/fakes-articles.csv]

Issue 17 asks for 100,000 articles; the only full-text corpus here is FA-KES (804 distinct
articles), and repeating it would measure the duplicate check, not ingest (a repeat is
recognised by its content id before any NLP). So this ingests the distinct articles once
and reports what a larger run scales from: articles/s (wall and per CPU second of this
process and its workers), store bytes per article and per event. Results go to
bench/results/ingest-<UTC>.json with machine, time and commit (results_file.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402
from throughput import DEFAULT_CSV, load_rows, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=0, help="the first N articles (0: all)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    from frontwatch.runner import SourceOptions, run_ingest

    rows = load_rows(args.csv, args.limit or None)
    tmp = Path(tempfile.mkdtemp(prefix="fw-ingest-"))
    corpus, db = tmp / "corpus.jsonl", tmp / "store.sqlite"
    write_jsonl(rows, 1, corpus)
    cpu0, t0 = _cpu(), time.perf_counter()
    stats = run_ingest([str(corpus)], db, opts=SourceOptions(keep_non_english=False), workers=args.workers,
                       on_error=lambda m: None)
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    size = sum(f.stat().st_size for f in tmp.glob("store.sqlite*"))
    result = {
        "benchmark": "ingest into SQLite (distinct articles)",
        "input": {"csv": str(args.csv), "articles": len(rows)}, "workers": args.workers,
        "stored": stats.stored, "events": stats.events, "failed": stats.failed,
        "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
        "articles_per_s": round(stats.stored / seconds, 2), "articles_per_cpu_s": round(stats.stored / cpu, 2),
        "store_bytes": size, "bytes_per_article": round(size / max(stats.stored, 1)),
        "bytes_per_event": round(size / max(stats.events, 1)),
        "peak_rss_mb_per_worker": sorted(round(v, 1) for v in stats.peak_rss_mb.values()),
        "peak_rss_mb_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_avg_1min": os.getloadavg()[0],
    }
    write_result(result, args.out, "ingest")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
