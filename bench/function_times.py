"""Inclusive CPU seconds of chosen functions over `Pipeline.process`, without a profiler's inflation.

    .venv/bin/python bench/function_times.py [--limit 200] module:qualname [module:qualname ...]

e.g. `frontwatch.geo.geoparse:Geoparser._lookup frontwatch.events.subtype_model:retype`. Each
named function is wrapped (where the pipeline looks it up: name the module that calls it,
e.g. `frontwatch.events.extract:find_mentions`) to add this process's CPU time
(time.process_time) to its total; a recursive call is charged once. Warm: 16 other
articles go through first. cProfile (bench/profile_pipeline.py) finds hot spots but
inflates Python-heavy code several times over; these totals are what the code costs.
Static methods cannot be named (the wrapper would take `self`)."""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CSV, load_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("targets", nargs="+", help="module:qualname")
    args = ap.parse_args()

    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.pipeline import Pipeline

    total: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    depth: collections.Counter = collections.Counter()

    def wrap(owner, attr: str, label: str) -> None:
        fn = getattr(owner, attr)

        def timed(*a, **k):
            if depth[label]:
                return fn(*a, **k)
            depth[label] += 1
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                total[label] += time.process_time() - t
                calls[label] += 1
                depth[label] -= 1

        setattr(owner, attr, timed)

    for target in args.targets:
        module, qualname = target.split(":")
        owner = importlib.import_module(module)
        *path, attr = qualname.split(".")
        for part in path:
            owner = getattr(owner, part)
        wrap(owner, attr, target)

    rows = load_rows(args.csv, None)
    arts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                     kind="jsonl", title=r["article_title"])) for i, r in enumerate(rows)]
    pipe = Pipeline()
    pipe.warm_up()
    list(pipe.process(arts[-16:]))
    total.clear()
    calls.clear()
    t0 = time.process_time()
    events = sum(len(p.events) for p in pipe.process(arts[:args.limit or None]))
    print(f"{min(args.limit or len(arts), len(arts))} articles, {events} events, "
          f"Pipeline.process CPU {time.process_time() - t0:.2f} s")
    for label, secs in total.most_common():
        print(f"{secs:8.2f} s {calls[label]:8d} calls  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
