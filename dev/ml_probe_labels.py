"""Score a labelled probe file (lines 'lang | label | sentence') with the real native pipeline: a dev tool (mlA48).

Usage: PYTHONPATH=src python dev/ml_probe_labels.py dev/families/probes/mlA48_ar.txt [--bad]

Why: the probe files of mlT47, mlU47 and mlA48 carry a label written before any run ('-' for no event, else the internal
types, '|'-separated, any of which is the event; 'doubt: ...' after the label), but dev/ml_probe_sentences.py only prints
what is coded. A line is right when nothing reported is coded on a '-' line, or when something is and every reported type
is among the label's. Reported = the modalities `evaluate ml-events` counts (ml_events.REPORTED); the sentence is
geoparsed first, as there. Prints each line (ok/BAD) with every draft kept by the coder and its modality, then the count.
"""

from __future__ import annotations

import sys

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text


def main() -> None:
    path, only_bad = sys.argv[1], "--bad" in sys.argv
    gp = Geoparser.open(None)
    bad = 0
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        lang, label, text = (x.strip() for x in line.split(" | ", 2))
        label = label.split("doubt:")[0].strip()
        events = code_sentence(text, lang, geoparse_text(text, lang, gp)[1], None)
        got = [e.event_type for e in events if e.modality in REPORTED]
        ok = not got if label == "-" else bool(got) and set(got) <= set(label.split("|"))
        bad += not ok
        if not (ok and only_bad):
            print(("ok  " if ok else "BAD ") + f"{label} | {text}  => {[(e.event_type, e.modality) for e in events]}")
    print("wrong:", bad)


if __name__ == "__main__":
    main()
