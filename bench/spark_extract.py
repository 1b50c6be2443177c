"""Wall time of `frontwatch spark-extract` (Spark local mode) against `frontwatch extract`, same input.

    .venv/bin/python bench/spark_extract.py [--csv ../shared/data/syria/fakes-articles.csv] [--limit 200]
        [--master local[2]] [--workdir /tmp/fw-spark-bench]

Converts the first N FA-KES articles to JSONL (id, title, text, published as the CSV's own
M/D/YYYY dates, outlet) in --workdir, then times, as a user would run them:
  (a) `frontwatch extract in.jsonl > events.jsonl` (one process, model load included),
  (b) `frontwatch spark-extract in.jsonl out/ --master local[2]` (JVM start included),
  (c) inside one Spark session: session start, a first (cold: executors load the model and
      open the shipped gazetteer) and a second (warm) spark_extract run,
and checks both paths produced the same event ids. Writes bench/results/spark-<UTC time>.json
with the machine, load average, date and commit. Speed is measured here, never in tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "syria" / "fakes-articles.csv"
FW = [sys.executable, "-m", "frontwatch"]


def write_jsonl(csv_path: Path, out: Path, limit: int) -> int:
    """The first `limit` FA-KES rows with text, as the JSONL articles `extract` reads."""
    csv.field_size_limit(sys.maxsize)
    n = 0
    with csv_path.open(encoding="utf-8", newline="") as fh, out.open("w", encoding="utf-8") as dst:
        for row in csv.DictReader(fh):
            if not (row.get("article_content") or "").strip():
                continue
            dst.write(json.dumps({"id": row["unit_id"], "title": row["article_title"], "text": row["article_content"],
                                  "published": row["date"], "outlet": row["source"]}, ensure_ascii=False) + "\n")
            n += 1
            if n >= limit:
                break
    return n


def timed(cmd: list[str], stdout=subprocess.DEVNULL) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - t0, proc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/fw-spark-bench"))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()
    if not args.csv.exists():
        print(f"spark_extract: {args.csv} not found (pass --csv)", file=sys.stderr)
        return 2
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    src = args.workdir / "articles.jsonl"
    n = write_jsonl(args.csv, src, args.limit)
    load_before = os.getloadavg()

    # (a) single process
    single_out = args.workdir / "extract.jsonl"
    with single_out.open("w", encoding="utf-8") as fh:
        t_single, proc = timed([*FW, "extract", str(src)], stdout=fh)
    if proc.returncode not in (0, 1):
        print(proc.stderr, file=sys.stderr)
        return 1
    single_ids = {json.loads(line)["id"] for line in single_out.read_text(encoding="utf-8").splitlines()}

    # (b) spark-extract CLI
    t_cli, proc = timed([*FW, "spark-extract", str(src), str(args.workdir / "spark-cli"), "--master", args.master,
                         "--conf", "spark.ui.showConsoleProgress=false", "--conf", "spark.ui.enabled=false"])
    if proc.returncode not in (0, 1):
        print(proc.stderr[-3000:], file=sys.stderr)
        return 1

    # (c) phases inside one session
    from frontwatch.scale.spark import build_session, read_events, spark_extract

    t0 = time.perf_counter()
    spark = build_session(args.master, {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    t_session = time.perf_counter() - t0
    runs = []
    for i in range(2):
        t0 = time.perf_counter()
        stats = spark_extract(str(src), str(args.workdir / f"spark-run{i}"), spark=spark)
        runs.append(time.perf_counter() - t0)
    spark.stop()
    spark_ids = {e["id"] for e in read_events(args.workdir / "spark-cli")}

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip() or None
    result = {
        "benchmark": "spark_extract",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": commit,
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
                    "loadavg_before": [round(x, 2) for x in load_before],
                    "loadavg_after": [round(x, 2) for x in os.getloadavg()]},
        "input": {"csv": str(args.csv), "articles": n},
        "master": args.master,
        "extract_cli": {"seconds": round(t_single, 2), "articles_per_s": round(n / t_single, 2),
                        "events": len(single_ids)},
        "spark_extract_cli": {"seconds": round(t_cli, 2), "articles_per_s": round(n / t_cli, 2),
                              "events": len(spark_ids)},
        "spark_in_session": {"session_start_s": round(t_session, 2), "first_run_s": round(runs[0], 2),
                             "warm_run_s": round(runs[1], 2), "warm_articles_per_s": round(n / runs[1], 2),
                             "stats": stats.as_dict()},
        "same_event_ids": single_ids == spark_ids,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"spark-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"articles: {n}  (load average before {load_before[0]:.1f} on {os.cpu_count()} cpus)")
    print(f"extract (1 process)        : {t_single:7.1f} s  {n / t_single:6.2f} articles/s  {len(single_ids)} events")
    print(f"spark-extract {args.master:<12} : {t_cli:7.1f} s  {n / t_cli:6.2f} articles/s  {len(spark_ids)} events")
    print(f"  in one session: start {t_session:.1f} s, first run {runs[0]:.1f} s, warm run {runs[1]:.1f} s "
          f"({n / runs[1]:.2f} articles/s)")
    print(f"same event ids: {result['same_event_ids']}")
    print(f"written: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
