"""CPU seconds per stage of `Pipeline.process`, without a profiler's inflation, on N FA-KES articles.

    .venv/bin/python bench/stage_times.py [--limit 200] [--skip 0]

Runs the stages `Pipeline.process` chains, one article at a time after spaCy's batched pipe,
and charges this process's CPU time (time.process_time) to each: spaCy (nlp.pipe), sentence
and mention records, geoparse (parse_doc), events (extract_events). The clean stage (clean
+ language) is timed separately on the same articles. Warm: 16 other articles go through
first so model loading and the first index builds are not charged. Prints a table; a tool
for deciding what to speed up next, the ratio itself comes from bench/overhead.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CSV, load_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--skip", type=int, default=0)
    args = ap.parse_args()

    from frontwatch.clean import clean_article, is_english
    from frontwatch.events.extract import extract_events
    from frontwatch.geo.outlet import article_country_hint
    from frontwatch.model import RawArticle
    from frontwatch.nlp.pipeline import load_nlp, mentions, sentences
    from frontwatch.pipeline import Pipeline

    rows = load_rows(args.csv, None)
    raws = [RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i), kind="jsonl",
                       title=r["article_title"]) for i, r in enumerate(rows)]
    pipe = Pipeline()
    pipe.warm_up()
    list(pipe.process([clean_article(r) for r in raws[-16:]]))
    nlp, geoparser = load_nlp(), pipe.geoparser
    batch = raws[args.skip:args.skip + args.limit]
    cpu: dict[str, float] = dict.fromkeys(["clean + language", "spaCy nlp.pipe", "sentences + mentions",
                                           "geoparse (parse_doc)", "events (extract_events)"], 0.0)
    t = time.process_time()
    arts = [clean_article(r) for r in batch]
    _ = [is_english(a) for a in arts]
    cpu["clean + language"] = time.process_time() - t
    t = time.process_time()
    docs = list(nlp.pipe([a.text for a in arts], batch_size=32))
    cpu["spaCy nlp.pipe"] = time.process_time() - t
    events = 0
    for doc, article in zip(docs, arts):
        t0 = time.process_time()
        sents = sentences(doc)
        mentions(doc, sents)
        t1 = time.process_time()
        toponyms = geoparser.parse_doc(doc, sents, hint=article_country_hint(article.url, article.outlet, ()))
        t2 = time.process_time()
        events += len(extract_events(doc, article, toponyms))
        t3 = time.process_time()
        cpu["sentences + mentions"] += t1 - t0
        cpu["geoparse (parse_doc)"] += t2 - t1
        cpu["events (extract_events)"] += t3 - t2
    model = cpu["spaCy nlp.pipe"]
    print(f"{len(batch)} articles, {events} events; CPU seconds (share of the model's own time):")
    for name, s in cpu.items():
        print(f"  {name:28s} {s:7.2f} s  {s / model:6.2f}")
    rest = sum(cpu.values()) - model
    print(f"  {'all but the model':28s} {rest:7.2f} s  {rest / model:6.2f}  -> ratio model/total {model / (model + rest):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
