"""Print each sentence of one part of dev/events-ml whose coded events differ from the gold (dev tool).

WHY: `ml_event_errors.py` counts causes; choosing a general fix needs the sentences themselves,
with the trigger, modality and place of each coded event beside the gold ones. Places are
resolved by the native geoparser, as `evaluate ml-events --places resolved`. Look at the tune part.
Usage: PYTHONPATH=src python dev/ml_event_list.py LANG [tune|report]
"""

from __future__ import annotations

import sys

from frontwatch.evaluate.ml_devset import load_ml
from frontwatch.evaluate.ml_events import REPORTED, gold_key, match
from frontwatch.evaluate.run import DEFAULT_DATA
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import candidate_events, code_sentence
from frontwatch.lang.geoparse import geoparse_text

ROOT = DEFAULT_DATA  # the shared data, found as every evaluation finds it (evaluate/run.SHARED)


def main() -> None:
    lang, split = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "tune"
    gp = Geoparser.open(None)
    for row in (r for r in load_ml(lang, ROOT) if r.split == split):
        mentions = geoparse_text(row.text, lang, gp)[1]
        events = code_sentence(row.text, lang, mentions, None)
        preds = [e.to_record() for e in events if e.modality in REPORTED]
        pairs = match(row.events, preds)
        off_place = [(gi, km) for gi, _, km in pairs if row.events[gi].get("lat") is not None
                     and (km is None or km > 25)]
        if len(pairs) == len(row.events) == len(preds) and not off_place:
            continue
        print(f"== {row.id} [{row.why or ''}]\n   {row.text}")
        print("   places:", [(t.text, t.place.name if t.place else None) for t in mentions])
        for gi, g in enumerate(row.events):
            hit = next((km for a, _, km in pairs if a == gi), "MISS")
            p = g.get("place")
            print(f"   GOLD {gold_key(g)} place={row.text[p['start']:p['end']] if p else None} "
                  f"({g.get('place_name')}) -> {hit if hit == 'MISS' else ('km %.0f' % hit if hit is not None else ('no place' if g.get('lat') is not None else 'ok'))}")
        used = {b for _, b, _ in pairs}
        for pi, (e, r) in enumerate(zip([e for e in events if e.modality in REPORTED], preds)):
            tag = "ok " if pi in used else "FP "
            print(f"   {tag}{r.get('plover')}/{(r.get('acled') or {}).get('event_type')} trig={e.trigger!r} "
                  f"mod={e.modality} conf={e.confidence:.2f} loc={e.location.text if e.location else None}")
        for e in candidate_events(row.text, lang, mentions, None):
            if e.modality not in REPORTED or e.confidence < 0.5:
                print(f"   (drop {e.event_type} trig={e.trigger!r} mod={e.modality} conf={e.confidence:.2f})")


if __name__ == "__main__":
    main()
