"""Throughput of `extract` against bare spaCy on the same texts, in one run, per number of processes.

    .venv/bin/python bench/throughput.py [--csv ../shared/data/syria/fakes-articles.csv]
        [--repeat 7] [--limit N] [--workers 1,2] [--ingest]

For each N in --workers, two passes over the same articles, alternating:

* bare  — `nlp.pipe(texts, batch_size=32, n_process=N)` of the same model on the cleaned
          texts the pipeline sees (what spaCy alone can do with N processes);
* extract — `runner.run_extract` end to end with `workers=N`: read the JSONL, clean,
          NLP, geoparse, events, JSON lines written (to /dev/null), in input order.

Both include their own process start-up (spaCy's pool forks; ours spawns workers that
load the model and open the gazetteer); for N = 1 the model is already loaded for both.
The corpus (804 FA-KES articles) is repeated `--repeat` times; repeats hit the same caches
a real stream of recurring names does, and `--repeat 1` shows the cold case. With
--ingest, `run_ingest` of the distinct articles into a fresh SQLite file is timed too
(repeats would be skipped as duplicates there). Peak RSS per pipeline worker comes from
the workers themselves (ru_maxrss after each chunk). Load average and CPU seconds are
recorded because other jobs on the machine change the wall-clock figures.

Results, with machine, date and commit, go to bench/results/throughput-<UTC time>.json.
Speed is measured here, never in tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "syria" / "fakes-articles.csv"


def load_rows(path: Path, limit: int | None) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("article_content") or "").strip()]
    return rows[:limit] if limit else rows


def write_jsonl(rows: list[dict], repeat: int, path: Path) -> None:
    """The corpus as extract input: one JSONL record per article, repeated `repeat` times."""
    with path.open("w", encoding="utf-8") as fh:
        for k in range(repeat):
            for i, r in enumerate(rows):
                fh.write(json.dumps({"id": f"fakes-{k}-{i}", "title": r["article_title"],
                                     "text": f"{r['article_title']}\n\n{r['article_content']}",
                                     "outlet": r.get("source") or None}) + "\n")


def cpu_seconds() -> float:
    """User + system CPU of this process and of its reaped children (pool workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn) -> dict:
    load0, cpu0, t0 = os.getloadavg()[0], cpu_seconds(), time.perf_counter()
    extra = fn() or {}
    seconds = time.perf_counter() - t0
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds() - cpu0, 1),
            "load_avg_1min": [round(load0, 2), round(os.getloadavg()[0], 2)], **extra}


def rates(result: dict, n: int, words: int) -> dict:
    result["articles_per_s"] = round(n / result["seconds"], 2)
    result["words_per_s"] = round(words / result["seconds"])
    result["cpu_ms_per_article"] = round(1000 * result["cpu_seconds"] / n, 1)
    return result


def git_commit() -> dict:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout.strip()

    dirty = [line[3:] for line in git("status", "--porcelain", "--", "src", "bench").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD") or None, "dirty_files": dirty}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--repeat", type=int, default=7, help="repeat the corpus N times (7 × 804 = 5,628 articles)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of the corpus")
    ap.add_argument("--workers", default="1,2", help="comma-separated process counts to measure")
    ap.add_argument("--ingest", action="store_true", help="also time ingest of the distinct articles into SQLite")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()
    if not args.csv.exists():
        print(f"throughput: {args.csv} not found (pass --csv)", file=sys.stderr)
        return 2
    counts = [int(w) for w in args.workers.split(",") if w.strip()]

    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.nlp.pipeline import load_nlp
    from frontwatch.runner import SourceOptions, run_extract, run_ingest

    rows = load_rows(args.csv, args.limit)
    tmp = Path(tempfile.mkdtemp(prefix="fw-throughput-"))
    corpus, distinct = tmp / "corpus.jsonl", tmp / "distinct.jsonl"
    write_jsonl(rows, args.repeat, corpus)
    write_jsonl(rows, 1, distinct)
    # The texts spaCy sees inside the pipeline: cleaned (not timed; cleaning is in extract's time).
    cleaned = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                        kind="jsonl", title=r["article_title"])).text for i, r in enumerate(rows)]
    texts = cleaned * args.repeat
    n, words = len(texts), sum(len(t.split()) for t in texts)
    print(f"articles: {n} ({len(rows)} × {args.repeat})  words: {words}  cpus: {os.cpu_count()}", flush=True)

    nlp = load_nlp()
    for _ in nlp.pipe(texts[:8]):  # warm up
        pass
    opts = SourceOptions(keep_non_english=False)
    passes: dict[str, dict] = {}
    for w in counts:
        def bare() -> None:
            for _doc in nlp.pipe(texts, batch_size=32, n_process=w):
                pass

        def extract() -> dict:
            with open(os.devnull, "w", encoding="utf-8") as out:
                stats = run_extract([str(corpus)], out, opts=opts, workers=w, on_error=lambda m: None)
            return {"events": stats.events, "processed": stats.stored, "failed": stats.failed,
                    "skipped_language": stats.skipped_language,
                    "peak_rss_mb_per_worker": sorted(round(v, 1) for v in stats.peak_rss_mb.values())}

        b = rates(timed(bare), n, words)
        print(f"workers={w} bare nlp.pipe : {b['articles_per_s']:7.2f} articles/s  {b['words_per_s']:6d} words/s  "
              f"({b['seconds']} s, load {b['load_avg_1min']})", flush=True)
        e = rates(timed(extract), n, words)
        ratio = round(b["seconds"] / e["seconds"], 3)
        print(f"workers={w} extract       : {e['articles_per_s']:7.2f} articles/s  {e['words_per_s']:6d} words/s  "
              f"({e['seconds']} s, load {e['load_avg_1min']}), {e['events']} events, "
              f"peak RSS/worker {e['peak_rss_mb_per_worker']} MB", flush=True)
        print(f"workers={w} ratio extract/bare: {ratio:.3f}", flush=True)
        passes[str(w)] = {"bare_nlp_pipe": b, "extract": e, "ratio_extract_to_bare": ratio}
        if args.ingest:
            db = tmp / f"ingest-{w}.sqlite"

            def ingest() -> dict:
                stats = run_ingest([str(distinct)], db, opts=opts, workers=w, on_error=lambda m: None)
                return {"stored": stats.stored, "events": stats.events, "failed": stats.failed,
                        "peak_rss_mb_per_worker": sorted(round(v, 1) for v in stats.peak_rss_mb.values())}

            g = rates(timed(ingest), len(rows), sum(len(t.split()) for t in cleaned))
            passes[str(w)]["ingest_distinct"] = g
            print(f"workers={w} ingest (distinct {len(rows)}): {g['articles_per_s']:7.2f} articles/s "
                  f"({g['seconds']} s)", flush=True)

    result = {
        "benchmark": "throughput",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **git_commit(),
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
                    "processor": platform.processor() or platform.machine()},
        "input": {"csv": str(args.csv), "articles": n, "distinct": len(rows), "repeat": args.repeat, "words": words},
        "spacy_model": nlp.meta.get("name"), "spacy_pipeline": nlp.pipe_names,
        "workers": passes,
        "peak_rss_mb_bench_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"throughput-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"written: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
