"""Sentence-by-sentence view of one language's part of dev/events-ml: gold events, coded events, drafts.

Usage: PYTHONPATH=src python dev/ml_event_dump.py LANG [tune|report] [--errors]

Why: the counts of dev/ml_event_errors.py say how many errors of each cause; to choose a change one
must read the sentences (tune part only). Places are the non-English geoparser's (as
`evaluate ml-events --places resolved`), cached per sentence in /tmp so that a rerun after a lexicon
edit takes seconds.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

from frontwatch.evaluate.ml_devset import load_ml
from frontwatch.evaluate.ml_events import REPORTED, match
from frontwatch.evaluate.run import DEFAULT_DATA
from frontwatch.lang.events import candidate_events, code_sentence

ROOT = DEFAULT_DATA  # the shared data, found as every evaluation finds it (evaluate/run.SHARED)
CACHE = Path("/tmp/ml_event_dump_places.pkl")


def _places(rows, lang: str) -> dict[str, list]:
    cache = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    todo = [r for r in rows if hashlib.sha1((lang + r.text).encode()).hexdigest() not in cache]
    if todo:
        from frontwatch.geo.geoparse import Geoparser
        from frontwatch.lang.geoparse import geoparse_text

        gp = Geoparser.open(None)
        for r in todo:
            cache[hashlib.sha1((lang + r.text).encode()).hexdigest()] = geoparse_text(r.text, lang, gp)[1]
        CACHE.write_bytes(pickle.dumps(cache))
    return {r.id: cache[hashlib.sha1((lang + r.text).encode()).hexdigest()] for r in rows}


def main() -> None:
    lang = sys.argv[1]
    split = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else "tune"
    errors_only = "--errors" in sys.argv
    rows = [r for r in load_ml(lang, ROOT) if r.split == split]
    places = _places(rows, lang)
    tp = fp = fn = 0
    for r in rows:
        ms = places[r.id]
        preds = [e for e in code_sentence(r.text, lang, ms, None) if e.modality in REPORTED]
        recs = [e.to_record() for e in preds]
        pairs = match(r.events, recs)
        tp, fp, fn = tp + len(pairs), fp + len(recs) - len(pairs), fn + len(r.events) - len(pairs)
        ok = len(pairs) == len(r.events) == len(recs)
        if errors_only and ok:
            continue
        print("=" * 100)
        print(r.id, "OK" if ok else "ERR", r.why, "|", r.doubt[:100])
        print(r.text)
        print("  places:", [(t.text, t.place.name if t.place else None) for t in ms])
        for g in r.events:
            sp = g.get("place") or {}
            print("  GOLD", g["acled_type"] or g["plover"], g.get("sub_event_type"), "@",
                  r.text[sp["start"]:sp["end"]] if sp else None, g.get("place_name"))
        km = {pi: k for _, pi, k in pairs}
        for i, e in enumerate(preds):
            print("  PRED", e.acled_event_type or e.plover, e.event_type, repr(e.trigger), e.modality,
                  round(e.confidence, 2), "@", e.location.text if e.location else None,
                  "km=%s" % (None if km.get(i) is None else round(km[i])), "" if i in km else "FALSE")
        for e in candidate_events(r.text, lang, ms, None):
            if e not in preds:
                print("  draft", e.event_type, repr(e.trigger), e.modality, round(e.confidence, 2))
    p = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    print(f"tp {tp} fp {fp} fn {fn}  P {p:.3f} R {rc:.3f} F1 {2 * p * rc / (p + rc) if p + rc else 0:.3f}")


if __name__ == "__main__":
    main()
