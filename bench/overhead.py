"""What frontwatch costs on top of its spaCy model: bare `nlp.pipe` and `extract --workers 1`
interleaved in one process on the same articles (issue 17).

    .venv/bin/python bench/overhead.py [--limit 200] [--rounds 3] [--csv ../shared/data/syria/fakes-articles.csv]

The machine is shared, so absolute times drift with other jobs; a ratio of two passes run
back to back drifts much less. Each round times both passes on the same articles, in
alternating order (bare first in odd rounds, extract first in even ones) so a slow spell
does not always land on the same side:

* bare    — `nlp.pipe(texts, batch_size=32)` of the model as spaCy ships it (`spacy.load`, a
            second instance: frontwatch's own swaps in an exact but faster attribute ruler,
            nlp/indexed_ruler.py, so the ratio compares against what spaCy alone costs), on the
            cleaned texts the pipeline sees; `--bare same` times the pipeline's own instance with
            its frontwatch components disabled instead;
* extract — `runner.run_extract(workers=1)` end to end (read JSONL, clean, language, NLP,
            geoparse, events, JSON lines to /dev/null), in this process.

With --compare-stock each round adds a third pass, `extract_stock`: extract with the pipeline's
attribute ruler and lemmatizer handing every Doc to the spaCy components they stand in for (what
nlp/indexed_ruler.py and nlp/memo_lemmatizer.py save, measured beside the same load); the order
of the three passes rotates by round. The first extract pass of a process meets cold memos (name
look-ups, fuzzy indexes, lemmas), so compare passes from the second round on.

The ratio is bare seconds / extract seconds (1.0 = frontwatch costs nothing beyond the
model), from wall-clock and from this process's CPU seconds (less sensitive to other jobs
taking the core). A warm-up extract of 16 other articles runs first, so index builds and
model loading are outside the rounds (the cold cost is `--rounds 1` of a fresh process
minus that). Peak RSS is this process's (one worker). `--save-events FILE` keeps the last
round's extract output (and its SHA-256) so two trees' outputs can be compared byte for
byte (`cmp`); without it the output goes to /dev/null. Results go to
bench/results/overhead-<UTC>.json with machine, time and commit (results_file.py).
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402
from throughput import DEFAULT_CSV, load_rows, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _timed(fn) -> dict:
    cpu0, t0 = time.process_time(), time.perf_counter()
    extra = fn() or {}
    return {"seconds": round(time.perf_counter() - t0, 3), "cpu_seconds": round(time.process_time() - cpu0, 3),
            "load_avg_1min": round(os.getloadavg()[0], 2), **extra}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=200, help="the first N articles (0: all)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--label", default="", help="added to the file name, e.g. base-<commit> for a run of another tree")
    ap.add_argument("--bare", choices=("stock", "same"), default="stock",
                    help="stock: the model as spaCy loads it (default); same: the pipeline's own model instance")
    ap.add_argument("--compare-stock", action="store_true",
                    help="each round also times extract with spaCy's own attribute_ruler and lemmatizer in place of "
                         "frontwatch's stand-ins (same process, interleaved): what the stand-ins save, beside the load")
    ap.add_argument("--save-events", type=Path,
                    help="write the last round's extract output here (JSONL) instead of /dev/null, and its "
                         "SHA-256 into the result: `cmp` two trees' files to check the output did not change")
    args = ap.parse_args()

    import frontwatch
    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.nlp.components import FRONTWATCH_PIPES, load_pipeline
    from frontwatch.runner import SourceOptions, run_extract

    rows = load_rows(args.csv, None)
    warm_rows, rows = rows[-16:], rows[:args.limit or None]
    tmp = Path(tempfile.mkdtemp(prefix="fw-overhead-"))
    corpus, warm = tmp / "corpus.jsonl", tmp / "warm.jsonl"
    write_jsonl(rows, 1, corpus)
    write_jsonl(warm_rows, 1, warm)
    texts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                      kind="jsonl", title=r["article_title"])).text for i, r in enumerate(rows)]
    n, words = len(texts), sum(len(t.split()) for t in texts)
    nlp = load_pipeline()  # the one instance extract runs: one model in this process
    opts = SourceOptions(keep_non_english=False)

    if args.bare == "stock":
        import spacy

        from frontwatch.nlp.pipeline import MAX_CHARS, MODEL_NAME

        bare_nlp = spacy.load(MODEL_NAME)
        bare_nlp.max_length = MAX_CHARS
    else:
        bare_nlp = nlp

    def bare() -> None:
        for _doc in bare_nlp.pipe(texts, batch_size=32, disable=[p for p in FRONTWATCH_PIPES if p in bare_nlp.pipe_names]):
            pass

    def extract(path: Path = corpus, sink: str = os.devnull) -> dict:
        with open(sink, "w", encoding="utf-8") as out:
            stats = run_extract([str(path)], out, opts=opts, workers=1, on_error=lambda m: None)
        return {"events": stats.events, "processed": stats.stored, "failed": stats.failed}

    def with_stock_components(fn):
        """`fn` run with the pipeline's stand-ins handing each Doc to the spaCy component they wrap."""
        def run() -> dict:
            wrapped = {name: nlp.get_pipe(name) for name in ("attribute_ruler", "lemmatizer")}
            for comp in wrapped.values():
                inner = getattr(comp, "ruler", None) or getattr(comp, "lemmatizer", None)
                if inner is not None:
                    comp.pipe = lambda docs, batch_size=128, _inner=inner: (_inner(d) for d in docs)
            try:
                return fn()
            finally:
                for comp in wrapped.values():
                    comp.__dict__.pop("pipe", None)
        return run

    warm_up = _timed(lambda: extract(warm))
    print(f"{n} articles, {words} words; warm-up extract of {len(warm_rows)} others {warm_up['seconds']} s", flush=True)
    rounds = []
    for k in range(args.rounds):
        order = ("bare", "extract") if k % 2 == 0 else ("extract", "bare")
        if args.compare_stock:
            order = (("bare", "extract", "extract_stock"), ("extract_stock", "bare", "extract"),
                     ("extract", "extract_stock", "bare"))[k % 3]
        sink = str(args.save_events) if args.save_events and k == args.rounds - 1 else os.devnull
        passes = {"bare": bare, "extract": functools.partial(extract, corpus, sink),
                  "extract_stock": with_stock_components(functools.partial(extract, corpus))}
        got = {name: _timed(passes[name]) for name in order}
        b, e = got["bare"], got["extract"]
        r = {"bare_nlp_pipe": b, "extract": e, "order": list(order),
             "ratio_wall": round(b["seconds"] / e["seconds"], 3),
             "ratio_cpu": round(b["cpu_seconds"] / e["cpu_seconds"], 3),
             "bare_articles_per_s": round(n / b["seconds"], 2), "extract_articles_per_s": round(n / e["seconds"], 2)}
        if "extract_stock" in got:
            st = got["extract_stock"]
            r["extract_stock_components"] = st
            r["ratio_cpu_stock_components"] = round(b["cpu_seconds"] / st["cpu_seconds"], 3)
            print(f"  extract with spaCy's ruler + lemmatizer: cpu {st['cpu_seconds']} s, ratio cpu "
                  f"{r['ratio_cpu_stock_components']}", flush=True)
        rounds.append(r)
        print(f"round {k + 1}: bare {r['bare_articles_per_s']} art/s ({b['seconds']} s, cpu {b['cpu_seconds']} s), "
              f"extract {r['extract_articles_per_s']} art/s ({e['seconds']} s, cpu {e['cpu_seconds']} s, "
              f"{e['events']} events); ratio wall {r['ratio_wall']}, cpu {r['ratio_cpu']}; load {e['load_avg_1min']}",
              flush=True)
    result = {
        "benchmark": "overhead (bare nlp.pipe vs extract --workers 1, interleaved)",
        "input": {"csv": str(args.csv), "articles": n, "words": words, "rounds": args.rounds},
        "frontwatch_source": str(Path(frontwatch.__file__).parent), "label": args.label,
        "spacy_model": nlp.meta.get("name"), "spacy_pipeline": nlp.pipe_names,
        "bare_model": args.bare, "bare_pipeline": [(name, type(proc).__name__) for name, proc in bare_nlp.pipeline],
        "extract_pipeline": [(name, type(proc).__name__) for name, proc in nlp.pipeline],
        "warm_up": warm_up, "rounds": rounds,
        "median_ratio_wall": statistics.median(r["ratio_wall"] for r in rounds),
        "median_ratio_cpu": statistics.median(r["ratio_cpu"] for r in rounds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.save_events:
        import hashlib

        result["events_file"] = str(args.save_events)
        result["events_sha256"] = hashlib.sha256(args.save_events.read_bytes()).hexdigest()
        print(f"events written to {args.save_events} (sha256 {result['events_sha256'][:16]}…)")
    write_result(result, args.out, f"overhead{'-' + args.label if args.label else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
