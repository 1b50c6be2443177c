"""`ingest` into a fresh SQLite store: articles/s and store size (issue 17, item 3).

    .venv/bin/python bench/ingest_scale.py [--limit 0] [--workers 1] [--csv ../shared/data/syria/fakes-articles.csv]

Issue 17 asks for 100,000 articles; the only full-text corpus here is FA-KES (804 distinct
articles), and repeating it would measure the duplicate check, not ingest (a repeat is
recognised by its content id before any NLP). So this ingests the distinct articles once
and reports what a larger run scales from: articles/s (wall and per CPU second of this
process and its workers), store bytes per article and per event. Results go to
bench/results/ingest-<UTC>.json with machine, time and commit (results_file.py).

`--synthetic N` measures the store side of ingest at N articles (bench/synthetic_ingest.py):
the FA-KES articles are extracted once by the real ingest (cached in --extracted), then N
distinct articles made from them (marked synthetic in the result) go through the same
`run_ingest` — JSONL reading, cleaning, content id, duplicate and near-duplicate checks, one
store transaction per article, the derive stages — with the pipeline worker replaced by a
replay of the base article's extraction. `--db` takes a SQLite path or a postgresql:// URL
(of an empty database). The NLP's cost is not in these figures: bench/throughput.py has it.

    .venv/bin/python bench/ingest_scale.py --synthetic 100000 [--db postgresql://…/empty]
"""

from __future__ import annotations

import argparse
import json
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
    ap.add_argument("--synthetic", type=int, default=0,
                    help="ingest N synthetic articles made from the extracted FA-KES ones: the store side only")
    ap.add_argument("--extracted", type=Path, default=None,
                    help="cache of the FA-KES extraction (--synthetic): made by the first run, reused after "
                         "(default: frontwatch-fakes-extracted[-dated].pkl in the temp directory)")
    ap.add_argument("--dated", action="store_true",
                    help="--synthetic: extract the FA-KES articles with their CSV date as publication date "
                         "(own cache), so copies carry real publication dates and --order matters")
    ap.add_argument("--db", default=None, help="--synthetic: store to ingest into (SQLite path or postgresql:// URL)")
    ap.add_argument("--order", default="archive", choices=("archive", "feed"),
                    help="--synthetic: arrival order, archive (copy after copy, each older than most of the store) "
                         "or feed (by publication time, as a live feed): bench/synthetic_ingest.arrival_order")
    args = ap.parse_args()
    if args.extracted is None:
        name = "frontwatch-fakes-extracted-dated.pkl" if args.dated else "frontwatch-fakes-extracted.pkl"
        args.extracted = Path(tempfile.gettempdir()) / name
    if args.synthetic:
        return synthetic(args)

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


def rss_mb() -> float:
    """This process's resident set now (VmRSS), in MB: ru_maxrss is only the peak."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def synthetic(args: argparse.Namespace) -> int:
    """`--synthetic N`: the store side of ingest at N distinct articles (see the module doc).

    The bench holds what a real ingest does not: the base articles' extractions it replays, the
    corpus vocabulary and the replay table. They cannot be streamed (any copy may come from any base),
    so they are measured instead: the resident set just before `run_ingest` minus the resident set
    after the imports an ingest makes anyway (`bench_held_mb`, ~85 MB at 774 bases). They stay
    resident for the whole run, so the store side's peak is the process's peak minus that
    (`peak_rss_mb_store_side`, and `store_side_mb` in the curve); both figures are written.
    """
    import synthetic_ingest as syn
    from bulk_store import store_bytes

    from frontwatch import derive, worker
    from frontwatch.clean.dedupe import _bands, signature
    from frontwatch.runner import SourceOptions, run_ingest
    from frontwatch.store import Store  # noqa: F401  (what run_ingest imports: not the bench's own)

    signature("what an ingest loads anyway"), _bands(0.8)  # datasketch and scipy, as run_ingest's first article
    rss_imports = rss_mb()
    tmp = Path(tempfile.mkdtemp(prefix="fw-ingest-syn-"))
    if not args.extracted.exists():
        rows = load_rows(args.csv, args.limit or None)
        write_jsonl(rows, 1, tmp / "fakes.jsonl")
        if args.dated:  # the same records, each with its publication date
            lines = (tmp / "fakes.jsonl").read_text(encoding="utf-8").splitlines()
            with (tmp / "fakes.jsonl").open("w", encoding="utf-8") as fh:
                for line, row in zip(lines, rows, strict=True):
                    rec = json.loads(line)
                    if syn.csv_published(row.get("date")):
                        rec["published"] = syn.csv_published(row.get("date"))
                    fh.write(json.dumps(rec) + "\n")
    bases, extraction = syn.record_extraction(tmp / "fakes.jsonl", tmp / "extract.sqlite", args.extracted)
    vocab = syn.vocabulary(b.article.text for b in bases)
    syn.install_replay(bases, args.synthetic)
    bench_held = max(rss_mb() - rss_imports, 0.0)  # before the corpus is written: its transients are not held
    corpus = tmp / "synthetic.jsonl"
    written = syn.write_jsonl(syn.synthetic_records(bases, args.synthetic, vocab, args.order), corpus)
    db = args.db if args.db and "://" in args.db else Path(args.db or tmp / "store.sqlite")
    if not isinstance(db, str) and db.exists():
        raise SystemExit(f"{db} exists: give a new store")
    curve: list[dict] = []
    derives: list[dict] = []
    t0 = time.perf_counter()
    step = max(args.synthetic // 40, 1)
    store_kind = "postgresql" if isinstance(db, str) else "sqlite"
    args.out.mkdir(parents=True, exist_ok=True)
    partial = args.out / f"ingest-partial-{store_kind}-{args.synthetic}-{args.order}{'-dated' if args.dated else ''}.json"
    last = {"stored": 0}

    def progress(stats) -> None:  # articles/s as the store grows: does the store side slow down?
        last["stored"] = stats.stored
        if stats.handled and stats.handled % step == 0 and (not curve or curve[-1]["handled"] != stats.handled):
            curve.append({"handled": stats.handled, "stored": stats.stored,
                          "seconds": round(time.perf_counter() - t0, 1), "cpu_seconds": round(_cpu() - cpu0, 1),
                          "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                          "store_side_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - bench_held, 1)})
            # a run stopped before its end still leaves what it measured
            partial.write_text(json.dumps({"store": store_kind, "synthetic_articles": args.synthetic, "order": args.order, "dated": args.dated,
                                           "rss_after_imports_mb": round(rss_imports, 1), "bench_held_mb": round(bench_held, 1),
                                           "curve": curve, "derive_runs": derives}, indent=1))

    real_stages = derive.run_stages

    def timed_stages(store, **kw):  # each derive run: its size and its stages' seconds
        w0, c0, rss0 = time.perf_counter(), _cpu(), rss_mb()
        report = real_stages(store, **kw)
        st = report.stories
        derives.append({"after_stored": last["stored"], "at_seconds": round(w0 - t0, 1),
                        "seconds": round(time.perf_counter() - w0, 1), "cpu_seconds": round(_cpu() - c0, 1),
                        "stories_seconds": st.seconds, "control_seconds": report.control.seconds,
                        "control_facts": report.control.facts,  # replayed (0: control untouched)
                        "control_from": getattr(report.control, "since", None),  # checkpoint day (None: all)
                        "pending": st.pending, "tail": st.tail, "restored": st.restored,
                        "profiles_held": getattr(st, "profiles", None), "written": st.written,
                        # resident before the run, and the process's peak after it (a run that sets a new peak)
                        "rss_before_mb": round(rss0, 1),
                        "peak_rss_after_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
        return report

    real = worker.process_chunk, worker.init_process
    worker.process_chunk, worker.init_process = syn.replay_chunk, syn.no_pipeline
    derive.run_stages = timed_stages
    cpu0 = _cpu()
    try:
        cpu0, t0 = _cpu(), time.perf_counter()
        stats = run_ingest([str(corpus)], db, opts=SourceOptions(keep_non_english=False), workers=1,
                           on_error=lambda m: None, on_progress=progress, in_process=True)  # the replay, here
        seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    finally:
        worker.process_chunk, worker.init_process = real
        derive.run_stages = real_stages
    size = store_bytes(db)
    result = {
        "benchmark": "ingest, store side: synthetic articles from the FA-KES extractions (NLP replayed, not run)",
        "synthetic": True,
        "note": ("Each article is a distinct copy of an extracted FA-KES article (every 4th lower-case word "
                 "swapped, own URL, dates moved 7 days per copy); run_ingest unchanged except that the pipeline "
                 "worker replays the base article's extraction. NLP cost: bench/throughput.py."),
        "store": store_kind,
        "input": {"csv": str(args.csv), "base_articles": len(bases), "synthetic_articles": written,
                  "order": args.order, "dated": args.dated, "extracted": str(args.extracted)},
        "base_extraction": extraction,
        "stored": stats.stored, "events": stats.events, "duplicates": stats.duplicates,
        "near_duplicates": stats.near_duplicates, "failed": stats.failed, "replay": dict(syn.REPLAY_STATS),
        "errors_first": stats.errors[:5],
        "seconds": round(seconds, 1), "cpu_seconds_this_process": round(cpu, 1),
        "articles_per_s": round(stats.stored / seconds, 1), "store_bytes": size,
        "bytes_per_article": round(size / max(stats.stored, 1)) if size else None,
        "bytes_per_event": round(size / max(stats.events, 1)) if size else None,
        "curve": curve,
        "derive_runs": derives,
        "stages_seconds": {"derive_wall": round(sum(d["seconds"] for d in derives), 1),
                           "derive_cpu": round(sum(d["cpu_seconds"] for d in derives), 1),
                           "stories": round(sum(d["stories_seconds"] for d in derives), 1),
                           "control": round(sum(d["control_seconds"] for d in derives), 1),
                           "rest_wall (read, clean, dedupe, save)": round(seconds - sum(d["seconds"] for d in derives), 1)},
        "peak_rss_mb_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_after_imports_mb": round(rss_imports, 1),
        "bench_held_mb": round(bench_held, 1),
        "peak_rss_mb_store_side": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - bench_held, 1),
        "load_avg_1min": os.getloadavg()[0],
    }
    write_result(result, args.out, "ingest")
    partial.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
