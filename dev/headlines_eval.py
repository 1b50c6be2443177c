"""Score the pipeline on the labelled FA-KES headlines (evaluate/headlines.py), tune and report parts.

    PYTHONPATH=src python dev/headlines_eval.py [--split tune|report|all] [--misses FILE.jsonl] [--first-line]
    PYTHONPATH=src python dev/headlines_eval.py --constructed    # our own headlines of other theatres

`--first-line` runs each title as the first line of a two-line article whose second line is
neutral ("Details follow."), the way a headline reaches the pipeline in a real feed item.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from frontwatch.evaluate.headlines import evaluate_headlines
from frontwatch.evaluate.run import extract_texts, gazetteer_geocoder

LABELS = Path(__file__).resolve().parent / "headlines" / "titles.jsonl"
CONSTRUCTED = Path(__file__).resolve().parent / "headlines" / "constructed.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="both", choices=("tune", "report", "all", "both"))
    ap.add_argument("--misses", type=Path)
    ap.add_argument("--first-line", action="store_true")
    ap.add_argument("--constructed", action="store_true",
                    help="score dev/headlines/constructed.jsonl (written by us, other theatres) instead")
    args = ap.parse_args()
    geocode = gazetteer_geocoder()

    def extract(texts: list[str]) -> list[list[dict]]:
        if args.first_line:
            texts = [t + "\n\nDetails follow." for t in texts]
        return extract_texts(texts)

    misses = []
    labels = CONSTRUCTED if args.constructed else LABELS
    splits = ("constructed",) if args.constructed else ("tune", "report") if args.split == "both" else (args.split,)
    for split in splits:
        r = evaluate_headlines(labels, extract, geocode, split=split)
        misses += r.pop("misses")
        d = r["detection"]
        print(f"headlines {split} ({r['headlines']} titles, {r['gold_events']} events): "
              f"detection P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} (fp {d['fp']}, fn {d['fn']}); "
              f"type {r['type']['event_type']} sub-type {r['type']['sub_event_type']}; "
              f"place within 25 km {r['place']['within_25km']} ({r['place']['hits']}/{r['place']['gold_places']}, "
              f"{r['place']['unresolved']} unresolved); country-level {r['country_level']['country_hit']} "
              f"of {r['country_level']['gold']}; outside country {r['outside_country']['outside']}/"
              f"{r['outside_country']['located_events']}")
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
