"""Bucket the event-location misses of one split (issue 14 item 1 error analysis; TUNE only for tuning).

    PYTHONPATH=src python dev/event_location_buckets.py --split tune [--show BUCKET] [--n 20]

Every sentence with a gold place falls in one bucket:
  hit                   -- the first chosen place overlaps a gold span;
  reachable/other       -- the gold place is a toponym, another place was chosen;
  reachable/abstained   -- the gold place is a toponym, no place (or only the country fallback) chosen;
  unreachable/<why>     -- no toponym overlaps the gold place: 'not a name' (lower-case gold text),
                           'no span', 'actor name', 'no entry' (spans but no gazetteer candidate) or
                           'rejected' (the resolver refused its candidates), each split by whether the
                           recognised span is the gold name ('same') or cut otherwise ('other span'), and the span's
                           locative role (geo/locative.py) so the roles worth trusting can be counted.
Sentences without a gold place: 'invented' when a place was chosen, by how it was chosen.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontwatch.geo.geoparse as geoparse_mod
from frontwatch.evaluate.event_location import read_sentences
from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION, _pipeline
from frontwatch.events.extract import EventExtractor
from frontwatch.model import Article
from frontwatch.nlp.pipeline import load_nlp
from frontwatch.nlp.pipeline import sentences as nlp_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_location_misses import _ov  # noqa: E402  (one overlap test for both error scripts)


def _span_fit(sp, g: tuple[int, int], text: str) -> str:
    """'same' when the recognised span is the gold name (up to a leading 'the'), else 'other span'
    (the recogniser cut the name differently: 'X province', 'the X camp', 'X, Y')."""
    a, b = g
    gold = text[a:b].strip()
    for art in ("the ", "The "):
        gold = gold.removeprefix(art)
    return "same" if sp.text.strip().removeprefix("the ").removeprefix("The ") == gold else "other span"


@dataclass
class Decision:
    """One sentence of the corpus with the pipeline's place decision on its gold verb."""

    s: Any  # evaluate.event_location's sentence (text, verb, gold spans)
    doc: Any
    tops: list  # the geoparser's toponyms
    verb: Any  # the gold verb's span, None when it does not align to tokens
    places: list  # the places chosen on the verb (the country fallback counts as none)
    how: str
    captured: list  # (span, candidates, resolution) of every span the resolver saw
    scored: list  # the place scorer's scored candidates (place_role.Scored)


def decisions(split: str) -> Iterator[Decision]:
    """The place decision on the gold verb of every sentence of `split`, with what the geoparser and the
    scorer saw on the way: the one loop both error scripts (this one, event_location_causes.py) read."""
    rows = read_sentences(DEFAULT_EVENT_LOCATION, split)
    nlp = load_nlp()
    gp = _pipeline(None, True).geoparser
    ex = EventExtractor()
    captured: list = []
    real = geoparse_mod.resolve_document

    def spy(text, spans, cands, *a, **k):
        out = real(text, spans, cands, *a, **k)
        captured[:] = list(zip(spans, cands, out))
        return out

    geoparse_mod.resolve_document = spy
    try:
        for s, doc in zip(rows, nlp.pipe([r.text for r in rows], batch_size=64)):
            captured.clear()
            tops = gp.parse_doc(doc, nlp_sentences(doc))
            verb = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
            ex.last_place_scores = []
            places, how = ex.places_for(doc, Article(id=s.id, text=s.text, source_ref=s.id, kind="text"),
                                        tops, verb.root.i) if verb else ([], "none")
            if how == "country":
                places = []
            places = [p for p in places if s.text[p.start:p.end] == p.text]
            yield Decision(s, doc, tops, verb, places, how, list(captured), list(ex.last_place_scores))
    finally:
        geoparse_mod.resolve_document = real


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune")
    ap.add_argument("--show", default=None)
    ap.add_argument("--n", type=int, default=10)
    args = ap.parse_args()
    buckets: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for d in decisions(args.split):
        s, tops, places, how, captured = d.s, d.tops, d.places, d.how, d.captured
        vtext = s.text[s.verb[0]:s.verb[1]]
        got = [p.text for p in places]
        if not s.gold:
            b = "no gold/ok" if not places else f"no gold/invented {how}"
            buckets[b] += 1
            examples[b].append(f"verb={vtext} got={got} :: {s.text.strip()[:200]}")
            continue
        g = s.gold[0]
        gtext = s.text[g[0]:g[1]]
        if places and _ov((places[0].start, places[0].end), g) or places and any(_ov((places[0].start, places[0].end), x) for x in s.gold):
            b = "hit"
        elif any(_ov((t.start, t.end), x) for t in tops for x in s.gold):
            b = "reachable/other" if places else "reachable/abstained"
        else:
            hits = [(sp, c, r) for sp, c, r in captured if any(_ov((sp.start, sp.end), x) for x in s.gold)]
            if not gtext[:1].isupper():
                b = "unreachable/not a name"
            elif not hits:
                b = "unreachable/no span"
            elif not any(c for _, c, _ in hits):
                b = f"unreachable/no entry/{_span_fit(hits[0][0], g, s.text)}/{hits[0][0].locative}"
            else:
                sp, _, r = next((h for h in hits if h[1]), hits[0])
                b = f"unreachable/rejected/{_span_fit(sp, g, s.text)}/{sp.locative}"
                gtext += f" <{sp.label} score={r.score:.2f} how={r.how}>"
        buckets[b] += 1
        examples[b].append(f"[{gtext}] verb={vtext} got={got} how={how} :: {s.text.strip()[:200]}")
    total = sum(buckets.values())
    print(f"{args.split}: {total} sentences")
    for k, v in sorted(buckets.items()):
        print(f"  {k:40s} {v:5d}")
    for k, ex_ in sorted(examples.items()):
        if k == "hit" or k == "no gold/ok" or (args.show and not k.startswith(args.show)):
            continue
        print(f"\n== {k}")
        for e in ex_[: args.n]:
            print("  ", e)


if __name__ == "__main__":
    main()
