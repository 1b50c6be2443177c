"""List candidate sentences for the actors-and-fatalities gold set (docs/annotation/actors-fatalities.md).

Why a script: the sample must be reproducible and must not be chosen by what frontwatch gets
right. Sentences with a word of violence are drawn from FA-KES (at most two per article) and
from the event-location corpus, ordered by a hash of their id (not by content), and printed
as `n<TAB>id<TAB>text` for the annotator to read; the text is never written into the repo.

    PYTHONPATH=src .venv/bin/python dev/actors_fatalities/candidates.py --fakes 170 --evloc 150 > /tmp/cands.tsv

`--deaths` draws, in the same hash order, only sentences with a word of dying and leaves out those
already read (in any gold*.jsonl or skipped*.tsv here): the second round, which enlarged the set of
sentences that give a count (gold-deaths.jsonl). `--unread` draws the same way with any word of
violence (act23's first round, act32's fresh sentences).
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from pathlib import Path

from frontwatch.evaluate.devcorpus import candidates

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
VIOLENCE = re.compile(r"\b(kill\w*|attack\w*|shell\w*|bomb\w*|air ?strikes?|strikes?|clash\w*|fight\w*|"
                      r"captur\w*|seiz\w*|ambush\w*|explo\w*|shot|shoot\w*|gunmen|fired|massacre\w*|dead|died|"
                      r"executed|stormed|raid\w*|battle\w*|rocket\w*|mortar\w*|suicide|wounded|injured)\b",
                      re.IGNORECASE)
DYING = re.compile(r"\b(kill\w*|dead|died|dies|deaths?|death toll|executed|massacred?|murdered|slain|lives)\b",
                   re.IGNORECASE)
HERE = Path(__file__).resolve().parent


def _already_read() -> set[str]:
    """Ids already labelled or skipped by an annotator (any gold*.jsonl, skipped*.tsv here)."""
    import json

    seen = {json.loads(line)["id"] for p in HERE.glob("gold*.jsonl") for line in p.read_text().splitlines() if line}
    for p in HERE.glob("skipped*.tsv"):
        seen |= {line.split("\t")[0] for line in p.read_text().splitlines() if line and not line.startswith("#")}
    return seen


def _key(sentence_id: str) -> str:
    return hashlib.sha1(("actfat:" + sentence_id).encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fakes", type=int, default=170)
    ap.add_argument("--evloc", type=int, default=150)
    ap.add_argument("--deaths", action="store_true", help="only sentences with a word of dying, not read before")
    ap.add_argument("--unread", action="store_true", help="any word of violence, only sentences not read before")
    args = ap.parse_args()
    n = 0
    seen = _already_read() if args.deaths or args.unread else set()
    for name, want in (("fakes", args.fakes), ("event-location", args.evloc)):
        pool = [s for s in candidates(DATA, (name,)) if VIOLENCE.search(s.text) and 40 <= len(s.text) <= 400
                and s.id not in seen and (not args.deaths or DYING.search(s.text))]
        pool.sort(key=lambda s: _key(s.id))
        per_record: Counter[str] = Counter()
        taken = 0
        for s in pool:
            rec = s.ref["key"] if s.ref else s.id
            if per_record[rec] >= 2 or taken >= want:
                continue
            per_record[rec] += 1
            taken += 1
            n += 1
            print(f"{n}\t{s.id}\t{' '.join(s.text.split())}")


if __name__ == "__main__":
    main()
