"""Headline recall: real conflict headlines labelled with event / ACLED type / event place.

Why: short texts (headlines, monitoring-group one-liners) are telegraphic ("Barrel bombs kill 11
in Aleppo", "Strike on Idlib market kills 18") and are where the event layer lost most of its
recall. The labels (dev/headlines/titles.jsonl, guideline docs/annotation/headlines.md) keep only
references into the FA-KES CSV (`article_title`, by row number) and the title's SHA-1; the text
is read in place and checked against the hash.

Each title is run through the whole pipeline as a one-sentence article. Scored per part (tune /
report, fixed by a hash of the id, `devcorpus.split_of`):

- **detection** (per headline): predicted positive = at least one reported (asserted or claimed)
  event with an ACLED type; P/R/F1 against the gold `event` flag;
- **type**: of the gold event headlines detected, the share with a predicted event of the gold
  ACLED event type, and of the gold sub-event type;
- **place**: every gold place below the country, resolved with the project's gazetteer (in the
  record's country), is *hit* when some predicted event lies within 25 km of it; the share over
  all resolvable gold places (unresolvable ones are counted apart). Gold places that are a country
  are scored as *country*: some predicted event located in that country;
- **outside**: predicted located events outside the record's country (an actor's country taken
  for the place: "Russian strikes ..." is not an event in Russia).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from frontwatch.evaluate.callables import Extract, Progress
from frontwatch.evaluate.devcorpus import CorpusError, sha1, split_of
from frontwatch.evaluate.metrics import prf
from frontwatch.geometry import haversine_km

FILE = "syria/fakes-articles.csv"
FIELD = "article_title"
WITHIN_KM = 25.0
REPORTED = ("asserted", "claimed")

Geocode = Callable[[str, str | None], tuple[float, float] | None]


@dataclass(frozen=True)
class Headline:
    id: str
    text: str
    event: bool
    event_type: str
    sub_event_type: str
    places: tuple[str, ...]
    country: str
    split: str
    doubt: str = ""


def read_titles(root: Path | None = None) -> list[str]:
    """Every title of the FA-KES CSV by row number, stripped (as the labels' offsets assume)."""
    from frontwatch.evaluate.run import DEFAULT_DATA

    path = (root or DEFAULT_DATA) / FILE
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[FIELD].strip() for row in csv.DictReader(fh)]


def load_headlines(labels: Path, root: Path | None = None, split_constructed: bool = False) -> list[Headline]:
    """The labelled headlines, text resolved from the shared CSV and checked against its hash.

    Constructed records are one held-out part ('constructed') unless `split_constructed`: a
    constructed set large enough to train on (dev/headlines/constructed-b.jsonl) is split by the
    id's hash like the titles, so its tune part can be trained on and its report part held out."""
    cache: list[list[str]] = []

    def titles() -> list[str]:  # the CSV only when a record refers into it
        if not cache:
            cache.append(read_titles(root))
        return cache[0]

    out = []
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("constructed"):
            # Our own headlines (dev/headlines/constructed.jsonl): no corpus behind them, so the
            # text is stored inline; an unseen check of other theatres, its own part.
            text = rec["text"]
            split = split_of(rec["id"]) if split_constructed else "constructed"
        else:
            ref = rec["ref"]
            text = titles()[int(ref["key"])][ref["start"]:ref["end"]]
            if sha1(text) != rec["sha1"]:
                raise CorpusError(f"{labels}:{n}: the title at {ref} has changed (hash mismatch)")
            split = split_of(rec["id"])
        out.append(Headline(rec["id"], text, bool(rec["event"]), rec.get("event_type", ""),
                            rec.get("sub_event_type", ""), tuple(p["name"] for p in rec.get("places", ())),
                            rec.get("country", ""), split, rec.get("doubt", "")))
    return out


def is_country(name: str) -> str | None:
    """ISO2 code when the place name is a country ('Syria'), by an exact pycountry look-up."""
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _coords(rec: dict) -> tuple[float, float] | None:
    loc = rec.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None or loc.get("precision") == "country":
        return None
    return float(loc["lat"]), float(loc["lon"])


def score_headlines(rows: list[Headline], extract: Extract, geocode: Geocode,
                    progress: Progress | None = None, batch: int = 32) -> dict:
    """Detection, type, place and outside-country figures for the given headlines."""
    tp = fp = fn = 0
    typed = type_ok = sub_ok = 0
    places = place_ok = unresolved = countries = country_ok = 0
    located = outside = 0
    misses: list[dict] = []
    for i in range(0, len(rows), batch):
        chunk = rows[i:i + batch]
        for row, recs in zip(chunk, extract([r.text for r in chunk])):
            preds = [r for r in recs if r.get("acled") and r.get("modality") in REPORTED]
            found = bool(preds)
            tp += row.event and found
            fp += found and not row.event
            fn += row.event and not found
            miss = []
            if row.event and found:
                typed += 1
                type_ok += any(p["acled"]["event_type"] == row.event_type for p in preds)
                sub_ok += any(p["acled"]["sub_event_type"] == row.sub_event_type for p in preds)
            for p in preds:
                loc = p.get("location") or {}
                if loc.get("country"):
                    located += 1
                    outside += bool(row.country) and loc["country"] != row.country
            for name in row.places if row.event else ():
                code = is_country(name)
                if code:
                    countries += 1
                    country_ok += any((p.get("location") or {}).get("country") == code for p in preds)
                    continue
                point = geocode(name, row.country or None)
                if point is None:
                    unresolved += 1
                    continue
                places += 1
                hit = any((c := _coords(p)) and haversine_km(point[0], point[1], c[0], c[1]) <= WITHIN_KM
                          for p in preds)
                place_ok += hit
                if not hit:
                    miss.append(name)
            if (row.event != found) or miss:
                misses.append({"id": row.id, "split": row.split, "text": row.text, "gold": row.event,
                               "type": row.sub_event_type, "places": list(row.places), "missed_places": miss,
                               "predicted": [(p["acled"]["sub_event_type"], (p.get("location") or {}).get("name"))
                                             for p in preds]})
            if progress:
                progress(1)
    return {
        "headlines": len(rows), "gold_events": tp + fn,
        "detection": prf(tp, fp, fn),
        "type": {"detected": typed, "event_type": round(type_ok / typed, 3) if typed else None,
                 "sub_event_type": round(sub_ok / typed, 3) if typed else None},
        "place": {"gold_places": places, "within_25km": round(place_ok / places, 3) if places else None,
                  "hits": place_ok, "unresolved": unresolved},
        "country_level": {"gold": countries, "country_hit": round(country_ok / countries, 3) if countries else None},
        "outside_country": {"located_events": located, "outside": outside,
                            "share": round(outside / located, 3) if located else None},
        "misses": misses,
    }


def evaluate_headlines(labels: Path, extract: Extract, geocode: Geocode, split: str = "all",
                       root: Path | None = None, progress: Progress | None = None,
                       split_constructed: bool = False) -> dict:
    rows = [r for r in load_headlines(labels, root, split_constructed) if split in ("all", r.split)]
    return {"labels": str(labels), "split": split, **score_headlines(rows, extract, geocode, progress)}
