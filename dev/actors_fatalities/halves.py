"""Per-sentence right/wrong of the TUNE gold, with a fixed half (A/B) of each sentence, as TSV.

Why: earlier passes fitted tune sentences (tune .845 against report .730 on actor 1). A change is
developed reading the errors of half A only and kept when half B, never read for it, moves the same
way: a cross-validation inside tune. The half is the SHA-1 of the gold id's parity (bit 1 of the
first byte; the tune/report split uses the id's own hash, so the halves are independent of it).
Diff two runs' files to see which sentences a change moved.

    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/halves.py > /tmp/before.tsv
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from frontwatch.evaluate.actors_fatalities import (
    actor1_right,
    actor2_right,
    load_gold,
    predicted_of,
)
from frontwatch.evaluate.run import DEFAULT_ACTORS, DEFAULT_DATA, extract_texts


def half_of(gold_id: str) -> str:
    """'A' or 'B', fixed by the id's SHA-1."""
    return "A" if hashlib.sha1(gold_id.encode()).digest()[0] & 2 else "B"


def main() -> None:
    items = [g for g in load_gold(sorted(Path(DEFAULT_ACTORS).glob("*.jsonl")), DEFAULT_DATA) if g.split == "tune"]
    recs = extract_texts([g.text for g in items])
    tally: dict[str, list[int]] = {}
    for g, rs in zip(items, recs):
        p = predicted_of(rs)
        h = half_of(g.id)
        a1 = "" if g.inter1 is None else int(actor1_right(g, p))
        a2 = "" if g.inter2 is None else int(actor2_right(g, p))
        fat = int(g.fatalities == p.fatalities)
        t = tally.setdefault(h, [0, 0, 0, 0, 0])
        if a1 != "":
            t[0] += a1
            t[1] += 1
        if a2 != "":
            t[2] += a2
            t[3] += 1
        t[4] += fat
        print(f"{g.id}\t{h}\ta1={a1}\ta2={a2}\tfat={fat}\tpred={p.inter1}/{p.inter2}/{p.fatalities}"
              f"\tgold={g.inter1}/{g.inter2}/{g.fatalities}\t{p.actor1}|{p.actor2}")
    for h, (a1, n1, a2, n2, f) in sorted(tally.items()):
        print(f"# half {h}: actor1 {a1}/{n1}  actor2 {a2}/{n2}  fatalities exact {f}")


if __name__ == "__main__":
    main()
