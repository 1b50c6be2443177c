"""Score the fatalities column of a probes file (dev/actors_fatalities/probes-act4*.tsv) on the whole pipeline.

Why: the probe files hold sentences written for one pass and labelled by the guideline before any run; their
figure ('31/45 before -> 47/49 after' for act46) must come from a command anyone can rerun, not from a test run
read by eye. Each line is run as a one-text article and the record `evaluate actors` would score (the evaluator's
main record) is compared with the labelled fatalities; a text with no coded event counts 0. A line whose text
holds ' || ' is two sentences (act45's convention: the label is of the last one's event), run as one text.

    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/probes_eval.py dev/actors_fatalities/probes-act46.tsv

`--actors` (act47) scores the two actor columns too, by the actor's name (the part before '/'; an empty column is an
empty side): a line whose doubt says 'either order' is right with the two sides swapped as well, as the gold's
`symmetric`. Actor 1 and actor 2 are counted apart, each line once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from frontwatch.evaluate.events import main_record
from frontwatch.evaluate.run import extract_texts


def probes(path: Path) -> list[tuple[str, int]]:
    """(text, labelled fatalities) of each non-comment line."""
    return [(text, fat) for text, _, _, fat, _ in labelled(path)]


def labelled(path: Path) -> list[tuple[str, str, str, int, bool]]:
    """(text, actor 1 name, actor 2 name, fatalities, either order) of each non-comment line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        names = [c.rsplit("/", 1)[0].strip() if c.strip() not in ("", "-") else "" for c in cols[1:3]]
        out.append((cols[0].replace(" || ", " "), names[0], names[1], int(cols[3] or 0), "either order" in cols[4]))
    return out


def actors_right(rec: dict | None, want1: str, want2: str, symmetric: bool) -> tuple[bool, bool]:
    """Whether the record's actor 1 and actor 2 carry the labelled names (either order when `symmetric`)."""
    got1, got2 = (((rec or {}).get(k) or {}).get("name") or "" for k in ("actor1", "actor2"))
    if symmetric and (got1, got2) == (want2, want1):
        return True, True
    return got1 == want1, got2 == want2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", type=Path)
    ap.add_argument("--errors", action="store_true", help="print each wrong line")
    ap.add_argument("--actors", action="store_true", help="score the two actor columns too (act47)")
    args = ap.parse_args()
    rows = labelled(args.tsv)
    right = right1 = right2 = 0
    for (text, want1, want2, want, sym), records in zip(rows, extract_texts([r[0] for r in rows])):
        rec = main_record(records)
        got = (rec or {}).get("fatalities") or 0
        right += got == want
        ok1, ok2 = actors_right(rec, want1, want2, sym)
        right1, right2 = right1 + ok1, right2 + ok2
        if args.errors and (got != want or (args.actors and not (ok1 and ok2))):
            got1, got2 = (((rec or {}).get(k) or {}).get("name") or "-" for k in ("actor1", "actor2"))
            print(f"want {want1 or '-'} | {want2 or '-'} | {want}  got {got1} | {got2} | {got}\t{text}")
    print(f"{args.tsv.name}: fatalities right {right}/{len(rows)}")
    if args.actors:
        print(f"{args.tsv.name}: actor 1 right {right1}/{len(rows)}, actor 2 right {right2}/{len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
