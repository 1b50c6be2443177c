"""Cross-validated sub-type errors on the TUNE part, for one setting of scripts/train_subtypes.py.

    PYTHONPATH=src .venv/bin/python dev/subtype_cv_errors.py --cache /tmp/X.pkl [--out DIR] [--setting svm,0.2,0.1,4]

Why: the trained-on tune figure says nothing about errors (the model has seen those sentences), and the
training script prints only per-type CV F1 over a grid of settings. This runs the script's own
`cross_validate` (same folds, same examples, same post-rules) for ONE setting (default: the one the shipped
model file names, with its way of combining and its 'advances typed' flag) and writes what a pass needs to
read errors: the confusion cells, every wrong sentence with its rules' answer and main-event features, and
the predictions (JSON) so two runs can be diffed. It also prints the CV figure on each half of the tune part
(`half_of`: sha1(id) % 2, the halves every sub-type pass guards with: a change is kept only if neither falls). The
cache is the training script's (`--cache`), so both share one pipeline run. Never reads the report part's predictions.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("train_subtypes", REPO / "scripts" / "train_subtypes.py")
ts = importlib.util.module_from_spec(_spec)
sys.modules["train_subtypes"] = ts  # dataclasses look their module up there
_spec.loader.exec_module(ts)


def half_of(sentence_id: str) -> int:
    """The tune half of a sub-type sentence: sha1 of its id, modulo 2 (docs/annotation/subtypes.md)."""
    return int(hashlib.sha1(sentence_id.encode()).hexdigest(), 16) % 2


def half_scores(ids: list[str], gold: list[str], pred: list[str]) -> list[float]:
    """The weighted F1 of the predictions on each half of the sentences (`half_of`), half 0 first."""
    return [ts.score([g for i, g in zip(ids, gold) if half_of(i) == h],
                     [p for i, p in zip(ids, pred) if half_of(i) == h])["weighted_f1"] for h in (0, 1)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="the training script's example cache (built if absent)")
    ap.add_argument("--root", type=Path, default=ts.DEFAULT_ROOT)
    ap.add_argument("--out", type=Path, default=Path("/tmp/subtype-cv"), help="folder for errors.tsv, preds.json")
    ap.add_argument("--setting", help="learner,C,dense_scale,temperature (default: the shipped model's)")
    ap.add_argument("--combine", help="mode,threshold (default: the shipped model's)")
    args = ap.parse_args()
    os.environ[ts.subtype_model.MODEL_ENV] = "off"
    files = ts.corpus_files([])
    items = ts.load(files, args.root)
    tune = [it for it in items if it.split == "tune"]
    report = [it for it in items if it.split == "report"]
    seen = {it.id for it in items}
    extra_files = sorted({p for f in files for p in f.parent.glob("extra/*.jsonl")})
    tune += [it for it in ts.load(extra_files, args.root) if it.split == "tune" and it.id not in seen]
    if args.cache.exists():
        data_tune, _ = pickle.loads(args.cache.read_bytes())
    else:  # the same pickle the training script writes, so it can reuse it
        data_tune, data_report = ts.tme.collect([it.text for it in tune]), ts.tme.collect([it.text for it in report])
        args.cache.write_bytes(pickle.dumps((data_tune, data_report)))
    gold = [it.label for it in tune]
    fold = ts.tme.tune_folds(gold)
    raw_tune, train_ex = ts.tune_main_events(data_tune, gold, fold, ts.main_event.packaged_path())
    ex, kept = ts.examples(raw_tune)
    shipped = ts.shipped_setting(REPO / "src" / "frontwatch" / "data" / "subtype_model.json")
    setting, comb, keep = shipped
    if args.setting:
        lr, C, ds, t = args.setting.split(",")
        setting = ts.Setting(lr, float(C), "balanced", float(ds), float(t))
    if args.combine:
        m, p = args.combine.split(",")
        comb = (m, float(p))
    cv, preds, cv_keep, preds_keep = ts.cross_validate(ex, gold, setting, fold, kept, train_ex)
    pred = (preds_keep if keep else preds)[comb]
    rules = [e[0] if e else ts.NONE for e in ex]
    sc = ts.score(gold, pred)
    print(f"{setting} {comb} advances {'typed' if keep else 'left'}: CV wF1 {sc['weighted_f1']:.4f} "
          f"acc {sc['accuracy']:.4f} macro {sc['macro_f1']:.4f}; rules alone "
          f"{ts.score(gold, rules)['weighted_f1']:.4f}; no event {sum(p == ts.NONE for p in pred)}")
    h0, h1 = half_scores([it.id for it in tune], gold, pred)
    print(f"halves (sha1(id) % 2): {h0:.4f} / {h1:.4f}")
    print("per type (F1, n): " + "; ".join(f"{t} {v['f1']:.2f} {v['support']}" for t, v in
                                           sorted(sc["per_type"].items(), key=lambda kv: kv[1]["f1"])))
    cells = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    print("largest confusions (gold -> predicted):")
    for (g, p), n in cells.most_common(25):
        print(f"  {n:3d}  {g} -> {p}")
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "errors.tsv", "w", encoding="utf-8") as fh:
        fh.write("gold\tpred\trule\tid\ttext\tfeatures\n")
        for k, (it, g, p) in enumerate(zip(tune, gold, pred)):
            if g != p:
                feats = [] if ex[k] is None or ex[k][1] is None else ex[k][1]
                fh.write(f"{g}\t{p}\t{rules[k]}\t{it.id}\t{it.text}\t{' '.join(feats)}\n")
    (args.out / "preds.json").write_text(json.dumps({it.id: p for it, p in zip(tune, pred)}, indent=0))
    print(f"wrote {args.out}/errors.tsv ({sum(cells.values())} errors), preds.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
