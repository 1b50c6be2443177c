"""ACLED sub-event type of each labelled sentence: accuracy, F1 per type, confusions.

Why one label per sentence: the development corpus (evaluate/devcorpus.py) gives each
sentence the sub-event type an ACLED coder would give its main reported event, so the
system is scored on the same question. The system's answer is the sub-type of the
sentence's *main event* (`main_subtype`): of the events the pipeline coded from the
sentence (run as a one-sentence article with no publication date), those with an ACLED
type that are not background, a reported one before a planned one, a named sub-type before
'Other', then the one the learned chooser ranks first (events/main_event.py; without its data file,
the highest confidence), the first coded on a tie; 'none' when there is none, which counts as a miss of the gold type.

Scores are given for the tune part and the report part separately (the split is fixed
by id hash in devcorpus): whatever is fitted or tuned on the corpus may only look at the
tune part, and the report part says how that carries over to unseen sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from frontwatch.evaluate.callables import Extract, Progress
from frontwatch.evaluate.devcorpus import SUB_EVENT_TYPES, Labelled, load
from frontwatch.evaluate.metrics import prf
from frontwatch.events.main_event import main_record

NONE = "none"


def main_subtype(records: Iterable[dict]) -> str:
    """The ACLED sub-event type of the main event of one sentence, 'none' when there is none."""
    best = main_record(records)
    return best["acled"]["sub_event_type"] if best else NONE


def score(gold: Sequence[str], predicted: Sequence[str], top: int = 15) -> dict:
    """Accuracy, support-weighted and macro F1 over the gold types, per-type P/R/F1, confusions.

    Types are those of the 25 ACLED sub-types present in gold or predictions; 'none'
    (no main event) is never a type of its own, only a wrong answer."""
    n = len(gold)
    pairs = list(zip(gold, predicted))
    correct = sum(1 for g, p in pairs if g == p)
    types = [t for t in SUB_EVENT_TYPES if t in set(gold) | set(predicted)]
    per_type: dict[str, dict] = {}
    for t in types:
        tp = sum(1 for g, p in pairs if g == t and p == t)
        fp = sum(1 for g, p in pairs if g != t and p == t)
        fn = sum(1 for g, p in pairs if g == t and p != t)
        per_type[t] = {**prf(tp, fp, fn), "support": tp + fn}
    supported = [t for t in types if per_type[t]["support"]]
    weighted = sum(per_type[t]["f1"] * per_type[t]["support"] for t in supported) / n if n else 0.0
    macro = sum(per_type[t]["f1"] for t in supported) / len(supported) if supported else 0.0
    confusion = Counter((g, p) for g, p in pairs if g != p)
    labels = [*types, NONE]
    matrix = {g: {p: c for p in labels if (c := sum(1 for gg, pp in pairs if gg == g and pp == p))}
              for g in types if per_type[g]["support"]}
    return {
        "n": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "no_event": sum(1 for p in predicted if p == NONE),
        "per_type": per_type,
        "top_confusions": [{"gold": g, "predicted": p, "count": c} for (g, p), c in confusion.most_common(top)],
        "matrix": matrix,
    }


def evaluate_events(items: Sequence[Labelled], extract: Extract, *, split: str = "all", batch: int = 64,
                    progress: Progress | None = None) -> dict:
    """Run each labelled sentence through `extract` (texts → event records) and score each part.

    `split`: 'tune', 'report' or 'all' (both parts, each scored on its own, plus the whole)."""
    chosen = [it for it in items if split == "all" or it.split == split]
    predicted: list[str] = []
    for i in range(0, len(chosen), batch):
        chunk = chosen[i:i + batch]
        predicted.extend(main_subtype(recs) for recs in extract([it.text for it in chunk]))
        if progress:
            progress(len(predicted))
    parts = ("tune", "report") if split == "all" else (split,)
    out: dict = {"sentences": len(chosen), "constructed": sum(1 for it in chosen if it.constructed), "parts": {}}
    for part in parts:
        idx = [k for k, it in enumerate(chosen) if it.split == part]
        out["parts"][part] = score([chosen[k].label for k in idx], [predicted[k] for k in idx])
    if split == "all":
        out["parts"]["all"] = score([it.label for it in chosen], predicted)
    out["predictions"] = [{"id": it.id, "split": it.split, "gold": it.label, "predicted": p}
                          for it, p in zip(chosen, predicted)]
    return out


def run_events(paths: Sequence[Path], root: Path, *, split: str = "all", gazetteer: Path | None = None,
               progress: Progress | None = None) -> dict:
    """`evaluate_events` over the labelled corpus files with the shipped pipeline."""
    from frontwatch.evaluate.run import extract_texts

    items = load([Path(p) for p in paths], Path(root))

    def extract(texts: list[str]) -> list[list[dict]]:
        return extract_texts(texts, gazetteer=gazetteer)

    return {"files": [str(p) for p in paths], **evaluate_events(items, extract, split=split, progress=progress)}


def report_lines(result: dict, confusion: bool = False) -> list[str]:
    """The human-readable report of `evaluate_events` (one block per part)."""
    lines = [f"{result['sentences']} labelled sentences ({result['constructed']} constructed)"]
    for part, r in result["parts"].items():
        lines.append(f"[{part}] n {r['n']}  accuracy {r['accuracy']:.3f}  weighted F1 {r['weighted_f1']:.3f}"
                     f"  macro F1 {r['macro_f1']:.3f}  no event {r['no_event']}")
        lines.append(f"  {'type':36} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
        for t, s in r["per_type"].items():
            lines.append(f"  {t:36} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['support']:4d}")
        if r["top_confusions"]:
            lines.append("  top confusions (gold -> predicted):")
            lines.extend(f"    {c['count']:3d}  {c['gold']} -> {c['predicted']}" for c in r["top_confusions"])
        if confusion:
            lines.append("  confusion matrix (gold: predicted count, ...):")
            for g, row in r["matrix"].items():
                lines.append(f"    {g}: " + ", ".join(f"{p} {c}" for p, c in sorted(row.items(), key=lambda x: -x[1])))
    return lines
