"""Can two reports be one happening? Type family, time, place and actors, in that order.

`check` is the one implementation of the rules and is built for the hot loop of story
building (no dicts, no strings: a failure code and the numbers); `compare` turns its
result into the readable explanation stories keep. Keeping both on one function is what
guarantees that the explanation says exactly why the builder decided as it did.

Rules:
- the same type family, and both news or both background history;
- dates within `window_days` plus the coarser date's own uncertainty (a day, a week);
  a date only to the month or year (coarser than `FINE_SLACK_DAYS`) cannot corroborate by
  date: it matches only a report naming the same period at the same precision, published
  within `NEWS_CYCLE_DAYS` of it (the same news from several outlets);
- places: not in different countries (unless one is a border); the same place; else
  a country- or province-level report by containment; otherwise a distance within the
  coarser precision's radius plus both relative radii (`PLACE_RADIUS_KM`);
- actors: a side in common, or one report naming none.
"""

from __future__ import annotations

from typing import Any

from frontwatch.geometry import haversine_radians
from frontwatch.merge.records import FINE_SLACK_DAYS, NEWS_CYCLE_DAYS
from frontwatch.merge.reports import Report

# failure codes (None = compatible)
FAMILY, BACKGROUND, NO_DATE, DAYS, PLACE, ACTORS = "family", "background", "no_date", "days", "place", "actors"
COARSE_DATE = "coarse_date"  # a month- or year-precise date and a report of another period or news cycle

# How a place comparison was decided (the `place` field of an explanation).
SAME_PLACE, DISTANCE, SAME_COUNTRY, SAME_PROVINCE = "same place", "distance", "same country", "same province"
DIFFERENT_PROVINCES, NO_LOCATION, SAME_NAME = "different provinces", "a report has no location", "same place name"
NO_COORDINATES, DIFFERENT_COUNTRIES = "no coordinates to compare", "different countries"

# (failure, days_apart, max_days, distance_km, max_km, how)
Check = tuple[str | None, int, int, float | None, float, str]
Profile = tuple[Any, ...]


def distance_km(a: Report, b: Report) -> float:
    """Haversine distance of two located reports (radians precomputed), rounded to 0.1 km."""
    return round(haversine_radians(a.phi, a.lam, a.cos_phi, b.phi, b.lam, b.cos_phi), 1)


def _place(a: Report, b: Report) -> tuple[bool, float | None, float, str]:
    limit = max(a.precision_km, b.precision_km) + a.radius_km + b.radius_km
    if not (a.located and b.located):
        return False, None, limit, NO_LOCATION
    if a.country and b.country and a.country != b.country and a.precision != "border" \
            and b.precision != "border":
        return False, None, limit, DIFFERENT_COUNTRIES
    if a.geonameid is not None and a.geonameid == b.geonameid and a.radius_km == b.radius_km \
            and a.coords == b.coords:
        return True, 0.0, limit, SAME_PLACE
    dist = distance_km(a, b) if a.coords is not None and b.coords is not None else None
    if (a.precision == "country" or b.precision == "country") and a.country and b.country:
        return a.country == b.country, dist, limit, SAME_COUNTRY
    if (a.precision == "admin1" or b.precision == "admin1") and a.admin1 and b.admin1:
        same = a.admin1 == b.admin1
        return same, dist, limit, SAME_PROVINCE if same else DIFFERENT_PROVINCES
    if dist is not None:
        return dist <= limit, dist, limit, DISTANCE
    same = bool(a.name and b.name and a.name.casefold() == b.name.casefold())
    return same, None, limit, SAME_NAME if same else NO_COORDINATES


PlaceVerdict = tuple[bool, float | None, float, str]


def place_verdict(a: Report, b: Report) -> PlaceVerdict:
    """Whether two places are compatible: (ok, km or None, max km, how). A function of the two
    reports' `place_profile`s alone, so callers may cache it per pair of profiles."""
    return _place(a, b)


def place_profile(rep: Report) -> Profile:
    """Every field `_place` reads (see `match_profile`)."""
    return (rep.located, rep.country, rep.precision, rep.precision_km, rep.geonameid, rep.coords, rep.radius_km,
            rep.admin1, rep.name)


def check(a: Report, b: Report, window_days: int, place: PlaceVerdict | None = None) -> Check:
    """Whether two reports can be one happening: (failure code or None, days, max days, km, max km, how).

    `place`: `place_verdict(a, b)` when the caller has it already (it is computed otherwise)."""
    if a.family != b.family:
        return FAMILY, 0, 0, None, 0.0, ""
    if a.background != b.background:
        return BACKGROUND, 0, 0, None, 0.0, ""
    max_days = window_days + (a.slack_days if a.slack_days > b.slack_days else b.slack_days)
    if (a.slack_days > FINE_SLACK_DAYS or b.slack_days > FINE_SLACK_DAYS) and not coarse_together(a, b):
        return COARSE_DATE, abs(a.day_ord - b.day_ord) if a.day_ord is not None and b.day_ord is not None else 0, \
            max_days, None, 0.0, ""
    if a.day_ord is None or b.day_ord is None:
        if a.day_ord is not b.day_ord:
            return NO_DATE, 0, max_days, None, 0.0, ""
        days = 0
    else:
        days = abs(a.day_ord - b.day_ord)
        if days > max_days:
            return DAYS, days, max_days, None, 0.0, ""
    ok, dist, limit, how = place if place is not None else _place(a, b)
    if not ok:
        return PLACE, days, max_days, dist, limit, how
    if a.sides and b.sides and not (a.sides & b.sides):
        return ACTORS, days, max_days, dist, limit, how
    return None, days, max_days, dist, limit, how


def coarse_together(a: Report, b: Report) -> bool:
    """Whether a month- or year-precise report may be one happening with `b` by date: the same
    period at the same precision, both published within `NEWS_CYCLE_DAYS` of each other.

    Why: "in March" or "in 2016" fits every happening of that month or year at the place, so it
    is no evidence that two reports tell one happening; a day-dated story corroborated by it
    would count an outlet that may speak of another strike. Several outlets naming the same
    period in the same news cycle are telling the same news. (It also bounds what an
    incremental run must read: days of news around the batch, not a year: `derive.window`.)
    """
    return (a.slack_days == b.slack_days and a.day_ord == b.day_ord and a.pub_ord is not None
            and b.pub_ord is not None and abs(a.pub_ord - b.pub_ord) <= NEWS_CYCLE_DAYS)


def match_profile(rep: Report) -> Profile | None:
    """Every field `check` (and `explain`, `score`) reads, so two reports with equal profiles get
    equal verdicts against any third report, and always match each other (the same place, day and
    sides). None for an unlocated report: it matches nothing, not even its twin.

    Why: a flood of one happening told by many outlets is thousands of reports with one profile;
    the story builder checks a profile once instead of every report (see `stories`).
    Keep this next to `check`: a field `check` starts reading must be added here.
    """
    coarse = rep.slack_days > FINE_SLACK_DAYS
    if not rep.located or (coarse and rep.pub_ord is None):  # (a coarse date with no news cycle matches nothing)
        return None
    return (rep.family, rep.background, rep.day_ord, rep.slack_days, rep.country, rep.precision, rep.precision_km,
            rep.geonameid, rep.coords, rep.radius_km, rep.admin1, rep.name, rep.sides, rep.pub_ord if coarse else None)


def score(c: Check) -> float:
    """How far apart (0 = identical) a matching pair is, as a share of what is allowed."""
    dist = (c[3] or 0.0) / c[4] if c[4] else 0.0
    days = c[1] / c[2] if c[2] else 0.0
    return dist + days


def explain(a: Report, b: Report, c: Check) -> dict[str, Any]:
    """The readable form of `check(a, b)`: {'ok': bool, 'reason': str, ...numbers}."""
    failure, days, max_days, dist, limit, how = c
    if failure == FAMILY:
        return {"ok": False, "reason": f"different type families ({a.family} vs {b.family})"}
    if failure == BACKGROUND:
        return {"ok": False, "reason": "one report is background history, the other news"}
    if failure == NO_DATE:
        return {"ok": False, "reason": "one report has no date at all"}
    if failure == COARSE_DATE:
        if a.slack_days != b.slack_days or a.day_ord != b.day_ord:
            reason = (f"a date only to the {(a if a.slack_days > b.slack_days else b).date_precision} cannot "
                      f"corroborate another date ({iso_period(a)} vs {iso_period(b)})")
        else:
            gap = abs(a.pub_ord - b.pub_ord) if a.pub_ord is not None and b.pub_ord is not None else None
            reason = (f"the same {a.date_precision} ({iso_period(a)}) but not the same news cycle "
                      f"(published {gap if gap is not None else 'unknown'} days apart > {NEWS_CYCLE_DAYS})")
        return {"ok": False, "reason": reason, "days_apart": days}
    if failure == DAYS:
        return {"ok": False, "reason": f"{days} days apart > {max_days}", "days_apart": days, "max_days": max_days}
    if failure == PLACE:
        detail = f"{dist} km > {limit:g} km" if dist is not None and how == DISTANCE else how
        if how == DIFFERENT_COUNTRIES:
            detail = f"{how} ({a.country} vs {b.country})"
        return {"ok": False, "reason": f"places incompatible: {detail}", "distance_km": dist, "max_km": limit}
    if failure == ACTORS:
        return {"ok": False, "reason": f"no actor in common ({sorted(a.sides)} vs {sorted(b.sides)})"}
    shared = sorted(a.sides & b.sides)
    actors = f"shared: {', '.join(shared)}" if shared else "one report names no actor"
    return {"ok": True, "days_apart": days, "max_days": max_days, "distance_km": dist, "max_km": limit,
            "place": how, "actors": actors}


def iso_period(rep: Report) -> str:
    """A report's date as precisely as it is known ('2016', '2016-03', '2016-03-05')."""
    if rep.day is None:
        return "no date"
    text = rep.day.isoformat()
    return text[:4] if rep.date_precision == "year" else text[:7] if rep.date_precision == "month" else text


def compare(a: Report, b: Report, window_days: int = 3) -> dict[str, Any]:
    """Why two reports can or cannot be one happening: {'ok': bool, 'reason': str, ...}."""
    return explain(a, b, check(a, b, window_days))
