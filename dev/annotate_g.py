"""Annotator G's helper (sub38): build dev/subtypes/g.jsonl from the hand decisions in g-decisions.tsv.

Why a script: the fresh sentences were drawn from `dev/subtypes_fresh_pool.py` (every k-th of the unseen
pool, two disjoint passes, and the keyword queries of its KEYWORD_QUERIES) and labelled by the guideline
before any pipeline run; the decisions file keeps, for every sentence read, the id, the label or '-' (no
codable event, section 3), the doubt and how it was selected. This script only turns the labelled rows
into corpus records (reference, SHA-1, no text) with a `selection` field; it never runs the pipeline.

    PYTHONPATH=src python dev/annotate_g.py      # writes dev/subtypes/g.jsonl
    PYTHONPATH=src python dev/annotate_g.py --decisions dev/subtypes/h-sub64-decisions.tsv \
        --out dev/subtypes/h-sub64.jsonl         # a later fresh file of the same shape (sub64)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from frontwatch.evaluate.devcorpus import SUB_EVENT_TYPES, candidates, record
from frontwatch.evaluate.run import SHARED

REPO = Path(__file__).resolve().parents[1]
ROOT = SHARED / "data"  # ../shared/data beside the checkout (frontwatch.evaluate.run)
SUBTYPES = REPO / "dev" / "subtypes"
DECISIONS = SUBTYPES / "g-decisions.tsv"
OUT = SUBTYPES / "g.jsonl"
SOURCES = ("event-location", "fakes", "re3d", "lgl", "gwn")
SKIP = "-"


def decisions(path: Path = DECISIONS) -> list[tuple[str, str, str, str]]:
    """(id, label, doubt, selection) of every row read; label '-' for a skipped sentence."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sid, label, doubt, selection = (line.split("\t") + ["", "", ""])[:4]
        if label != SKIP and label not in SUB_EVENT_TYPES:
            sys.exit(f"unknown label {label!r} for {sid}")
        out.append((sid, label, doubt, selection))
    return out


def records(rows: list[tuple[str, str, str, str]], root: Path = ROOT) -> list[dict]:
    """The corpus records of the labelled rows, in the decisions file's order."""
    wanted = {sid for sid, label, _, _ in rows if label != SKIP}
    found = {s.id: s for s in candidates(root, SOURCES) if s.id in wanted}
    missing = wanted - set(found)
    if missing:
        sys.exit(f"{len(missing)} ids not found in the sources, e.g. {sorted(missing)[:3]}")
    return [{**record(found[sid], label, doubt), "selection": selection}
            for sid, label, doubt, selection in rows if label != SKIP]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--decisions", type=Path, default=DECISIONS, help="id, label or '-', doubt, selection (tsv)")
    ap.add_argument("--out", type=Path, default=OUT, help="the corpus file to write (jsonl)")
    args = ap.parse_args()
    recs = records(decisions(args.decisions))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"{len(recs)} records -> {args.out}")


if __name__ == "__main__":
    main()
