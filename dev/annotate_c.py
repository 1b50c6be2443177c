"""Annotator C's helper: show unlabelled real sentences in batches, record hand decisions, build c.jsonl.

Why a script: the labels are decided by a person reading each sentence (docs/annotation/subtypes.md);
the script only selects candidates (source, optional keyword prefilter on the raw text), hides
sentences already labelled in any dev/subtypes file (by id or SHA-1 of the text), and turns the
hand-written decisions file `dev/subtypes/c-decisions.tsv` (id<TAB>label<TAB>doubt; label "-" =
read and skipped, no ACLED event) into records with devcorpus's own `record()`. It never runs the
pipeline or the model on the sentences.

    python dev/annotate_c.py show --source event-location --kw 'kidnap|abduct' --n 50
    python dev/annotate_c.py decide < my_batch.txt      # lines "k<TAB>CODE<TAB>doubt", unlisted k = skipped
    python dev/annotate_c.py build                       # writes dev/subtypes/c.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from frontwatch.evaluate.devcorpus import (
    SUB_EVENT_TYPES,
    candidates,
    record,
    sha1,
    split_of,
)
from frontwatch.evaluate.run import SHARED

REPO = Path(__file__).resolve().parents[1]
ROOT = SHARED / "data"  # ../shared/data beside the checkout (frontwatch.evaluate.run)
SUBTYPES = REPO / "dev" / "subtypes"
DECISIONS = SUBTYPES / "c-decisions.tsv"
OUT = SUBTYPES / "c.jsonl"
BATCH = Path("/tmp/annotate_c_batch.json")  # the k -> id map of the batch last shown (scratch, not data)


def use_annotator(letter: str) -> None:
    """Point the tool at another annotator's files (<letter>-decisions.tsv -> <letter>.jsonl): the same
    selection and record-making for annotator D and later, whose batches also hide every sentence an
    earlier annotator already read (labelled or skipped)."""
    global DECISIONS, OUT, BATCH
    DECISIONS = SUBTYPES / f"{letter}-decisions.tsv"
    OUT = SUBTYPES / f"{letter}.jsonl"
    BATCH = Path(f"/tmp/annotate_{letter}_batch.json")


def read_elsewhere() -> set[str]:
    """Ids read (labelled or skipped) in any other annotator's decisions file."""
    out: set[str] = set()
    for path in sorted(SUBTYPES.glob("*-decisions.tsv")):
        if path != DECISIONS:
            out.update(line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#"))
    return out

# Short codes typed in a batch answer; the decisions file keeps the full codebook spelling.
CODES = {
    "AC": "Armed clash", "GR": "Government regains territory", "NS": "Non-state actor overtakes territory",
    "CH": "Chemical weapon", "AIR": "Air/drone strike", "SB": "Suicide bomb",
    "SH": "Shelling/artillery/missile attack", "IED": "Remote explosive/landmine/IED", "GRN": "Grenade",
    "SV": "Sexual violence", "AT": "Attack", "AB": "Abduction/forced disappearance",
    "PP": "Peaceful protest", "PI": "Protest with intervention", "EF": "Excessive force against protesters",
    "VD": "Violent demonstration", "MOB": "Mob violence", "AG": "Agreement", "AR": "Arrests",
    "CG": "Change to group/activity", "DW": "Disrupted weapons use", "HQ": "Headquarters or base established",
    "LO": "Looting/property destruction", "NV": "Non-violent transfer of territory", "OT": "Other",
}
assert set(CODES.values()) == set(SUB_EVENT_TYPES)


def labelled_elsewhere() -> tuple[set[str], set[str]]:
    """Ids and text hashes already in any labelled file other than C's own output."""
    ids, hashes = set(), set()
    for path in sorted(SUBTYPES.rglob("*.jsonl")):
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                ids.add(rec["id"])
                hashes.add(rec["sha1"])
    return ids, hashes


def ambiguous_ids(sources: tuple[str, ...]) -> set[str]:
    """Ids that name more than one sentence (event-location reuses record ids such as "wiki"):
    `devcorpus.resolve` can only find the last record of a key, so such sentences are not offered."""
    seen: set[str] = set()
    twice: set[str] = set()
    for s in candidates(ROOT, sources):
        (twice if s.id in seen else seen).add(s.id)
    return twice


def decisions() -> list[tuple[str, str, str]]:
    if not DECISIONS.exists():
        return []
    rows = []
    for line in DECISIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sid, label, *rest = line.split("\t")
            rows.append((sid, label, rest[0] if rest else ""))
    return rows


def show(source: str, kw: str | None, n: int, min_len: int, max_len: int, not_kw: str | None = None) -> None:
    ids, hashes = labelled_elsewhere()
    seen = {sid for sid, _, _ in decisions()} | read_elsewhere()
    pattern = re.compile(kw, re.IGNORECASE) if kw else None
    unwanted = re.compile(not_kw, re.IGNORECASE) if not_kw else None
    batch: dict[str, str] = {}
    ambiguous = ambiguous_ids((source,))
    for s in candidates(ROOT, (source,)):
        if s.id in ambiguous:
            continue
        h = sha1(s.text)
        if s.id in seen:
            hashes.add(h)  # a later copy of a text C already read is not shown again
            continue
        if s.id in ids or h in hashes or not (min_len <= len(s.text) <= max_len):
            continue
        if (pattern and not pattern.search(s.text)) or (unwanted and unwanted.search(s.text)):
            continue
        hashes.add(h)  # one copy of a duplicated text per batch
        k = str(len(batch) + 1)
        batch[k] = s.id
        print(f"{k}\t{' '.join(s.text.split())}")
        if len(batch) >= n:
            break
    BATCH.write_text(json.dumps(batch), encoding="utf-8")


def decide(lines: list[str]) -> None:
    batch: dict[str, str] = json.loads(BATCH.read_text(encoding="utf-8"))
    chosen: dict[str, tuple[str, str]] = {}
    for line in lines:
        if not line.strip():
            continue
        k, code, *rest = [p.strip() for p in re.split(r"\t| {2,}", line.strip(), maxsplit=2)]
        if k not in batch or code.upper() not in CODES:
            sys.exit(f"bad line: {line!r}")
        chosen[k] = (CODES[code.upper()], rest[0] if rest else "")
    with DECISIONS.open("a", encoding="utf-8") as fh:
        for k, sid in batch.items():
            label, doubt = chosen.get(k, ("-", ""))
            fh.write(f"{sid}\t{label}\t{doubt}\n")
    BATCH.unlink()
    print(f"{len(chosen)} labelled, {len(batch) - len(chosen)} skipped")


def build() -> None:
    rows = [(sid, label, doubt) for sid, label, doubt in decisions() if label != "-"]
    wanted = {sid: (label, doubt) for sid, label, doubt in rows}
    sources = sorted({sid.split(":", 1)[0] for sid in wanted})
    ids, hashes = labelled_elsewhere()
    ambiguous = ambiguous_ids(tuple(sources))
    if bad := sorted(set(wanted) & ambiguous):
        sys.exit(f"{len(bad)} decisions name an ambiguous id, e.g. {bad[:3]}")
    out = []
    for s in candidates(ROOT, tuple(sources)):
        if s.id in wanted:
            label_doubt = wanted.pop(s.id)
            if s.id in ids:
                sys.exit(f"{s.id} is already labelled in another file")
            if sha1(s.text) in hashes:  # the same text under another source/id: keep one copy only
                print(f"dropped, same text already labelled: {s.id}")
                continue
            hashes.add(sha1(s.text))
            out.append(record(s, *label_doubt))
    if wanted:
        sys.exit(f"not found: {sorted(wanted)[:5]}")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    by_type: dict[str, list[int]] = {}
    for r in out:
        by_type.setdefault(r["label"], [0, 0])[split_of(r["id"]) == "report"] += 1
    print(f"{len(out)} records -> {OUT.relative_to(REPO)}  (type: tune / report)")
    for t in SUB_EVENT_TYPES:
        tune, rep = by_type.get(t, [0, 0])
        print(f"  {t:38s} {tune:4d} {rep:4d}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotator", default="c", help="letter of the decisions/output files (default c)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show")
    s.add_argument("--source", default="event-location")
    s.add_argument("--kw")
    s.add_argument("--not-kw", help="hide sentences matching this (to look past an over-represented kind)")
    s.add_argument("--n", type=int, default=50)
    s.add_argument("--min-len", type=int, default=30)
    s.add_argument("--max-len", type=int, default=400)
    sub.add_parser("decide")
    sub.add_parser("build")
    a = ap.parse_args()
    use_annotator(a.annotator)
    if a.cmd == "show":
        show(a.source, a.kw, a.n, a.min_len, a.max_len, a.not_kw)
    elif a.cmd == "decide":
        decide(sys.stdin.read().splitlines())
    else:
        build()


if __name__ == "__main__":
    main()
