"""ml-events detection on one half of the tune part, split by a stable hash of the id: a dev tool.

Usage: PYTHONPATH=src python dev/ml_event_halves.py --half a|b [--lang ar --lang fa ...] [--errors]

Why: the tune parts are small, and a rule chosen while reading their errors fits them and does
not transfer (the report figures of every earlier pass fell far below tune). Developing on half
A and checking each change on half B, which was not read, shows whether a change generalises
before the report part is run once. The half is a second hash of the id (SHA-1 of 'half:' + id),
independent of the tune/report hash; places are resolved by the geoparser as in
`evaluate ml-events --places resolved`. The report part is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json

import frontwatch.evaluate.ml_events as ml_events
from frontwatch.evaluate.ml_devset import LANGS, load_ml
from frontwatch.evaluate.run import DEFAULT_DATA


def half_of(sentence_id: str) -> str:
    """'a' or 'b' for a tune id, by a hash independent of the tune/report split."""
    return "a" if hashlib.sha1(f"half:{sentence_id}".encode("utf-8")).digest()[0] < 128 else "b"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["a", "b"], required=True)
    ap.add_argument("--lang", action="append")
    ap.add_argument("--errors", action="store_true", help="print the sentences with a false or missed event")
    args = ap.parse_args()

    def half_rows(lang, root=None, path=None):
        return [r for r in load_ml(lang, root, path) if r.split == "tune" and half_of(r.id) == args.half]

    ml_events.load_ml = half_rows  # evaluate_language reads its rows through this name
    r = ml_events.run_ml_events(args.lang or list(LANGS), DEFAULT_DATA, split="tune", places_from="resolved")
    for x in r["languages"]:
        d, p = x["detection"], x["place"]
        print(f"{x['lang']} half {args.half}: n={x['sentences']} P {d['precision']:.3f} R {d['recall']:.3f} "
              f"F1 {d['f1']:.3f} (tp {d['tp']} fp {d['fp']} fn {d['fn']})  place {p['within_25km']}/"
              f"{p['found_with_coordinates']}")
        if args.errors:
            for m in x["misses"]:
                print("   ", json.dumps(m, ensure_ascii=False))
    d = r["total"]["detection"]
    print(f"all half {args.half}: F1 {d['f1']:.3f} (tp {d['tp']} fp {d['fp']} fn {d['fn']})")


if __name__ == "__main__":
    main()
