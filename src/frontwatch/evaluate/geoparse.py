"""Geoparsing evaluation on gold corpora (LGL, GeoWebNews, ...): recognition and resolution.

Follows Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation":

* recognition (geotagging): precision/recall/F1 on *exact* character spans, micro-averaged
  over all documents;
* resolution (geocoding): over gold toponyms that have coordinates *and* were recognised
  with the exact span, the great-circle error between gold and predicted coordinates:
  accuracy@161 km, mean and median error, and AUC of the log-error curve (see
  `metrics.auc_error` for the definition and its source).

The system under test is any callable from a batch of raw texts to the predicted
`Toponym`s of each, so this module knows nothing of how the pipeline works.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import islice

from frontwatch.evaluate.corpora import GoldDocument, GoldToponym, read_corpus
from frontwatch.evaluate.metrics import MAX_ERROR_KM, error_stats, haversine_km, prf
from frontwatch.model import Toponym

__all__ = ["GoldDocument", "GoldToponym", "read_corpus", "evaluate_geoparse", "haversine_km", "score_document"]

Geoparse = Callable[[list[str]], list[list[Toponym]]]


def _predicted_spans(predicted: Iterable[Toponym]) -> dict[tuple[int, int], Toponym]:
    """Predicted toponym per span. Relative phrases ('20 km from X') and places named through
    another ('the Syrian capital') are derived locations, not toponym mentions, so they are not
    scored here (their anchor toponym is)."""
    out: dict[tuple[int, int], Toponym] = {}
    for t in predicted:
        if t.relative or getattr(t, "derived", None):
            continue
        key = (t.start, t.end)
        if key not in out or (out[key].place is None and t.place is not None):
            out[key] = t
    return out


def score_document(gold: GoldDocument, predicted: Iterable[Toponym]) -> dict:
    """Counts and resolution errors of one document (summed by `evaluate_geoparse`).

    A recognised gold toponym the system left unresolved gets the maximum error (20,039 km):
    leaving it out would reward abstaining on hard cases.
    """
    pred = _predicted_spans(predicted)
    gold_spans = {(g.start, g.end): g for g in gold.toponyms}
    tp_spans = gold_spans.keys() & pred.keys()
    errors: list[float] = []
    unresolved = 0
    for span in sorted(tp_spans):
        g, p = gold_spans[span], pred[span]
        if not g.has_coords:
            continue
        if p.place is None:
            unresolved += 1
            errors.append(MAX_ERROR_KM)
        else:
            errors.append(haversine_km(g.lat, g.lon, p.place.lat, p.place.lon))
    return {
        "tp": len(tp_spans), "fp": len(pred.keys() - gold_spans.keys()), "fn": len(gold_spans.keys() - pred.keys()),
        "errors": errors, "unresolved": unresolved,
        "kinds_gold": Counter(g.kind for g in gold.toponyms if g.kind),
        "kinds_found": Counter(gold_spans[s].kind for s in tp_spans if gold_spans[s].kind),
    }


def _batches(docs: Iterable[GoldDocument], size: int) -> Iterable[list[GoldDocument]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def evaluate_geoparse(docs: Iterable[GoldDocument], geoparse: Geoparse, *,
                      progress: Callable[[int], None] | None = None, batch: int = 32) -> dict:
    """Run `geoparse` over the documents' texts and score it against their gold toponyms.

    `progress(done)` is called after each batch with the number of documents done so far.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, got {batch}")
    started = time.perf_counter()
    tp = fp = fn = unresolved = n_docs = skipped = 0
    errors: list[float] = []
    kinds_gold: Counter[str] = Counter()
    kinds_found: Counter[str] = Counter()
    for chunk in _batches(docs, batch):
        predicted = geoparse([d.text for d in chunk])
        if len(predicted) != len(chunk):
            raise ValueError(f"geoparse returned {len(predicted)} results for {len(chunk)} texts")
        for doc, pred in zip(chunk, predicted):
            s = score_document(doc, pred)
            tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
            errors.extend(s["errors"])
            unresolved += s["unresolved"]
            kinds_gold.update(s["kinds_gold"])
            kinds_found.update(s["kinds_found"])
            skipped += len(doc.skipped)
        n_docs += len(chunk)
        if progress:
            progress(n_docs)
    out = {
        "recognition": prf(tp, fp, fn),
        "resolution": {**error_stats(errors), "unresolved": unresolved},
        "documents": n_docs,
        "offset_mismatches": skipped,
        "seconds": round(time.perf_counter() - started, 2),
    }
    if kinds_gold:  # typed corpora (GeoWebNews): recall per pragmatic type
        out["recognition"]["recall_by_kind"] = {
            k: {"gold": kinds_gold[k], "found": kinds_found[k], "recall": round(kinds_found[k] / kinds_gold[k], 4)}
            for k in sorted(kinds_gold)
        }
    return out
