"""Fit the resolver's weights (src/frontwatch/data/resolver_weights.json) on the TUNE part of
the geoparsing corpora and report the held-back REPORT part.

Each corpus (LGL, GeoWebNews: ../shared/data/geoparsing) is split by a hash of
'<corpus file>:<document id>' (`evaluate.devcorpus.split_of`: 40 % report, 60 % tune). Every
document is parsed ONCE (spaCy, recognition, armed-group names; cached in --cache), so a
trial of new weights only re-runs `Geoparser.parse_spans` -- candidates (memoised), theatre,
`resolve_document`, one sense per discourse, streets and unlisted names -- and, where the
corpus names outlets, the outlet prior's second pass, as `evaluate geoparse` does. Each part
is scored as a corpus of its own (the outlet prior learns from that part's other articles),
so the parts' figures do not add up to the full `evaluate geoparse` figures. During the search the
second pass's outlet hints are those of the current weights (one pass per trial, half the work);
the figures printed for the current and the fitted weights run both passes.

Objective (maximised on the tune part): the mean over corpora of (acc@161 + F1) / 2 --
recognition counts because the accept thresholds decide whether a span is output at all.
Search: coordinate search over the weights marked "fit": true, each tried at value ± step;
a move is kept when it gains more than --min-gain; the step halves after a sweep without a
move; it stops at --max-trials or --max-minutes. The report part is scored only for the
current and the final weights, never during the search.

    PYTHONPATH=src python dev/fit_resolver_weights.py --out /tmp/fitted.json
        [--corpus lgl.xml --corpus GWN.xml] [--limit N] [--max-minutes 25] [--step 0.1]
        [--write]   # also overwrite the shipped data/resolver_weights.json

Prints tune and report figures (P/R/F1, acc@161, mean km) for the current and fitted weights.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from frontwatch.evaluate.devcorpus import split_of
from frontwatch.evaluate.geoparse import GoldDocument, read_corpus, score_document
from frontwatch.evaluate.metrics import error_stats, prf
from frontwatch.evaluate.run import DEFAULT_DATA
from frontwatch.geo import resolve
from frontwatch.geo import resolver_weights as rw

DATA = DEFAULT_DATA / "geoparsing"
DEFAULT_CORPORA = [DATA / "lgl.xml", DATA / "GWN.xml"]
SHIPPED = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "data" / rw.WEIGHTS_FILE


@dataclass
class Parsed:
    """One document's weight-independent inputs to `Geoparser.parse_spans`, and its gold."""

    gold: GoldDocument
    part: str  # 'tune' or 'report'
    english: bool
    spans: list
    sents: list
    actors: list
    hint: tuple[str, ...]


def parse_corpora(paths: list[Path], limit: int | None) -> dict[str, list[Parsed]]:
    """Run spaCy, recognition and the actor finder once per document (the slow part)."""
    from frontwatch.geo.actor_names import find_actor_names
    from frontwatch.geo.outlet import article_country_hint
    from frontwatch.geo.recognize import recognise
    from frontwatch.lang.detect import FOREIGN, detect_supported
    from frontwatch.nlp.pipeline import load_nlp, sentences

    nlp = load_nlp()
    out: dict[str, list[Parsed]] = {}
    for path in paths:
        _, docs = read_corpus(path)
        docs = docs[:limit] if limit else docs
        rows: list[Parsed] = []
        started = time.perf_counter()
        for n, (gold, doc) in enumerate(zip(docs, nlp.pipe([d.text for d in docs], batch_size=32)), 1):
            code, conf = detect_supported(gold.text)
            english = not (code in FOREIGN and conf >= 0.5)
            sents = sentences(doc)
            rows.append(Parsed(gold=gold, part=split_of(f"{path.name}:{gold.id}"), english=english,
                               spans=recognise(doc, sents) if english else [], sents=sents,
                               actors=find_actor_names(doc) if english else [],
                               hint=article_country_hint(None, gold.outlet)))
            if n % 50 == 0:
                print(f"  parsed {path.name} {n}/{len(docs)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        out[path.name] = rows
    return out


def geoparse_part(geoparser, rows: list[Parsed], hints: dict[int, object] | None = None) -> tuple[list[list], dict]:
    """Toponyms of each document as `evaluate geoparse` makes them (with the outlet prior's
    second pass where the documents name outlets), from the cached parses; and the admin
    hints the second pass used. With `hints` given (from the current weights), only the
    second pass runs: the search's approximation, half the work."""
    from frontwatch.geo.outlet import article_votes, outlet_priors
    from frontwatch.lang.geoparse import geoparse_text

    def parse(r: Parsed, admin_hint=None) -> list:
        if not r.english:
            from frontwatch.lang.detect import detect_supported
            return geoparse_text(r.gold.text, detect_supported(r.gold.text)[0], geoparser)[1]
        return geoparser.parse_spans(r.gold.text, list(r.spans), r.sents, hint=r.hint, admin_hint=admin_hint,
                                     actors=r.actors)

    if hints is not None:
        return [parse(r, admin_hint=hints.get(i)) for i, r in enumerate(rows)], hints
    first = [parse(r) for r in rows]
    english = [i for i, r in enumerate(rows) if r.english]
    if not any(rows[i].gold.outlet for i in english):
        return first, {}
    outlets = [rows[i].gold.outlet for i in english]
    priors = outlet_priors(zip(outlets, [first[i] for i in english]))
    out = list(first)
    used = {}
    for i, outlet in zip(english, outlets):
        used[i] = priors.prior_for(outlet, article_votes(first[i]))
        out[i] = parse(rows[i], admin_hint=used[i])
    return out, used


def score_part(geoparser, rows: list[Parsed], hints: dict | None = None) -> tuple[dict, dict]:
    """P/R/F1 and acc@161 of one part of one corpus, as `evaluate geoparse` counts them
    (and the outlet hints used, see `geoparse_part`)."""
    tp = fp = fn = 0
    errors: list[float] = []
    predicted, used = geoparse_part(geoparser, rows, hints)
    for r, pred in zip(rows, predicted):
        s = score_document(r.gold, pred)
        tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
        errors.extend(s["errors"])
    return {**prf(tp, fp, fn), **error_stats(errors)}, used


def evaluate(geoparser, corpora: dict[str, list[Parsed]], part: str, weights,
             hints: dict[str, dict] | None = None) -> tuple[float, dict]:
    """(objective, figures by corpus) of `weights` on one part; the outlet hints used are
    put into `hints` when it is an empty dict, and reused from it when it is filled."""
    resolve.W = weights
    figures = {}
    for name, rows in corpora.items():
        reuse = hints.get(name) if hints else None
        figures[name], used = score_part(geoparser, [r for r in rows if r.part == part], reuse)
        if hints is not None and reuse is None:
            hints[name] = used
    objective = sum((f["acc161"] + f["f1"]) / 2 for f in figures.values()) / len(figures)
    return objective, figures


def show(label: str, objective: float, figures: dict) -> None:
    parts = "; ".join(f"{name} P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f} acc@161 {f['acc161']:.3f}"
                      f" mean {f['mean_km']:.0f} km (n {f['n']})" for name, f in figures.items())
    print(f"{label:<16} objective {objective:.4f}  {parts}", flush=True)


def coordinate_search(geoparser, corpora, start, entries, step: float, min_gain: float, max_trials: int,
                      deadline: float, hints: dict, order: list[str] | None = None) -> tuple[object, float, int]:
    """Greedy coordinate search on the tune part: one weight at a time (in `order`, else the
    file's), ± step, keep gains. The outlet hints of the current weights are held fixed."""
    best = start
    best_obj, _ = evaluate(geoparser, corpora, "tune", best, hints)
    names = order or list(rw.flat_values(best, entries))
    trials = 0
    while step >= 0.0125 and trials < max_trials and time.time() < deadline:
        moved = False
        for name in names:
            value = rw.flat_values(best, entries)[name]
            for cand in (value + step, value - step):
                if trials >= max_trials or time.time() >= deadline:
                    break
                trial = rw.with_values(best, {name: round(cand, 4)})
                obj, _ = evaluate(geoparser, corpora, "tune", trial, hints)
                trials += 1
                if trials % 10 == 0:
                    print(f"  [{trials}] at {name}, best tune objective {best_obj:.4f}", file=sys.stderr, flush=True)
                if obj > best_obj + min_gain:
                    print(f"  [{trials}] {name} {value:g} -> {cand:.4g}: tune objective {best_obj:.4f} -> {obj:.4f}",
                          flush=True)
                    best, best_obj, moved = trial, obj, True
                    break
        print(f"  sweep at step {step:g} done ({trials} trials, objective {best_obj:.4f})", flush=True)
        if not moved:
            step /= 2
    return best, best_obj, trials


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, action="append", help="gold XML (repeatable; default LGL and GWN)")
    ap.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    ap.add_argument("--cache", type=Path, help="pickle of the parsed documents (made when missing; delete it when the "
                    "corpora, --limit or the recogniser change)")
    ap.add_argument("--weights", type=Path, help="start from this weights file (default: the shipped one)")
    ap.add_argument("--out", type=Path, required=True, help="write the fitted weights here")
    ap.add_argument("--write", action="store_true", help="also overwrite the shipped data/resolver_weights.json")
    ap.add_argument("--step", type=float, default=0.1, help="first step of the coordinate search")
    ap.add_argument("--min-gain", type=float, default=0.0005, help="least tune objective gain that keeps a move")
    ap.add_argument("--max-trials", type=int, default=10_000)
    ap.add_argument("--max-minutes", type=float, default=25.0, help="stop the search after this long")
    ap.add_argument("--only", help="comma-separated names ('accept.exact,prominence,level_prior') to fit, in this "
                    "order; default all marked fit, in the file's order")
    args = ap.parse_args()
    started = time.time()

    from frontwatch.geo.geoparse import Geoparser

    entries = rw.read_entries(args.weights)
    current = rw.build(entries)
    order = None
    if args.only:
        fit = rw.flat_values(current, entries)
        order = [k for name in args.only.split(",") for k in fit if k == name or k.startswith(name + ".")]
        if not order:
            ap.error(f"--only names no weight marked fit: {args.only}")
    paths = args.corpus or DEFAULT_CORPORA
    if args.cache and args.cache.exists():
        corpora = pickle.loads(args.cache.read_bytes())
    else:
        corpora = parse_corpora(paths, args.limit)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(corpora))
    for name, rows in corpora.items():
        print(f"{name}: {len(rows)} documents, tune {sum(r.part == 'tune' for r in rows)}, "
              f"report {sum(r.part == 'report' for r in rows)}", flush=True)
    geoparser = Geoparser.open(None)
    geoparser._relatives = lambda text, toponyms, sents: []  # relative phrases are not scored

    t0 = time.time()
    hints: dict[str, dict] = {}
    tune0 = evaluate(geoparser, corpora, "tune", current, hints)
    print(f"one tune trial: {time.time() - t0:.1f} s (candidate lookups cached from here on)", flush=True)
    report0 = evaluate(geoparser, corpora, "report", current)
    show("current tune", *tune0)
    show("current report", *report0)

    deadline = started + 60 * args.max_minutes
    fitted, _, trials = coordinate_search(geoparser, corpora, current, entries, args.step, args.min_gain,
                                          args.max_trials, deadline, hints, order)
    tune1 = evaluate(geoparser, corpora, "tune", fitted)
    report1 = evaluate(geoparser, corpora, "report", fitted)
    show("fitted tune", *tune1)
    show("fitted report", *report1)
    changed = {k: (v, rw.flat_values(fitted, entries)[k]) for k, v in rw.flat_values(current, entries).items()
               if rw.flat_values(fitted, entries)[k] != v}
    print(f"{trials} trials, {len(changed)} weights moved: "
          + ", ".join(f"{k} {a:g}->{b:g}" for k, (a, b) in changed.items()), flush=True)
    full = rw.read_entries(args.weights)
    doc = json.loads((args.weights or SHIPPED).read_text("utf-8"))["_doc"]
    text = json.dumps({"_doc": doc, "weights": rw.to_entries(fitted, full)}, indent=1, ensure_ascii=False) + "\n"
    args.out.write_text(text, "utf-8")
    print(f"wrote {args.out}")
    if args.write:
        SHIPPED.write_text(text, "utf-8")
        print(f"wrote {SHIPPED}")


if __name__ == "__main__":
    main()
