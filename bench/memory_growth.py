"""What a long-running model worker's memory grows with: the pipeline in this process over the FA-KES
articles several times, logging RSS and every memo's size every N articles.

    PYTHONPATH=src .venv/bin/python bench/memory_growth.py [--passes 3] [--every 250] [--bytes 20] [--tracemalloc]

Why: the ingest model worker grows ~30 MB per 1,000 articles (docs/scale-ingest.md, mem23), so
`runner.MODEL_WORKER_ARTICLES` replaces it; this tells what holds the growth. Each checkpoint logs
VmRSS, the RSS after `malloc_trim(0)` (what glibc gives back: memory held by the allocator, not by
live objects), spaCy's `len(nlp.vocab)` and `len(nlp.vocab.strings)`, `gc`'s object count, and the
size of every memo in frontwatch: each `functools` cache (`cache_info().currsize`, module functions
and class methods), each module-level dict/set/list, and each container (or `LRUMemo`) reachable
from the `Pipeline` within three attribute steps. Passing the same articles again separates growth
with new text (new strings, new memo keys: it stops after the first pass) from a leak (it goes on).
With --tracemalloc the Python allocations are traced from the first checkpoint on and the largest
growths by line are printed at the end (slow: ~2x CPU). The series goes to
bench/results/memory_growth-<UTC>.json (results_file.py).
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 32  # articles per Pipeline.process call, as a worker's chunk


def rss_mb() -> float:
    """This process's resident set (VmRSS), MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _size(obj: object) -> int | None:
    """A memo's entry count: a functools cache's currsize, or len() of a container or `LRUMemo`."""
    info = getattr(obj, "cache_info", None)
    if callable(info):
        try:
            return int(info().currsize)
        except TypeError:
            return None
    if isinstance(obj, (dict, set, list, collections.OrderedDict, frozenset)) or type(obj).__name__ == "LRUMemo":
        try:
            return len(obj)  # type: ignore[arg-type]
        except TypeError:
            return None
    return None


def deep_bytes(obj: object, seen: set[int]) -> int:
    """`sys.getsizeof` of `obj` and of everything it reaches that `seen` does not hold yet (modules, classes and
    functions not followed): a memo's own bytes when the memos are walked one after another with one `seen`."""
    import types

    total, stack = 0, [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o, 0)
        stack.extend(gc.get_referents(o))
    return total


def memo_bytes(pipe: object, names: list[str]) -> dict[str, float]:
    """MB held by each named memo (`memo_sizes`'s names), walked largest-count first with one `seen` set."""
    import functools

    seen: set[int] = set()
    out: dict[str, float] = {}
    for name in names:
        head, *rest = name.split(".")
        if head in ("pipeline", "geoparser"):
            obj = pipe if head == "pipeline" else pipe.geoparser
        else:
            mod_name = next((m for m in sorted(sys.modules, key=len, reverse=True)
                             if name.startswith(m + ".")), None)
            if mod_name is None:
                continue
            obj, rest = sys.modules[mod_name], name[len(mod_name) + 1:].split(".")
        for part in rest:
            obj = getattr(obj, part, None)
        if obj is None:
            continue
        if isinstance(obj, functools._lru_cache_wrapper):
            # the cache dict is not reachable by attribute: its entries via gc from the wrapper
            target = [r for r in gc.get_referents(obj) if isinstance(r, dict)]
        else:
            target = [obj]
        out[name] = round(sum(deep_bytes(t, seen) for t in target) / 2**20, 2)
    return out


def memo_sizes(pipe: object) -> dict[str, int]:
    """Every memo's size by a dotted name: frontwatch's module attributes (and their classes' attributes), and
    the containers reachable from the pipeline within three attribute steps."""
    out: dict[str, int] = {}
    for mod_name, mod in list(sys.modules.items()):
        if not mod_name.startswith("frontwatch") or mod is None:
            continue
        for attr, value in list(vars(mod).items()):
            n = _size(value)
            if n is not None and not attr.startswith("__"):
                out[f"{mod_name}.{attr}"] = n
            if isinstance(value, type) and value.__module__ == mod_name:
                for cattr, cvalue in list(vars(value).items()):
                    n = _size(cvalue)
                    if n is not None and not cattr.startswith("__"):
                        out[f"{mod_name}.{attr}.{cattr}"] = n
    seen: set[int] = set()

    def walk(obj: object, name: str, depth: int) -> None:
        if id(obj) in seen or depth > 3:
            return
        seen.add(id(obj))
        n = _size(obj)
        if n is not None:
            out[name] = n
            if isinstance(obj, (dict, list)) or type(obj).__name__ == "LRUMemo":
                return
        attrs = getattr(obj, "__dict__", None)
        if isinstance(attrs, dict):
            for k, v in list(attrs.items()):
                walk(v, f"{name}.{k}", depth + 1)

    walk(pipe, "pipeline", 0)
    walk(pipe.geoparser, "geoparser", 0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=0, help="the first N articles per pass (0: all)")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--every", type=int, default=250)
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--bytes", type=int, default=0,
                    help="at the end, the MB held by the N largest memos (a walk of what each reaches; slow)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--label", default="")
    args = ap.parse_args()

    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.nlp.components import load_pipeline
    from frontwatch.pipeline import Pipeline

    libc = ctypes.CDLL("libc.so.6")
    rows = load_rows(args.csv, None)[:args.limit or None]
    arts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                     kind="jsonl", title=r["article_title"])) for i, r in enumerate(rows)]
    pipe = Pipeline()
    pipe.warm_up()
    nlp = load_pipeline()  # the process's one model instance (cached)
    series: list[dict] = []
    first_types: collections.Counter | None = None
    snap0 = None

    def checkpoint(done: int) -> None:
        nonlocal first_types, snap0
        gc.collect()
        rss = rss_mb()
        libc.malloc_trim(0)
        objs = gc.get_objects()
        types = collections.Counter(type(o).__name__ for o in objs)
        row = {"articles": done, "cpu_s": round(time.process_time(), 1), "rss_mb": round(rss, 1),
               "rss_after_trim_mb": round(rss_mb(), 1), "vocab": len(nlp.vocab), "strings": len(nlp.vocab.strings),
               "gc_objects": len(objs), "memos": memo_sizes(pipe)}
        del objs
        if first_types is None:
            first_types = types
            if args.tracemalloc:
                tracemalloc.start(1)
                snap0 = tracemalloc.take_snapshot()
        row["types_grown"] = dict((types - first_types).most_common(12))
        series.append(row)
        print(f"{done:6d} art  cpu {row['cpu_s']:7.1f}  rss {row['rss_mb']:6.1f}"
              f"  trimmed {row['rss_after_trim_mb']:6.1f}"
              f"  vocab {row['vocab']:7d}  strings {row['strings']:7d}  gc {row['gc_objects']:8d}", flush=True)

    done = 0
    checkpoint(0)
    for _ in range(args.passes):
        for k in range(0, len(arts), CHUNK):
            for _p in pipe.process(arts[k:k + CHUNK]):
                pass
            before, done = done, done + len(arts[k:k + CHUNK])
            if done // args.every != before // args.every:
                checkpoint(done)
    if series[-1]["articles"] != done:
        checkpoint(done)

    first, last = series[1] if len(series) > 1 else series[0], series[-1]
    grown = {k: (first["memos"].get(k, 0), v) for k, v in last["memos"].items() if v != first["memos"].get(k, 0)}
    print("memos that changed size between the first and the last checkpoint (first -> last):")
    for k, (a, b) in sorted(grown.items(), key=lambda kv: -(kv[1][1] - kv[1][0]))[:40]:
        print(f"  {a:8d} -> {b:8d}  {k}")
    result = {"benchmark": "memory growth of one in-process pipeline over repeated passes",
              "input": {"csv": str(args.csv), "articles_per_pass": len(arts), "passes": args.passes,
                        "every": args.every, "tracemalloc": args.tracemalloc},
              "label": args.label, "series": series, "memos_grown": grown}
    if args.bytes:
        big = sorted(last["memos"], key=lambda k: -last["memos"][k])[:args.bytes]
        result["memo_mb"] = memo_bytes(pipe, big)
        print("MB held by the largest memos (each counts what no memo before it reached):")
        for k, mb in result["memo_mb"].items():
            print(f"  {mb:8.2f} MB  {last['memos'][k]:8d} entries  {k}")
    if snap0 is not None:
        stats = tracemalloc.take_snapshot().compare_to(snap0, "lineno")
        top = [{"where": str(s.traceback), "size_diff_kb": round(s.size_diff / 1024, 1), "count_diff": s.count_diff}
               for s in stats[:30]]
        result["tracemalloc_top"] = top
        print("tracemalloc, largest growths since the first checkpoint:")
        for t in top[:20]:
            print(f"  {t['size_diff_kb']:10.1f} kB {t['count_diff']:8d}  {t['where']}")
    write_result(result, args.out, f"memory_growth{'-' + args.label if args.label else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
