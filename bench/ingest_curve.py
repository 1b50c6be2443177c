"""Summarise the curve of `bench/ingest_scale.py --synthetic` result files: CPU per article at the
start and at the end of the run, with the derive stages' share, and peak RSS.

    .venv/bin/python bench/ingest_curve.py bench/results/ingest-A.json [B.json ...] [--part 0.2]

Why: "does the store side slow down as the store grows?" is the question those runs answer,
and the answer is in the difference between the first and the last part of the curve, not in
the run's average. CPU per article over a part = CPU seconds of the ingest process over it /
articles stored over it; the derive share counts the derive runs that ran within it (the run
after the last curve point, at the ingest's end, is in no part).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def part_figures(curve: list[dict[str, Any]], runs: list[dict[str, Any]], lo: int, hi: int) -> dict[str, float]:
    """CPU ms per article (all, derive runs, the rest) between curve points `lo` and `hi`."""
    a, b = curve[lo], curve[hi]
    articles = b["stored"] - a["stored"]
    cpu = b["cpu_seconds"] - a["cpu_seconds"]
    # a run is in the part when it ended by b's point (runs happen between progress points; the
    # ingest's final run comes after its last point and is in no part)
    derive = sum(r["cpu_seconds"] for r in runs
                 if a["seconds"] <= r["at_seconds"] and r["at_seconds"] + r["seconds"] <= b["seconds"] + 0.2)
    return {"from": a["stored"], "to": b["stored"], "cpu_ms_per_article": round(1000 * cpu / articles, 1),
            "derive_ms_per_article": round(1000 * derive / articles, 1),
            "rest_ms_per_article": round(1000 * (cpu - derive) / articles, 1)}


def summary(path: Path, part: float) -> dict[str, Any]:
    d = json.loads(path.read_text(encoding="utf-8"))
    curve, runs = d["curve"], d["derive_runs"]
    start = {"stored": 0, "cpu_seconds": 0.0, "seconds": 0.0}
    points = [start, *curve]
    k = max(1, round(len(curve) * part))
    return {
        "file": str(path), "stored": d.get("stored"), "events": d.get("events"),
        "wall_s": d.get("seconds"), "cpu_s": d.get("cpu_seconds_this_process"),
        "peak_rss_mb": d.get("peak_rss_mb_this_process"), "derive_runs": len(runs),
        "derive_cpu_s": round(sum(r["cpu_seconds"] for r in runs), 1),
        "max_restored": max((r["restored"] for r in runs), default=0),
        "max_profiles_held": max((r["profiles_held"] for r in runs if r.get("profiles_held") is not None),
                                 default=None),
        "start": part_figures(points, runs, 0, k), "end": part_figures(points, runs, len(points) - 1 - k,
                                                                      len(points) - 1),
        "load_avg_1min": d.get("load_avg_1min"), "commit": d.get("commit"),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--part", type=float, default=0.2, help="share of the curve taken as start and as end")
    args = ap.parse_args()
    for path in args.files:
        print(json.dumps(summary(path, args.part)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
