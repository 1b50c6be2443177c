"""Where every benchmark's figures go: one JSON file per run under bench/results/, stamped with
the machine, the time and the commit, so figures quoted in notes can be traced to a run."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_result(result: dict, out_dir: Path, prefix: str) -> Path:
    """Add load, time, commit and machine to `result`, write it to OUT_DIR/PREFIX-<UTC>.json, echo it."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    result.update({"load_after": os.getloadavg(), "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                   "commit": commit.strip(),
                   "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                               "platform": platform.platform()}})
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{prefix}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(f"written to {path}", file=sys.stderr)
    return path
