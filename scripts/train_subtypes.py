"""Train the sub-event type model (events/subtype_model.py) on the TUNE part of the corpus.

    PYTHONPATH=src .venv/bin/python scripts/train_subtypes.py [--corpus FILE_OR_DIR ...]
        [--extra FILE_OR_DIR ...] [--root DATA_ROOT] [--out src/frontwatch/data/subtype_model.json] [--dry-run]
        [--cache FILE] [--chooser data/main_event.json] [--in-sample-chooser]

Run scripts/train_main_event.py first: its chooser chooses the report part's main events here, and its
setting is the one cross-fitted on the tune part.

Needs the 'train' extra (scikit-learn); the shipped model does not.

1. Every labelled sentence (default: dev/subtypes/*.jsonl of the checkout this script is
   in, plus the tune part of dev/subtypes/extra/*.jsonl; data root: ../shared/data) runs through the real
   pipeline with the model off; each candidate for the sentence's main event (the one `evaluate events`
   scores) is recorded with its features (`train_main_event.collect`). Sentences where the rules find no
   ACLED event give no example: the model only retypes events.
   Which candidate is the main event: on the report part, the shipped chooser's (data/main_event.json,
   --chooser), as at run time. On the tune part, OUT-OF-FOLD choices (`cross_fitted_examples`): that chooser
   was fitted on these very sentences, so its choices there are better than on unseen news, and a model
   trained and cross-validated on them learned from, and was scored on, in-sample choices (section 20 of
   docs/annotation/subtypes.md). So the chooser's setting is refitted per fold (the folds of
   `train_main_event.tune_folds`, one definition for both scripts): each tune sentence's main event is
   chosen by a chooser fitted without its fold, which the shipped model trains on and each CV fold is
   tested on; CV fold i trains on the other sentences' main events as chosen by choosers fitted without
   fold i AND without their own fold (`train_main_event.cross_fitted_choices`). --in-sample-chooser gives
   the old way back, for comparison only.
2. A linear model is fitted on the tune part only. Everything is chosen by 5-fold
   cross-validation on the tune part (the chooser's folds: stratified, fixed seed, the run is deterministic): the
   learner (multinomial logistic regression, or a linear SVM whose margins a softmax at a chosen
   temperature turns into probabilities), regularisation C, class_weight, whether the dense
   tok2vec vectors come in, and how the model combines with the rules (subtype_model: 'override'
   above a probability, 'family' within the rules' event type, 'margin' when it leads the rules'
   sub-type by a margin). An event told in a time adjunct keeps its ACLED event type
   (`SubtypeModel.scoped`, events/subtype_scope.py). Every answer, the model's or the rules', then goes
   through `subtype_rules.codebook_subtype` (the side that gains ground sets the territory type; forces
   leaving change territory only when someone takes it; a non-state taker makes an arrest an abduction),
   as at run time.
3. The report part is scored once, with the chosen model, and printed; it chooses nothing.
4. The weights go to a JSON file (no pickle); the figures of each step are printed.
   --cache FILE keeps the pipeline's candidates between runs (a pickle outside the repo).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))  # train_main_event: the chooser, its folds, its cross-fitting

import train_main_event as tme

from frontwatch.evaluate.devcorpus import load
from frontwatch.evaluate.events import NONE, score
from frontwatch.events import main_event, ontology, subtype_model, subtype_scope
from frontwatch.events.subtype_rules import codebook_subtype

DEFAULT_CORPUS = REPO / "dev" / "subtypes"
DEFAULT_ROOT = REPO.parent / "shared" / "data"
# The learners cross-validation chooses among (5-fold CV on the 1,046 tune sentences, weighted F1):
# a multinomial logistic regression (C=3, balanced: .770; C 1/10 and unbalanced no better) and a
# linear SVM (one-vs-rest, balanced) whose margins become probabilities through a softmax at a
# temperature CV also chooses (.765-.771 over C .05-.2, temperature 3-6). Both are linear: the
# shipped JSON is the same weights either way. The SVM fits in ~1/20 of the time, which keeps the
# run short as the corpus grows. Dense scale 0.3 and 1.0 lost .01-.07 (288 dense dimensions over-fit).
LOGREG_C = (3.0,)
SVM_C = (0.05, 0.1, 0.2)
SVM_TEMPERATURE = (3.0, 4.0, 6.0)
CLASS_WEIGHTS = ("balanced",)  # None lost .002-.004 with either learner
# Tried beside the grid on 2026-12-07 (docs/annotation/subtypes.md section 63; CV .8825 at SVM C .2, T 4, margin
# .3): 'balanced' times 1.5-3 for Other, Mob violence, Abduction and Change to group/activity changed no answer
# (the SVM already fits those types' examples, each at a margin of .81 or more: at x2 no weight moves by .01);
# balanced**.5 / **.75 / **1.5 .8811 / .8806 / .8802; C .15 / .3 / .5 .8811 / .8815 / .8801; temperature 3 / 5
# .8790 / .8792; margin .25 / .35 / .4 .8811 / .8803 / .8798; dense .05 .8815; MIN_COUNT 1 / 3 .8816 / .8816;
# the rules-only features learned too .8790; logreg with the rare types x2 .8755. None is kept.
DENSE_SCALES = (0.0, 0.1)
PROB_GRID = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
MARGIN_GRID = (0.0, 0.1, 0.2, 0.3)
# Weighted F1 differences below this are CV noise: one fold reshuffle moves ~.005, and adding 19 tune
# sentences (annotator E, 2026-12-05) moved the same setting (SVM C .1, margin .3) from .7762 to .7705.
# At .005 the run after E shipped a margin of .1, which retyped "Since the fall of Aleppo last week, ..."
# into a group change again (tests/test_events_consolidate.py), the call a margin of .3 keeps.
CV_TOLERANCE = 0.01
MIN_COUNT = 2  # a feature seen in fewer tune examples is left out
# The sub-types the model may give a front-line 'advance' (subtype_model.KEEP_TYPES): the battle types.
KEEP_CHOICES = ontology.ACLED_TYPES["Battles"]


def corpus_files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args or [str(DEFAULT_CORPUS)]:
        p = Path(a)
        out.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    return out


def main_raw(data: list[list[tuple]], chosen: dict[int, int] | list[int]) -> list[tuple | None]:
    """(rule sub-type, features, dense vector, kept) of each sentence's main event, the candidate `chosen`
    picks among those `train_main_event.collect` recorded (the pipeline with the model off); None if the
    sentence has no candidate (no ACLED event) or the recorder kept no features for it; kept: the event is
    of subtype_model.KEEP_TYPES (see `examples`)."""
    return [data[k][chosen[k]][4] if data[k] else None for k in range(len(data))]


def shipped_choices(data: list[list[tuple]], chooser: main_event.Chooser | None) -> list[int]:
    """The main candidate of each sentence as the shipped chooser picks it at run time (`main_record`:
    the hand-written ranking when there is no chooser)."""
    if chooser is None:
        return [tme.choose(c, None, "") if c else 0 for c in data]
    return [tme.choose_main(c, chooser, chooser.keys) if c else 0 for c in data]


def cross_fitted_examples(data: list[list[tuple]], fold: list[int], choices: dict[frozenset[int], dict[int, int]]
                          ) -> tuple[list[tuple | None], dict[int, list[tuple | None]]]:
    """The tune sentences' main events from out-of-fold chooser choices (`train_main_event.cross_fitted_choices`):
    (each sentence's, chosen by a chooser fitted without its fold: what the shipped model trains on and what
    each CV fold is tested on; {i: each sentence's outside fold i, chosen by a chooser fitted without fold i
    and without the sentence's own fold: what CV fold i trains on}). No chooser that chose a training example
    of CV fold i saw fold i's sentences, and none chose an example of a sentence it was fitted on."""
    own = main_raw(data, {k: choices[frozenset({fold[k]})][k] for k in range(len(data))})
    inner = {i: main_raw(data, {k: choices[frozenset({i, fold[k]})][k] for k in range(len(data))})
             for i in range(tme.FOLDS)}
    return own, inner


Example = tuple  # (rule sub-type, features | None, dense vector | None) or None (no ACLED event)


def load_chooser(path: Path) -> main_event.Chooser | None:
    """The main-event chooser in `path` (train_main_event.py's output); None: the hand-written ranking."""
    return main_event.Chooser.from_json(json.loads(path.read_text("utf-8"))) if path.exists() else None


def tune_main_events(data: list[list[tuple]], gold: list[str], fold: list[int], chooser_path: Path,
                     in_sample: bool = False) -> tuple[list[tuple | None], dict[int, list[Example]] | None]:
    """(each tune sentence's main-event example, each CV fold's training examples) as `cross_validate`
    takes them: out-of-fold choices of the chooser's setting (`cross_fitted_examples`), or, with
    `in_sample` or no chooser file, the shipped chooser's own choices (then every fold trains on those)."""
    chooser = load_chooser(chooser_path)
    if chooser is None or in_sample:
        print(f"tune main events: the {'shipped chooser, in-sample' if chooser else 'hand-written ranking'}")
        return main_raw(data, shipped_choices(data, chooser)), None
    learner, C, keys = tme.setting_of(chooser_path)
    print(f"tune main events: out-of-fold choices of the chooser's setting ({learner}, C {C}, keys {keys}), "
          f"cross-fitted on {tme.FOLDS} folds")
    return cross_fitted_training(data, fold, tme.cross_fitted_choices(data, gold, fold, learner, C, keys))


def cross_fitted_training(data: list[list[tuple]], fold: list[int], choices: dict[frozenset[int], dict[int, int]]
                          ) -> tuple[list[tuple | None], dict[int, list[Example]]]:
    """`cross_fitted_examples` as `cross_validate` takes them: (each tune sentence's main-event example,
    {CV fold: the examples it trains on})."""
    raw, inner = cross_fitted_examples(data, fold, choices)
    return raw, {i: examples(r)[0] for i, r in inner.items()}


def examples(raw: list[tuple | None]) -> tuple[list[Example], dict[int, tuple]]:
    """The learner's examples from `main_raw`'s records, and the events of KEEP_TYPES apart
    ({index: (features, dense)}): those are never trained on (the rules' 'Other' for an advance is
    not a label; training on them cost .007 weighted F1 in CV), only typed among KEEP_CHOICES, and
    only those whose sentence names a battle (subtype_model.names_one_of); every one not in a time adjunct is in
    `kept`, because at run time (`subtype_model.retype`) the codebook rules read the answer of each, typed or not
    (until sub54 the CV left the untyped ones the rules' bare answer)."""
    out: list[Example] = []
    kept: dict[int, tuple] = {}
    for k, r in enumerate(raw):
        if r is None:
            out.append(r)
            continue
        rule, feats, dense, is_kept = r
        out.append((rule, None, None) if is_kept else (rule, feats, dense))
        if is_kept and subtype_scope.ADJUNCT_FEATURE in feats:
            continue  # an advance told in a time adjunct: the model never types it (subtype_model.retype)
        if is_kept:  # typed by the model only when it names a battle (`choose_kept`); the codebook rules read all
            kept[k] = (feats, dense)
    return out, kept


@dataclass(frozen=True)
class Setting:
    """One point of the grid searched by cross-validation on the tune part."""

    learner: str  # "logreg" | "svm"
    C: float
    class_weight: str | None
    dense_scale: float  # 0: sparse features only
    temperature: float = 1.0  # the SVM's margins times this are the softmax's scores


def settings() -> list[Setting]:
    out = [Setting("logreg", C, cw, ds) for C in LOGREG_C for cw in CLASS_WEIGHTS for ds in DENSE_SCALES]
    out += [Setting("svm", C, cw, ds, t) for C in SVM_C for cw in CLASS_WEIGHTS for ds in DENSE_SCALES
            for t in SVM_TEMPERATURE]
    return out


def fit(exs: list[Example], labels: list[str], s: Setting, mode: str = "override", min_prob: float = 0.0
        ) -> subtype_model.SubtypeModel:
    """A linear model over the sparse features (seen in >= MIN_COUNT examples; not those only the codebook rules
    read, `subtype_model.RULES_ONLY`) and, when
    dense_scale > 0, the standardised dense vector times dense_scale (a fixed, smaller share of the
    penalty budget than the binary features: full-scale dense features over-fitted in CV)."""
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    counts = Counter(f for e in exs for f in set(e[1]) if not f.startswith(subtype_model.RULES_ONLY))
    vec = DictVectorizer(sparse=True)
    X = vec.fit_transform([{f: 1 for f in e[1] if counts[f] >= MIN_COUNT} for e in exs])
    mu = sd = None
    if s.dense_scale > 0:
        D = np.array([e[2] for e in exs], dtype=float)
        mu, sd = D.mean(axis=0), D.std(axis=0) + 1e-6
        X = sparse.hstack([X, sparse.csr_matrix((D - mu) / sd * s.dense_scale)])
    X = X.tocsr()
    if s.learner == "svm":
        X.indices, X.indptr = X.indices.astype(np.int32), X.indptr.astype(np.int32)  # liblinear wants 32-bit
        clf = LinearSVC(C=s.C, class_weight=s.class_weight, max_iter=20000, random_state=0)  # fixed: the run is repeatable
    else:
        clf = LogisticRegression(C=s.C, max_iter=5000, solver="lbfgs", class_weight=s.class_weight)
    clf.fit(X, labels)
    return to_model(vec, clf, mode, min_prob, (mu, sd, s.dense_scale) if mu is not None else None, s.temperature)


def to_model(vec, clf, mode: str = "override", min_prob: float = 0.0, dense=None, temperature: float = 1.0
             ) -> subtype_model.SubtypeModel:
    """The fitted linear model as runtime data; `temperature` scales the scores the softmax reads."""
    classes = [str(c) for c in clf.classes_]
    coef = (clf.coef_ if len(classes) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])) * temperature
    bias = np.asarray(clf.intercept_ if len(classes) > 2 else [-clf.intercept_[0], clf.intercept_[0]],
                      dtype=float) * temperature
    names = vec.get_feature_names_out()
    n = len(names)
    weights = {str(f): np.round(coef[:, j], 4) for j, f in enumerate(names) if np.abs(coef[:, j]).max() >= 1e-4}
    dense_w = None
    if dense is not None:  # fold the standardisation into the weights: z += x @ W' + b'
        mu, sd, scale = dense
        W = coef[:, n:].T * (scale / sd)[:, None]
        bias = bias - mu @ W
        dense_w = np.round(W, 5).astype(np.float32)
    return subtype_model.SubtypeModel(tuple(classes), np.round(bias, 4), weights, mode, min_prob, dense_w)


def predict(model: subtype_model.SubtypeModel, ex: list[Example], kept: dict[int, tuple] | None = None
            ) -> list[str]:
    out = []
    for k, e in enumerate(ex):
        if e is None:
            out.append(NONE)
            continue
        rule, feats, dense = e
        if kept and k in kept:
            out.append(codebook_subtype(model.choose_kept(kept[k][0], rule, kept[k][1]) or rule, kept[k][0]))
            continue
        out.append(codebook_subtype(model.choose(feats, rule, dense) or rule, feats) if feats is not None else rule)
    return out


def combinations() -> list[tuple[str, float]]:
    return [("override", p) for p in PROB_GRID] + [("family", p) for p in PROB_GRID] + \
        [("margin", m) for m in MARGIN_GRID]


def retypable(e: Example) -> bool:
    """An example the model trains on and retypes (an ACLED event that is not of KEEP_TYPES)."""
    return e is not None and e[1] is not None


def cross_validate(ex: list[Example], gold: list[str], s: Setting, fold: list[int] | None = None,
                   kept: dict[int, tuple] | None = None, train_ex: dict[int, list[Example]] | None = None
                   ) -> tuple[dict, dict, dict, dict]:
    """Weighted F1 of each way of combining with the rules (mode, threshold), predictions pooled
    over the folds of the tune part (`train_main_event.tune_folds`: the chooser's folds); and those pooled
    predictions. Then the same two with the events of KEEP_TYPES (`kept`, never trained on) typed among
    KEEP_CHOICES by the model of their sentence's fold (only those events' answers differ).

    `ex` holds the examples each fold is tested on; `train_ex[i]`, when given, those fold i's model trains
    on (the sentences outside fold i: their main events chosen by choosers that never saw fold i,
    `cross_fitted_examples`); without it the model trains on `ex` too."""
    import warnings

    fold = fold if fold is not None else tme.tune_folds(gold)
    rules = [e[0] if e else NONE for e in ex]  # sentences without a retypable main event keep the rules' answer
    preds: dict[tuple[str, float], list[str]] = {c: list(rules) for c in combinations()}
    kept_answers: dict[tuple[str, float], dict[int, str]] = {c: {} for c in combinations()}

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for f in range(tme.FOLDS):
            src = train_ex[f] if train_ex is not None else ex
            tr = [k for k in range(len(ex)) if fold[k] != f and retypable(src[k])]
            model = fit([src[k] for k in tr], [gold[k] for k in tr], s)
            for k in (k for k in range(len(ex)) if fold[k] == f and retypable(ex[k])):
                _, feats, dense = ex[k]  # the probabilities once, every way of combining with the rules on them
                p = model.scoped(model.probabilities(feats, dense), feats, rules[k])  # as `choose` does
                for (mode, mp), column in preds.items():
                    m = subtype_model.SubtypeModel(model.classes, model.bias, {}, mode, mp)
                    column[k] = codebook_subtype(m.choose_from(p, rules[k]) or rules[k], feats)
            for k, (feats, dense) in (kept or {}).items():
                if fold[k] != f:
                    continue
                p = model.probabilities(feats, dense)
                named = subtype_model.names_one_of(feats, KEEP_CHOICES)
                for (mode, mp), column in kept_answers.items():
                    m = subtype_model.SubtypeModel(model.classes, model.bias, {}, mode, mp)
                    choice = m.choose_among(p, rules[k], KEEP_CHOICES) if named else None  # as `choose_kept`
                    column[k] = codebook_subtype(choice or rules[k], feats)
    preds_keep = {c: [kept_answers[c].get(k, v) for k, v in enumerate(column)] for c, column in preds.items()}
    return ({c: score(gold, preds[c])["weighted_f1"] for c in preds}, preds,
            {c: score(gold, preds_keep[c])["weighted_f1"] for c in preds}, preds_keep)


def choose_candidate(candidates: list[tuple], shipped: tuple | None) -> tuple:
    """The candidate (setting, (mode, threshold), CV score, CV answers, best score, advances typed) to ship.

    Within CV noise (CV_TOLERANCE) of the best score, the more conservative candidate ships: a margin over
    the rules' own answer before an override, then the higher threshold. Why (2026-12-05): an override at .3
    (CV .7731) retyped "Since the fall of Aleppo last week, ..." from a territory change to a group change
    on a .46 vs .34 call, where the margin settings within .005 of it keep the rules' answer.

    Then, among equally conservative ones within the same noise band, the setting the model at --out
    already has (`shipped`): a retraining that changes the examples or the features keeps the learner
    unless another beats it by more than the noise. Why: 2026-12-05, two margin-.3 SVMs at .7992 and .7991
    scored the same and the .0001 'winner' moved 23 of 276 tune headlines (type .897 -> .889); 2026-12-06,
    a setting .0032 above the shipped one (SVM C .1, dense .1, temperature 6) lost to it on every held-out
    check (report wF1 .786 vs .788, headlines sub-type .845 vs .856, constructed .900 vs .975;
    docs/annotation/subtypes.md section 27). The band was .002 for the shipped setting until then.
    """
    top = max(c[2] for c in candidates)
    near = [c for c in candidates if c[2] >= top - CV_TOLERANCE]
    best = max(near, key=lambda c: (c[1][0] == "margin", c[1][1], c[2]))
    same = [c for c in near if c[1] == best[1] and (c[0], c[1], c[5]) == shipped]
    return same[0] if same else best


def shipped_setting(path: Path) -> tuple | None:
    """(Setting, (mode, threshold), advances typed) of the model file at `path`, None if there is none."""
    if not path.exists():
        return None
    m = json.loads(path.read_text(encoding="utf-8")).get("meta") or {}
    try:
        s = Setting(m["learner"], float(m["C"]), m["class_weight"], float(m["dense_scale"]),
                    float(m.get("temperature", 1.0)))
        return s, (m["mode"], float(m["min_prob"])), bool(m.get("keep_choices"))
    except KeyError:
        return None


def to_json(model: subtype_model.SubtypeModel, meta: dict) -> str:
    data: dict = {
        "about": "frontwatch sub-event type model (events/subtype_model.py), trained by scripts/train_subtypes.py "
                 "on the tune part of the development corpus; a linear model read as a softmax (meta.learner), "
                 "sparse weights {class index: weight}",
        "meta": meta,
        "mode": model.mode,
        "min_prob": model.min_prob,
        "classes": list(model.classes),
        "bias": [float(b) for b in model.bias],
        "weights": {f: {str(k): float(v) for k, v in enumerate(w) if v != 0.0} for f, w in sorted(model.weights.items())},
        "keep_choices": list(model.keep_choices),
    }
    if model.dense is not None:
        data["dense"] = [[float(v) for v in row] for row in model.dense]
    return json.dumps(data, sort_keys=False, separators=(",", ":"), ensure_ascii=False) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="*", default=[], help="labelled JSONL files or folders (default dev/subtypes)")
    ap.add_argument("--extra", nargs="*", default=[],
                    help="more labelled files whose TUNE part is trained on (default: extra/*.jsonl beside the corpus "
                         "files, e.g. labels held out of the corpus by a per-type cap); never scored")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="data root the labels refer to")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "frontwatch" / "data" / "subtype_model.json")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--cache", type=Path, help="pickle of the pipeline's candidates, reused when it exists")
    ap.add_argument("--chooser", type=Path, default=main_event.packaged_path(),
                    help="the shipped main-event chooser (scripts/train_main_event.py's output): its setting is "
                         "cross-fitted on the tune part, it chooses the report part's main events")
    ap.add_argument("--in-sample-chooser", action="store_true",
                    help="for comparison only: the tune main events as the shipped chooser, fitted on them, picks "
                         "them (the way before section 20 of docs/annotation/subtypes.md: its CV flatters)")
    args = ap.parse_args()
    os.environ[subtype_model.MODEL_ENV] = "off"

    files = corpus_files(args.corpus)
    if not files:
        print(f"no labelled files in {args.corpus or DEFAULT_CORPUS}", file=sys.stderr)
        return 2
    items = load(files, args.root)
    tune = [it for it in items if it.split == "tune"]
    report = [it for it in items if it.split == "report"]
    extra_files = corpus_files(args.extra) if args.extra else \
        sorted({p for f in files for p in f.parent.glob("extra/*.jsonl")})
    seen = {it.id for it in items}
    extra = [it for it in load(extra_files, args.root) if it.split == "tune" and it.id not in seen]
    tune += extra
    print(f"corpus: {len(items)} sentences in {len(files)} files; tune {len(tune)} (of which {len(extra)} from "
          f"{len(extra_files)} extra files, their tune part only), report {len(report)}")
    t0 = time.monotonic()
    if args.cache and args.cache.exists():
        data_tune, data_report = pickle.loads(args.cache.read_bytes())
    else:
        data_tune, data_report = tme.collect([it.text for it in tune]), tme.collect([it.text for it in report])
        if args.cache:
            args.cache.write_bytes(pickle.dumps((data_tune, data_report)))
    g_tune, g_report = [it.label for it in tune], [it.label for it in report]
    fold = tme.tune_folds(g_tune)
    chooser = load_chooser(args.chooser)
    raw_tune, train_ex = tune_main_events(data_tune, g_tune, fold, args.chooser, args.in_sample_chooser)
    (ex_tune, kept_tune) = examples(raw_tune)
    (ex_report, kept_report) = examples(main_raw(data_report, shipped_choices(data_report, chooser)))
    print(f"pipeline run: {time.monotonic() - t0:.0f} s; no ACLED event for {sum(e is None for e in ex_tune)} tune, "
          f"{sum(e is None for e in ex_report)} report sentences")
    rules_report = [e[0] if e else NONE for e in ex_report]
    print(f"rules alone: tune wF1 {score(g_tune, [e[0] if e else NONE for e in ex_tune])['weighted_f1']:.3f}, "
          f"report wF1 {score(g_report, rules_report)['weighted_f1']:.3f}")

    candidates: list[tuple] = []
    for setting in settings():
        cv, preds, cv_keep, preds_keep = cross_validate(ex_tune, g_tune, setting, fold, kept_tune, train_ex)
        comb, f1 = max(cv.items(), key=lambda kv: (kv[1], kv[0][0] == "override", -kv[0][1]))
        # within CV noise of the best, the most conservative threshold of that mode wins: the
        # model retypes fewer events of kinds the corpus does not cover (tie-break, never a gain)
        comb = max((c for c, v in cv.items() if c[0] == comb[0] and v >= f1 - CV_TOLERANCE), key=lambda c: c[1])
        print(f"{setting}: 5-fold CV on tune, best {comb} wF1 {f1:.4f}; "
              + " ".join(f"{m}@{p}:{v:.3f}" for (m, p), v in cv.items()), flush=True)
        # settings compete on the score of what would be shipped (after the tie-break above), not on
        # the best threshold they passed over: comparing the latter shipped a setting whose chosen
        # threshold scored below the others' (2026-12-05: logreg .7546 best, .7511 shipped, vs SVM .7535)
        # then whether the model also types the front-line advances (same folds, only their answers differ)
        keep = cv_keep[comb] > cv[comb]
        print(f"  advances ({len(kept_tune)}) typed among {KEEP_CHOICES}: CV wF1 {cv_keep[comb]:.4f} "
              f"(left to the rules: {cv[comb]:.4f}) -> {'typed' if keep else 'left'}")
        score_, pred_ = (cv_keep[comb], preds_keep[comb]) if keep else (cv[comb], preds[comb])
        candidates.append((setting, comb, score_, pred_, f1, keep))
        # and the most conservative way of combining the setting allows, a margin over the rules' own answer
        margin = max((c for c in cv if c[0] == "margin"), key=lambda c: ((cv_keep if keep else cv)[c], c[1]))
        candidates.append((setting, margin, (cv_keep if keep else cv)[margin],
                           (preds_keep if keep else preds)[margin], f1, keep))
    top = max(c[2] for c in candidates)
    best = choose_candidate(candidates, shipped_setting(args.out))
    print(f"best CV wF1 {top:.4f}; shipped within {CV_TOLERANCE} of it, the most conservative: {best[1]} {best[2]:.4f}")
    setting, (mode, min_prob), cv_f1, cv_pred, _, keep = best
    print(f"cross-validation: {time.monotonic() - t0:.0f} s; chosen {setting}, {mode} @ {min_prob}, advances "
          f"{'typed' if keep else 'left'} (CV wF1 {cv_f1:.4f})")
    cvs = score(g_tune, cv_pred)
    print("  CV on tune, per type (F1, n): " + "; ".join(
        f"{t} {v['f1']:.2f} {v['support']}" for t, v in sorted(cvs["per_type"].items(), key=lambda kv: kv[1]["f1"])))
    idx = [k for k, e in enumerate(ex_tune) if retypable(e)]
    final = fit([ex_tune[k] for k in idx], [g_tune[k] for k in idx], setting, mode, min_prob)
    if keep:
        final = dataclasses.replace(final, keep_choices=tuple(KEEP_CHOICES))
    rep = score(g_report, predict(final, ex_report, kept_report))
    print(f"report part, checked once: wF1 {rep['weighted_f1']:.4f} acc {rep['accuracy']:.4f} macro {rep['macro_f1']:.4f}")
    meta = {"corpus": [f.name for f in files], "tune_sentences": len(tune), "tune_examples": len(idx),
            "learner": setting.learner, "temperature": setting.temperature, "C": setting.C,
            "class_weight": setting.class_weight, "dense_scale": setting.dense_scale,
            "mode": mode, "min_prob": min_prob, "keep_choices": list(final.keep_choices), "cv_weighted_f1": cv_f1,
            "report_weighted_f1": rep["weighted_f1"], "features": len(final.weights),
            "main_events": "out-of-fold" if train_ex is not None else "in-sample" if chooser else "hand-written"}
    if not args.dry_run:
        args.out.write_text(to_json(final, meta), encoding="utf-8")
        print(f"wrote {args.out} ({len(final.weights)} features, {args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
