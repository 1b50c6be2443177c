"""Event detection on the dev/events-ml records added since a commit (fresh labels alone), per split.

Usage: PYTHONPATH=src python dev/ml_fresh_eval.py BASE_COMMIT LANG [LANG ...] [--errors]

Why: records labelled in a pass are as unseen as the report part until code is changed for them; scoring them
alone, before any change, says what the pipeline does on fresh text (branch mlA30). The place figure
(mlP48) counts found events with gold coordinates whose resolved place is within 25 km. Their tune/report split is the
loader's own (a hash of the id); --errors lists the tune part's false and missed events only, never the report's.
"""

from __future__ import annotations

import json
import subprocess
import sys

from frontwatch.evaluate import ml_events
from frontwatch.evaluate.ml_devset import load_ml
from frontwatch.evaluate.run import DEFAULT_DATA


def ids_at(commit: str, lang: str) -> set[str]:
    """The record ids of dev/events-ml/<lang>.jsonl at `commit` (none if the file did not exist)."""
    out = subprocess.run(["git", "show", f"{commit}:dev/events-ml/{lang}.jsonl"], capture_output=True, text=True)
    return {json.loads(line)["id"] for line in out.stdout.splitlines() if line.strip()}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--errors"]
    errors = "--errors" in sys.argv
    base, langs = args[0], args[1:]
    from frontwatch.geo.gazetteer import Gazetteer
    from frontwatch.geo.geoparse import Geoparser

    geoparser, gaz = Geoparser.open(None), Gazetteer.open(None)
    for lang in langs:
        old = ids_at(base, lang)
        ml_events.load_ml = lambda lng, root=None, path=None, old=old: [
            r for r in load_ml(lng, root, path) if r.id not in old]
        for split in ("all", "tune", "report"):
            r = ml_events.evaluate_language(lang, DEFAULT_DATA, split, gaz, places_from="resolved", geoparser=geoparser)
            d = r["detection"]
            print(f"fresh {lang} {split}: sentences {r['sentences']} P {d['precision']:.3f} R {d['recall']:.3f} "
                  f"F1 {d['f1']:.3f} (tp {d['tp']} fp {d['fp']} fn {d['fn']})  "
                  f"place<=25km {r['place']['within_25km']}/{r['place']['found_with_coordinates']}", flush=True)
            if errors and split == "tune":
                for m in r["misses"]:
                    print("   ", json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
    main()
