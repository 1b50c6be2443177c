"""Throughput of `extract` against bare spaCy on the same texts, in one run.

    .venv/bin/python bench/throughput.py [--csv ../shared/data/syria/fakes-articles.csv] [--repeat 1] [--limit N]

Prints articles/s and words/s for (a) bare `nlp.pipe` of the same model and (b) the full
stateless pipeline (clean → NLP → geoparse → events), their ratio, and peak RSS, and
writes them with the machine, date and commit to bench/results/throughput-<UTC time>.json.
Both passes run in the same process on the same texts; the model and gazetteer are
loaded before timing starts. Speed is measured here, never in tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "syria" / "fakes-articles.csv"


def load_texts(path: Path, repeat: int, limit: int | None) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("article_content") or "").strip()]
    if limit:
        rows = rows[:limit]
    return rows * repeat


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--repeat", type=int, default=1, help="repeat the corpus N times")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--runs", type=int, default=1, help="timed runs of each pass (median reported)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()
    if not args.csv.exists():
        print(f"throughput: {args.csv} not found (pass --csv)", file=sys.stderr)
        return 2

    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.nlp.pipeline import load_nlp
    from frontwatch.pipeline import Pipeline

    rows = load_texts(args.csv, args.repeat, args.limit)
    raws = [RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=f"fakes:{i}", kind="text",
                       title=r["article_title"], outlet=r.get("source")) for i, r in enumerate(rows)]
    texts = [r.text for r in raws]
    words = sum(len(t.split()) for t in texts)

    nlp = load_nlp()
    pipe = Pipeline()
    pipe.warm_up()
    for _ in nlp.pipe(texts[:8]):  # warm caches
        pass

    bare, full, events = [], [], 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = 0
        for processed in pipe.process(clean_article(r) for r in raws):
            events += len(processed.events)
        full.append(time.perf_counter() - t0)

    n = len(texts)
    bare_s, full_s = statistics.median(bare), statistics.median(full)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip() or None
    result = {
        "benchmark": "throughput",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": commit,
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": __import__("os").cpu_count()},
        "input": {"csv": str(args.csv), "articles": n, "words": words, "repeat": args.repeat},
        "runs": args.runs,
        "bare_nlp_pipe": {"seconds": round(bare_s, 2), "articles_per_s": round(n / bare_s, 2),
                          "words_per_s": round(words / bare_s)},
        "extract": {"seconds": round(full_s, 2), "articles_per_s": round(n / full_s, 2),
                    "words_per_s": round(words / full_s), "events": events},
        "ratio_extract_to_bare": round(bare_s / full_s, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"throughput-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"articles: {n}  words: {words}")
    print(f"bare nlp.pipe : {result['bare_nlp_pipe']['articles_per_s']:8.2f} articles/s "
          f"({result['bare_nlp_pipe']['words_per_s']} words/s)")
    print(f"extract       : {result['extract']['articles_per_s']:8.2f} articles/s "
          f"({result['extract']['words_per_s']} words/s), {events} events")
    print(f"ratio extract/bare: {result['ratio_extract_to_bare']:.3f}   peak RSS: {result['peak_rss_mb']} MB")
    print(f"written: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
