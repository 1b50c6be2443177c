"""Fit the place-role weights (src/frontwatch/data/place_role.json) on the TUNE part of the
event-location corpus.

For each tune sentence the real stages (spaCy, geoparser, event frame) run on the gold verb;
every place of the sentence becomes one (trigger, place) pair with the features of
events/place_role.py, labelled 1 when it overlaps a gold location span. An L2-regularised
logistic regression (Newton steps, numpy) gives the weights; the threshold is the one that
keeps at least MIN_UNLOCATED of the tune sentences without a gold place free of an invented
place and, within that, chooses the gold place most often (the pipeline falls back to the
article's country when the decision abstains, so an abstention costs the town). The report part is never read here.

    PYTHONPATH=src python dev/fit_place_role.py [--cache /tmp/place_role_pairs.jsonl] [--l2 1.0]

A new feature is judged by a partial refit (`--free FAMILIES`: only its weights fitted, the
packaged ones kept) with `--cv 2 --against src/frontwatch/data/place_role.json`: each half of the
tune part scored by the feature's weights fitted on the other half, beside the packaged weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from frontwatch.evaluate.event_location import read_sentences
from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION
from frontwatch.events import place_role

MIN_UNLOCATED = 0.8


def _fold_key(text: str) -> int:
    """A stable number from the sentence text: a sentence coded for several verbs stays in one CV fold."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def _parsed(rows: list, docs_cache: Path | None):
    """(doc, toponyms) per row: parsed and geoparsed, or read back from `docs_cache` (a pickle of
    the docs' bytes, toponyms and refused names written by an earlier run). Feature work changes
    neither the parse nor the geoparser, and these two stages are most of a run's time."""
    import pickle

    from spacy.tokens import Doc

    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.geo.refused import refused_of, store
    from frontwatch.nlp.pipeline import load_nlp, sentences

    nlp = load_nlp()
    if docs_cache is not None and docs_cache.is_file():
        for b, toponyms, refused in pickle.loads(docs_cache.read_bytes()):
            doc = Doc(nlp.vocab).from_bytes(b)
            store(doc, refused)
            yield doc, toponyms
        return
    geoparser = Geoparser.open(None)
    saved = []
    for doc in nlp.pipe([r.text for r in rows], batch_size=64):
        toponyms = geoparser.parse_doc(doc, sentences(doc))
        if docs_cache is not None:
            saved.append((doc.to_bytes(exclude=["user_data"]), toponyms, refused_of(doc)))
        yield doc, toponyms
    if docs_cache is not None:
        docs_cache.write_bytes(pickle.dumps(saved))


def collect(path: Path, docs_cache: Path | None = None) -> list[dict]:
    """One record per tune sentence: gold present?, and its candidates' (features, label, distance)."""
    from frontwatch.events.extract import EventExtractor
    from frontwatch.model import Article

    rows = read_sentences(path, "tune")
    extractor = EventExtractor()
    out = []
    # the parse first in zip: its cache is written when the parse generator ends
    for n, ((doc, toponyms), s) in enumerate(zip(_parsed(rows, docs_cache), rows), 1):
        verb = doc.char_span(s.verb[0], s.verb[1], alignment_mode="expand")
        extractor.last_place_scores = []
        how = "none"
        if verb is not None:
            _, how = extractor.places_for(doc, Article(id=s.id, text=s.text, source_ref=s.id, kind="text"),
                                          toponyms, verb.root.i)
        cands = []
        for sc in extractor.last_place_scores if how not in ("relative", "actor") else []:
            t = sc.candidate.toponym
            label = any(t.start < b and a < t.end for a, b in s.gold)
            cands.append({"f": sc.features, "y": int(label), "d": abs(sc.candidate.root - verb.root.i),
                          "t": t.text, "p": round(sc.probability, 3)})
        # text, verb and gold names ride along for error analysis (dev/place_role_errors.py); the fit ignores them
        out.append({"id": s.id, "fold": _fold_key(s.text), "gold": bool(s.gold), "how": how, "cands": cands,
                    "text": s.text, "verb": s.text[s.verb[0]:s.verb[1]], "gold_text": [s.text[a:b] for a, b in s.gold]})
        if n % 500 == 0:
            print(f"{n}/{len(rows)}", file=sys.stderr)
    return out


def fit(records: list[dict], l2: float) -> tuple[dict[str, float], float]:
    names = sorted({k for r in records for c in r["cands"] for k in c["f"]})
    col = {k: j for j, k in enumerate(names)}
    pairs = [c for r in records for c in r["cands"]]
    X = np.zeros((len(pairs), len(names) + 1))
    y = np.array([c["y"] for c in pairs], dtype=float)
    for i, c in enumerate(pairs):
        X[i, -1] = 1.0
        for k, v in c["f"].items():
            X[i, col[k]] = v
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {k: round(float(w[j]), 4) for k, j in col.items() if abs(w[j]) > 1e-4}, round(float(w[-1]), 4)


def fit_choice(records: list[dict], l2: float, base: place_role.Weights | None = None,
               free: frozenset[str] = frozenset()) -> tuple[dict[str, float], float]:
    """Weights fitted for the decision itself: per sentence, a choice among its places and
    'none' (score 0), the gold place(s) the target, 'none' for a sentence without a gold place.
    A sentence whose gold place is no candidate teaches nothing about choosing and is left out.
    (The pairwise fit above learns 'is this pair gold' one pair at a time, which weighs a
    sentence by how many places it names and never compares a place with its neighbours.)

    With `base` and `free` (feature families, see `family`), a partial refit: only the weights of
    the free families are fitted, every other weight and the bias stay `base`'s. Why: a full refit
    on half of the tune part loses to weights fitted on all of it on the other half by about .02
    (evfit24), so a new feature judged by a full refit is judged mostly by that loss; fitting its
    own weight alone, on one half, and scoring on the other tells what the feature adds."""
    from scipy.optimize import minimize

    used = [r for r in records if r["cands"] and (not r["gold"] or any(c["y"] for c in r["cands"]))
            and r["how"] not in ("relative", "actor")]
    partial = base is not None
    names = sorted({k for r in used for c in r["cands"] for k in c["f"] if not partial or family(k) in free})
    col = {k: j for j, k in enumerate(names)}
    pairs = [c for r in used for c in r["cands"]]
    X = np.zeros((len(pairs), len(names)))
    for i, c in enumerate(pairs):
        for k, v in c["f"].items():
            if k in col:
                X[i, col[k]] = v
    # the fixed part of each pair's score (a partial refit), else nothing
    offset = np.array([base.score({k: v for k, v in c["f"].items() if k not in col}) if partial else 0.0
                       for c in pairs])
    y = np.array([c["y"] for c in pairs], dtype=float)
    starts = np.cumsum([0] + [len(r["cands"]) for r in used])[:-1]
    group = np.repeat(np.arange(len(used)), [len(r["cands"]) for r in used])
    positive_group = np.add.reduceat(y, starts) > 0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], 0.0 if partial else theta[-1]
        e = np.exp(np.clip(X @ w + b + offset, -30, 30))
        z = 1.0 + np.add.reduceat(e, starts)  # 1 for 'none'
        zpos = np.add.reduceat(e * y, starts)
        p = e / z[group]
        q = np.where(positive_group[group], e * y / np.maximum(zpos[group], 1e-300), 0.0)
        nll = np.log(z).sum() - np.log(np.maximum(zpos[positive_group], 1e-300)).sum()
        g = p - q
        return (float(nll + 0.5 * l2 * w @ w),
                np.concatenate([X.T @ g + l2 * w, [g.sum()]]))

    bounds = [(None, None)] * len(names) + [(0.0, 0.0) if partial else (None, None)]
    res = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 2000})
    w, b = res.x[:-1], res.x[-1]
    fitted = {k: round(float(w[j]), 4) for k, j in col.items() if abs(w[j]) > 1e-4}
    if partial:
        kept = {k: v for k, v in base.weights.items() if family(k) not in free}
        return {**kept, **fitted}, base.bias
    return fitted, round(float(b), 4)


def fit_weights(records: list[dict], objective: str, l2: float, base: place_role.Weights | None = None,
                free: frozenset[str] = frozenset()) -> tuple[dict[str, float], float]:
    """(weights, bias) by the objective; with `base`, only the `free` families are fitted (`fit_choice`)."""
    if objective == "choice":
        return fit_choice(records, l2, base, free)
    if base is not None:
        raise ValueError("a partial refit (--free) is for the choice objective only")
    return fit(records, l2)


def figures(records: list[dict], weights: place_role.Weights) -> tuple[float, float]:
    """(gold place chosen, no place invented) on the records, as `choose` would decide."""
    loc = loc_hit = unl = unl_hit = 0
    for r in records:
        best = None
        if r["cands"]:
            best = max(r["cands"], key=lambda c: (weights.score(c["f"]), -c["d"]))
            if place_role._logistic(weights.score(best["f"])) < weights.threshold:
                best = None
        if r["how"] in ("relative", "actor"):
            continue  # decided before the scorer
        if r["gold"]:
            loc += 1
            loc_hit += bool(best and best["y"])
        else:
            unl += 1
            unl_hit += best is None
    return loc_hit / max(loc, 1), unl_hit / max(unl, 1)


def best_threshold(records: list[dict], weights: dict[str, float], bias: float,
                   min_unlocated: float) -> tuple[float, tuple[float, float]]:
    """The threshold that keeps at least `min_unlocated` of the sentences without a gold place
    free of an invented place and, within that, chooses the gold place most often. (Each
    sentence's best place and its probability are computed once: only the cut moves.)"""
    w = place_role.Weights(weights, bias, 0.0)
    rows = []  # (gold?, probability of the best place or None, is it a gold place)
    for r in records:
        if r["how"] in ("relative", "actor"):
            continue
        if r["cands"]:
            b = max(r["cands"], key=lambda c: (w.score(c["f"]), -c["d"]))
            rows.append((r["gold"], place_role._logistic(w.score(b["f"])), bool(b["y"])))
        else:
            rows.append((r["gold"], None, False))
    n_loc = sum(1 for g, _, _ in rows if g)
    n_unl = len(rows) - n_loc
    best = (-1.0, 0.5, (0.0, 0.0))
    for th in np.arange(0.02, 0.96, 0.01):
        loc = sum(1 for g, p, y in rows if g and p is not None and p >= th and y) / max(n_loc, 1)
        unl = sum(1 for g, p, _ in rows if not g and (p is None or p < th)) / max(n_unl, 1)
        if unl >= min_unlocated and loc > best[0]:
            best = (loc, round(float(th), 2), (loc, unl))
    return best[1], best[2]


def cross_validate(records: list[dict], objective: str, l2: float, min_unlocated: float, k: int,
                   repeats: int = 1, base: place_role.Weights | None = None,
                   free: frozenset[str] = frozenset()) -> tuple[float, float]:
    """k-fold CV inside the tune part (folds by a hash of the sentence text): weights and
    threshold fitted on k-1 folds, the decision scored on the held-out fold, pooled. With
    `repeats` > 1 the CV is run over that many fold partitions (the hash salted) and pooled: one
    partition moves by about .003 from another, the size of most single-feature effects."""
    if repeats > 1:
        runs = [cross_validate([{**r, "fold": _fold_key(f"{s}|{r['text']}")} for r in records], objective, l2,
                               min_unlocated, k, 1, base, free) for s in range(repeats)]
        return sum(a for a, _ in runs) / repeats, sum(b for _, b in runs) / repeats
    loc = loc_hit = unl = unl_hit = 0.0
    for fold in range(k):
        train = [r for r in records if r.get("fold", 0) % k != fold]
        test = [r for r in records if r.get("fold", 0) % k == fold]
        w, b = fit_weights(train, objective, l2, base, free)
        th = base.threshold if base is not None else best_threshold(train, w, b, min_unlocated)[0]
        lc, un = figures(test, place_role.Weights(w, b, th))
        n_loc = sum(1 for r in test if r["gold"] and r["how"] not in ("relative", "actor"))
        n_unl = sum(1 for r in test if not r["gold"] and r["how"] not in ("relative", "actor"))
        loc += n_loc
        loc_hit += lc * n_loc
        unl += n_unl
        unl_hit += un * n_unl
    return loc_hit / max(loc, 1), unl_hit / max(unl, 1)


def held_out_against(records: list[dict], shipped: place_role.Weights, objective: str, l2: float,
                     min_unlocated: float, k: int = 2, base: place_role.Weights | None = None,
                     free: frozenset[str] = frozenset()) -> list[tuple[tuple[float, float], tuple[float, float], int]]:
    """Per fold (by a hash of the sentence text): the refit's figures on the held-out fold
    (weights and threshold fitted on the other folds) beside the given weights' on the same fold,
    and the fold's size. Why: a refit is worth shipping only if it does not fall on sentences it
    was not fitted on. The shipped weights were fitted on the whole tune part (on the candidates
    of their day), so the comparison leans towards them: a refit that holds level passes a hard test.

    A partial refit (`base`, `free`) keeps the base's threshold as well as its other weights: the
    free weights are fitted against the base's 'none' (the choice objective), and a threshold chosen
    again on half of the tune part moves no-invention by about .005 a half by itself, the size of
    what one feature adds (evrole25).
    """
    out = []
    for fold in range(k):
        train = [r for r in records if r.get("fold", 0) % k != fold]
        test = [r for r in records if r.get("fold", 0) % k == fold]
        w, b = fit_weights(train, objective, l2, base, free)
        th = base.threshold if base is not None else best_threshold(train, w, b, min_unlocated)[0]
        out.append((figures(test, place_role.Weights(w, b, th)), figures(test, shipped), len(test)))
    return out


def family(name: str) -> str:
    """A feature's family: its name up to '=' ('host_prep=direct:in' -> 'host_prep')."""
    return name.split("=", 1)[0]


def reduced(records: list[dict], drop: set[str] = frozenset(), min_count: int = 0) -> list[dict]:
    """The records without the features of the families in `drop`, and without the features set in
    fewer than `min_count` tune sentences (a weight fitted on a handful of sentences is their own)."""
    seen: dict[str, int] = {}
    for r in records:
        for k in {k for c in r["cands"] for k in c["f"]}:
            seen[k] = seen.get(k, 0) + 1
    keep = {k for k, n in seen.items() if n >= min_count and family(k) not in drop}
    return [{**r, "cands": [{**c, "f": {k: v for k, v in c["f"].items() if k in keep}} for c in r["cands"]]}
            for r in records]


def tune_fit(records: list[dict], objective: str, l2: float, min_unlocated: float) -> tuple[float, float]:
    """The in-sample figures: weights and threshold fitted on all the records, scored on them."""
    w, b = (fit_choice if objective == "choice" else fit)(records, l2)
    _, figs = best_threshold(records, w, b, min_unlocated)
    return figs


def ablate(records: list[dict], objective: str, l2: float, min_unlocated: float, k: int, repeats: int) -> None:
    """Per feature family: the tune fit and the CV without it, beside the full set's (the gap between
    the two is what the family fits of the tune part alone)."""
    base_fit = tune_fit(records, objective, l2, min_unlocated)
    base_cv = cross_validate(records, objective, l2, min_unlocated, k, repeats)
    print(f"{'all':24s} fit {base_fit[0]:.4f}/{base_fit[1]:.4f}  cv {base_cv[0]:.4f}/{base_cv[1]:.4f}")
    fams = sorted({family(n) for r in records for c in r["cands"] for n in c["f"]})
    for fam in fams:
        red = reduced(records, {fam})
        n = len({n for r in records for c in r["cands"] for n in c["f"] if family(n) == fam})
        f_, c_ = tune_fit(red, objective, l2, min_unlocated), cross_validate(red, objective, l2, min_unlocated, k,
                                                                             repeats)
        print(f"-{fam:23s} ({n:3d}) fit {f_[0] - base_fit[0]:+.4f}/{f_[1] - base_fit[1]:+.4f}"
              f"  cv {c_[0] - base_cv[0]:+.4f}/{c_[1] - base_cv[1]:+.4f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT_EVENT_LOCATION)
    ap.add_argument("--cache", type=Path, help="JSONL of the tune pairs (read if present, else written)")
    ap.add_argument("--docs", type=Path, help="pickle of the parsed and geoparsed tune sentences (read if present, "
                    "else written): feature work re-runs only the event layer")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--objective", choices=("choice", "pairs"), default="choice",
                    help="fit the decision among a sentence's places and none, or each pair alone")
    ap.add_argument("--out", type=Path, default=place_role.weights_path())
    ap.add_argument("--min-unlocated", type=float, default=MIN_UNLOCATED,
                    help="least share of tune sentences without a gold place left without one")
    ap.add_argument("--cv", type=int, default=0, help="also report k-fold CV inside the tune part")
    ap.add_argument("--repeats", type=int, default=1, help="with --cv: pool the CV over this many fold partitions")
    ap.add_argument("--drop", default="", help="comma-separated feature families left out (see `family`)")
    ap.add_argument("--min-count", type=int, default=0, help="leave out features set in fewer tune sentences")
    ap.add_argument("--ablate", action="store_true", help="with --cv: tune fit and CV without each family, then stop")
    ap.add_argument("--against", type=Path, help="with --cv: per held-out fold, the refit beside these weights "
                    "(e.g. the shipped file) on the same fold")
    ap.add_argument("--dry-run", action="store_true", help="with --cv: report only, write no weights")
    ap.add_argument("--free", default="", help="comma-separated feature families fitted alone, every other weight "
                    "and the bias kept from --base (a partial refit: what a new feature adds, see `fit_choice`)")
    ap.add_argument("--base", type=Path, default=None, help="with --free: the weights kept (default: the packaged "
                    "file)")
    a = ap.parse_args()
    if a.cache and a.cache.is_file():
        records = [json.loads(line) for line in a.cache.read_text(encoding="utf-8").splitlines()]
    else:
        records = collect(a.path, a.docs)
        if a.cache:
            a.cache.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    if a.drop or a.min_count:
        records = reduced(records, {d for d in a.drop.split(",") if d}, a.min_count)
    free = frozenset(f for f in a.free.split(",") if f)
    base = place_role.load_weights(str(a.base or place_role.weights_path())) if free else None
    if a.cv and a.ablate:
        ablate(records, a.objective, a.l2, a.min_unlocated, a.cv, a.repeats)
        return
    if a.cv:
        loc, unl = cross_validate(records, a.objective, a.l2, a.min_unlocated, a.cv, a.repeats, base, free)
        print(f"{a.cv}-fold CV inside tune: gold place chosen {loc:.3f}, no place invented {unl:.3f}", file=sys.stderr)
        if a.against:
            shipped = place_role.load_weights(str(a.against))
            for fold, (refit, old, n) in enumerate(held_out_against(records, shipped, a.objective, a.l2,
                                                                    a.min_unlocated, a.cv, base, free)):
                print(f"fold {fold} ({n} sentences): refit {refit[0]:.4f}/{refit[1]:.4f}, "
                      f"{a.against.name} {old[0]:.4f}/{old[1]:.4f}", file=sys.stderr)
        if a.dry_run:
            return
    weights, bias = fit_weights(records, a.objective, a.l2, base, free)
    th, figs = best_threshold(records, weights, bias, a.min_unlocated)
    if base is not None:  # a partial refit keeps the base's threshold too (see `held_out_against`)
        th, figs = base.threshold, figures(records, place_role.Weights(weights, bias, base.threshold))
    best = (figs[0], th, figs)
    print(f"tune pairs {sum(len(r['cands']) for r in records)}, sentences {len(records)}; threshold {best[1]}:"
          f" gold place chosen {best[2][0]:.3f}, no place invented {best[2][1]:.3f}", file=sys.stderr)
    a.out.write_text(json.dumps({
        "about": "place-role weights fitted by dev/fit_place_role.py on the tune part of the event-location "
                 "corpus (Halterman); features: events/place_role.py",
        "objective": a.objective, "l2": a.l2, "min_unlocated": a.min_unlocated,
        **({"partial_refit": sorted(free)} if free else {}), "bias": bias, "threshold": best[1],
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
