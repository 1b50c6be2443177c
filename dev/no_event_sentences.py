"""Sub-event development sentences that yield no event at all, and why nothing fired.

Why: a gold-labelled event sentence with no coded event is a sure miss whatever the typing
does (`evaluate events`: the 'none' column). This lists the TUNE part's such sentences with
the gold type and a diagnosis, so the causes can be bucketed and fixed by general
mechanisms. The report part is only counted (its text is never printed: it is not tuned on).

Diagnosis, first that applies:
  background      events were coded, all told as background (history, habitual, pluperfect)
  not-acled       events were coded, none with an ACLED sub-type (a PLOVER-only reading)
  dropped         triggers matched but no event came out (hypothetical modality, consolidation)
  rejected        a lexicon cue matched its words but was refused (requirement unmet,
                  a reduced relative, a weapon-equipment noun, an excluded name token)
  no-cue          no lexicon cue matched at all (the sentence's verbs and nouns are printed)

Usage:
    PYTHONPATH=$PWD/src /work/main/.venv/bin/python dev/no_event_sentences.py [--split tune|report]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from frontwatch.evaluate.devcorpus import load
from frontwatch.evaluate.run import DEFAULT_DATA

ROOT = Path(__file__).resolve().parents[1]
DATA = DEFAULT_DATA


def docs_for(texts: list[str]):
    """Parsed docs with toponyms and events (background kept), as the evaluator's pipeline makes them."""
    from frontwatch.clean import clean_article
    from frontwatch.model import RawArticle
    from frontwatch.nlp.components import FRONTWATCH_PIPES, load_pipeline
    from frontwatch.nlp.detitle import detitle, known_place_name
    from frontwatch.nlp.paragraphs import analyse_by_paragraph
    from frontwatch.pipeline import Pipeline, PipelineOptions

    pipe = Pipeline(PipelineOptions(keep_background=True))
    nlp = load_pipeline()
    known = known_place_name(pipe.geoparser.gazetteer)

    def gen():
        for i, t in enumerate(texts):
            art = clean_article(RawArticle(text=t, source_ref=f"text:{i}", kind="text", published=None,
                                           published_from="unknown"))
            doc = nlp.make_doc(detitle(art.text, known))
            doc._.article = art
            yield doc

    model_pipes = [n for n in nlp.pipe_names if n not in FRONTWATCH_PIPES]
    analysed = analyse_by_paragraph(nlp, gen(), batch_size=32, disable=FRONTWATCH_PIPES)
    yield from nlp.pipe(analysed, batch_size=32, component_cfg=pipe.component_cfg(), disable=model_pipes)


def rejected_cues(doc) -> list[str]:
    """Lexicon cues whose words matched but that find_triggers refused, each with the reason."""
    from frontwatch.events import ontology
    from frontwatch.events.participle_events import reported_participle
    from frontwatch.events.requirement_places import refused_place_tokens
    from frontwatch.events.telegraphic import misread_noun
    from frontwatch.events.triggers import (
        GENERIC_VIOLENCE,
        WEAPON_OBJECT_NOUNS,
        _head_of,
        _match,
        default_lexicon,
        forms,
        requirement_met,
        verbless_noun,
    )

    lex = default_lexicon()
    span = doc[:]
    places = {i for t in (doc._.toponyms or []) for sp in [doc.char_span(t.start, t.end, alignment_mode="expand")]
              if sp is not None for i in range(sp.start, sp.end)}
    places |= refused_place_tokens(span, [])  # as the extractor counts them (dictionary actors aside)
    out = []
    for tok in doc:
        for key in {tok.lemma_.lower(), tok.lower_}:
            for entry in lex.by_first.get(key, ()):
                idx = _match(span, tok.i, entry)
                if idx is None:
                    if tok.lemma_.lower() == entry.words[0] and len(entry.words) == 1:
                        out.append(f"{entry.phrase}[{entry.pos}] pos={tok.pos_}/{tok.tag_}/{tok.dep_}")
                    continue
                head = _head_of(span, idx)
                why = ""
                if head.dep_ == "acl" and not verbless_noun(span, head) and not (
                        entry.pos == "N" and misread_noun(head)) and (head.tag_ == "VBG" or (
                        head.tag_ == "VBN" and not ontology.get(entry.type).violent
                        and entry.type not in GENERIC_VIOLENCE)) and not reported_participle(head):
                    why = "reduced-relative"
                elif not requirement_met(entry, head, [doc[j] for j in idx], places, set(), span):
                    why = f"requires={entry.requires}"
                elif len(idx) == 1 and entry.pos == "N" and head.dep_ in ("compound", "amod", "nmod") and \
                        forms(head.head) & WEAPON_OBJECT_NOUNS:
                    why = "weapon-equipment"
                else:
                    why = "matched(excluded token or lost to a rival)"
                out.append(f"{entry.phrase}[{entry.pos},{entry.type}] head={head.text}/{head.dep_}: {why}")
    return sorted(set(out))


def diagnose(doc) -> tuple[str, str]:
    from frontwatch.events.triggers import default_lexicon, find_triggers

    events = doc._.events or []
    acled = [e for e in events if e.acled_sub_event_type]
    if acled and all(e.modality == "background" for e in acled):
        return "background", "; ".join(f"{e.event_type}:{e.trigger}" for e in events)
    if events and not any(e.acled_sub_event_type for e in events):
        return "not-acled", "; ".join(f"{e.event_type}:{e.trigger}:{e.modality}" for e in events)
    dates = {t.i for t in doc if t.ent_type_ in ("DATE", "TIME")}  # the extractor never reads a cue in a date
    trigs = find_triggers(doc[:], default_lexicon(), excluded=dates)
    if trigs:
        return "dropped", "; ".join(f"{t.entry.phrase}:{t.type}" for t in trigs)
    rej = rejected_cues(doc)
    if rej:
        return "rejected", " | ".join(rej)
    words = [f"{t.lemma_}/{t.pos_}" for t in doc if t.pos_ in ("VERB", "NOUN")]
    return "no-cue", " ".join(words)


def _reason_kind(detail: str) -> str:
    """The kind of one refusal, without the cue: 'requires=place', 'reduced-relative', 'part of speech'."""
    if ": " in detail:
        why = detail.rsplit(": ", 1)[1]
        return why if why.startswith(("requires=place", "requires=target", "requires=object", "requires=agent",
                                      "requires=means",
                                      "reduced", "weapon", "matched")) else "requires=lemmas"
    return "part of speech (" + detail.split(" pos=")[-1].split("/")[0] + ")"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("tune", "report"), default="tune")
    args = ap.parse_args()
    from frontwatch.evaluate.events import main_subtype

    items = [it for it in load(sorted((ROOT / "dev" / "subtypes").glob("*.jsonl")), DATA) if it.split == args.split]
    buckets: Counter[str] = Counter()
    reasons: Counter[str] = Counter()  # kinds of refusal of the 'rejected' bucket (no words of the sentence)
    by_gold: Counter[str] = Counter()
    n_none = 0
    for it, doc in zip(items, docs_for([it.text for it in items])):
        recs = [e.to_record() for e in (doc._.events or []) if e.modality != "background"]
        if main_subtype(recs) != "none":
            continue
        n_none += 1
        by_gold[it.label] += 1
        bucket, detail = diagnose(doc)
        buckets[bucket] += 1
        if bucket == "rejected":
            reasons.update({_reason_kind(r) for r in detail.split(" | ")})
        if args.split == "tune":  # the report part is counted only, never read
            print(f"[{bucket}] {it.id} gold={it.label}\n    {it.text}\n    -> {detail}")
    print(f"\n{args.split}: {len(items)} sentences, {n_none} with no event")
    for b, c in buckets.most_common():
        print(f"  {c:4d}  {b}")
    for r, c in reasons.most_common():
        print(f"  {c:4d}  rejected: {r}")
    for g, c in by_gold.most_common():
        print(f"  {c:4d}  gold {g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
