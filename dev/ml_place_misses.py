"""List every detected event of one part of dev/events-ml whose place is not within 25 km of the gold (dev tool, mlP50).

Usage: PYTHONPATH=src python dev/ml_place_misses.py [tune|report] [--constructed] [LANG ...]   (look at tune only)

Why: `evaluate ml-events` counts place hits; bucketing the misses by cause (a resolver namesake, a place chosen
from the wrong mention, no place found) needs each miss beside what the gold places would have given. For each
event matched to a gold event with coordinates, the coder runs twice, as `--places resolved` (the native
geoparser's mentions) and as `--places gold`; a line is printed when either is over 25 km, with the geoparser's
mentions and the chosen place of each run.
"""

from __future__ import annotations

import sys

from frontwatch.evaluate.ml_devset import LANGS, load_ml
from frontwatch.evaluate.ml_events import REPORTED, WITHIN_KM, GoldPlaces, _refs, match
from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_ML_EVENTS
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.geoparse import Geoparser
from frontwatch.lang.events import code_sentence
from frontwatch.lang.geoparse import geoparse_text


def _where(e) -> str:
    if e.location is None:
        return "-"
    p = e.location.place
    return f"{e.location.text!r}->{p.name if p else None}({p.country if p else ''})"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split = args.pop(0) if args and args[0] in ("tune", "report") else "tune"
    langs = args or list(LANGS)
    constructed = "--constructed" in sys.argv
    gp = Geoparser.open(None)
    gaz = Gazetteer.open(None)
    totals = {"resolved": [0, 0], "gold": [0, 0]}
    for lang in langs:
        path = DEFAULT_ML_EVENTS / f"constructed-{lang}.jsonl" if constructed else None
        if path is not None and not path.exists():
            continue
        refs, gold_places = _refs(lang, path), GoldPlaces(DEFAULT_DATA, lang, gaz)
        for row in (r for r in load_ml(lang, DEFAULT_DATA, path) if r.split == split):
            resolved = geoparse_text(row.text, lang, gp)[1]
            runs = {}
            for name, mentions in (("resolved", resolved), ("gold", gold_places.for_sentence(row, refs[row.id]))):
                evs = [e for e in code_sentence(row.text, lang, mentions, None) if e.modality in REPORTED]
                pairs = [(gi, pi, km) for gi, pi, km in match(row.events, [e.to_record() for e in evs])
                         if row.events[gi].get("lat") is not None]
                runs[name] = (evs, pairs)
                totals[name][0] += len(pairs)
                totals[name][1] += sum(km is not None and km <= WITHIN_KM for _, _, km in pairs)
            bad = [(name, gi, evs[pi], km) for name, (evs, pairs) in runs.items() for gi, pi, km in pairs
                   if km is None or km > WITHIN_KM]
            if not bad:
                continue
            print("=" * 90)
            print(lang, row.id, row.text)
            print("   mentions:", [(t.text, t.place.name if t.place else None,
                                    t.place.country if t.place else None) for t in resolved])
            for g in row.events:
                sp = g.get("place") or {}
                print("   GOLD", g["acled_type"] or g["plover"], "@", row.text[sp["start"]:sp["end"]] if sp else None,
                      g.get("place_name"), g.get("lat"), g.get("lon"))
            for name, gi, e, km in bad:
                print(f"   {name:8s} {e.event_type} {e.trigger!r} @ {_where(e)} km={None if km is None else round(km)}")
    for name, (n, ok) in totals.items():
        print(f"{name}: {ok}/{n}")


if __name__ == "__main__":
    main()
