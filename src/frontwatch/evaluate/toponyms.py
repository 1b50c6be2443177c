"""Place-name recognition in any supported language, on gold NER corpora (JSONL).

The files in `../shared/data/multilingual/` hold one record per document or sentence
(`{"id", "lang", "text", "entities": [{"start", "end", "norm", ...}]}`); the gold places are
the entities with `norm == "LOC"`. The system's places are the toponyms the pipeline
resolves (relative phrases aside), English or native by the record's language (detected
when the record has none). Scored, micro-averaged: exact character spans (Gritta et al.'s
strict match) and overlap (a one-to-one pairing of overlapping spans: the place was found,
its extent differs -- 'Донецької області' against 'Донецької'). Records are split into a
tune and a report part by a hash of their id (`devcorpus.split_of`), and both are scored.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from frontwatch.evaluate.devcorpus import split_of
from frontwatch.evaluate.metrics import prf
from frontwatch.model import Toponym

Parse = Callable[[str, str], list[Toponym]]  # (text, language) → toponyms


def read_records(path: Path) -> list[dict]:
    """The JSONL records of one gold file; ValueError naming the line of a malformed one."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                _ = rec["id"], rec["text"], rec["entities"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: not a gold NER record ({exc})") from None
            out.append(rec)
    return out


def gold_places(rec: dict) -> set[tuple[int, int]]:
    return {(e["start"], e["end"]) for e in rec["entities"] if e.get("norm") == "LOC"}


def overlap_matches(gold: Iterable[tuple[int, int]], pred: Iterable[tuple[int, int]]) -> int:
    """One-to-one pairs of overlapping spans (greedy in text order; exact pairs first)."""
    gold, pred = sorted(set(gold)), sorted(set(pred))
    used_g: set[tuple[int, int]] = set(gold) & set(pred)
    used_p: set[tuple[int, int]] = set(used_g)
    n = len(used_g)
    for p in pred:
        if p in used_p:
            continue
        for g in gold:
            if g not in used_g and g[0] < p[1] and p[0] < g[1]:
                used_g.add(g)
                used_p.add(p)
                n += 1
                break
    return n


def score_records(records: list[dict], parse: Parse, detect: Callable[[str], str],
                  progress: Callable[[int], None] | None = None) -> dict:
    counts = {"exact": Counter(), "overlap": Counter()}
    by_lang: dict[str, Counter] = {}
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for done, rec in enumerate(records, 1):
        lang = rec.get("lang") or detect(rec["text"])
        gold = gold_places(rec)
        # a place inside an event's name ('Lozan Antlaşması') is derived: the gold marks the name as an EVENT
        tops = [t for t in parse(rec["text"], lang) if not t.relative and not t.derived and t.place is not None]
        pred = {(t.start, t.end) for t in tops}
        tp = len(gold & pred)
        ov = overlap_matches(gold, pred)
        for name, hit in (("exact", tp), ("overlap", ov)):
            counts[name].update(tp=hit, fp=len(pred) - hit, fn=len(gold) - hit)
        by_lang.setdefault(lang, Counter()).update(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)
        missed.update(rec["text"][a:b] for a, b in gold - pred)
        spurious.update(rec["text"][a:b] for a, b in pred - gold)
        if progress:
            progress(done)
    return {
        "records": len(records),
        "exact": prf(counts["exact"]["tp"], counts["exact"]["fp"], counts["exact"]["fn"]),
        "overlap": prf(counts["overlap"]["tp"], counts["overlap"]["fp"], counts["overlap"]["fn"]),
        "languages": {k: prf(v["tp"], v["fp"], v["fn"]) for k, v in sorted(by_lang.items())},
        "missed": missed.most_common(25),
        "spurious": spurious.most_common(25),
    }


def evaluate_toponyms(path: Path, parse: Parse, detect: Callable[[str], str], split: str = "all",
                      limit: int | None = None, progress: Callable[[int], None] | None = None) -> dict:
    """Scores of the chosen part(s) of one gold file: {'tune': ..., 'report': ...} or one of them."""
    records = read_records(path)[:limit] if limit else read_records(path)
    t0 = time.perf_counter()
    parts = ("tune", "report") if split == "all" else (split,)
    out: dict = {"file": path.name, "split": split, "parts": {}}
    done = 0

    def tick(n: int) -> None:
        if progress:
            progress(done + n)

    for part in parts:
        recs = [r for r in records if split_of(r["id"]) == part]
        out["parts"][part] = score_records(recs, parse, detect, tick)
        done += len(recs)
    out["seconds"] = round(time.perf_counter() - t0, 1)
    out["characters"] = sum(len(r["text"]) for r in records if split == "all" or split_of(r["id"]) == split)
    return out
