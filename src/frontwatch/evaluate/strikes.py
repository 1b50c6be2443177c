"""CENTCOM air-strike report lines as a gold set for 'air strike near X' extraction.

Each line ("- Near Ar Raqqah, one strike destroyed two oil pump jacks.") is one air strike
at a normalised place (`location` column). A line is a *hit* when the system under test
returns, for the raw line, an event record coded ACLED 'Explosions/Remote violence' /
'Air/drone strike' located within 25 km of the gold place.

The gold place is geocoded by a caller-supplied function (the gazetteer's best exact
match) so this module stays free of the gazetteer. Lines whose gold place cannot be
geocoded are counted and listed, not dropped: a silent drop would inflate the hit rate.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path

from frontwatch.evaluate.callables import Extract
from frontwatch.evaluate.metrics import country_code, gold_csv_rows, haversine_km

PLACE_KM = 25.0
ACLED_TYPE = "Explosions/Remote violence"
ACLED_SUB = "Air/drone strike"
REASONS = ("no event", "wrong type", "no location", "too far")
REQUIRED = ("line", "location", "country")

GoldGeocode = Callable[[str, str | None], "tuple[float, float] | None"]


def read_strike_lines(path: Path, country: str = "Syria") -> list[dict]:
    """Rows of the CENTCOM strikes CSV for one country (case-insensitive), in file order.

    Each row: line, location, country, country_code, date, number, row (1-based CSV line).
    """
    want = country.strip().casefold()
    code = country_code(country)
    rows = []
    for line_num, row in gold_csv_rows(path, REQUIRED, "strikes"):
        if (row.get("country") or "").strip().casefold() != want or not (row.get("line") or "").strip():
            continue
        rows.append({"line": row["line"].strip(), "location": (row.get("location") or "").strip(),
                     "country": row["country"].strip(), "country_code": code, "date": row.get("date"),
                     "number": row.get("number"), "row": line_num})
    return rows


def _gold_points(location: str, code: str | None, gold_geocode: GoldGeocode,
                 cache: dict[tuple[str, str | None], tuple[float, float] | None]) -> list[tuple[float, float]]:
    """Coordinates of the gold place; 'A and B' lines name two places and either counts."""
    points = []
    for name in [p.strip() for p in re.split(r"\s+and\s+|\s*[;/]\s*", location) if p.strip()]:
        key = (name, code)
        if key not in cache:
            cache[key] = gold_geocode(name, code)
        if cache[key] is not None:
            points.append((float(cache[key][0]), float(cache[key][1])))
    return points


def _is_strike(rec: dict) -> bool:
    acled = rec.get("acled") or {}
    return acled.get("event_type") == ACLED_TYPE and acled.get("sub_event_type") == ACLED_SUB


def judge_line(records: Sequence[dict], gold: Sequence[tuple[float, float]]) -> tuple[str | None, float | None]:
    """(failure reason or None for a hit, nearest distance in km of a strike record)."""
    if not records:
        return "no event", None
    strikes = [r for r in records if _is_strike(r)]
    if not strikes:
        return "wrong type", None
    dists = []
    for r in strikes:
        loc = r.get("location") or {}
        if isinstance(loc.get("lat"), (int, float)) and isinstance(loc.get("lon"), (int, float)):
            dists.extend(haversine_km(loc["lat"], loc["lon"], g[0], g[1]) for g in gold)
    if not dists:
        return "no location", None
    km = min(dists)
    return (None if km <= PLACE_KM else "too far"), round(km, 1)


def _batches(items: Iterable, size: int) -> Iterable[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def score_strikes(lines: Sequence[dict], extract: Extract, gold_geocode: GoldGeocode, *,
                  progress: Callable[[int], None] | None = None, batch: int = 64, samples: int = 5) -> dict:
    """Hit rate of `extract` on strike lines; failures counted by reason, with samples.

    `progress(done)` is called after each batch with the number of lines handled so far.
    `samples` failures per reason are kept for the report.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, got {batch}")
    started = time.perf_counter()
    cache: dict[tuple[str, str | None], tuple[float, float] | None] = {}
    scorable, ungeocoded = [], Counter()
    for row in lines:
        if "line" not in row or "location" not in row:
            raise ValueError(f"strike line without 'line'/'location': {row!r}")
        gold = _gold_points(row["location"], row.get("country_code"), gold_geocode, cache)
        if gold:
            scorable.append((row, gold))
        else:
            ungeocoded[row["location"]] += 1
    done = len(lines) - len(scorable)
    if progress and done:
        progress(done)

    hits = 0
    reasons: Counter[str] = Counter()
    far_km: list[float] = []
    failures: dict[str, list[dict]] = {r: [] for r in REASONS}
    for chunk in _batches(scorable, batch):
        results = extract([row["line"] for row, _ in chunk])
        if len(results) != len(chunk):
            raise ValueError(f"extract returned {len(results)} results for {len(chunk)} lines")
        for (row, gold), records in zip(chunk, results):
            reason, km = judge_line(records, gold)
            if reason is None:
                hits += 1
                continue
            reasons[reason] += 1
            if reason == "too far":
                far_km.append(km)
            if len(failures[reason]) < samples:
                strike = next((r for r in records if _is_strike(r)), records[0] if records else None)
                failures[reason].append({
                    "line": row["line"], "gold": row["location"], "distance_km": km,
                    "got": None if strike is None else {
                        "acled": strike.get("acled"), "location": (strike.get("location") or {}).get("name")},
                })
        done += len(chunk)
        if progress:
            progress(done)
    n = len(scorable)
    return {
        "hit_rate": round(hits / n, 4) if n else None,
        "hits": hits,
        "n": n,
        "lines": len(lines),
        "failures": {r: reasons[r] for r in REASONS},
        "too_far_median_km": round(statistics.median(far_km), 1) if far_km else None,
        "ungeocoded": {"lines": sum(ungeocoded.values()), "places": dict(ungeocoded.most_common())},
        "samples": {r: s for r, s in failures.items() if s},
        "seconds": round(time.perf_counter() - started, 2),
    }
