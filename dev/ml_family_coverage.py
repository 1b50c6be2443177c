"""Which inflected forms of each ACLED event family occur in a language's corpus and miss the lexicon (dev tool).

Usage: PYTHONPATH=src python dev/ml_family_coverage.py LANG [--tune] [--min N] > /tmp/LANG_cov.txt

Why: the tune parts are small, so rules fitted to their sentences do not transfer (issue 19). The corpus
sentences OUTSIDE dev/events-ml are real news of the same outlets; every word there that a family's probe pattern
(dev/families/families.toml: roots and stems from the dictionary) hits is listed with its frequency and whether a
trigger of the lexicon covers it (and which type). The uncovered forms are then judged by hand and whole families
covered by lemma/stem rules, not single words. No event is coded and the report part is never read (with --all the
dev set's sentences of the TUNE part are included too: the outside sentences of ar hold almost no conflict word).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tomllib
from pathlib import Path

from frontwatch.evaluate.ml_devset import candidates, load_ml
from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import normalize, words
from frontwatch.lang.triggers import find_triggers

ROOT = Path(__file__).resolve().parents[2] / "shared" / "data"  # ../shared/data beside the checkout
FAMILIES = Path(__file__).resolve().parent / "families" / "families.toml"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("--tune", action="store_true", help="include the dev set's tune sentences")
    ap.add_argument("--min", type=int, default=1, help="list uncovered forms seen at least N times")
    args = ap.parse_args()
    lang, with_tune = args.lang, args.tune
    fams = {f: [re.compile(normalize(p, lang)) for p in ps]
            for f, ps in tomllib.loads(FAMILIES.read_text())[lang].items()}
    known = {r.id for r in load_ml(lang, ROOT) if not (with_tune and r.split == "tune")}
    cues = load(lang)
    hit: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    miss: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    example: dict[str, str] = {}
    n = 0
    for s in candidates(lang, ROOT):
        if s.id in known:
            continue
        n += 1
        ws = words(s.text, cues)
        covered = {}
        for t in find_triggers(ws, lang):
            for i in range(t.start, t.end + 1):
                covered[i] = t.type
        for w in ws:
            form = normalize(w.text, lang)
            for fam, pats in fams.items():
                if any(p.search(form) for p in pats):
                    if w.i in covered:
                        hit[fam][(form, covered[w.i])] += 1
                    else:
                        miss[fam][form] += 1
                        example.setdefault(form, s.text[max(0, w.start - 60): w.end + 60].replace("\n", " "))
    print(f"{lang}: {n} sentences", file=sys.stderr)
    for fam in fams:
        print(f"\n## {fam}: covered {sum(hit[fam].values())}, missed {sum(miss[fam].values())}")
        for (form, typ), c in hit[fam].most_common():
            print(f"   + {c:3d} {form} -> {typ}")
        for form, c in miss[fam].most_common():
            if c < args.min:
                break
            print(f"   - {c:3d} {form}    | {example[form]}")


if __name__ == "__main__":
    main()
