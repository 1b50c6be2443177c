"""Throughput of the native (non-English) path against the English pipeline, characters per second.

    .venv/bin/python bench/lang_throughput.py [--chars 60000] [--data ../shared/data]

For each language, texts from the gold corpora in `multilingual/` (records in file order until
`--chars` characters), and for English the LGL articles (`geoparsing/lgl.xml`), are cleaned and
run through `Pipeline.process` -- the whole job: sentences, places and event coding (the parser
too for English; the native path has none).
Models and the gazetteer are loaded and warmed up before timing (one short text per language).
Writes chars/s per language and the ratio to English to bench/results/lang-<UTC time>.json, by wall clock
and by this process's CPU seconds (`cpu_*`: what to compare on a shared machine, where wall time is other jobs').
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from results_file import write_result

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.evaluate.corpora import read_corpus  # noqa: E402
from frontwatch.model import Article  # noqa: E402
from frontwatch.pipeline import Pipeline  # noqa: E402


def _take(texts, limit: int) -> list[str]:
    out, n = [], 0
    for t in texts:
        if n >= limit:
            break
        out.append(t)
        n += len(t)
    return out


def _articles(texts: list[str], lang: str) -> list[Article]:
    return [Article(id=f"{lang}{i}", text=t, source_ref=f"{lang}#{i}", kind="text", language=lang)
            for i, t in enumerate(texts)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=60_000)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()
    corpora = {"en": _take((d.text for d in read_corpus(args.data / "geoparsing" / "lgl.xml")[1]), args.chars)}
    for path in sorted((args.data / "multilingual").glob("*.jsonl")):
        lang = path.name.split("-")[0]
        recs = [json.loads(line) for line in path.open(encoding="utf-8")]
        corpora[lang] = _take((r["text"] for r in recs), args.chars)
    pipe = Pipeline()
    pipe.warm_up()
    for lang, texts in corpora.items():  # models, word lists and indexes load here, untimed
        list(pipe.process(_articles(texts[:1], lang)))
    result: dict = {"chars_limit": args.chars, "languages": {}}
    for lang, texts in corpora.items():
        chars = sum(map(len, texts))
        t0, c0 = time.perf_counter(), time.process_time()
        out = list(pipe.process(_articles(texts, lang)))
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        result["languages"][lang] = {"texts": len(texts), "chars": chars, "seconds": round(secs, 2),
                                     "chars_per_s": round(chars / secs), "cpu_seconds": round(cpu, 2),
                                     "chars_per_cpu_s": round(chars / cpu), "toponyms": sum(len(p.toponyms) for p in out),
                                     "events": sum(len(p.events) for p in out)}
    en, en_cpu = result["languages"]["en"]["chars_per_s"], result["languages"]["en"]["chars_per_cpu_s"]
    for lang, r in result["languages"].items():
        r["english_over_this"] = round(en / r["chars_per_s"], 2)
        r["cpu_english_over_this"] = round(en_cpu / r["chars_per_cpu_s"], 2)
    write_result(result, args.out, "lang")


if __name__ == "__main__":
    main()
