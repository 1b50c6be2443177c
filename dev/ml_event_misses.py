"""The gold events the native coders miss on one part of dev/events-ml, listed one by one (recall's error reading).

Usage: PYTHONPATH=src python dev/ml_event_misses.py [--split tune] [LANG ...] > /tmp/misses.txt   (tune only)

Why: dev/ml_event_errors.py counts the misses by the pipeline stage that lost them; to fix a cause one has
to read the sentence, the gold type and what the coder drafted. Each missed gold event is printed with the
sentence, the gold key, the triggers the lexicon found (with their entries), every draft (type, modality,
confidence) and the reported events, and put under the first cause that holds: no trigger word; trigger words whose drafts
were all dropped (scope rules); a draft of the gold type dropped by modality; the confidence floor, the learned
filter or the merge of one happening; another type coded.
The text goes to the terminal only (the corpus text is never written into the repo).
"""

from __future__ import annotations

import argparse
import collections

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
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import candidate_events, code_sentence
from frontwatch.lang.triggers import find_triggers


def cause(gold: dict, triggers: list, drafts: list) -> str:
    """The first stage that lost the gold event (the order of ml_event_errors, with 'no draft' split by whether the
    lexicon found a word at all: a missing word or a silent act, or words that scope rules dropped)."""
    same = [d for d in drafts if gold_key(gold) in pred_keys(d.to_record())]
    if not triggers:
        return "no trigger word"
    if not drafts:
        return "triggers, every draft dropped"
    if same and all(d.modality not in REPORTED for d in same):
        return "modality " + "/".join(sorted({d.modality for d in same}))
    if same:
        return "floor, filter or merged"
    return "another type"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune")
    ap.add_argument("langs", nargs="*")
    args = ap.parse_args()
    gaz = Gazetteer.open(None)
    for lang in args.langs or LANGS:
        counts: collections.Counter = collections.Counter()
        refs, places = _refs(lang), GoldPlaces(DEFAULT_DATA, lang, gaz)
        for row in (r for r in load_ml(lang, DEFAULT_DATA) if r.split == args.split):
            mentions = places.for_sentence(row, refs[row.id])
            drafts = candidate_events(row.text, lang, mentions, None)
            preds = [e.to_record() for e in code_sentence(row.text, lang, mentions, None) if e.modality in REPORTED]
            found = {g for g, _, _ in match(row.events, preds)}
            missed = [g for gi, g in enumerate(row.events) if gi not in found]
            if not missed:
                continue
            ws = words(row.text, load_cues(lang))
            trig = [(" ".join(ws[i].text for i in t.words), t.entry.phrase, t.type) for t in find_triggers(ws, lang)]
            print(f"== {lang} {row.id} | {row.text}")
            if row.doubt:
                print("   doubt:", row.doubt)
            for g in missed:
                c = cause(g, trig, drafts)
                counts[c] += 1
                print(f"   MISS [{c}] {gold_key(g)} {g.get('sub_event_type', '')} place={g.get('place_name')}")
            print("   triggers:", trig)
            for d in drafts:
                print(f"   draft {d.event_type} {d.modality} {d.confidence:.2f} {d.trigger!r}")
            print("   coded:", [sorted(pred_keys(p)) for p in preds])
        print(f"## {lang} misses by stage: {dict(counts.most_common())}")


if __name__ == "__main__":
    main()
