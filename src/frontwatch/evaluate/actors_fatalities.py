"""Who acted, against whom, and how many were killed: scored on labelled real sentences.

Why its own gold: ACLED's users sum `fatalities` and count events by `inter1`/`inter2`;
neither FA-KES nor the event-location corpus labels them, so a development set was
labelled by hand (dev/actors_fatalities/gold.jsonl, guideline in
docs/annotation/actors-fatalities.md). Like the sub-type corpus it stores references,
never text: `evaluate/devcorpus.py` resolves them and fixes the tune/report split by a
hash of the id (this module only adds the fields of its own records).

Each sentence is run alone through the shipped pipeline; the system's answer is the
sentence's main event (`evaluate/events.main_record`). Scores, per part:

* actor1 inter accuracy: of sentences whose gold names actor 1, the share whose main
  event's actor 1 has the same ACLED inter code (state forces outside their own country
  count 8, as in the ACLED export); for a battle whose initiator the text does not say
  (`symmetric`), the two sides may come in either order;
* actor1 filled: of the same sentences, the share with any actor 1;
* actor2 inter accuracy: the same for actor 2, of sentences whose gold names one;
* fatalities exact: of all sentences, predicted == gold (0 included);
* fatalities filled where given: of sentences whose gold count is > 0, the share with a
  count > 0; and false counts: gold 0, predicted > 0.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from frontwatch.evaluate.callables import Extract, Progress
from frontwatch.evaluate.devcorpus import CorpusError, resolve, sha1, split_of
from frontwatch.evaluate.events import main_record
from frontwatch.export.acled_csv import inter_codes

INTER_CODES = frozenset(range(1, 9))


@dataclass(frozen=True)
class Gold:
    id: str
    text: str
    split: str
    inter1: int | None
    inter2: int | None
    fatalities: int
    symmetric: bool = False
    actor1: str = ""
    actor2: str = ""
    doubt: str = ""


def load_gold(paths: Sequence[Path], root: Path) -> list[Gold]:
    """The labelled sentences, text read from the data folder and checked against its hash."""
    out: list[Gold] = []
    cache: dict = {}
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            where = f"{path}:{n}"
            for key in ("inter1", "inter2"):
                if rec[key] is not None and rec[key] not in INTER_CODES:
                    raise CorpusError(f"{where}: {key} {rec[key]!r} is not an ACLED inter code")
            text = resolve(root, rec["ref"], cache)
            if sha1(text) != rec["sha1"]:
                raise CorpusError(f"{where}: the text at {rec['ref']} has changed (hash mismatch)")
            out.append(Gold(rec["id"], text, split_of(rec["id"]), rec["inter1"], rec["inter2"],
                            int(rec["fatalities"]), bool(rec.get("symmetric")), rec.get("actor1", ""),
                            rec.get("actor2", ""), rec.get("doubt", "")))
    return out


@dataclass(frozen=True)
class Predicted:
    inter1: int | None
    inter2: int | None
    fatalities: int
    actor1: str = ""
    actor2: str = ""


def predicted_of(records: list[dict]) -> Predicted:
    """Actor inter codes and fatalities of the main event of one sentence's event records."""
    best = main_record(records)
    if best is None:
        return Predicted(None, None, 0)
    a1, a2 = best.get("actor1"), best.get("actor2")
    return Predicted(*inter_codes(best), int(best.get("fatalities") or 0),
                     (a1 or {}).get("name", ""), (a2 or {}).get("name", ""))


def _ratio(hit: int, n: int) -> float:
    return round(hit / n, 4) if n else 0.0


def actor1_right(g: Gold, p: Predicted) -> bool:
    if p.inter1 == g.inter1:
        return True
    return g.symmetric and p.inter1 == g.inter2 and p.inter2 in (g.inter1, None)


def actor2_right(g: Gold, p: Predicted) -> bool:
    if p.inter2 == g.inter2:
        return True
    return g.symmetric and p.inter2 == g.inter1 and p.inter1 == g.inter2


def score(gold: Sequence[Gold], pred: Sequence[Predicted]) -> dict:
    pairs = list(zip(gold, pred))
    a1 = [(g, p) for g, p in pairs if g.inter1 is not None]
    a2 = [(g, p) for g, p in pairs if g.inter2 is not None]
    counted = [(g, p) for g, p in pairs if g.fatalities > 0]
    zero = [(g, p) for g, p in pairs if g.fatalities == 0]
    return {
        "n": len(pairs),
        "actor1_n": len(a1),
        "actor1_inter_accuracy": _ratio(sum(actor1_right(g, p) for g, p in a1), len(a1)),
        "actor1_filled": _ratio(sum(p.inter1 is not None for _, p in a1), len(a1)),
        "actor1_filled_all": _ratio(sum(p.inter1 is not None for _, p in pairs), len(pairs)),
        "actor2_n": len(a2),
        "actor2_inter_accuracy": _ratio(sum(actor2_right(g, p) for g, p in a2), len(a2)),
        "fatalities_exact": _ratio(sum(g.fatalities == p.fatalities for g, p in pairs), len(pairs)),
        "fatalities_given_n": len(counted),
        "fatalities_filled_where_given": _ratio(sum(p.fatalities > 0 for _, p in counted), len(counted)),
        "fatalities_exact_where_given": _ratio(sum(p.fatalities == g.fatalities for g, p in counted), len(counted)),
        "fatalities_false_count": sum(p.fatalities > 0 for _, p in zero),
    }


def evaluate_actors(items: Sequence[Gold], extract: Extract, *, split: str = "all", batch: int = 64,
                    progress: Progress | None = None) -> dict:
    """Run each labelled sentence through `extract` and score each part ('tune', 'report', or both)."""
    chosen = [it for it in items if split == "all" or it.split == split]
    pred: list[Predicted] = []
    for i in range(0, len(chosen), batch):
        pred.extend(predicted_of(recs) for recs in extract([it.text for it in chosen[i:i + batch]]))
        if progress:
            progress(len(pred))
    parts = ("tune", "report") if split == "all" else (split,)
    out: dict = {"sentences": len(chosen), "parts": {}}
    for part in parts:
        idx = [k for k, it in enumerate(chosen) if it.split == part]
        out["parts"][part] = score([chosen[k] for k in idx], [pred[k] for k in idx])
    if split == "all":
        out["parts"]["all"] = score(chosen, pred)
    out["predictions"] = [
        {"id": g.id, "split": g.split, "gold": [g.inter1, g.inter2, g.fatalities], "predicted": [p.inter1, p.inter2,
         p.fatalities], "actor1": p.actor1, "actor2": p.actor2, "gold_actor1": g.actor1, "gold_actor2": g.actor2}
        for g, p in zip(chosen, pred)]
    return out


def run_actors(paths: Sequence[Path], root: Path, *, split: str = "all", gazetteer: Path | None = None,
               progress: Progress | None = None) -> dict:
    """`evaluate_actors` over the labelled files with the shipped pipeline."""
    from frontwatch.evaluate.run import extract_texts

    items = load_gold([Path(p) for p in paths], Path(root))
    return {"files": [str(p) for p in paths],
            **evaluate_actors(items, lambda texts: extract_texts(texts, gazetteer=gazetteer), split=split,
                              progress=progress)}


def report_lines(result: dict) -> list[str]:
    lines = [f"{result['sentences']} labelled sentences"]
    for part, r in result["parts"].items():
        lines.append(
            f"[{part}] n {r['n']}  actor1 inter acc {r['actor1_inter_accuracy']:.3f} (n {r['actor1_n']})"
            f"  actor1 filled {r['actor1_filled']:.3f}  actor2 inter acc {r['actor2_inter_accuracy']:.3f}"
            f" (n {r['actor2_n']})")
        lines.append(
            f"       fatalities exact {r['fatalities_exact']:.3f}  filled where given"
            f" {r['fatalities_filled_where_given']:.3f} (n {r['fatalities_given_n']})  exact where given"
            f" {r['fatalities_exact_where_given']:.3f}  false counts {r['fatalities_false_count']}")
    return lines
