"""Error causes of the native event coders on one part of dev/events-ml (the error analysis of issue 19).

Usage: PYTHONPATH=src python dev/ml_event_errors.py [tune|report]   (look at the tune part only)

With the sentences' gold place mentions (as `evaluate ml-events --places gold`), each missed gold
event is put under one cause: no trigger in the sentence; a draft of its type dropped by modality
(planned, background ...) or by the confidence floor; another type coded instead. Each false event:
in a negative sentence (by the negative's `why`), an extra type in an event sentence, or a second
event of a gold type.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from frontwatch.evaluate.ml_devset import LANGS, load_ml
from frontwatch.evaluate.ml_events import (
    REPORTED,
    GoldPlaces,
    _refs,
    gold_key,
    match,
    pred_keys,
)
from frontwatch.evaluate.run import DEFAULT_DATA
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.lang.events import candidate_events, code_sentence

ROOT = DEFAULT_DATA  # the shared data, found as every evaluation finds it (evaluate/run.SHARED)


def causes(lang: str, split: str, root: Path, gaz) -> tuple[collections.Counter, collections.Counter]:
    fn: collections.Counter = collections.Counter()
    fp: collections.Counter = collections.Counter()
    refs, places = _refs(lang), GoldPlaces(root, lang, gaz)
    for row in (r for r in load_ml(lang, root) if r.split == split):
        mentions = places.for_sentence(row, refs[row.id])
        drafts = candidate_events(row.text, lang, mentions, None)
        preds = [e.to_record() for e in code_sentence(row.text, lang, mentions, None) if e.modality in REPORTED]
        pairs = match(row.events, preds)
        found, used = {g for g, _, _ in pairs}, {p for _, p, _ in pairs}
        for gi, g in enumerate(row.events):
            if gi in found:
                continue
            same = [d for d in drafts if gold_key(g) in pred_keys(d.to_record())]
            if not drafts:
                fn["no trigger"] += 1
            elif same and all(d.modality not in REPORTED for d in same):
                fn["same type, modality " + "/".join(sorted({d.modality for d in same}))] += 1
            elif same:
                fn["same type, below the confidence floor"] += 1
            else:
                fn["another type coded" if preds else "only other-type drafts, dropped"] += 1
        for pi, p in enumerate(preds):
            if pi in used:
                continue
            if not row.events:
                fp["negative: " + (row.why.split(":")[0].split("(")[0].strip()[:20] or "-")] += 1
            elif any(k in pred_keys(p) for k in map(gold_key, row.events)):
                fp["second event of a gold type"] += 1
            else:
                fp["extra type in an event sentence"] += 1
    return fn, fp


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "tune"
    gaz = Gazetteer.open(None)
    for lang in LANGS:
        fn, fp = causes(lang, split, ROOT, gaz)
        print(lang, "missed:", dict(fn.most_common()))
        print(lang, "false:", dict(fp.most_common(6)), f"(+{sum(fp.values()) - sum(v for _, v in fp.most_common(6))} more)")


if __name__ == "__main__":
    main()
