"""Event-location sentences whose gold verb gets no pipeline event, classed by why (issue 14, evloc33).

Why: `evaluate event-location` scores the end-to-end figure users see (an event on the gold verb at a
gold place), which is capped by the sentences where no event's trigger overlaps the verb at all. This
counts those sentences on the located part and classes each by mechanism, first that applies:

  neighbour     an event is on a word next to the verb in the parse (a light verb and its noun)
  gate          the lexicon matches a cue on the verb, but the extractor emits no event on it
                (modality, negation, background, attribution, merging, the main-event chooser)
  requirement   a lexicon cue matches the verb's words but is refused (its requirement unmet,
                a reduced relative, the part of speech)
  no-cue        the verb's lemma starts no lexicon row: a trigger the lexicon lacks, or an event
                outside the ontology by design (the lemmas are listed, to be classed by hand)

The matching is the evaluator's own (`evaluate.event_location.verb_events`). The end-to-end figure
is printed for two halves of the part (a salted hash of the sentence text), so a change chosen on
the whole part can be checked to hold on each half.

    PYTHONPATH=src /work/main/.venv/bin/python dev/event_location_e2e.py --split tune \
        --docs /tmp/x/el_tune_docs.pkl [--examples 3] [--show no-cue]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_place_role import _parsed

from frontwatch.evaluate.event_location import read_sentences, verb_events
from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION


def half_of(text: str) -> str:
    """'a' or 'b' by a salted SHA-1 of the sentence (a sentence coded for several verbs stays on one side)."""
    return "ab"[int(hashlib.sha1(f"half:{text}".encode("utf-8")).hexdigest()[:8], 16) % 2]


def _at_gold(s, events) -> bool:
    return any(e.location is not None and s.text[e.location.start:e.location.end] == e.location.text
               and any(e.location.start < b and a < e.location.end for a, b in s.gold) for e in events)


def classify(s, doc, near) -> tuple[str, str]:
    """The mechanism by which the gold verb gets no event, and a detail (cue, reason or lemma)."""
    from no_event_sentences import rejected_cues

    from frontwatch.events.triggers import default_lexicon, find_triggers

    verb = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
    lemma = verb.root.lemma_.lower() if verb else s.text[s.verb[0]:s.verb[1]].lower()
    if near:
        return "neighbour", f"{lemma} -> " + ", ".join(f"{e.trigger}:{e.event_type}" for e in near)
    vtoks = {t.i for t in verb} if verb else set()
    dates = {t.i for t in doc if t.ent_type_ in ("DATE", "TIME")}
    for t in find_triggers(doc[:], default_lexicon(), excluded=dates):
        if vtoks & set(t.tokens):
            return "gate", f"{t.entry.phrase}:{t.type}"
    words = {t.text for t in verb} if verb else set()
    rej = [r for r in rejected_cues(doc) if any(f"head={w}/" in r or r.startswith(w.lower()) for w in words)]
    if rej:
        return "requirement", rej[0]
    return "no-cue", f"{lemma}/{verb.root.pos_ if verb else '?'}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune", choices=["tune", "report"])
    ap.add_argument("--docs", type=Path, help="pickle of parsed and geoparsed sentences (written on first run)")
    ap.add_argument("--examples", type=int, default=0, help="sentences printed per class (tune only)")
    ap.add_argument("--show", default="", help="print every miss of this class (tune only)")
    ap.add_argument("--dump", type=Path, help="write each located sentence's verb events (trigger:type) to this file")
    args = ap.parse_args()

    from frontwatch.events.extract import EventExtractor
    from frontwatch.model import Article

    rows = read_sentences(DEFAULT_EVENT_LOCATION, args.split)
    extractor = EventExtractor()
    counts: dict[str, Counter[str]] = {h: Counter() for h in "ab"}
    classes: Counter[str] = Counter()
    details: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    dumped: list[str] = []
    at_gold: Counter[str] = Counter()  # misses whose sentence still has some event at a gold place
    for s, (doc, toponyms) in zip(rows, _parsed(rows, args.docs)):
        article = Article(id=f"el:{s.id}", text=s.text, source_ref=f"event-location:{s.id}", kind="text")
        events = extractor.extract(doc, article, toponyms)
        on, near = verb_events(s, doc, events)
        c = counts[half_of(s.text)]
        if not s.gold:
            c["unlocated"] += 1
            c["e2e_unlocated_hit"] += not any(e.location is not None for e in on)
            continue
        c["located"] += 1
        if args.dump:
            dumped.append(f"{_at_gold(s, on):d}\t{s.text[s.verb[0]:s.verb[1]]}\t"
                          + "; ".join(f"{e.trigger}:{e.event_type}" for e in events) + "\t" + " ".join(s.text.split()))
        c["with_event"] += bool(on)
        c["e2e_hit"] += _at_gold(s, on)
        c["linked_hit"] += _at_gold(s, near)
        c["sentence_hit"] += _at_gold(s, events)  # any event of the sentence: the ceiling of the verb's own act
        if on:
            continue
        kind, detail = classify(s, doc, near)
        at_gold[kind.split(" (")[0]] += _at_gold(s, events)
        if kind != "neighbour":  # another word of the sentence codes an event (often the same act: 'X, wounding 5')
            kind += " (the sentence has another event)" if any(e.acled_sub_event_type for e in events) else \
                " (no ACLED event in the sentence)"
        classes[kind] += 1
        details[kind][detail.split(" -> ")[0] if kind == "neighbour" else detail] += 1
        if args.split == "tune" and (len(examples[kind]) < args.examples or kind == args.show):
            coded = "; ".join(f"{e.trigger}:{e.event_type}:{e.modality}" for e in events)
            examples[kind].append(f"[{s.text[s.verb[0]:s.verb[1]]}] {detail} | events: {coded} | {s.text}")
    if args.dump:
        args.dump.write_text("\n".join(dumped) + "\n", encoding="utf-8")
    for h in "ab":
        c = counts[h]
        print(f"half {h}: located {c['located']}, with an event on the verb {c['with_event']}, "
              f"e2e at gold {c['e2e_hit']} ({c['e2e_hit'] / max(c['located'], 1):.3f}), "
              f"linked at gold {c['linked_hit']} ({c['linked_hit'] / max(c['located'], 1):.3f}), "
              f"any event of the sentence at gold {c['sentence_hit']} ({c['sentence_hit'] / max(c['located'], 1):.3f}); "
              f"unlocated {c['unlocated']}, none invented on the verb {c['e2e_unlocated_hit']}")
    print(f"\nlocated sentences whose verb gets no event: {sum(classes.values())}")
    for kind, n in classes.most_common():
        print(f"  {n:4d}  {kind}")
        if args.split == "tune":
            for d, k in details[kind].most_common(60):
                print(f"          {k:3d}  {d}")
    for kind, n in sorted(Counter(k.split(" (")[0] for k in classes.elements()).items()):
        print(f"  {n:4d}  {kind} (all; {at_gold[kind]} with some event of the sentence at a gold place)")
    for kind, lines in examples.items():
        print(f"\n== {kind}")
        for line in lines:
            print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
