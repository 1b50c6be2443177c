"""Lemmas of gold event verbs in sentences that yield no event at all (event-location corpus, tune part).

Why: the sub-event corpus is small; the event-location corpus marks the event verb of 2,700
tune sentences from many outlets. Counting the lemmas of the gold verbs in sentences the
pipeline codes no event from shows which trigger families the lexicon lacks, as counts, not
as single sentences to patch. Sentences whose id is in the sub-event corpus's REPORT part
are skipped (that part is only reported, never tuned on).

    PYTHONPATH=$PWD/src /work/main/.venv/bin/python dev/missed_trigger_lemmas.py [--top 80] [--examples 0]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from no_event_sentences import DATA, ROOT, docs_for

from frontwatch.evaluate.devcorpus import load
from frontwatch.evaluate.event_location import read_sentences
from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--examples", type=int, default=0, help="print this many sentences per lemma")
    args = ap.parse_args()
    report_ids = {it.id for it in load(sorted((ROOT / "dev" / "subtypes").glob("*.jsonl")), DATA)
                  if it.split == "report"}
    sents = [s for s in read_sentences(DEFAULT_EVENT_LOCATION, "tune")
             if f"event-location:{s.id}:0" not in report_ids]
    missed: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for s, doc in zip(sents, docs_for([s.text for s in sents])):
        sp = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
        if sp is None:
            continue
        lemma = sp.root.lemma_.lower()
        seen[lemma] += 1
        if any(e.acled_sub_event_type and e.modality != "background" for e in (doc._.events or [])):
            continue
        missed[lemma] += 1
        if len(examples[lemma]) < args.examples:
            examples[lemma].append(s.text.strip()[:200])
    print(f"{len(sents)} tune sentences, {sum(missed.values())} with no ACLED event")
    for lemma, c in missed.most_common(args.top):
        print(f"  {c:4d}/{seen[lemma]:<4d} {lemma}")
        for ex in examples[lemma]:
            print(f"         {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
