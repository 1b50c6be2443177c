"""CPU seconds of each spaCy component of the model frontwatch runs, on N FA-KES articles (issue 17).

    .venv/bin/python bench/component_times.py [--limit 200] [--batch-size 32] [--rounds 2]

Why: the model is the larger part of extract's cost; a component whose output the pipeline
never reads (or reads for a few tokens only) is work that could be skipped or done on
demand. Each component runs over all the documents in turn (`proc.pipe(docs, batch_size)`,
what `nlp.pipe` chains per batch), charged with this process's CPU seconds. The cleaned
texts are the ones the pipeline sees. A warm-up pass over 16 other articles runs first.
Rounds repeat the whole measurement (the machine is shared: read the spread). Results go
to bench/results/component_times-<UTC>.json (results_file.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def time_components(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds per component (and for make_doc) over `texts`, components run one after another."""
    cpu: dict[str, float] = {}
    t = time.process_time()
    docs = [nlp.make_doc(x) for x in texts]
    cpu["make_doc (tokenizer)"] = time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        cpu[name] = time.process_time() - t
    return cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.nlp.pipeline import load_nlp

    rows = load_rows(args.csv, None)
    texts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                      kind="jsonl", title=r["article_title"])).text for i, r in enumerate(rows)]
    nlp = load_nlp()
    time_components(nlp, texts[-16:], args.batch_size)
    batch = texts[:args.limit or None]
    rounds = [time_components(nlp, batch, args.batch_size) for _ in range(args.rounds)]
    names = list(rounds[0])
    median = {k: round(statistics.median(r[k] for r in rounds), 3) for k in names}
    total = sum(median.values())
    print(f"{len(batch)} articles, batch size {args.batch_size}; median CPU seconds of {args.rounds} rounds:")
    for k in names:
        print(f"  {k:22s} {median[k]:7.2f} s  {median[k] / total:6.1%}")
    print(f"  {'total':22s} {total:7.2f} s")
    write_result({"benchmark": "component_times (CPU seconds per spaCy component)",
                  "input": {"csv": str(args.csv), "articles": len(batch), "batch_size": args.batch_size,
                            "rounds": args.rounds},
                  "spacy_model": nlp.meta.get("name"), "spacy_pipeline": nlp.pipe_names,
                  "rounds_cpu_seconds": [{k: round(v, 3) for k, v in r.items()} for r in rounds],
                  "median_cpu_seconds": median, "median_total": round(total, 3)},
                 args.out, "component_times")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
