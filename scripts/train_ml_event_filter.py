"""Fit the learned precision filter of the native event coder (src/frontwatch/data/lang/event_filter.json).

    PYTHONPATH=src .venv/bin/python scripts/train_ml_event_filter.py [--cache /tmp/x.pkl] [--half a|b]
        [--out FILE] [--dry-run]

Why one filter for seven languages: the tune parts of dev/events-ml hold 100-280 sentences per language,
too few to fit anything per language; the features of lang/event_features.py mean the same in every
language, so each weight is fitted on the ~1,300 tune sentences together (lang/event_filter.py says what the
filter does at run time).

1. Every TUNE sentence of dev/events-ml (never the report part) runs through the native coder with the places
   the non-English geoparser resolves (as `evaluate ml-events --places resolved`); each candidate the filter
   would judge (lang/event_filter.scored: above the confidence floor, told as fact) is labelled true when its
   ACLED or PLOVER key is one of the sentence's gold keys (evaluate/ml_events.gold_key and pred_keys, the
   evaluator's own definitions; a duplicate reading of a found event counts as true, since the coder's
   one-per-happening choice merges it).
2. An L2 logistic regression (dev/fit_place_role.fit: the repo's Newton fit in numpy, reused rather than
   written again; scikit-learn is not installed) with GROUPED 5-fold cross-validation: folds by a hash of the
   sentence id, so a sentence's candidates are never split. The L2 penalty and the probability threshold are
   the ones whose out-of-fold filter gives the best pooled F1 of the whole `evaluate ml-events` figure (every
   language together, scored by evaluate/ml_events.match after the coder's own per-sentence choice), not
   per language.
3. The filter is kept (`enabled`) only if its out-of-fold F1 beats the unfiltered coder pooled AND in at
   least 5 of 7 languages AND on both tune halves (dev/ml_tune_halves.half_of; fitted on one half, scored on
   the other). --half a|b fits on that half only (to --out), for `FRONTWATCH_EVENT_FILTER=FILE
   dev/ml_tune_halves.py --half <other>`.
4. The final weights are fitted on the whole tune part and written with the CV figures and the date.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from datetime import date
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT / "src"))
sys.path.insert(0, str(_ROOT / "dev"))

from fit_place_role import fit as fit_logistic  # noqa: E402
from ml_tune_halves import half_of  # noqa: E402

from frontwatch.evaluate.metrics import prf  # noqa: E402
from frontwatch.evaluate.ml_devset import LANGS, load_ml  # noqa: E402
from frontwatch.evaluate.ml_events import REPORTED, gold_key, match, pred_keys  # noqa: E402
from frontwatch.events.place_role import Weights  # noqa: E402
from frontwatch.lang.event_filter import EventFilter, filter_path, scored  # noqa: E402
from frontwatch.lang.events import MIN_CONFIDENCE, candidate_events, one_per_happening  # noqa: E402

FOLDS = 5
L2_GRID = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.05 + 0.025 * k, 3) for k in range(37))  # 0.05 .. 0.95
MIN_LANGUAGES = 5  # of seven, where the out-of-fold filter must beat the unfiltered coder


def fold_of(sentence_id: str, folds: int = FOLDS) -> int:
    """The CV fold of a sentence, by a salted hash of its id (independent of the tune/report split and the halves)."""
    return int(hashlib.sha1(f"filter-fold:{sentence_id}".encode("utf-8")).hexdigest()[:8], 16) % folds


def sentence_record(sentence_id: str, lang: str, text: str, gold: list[dict], mentions: list) -> dict:
    """One sentence of the training table: its gold events, every draft of the coder (`places` as the evaluator
    gives them, no publication date), the drafts' public records, and the judged drafts' (index, features,
    label)."""
    drafts = candidate_events(text, lang, mentions, None)
    keys = {gold_key(g) for g in gold}
    records = [e.to_record() for e in drafts]
    judged = [(i, f, int(bool(pred_keys(records[i]) & keys))) for i, f in scored(text, lang, drafts, MIN_CONFIDENCE)]
    return {"id": sentence_id, "lang": lang, "gold": gold, "drafts": drafts, "records": records, "judged": judged}


def collect(langs: list[str]) -> list[dict]:
    """One record per tune sentence (`sentence_record`), places resolved by the non-English geoparser."""
    from frontwatch.evaluate.ml_events import _resolved
    from frontwatch.evaluate.run import DEFAULT_DATA
    from frontwatch.geo.geoparse import Geoparser

    geoparser = Geoparser.open(None)
    out = []
    for lang in langs:
        for row in load_ml(lang, DEFAULT_DATA):
            if row.split != "tune":
                continue
            out.append(sentence_record(row.id, lang, row.text, row.events, _resolved(row.text, lang, geoparser)))
        print(f"collected {lang}", file=sys.stderr, flush=True)
    return out


def outcome(s: dict, dropped: set[int]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one sentence when the drafts `dropped` are filtered out: the coder's own per-sentence
    choice (code_sentence: confidence floor, one per happening), scored as `evaluate ml-events` scores."""
    kept = [e for i, e in enumerate(s["drafts"]) if i not in dropped and e.confidence >= MIN_CONFIDENCE]
    by_id = {id(e): r for e, r in zip(s["drafts"], s["records"])}
    preds = [by_id[id(e)] for e in one_per_happening(kept) if e.modality in REPORTED]
    pairs = match(s["gold"], preds)
    return len(pairs), len(preds) - len(pairs), len(s["gold"]) - len(pairs)


def score(sentences: list[dict], probs: dict[tuple[int, int], float] | None, threshold: float) -> dict[str, dict]:
    """Detection P/R/F1 per language and pooled ('all'); `probs` maps (sentence, draft) to the filter's
    probability (None: the unfiltered coder)."""
    counts: dict[str, list[int]] = {}
    for n, s in enumerate(sentences):
        dropped = set() if probs is None else {i for i, _, _ in s["judged"] if probs[(n, i)] < threshold}
        tp, fp, fn = outcome(s, dropped)
        for key in (s["lang"], "all"):
            c = counts.setdefault(key, [0, 0, 0])
            c[0] += tp
            c[1] += fp
            c[2] += fn
    return {k: prf(*v) for k, v in counts.items()}


def fit(sentences: list[dict], l2: float) -> tuple[dict[str, float], float]:
    return fit_logistic([{"cands": [{"f": f, "y": y} for _, f, y in s["judged"]]} for s in sentences], l2)


def probabilities(weights: dict[str, float], bias: float, sentences: list[dict], index: list[int]
                  ) -> dict[tuple[int, int], float]:
    flt = EventFilter(Weights(weights, bias, 0.5), frozenset())
    return {(n, i): flt.probability(f) for n in index for i, f, _ in sentences[n]["judged"]}


def out_of_fold(sentences: list[dict], l2: float) -> dict[tuple[int, int], float]:
    """Each sentence's candidates scored by weights fitted without its fold."""
    probs: dict[tuple[int, int], float] = {}
    folds = [fold_of(s["id"]) for s in sentences]
    for k in range(FOLDS):
        train = [s for s, f in zip(sentences, folds) if f != k]
        w, b = fit(train, l2)
        probs.update(probabilities(w, b, sentences, [n for n, f in enumerate(folds) if f == k]))
    return probs


def choose(sentences: list[dict]) -> tuple[float, float, dict[tuple[int, int], float]]:
    """(L2, threshold, out-of-fold probabilities) with the best pooled out-of-fold F1 (ties: the weaker penalty
    and the lower threshold, the filter that drops less)."""
    best = None
    for l2 in L2_GRID:
        probs = out_of_fold(sentences, l2)
        for t in THRESHOLDS:
            f1 = score(sentences, probs, t)["all"]["f1"]
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, l2, t, probs)
    assert best is not None
    return best[1], best[2], best[3]


def table(sentences: list[dict], probs, threshold: float) -> dict[str, dict]:
    base, filt = score(sentences, None, 0.0), score(sentences, probs, threshold)
    return {k: {"unfiltered": base[k], "filtered": filt[k]} for k in base}


def print_table(title: str, t: dict[str, dict]) -> None:
    print(title)
    for k, v in t.items():
        a, b = v["unfiltered"], v["filtered"]
        print(f"  {k:>3}  F1 {a['f1']:.3f} -> {b['f1']:.3f}   P {a['precision']:.3f} -> {b['precision']:.3f}   "
              f"R {a['recall']:.3f} -> {b['recall']:.3f}   (tp {a['tp']} fp {a['fp']} -> tp {b['tp']} fp {b['fp']})")


def halves(sentences: list[dict]) -> dict[str, dict]:
    """Fitted (L2 and threshold by CV too) on one half of tune, scored on the other."""
    out = {}
    for train_half, test_half in (("a", "b"), ("b", "a")):
        train = [s for s in sentences if half_of(s["id"]) == train_half]
        test = [s for s in sentences if half_of(s["id"]) == test_half]
        l2, t, _ = choose(train)
        w, b = fit(train, l2)
        out[f"fit {train_half}, scored on {test_half}"] = table(test, probabilities(w, b, test, list(range(len(test)))),
                                                               t)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, help="a pickle of the collected tune candidates (outside the repo)")
    ap.add_argument("--half", choices=["a", "b"], help="fit on this half of tune only")
    ap.add_argument("--out", type=Path, default=filter_path())
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    if args.cache and args.cache.is_file():
        sentences = pickle.loads(args.cache.read_bytes())
    else:
        sentences = collect(list(LANGS))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sentences))
    if args.half:
        sentences = [s for s in sentences if half_of(s["id"]) == args.half]
    n_cands = sum(len(s["judged"]) for s in sentences)
    n_true = sum(y for s in sentences for _, _, y in s["judged"])
    print(f"{len(sentences)} tune sentences, {n_cands} judged candidates ({n_true} true)")
    l2, threshold, probs = choose(sentences)
    cv = table(sentences, probs, threshold)
    print_table(f"out-of-fold, L2 {l2}, threshold {threshold}", cv)
    langs = [k for k in cv if k != "all"]
    wins = sum(cv[k]["filtered"]["f1"] > cv[k]["unfiltered"]["f1"] for k in langs)
    pooled = cv["all"]["filtered"]["f1"] > cv["all"]["unfiltered"]["f1"]
    half_figs = {} if args.half else halves(sentences)
    for name, t in half_figs.items():
        print_table(name, t)
    halves_rise = None if args.half else all(t["all"]["filtered"]["f1"] > t["all"]["unfiltered"]["f1"]
                                             for t in half_figs.values())
    enabled = bool(pooled and wins >= min(MIN_LANGUAGES, len(langs)) and halves_rise is not False)
    print(f"pooled rise {pooled}, languages risen {wins}/{len(langs)}, halves rise "
          f"{'not checked (one half)' if halves_rise is None else halves_rise}: enabled {enabled}")
    weights, bias = fit(sentences, l2)
    record = {
        "about": "learned precision filter of the native event coder (lang/event_filter.py); "
                 "scripts/train_ml_event_filter.py",
        "trained": date.today().isoformat(),
        "enabled": enabled,
        "languages": sorted({s["lang"] for s in sentences}),
        "half": args.half,
        "sentences": len(sentences), "candidates": n_cands, "true_candidates": n_true,
        "l2": l2, "threshold": threshold, "bias": bias,
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
        "cv_out_of_fold": cv, "halves": half_figs, "languages_risen": wins,
    }
    print(json.dumps(record["weights"], indent=1))
    if not args.dry_run:
        args.out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
