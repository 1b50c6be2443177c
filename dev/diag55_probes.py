"""Score section 92's probes (dev/subtypes/probes/diag55-probes.tsv) through the whole pipeline.

    PYTHONPATH=src .venv/bin/python dev/diag55_probes.py [--root ../shared/data]

Why: the probes hold sentences with no ACLED event ('none'), which the labelled corpus's records cannot carry (a
record's label is one of the 25 sub-types), so they are kept as a TSV of ids and labels and read here. A FA-KES id
`fakes:<row>:<start>` names the sentence `devcorpus.sentence_spans` cuts at that offset of the article; the text is
read in place, never copied. Prints one line per probe (right/wrong, gold, answer) and the count right per class.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from frontwatch.evaluate import devcorpus
from frontwatch.evaluate.events import main_subtype
from frontwatch.evaluate.run import extract_texts

REPO = Path(__file__).resolve().parents[1]
PROBES = REPO / "dev" / "subtypes" / "probes" / "diag55-probes.tsv"


def probe_rows(root: Path) -> list[dict]:
    """The probes with their text: a constructed one's from the file, a FA-KES one's read from the data folder."""
    rows = [r for r in csv.DictReader((ln for ln in PROBES.read_text(encoding="utf-8").splitlines()
                                       if not ln.startswith("#")), delimiter="\t")]
    articles = {key: text for _, key, _, text in devcorpus.corpus_records(root, "fakes")}
    for r in rows:
        if r["id"].startswith("fakes:"):
            _, key, start = r["id"].split(":")
            art = articles[key]
            end = next(b for a, b in devcorpus.sentence_spans(art) if a == int(start))
            r["text"] = art[int(start):end]
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args()
    rows = probe_rows(args.root)
    answers = [main_subtype(recs) for recs in extract_texts([r["text"] for r in rows])]
    right: Counter = Counter()
    total: Counter = Counter()
    for r, ans in zip(rows, answers):
        ok = ans == r["label"]
        right[r["class"]] += ok
        total[r["class"]] += 1
        print(f"{'OK ' if ok else 'BAD'}\t{r['id']}\t{r['label']}\t{ans}")
    for c in sorted(total):
        print(f"{c}: {right[c]}/{total[c]}")
    print(f"all: {sum(right.values())}/{len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
