"""Where `Pipeline.process` spends its time outside the spaCy model, on N FA-KES articles.

    .venv/bin/python bench/profile_pipeline.py [--limit 100] [--skip 0] [--top 40]

cProfile (so every Python call is inflated) over `Pipeline.process` after a warm-up, then
the cumulative time of the stages (spaCy's pipe, geoparse, event extraction) and the
functions with the most own time. A tool for finding hot spots, not a speed figure:
ratios come from bench/throughput.py.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

STAGES = {
    "spaCy (nlp.pipe)": ("language.py", "pipe"),
    "read + clean + language (clean_items)": ("runner.py", "clean_items"),
    "JSON out (events_public)": ("runner.py", "events_public"),
    "geoparse (parse_doc)": ("geoparse.py", "parse_doc"),
    "events (extract_events)": ("extract.py", "extract_events"),
    "candidates (CandidateFinder.candidates)": ("candidates.py", "candidates"),
    "fuzzy (CandidateFinder.fuzzy)": ("candidates.py", "fuzzy"),
    "recognise": ("recognize.py", "recognise"),
    "resolve_document": ("resolve.py", "resolve_document"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--skip", type=int, default=0, help="start at this article (a part not used for warm-up)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--whole", action="store_true",
                    help="profile runner.run_extract (read, clean, language, JSON out too), not only Pipeline.process")
    ap.add_argument("--sampling", action="store_true",
                    help="pyinstrument (sampling: Python-heavy code is not inflated as under cProfile; "
                         "pip install -e '.[bench]')")
    ap.add_argument("--dump", type=Path, help="also write the raw profile here (for pstats/snakeviz)")
    args = ap.parse_args()

    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.pipeline import Pipeline

    rows = load_rows(args.csv, None)
    arts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                     kind="jsonl", title=r["article_title"])) for i, r in enumerate(rows)]
    pipe = Pipeline()
    pipe.warm_up()
    list(pipe.process(arts[-5:]))  # warm up the model and the lazily built indexes
    batch = arts[args.skip:args.skip + args.limit]
    prof = cProfile.Profile()
    if args.whole:
        import os
        import tempfile

        from throughput import write_jsonl

        from frontwatch.runner import SourceOptions, run_extract

        tmp = Path(tempfile.mkdtemp(prefix="fw-profile-"))
        path, warm = tmp / "in.jsonl", tmp / "warm.jsonl"
        write_jsonl(rows[args.skip:args.skip + args.limit], 1, path)
        write_jsonl(rows[-5:], 1, warm)
        with open(os.devnull, "w", encoding="utf-8") as out:
            run_extract([str(warm)], out, opts=SourceOptions(), workers=1, on_error=lambda m: None)
            prof.enable()
            events = run_extract([str(path)], out, opts=SourceOptions(), workers=1, on_error=lambda m: None).events
            prof.disable()
    elif args.sampling:
        from pyinstrument import Profiler

        sampler = Profiler(interval=0.002)
        sampler.start()
        events = sum(len(p.events) for p in pipe.process(batch))
        sampler.stop()
        print(f"{len(batch)} articles, {events} events (pyinstrument, wall clock)")
        print(sampler.output_text(unicode=False, color=False, show_all=False, time="seconds"))
        return 0
    else:
        prof.enable()
        events = sum(len(p.events) for p in pipe.process(batch))
        prof.disable()
    if args.dump:
        prof.dump_stats(str(args.dump))
    stats = pstats.Stats(prof)
    total = max(v[3] for v in stats.stats.values())
    print(f"{len(batch)} articles, {events} events, total {total:.2f} s (profiled)")
    for label, (fname, func) in STAGES.items():
        cum = sum(v[3] for (f, _l, fn), v in stats.stats.items() if f.endswith(fname) and fn == func)
        print(f"  {label:42s} {cum:7.2f} s")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
