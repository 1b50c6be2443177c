"""Why the resolver refuses the gold place of an event-location sentence, and the decision after a
resolver change, fast (issue 14 item 1; TUNE only for tuning).

    PYTHONPATH=src python dev/event_location_refusals.py --split tune --parses /tmp/tune.parses \
        [--dump OUT.jsonl] [--show refused|changed] [--against OLD.jsonl]

The spaCy parse is most of a run's time and a resolver change does not touch it: the parsed
sentences are written to `--parses` on the first run and read back afterwards (Doc bytes without
user data; the geoparser and the event layer run on them as in `evaluate event-location`). Prints
the two figures of `evaluate event-location` (gold place chosen / no place invented) and, with
`--show refused`, every sentence whose gold name the resolver refused, with the span's label, the
words the resolver reads around it, its evidence and its three best senses (score, how, country,
population) and the theatre's countries. `--dump` writes one line per sentence (the places chosen),
`--against` compares with an earlier dump sentence by sentence (what a change gained and lost).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import frontwatch.geo.geoparse as geoparse_mod
from frontwatch.evaluate.event_location import read_sentences
from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION, _pipeline
from frontwatch.events.extract import EventExtractor
from frontwatch.geo.resolve import evidence
from frontwatch.model import Article
from frontwatch.nlp.pipeline import load_nlp
from frontwatch.nlp.pipeline import sentences as nlp_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_location_misses import _ov  # noqa: E402


def _docs(rows, cache: Path | None) -> list:
    """The parsed sentences, from `cache` when it exists, else parsed and written to it.

    Parsed eagerly into a list (not a generator): `zip(rows, generator)` stops at the last row
    without resuming the generator, so a write placed after its loop never ran."""
    from spacy.tokens import Doc

    nlp = load_nlp()
    if cache is not None and cache.is_file():
        return [Doc(nlp.vocab).from_bytes(b) for b in pickle.loads(cache.read_bytes())]
    docs = list(nlp.pipe([r.text for r in rows], batch_size=64))
    if cache is not None:
        cache.write_bytes(pickle.dumps([d.to_bytes(exclude=["user_data"]) for d in docs]))
    return docs


def capture_resolutions() -> tuple[list, list, object]:
    """Wrap the geoparser's resolver so that each call leaves its (span, candidates, resolution) triples and
    the theatre it was given in the two returned lists (overwritten at each call); the third item is the real
    resolver, to put back. Why: these dev tools read
    what the resolver decided for a sentence's spans, which the pipeline's output does not keep."""
    captured: list = []
    theatres: list = []
    real = geoparse_mod.resolve_document

    def spy(text, spans, cands, *a, **k):
        out = real(text, spans, cands, *a, **k)
        captured[:] = list(zip(spans, cands, out))
        theatres[:] = [k.get("theatre")]
        return out

    geoparse_mod.resolve_document = spy
    return captured, theatres, real


def _describe(sp, r, theatre_countries) -> str:
    flags = [k for k in ("prep", "type_word", "locative", "territory_object", "place_of", "person_like",
                         "person_name", "speech_subject", "org_like", "in_org_entity", "definite", "inner",
                         "sentence_initial") if getattr(sp, k)]
    words = " ".join(f"{k}={getattr(sp, k)}" if not isinstance(getattr(sp, k), bool) else k for k in flags)
    senses = "; ".join(f"{s:.2f} {c.how} {c.place.name}/{c.place.country}/{c.place.precision}/{c.place.population}"
                       for s, c in (r.ranked or [])[:3])
    return f"<{sp.text}> {sp.label} ev={evidence(sp):.2f} {words} | {senses} | theatre={theatre_countries}"


def traced_run(extra: "Callable[[argparse.ArgumentParser], None] | None" = None):
    """What the event-location tracers start from: their arguments (--split, --parses and the caller's own), the
    part's sentences, the geoparser and `capture_resolutions`' hooks. Returns (args, rows, geoparser, captured,
    theatres, real)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune")
    ap.add_argument("--parses", type=Path)
    if extra is not None:
        extra(ap)
    args = ap.parse_args()
    rows = read_sentences(DEFAULT_EVENT_LOCATION, args.split)
    gp = _pipeline(None, True).geoparser
    captured, theatres, real = capture_resolutions()
    return args, rows, gp, captured, theatres, real


def _refusal_options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--against", type=Path)
    ap.add_argument("--show", choices=("refused", "changed"), default=None)


def main() -> None:
    args, rows, gp, captured, theatres, real = traced_run(_refusal_options)
    ex = EventExtractor()
    old = {}
    if args.against:
        for line in args.against.read_text().splitlines():
            d = json.loads(line)
            old[d["n"]] = d
    loc = loc_hit = unloc = unloc_hit = 0
    dump = []
    for n, (s, doc) in enumerate(zip(rows, _docs(rows, args.parses))):
        captured.clear()
        tops = gp.parse_doc(doc, nlp_sentences(doc))
        verb = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
        places, how = ex.places_for(doc, Article(id=s.id, text=s.text, source_ref=s.id, kind="text"),
                                    tops, verb.root.i) if verb else ([], "none")
        if how == "country":
            places = []
        places = [p for p in places if s.text[p.start:p.end] == p.text]
        first = [(p.start, p.end) for p in places[:1]]
        ok = (bool(first) and any(_ov(first[0], g) for g in s.gold)) if s.gold else not first
        if s.gold:
            loc += 1
            loc_hit += ok
        else:
            unloc += 1
            unloc_hit += ok
        rec = {"n": n, "gold": bool(s.gold), "ok": ok, "got": [p.text for p in places[:1]], "how": how}
        dump.append(rec)
        gold_text = [s.text[a:b] for a, b in s.gold]
        th = dict(theatres[0].countries) if theatres and theatres[0] else {}
        if args.show == "refused" and s.gold and not ok:
            refused = [(sp, r) for sp, c, r in captured if r.place is None and c
                       and any(_ov((sp.start, sp.end), g) for g in s.gold)]
            if refused and not any(_ov((t.start, t.end), g) for t in tops for g in s.gold):
                print(f"[{n}] gold={gold_text} verb={s.text[s.verb[0]:s.verb[1]]} got={rec['got']} :: {s.text.strip()[:220]}")
                for sp, r in refused:
                    print("     ", _describe(sp, r, th))
        if args.show == "changed" and n in old and old[n]["ok"] != ok:
            sign = "+" if ok else "-"
            print(f"{sign} [{n}] gold={gold_text} was={old[n]['got']} now={rec['got']} ({how}) :: {s.text.strip()[:200]}")
    geoparse_mod.resolve_document = real
    print(f"{args.split}: gold place chosen {loc_hit}/{loc} = {loc_hit / max(loc, 1):.3f}; "
          f"no place invented {unloc_hit}/{unloc} = {unloc_hit / max(unloc, 1):.3f}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(d) + "\n" for d in dump))


if __name__ == "__main__":
    main()
