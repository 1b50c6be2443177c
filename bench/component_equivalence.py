"""Do frontwatch's stand-ins for spaCy's attribute ruler and lemmatizer annotate exactly as spaCy's own?

    .venv/bin/python bench/component_equivalence.py [--limit 0]

Why: `nlp/indexed_ruler.py` and `nlp/memo_lemmatizer.py` replace two components of the model
on the claim that every token keeps its POS, tag, morphology, lemma and dependency. This checks
the claim on every real text here (FA-KES articles, event-location sentences, re3d documents,
CENTCOM strike lines): each text goes through the model up to the parser once, then one copy
through spaCy's ruler + lemmatizer and one through frontwatch's, and the token arrays are
compared. It also charges each pair its CPU seconds. Results go to
bench/results/component_equivalence-<UTC>.json (results_file.py).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402
from throughput import DEFAULT_CSV, load_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def corpus_texts(data: Path) -> dict[str, list[str]]:
    """Every English text of the shared corpora that reads as running prose, by corpus."""
    out = {"fakes": [f"{r['article_title']}\n\n{r['article_content']}" for r in load_rows(DEFAULT_CSV, None)],
           "event-location": [json.loads(line)["text"] for line in
                              (data / "events" / "event-location.jsonl").open(encoding="utf-8") if line.strip()],
           "re3d": [], "centcom": []}
    for path in sorted((data / "re3d").glob("*/documents.json")):
        out["re3d"] += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    with (data / "syria" / "centcom-strikes.csv").open(encoding="utf-8", newline="") as fh:
        out["centcom"] = [r["line"] for r in csv.DictReader(fh)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0, help="the first N texts of each corpus (0: all)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    import spacy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from frontwatch.nlp import indexed_ruler, memo_lemmatizer
    from frontwatch.nlp.pipeline import MAX_CHARS, MODEL_NAME

    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_CHARS
    stock = [nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")]
    if not (indexed_ruler.install(nlp) and memo_lemmatizer.install(nlp)):
        print("component_equivalence: the stand-ins did not install on this model", file=sys.stderr)
        return 1
    ours = [nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")]
    cols = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    per_corpus = {}
    cpu = {"spacy_ruler": 0.0, "spacy_lemmatizer": 0.0, "indexed_ruler": 0.0, "memo_lemmatizer": 0.0}
    for name, texts in corpus_texts(args.data).items():
        texts = texts[:args.limit or None]
        tokens = differing = 0
        with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
            for doc in nlp.pipe(texts, batch_size=64):
                a, b = doc.copy(), doc.copy()
                for key, comp, d in (("spacy_ruler", stock[0], a), ("spacy_lemmatizer", stock[1], a),
                                     ("indexed_ruler", ours[0], b), ("memo_lemmatizer", ours[1], b)):
                    t = time.process_time()
                    comp(d)
                    cpu[key] += time.process_time() - t
                tokens += len(doc)
                same = (a.to_array(cols) == b.to_array(cols)).all() and [t.morph.key for t in a] == [t.morph.key for t in b]
                differing += not same
        per_corpus[name] = {"texts": len(texts), "tokens": tokens, "texts_differing": differing}
        print(f"{name}: {len(texts)} texts, {tokens} tokens, {differing} differ", flush=True)
    write_result({"benchmark": "component_equivalence (spaCy attribute_ruler + lemmatizer vs frontwatch's)",
                  "spacy_model": nlp.meta.get("name"), "corpora": per_corpus,
                  "texts_differing": sum(c["texts_differing"] for c in per_corpus.values()),
                  "cpu_seconds": {k: round(v, 3) for k, v in cpu.items()}}, args.out, "component_equivalence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
