"""The spans of every event-location sentence whose gold place no toponym overlaps, with what the
recogniser and the resolver knew of them (issue 14 item 1, recognition; run on TUNE only).

    PYTHONPATH=src python dev/event_location_unreached.py --split tune --parses /tmp/tune.parses

For each such sentence: the gold text, and each recognised span that overlaps it with its NER label,
locative role, preposition, the flags that make `geo/unlisted.unlisted_toponyms` pass it over
(person-like, sentence-initial, org-like, inside an organisation's name...), how many gazetteer
candidates it had and the resolver's best sense; then the places the sentence resolved (the hosts an
unlisted name could be put at) and the theatre's countries. The parse is cached as in
dev/event_location_refusals.py (same `--parses` file).
"""

from __future__ import annotations

import sys
from pathlib import Path

import frontwatch.geo.geoparse as geoparse_mod
from frontwatch.nlp.pipeline import sentences as nlp_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_location_misses import _ov  # noqa: E402
from event_location_refusals import _docs, traced_run  # noqa: E402

_FLAGS = ("person_like", "person_name", "speech_subject", "org_like", "in_org_entity", "inner", "sentence_initial",
          "calendar", "short_code", "listed_only", "definite", "feature_name", "site_head", "place_of")


def main() -> None:
    args, rows, gp, captured, theatres, real = traced_run()
    n_out = 0
    for n, (s, doc) in enumerate(zip(rows, _docs(rows, args.parses))):
        if not s.gold:
            continue
        captured.clear()
        tops = gp.parse_doc(doc, nlp_sentences(doc))
        if any(_ov((t.start, t.end), g) for t in tops for g in s.gold):
            continue
        n_out += 1
        gold = [s.text[a:b] for a, b in s.gold]
        print(f"\n[{n}] gold={gold} verb={s.text[s.verb[0]:s.verb[1]]} :: {s.text.strip()[:240]}")
        for sp, cands, r in captured:
            if not any(_ov((sp.start, sp.end), g) for g in s.gold):
                continue
            flags = " ".join(f for f in _FLAGS if getattr(sp, f, None))
            best = r.ranked[0][1] if r.ranked else None
            sense = f"{best.how} {best.place.name}/{best.place.country}/{best.place.precision}" if best else "-"
            print(f"    <{sp.text}> {sp.label} role={sp.locative} prep={sp.prep} type={sp.type_word} cands={len(cands)}"
                  f" best={sense} [{flags}]")
        places = [f"{t.text}/{t.place.country}/{t.precision}" for t in tops if t.place is not None]
        th = dict(theatres[0].countries) if theatres and theatres[0] else {}
        print(f"    places={places} theatre={th}")
    geoparse_mod.resolve_document = real
    print(f"\n{args.split}: {n_out} sentences with a gold place no toponym overlaps")


if __name__ == "__main__":
    main()
