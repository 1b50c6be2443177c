"""Score a place-labelled probe file (lines 'lang | label | places | sentence') with the real native pipeline: a dev
tool (mlQ49).

Usage: PYTHONPATH=src python dev/ml_probe_places.py dev/families/probes/mlQ49_place_lists.txt [--bad]

Why: dev/ml_probe_labels.py scores the type only; a probe of where events happen (mlB48's, mlQ49's) carries, written
before any run, the places as written, ';'-separated, one event each ('-': none). A line is right when every reported
event's type is among the label's (none on a '-' line) and the reported events' places, as written, are exactly the
labelled ones (one event per place: a list of places under one verb is one event per place, guideline §4). Reported =
the modalities `evaluate ml-events` counts; the sentence is geoparsed first, as there.
"""

from __future__ import annotations

import sys
from collections import Counter

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text


def main() -> None:
    path, only_bad = sys.argv[1], "--bad" in sys.argv
    gp = Geoparser.open(None)
    bad = total = 0
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        lang, label, places, text = (x.strip() for x in line.split(" | ", 3))
        text = text.split(" doubt:")[0].strip()
        label = label.strip()
        want = Counter(p.strip() for p in places.split(";")) if places != "-" else Counter()
        events = [e for e in code_sentence(text, lang, geoparse_text(text, lang, gp)[1], None) if e.modality in REPORTED]
        types = {e.event_type for e in events}
        got = Counter(e.location.text if e.location is not None else "-" for e in events)
        if label == "-":
            ok = not events
        else:
            ok = bool(events) and types <= set(label.split("|")) and got == (want or Counter({"-": len(events)}))
        bad += not ok
        total += 1
        if not (ok and only_bad):
            print(("ok  " if ok else "BAD ") + f"{lang} {label} @ {places} | {text}\n      => "
                  + str([(e.event_type, e.location.text if e.location else None,
                          e.location.place.name if e.location and e.location.place else None) for e in events]))
    print(f"right: {total - bad} of {total}")


if __name__ == "__main__":
    main()
