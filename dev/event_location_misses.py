"""Why the gold place of an event-location sentence is not among the geoparser's toponyms.

Error analysis for issue 14 (recognition recall), run on the TUNE part only:

    PYTHONPATH=src python dev/event_location_misses.py --split tune [--show REASON]

Each sentence whose gold place no toponym overlaps is put in one bucket:
  no span      -- recognise() offered no span overlapping the gold place (NER/PROPN miss);
  actor name   -- a span was offered and dropped as an armed group's name;
  no entry     -- spans offered, the gazetteer has no candidate for any of them;
  rejected     -- candidates found, the resolver chose none (sub-bucket: the span's spaCy label);
  not a name   -- the gold text is a common noun phrase ('the house', 'his home').
The counts go to stdout with a few examples per bucket.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from frontwatch.evaluate.event_location import read_sentences
from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION, _pipeline
from frontwatch.geo.actor_names import find_actor_names, is_actor_name
from frontwatch.geo.recognize import recognise
from frontwatch.nlp.pipeline import load_nlp, sentences as nlp_sentences


def _ov(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune")
    ap.add_argument("--show", default=None)
    ap.add_argument("--n", type=int, default=12)
    args = ap.parse_args()
    rows = [s for s in read_sentences(DEFAULT_EVENT_LOCATION, args.split) if s.gold]
    nlp = load_nlp()
    gp = _pipeline(None, True).geoparser
    buckets: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for s, doc in zip(rows, nlp.pipe([s.text for s in rows], batch_size=64)):
        sents = nlp_sentences(doc)
        tops = gp.parse_doc(doc, sents)
        if any(_ov((t.start, t.end), g) for t in tops for g in s.gold):
            buckets["reachable"] += 1
            continue
        g = s.gold[0]
        gtext = s.text[g[0]:g[1]]
        spans = [c for c in recognise(doc, sents) if _ov((c.start, c.end), g)]
        toks = [t for t in doc if _ov((t.idx, t.idx + len(t)), g)]
        tag = " ".join(f"{t.text}/{t.pos_}/{t.ent_type_ or '-'}" for t in toks)
        prev = doc[toks[0].i - 1].lower_ if toks and toks[0].i > 0 else "^"
        if not gtext[:1].isupper():
            reason = "not a name"
        elif not spans:
            reason = "no span"
        else:
            actors = find_actor_names(doc)
            cands = [gp._lookup(c, ()) for c in spans]
            if actors and all(is_actor_name(c, k, actors) for c, k in zip(spans, cands)):
                reason = "actor name"
            elif not any(cands):
                reason = "no entry"
            else:
                reason = "rejected " + spans[0].label
        buckets[reason] += 1
        if len(examples[reason]) < 400:
            examples[reason].append(f"[{gtext}] prev={prev} {tag} :: {s.text.strip()[:160]}")
    total = sum(buckets.values())
    print(f"{args.split}: {total} sentences with a gold place")
    for k, v in buckets.most_common():
        print(f"  {k:22s} {v:5d}  {v / total:.3f}")
    for k, ex in examples.items():
        if args.show and not k.startswith(args.show):
            continue
        print(f"\n== {k}")
        for e in ex[: args.n if not args.show else 400]:
            print("  ", e)


if __name__ == "__main__":
    main()
