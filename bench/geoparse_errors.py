"""Error analysis of the geoparser on a gold corpus (LGL, GeoWebNews): not a test, a lens.

    .venv/bin/python bench/geoparse_errors.py ../shared/data/geoparsing/lgl.xml \
        [--limit N] [--parity even|odd|all] [--outlet-prior] [--out errors.txt] [--cache /tmp/frontwatch-docs]

Prints the scores of the chosen documents (the same `score_document` the evaluator sums)
and writes every false positive, false negative and far resolution (> 161 km) with its
context, each tagged with a coarse cause so they can be counted by mechanism:

* FP: `label:<spaCy label>` and whether the text is a demonym / org-like;
* FN: `unrecognised` (no candidate span), `boundary` (a candidate span overlaps but differs),
  `rejected` (the exact span was a candidate but resolved to nothing);
* far: the predicted and gold countries/admin1, e.g. `wrong-country`, `wrong-admin1`.

Parsed spaCy documents are cached (DocBin, keyed by corpus file, model and document range),
so repeated runs only pay for the geoparser itself. `--parity even` keeps documents 0, 2,
4... (the tuning half), `odd` the held-out half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.evaluate.geoparse import read_corpus, score_document  # noqa: E402
from frontwatch.evaluate.metrics import error_stats, haversine_km, prf  # noqa: E402


def parsed_docs(texts: list[str], cache: Path, tag: str):
    """spaCy Docs for `texts`, from the DocBin cache when it has them."""
    from spacy.tokens import DocBin

    from frontwatch.nlp.pipeline import load_nlp

    nlp = load_nlp()
    key = hashlib.sha1((tag + nlp.meta["name"] + nlp.meta["version"] + "\0".join(texts)).encode()).hexdigest()[:16]
    path = cache / f"{key}.spacy"
    if path.is_file():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def _ctx(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--parity", choices=("even", "odd", "all"), default="all")
    ap.add_argument("--out", type=Path, help="write the error listing here (default: stdout)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/frontwatch-docs"))
    ap.add_argument("--gazetteer", type=Path)
    ap.add_argument("--outlet-prior", action="store_true",
                    help="resolve with each outlet's domain country and its home divisions from its other documents "
                         "(as evaluate geoparse does)")
    args = ap.parse_args(argv)

    from frontwatch.geo.geoparse import Geoparser
    from frontwatch.geo.outlet import article_country_hint
    from frontwatch.geo.recognize import recognise
    from frontwatch.nlp.pipeline import sentences

    layout, docs = read_corpus(args.corpus)
    # Parse (and cache) the whole corpus once, whatever the limit, so every run reuses it.
    spacy_docs = parsed_docs([d.text for d in docs], args.cache, str(args.corpus.resolve()))
    if args.limit:
        docs = docs[: args.limit]
    indexed = list(enumerate(docs))
    if args.parity != "all":
        want = 0 if args.parity == "even" else 1
        indexed = [(i, d) for i, d in indexed if i % 2 == want]
    geo = Geoparser.open(args.gazetteer)

    priors = None
    if args.outlet_prior:
        from frontwatch.geo.outlet import article_votes, outlet_priors

        # Priors pool the whole corpus (every parity), as `evaluate geoparse` does.
        firsts = [geo.parse_doc(d, sentences(d), hint=article_country_hint(None, g.outlet)) for d, g in zip(spacy_docs, docs)]
        priors = outlet_priors(zip((d.outlet for d in docs), firsts))
    tp = fp = fn = 0
    errors: list[float] = []
    causes: Counter[str] = Counter()
    # Predicted spans by (label, how the surface matched): [true positives, false positives].
    by_kind: dict[str, list[int]] = {}
    lines: list[str] = []
    t0 = time.perf_counter()
    for i, gold in indexed:
        doc = spacy_docs[i]
        sents = sentences(doc)
        hint = priors.prior_for(gold.outlet, article_votes(firsts[i])) if priors is not None else None
        country = article_country_hint(None, gold.outlet) if priors is not None else ()
        pred = geo.parse_doc(doc, sents, hint=country, admin_hint=hint)
        s = score_document(gold, pred)
        tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
        errors.extend(s["errors"])
        spans = recognise(doc, sents)
        pred_by = {(t.start, t.end): t for t in pred if not t.relative}
        gold_by = {(g.start, g.end): g for g in gold.toponyms}
        text = gold.text
        span_label = {(c.start, c.end): c.label for c in spans}
        for key, t in pred_by.items():
            how = t.candidates[0].how if t.candidates else "?"
            kind = f"{span_label.get(key, '?')}/{how}/{t.place.precision if t.place else '-'}"
            by_kind.setdefault(kind, [0, 0])[0 if key in gold_by else 1] += 1
        for key in sorted(pred_by.keys() - gold_by.keys()):
            t = pred_by[key]
            overl = [g for g in gold.toponyms if not (g.end <= t.start or g.start >= t.end)]
            cand = next((c for c in spans if (c.start, c.end) == key), None)
            label = cand.label if cand else "?"
            cause = "FP boundary" if overl else f"FP label:{label}"
            causes[cause] += 1
            where = f"{t.place.name},{t.place.admin1},{t.place.country} {t.place.precision} pop={t.place.population}" if t.place else "-"
            lines.append(f"{cause}\tdoc{i}\t{t.text!r}\t→ {where}\t{_ctx(text, *key)}")
        for key in sorted(gold_by.keys() - pred_by.keys()):
            g = gold_by[key]
            over = [c for c in spans if not (c.end <= g.start or c.start >= g.end)]
            exact = [c for c in over if (c.start, c.end) == key]
            predover = [t for t in pred_by.values() if not (t.end <= g.start or t.start >= g.end)]
            if exact and not predover:
                cause = f"FN rejected:{exact[0].label}"
            elif predover:
                cause = "FN boundary"
            elif over:
                cause = f"FN boundary-cand:{over[0].label}"
            else:
                cause = "FN unrecognised"
            causes[cause] += 1
            extra = " | pred " + ",".join(repr(t.text) for t in predover) if predover else ""
            extra += " | cand " + ",".join(f"{c.text!r}:{c.label}" for c in over) if over else ""
            kind = f" [{g.kind}]" if g.kind else ""
            lines.append(f"{cause}\tdoc{i}\t{g.text!r}{kind}{extra}\t{_ctx(text, *key)}")
        for key in sorted(gold_by.keys() & pred_by.keys()):
            g, t = gold_by[key], pred_by[key]
            if not g.has_coords or t.place is None:
                continue
            d = haversine_km(g.lat, g.lon, t.place.lat, t.place.lon)
            if d > 161:
                # Right unit, different representative point: the offline sources' country and
                # state points are not GeoNames' (the US is 235 km from GeoNames' point).
                level = t.place.precision if t.place.precision in ("country", "admin1") else None
                cause = f"far:{level}-point" if level and d < (1500 if level == "country" else 400) else "far"
                causes[cause] += 1
                alts = "; ".join(f"{c.place.name},{c.place.admin1},{c.place.country}:{c.score}" for c in t.candidates[:3])
                lines.append(f"{cause}\tdoc{i}\t{g.text!r}\t{d:.0f} km → {t.place.name},{t.place.admin1},{t.place.country} "
                             f"{t.place.precision} pop={t.place.population} gold=({g.lat},{g.lon}) gid={g.geonameid}"
                             f"\t[{alts}]\t{_ctx(text, *key)}")
    secs = time.perf_counter() - t0
    summary = {"layout": layout, "parity": args.parity, "documents": len(indexed),
               "recognition": prf(tp, fp, fn), "resolution": error_stats(errors),
               "geoparse_seconds": round(secs, 2), "causes": dict(causes.most_common()),
               "predicted_by_kind (tp, fp)": {k: v for k, v in sorted(by_kind.items(), key=lambda kv: -sum(kv[1]))}}
    listing = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(listing, encoding="utf-8")
    else:
        sys.stdout.write(listing)
    print(json.dumps(summary, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
