"""Annotator F's helper: a blind second reading of the weak sub-types, then the comparison with gold.

Why a script: one annotator read each corpus sentence, and the weak sub-types (Other, Mob violence,
Abduction, Violent demonstration) are where label inconsistency was found (docs/annotation/subtypes.md
sections 10-23). An ACLED desk settles that with a second, independent reading and an adjudication.
The script only selects (by gold label, never by model output), hides what would unblind the reader
(gold label, doubt, source file, split), and afterwards joins the blind labels with gold. It never runs
the pipeline or the model.

    python dev/annotate_f.py blind      # writes /tmp/sub23/blind.tsv (k, id, text), shuffled, no labels
    python dev/annotate_f.py compare    # joins dev/subtypes/f-blind.tsv with gold: agreement, kappa, table
    python dev/annotate_f.py apply      # writes the adjudicated labels/doubts (f-adjudication.tsv) into the jsonl files
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from frontwatch.evaluate.devcorpus import SUB_EVENT_TYPES, Labelled, load
from frontwatch.evaluate.run import SHARED

REPO = Path(__file__).resolve().parents[1]
ROOT = SHARED / "data"  # ../shared/data beside the checkout (frontwatch.evaluate.run)
SUBTYPES = REPO / "dev" / "subtypes"
BLIND = Path("/tmp/sub23/blind.tsv")  # scratch: corpus text is never stored in the repo
F_LABELS = SUBTYPES / "f-blind.tsv"
ADJUDICATION = SUBTYPES / "f-adjudication.tsv"

WEAK = ("Other", "Mob violence", "Abduction/forced disappearance", "Violent demonstration")
SAMPLE_OTHERS = 220
SEED = 23
SKIP = "-"  # the guideline's section 3: no codable event


def corpus() -> list[Labelled]:
    """Every labelled sentence of the corpus files the evaluation reads (dev/subtypes/*.jsonl)."""
    return load(sorted(SUBTYPES.glob("*.jsonl")), ROOT)


def select(items: list[Labelled]) -> list[Labelled]:
    """All sentences whose gold is a weak type, plus a seeded sample of the others, in a seeded shuffle.

    The sample lets sentences that should have been a weak type but were labelled otherwise be found too.
    """
    rng = random.Random(SEED)
    weak = [s for s in items if s.label in WEAK]
    rest = [s for s in items if s.label not in WEAK]
    chosen = weak + rng.sample(rest, SAMPLE_OTHERS)
    rng.shuffle(chosen)
    return chosen


def write_blind(items: list[Labelled]) -> None:
    BLIND.parent.mkdir(parents=True, exist_ok=True)
    with BLIND.open("w", encoding="utf-8") as fh:
        for k, s in enumerate(select(items), 1):
            fh.write(f"{k}\t{s.id}\t{' '.join(s.text.split())}\n")
    print(f"{k} sentences -> {BLIND}")


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def f_labels() -> dict[str, tuple[str, str]]:
    """id -> (F label, F doubt) from the hand-written file."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_tsv(F_LABELS):
        sid, label, doubt = (row + ["", ""])[:3]
        if label != SKIP and label not in SUB_EVENT_TYPES:
            sys.exit(f"unknown label {label!r} for {sid}")
        out[sid] = (label, doubt)
    return out


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two readers' labels: agreement beyond what their label frequencies give by chance."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def agreement(pairs: list[tuple[str, str]]) -> tuple[int, float, float]:
    """(n, raw agreement, Cohen's kappa)."""
    n = len(pairs)
    return n, (sum(a == b for a, b in pairs) / n if n else float("nan")), cohen_kappa(pairs)


def compare(items: list[Labelled]) -> None:
    gold = {s.id: s for s in items}
    f = f_labels()
    missing = [sid for sid in f if sid not in gold]
    if missing:
        sys.exit(f"{len(missing)} F ids not in the corpus, e.g. {missing[:3]}")
    pairs = [(gold[sid].label, lab) for sid, (lab, _) in f.items()]
    n, raw, kappa = agreement(pairs)
    print(f"all read: n {n}, agreement {raw:.3f}, kappa {kappa:.3f} (F skips count as disagreement)")
    both = [(g, lab) for g, lab in pairs if lab != SKIP]
    n, raw, kappa = agreement(both)
    print(f"F labelled (no skip): n {n}, agreement {raw:.3f}, kappa {kappa:.3f}")
    print(f"\n{'gold type':38s} {'n':>4s} {'agree':>6s} {'kappa':>6s}  F's labels when different")
    for t in SUB_EVENT_TYPES:
        rows = [(g, lab) for g, lab in pairs if g == t]
        if not rows:
            continue
        # kappa per gold type: the type against the rest, over every pair read
        binary = [(g == t, lab == t) for g, lab in pairs]
        k = cohen_kappa([(str(a), str(b)) for a, b in binary])
        other = Counter(lab for _, lab in rows if lab != t)
        print(f"{t:38s} {len(rows):4d} {sum(g == lab for g, lab in rows) / len(rows):6.2f} {k:6.2f}  "
              + ", ".join(f"{lab} {c}" for lab, c in other.most_common()))
    print("\ndisagreements (id, split, gold, gold doubt, F, F doubt, text):")
    for sid, (lab, doubt) in f.items():
        s = gold[sid]
        if lab != s.label:
            print("\t".join((sid, s.split, s.label, s.doubt, lab, doubt, " ".join(s.text.split()))))


def adjudications() -> dict[str, tuple[str, str | None]]:
    """id -> (final label, final doubt or None to keep the record's doubt) from f-adjudication.tsv.

    Columns: id, gold, F, final, reason, final doubt ("=" keeps the gold doubt)."""
    out: dict[str, tuple[str, str | None]] = {}
    for row in read_tsv(ADJUDICATION):
        sid, _gold, _f, final, _reason, doubt = row
        if final != SKIP and final not in SUB_EVENT_TYPES:
            sys.exit(f"unknown final label {final!r} for {sid}")
        out[sid] = (final, None if doubt == "=" else doubt)
    return out


def apply_adjudication() -> None:
    """Write the final labels and doubts into the corpus files; ids, refs and SHA-1s stay as they are.

    A '-' final removes the record (the guideline's skip rule); none is expected, each is reported."""
    wanted = adjudications()
    changed = removed = 0
    for path in sorted(SUBTYPES.glob("*.jsonl")):
        lines_out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if rec is None or rec["id"] not in wanted:
                lines_out.append(line)
                continue
            label, doubt = wanted.pop(rec["id"])
            if label == SKIP:
                removed += 1
                print(f"removed (skip): {rec['id']}")
                continue
            new = dict(rec, label=label, doubt=rec["doubt"] if doubt is None else doubt)
            changed += new != rec
            lines_out.append(json.dumps(new, ensure_ascii=False))
        path.write_text("".join(f"{x}\n" for x in lines_out), encoding="utf-8")
    if wanted:
        sys.exit(f"not in the corpus: {sorted(wanted)[:5]}")
    print(f"{changed} records changed, {removed} removed")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("blind", "compare", "apply"))
    a = ap.parse_args()
    items = corpus() if a.cmd != "apply" else []
    if a.cmd == "apply":
        apply_adjudication()
    elif a.cmd == "blind":
        write_blind(items)
    else:
        compare(items)


if __name__ == "__main__":
    main()

