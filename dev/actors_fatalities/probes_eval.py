"""Score the fatalities column of a probes file (dev/actors_fatalities/probes-act4*.tsv) on the whole pipeline.

Why: the probe files hold sentences written for one pass and labelled by the guideline before any run; their
figure ('31/45 before -> 47/49 after' for act46) must come from a command anyone can rerun, not from a test run
read by eye. Each line is run as a one-text article and the record `evaluate actors` would score (the evaluator's
main record) is compared with the labelled fatalities; a text with no coded event counts 0. A line whose text
holds ' || ' is two sentences (act45's convention: the label is of the last one's event), run as one text.

    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/probes_eval.py dev/actors_fatalities/probes-act46.tsv
"""

from __future__ import annotations

import argparse
from pathlib import Path

from frontwatch.evaluate.events import main_record
from frontwatch.evaluate.run import extract_texts


def probes(path: Path) -> list[tuple[str, int]]:
    """(text, labelled fatalities) of each non-comment line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out.append((cols[0].replace(" || ", " "), int(cols[3] or 0)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", type=Path)
    ap.add_argument("--errors", action="store_true", help="print each wrong line")
    args = ap.parse_args()
    rows = probes(args.tsv)
    right = 0
    for (text, want), records in zip(rows, extract_texts([t for t, _ in rows])):
        rec = main_record(records)
        got = (rec or {}).get("fatalities") or 0
        right += got == want
        if got != want and args.errors:
            print(f"want {want} got {got}\t{text}")
    print(f"{args.tsv.name}: fatalities right {right}/{len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
