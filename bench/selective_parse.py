"""Prototype of a selective parse (issue 17 item 2): what it saves and what it changes.

    .venv/bin/python bench/selective_parse.py [--limit 200] [--save-events FILE]

Pass 1 runs the model with the parser off and the `senter` component on (tok2vec, tagger,
senter, attribute ruler, lemmatizer, NER); pass 2 parses only the sentences that could hold
an event or a place: a word that starts a trigger-lexicon entry (lemma or lower case), or
a GPE/LOC/FAC entity. Each such sentence becomes a Doc of its own (`Span.as_doc`, which
keeps the tok2vec rows of the whole article, so the parser reads the same features) and
the parser's heads and labels are written back into the article's Doc; the other sentences
get a flat tree (every word a 'dep' of the sentence's first word). The article then goes
through the ordinary geoparser and event coder.

It prints the CPU seconds of the bare full model, of pass 1 + pass 2, and of the whole
extraction both ways, the share of sentences parsed, and how many events differ from the
full parse's (by a key of article, evidence offsets, type, location). Not a pipeline
option: output changes (senter's sentences are not the parser's; NER runs on them).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def needs_parse(sent, first_words: set[str], place_ents: set[int]) -> bool:
    """Could the sentence hold an event or a place? (a trigger's first word, a place entity)"""
    return any(t.i in place_ents or t.lower_ in first_words or t.lemma_.lower() in first_words for t in sent)


def selective_docs(nlp, texts, batch_size: int = 32):
    """Docs with the parser run only on the sentences `needs_parse` picks; yields (doc, parsed, total)."""
    from spacy.attrs import DEP, HEAD

    from frontwatch.events.triggers import default_lexicon

    first_words = set(default_lexicon().by_first)
    parser = nlp.get_pipe("parser")
    dep_hash = nlp.vocab.strings.add("dep")
    root_hash = nlp.vocab.strings.add("ROOT")
    with nlp.select_pipes(disable=["parser"]):
        nlp.enable_pipe("senter")
        try:
            docs = list(nlp.pipe(texts, batch_size=batch_size))
        finally:
            nlp.disable_pipe("senter")
    for doc in docs:
        place_ents = {i for e in doc.ents if e.label_ in PLACE_LABELS for i in range(e.start, e.end)}
        sents = list(doc.sents)
        chosen = [s for s in sents if needs_parse(s, first_words, place_ents)]
        subs = list(parser.pipe([s.as_doc() for s in chosen], batch_size=batch_size))
        arr = np.zeros((len(doc), 2), dtype="uint64")
        for s in sents:  # flat trees first
            arr[s.start:s.end, 1] = dep_hash
            arr[s.start, 1] = root_hash
            for i in range(s.start + 1, s.end):
                arr[i, 0] = np.uint64(-(i - s.start) & 0xFFFFFFFFFFFFFFFF)
        for s, sub in zip(chosen, subs):
            part = sub.to_array([HEAD, DEP])
            arr[s.start:s.end] = part
        doc.from_array([HEAD, DEP], arr)
        yield doc, len(chosen), len(sents)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--save-events", type=Path, help="write the selective run's events here (JSONL)")
    args = ap.parse_args()

    from frontwatch.clean import clean_article
    from frontwatch.events.extract import extract_events
    from frontwatch.geo.outlet import article_country_hint
    from frontwatch.model import RawArticle
    from frontwatch.nlp.pipeline import load_nlp, sentences
    from frontwatch.pipeline import Pipeline

    rows = load_rows(args.csv, None)[:args.limit or None]
    arts = [clean_article(RawArticle(text=f"{r['article_title']}\n\n{r['article_content']}", source_ref=str(i),
                                     kind="jsonl", title=r["article_title"])) for i, r in enumerate(rows)]
    texts = [a.text for a in arts]
    nlp = load_nlp()
    pipe = Pipeline()
    pipe.warm_up()
    list(pipe.process(arts[-5:]))

    def timed(fn):
        t = time.process_time()
        out = fn()
        return out, time.process_time() - t

    _, bare = timed(lambda: [None for _ in nlp.pipe(texts, batch_size=32)])
    sel, sel_model = timed(lambda: list(selective_docs(nlp, texts)))
    parsed, total = sum(p for _, p, _ in sel), sum(t for _, _, t in sel)

    def code(docs):
        out = []
        for doc, art in zip(docs, arts):
            hint = article_country_hint(art.url, art.outlet, ())
            topo = pipe.geoparser.parse_doc(doc, sentences(doc), hint=hint, admin_hint=None)
            out.append(extract_events(doc, art, topo))
        return out

    full_events, full_cpu = timed(lambda: [p.events for p in pipe.process(arts)])
    sel_events, sel_rest = timed(lambda: code([d for d, _, _ in sel]))

    def keys(events_per_article, whole: bool):
        c = Counter()
        for k, evs in enumerate(events_per_article):
            for e in evs:
                geo = e.location.place.geonameid if e.location and e.location.place else None
                c[json.dumps(e.to_record(), sort_keys=True) if whole else
                  (k, e.evidence_start, e.evidence_end, e.event_type, geo)] += 1
        return c

    print(f"{len(arts)} articles; sentences parsed {parsed}/{total} ({parsed / total:.1%})")
    print(f"model CPU: bare full {bare:.1f} s, selective (pass 1 + 2) {sel_model:.1f} s ({sel_model / bare:.2f})")
    print(f"extract CPU: full {full_cpu:.1f} s; selective {sel_model + sel_rest:.1f} s "
          f"(ratio to bare full: {bare / full_cpu:.3f} -> {bare / (sel_model + sel_rest):.3f})")
    for whole in (False, True):
        a, b = keys(full_events, whole), keys(sel_events, whole)
        print(f"events ({'whole records' if whole else 'article, evidence span, type, place'}): full "
              f"{sum(a.values())}, selective {sum(b.values())}, same {sum((a & b).values())}, "
              f"only full {sum((a - b).values())}, only selective {sum((b - a).values())}")
    if args.save_events:
        with open(args.save_events, "w", encoding="utf-8") as fh:
            for evs in sel_events:
                fh.writelines(json.dumps(e.to_record()) + "\n" for e in evs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
