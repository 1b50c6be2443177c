"""Coded events on the corpus sentences that are NOT in dev/events-ml (no gold): a dev tool.

Usage: PYTHONPATH=src python dev/ml_event_unlabelled.py LANG > /tmp/LANG.txt

Why: the tune parts are small, and a rule fitted to their sentences does not transfer. The
sentences outside the set are real news of the same outlets and were never labelled, so reading
every event the coder emits there (and diffing the listing before and after a change) shows which
kinds of false events a change removes or adds, as counts over a larger sample. No place is
resolved (the coder's own reading only); the report part is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from frontwatch.evaluate.ml_devset import candidates, load_ml
from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence

ROOT = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    lang = sys.argv[1]
    known = {r.id for r in load_ml(lang, ROOT)}
    n = total = coded = 0
    for s in candidates(lang, ROOT):
        if s.id in known:
            continue
        total += 1
        events = [e for e in code_sentence(s.text, lang, [], None) if e.modality in REPORTED]
        coded += len(events)
        if events:
            n += 1
            print("==", s.id, "|", s.text[:300].replace("\n", " "))
            for e in events:
                print("   ", e.event_type, e.modality, e.confidence, repr(e.trigger))
    print(f"sentences {total}, with coded events {n}, events {coded} "
          f"({100 * coded / max(total, 1):.2f} per 100 sentences)", file=sys.stderr)


if __name__ == "__main__":
    main()
