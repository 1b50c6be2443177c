"""The TUNE sentences where the main-event chooser's cross-validated choice is wrong, to read and group by cause.

    PYTHONPATH=src .venv/bin/python dev/main_event_errors.py --cache /tmp/X.pkl [--setting pairwise,0.03,reported+named]
        [--out FILE] [--all]

Why: scripts/train_main_event.py prints only how many multi-event sentences its CV gets right; fixing causes
needs the sentences. This reruns the script's own CV (`tune_folds`, a chooser fitted on the other four folds for
each sentence, the shipped setting by default) on its cache and writes, for each multi-event tune sentence whose
gold sub-type is among the candidates but not chosen (--all: every multi-event sentence), the sentence, the gold
label and each candidate: sub-type, trigger, modality, confidence, its parse and relation features, its CV score,
'*' on the chosen one and '+' on those of the gold sub-type. Then the confusion (chosen -> gold) and, per feature,
how often the chosen wrong candidate has it and the missed right one does not (and the reverse): where a
feature or its weight misleads. The structural features of section 23 come in only with
FRONTWATCH_MAIN_EVENT_STRUCTURE=1, as in the script. Never reads the report part.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
_spec = importlib.util.spec_from_file_location("train_main_event", REPO / "scripts" / "train_main_event.py")
tm = importlib.util.module_from_spec(_spec)
sys.modules["train_main_event"] = tm
_spec.loader.exec_module(tm)

# The features printed per candidate (prefixes): the structural ones a reader groups causes by.
SHOWN = ("dep=", "form=", "opener=", "via=", "root", "depth", "report", "governed", "governs", "arg_of=",
         "has_arg=", "under=", "over=", "same_verb", "scope=", "harm", "deaths", "place", "first", "tense=")


def shown(f: dict[str, float]) -> str:
    return " ".join(k if v == 1.0 else f"{k}:{v:g}" for k, v in sorted(f.items())
                    if v and any(k.startswith(p) for p in SHOWN))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="scripts/train_main_event.py's cache (built if absent)")
    ap.add_argument("--root", type=Path, default=tm.DEFAULT_ROOT)
    ap.add_argument("--setting", default=None, help="learner,C,keys (default: data/main_event.json's meta)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/main-event-errors.txt"))
    ap.add_argument("--all", action="store_true", help="every multi-event sentence, not only the wrong ones")
    ap.add_argument("--drop", default="", help="feature prefixes left out, comma-separated (an ablation: the "
                                               "cache is reused, no pipeline run)")
    ap.add_argument("--scan", action="store_true", help="only print CV right for each C of the script's grid")
    args = ap.parse_args()
    drop = tuple(p for p in args.drop.split(",") if p)
    if drop:
        featured = tm.featured
        tm.featured = lambda cands: [{k: v for k, v in f.items() if not k.startswith(drop)} for f in featured(cands)]
    os.environ[tm.main_event.MODEL_ENV] = "off"
    os.environ[tm.subtype_model.MODEL_ENV] = "off"
    tune = tm.tune_items(args.root)
    gold = [it.label for it in tune]
    if args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = tm.collect([it.text for it in tune])
        args.cache.write_bytes(pickle.dumps(data))
    if args.setting:
        learner, c, keys = args.setting.split(",")
        C = float(c)
    else:
        learner, C, keys = tm.setting_of(tm.main_event.packaged_path())
    fold = tm.tune_folds(gold)
    if args.scan:
        for c in tm.C_GRID:
            chs = {f: tm.to_chooser(*tm.fit([data[k] for k in range(len(data)) if fold[k] != f],
                                            [gold[k] for k in range(len(data)) if fold[k] != f], c, learner), "none")
                   for f in range(tm.FOLDS)}
            chosen = [tm.choose_main(d, chs[fold[k]], keys) for k, d in enumerate(data)]
            r, n = tm.multi_right(data, gold, chosen)
            print(f"{learner} C {c} keys {keys} drop {args.drop or '-'}: CV right {r}/{n}", flush=True)
        return 0
    choosers = {f: tm.to_chooser(*tm.fit([data[k] for k in range(len(data)) if fold[k] != f],
                                         [gold[k] for k in range(len(data)) if fold[k] != f], C, learner), "none")
                for f in range(tm.FOLDS)}
    lines: list[str] = []
    confusion: Counter[tuple[str, str]] = Counter()
    wrong_has: Counter[str] = Counter()
    right_has: Counter[str] = Counter()
    right = multi = reachable = 0
    for k, cands in enumerate(data):
        if len(cands) < 2:
            continue
        multi += 1
        ch = choosers[fold[k]]
        feats = tm.featured(cands)
        scores = [ch.score(f) for f in feats]
        pick = tm.choose(cands, scores, keys)
        ok = cands[pick][0] == gold[k]
        right += ok
        can = any(c[0] == gold[k] for c in cands)
        reachable += can
        if ok or not can:
            if not args.all:
                continue
        else:
            confusion[(cands[pick][0], gold[k])] += 1
            best_right = max((j for j, c in enumerate(cands) if c[0] == gold[k]), key=lambda j: scores[j])
            a, b = feats[pick], feats[best_right]
            for name in set(a) | set(b):
                if a.get(name) and not b.get(name):
                    wrong_has[name] += 1
                elif b.get(name) and not a.get(name):
                    right_has[name] += 1
        lines.append(f"\n[{k}] gold {gold[k]} {'RIGHT' if ok else 'WRONG'}\n  {tune[k].text}")
        for j, (c, f, s) in enumerate(zip(cands, feats, scores)):
            mark = ("*" if j == pick else " ") + ("+" if c[0] == gold[k] else " ")
            trig = c[5] if len(c) > 5 else "?"
            lines.append(f"  {mark} {s:+.2f} {c[0]:<40} '{trig}' {c[1]} {c[2]:.2f} | {shown(f)}")
    head = [f"setting {learner} C {C} keys {keys}: CV right {right}/{multi} multi-event tune sentences "
            f"(gold among the candidates {reachable})", "", "chosen -> gold:"]
    head += [f"  {n:3d}  {a} -> {b}" for (a, b), n in confusion.most_common(25)]
    head += ["", "features the chosen wrong candidate has and the best-scored right one lacks:"]
    head += [f"  {n:3d}  {f}" for f, n in wrong_has.most_common(30)]
    head += ["", "features the best-scored right candidate has and the chosen wrong one lacks:"]
    head += [f"  {n:3d}  {f}" for f, n in right_has.most_common(30)]
    args.out.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    print("\n".join(head[:1]) + f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
