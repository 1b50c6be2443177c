"""Score emitted event records against the hand-coded seed reference (expected.json).

A reference event is *found* when an emitted event that is not background history has

* the right type: ACLED event_type, or the PLOVER type (or a listed alternative) where the
  reference has no ACLED coding (statements, diplomacy);
* the right place: within 25 km of the reference place's coordinates (a relative location
  counts by its point or by its anchor, since the reference names the anchor place);
  country references by ISO code; border references ('Lebanon-Syria border') need a
  location of precision 'border' whose countries cover both codes;
* the right date where the reference gives one, with the tolerance its precision allows
  (`DATE_WINDOW`).

Emitted events are matched to references greedily, best evidence overlap first, each used
once. The report says why each missed reference was missed (using the closest emitted
event), whether background statements leaked out as news, whether the sources of chosen
references were attributed, and which emitted events match nothing (precision).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from frontwatch.evaluate.metrics import country_code, haversine_km

PLACE_KM = 25.0
# Days the emitted date may differ from the reference date, by reference precision:
# (earliest offset, latest offset). 'day-or-days-before' is an event reported as done by
# the publication day ("after taking control of X"): up to a week earlier is right. 'week'
# ("last week") accepts the seven days centred on the reference date.
DATE_WINDOW: dict[str, tuple[int, int]] = {"day": (0, 0), "day-or-days-before": (-6, 0), "week": (-3, 3)}
# Overlap needed to say an emitted event's evidence *is* a background statement.
BACKGROUND_OVERLAP = 0.6

_TOKEN = re.compile(r"\w+")
_STOP = frozenset({
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with", "from", "its", "it", "is",
    "are", "was", "were", "has", "have", "had", "be", "been", "that", "which", "while", "s", "their", "his", "her",
    "they", "this", "these", "those", "as", "into", "some", "one", "two",
})


def _tokens(text: str | None) -> set[str]:
    return {t for t in _TOKEN.findall((text or "").lower()) if t not in _STOP}


def _containment(a: set[str], b: set[str]) -> float:
    """Share of the shorter token set found in the longer: evidence may be a phrase or a sentence."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _source_match(got: str, want: str) -> bool:
    """Same source if they share at least half the words of the longer name: 'Syrian army
    sources' ~ 'army sources', but not 'Syrian army' ~ 'Syrian Observatory for Human Rights'."""
    a, b = _tokens(got), _tokens(want)
    return bool(a & b) and len(a & b) >= 0.5 * max(len(a), len(b))


# ---------------------------------------------------------------------------------------------
# Reference places


def _place_index(expected: dict) -> dict[str, dict]:
    index: dict[str, dict] = {}
    for p in expected.get("places", []):
        for key in (p.get("name"), p.get("text")):
            if key and (key.lower() not in index or ("lat" in p and "lat" not in index[key.lower()])):
                index[key.lower()] = p
    return index


def _code(name: str, index: dict[str, dict]) -> str | None:
    entry = index.get(name.strip().lower())
    if entry and entry.get("country"):
        return str(entry["country"]).upper()
    return country_code(name)


def _ref_place(ref: dict, index: dict[str, dict]) -> dict:
    name = ref.get("place")
    if not name:
        raise ValueError(f"expected.json: event {ref.get('id')} has no place")
    border = re.fullmatch(r"(.+?)\s*[-–]\s*(.+?)\s+border", name, re.IGNORECASE)
    if border:
        codes = [_code(border.group(1), index), _code(border.group(2), index)]
        if None in codes:
            raise ValueError(f"expected.json: event {ref.get('id')}: unknown country in {name!r}")
        return {"kind": "border", "name": name, "codes": codes}
    entry = index.get(name.lower())
    if entry and entry.get("lat") is not None and entry.get("lon") is not None:
        return {"kind": "point", "name": name, "lat": float(entry["lat"]), "lon": float(entry["lon"])}
    if entry and entry.get("country"):
        return {"kind": "country", "name": name, "code": str(entry["country"]).upper()}
    raise ValueError(f"expected.json: event {ref.get('id')} names place {name!r} missing from 'places'")


# ---------------------------------------------------------------------------------------------
# Emitted locations


def _point(obj: Any, lat_key: str = "lat", lon_key: str = "lon") -> tuple[float, float] | None:
    if not isinstance(obj, dict):
        return None
    lat, lon = obj.get(lat_key), obj.get(lon_key)
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return float(lat), float(lon)
    return None


def _relative(loc: dict) -> dict:
    rel = loc.get("relative")
    return rel if isinstance(rel, dict) else {}


def _anchor_point(loc: dict) -> tuple[float, float] | None:
    rel = _relative(loc)
    return _point(rel, "anchor_lat", "anchor_lon") or _point(rel.get("anchor"))


def _countries(loc: dict) -> set[str]:
    codes = {str(c).upper() for c in _relative(loc).get("countries") or [] if c}
    if loc.get("country"):
        codes.add(str(loc["country"]).upper())
    return codes


def _is_border(loc: dict) -> bool:
    rel = _relative(loc)
    return "border" in (loc.get("precision"), rel.get("kind"), rel.get("precision"))


# ---------------------------------------------------------------------------------------------
# Checks: each returns (ok, why-not)


def _check_type(ref: dict, rec: dict) -> tuple[bool, str | None]:
    acled = ref.get("acled")
    if acled:
        want = acled[0] if isinstance(acled, (list, tuple)) else acled.get("event_type")
        got = (rec.get("acled") or {}).get("event_type")
        ok = (got or "").lower() == str(want).lower()
        return ok, None if ok else f"type: ACLED {got!r}, want {want!r}"
    want_plover = {str(p).upper() for p in [ref.get("plover"), *ref.get("plover_alternatives", [])] if p}
    got = rec.get("plover")
    ok = (got or "").upper() in want_plover
    return ok, None if ok else f"type: PLOVER {got!r}, want {' or '.join(sorted(want_plover))}"


def _check_place(place: dict, rec: dict) -> tuple[bool, str | None, float | None]:
    loc = rec.get("location")
    if not isinstance(loc, dict):
        return False, "place: no location", None
    if place["kind"] == "point":
        dists = [haversine_km(place["lat"], place["lon"], *p) for p in (_point(loc), _anchor_point(loc)) if p]
        if not dists:
            return False, f"place: location {loc.get('name')!r} has no coordinates", None
        km = min(dists)
        ok = km <= PLACE_KM
        return ok, None if ok else f"place: {loc.get('name')!r} is {km:.0f} km from {place['name']}", round(km, 1)
    if place["kind"] == "country":
        got = (loc.get("country") or "").upper() or None
        ok = got == place["code"]
        return ok, None if ok else f"place: country {got}, want {place['code']}", None
    want = set(place["codes"])
    got = _countries(loc)
    if not _is_border(loc):
        return False, f"place: {loc.get('name')!r} is not a border location (precision {loc.get('precision')})", None
    ok = want <= got
    return ok, None if ok else f"place: border of {'+'.join(sorted(got)) or '?'}, want {'+'.join(sorted(want))}", None


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _check_date(ref: dict, rec: dict) -> tuple[bool, str | None]:
    if not ref.get("date"):
        return True, None
    want = _iso(ref["date"])
    if want is None:
        raise ValueError(f"expected.json: event {ref.get('id')} has a bad date {ref['date']!r}")
    got = _iso(rec.get("date")) if rec.get("date") else None
    if got is None:
        return False, f"date: {rec.get('date')!r}, want {want.isoformat()}"
    lo, hi = DATE_WINDOW.get(ref.get("date_precision") or "day", (0, 0))
    ok = want + timedelta(days=lo) <= got <= want + timedelta(days=hi)
    return ok, None if ok else f"date: {got.isoformat()}, want {want.isoformat()} ({ref.get('date_precision')})"


def _judge(ref: dict, place: dict, rec: dict) -> dict:
    t_ok, t_why = _check_type(ref, rec)
    p_ok, p_why, km = _check_place(place, rec)
    d_ok, d_why = _check_date(ref, rec)
    overlap = _containment(_tokens(ref.get("evidence")), _tokens((rec.get("evidence") or {}).get("text")))
    return {"n_ok": t_ok + p_ok + d_ok, "full": t_ok and p_ok and d_ok, "why": [w for w in (t_why, p_why, d_why) if w],
            "overlap": overlap, "km": km}


def _rank(j: dict) -> tuple:
    return (j["n_ok"], j["overlap"], -(j["km"] or 0.0))


def _event_id(rec: dict, i: int) -> str:
    return str(rec.get("id") or f"#{i}")


def _validate(records: Any, expected: Any) -> None:
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError("score_seed: records must be a list of event records (dicts)")
    if not isinstance(expected, dict) or not isinstance(expected.get("events"), list):
        raise ValueError("score_seed: expected must be the seed reference with an 'events' list")


def score_seed(records: list[dict], expected: dict, *, source_ids: tuple[str, ...] = ("E1", "E9")) -> dict:
    """Found/missed reference events, background leaks, source attribution and precision."""
    _validate(records, expected)
    index = _place_index(expected)
    refs = expected["events"]
    places = [_ref_place(r, index) for r in refs]
    emitted = [(i, r) for i, r in enumerate(records) if r.get("modality") != "background"]

    judged = {(ri, ei): _judge(ref, place, rec) for ri, (ref, place) in enumerate(zip(refs, places))
              for ei, rec in emitted}
    matches: dict[int, int] = {}  # reference index → record index
    used: set[int] = set()
    for (ri, ei), j in sorted(((k, j) for k, j in judged.items() if j["full"]), key=lambda kj: _rank(kj[1]),
                              reverse=True):
        if ri not in matches and ei not in used:
            matches[ri] = ei
            used.add(ei)

    misses = []
    for ri, ref in enumerate(refs):
        if ri in matches:
            continue
        miss = {"id": ref.get("id"), "evidence": ref.get("evidence")}
        # Explain with the closest event still free; events that would match but went to
        # other references are named too.
        free = [(ei, judged[(ri, ei)]) for ei, _ in emitted if ei not in used]
        taken = [refs[r].get("id") for r, e in matches.items() if judged[(ri, e)]["full"]]
        why = [f"its matching event(s) went to {', '.join(taken)}"] if taken else []
        if free:
            ei, j = max(free, key=lambda o: _rank(o[1]))
            miss.update(closest=_event_id(records[ei], ei), distance_km=j["km"], why=j["why"] + why)
        else:
            miss.update(closest=None, distance_km=None, why=why or ["no event emitted"])
        misses.append(miss)

    unmatched = []
    for ei, rec in emitted:
        if ei in used:
            continue
        dup = [refs[ri].get("id") for ri in range(len(refs)) if judged[(ri, ei)]["full"]]
        unmatched.append({"id": _event_id(rec, ei), "evidence": (rec.get("evidence") or {}).get("text"),
                          "type": (rec.get("acled") or {}).get("event_type") or rec.get("plover"),
                          "place": (rec.get("location") or {}).get("name"),
                          "why": f"duplicate of {', '.join(dup)}" if dup else "no reference event"})

    n_emitted = len(emitted)
    return {
        "found": len(matches),
        "subtypes": _subtypes(refs, matches, records),
        "total": len(refs),
        "recall": round(len(matches) / len(refs), 4) if refs else None,
        "matches": {refs[ri].get("id"): _event_id(records[ei], ei) for ri, ei in sorted(matches.items())},
        "misses": misses,
        "background": _background(records, expected.get("background_not_events", [])),
        "sources": {sid: _sources(sid, refs, matches, records) for sid in source_ids},
        "precision": {"emitted": n_emitted, "matched": len(matches),
                      "precision": round(len(matches) / n_emitted, 4) if n_emitted else None,
                      "unmatched": unmatched},
    }


def _subtypes(refs: list[dict], matches: dict[int, int], records: list[dict]) -> dict:
    """ACLED sub-type agreement on the matched pairs whose reference names one. Reported beside the
    match, which asks only for the ACLED event type: a wrong sub-type of the right type (an air strike
    coded as a roadside bomb) is still a found event, but the analyst sees it."""
    pairs = [(refs[ri], records[ei]) for ri, ei in sorted(matches.items())
             if isinstance(refs[ri].get("acled"), (list, tuple)) and len(refs[ri]["acled"]) > 1]
    wrong = [{"id": ref.get("id"), "want": ref["acled"][1], "got": (rec.get("acled") or {}).get("sub_event_type")}
             for ref, rec in pairs if (rec.get("acled") or {}).get("sub_event_type") != ref["acled"][1]]
    return {"scored": len(pairs), "right": len(pairs) - len(wrong), "wrong": wrong}


def _background(records: list[dict], statements: list[str]) -> dict:
    """Which background statements came out as events, and with which modality."""
    rows = []
    for stmt in statements:
        want = _tokens(stmt)
        hits = []
        for i, rec in enumerate(records):
            got = _tokens((rec.get("evidence") or {}).get("text"))
            if len(want & got) >= 2 and _containment(want, got) >= BACKGROUND_OVERLAP:
                hits.append({"id": _event_id(rec, i), "modality": rec.get("modality")})
        rows.append({"text": stmt, "emitted": hits, "leaked": any(h["modality"] != "background" for h in hits)})
    return {"total": len(rows), "leaked": sum(r["leaked"] for r in rows), "statements": rows}


def _sources(sid: str, refs: list[dict], matches: dict[int, int], records: list[dict]) -> dict:
    """Is the matched event attributed to (one of) the reference's sources?"""
    ri = next((i for i, r in enumerate(refs) if r.get("id") == sid), None)
    if ri is None:
        return {"attributed": False, "why": f"no reference event {sid}"}
    want = list(refs[ri].get("sources") or [])
    if ri not in matches:
        return {"attributed": False, "want": want, "reported_by": None, "why": "event not found"}
    got = [str(s) for s in records[matches[ri]].get("reported_by") or []]
    ok = bool(got) and any(_source_match(g, w) for g in got for w in want)
    return {"attributed": ok, "want": want, "reported_by": got,
            "why": None if ok else ("no source given" if not got else "sources do not match")}
