"""List toponym errors of one gold NER file by source and split (dev tool, issue 19).

WHY: the uk tune and report parts differ by 15 points; this prints the per-source (id prefix)
scores and each missed / spurious span with its context and the gold label of a spurious span,
so the causes can be counted by category rather than fixed one sentence at a time. Derived places
are left out, as the evaluator does; `--halves` also scores the two halves A/B of the part (the
salted hash of dev/ml_tune_halves.py), so a change chosen on A can be checked on B.
Usage: PYTHONPATH=src python dev/toponym_errors.py FILE [tune|report] [--list] [--halves]
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

from frontwatch.evaluate.devcorpus import split_of
from frontwatch.evaluate.toponyms import gold_places, read_records
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.geoparse import geoparse_text


def source_of(rec_id: str) -> str:
    parts = rec_id.split("-")
    return parts[2] if len(parts) > 3 else parts[0]


def half_of(rec_id: str) -> str:
    """'a' or 'b' by a salted SHA-1 of the id (the same halves as dev/ml_tune_halves.py)."""
    return "ab"[int(hashlib.sha1(f"half:{rec_id}".encode("utf-8")).hexdigest()[:8], 16) % 2]


def _f1(c: Counter) -> str:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return (f"docs {c['docs']} tp {c['tp']} fp {c['fp']} fn {c['fn']} P {p:.3f} R {r:.3f} "
            f"F1 {2 * p * r / max(1e-9, p + r):.3f}")


def main() -> None:
    path, part = Path(sys.argv[1]), sys.argv[2]
    show = "--list" in sys.argv
    halves = "--halves" in sys.argv
    gp = Geoparser.open(None)
    by_src: dict[str, Counter] = {}
    for rec in read_records(path):
        if split_of(rec["id"]) != part:
            continue
        text = rec["text"]
        gold = gold_places(rec)
        labels = {(e["start"], e["end"]): e["norm"] + ":" + e["label"] for e in rec["entities"]}
        tops = [t for t in geoparse_text(text, rec["lang"], gp)[1]
                if not t.relative and not t.derived and t.place is not None]
        pred = {(t.start, t.end) for t in tops}
        key = f"half {half_of(rec['id'])}" if halves else source_of(rec["id"])
        for k in (key, "all"):
            by_src.setdefault(k, Counter()).update(tp=len(gold & pred), fp=len(pred - gold),
                                                   fn=len(gold - pred), docs=1)
        if show:
            for a, b in sorted(gold - pred):
                over = [p for p in pred if p[0] < b and a < p[1]]
                kind = "EXTENT" if over else "MISS"
                got = " ~ " + "|".join(text[p[0]:p[1]] for p in over) if over else ""
                print(f"{kind}\t{text[a:b]}{got}\t{text[max(0, a - 40):a]}[[{text[a:b]}]]{text[b:b + 30]}"
                      .replace("\n", " "))
            for a, b in sorted(pred - gold):
                over = [g for g in gold if g[0] < b and a < g[1]]
                if over:
                    continue
                lab = labels.get((a, b), "-")
                print(f"SPUR\t{text[a:b]}\t{lab}\t{text[max(0, a - 40):a]}[[{text[a:b]}]]{text[b:b + 30]}"
                      .replace("\n", " "))
    for src, c in sorted(by_src.items()):
        print(f"# {src}: {_f1(c)}")


if __name__ == "__main__":
    main()
