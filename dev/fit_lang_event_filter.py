"""Fit the non-English event filter (src/frontwatch/data/lang/event_filter.json) on the TUNE part of dev/events-ml.

Each reading the rules find in a tune sentence (reported as fact or claim, above the confidence
floor) is a sample: positive when it matches a gold event of its sentence under the evaluation's
own rule (evaluate/ml_events.py: same ACLED event type, or PLOVER type for political-only events,
one to one). A logistic regression (scikit-learn, L2) over the features of lang/events.py;
the probability threshold is the one that maximises the tune part's detection F1 end to end.
The report part is never read here.

    PYTHONPATH=src python dev/fit_lang_event_filter.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from frontwatch.evaluate.ml_devset import LANGS, load_ml
from frontwatch.evaluate.ml_events import REPORTED, GoldPlaces, _refs, match
from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_ML_EVENTS
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.lang import events as E

OUT = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "data" / "lang" / "event_filter.json"


def samples(gaz) -> list[tuple[list[dict], list[dict], list[dict]]]:
    """Per tune sentence: (gold events, candidate records, candidate features)."""
    out = []
    for lang in LANGS:
        if not (DEFAULT_ML_EVENTS / f"{lang}.jsonl").exists():
            continue
        rows = [r for r in load_ml(lang, DEFAULT_DATA) if r.split == "tune"]
        refs, places = _refs(lang), GoldPlaces(DEFAULT_DATA, lang, gaz)
        for r in rows:
            cands = [(e, f) for e, f in E.candidate_events(r.text, lang, places.for_sentence(r, refs[r.id]))
                     if e.modality in REPORTED and e.confidence >= E.MIN_CONFIDENCE]
            out.append((r.events, [e.to_record() for e, _ in cands], [f for _, f in cands]))
    return out


def f1_at(data, probs, threshold: float) -> float:
    tp = fp = fn = 0
    k = 0
    for gold, recs, _ in data:
        kept = [rec for rec, p in zip(recs, probs[k:k + len(recs)]) if p >= threshold]
        k += len(recs)
        m = len(match(gold, kept))
        tp, fp, fn = tp + m, fp + len(kept) - m, fn + len(gold) - m
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    data = samples(Gazetteer.open())
    X, y = [], []
    for gold, recs, feats in data:
        matched = {pi for _, pi, _ in match(gold, recs)}
        X.extend(feats)
        y.extend(int(i in matched) for i in range(len(recs)))
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    clf = LogisticRegression(C=float(sys.argv[1]) if len(sys.argv) > 1 else 0.5, max_iter=2000)
    clf.fit(Xm, y)
    probs = list(clf.predict_proba(Xm)[:, 1])
    best = max((f1_at(data, probs, t / 100), t / 100) for t in range(20, 71, 2))
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])}
    weights["bias"] = round(float(clf.intercept_[0]), 4)
    OUT.write_text(json.dumps({"trained_on": "dev/events-ml tune part", "samples": len(y), "positives": sum(y),
                               "tune_f1": round(best[0], 4), "threshold": best[1], "weights": weights},
                              indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(y)} samples, {sum(y)} positive; tune F1 {best[0]:.3f} at threshold {best[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
