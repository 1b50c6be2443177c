"""Event detection on one half of the tune part of dev/events-ml: a guard against fitting the tune part.

Usage: PYTHONPATH=src python dev/ml_tune_halves.py --half a|b|both [--places gold|resolved] [--errors] [LANG ...]
(no LANG: all seven languages of dev/events-ml)

Why: the tune parts are small (ru 252, uk 127, el 171, es 224 sentences), and a rule chosen on all of
them fits them. Tune is split in two halves by a stable hash of the record id (salted, so the halves
are independent of the tune/report split): a change is developed on half A and kept only if half B does
not get worse. The report part is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json

from frontwatch.evaluate import ml_events
from frontwatch.evaluate.ml_devset import LANGS, load_ml
from frontwatch.evaluate.run import DEFAULT_DATA


def half_of(sentence_id: str) -> str:
    """'a' or 'b', fixed by a salted SHA-1 of the id (about half each)."""
    return "ab"[int(hashlib.sha1(f"half:{sentence_id}".encode("utf-8")).hexdigest()[:8], 16) % 2]


def _rows_of_half(half: str):
    """load_ml restricted to one half of the tune part (the evaluator's own loop is reused, not copied)."""
    def load(lang, root=None, path=None):
        return [r for r in load_ml(lang, root, path) if r.split == "tune" and half_of(r.id) == half]
    return load


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["a", "b", "both"], default="both")
    ap.add_argument("--places", choices=["gold", "resolved"], default="resolved")
    ap.add_argument("--errors", action="store_true", help="print the sentences with a false or missed event")
    ap.add_argument("langs", nargs="*")
    args = ap.parse_args()
    halves = ["a", "b"] if args.half == "both" else [args.half]
    geoparser = None
    if args.places == "resolved":
        from frontwatch.geo.geoparse import Geoparser

        geoparser = Geoparser.open(None)
    from frontwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.open(None)
    for half in halves:
        ml_events.load_ml = _rows_of_half(half)
        for lang in args.langs or list(LANGS):
            r = ml_events.evaluate_language(lang, DEFAULT_DATA, "tune", gaz, places_from=args.places,
                                            geoparser=geoparser)
            d, p = r["detection"], r["place"]
            print(f"half {half} {lang}: sentences {r['sentences']} F1 {d['f1']:.3f} P {d['precision']:.3f} "
                  f"R {d['recall']:.3f} (tp {d['tp']} fp {d['fp']} fn {d['fn']}) place "
                  f"{p['within_25km']}/{p['found_with_coordinates']}", flush=True)
            if args.errors:
                for m in r["misses"]:
                    print("   ", json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
    main()
