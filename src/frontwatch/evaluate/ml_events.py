"""Event detection and place on the multilingual development set (dev/events-ml/, evaluate/ml_devset.py).

What is scored, per language and per part (tune / report, fixed by a hash of record ids):

- **detection**: a gold event is *found* when an event the coder gives for the same sentence
  has the same ACLED event type (for a gold event ACLED codes), or the same PLOVER type (for a
  political-only gold event, whose ACLED type is empty). Matching is one to one, greedy, the
  pair with the nearest places first. Predicted events count only when reported as fact or
  claim (modality asserted or claimed): the guideline labels no denied, planned or historic
  event, and the coder marks those. Precision = matched predictions / predictions, recall =
  found gold events / gold events.
- **place**: of the found gold events that have coordinates, the share whose predicted place
  is within 25 km of the gold point (a prediction without coordinates is a miss).
- **sub-type**: of the found ACLED events, the share with the same ACLED sub-event type.

Places given to the coder (`places`):
- "gold": the sentence's gold place mentions, i.e. the corpus's own LOC entities plus the
  annotated event places; an annotated event place carries its gold coordinates, every other
  mention is looked up as the native geoparser looks up an entity (`mention_keys`: its
  dictionary forms through `lang.index.NameIndex`; most populous hit), and stays unresolved
  when none is found (the count is reported). The figure is
  the coder's choice among known places, not the geoparser's.
- "resolved": what the non-English geoparser (lang/geoparse.py) finds and resolves in the
  sentence alone: the figure a user gets, recognition and resolution errors included.
"""

from __future__ import annotations

import json
import time
from datetime import date
from functools import lru_cache
from pathlib import Path

from frontwatch.evaluate.callables import Progress
from frontwatch.evaluate.devcorpus import SOURCES
from frontwatch.evaluate.metrics import prf
from frontwatch.evaluate.ml_devset import LANGS, MLSentence, load_ml, source_name
from frontwatch.geometry import haversine_km
from frontwatch.model import Place, Toponym

WITHIN_KM = 25.0
REPORTED = ("asserted", "claimed")


def gold_key(ev: dict) -> tuple[str, str]:
    """What a prediction must share with a gold event: its ACLED type, or its PLOVER type when political-only."""
    return ("acled", ev["acled_type"]) if ev["acled_type"] else ("plover", ev["plover"])


def pred_keys(rec: dict) -> set[tuple[str, str]]:
    keys = set()
    if rec.get("acled"):
        keys.add(("acled", rec["acled"]["event_type"]))
    if rec.get("plover"):
        keys.add(("plover", rec["plover"]))
    return keys


def _coords(rec: dict) -> tuple[float, float] | None:
    loc = rec.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    return float(loc["lat"]), float(loc["lon"])


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int, float | None]]:
    """One-to-one (gold index, predicted index, km) pairs: same key, nearest places first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if gold_key(g) in pred_keys(p):
                pc = _coords(p)
                km = (haversine_km(g["lat"], g["lon"], pc[0], pc[1])
                      if pc is not None and g.get("lat") is not None else None)
                pairs.append((km if km is not None else float("inf"), gi, pi, km))
    pairs.sort(key=lambda x: (x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi, km in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, km))
    return out


@lru_cache(maxsize=4)
def _name_index(gazetteer):
    """One `lang.index.NameIndex` per gazetteer: it reads the non-Latin keys once, not once per language."""
    from frontwatch.lang.index import NameIndex

    return NameIndex.of(gazetteer)


def mention_keys(text: str, lang: str, gazetteer) -> tuple[str, ...]:
    """The gazetteer keys the native geoparser looks a LOC mention up by (`lang.toponyms.recognise_foreign`,
    its route for an entity the n-grams missed): the first of the phrase's dictionary forms (`lang.morph.
    phrase_forms`: clitics, case endings, Turkish suffixes, lemmas, the Slavic nominative) that the language's
    `NameIndex` knows (its country names and short forms, aliases, marks dropped). Why: a gold mention is
    inflected as the text writes it ('Южной Кореи', 'Ισραήλ', 'EEUU'); looked up as written it is unknown, and
    the coder then takes a country for an unresolved place finer than a country. Languages without native
    resources are looked up as written."""
    from frontwatch.lang.detect import FOREIGN
    from frontwatch.lang.morph import phrase_forms
    from frontwatch.lang.sentences import split_sentences
    from frontwatch.lang.toponyms import tokenize

    if lang not in FOREIGN:
        return (text,)
    words = tuple(t.text for t in tokenize(text, split_sentences(text)))
    if not words:
        return ()
    index = _name_index(gazetteer)
    return next((keys for form in phrase_forms(words, lang) if (keys := index.keys(form, lang))), ())


def mention_place(text: str, lang: str, gazetteer) -> Place | None:
    """The most populous place named by any of a mention's geoparser keys (`mention_keys`), or None."""
    for key in mention_keys(text, lang, gazetteer):
        hits = gazetteer.by_name(key, limit=5)
        if hits:
            return max(hits, key=lambda c: c.place.population).place
    return None


class GoldPlaces:
    """The place mentions of a labelled sentence: corpus LOC entities and annotated event places."""

    def __init__(self, root: Path, lang: str, gazetteer=None) -> None:
        self.lang = lang
        self.gaz = gazetteer
        self.records: dict[str, dict] = {}
        # A language with no corpus (fr: constructed sentences only) has no corpus entities to add.
        rel = SOURCES[source_name(lang)][0] if lang in LANGS else None
        for line in ((root / rel).read_text(encoding="utf-8").splitlines() if rel else ()):
            if line.strip():
                obj = json.loads(line)
                self.records[str(obj["id"])] = obj
        self.unresolved = 0
        self.looked_up = 0

    def _lookup(self, text: str) -> Place | None:
        if self.gaz is None:
            return None
        self.looked_up += 1
        place = mention_place(text, self.lang, self.gaz)
        if place is None:
            self.unresolved += 1
        return place

    def for_sentence(self, row: MLSentence, ref: dict | None) -> list[Toponym]:
        rec = self.records.get(str(ref["key"])) if ref else None
        a, b = (ref["start"], ref["end"]) if ref else (0, len(row.text))
        out: list[Toponym] = []
        gold = [ev for ev in row.events if ev.get("place")]
        for ev in gold:
            p = ev["place"]
            place = None
            if ev.get("lat") is not None:
                place = Place(int(ev.get("geonameid") or 0), ev.get("place_name") or row.text[p["start"]:p["end"]],
                              float(ev["lat"]), float(ev["lon"]), None)
            out.append(Toponym(p["start"], p["end"], row.text[p["start"]:p["end"]], place))
        for ent in (rec or {}).get("entities", ()):
            if ent.get("norm") != "LOC" or ent["start"] < a or ent["end"] > b:
                continue
            s, e = ent["start"] - a, ent["end"] - a
            if any(t.start < e and s < t.end for t in out):
                continue
            out.append(Toponym(s, e, ent["text"], self._lookup(ent["text"])))
        return sorted(out, key=lambda t: t.start)


def _refs(lang: str, path: Path | None = None) -> dict[str, dict | None]:
    from frontwatch.evaluate.run import DEFAULT_ML_EVENTS

    out = {}
    for line in (path or DEFAULT_ML_EVENTS / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec["ref"]
    return out


def _resolved(text: str, lang: str, geoparser) -> list[Toponym]:
    from frontwatch.lang.geoparse import geoparse_text

    return geoparse_text(text, lang, geoparser)[1]


def evaluate_language(lang: str, root: Path, split: str = "all", gazetteer=None, published: date | None = None,
                      progress: Progress | None = None, places_from: str = "gold", geoparser=None,
                      path: Path | None = None) -> dict:
    """Detection P/R/F1, place within 25 km and sub-type agreement for one language (one part or all).

    `path`: another labelled file of the language (default dev/events-ml/<lang>.jsonl), e.g. the
    constructed wire-copy sentences, whose inline records have no corpus entities (gold places are
    then the annotated event places only)."""
    from frontwatch.lang.events import code_sentence

    rows = [r for r in load_ml(lang, root, path) if split == "all" or r.split == split]
    refs = _refs(lang, path)
    places = GoldPlaces(root, lang, gazetteer)
    tp = fp = fn = 0
    placed = placed_ok = sub_total = sub_ok = 0
    misses: list[dict] = []
    for row in rows:
        mentions = (places.for_sentence(row, refs[row.id]) if places_from == "gold"
                    else _resolved(row.text, lang, geoparser))
        preds = [e.to_record() for e in code_sentence(row.text, lang, mentions, published)
                 if e.modality in REPORTED]
        pairs = match(row.events, preds)
        tp += len(pairs)
        fn += len(row.events) - len(pairs)
        fp += len(preds) - len(pairs)
        for gi, pi, km in pairs:
            g, p = row.events[gi], preds[pi]
            if g.get("lat") is not None:
                placed += 1
                placed_ok += km is not None and km <= WITHIN_KM
            if g["acled_type"]:
                sub_total += 1
                sub_ok += (p.get("acled") or {}).get("sub_event_type") == g["sub_event_type"]
        if len(pairs) < max(len(row.events), len(preds)) and len(misses) < 400:
            misses.append({"id": row.id, "text": row.text,
                           "gold": [gold_key(g) for g in row.events],
                           "predicted": [(p.get("acled") or {}).get("sub_event_type") or p.get("plover")
                                         for p in preds]})
        if progress:
            progress(1)
    return {
        "lang": lang, "split": split, "places": places_from, "sentences": len(rows),
        "gold_events": tp + fn, "predicted_events": tp + fp,
        "detection": prf(tp, fp, fn),
        "place": {"found_with_coordinates": placed, "within_25km": placed_ok,
                  "share": round(placed_ok / placed, 4) if placed else None},
        "subtype": {"found_acled": sub_total, "same": sub_ok,
                    "share": round(sub_ok / sub_total, 4) if sub_total else None},
        "other_mentions": {"looked_up": places.looked_up, "unresolved": places.unresolved},
        "misses": misses,
    }


def run_ml_events(langs: list[str], root: Path, split: str = "all", gazetteer: Path | None = None,
                  progress: Progress | None = None, places_from: str = "gold") -> dict:
    """Every requested language, plus the micro-averaged total."""
    from frontwatch.evaluate.run import DEFAULT_ML_EVENTS
    from frontwatch.geo.gazetteer import Gazetteer

    t0 = time.time()
    if places_from not in ("gold", "resolved"):
        raise ValueError(f"places must be 'gold' or 'resolved', not {places_from!r}")
    gaz = Gazetteer.open(gazetteer)
    geoparser = None
    if places_from == "resolved":
        from frontwatch.geo.geoparse import Geoparser

        geoparser = Geoparser.open(gazetteer)
    done = [0]

    def tick(n: int) -> None:  # the CLI's bar wants the running count
        done[0] += n
        if progress:
            progress(done[0])

    per = [evaluate_language(lang, root, split, gaz, progress=tick, places_from=places_from, geoparser=geoparser)
           for lang in langs
           if (DEFAULT_ML_EVENTS / f"{lang}.jsonl").exists()]
    tp = sum(r["detection"]["tp"] for r in per)
    fp = sum(r["detection"]["fp"] for r in per)
    fn = sum(r["detection"]["fn"] for r in per)
    placed = sum(r["place"]["found_with_coordinates"] for r in per)
    ok = sum(r["place"]["within_25km"] for r in per)
    return {"split": split, "languages": per, "total": {
        "detection": prf(tp, fp, fn),
        "place": {"found_with_coordinates": placed, "within_25km": ok,
                  "share": round(ok / placed, 4) if placed else None}},
        "places_input": ("gold place mentions (corpus LOC entities + annotated event places; gold coordinates for "
                         "annotated places, gazetteer look-up for the others)" if places_from == "gold" else
                         "resolved by the non-English geoparser (lang/geoparse.py) from each sentence alone"),
        "seconds": round(time.time() - t0, 1)}


def report_lines(r: dict) -> list[str]:
    def fmt(x) -> str:
        return "-" if x is None else f"{x:.3f}"

    lines = [f"ml-events ({r['split']}; places: {r['places_input']}; {r['seconds']} s)"]
    for x in r["languages"] + [dict(r["total"], lang="all", sentences=sum(y["sentences"] for y in r["languages"]))]:
        d, p = x["detection"], x["place"]
        extra = ""
        if "subtype" in x:
            extra = f"  sub-type {fmt(x['subtype']['share'])} ({x['subtype']['same']}/{x['subtype']['found_acled']})"
            if x.get("places") == "gold":
                extra += (f"  other mentions unresolved {x['other_mentions']['unresolved']}/"
                          f"{x['other_mentions']['looked_up']}")
        lines.append(f"{x['lang']:>3} {x['sentences']:4d} sentences  P {fmt(d['precision'])} R {fmt(d['recall'])} "
                     f"F1 {fmt(d['f1'])} (tp {d['tp']} fp {d['fp']} fn {d['fn']})  place<=25km {fmt(p['share'])} "
                     f"({p['within_25km']}/{p['found_with_coordinates']}){extra}")
    return lines


__all__ = ["LANGS", "evaluate_language", "gold_key", "match", "report_lines", "run_ml_events"]
