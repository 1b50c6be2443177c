"""The native event coders on the constructed wire-copy sentences (dev/events-ml/constructed-<lang>.jsonl).

Usage: PYTHONPATH=src python dev/ml_constructed_eval.py [--split tune|report] [--places resolved|gold]
       [--lang xx ...] [--errors] [--tag TAG]

Why: the corpora behind dev/events-ml hold few acts, so every pass tunes on a handful of sentences
and the report parts fall far below tune. These 40 sentences a language were written in the style of
wire copy and labelled before any run (branches mlG44: ar, fa, tr, el; mlJ44: ru, uk, es, fr, French having
no corpus of its own); they are scored by the very scorer of `evaluate ml-events` (`evaluate_language` with the
file's path), split by the same id hash.
`--errors` lists each sentence where gold and coder differ, with the trigger of every predicted event
(look at the tune part only). `--tag` scores only the records of one writing pass (ids ml:<lang>:<tag>:<n>),
so a pass's new probes can be scored alone on the base before any change (mlC52).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from frontwatch.evaluate.ml_events import evaluate_language, report_lines
from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_ML_EVENTS
from frontwatch.geo.gazetteer import Gazetteer

CONSTRUCTED_LANGS = ("ar", "fa", "tr", "el", "ru", "uk", "es", "fr")


def constructed_path(lang: str):
    """The constructed file of a language."""
    return DEFAULT_ML_EVENTS / f"constructed-{lang}.jsonl"


def tagged_path(lang: str, tag: str) -> Path:
    """A temporary copy of the constructed file holding only one pass's records (same ids, so the same split)."""
    keep = [x for x in constructed_path(lang).read_text(encoding="utf-8").splitlines()
            if json.loads(x)["id"].startswith(f"ml:{lang}:{tag}:")]
    out = Path(tempfile.gettempdir()) / f"constructed-{lang}-{tag}.jsonl"
    out.write_text("".join(x + "\n" for x in keep), encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", choices=("tune", "report", "all"))
    ap.add_argument("--places", default="resolved", choices=("resolved", "gold"))
    ap.add_argument("--lang", action="append")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--tag", help="only the records whose id is ml:<lang>:<tag>:<n>")
    args = ap.parse_args()
    gaz = Gazetteer.open(None)
    geoparser = None
    if args.places == "resolved":
        from frontwatch.geo.geoparse import Geoparser

        geoparser = Geoparser.open(None)
    per = []
    for lang in args.lang or CONSTRUCTED_LANGS:
        r = evaluate_language(lang, DEFAULT_DATA, args.split, gaz, places_from=args.places, geoparser=geoparser,
                              path=tagged_path(lang, args.tag) if args.tag else constructed_path(lang))
        per.append(r)
        if args.errors:
            for m in r["misses"]:
                print(f"  {m['id']}  gold {m['gold']}  predicted {m['predicted']}\n    {m['text']}")
    tp, fp, fn = (sum(r["detection"][k] for r in per) for k in ("tp", "fp", "fn"))
    placed = sum(r["place"]["found_with_coordinates"] for r in per)
    ok = sum(r["place"]["within_25km"] for r in per)
    from frontwatch.evaluate.metrics import prf

    total = {"detection": prf(tp, fp, fn),
             "place": {"found_with_coordinates": placed, "within_25km": ok,
                       "share": round(ok / placed, 4) if placed else None}}
    for line in report_lines({"split": args.split, "languages": per, "total": total,
                              "places_input": args.places + " (constructed wire copy)", "seconds": 0}):
        print(line)


if __name__ == "__main__":
    main()
