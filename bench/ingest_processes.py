"""Which process of a real `frontwatch ingest` holds what, and each one's peak RSS (issue 17).

    .venv/bin/python bench/ingest_processes.py [--workers 1] [--limit 0] [--csv ../shared/data/syria/fakes-articles.csv]

Why: issue 17 asks for a peak RSS per worker. The CLI process keeps reading, dedupe, the store
and the derive stages while N spawned model workers (N = `--workers`, 1 by default) each load
the model (`runner.run_ingest`, `runner.model_pool`); before mem23 `--workers 1` ran the model
in the CLI process itself (the result then shows no pool worker). This runs
the real CLI (NLP included) over the FA-KES articles as JSONL (each with its CSV date as
publication time) into a fresh SQLite store and samples every process of its tree from /proc
twice a second: the kernel's own high-water mark (VmHWM) per pid, so a peak between two samples
is not missed, and which role the pid had (the CLI, or a spawned pool worker).

`--synthetic N` ingests N distinct copies of the FA-KES articles instead (bench/synthetic_ingest,
the same copies as `ingest_scale.py --synthetic`; the extraction cache of `ingest_scale.py
--dated` gives the bases), NLP included: a long run, to see whether a model worker's memory
grows with the articles it has seen. Every `--every` seconds each process's resident set
(VmRSS) and the store's article count go into `series`.

    .venv/bin/python bench/ingest_processes.py --synthetic 4000 --extracted /tmp/…-dated.pkl [--order feed]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_ingest as syn  # noqa: E402
from results_file import write_result  # noqa: E402
from synthetic_ingest import csv_published  # noqa: E402
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of `pid` in kB (empty once the process is gone)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":", 1)
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


def _children(pid: int) -> list[int]:
    """Every descendant of `pid` (the spawned pool workers and multiprocessing's resource tracker)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children", encoding="ascii") as fh:
                kids = [int(x) for x in fh.read().split()]
        except OSError:
            kids = []
        out.extend(kids)
        todo.extend(kids)
    return out


def _stored(db: Path) -> int | None:
    """Articles committed so far (None before the store exists)."""
    import sqlite3

    if not db.exists():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return None


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=0, help="the first N articles (0: all)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--synthetic", type=int, default=0, help="N distinct copies of the FA-KES articles (needs --extracted)")
    ap.add_argument("--extracted", type=Path, default=None, help="extraction cache of ingest_scale.py --dated")
    ap.add_argument("--order", default="feed", choices=syn.ORDERS)
    ap.add_argument("--every", type=float, default=10.0, help="seconds between two points of the RSS series")
    ap.add_argument("--tag", default="", help="added to the result file's name")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="fw-ingest-proc-"))
    corpus, db = tmp / "fakes.jsonl", tmp / "store.sqlite"
    if args.synthetic:
        if not args.extracted or not args.extracted.exists():
            raise SystemExit("--synthetic needs --extracted: the cache `ingest_scale.py --synthetic … --dated` writes")
        import pickle

        with args.extracted.open("rb") as fh:
            bases, _info = pickle.load(fh)
        vocab = syn.vocabulary(b.article.text for b in bases)
        n_input = syn.write_jsonl(syn.synthetic_records(bases, args.synthetic, vocab, args.order), corpus)
        del bases, vocab
    else:
        rows = load_rows(args.csv, args.limit or None)
        n_input = len(rows)
        with corpus.open("w", encoding="utf-8") as fh:
            for i, r in enumerate(rows):
                rec = {"id": f"fakes-{i}", "title": r["article_title"],
                       "text": f"{r['article_title']}\n\n{r['article_content']}", "outlet": r.get("source") or None,
                       "published": csv_published(r.get("date"))}
                fh.write(json.dumps({k: v for k, v in rec.items() if v is not None}) + "\n")
    cmd = [sys.executable, "-m", "frontwatch", "ingest", str(corpus), "--db", str(db), "--workers", str(args.workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, dict] = {}
    series: list[dict] = []
    args.out.mkdir(parents=True, exist_ok=True)
    partial = args.out / f"ingest-processes-partial{'-' + args.tag if args.tag else ''}.json"
    next_point = 0.0
    while proc.poll() is None:
        now = time.perf_counter() - t0
        point: dict | None = None
        if now >= next_point:
            if series:  # a run stopped before its end still leaves what it measured
                partial.write_text(json.dumps({"command": " ".join(cmd), "peaks": list(peaks.values()),
                                               "series": series}, indent=1), encoding="utf-8")
            point = {"s": round(now, 1), "stored": _stored(db), "rss_mb": {}}
            series.append(point)
            next_point = now + args.every
        for pid in [proc.pid, *_children(proc.pid)]:
            st = _status(pid)
            if not st:
                continue
            seen = peaks.setdefault(pid, {"pid": pid, "cmdline": _cmdline(pid)[:160], "hwm_mb": 0.0, "first_s": round(time.perf_counter() - t0, 1)})
            seen["cmdline"] = _cmdline(pid)[:160] or seen["cmdline"]  # a fork's is its parent's until it execs
            seen["hwm_mb"] = max(seen["hwm_mb"], round(st.get("VmHWM", 0) / 1024, 1))
            seen["last_s"] = round(time.perf_counter() - t0, 1)
            if point is not None:
                point["rss_mb"][str(pid)] = round(st.get("VmRSS", 0) / 1024, 1)
        time.sleep(0.5)
    seconds = time.perf_counter() - t0
    stderr = proc.stderr.read() if proc.stderr else ""
    model_apart = any("spawn_main" in p["cmdline"] for p in peaks.values())
    for p in peaks.values():
        p["role"] = ("cli: read, clean, dedupe, store, derive" + ("" if model_apart else ", model, pipeline")
                     if p["pid"] == proc.pid else
                     "pool worker: model, pipeline" if "spawn_main" in p["cmdline"] else
                     "helper (multiprocessing resource tracker)" if "resource_tracker" in p["cmdline"] else "other")
    import sqlite3

    with sqlite3.connect(db) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "stories")}
    result = {"benchmark": "real `frontwatch ingest` (NLP included): peak RSS of each process",
              "input": {"csv": str(args.csv), "articles": n_input, "dated": True,
                        "synthetic": args.synthetic or None, "order": args.order if args.synthetic else None},
              "workers": args.workers,
              "command": " ".join(cmd), "returncode": proc.returncode, "seconds": round(seconds, 1),
              "stored": counts, "processes": sorted(peaks.values(), key=lambda p: p["first_s"]),
              "stderr_tail": stderr[-600:], "load_avg_1min": os.getloadavg()[0],
              "series_every_s": args.every, "series": series}
    write_result(result, args.out, "ingest-processes" + (f"-{args.tag}" if args.tag else ""))
    partial.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
