"""What the store side of an ingest keeps between derive runs, at two store sizes (issue 17).

    PYTHONPATH=src .venv/bin/python bench/store_growth.py --at 8000,18000 -- \
        --synthetic 20000 --dated --order feed --extracted /tmp/final-extracted-dated.pkl --db /tmp/x.sqlite --out /tmp/r

Why: mem21's 100,000-article run showed the store side's resident set between derive runs growing
~3.5 MB per 1,000 articles, and the resident set alone does not say which structure holds it. This
runs `bench/ingest_scale.py` (arguments after `--`) unchanged, with tracemalloc on from the start
(one frame), and just before each derive run records: the resident set, glibc's heap (`mallinfo2`:
bytes in use vs. free but kept), SQLite's own allocations (`sqlite3_memory_used`, which tracemalloc
does not see) and what tracemalloc traces. At the first derive run after each store size in `--at` it
also groups the traced bytes by source line and counts the live objects by type; the last size is
compared with the first (`Snapshot.compare_to`). Written as JSON to `--json`. tracemalloc slows the run
(~2x) and adds its own memory to the resident set: read the traced and heap figures, not the peak.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import ctypes.util
import gc
import json
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

if "--trace" in sys.argv[1:sys.argv.index("--") if "--" in sys.argv else None]:
    tracemalloc.start(1)  # before the imports, so every structure they build is traced

sys.path.insert(0, str(Path(__file__).resolve().parent))


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


_LIBC = ctypes.CDLL(None)
_LIBC.mallinfo2.restype = _Mallinfo2
_SQLITE = ctypes.CDLL(ctypes.util.find_library("sqlite3"))  # the library _sqlite3 links: dlopen gives the same one
_SQLITE.sqlite3_memory_used.restype = ctypes.c_int64


def _mb(n: float) -> float:
    return round(n / 2**20, 1)


def pymalloc() -> dict[str, float]:
    """CPython's small-object allocator (its arenas are mmapped: glibc's figures do not include them), MB."""
    with tempfile.TemporaryFile() as out:
        saved = os.dup(2)
        try:
            os.dup2(out.fileno(), 2)
            sys._debugmallocstats()  # writes to the C stderr
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode("ascii", "replace")
    want = {"# arenas allocated current": "pymalloc_arenas", "# bytes in allocated blocks": "pymalloc_in_use",
            "# bytes in available blocks": "pymalloc_free_in_pools"}
    got: dict[str, float] = {}
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in want and want[key.strip()] not in got:
            n = int(value.strip().replace(",", ""))
            got[want[key.strip()]] = float(n) if key.strip().startswith("# arenas") else _mb(n)  # 1 MiB arenas
    return got


def heap() -> dict[str, float]:
    """Where the resident set is: VmRSS (anonymous and file-backed), glibc's heaps (in use, free but kept) and
    mmapped blocks, pymalloc's arenas, SQLite's own bytes, tracemalloc's traced bytes (when on), MB."""
    m = _LIBC.mallinfo2()
    status = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "RssAnon:", "RssFile:", "VmHWM:")):
                status[line.split(":")[0]] = _mb(int(line.split()[1]) * 1024)
    return {"rss": status["VmRSS"], "rss_anon": status["RssAnon"], "rss_file": status["RssFile"], "hwm": status["VmHWM"],
            "malloc_in_use": _mb(m.uordblks), "malloc_free_kept": _mb(m.fordblks),
            "malloc_arena": _mb(m.arena), "mmapped": _mb(m.hblkhd), **pymalloc(),
            "sqlite_memory_used": _mb(_SQLITE.sqlite3_memory_used()),
            "traced": _mb(tracemalloc.get_traced_memory()[0]), "tracemalloc_own": _mb(tracemalloc.get_tracemalloc_memory())}


def objects_by_type(top: int = 25) -> list[tuple[str, int]]:
    """Live gc-tracked objects counted by type name (strs, ints and floats are not gc-tracked)."""
    return collections.Counter(type(o).__qualname__ for o in gc.get_objects()).most_common(top)


def main() -> int:
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--at", default="8000,18000", help="store sizes (stored articles) to snapshot after")
    ap.add_argument("--json", type=Path, default=Path("/tmp/store-growth.json"))
    ap.add_argument("--trace", action="store_true", help="tracemalloc on (read at import): traced bytes by line")
    ap.add_argument("--trim", action="store_true",
                    help="malloc_trim(0) after each derive run: how much of the resident set is free heap kept")
    args = ap.parse_args(argv[:cut])
    sizes = sorted(int(x) for x in args.at.split(","))

    import ingest_scale

    from frontwatch import derive

    runs: list[dict] = []
    snaps: list[tuple[int, tracemalloc.Snapshot]] = []
    detail: list[dict] = []
    real_stages = derive.run_stages

    def watched(store, **kw):
        n = store_count(store)
        row = {"run": len(runs) + 1, "stored": n, **heap()}
        runs.append(row)
        if len(snaps) < len(sizes) and n >= sizes[len(snaps)]:
            gc.collect()
            if not tracemalloc.is_tracing():
                detail.append({"stored": n, "heap": heap(), "objects": objects_by_type()})
                snaps.append((n, None))
                _write(args.json, runs, detail)
                return after(real_stages(store, **kw))
            snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            detail.append({"stored": n, "heap": heap(), "objects": objects_by_type(),
                           "by_file": [(str(s.traceback[0]), _mb(s.size), s.count) for s in snap.statistics("filename")[:25]],
                           "by_line": [(str(s.traceback[0]), _mb(s.size), s.count) for s in snap.statistics("lineno")[:40]]})
            if snaps:
                detail[-1]["growth_by_line_since_first"] = [
                    (str(s.traceback[0]), _mb(s.size_diff), s.count_diff)
                    for s in snap.compare_to(snaps[0][1], "lineno")[:40]]
                detail[-1]["growth_by_file_since_first"] = [
                    (str(s.traceback[0]), _mb(s.size_diff), s.count_diff)
                    for s in snap.compare_to(snaps[0][1], "filename")[:25]]
            snaps.append((n, snap))
            _write(args.json, runs, detail)
        return after(real_stages(store, **kw))

    def after(report):
        runs[-1]["after_run"] = heap()
        if args.trim:
            _LIBC.malloc_trim(0)
            runs[-1]["after_trim"] = heap()
        return report

    def store_count(store) -> int:
        from sqlalchemy import text
        with store.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM articles")).scalar_one()

    derive.run_stages = watched
    sys.argv = ["ingest_scale.py", *argv[cut + 1:]]
    rc = ingest_scale.main()
    gc.collect()
    runs.append({"run": "after run_ingest", **heap()})
    _write(args.json, runs, detail)
    return rc


def _write(path: Path, runs: list[dict], detail: list[dict]) -> None:
    path.write_text(json.dumps({"runs": runs, "snapshots": detail}, indent=1))


if __name__ == "__main__":
    raise SystemExit(main())
