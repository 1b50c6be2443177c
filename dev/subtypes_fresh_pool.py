"""The fresh pool: real corpus sentences that no labelled dev file references yet (sub38).

Why: the sub-type rules and model were chosen on the errors of the labelled tune part, so its figures
(and, through repeated looks, the report part's) no longer tell how the code does on text nobody has
read. This script lists the sentences no earlier annotator took, so a fresh sample can be drawn from
them *before any pipeline run*, labelled by the guideline, and scored once (docs/annotation/subtypes.md
section 42). A sentence counts as seen when its id appears anywhere in a dev/ data file (jsonl/tsv of
every dev set, not only dev/subtypes) or its text's SHA-1 equals a labelled sentence's (the same
sentence repeated under another key). It never runs the pipeline.

    python dev/subtypes_fresh_pool.py pool                 # counts per source
    python dev/subtypes_fresh_pool.py order --n 600        # every k-th of the pool, corpus order, seeded offset
    python dev/subtypes_fresh_pool.py order --n 600 --phase 17   # a second pass, disjoint from the first
    python dev/subtypes_fresh_pool.py keyword mob           # pool sentences a named query (or a regex) matches

Text is printed to the terminal (or a scratch file under /tmp) for reading, never written into the repo.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from frontwatch.evaluate.devcorpus import Sentence, candidates, sha1
from frontwatch.evaluate.run import SHARED

REPO = Path(__file__).resolve().parents[1]
ROOT = SHARED / "data"  # ../shared/data beside the checkout (frontwatch.evaluate.run)
DEV = REPO / "dev"
# The English sources of the sub-type corpus (CENTCOM strike lines are one type and scored by `evaluate strikes`).
POOL_SOURCES: tuple[str, ...] = ("event-location", "fakes", "re3d", "lgl", "gwn")
SEED = 38
# The keyword queries for the weak types, written down before any match was read (section 42); a sentence
# they select carries `selection: keyword:<name>`. Round 1 first, round 2 after round 1 proved thin.
KEYWORD_QUERIES: dict[str, str] = {
    "mob": r"\b(mobs?|lynch\w*|villagers|crowds?|vigilantes?|torched)\b",
    "other": r"\b(crash(ed|es)?|mutin\w*|coup)\b",
    "change": r"\b(defect\w*|merged?|merger|curfew|state of emergency|redeploy\w*|reinforcements|new leader|designat\w+)\b",
    "violentdemo": r"\b(riot\w*|threw (stones|rocks)|hurl\w* (stones|rocks)|stone-throw\w*|petrol bombs?|molotov)\b",
    "transfer": r"\b(handed over|hand(ed)? over|handover|withdr[ae]wn? from|pulled out of|evacuated)\b",
    "mob2": r"\b(angry|enraged) (residents|crowds?|mobs?|men|villagers)\b|\bbeaten to death\b|\bset (ablaze|alight)\b"
            r"|\bburn(ed|t) (down|alive)\b",
    "protest": r"\b(protest(s|ed|ers?)?|demonstrat(ion|ions|ors|ed)|rall(y|ies|ied)|sit-in|marchers)\b",
    "change2": r"\b(deploy(ed|ment)|sent (troops|forces|soldiers)|dispatched (troops|forces)|defected|split from"
               r"|appointed (a )?new)\b",
    "transfer2": r"\b(took over|handed (it )?over|surrender(ed)?|left the (town|city|village|area)"
                 r"|entered the (town|city|village))\b",
}


def seen_marks(dev: Path = DEV) -> tuple[set[str], set[str]]:
    """(ids, text hashes) named in the dev data files: the sentences someone already read.

    A jsonl record gives its `id` and `sha1`; a tsv row (the annotators' decisions, skips included) its first
    column. Ids are read by field, not by pattern: event-location keys may hold spaces."""
    ids: set[str] = set()
    hashes: set[str] = set()
    for path in sorted(dev.rglob("*")):
        if not path.is_file() or path.suffix not in (".jsonl", ".tsv"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if path.suffix == ".tsv":
                ids.add(line.split("\t", 1)[0])
                continue
            rec = json.loads(line)
            ids.add(str(rec.get("id", "")))
            if rec.get("sha1"):
                hashes.add(rec["sha1"])
    return ids, hashes


def fresh(sentences: Iterable[Sentence], ids: set[str], hashes: set[str]) -> Iterator[Sentence]:
    """The sentences whose id and text hash no dev file names, each text once (first occurrence)."""
    taken: set[str] = set()
    for s in sentences:
        h = sha1(s.text)
        if s.id in ids or h in hashes or h in taken:
            continue
        taken.add(h)
        yield s


def pool(root: Path = ROOT, dev: Path = DEV, sources: tuple[str, ...] = POOL_SOURCES) -> list[Sentence]:
    """The fresh pool in corpus order (sources in POOL_SOURCES order, then record and offset order)."""
    ids, hashes = seen_marks(dev)
    return list(fresh(candidates(root, sources), ids, hashes))


def every_kth(items: list[Sentence], n: int, seed: int = SEED, phase: int = 0) -> list[Sentence]:
    """n items at a fixed stride over the whole pool, from a seeded offset: an unbiased sample in corpus order.

    `phase` shifts the offset within the stride, so a second pass (phase k // 2) draws a disjoint sample of the
    same design when the first gave too few event sentences."""
    if n <= 0 or not items:
        return []
    k = max(1, len(items) // n)
    start = (random.Random(seed).randrange(k) + phase) % k
    return items[start::k][:n]


def matching(items: list[Sentence], query: str) -> list[Sentence]:
    """The pool sentences a keyword query matches: a name of KEYWORD_QUERIES or a case-insensitive regex."""
    rx = re.compile(KEYWORD_QUERIES.get(query, query), re.IGNORECASE)
    return [s for s in items if rx.search(s.text)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("pool")
    o = sub.add_parser("order")
    o.add_argument("--n", type=int, default=300)
    o.add_argument("--seed", type=int, default=SEED)
    o.add_argument("--phase", type=int, default=0, help="shift within the stride (a second, disjoint pass)")
    q = sub.add_parser("keyword")
    q.add_argument("query")
    args = ap.parse_args()
    items = pool()
    if args.cmd == "pool":
        counts = Counter(s.id.split(":", 1)[0] for s in items)
        print(f"{len(items)} fresh sentences: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        return
    chosen = every_kth(items, args.n, args.seed, args.phase) if args.cmd == "order" else matching(items, args.query)
    for s in chosen:
        print(f"{s.id}\t{' '.join(s.text.split())}")


if __name__ == "__main__":
    main()
