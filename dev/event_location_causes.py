"""Count the event-location misses of one split by CAUSE (issue 14 item 1; TUNE only for tuning).

    PYTHONPATH=src python dev/event_location_causes.py --split tune [--show PREFIX] [--n 20]

Finer than dev/event_location_buckets.py: every sentence with a gold place is put in one of

  hit
  choice/abstained           -- the gold place is a candidate of the trigger, none chosen (or the country);
  choice/<relation>          -- a candidate, another one chosen; the winner is the gold place's
                                coarser (holds it or is bigger), finer, an actor-like place (inside an
                                actor's phrase, a modifier, a demonym) or another place of the sentence;
  candidacy/<why>            -- a document toponym overlaps the gold place but it is no candidate of the
                                trigger: in another segment (sentence) than the trigger, filtered as the
                                actor's origin, a distance phrase, or else;
  recognition/<why>          -- no toponym overlaps the gold place: lower case, no span (by the NER label
                                of the gold's tokens), actor name, no gazetteer entry (same span / cut),
                                refused by the resolver (by NER label, and whether the refused sense lies in
                                a country the sentence's own places name, or outside them: a far
                                homonym or a place abroad, not told apart here);

and every sentence without one in 'no gold/ok' or 'invented/<how>'.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from frontwatch.events import place_role
from frontwatch.events.extract import segments

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_location_buckets import _span_fit, decisions  # noqa: E402
from event_location_misses import _ov  # noqa: E402


def _relation(win: place_role.Scored, gold: place_role.Scored) -> str:
    """How the chosen place stands to the best gold candidate."""
    w, g = win.candidate.toponym, gold.candidate.toponym
    if place_role.contains(w, g) or place_role._coarser(w, g):
        return "coarser chosen"
    if place_role.contains(g, w) or place_role._coarser(g, w):
        return "finer chosen"
    f = win.features
    if any(k in f for k in ("in_actor", "modifier", "demonym", "modifier_of_actor")):
        return "actor-like chosen"
    return "another place chosen"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune")
    ap.add_argument("--show", default=None)
    ap.add_argument("--n", type=int, default=10)
    args = ap.parse_args()
    buckets: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for d in decisions(args.split):
        s, doc, tops, verb, places, how, captured, scored = (d.s, d.doc, d.tops, d.verb, d.places, d.how,
                                                             d.captured, d.scored)
        vtext = s.text[s.verb[0]:s.verb[1]]
        got = [p.text for p in places]
        if not s.gold:
            b = "no gold/ok" if not places else f"invented/{how}"
            buckets[b] += 1
            examples[b].append(f"verb={vtext} got={got} :: {s.text.strip()[:200]}")
            continue
        g = s.gold[0]
        gtext = s.text[g[0]:g[1]]
        gold_c = [x for x in scored if any(_ov((x.candidate.toponym.start, x.candidate.toponym.end), y)
                                           for y in s.gold)]
        note = ""
        if places and any(_ov((places[0].start, places[0].end), x) for x in s.gold):
            b = "hit"
        elif gold_c:
            if not places:
                b = "choice/abstained"
            else:
                win = max(scored, key=lambda x: x.score)
                best_g = max(gold_c, key=lambda x: x.score)
                b = "choice/" + _relation(win, best_g)
                note = f" win={win.candidate.toponym.text}:{win.probability:.2f} gold={best_g.probability:.2f}"
        elif any(_ov((t.start, t.end), x) for t in tops for x in s.gold):
            t = next(t for t in tops if any(_ov((t.start, t.end), x) for x in s.gold))
            segs = segments(doc)
            vseg = next((sg for sg in segs if sg.span.start <= verb.root.i < sg.span.end), None) if verb else None
            gtok = doc.char_span(t.start, t.end, alignment_mode="expand")
            if vseg is not None and gtok is not None and not (vseg.span.start <= gtok.start < vseg.span.end):
                b = "candidacy/other segment"
            elif t.relative and t.relative.get("kind") == "distance":
                b = "candidacy/distance phrase"
            elif verb is not None and gtok is not None and place_role.actor_origin(t, gtok.root, gtok.start, gtok.end):
                b = "candidacy/actor origin (grammar)"
            else:
                b = "candidacy/else (actor origin by actor layer, or route not via place roles)"
            note = f" top={t.text}"
        else:
            hits = [(sp, c, r) for sp, c, r in captured if any(_ov((sp.start, sp.end), x) for x in s.gold)]
            gtoks = [tk for tk in doc if _ov((tk.idx, tk.idx + len(tk)), g)]
            label = next((tk.ent_type_ for tk in gtoks if tk.ent_type_), "-")
            if not gtext[:1].isupper():
                b = "recognition/lower case"
            elif not hits:
                b = f"recognition/no span/{label}"
            elif not any(c for _, c, _ in hits):
                b = f"recognition/no entry/{_span_fit(hits[0][0], g, s.text)}"
            else:
                sp, cands, r = next((h for h in hits if h[1]), hits[0])
                countries = {t.place.country for t in tops if t.place is not None}
                best = r.ranked[0][1].place if getattr(r, "ranked", None) else None
                sense = ("sense in sentence's country" if best is not None and best.country in countries
                         else "no country to vouch" if not countries else "sense outside the sentence's countries")
                b = f"recognition/refused/{sp.label}/{sense}"
                note = f" <{sp.text} {best.country if best else '?'} score={r.score:.2f}>"
        buckets[b] += 1
        examples[b].append(f"[{gtext}] verb={vtext} got={got} how={how}{note} :: {s.text.strip()[:200]}")
    total = sum(buckets.values())
    print(f"{args.split}: {total} sentences")
    top: Counter[str] = Counter()
    for k, v in buckets.items():
        top[k.split("/")[0]] += v
    for k, v in sorted(top.items()):
        print(f"  {k:40s} {v:5d}")
    print()
    for k, v in sorted(buckets.items()):
        print(f"  {k:70s} {v:5d}")
    for k, ex_ in sorted(examples.items()):
        if k in ("hit", "no gold/ok") or (args.show and not k.startswith(args.show)):
            continue
        print(f"\n== {k}")
        for e in ex_[: args.n]:
            print("  ", e)


if __name__ == "__main__":
    main()
