"""Train the main-event chooser (events/main_event.py) on the TUNE part of the sub-type corpus.

    PYTHONPATH=src .venv/bin/python scripts/train_main_event.py [--cache FILE] [--out FILE] [--dry-run]
        [--model-on]

Needs the 'train' extra (scikit-learn); the shipped chooser does not.

1. Every tune sentence of dev/subtypes/*.jsonl (and the tune part of dev/subtypes/extra/*.jsonl, as
   scripts/train_subtypes.py reads them) runs through the real pipeline with the rules' sub-types (the
   sub-type model off, as scripts/train_subtypes.py reads the main event) and the chooser off. Why not
   the shipped model: it was trained on these sentences, on the main event the hand-written ranking
   chose, so its tune answers favour that ranking (2026-12-05: hand 370/430 right, learned 356 in CV;
   --model-on shows it). Each candidate event
   (what `evaluate/events.main_record` may choose: an ACLED sub-type, not background) gets its
   `main_event.record_features`; it is a right candidate when its sub-type is the sentence's label.
2. A per-candidate logistic regression (is this candidate of the gold sub-type?) is fitted on the
   candidates of sentences with two or more of them where some are right and some wrong (the others
   say nothing about the choice). Its score ranks the candidates inside the hand-written keys that
   stay (`KEYS`: a reported event before a planned one, a named sub-type before 'Other', both rules
   of the guideline) or alone; C and the keys are chosen by 5-fold cross-validation over the tune
   sentences (stratified by label, fixed seed: the run is deterministic), scored as the number of
   multi-event sentences whose chosen event is of the gold sub-type, against the hand-written ranking
   on the same sentences.
3. The weights go to data/main_event.json (sorted, rounded: a second run writes the same bytes).
   The report part is never read.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from frontwatch.evaluate import events as ev  # noqa: E402
from frontwatch.evaluate.devcorpus import load  # noqa: E402
from frontwatch.events import main_event, subtype_model  # noqa: E402

DEFAULT_CORPUS = REPO / "dev" / "subtypes"
DEFAULT_ROOT = REPO.parent / "shared" / "data"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
CV_TOLERANCE = 0.01  # share of the multi-event tune sentences within which CV results count as equal
LEARNERS = ("candidate", "pairwise")  # a score per candidate (right or not), or from pairs (right over wrong)
KEYS = ("none", "reported", "reported+named")  # which hand-written keys stay before the learned score
MIN_COUNT = 3  # a feature seen on fewer training candidates is left out


def candidates(records: list[dict]) -> list[dict]:
    """The records `main_record` chooses among, in coding order."""
    return [r for r in records
            if (r.get("acled") or {}).get("sub_event_type") and r.get("modality") != "background"]


def collect(texts: list[str], batch: int = 64) -> list[list[tuple[str, str, float, dict]]]:
    """For each text: (sub-type, modality, confidence, features) of each candidate event."""
    from frontwatch.evaluate.run import extract_texts

    out = []
    for i in range(0, len(texts), batch):
        for recs in extract_texts(texts[i:i + batch]):
            cands = candidates(recs)
            out.append([(r["acled"]["sub_event_type"], r.get("modality") or "", float(r.get("confidence") or 0.0),
                         main_event.record_features(r, k, len(cands))) for k, r in enumerate(cands)])
        print(f"  {len(out)}/{len(texts)} sentences run", file=sys.stderr, flush=True)
    return out


def key_of(c: tuple, keys: str) -> tuple:
    """The hand-written keys kept before the score (see KEYS)."""
    sub, modality = c[0], c[1]
    reported = modality not in main_event.UNREPORTED
    named = sub != main_event.FALLBACK_SUBTYPE
    return {"none": (), "reported": (reported,), "reported+named": (reported, named)}[keys]


def choose(cands: list[tuple], scores: list[float] | None, keys: str) -> int:
    """The index of the main candidate: by the keys, then the learned score (or the confidence,
    the hand-written ranking, when `scores` is None); the first on a tie."""
    best = 0
    for k in range(1, len(cands)):
        a = (*key_of(cands[k], keys if scores is not None else "reported+named"),
             scores[k] if scores is not None else cands[k][2])
        b = (*key_of(cands[best], keys if scores is not None else "reported+named"),
             scores[best] if scores is not None else cands[best][2])
        if a > b:
            best = k
    return best


def featured(cands: list[tuple]) -> list[dict]:
    """The candidates' features as the chooser reads them (`main_event.with_context`)."""
    return main_event.with_context([c[3] for c in cands], [c[0] for c in cands])


def fit(data: list[list[tuple]], gold: list[str], C: float, learner: str = "candidate"):
    """Logistic regression over the informative sentences' candidates (each right or not), or over
    their (right, wrong) pairs as feature differences, both orders (no intercept: a ranking);
    (vectorizer, classifier)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y, pairs = [], [], []
    for cands, g in zip(data, gold):
        right = [c[0] == g for c in cands]
        if len(cands) < 2 or all(right) or not any(right):
            continue
        fs = featured(cands)
        base = len(X)
        for f, ok in zip(fs, right):
            X.append(f)
            y.append(int(ok))
        pairs.extend((base + a, base + b) for a in range(len(fs)) for b in range(len(fs)) if right[a] and not right[b])
    counts = Counter(f for x in X for f, v in x.items() if v)
    X = [{f: v for f, v in x.items() if counts[f] >= MIN_COUNT} for x in X]
    vec = DictVectorizer(sparse=True)
    M = vec.fit_transform(X)
    if learner == "pairwise":
        D = M[[a for a, _ in pairs]] - M[[b for _, b in pairs]]
        from scipy import sparse
        M = sparse.vstack([D, -D]).tocsr()
        y = [1] * len(pairs) + [0] * len(pairs)
        clf = LogisticRegression(C=C, max_iter=5000, solver="lbfgs", fit_intercept=False)
    else:
        clf = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    clf.fit(M, y)
    return vec, clf


def to_chooser(vec, clf, keys: str) -> main_event.Chooser:
    names = vec.get_feature_names_out()
    w = {str(f): round(float(v), 4) for f, v in zip(names, clf.coef_[0]) if abs(v) >= 1e-4}
    return main_event.Chooser(w, round(float(np.atleast_1d(clf.intercept_)[0]), 4) if clf.fit_intercept else 0.0,
                              keys)


def multi_right(data: list[list[tuple]], gold: list[str], chosen: list[int]) -> tuple[int, int]:
    idx = [k for k, c in enumerate(data) if len(c) >= 2]
    return sum(1 for k in idx if data[k][chosen[k]][0] == gold[k]), len(idx)


def predictions(data: list[list[tuple]], chosen: list[int]) -> list[str]:
    return [c[i][0] if c else ev.NONE for c, i in zip(data, chosen)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--cache", type=Path, help="pickle of the candidates, reused when it exists")
    ap.add_argument("--out", type=Path, default=main_event.packaged_path())
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--model-on", action="store_true", help="the shipped sub-type model on (see point 1)")
    args = ap.parse_args()
    os.environ[main_event.MODEL_ENV] = "off"
    if not args.model_on:
        os.environ[subtype_model.MODEL_ENV] = "off"

    files = sorted(DEFAULT_CORPUS.glob("*.jsonl"))
    items = load(files, args.root)
    seen = {it.id for it in items}
    tune = [it for it in items if it.split == "tune"]
    tune += [it for it in load(sorted(DEFAULT_CORPUS.glob("extra/*.jsonl")), args.root)
             if it.split == "tune" and it.id not in seen]
    gold = [it.label for it in tune]
    t0 = time.monotonic()
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = collect([it.text for it in tune])
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    print(f"tune {len(tune)} sentences, pipeline {time.monotonic() - t0:.0f} s; candidates: "
          + ", ".join(f"{n}: {c}" for n, c in sorted(Counter(min(len(d), 4) for d in data).items())))
    hand = [choose(c, None, "") if c else 0 for c in data]
    r0, n0 = multi_right(data, gold, hand)
    oracle = sum(1 for c, g in zip(data, gold) if len(c) >= 2 and any(x[0] == g for x in c))
    base = ev.score(gold, predictions(data, hand))
    print(f"hand-written ranking: multi-event sentences right {r0}/{n0} (gold among the candidates: {oracle}); "
          f"tune wF1 {base['weighted_f1']:.4f} acc {base['accuracy']:.4f}")

    from sklearn.model_selection import StratifiedKFold

    labels = [g if Counter(gold)[g] >= 5 else "rare" for g in gold]
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    folds = list(skf.split(np.zeros(len(gold)), labels))
    results = []
    for learner in LEARNERS:
        for C in C_GRID:
            scores: list[list[float] | None] = [None] * len(data)
            for tr, te in folds:
                vec, clf = fit([data[k] for k in tr], [gold[k] for k in tr], C, learner)
                ch = to_chooser(vec, clf, "none")
                for k in te:
                    if len(data[k]) >= 2:
                        scores[k] = [ch.score(f) for f in featured(data[k])]
            for keys in KEYS:
                chosen = [choose(c, scores[k], keys) if len(c) >= 2 else 0 for k, c in enumerate(data)]
                r, n = multi_right(data, gold, chosen)
                s = ev.score(gold, predictions(data, chosen))
                results.append((r, s["weighted_f1"], learner, C, keys, chosen))
                print(f"{learner} C {C} keys {keys}: CV multi-event right {r}/{n} (hand {r0}); tune wF1 "
                      f"{s['weighted_f1']:.4f} (hand {base['weighted_f1']:.4f})", flush=True)
    # Within CV noise of the most right (CV_TOLERANCE of the multi-event sentences), the more hand-written
    # keys, then the smaller C (the simpler model), as scripts/train_subtypes.py ships the most conservative
    # setting within its CV tolerance. Why (2026-12-05, eighth session): on the merged code the most right was C 10, the
    # grid's edge, by 466 against 460-462 for C .03-3 (under 1 % of 764); the sub-type model is then trained
    # on this chooser's in-sample choices on the same tune sentences, so a chooser fitted that tightly
    # flatters the sub-type model's CV there (.8045 -> .8169) while the report parts fell.
    top = max(x[0] for x in results)
    near = [x for x in results if x[0] >= top - CV_TOLERANCE * n0]  # n0: the multi-event tune sentences
    best = max(near, key=lambda x: (KEYS.index(x[4]), -x[3], x[0], x[2] == "candidate"))
    r, f1, learner, C, keys, chosen = best
    gained = sum(1 for k, c in enumerate(data) if len(c) >= 2 and c[chosen[k]][0] == gold[k] and c[hand[k]][0] != gold[k])
    lost = sum(1 for k, c in enumerate(data) if len(c) >= 2 and c[chosen[k]][0] != gold[k] and c[hand[k]][0] == gold[k])
    print(f"chosen {learner}, C {C}, keys {keys}: CV multi-event right {r}/{n0} (hand {r0}; +{gained} -{lost}), tune wF1 {f1:.4f}")
    vec, clf = fit(data, gold, C, learner)
    ch = to_chooser(vec, clf, keys)
    top = sorted(ch.weights.items(), key=lambda kv: -abs(kv[1]))[:25]
    print("largest weights: " + ", ".join(f"{f} {v:+.2f}" for f, v in top))
    meta = {"tune_sentences": len(tune), "multi_event": n0, "learner": learner, "C": C, "keys": keys, "cv_multi_right": r,
            "hand_multi_right": r0, "cv_tune_weighted_f1": f1, "model_off": not args.model_on}
    doc = {"about": "frontwatch main-event chooser (events/main_event.py), trained by scripts/train_main_event.py "
                    "on the tune part of the sub-type corpus: a logistic score per candidate event",
           "meta": meta, "keys": keys, "bias": ch.bias, "weights": dict(sorted(ch.weights.items()))}
    if not args.dry_run:
        args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(ch.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
