"""Stories: reports of the same happening, from one or many articles, merged into one.

Two reports describe the same happening when they are of the same type family, placed
close enough for how precisely each was geocoded, dated close enough for how precisely
each was dated, and their actors do not contradict each other (a shared side, or one
side unknown). Grouping is *complete-linkage*: a report joins a story only if it matches
every report already in it, so chains of near-matches ("A near B near C") cannot drag
distant happenings together; when several stories qualify it joins the closest one.

The builder is incremental (articles arrive one at a time; re-adding an event id is a
no-op) and deterministic for a given input order. Every story keeps an explanation of
why each report joined it, or why it started a new one, and flags where its reports
disagree (captured vs repelled, asserted vs denied, who took the place).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from frontwatch.merge.families import outcome, type_family
from frontwatch.merge.geodesy import haversine_km
from frontwatch.merge.records import (
    DATE_RANK,
    DATE_SLACK_DAYS,
    GEO_RANK,
    article_id,
    check_event,
    coords,
    date_precision,
    effective_date,
    evidence_text,
    geo_precision,
    iso,
    location_of,
    modality,
    outlet_key,
    outlet_of,
    published_of,
)
from frontwatch.merge.sides import side_of

# How far apart two reports of one happening may be placed, by geocoding precision (km).
# A town is reported by its centre while fighting happens on its outskirts (city 25 km);
# a province or country is compared by containment first, distance only as a fallback.
PLACE_RADIUS_KM: dict[str, float] = {
    "point": 10.0,
    "city": 25.0,
    "admin2": 50.0,
    "relative": 50.0,
    "admin1": 100.0,
    "border": 150.0,
    "country": 1500.0,
}
UNKNOWN_PRECISION_KM = PLACE_RADIUS_KM["city"]  # an unlabelled place is most often a town
AFFIRMING = ("asserted", "claimed")


def merge_distance_km(prec_a: str | None, prec_b: str | None) -> float:
    """Largest distance (km) at which reports geocoded at these precisions can be one happening.

    The coarser report decides: a province-level report is compatible with any town in it.
    """
    return max(PLACE_RADIUS_KM.get(p or "", UNKNOWN_PRECISION_KM) for p in (prec_a, prec_b))


@dataclass
class Story:
    """One happening as told by one or more reports (JSON-ready through `to_record()`)."""

    id: str
    family: str
    event_ids: list[str]
    article_ids: list[str]
    outlets: list[str]
    corroboration: int  # distinct outlets (an article without a known outlet counts as its own)
    first_reported: str | None
    last_reported: str | None
    date: str | None
    lat: float | None
    lon: float | None
    place_name: str | None
    geonameid: int | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    plover: str | None
    disagreement: list[dict[str, Any]] = field(default_factory=list)
    explanation: list[dict[str, Any]] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Report:
    """What story matching needs from one event record, read once."""

    event: dict[str, Any]
    id: str
    article_id: str
    outlet_key: str
    outlet: str | None
    published: datetime | None
    day: date | None
    date_precision: str
    family: str
    outcome: str | None
    modality: str
    coords: tuple[float, float] | None
    precision: str | None
    geonameid: int | None
    country: str | None
    admin1: str | None
    name: str | None
    located: bool
    radius_km: float
    sides: frozenset[str]
    taker: str | None  # side of actor1 (who took the place, for takeovers)

    @property
    def background(self) -> bool:
        return self.modality == "background"

    @property
    def slack_days(self) -> int:
        return DATE_SLACK_DAYS[self.date_precision]

    @property
    def reach_km(self) -> float:
        """This report's share of a match distance: its precision radius plus any relative radius."""
        return PLACE_RADIUS_KM.get(self.precision or "", UNKNOWN_PRECISION_KM) + self.radius_km


# Reports that can only match within this distance (towns, points, districts, short
# relative claims) go in the spatial grid; provinces, countries and borders match by
# containment at any distance, so they are always candidates.
FINE_REACH_KM = 100.0
CELL_DEG = 0.5  # grid cell size (~55 km): two town-precision reports match within 50 km
COARSE_PRECISIONS = ("admin1", "border", "country")


def _cell(rep: _Report) -> tuple[int, int] | None:
    """The report's grid cell, or None for reports that must be matched by scanning."""
    if rep.coords is None or rep.precision in COARSE_PRECISIONS or rep.reach_km > FINE_REACH_KM:
        return None
    if abs(rep.coords[0]) > 80:  # grid cells shrink to nothing near the poles
        return None
    return math.floor(rep.coords[0] / CELL_DEG), math.floor(rep.coords[1] / CELL_DEG)


def _relative_radius(loc: dict[str, Any] | None) -> float:
    rel = (loc or {}).get("relative")
    if not isinstance(rel, dict):
        return 0.0
    for key in ("radius_km", "km_max", "max_km", "km", "distance_km"):
        value = rel.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return 0.0


def _report(event: dict[str, Any]) -> _Report:
    event = check_event(event)
    loc = location_of(event) or {}
    country = (loc.get("country") or None) and str(loc["country"]).upper()
    sides = frozenset(
        s for s in (side_of(event.get("actor1"), country), side_of(event.get("actor2"), country)) if s
    )
    precision = geo_precision(event)
    admin1 = loc.get("admin1") or (loc.get("name") if precision == "admin1" else None)
    gid = loc.get("geonameid")
    return _Report(
        event=event,
        id=str(event["id"]),
        article_id=article_id(event),
        outlet_key=outlet_key(event),
        outlet=outlet_of(event),
        published=published_of(event),
        day=effective_date(event),
        date_precision=date_precision(event),
        family=type_family(event),
        outcome=outcome(event),
        modality=modality(event),
        coords=coords(event),
        precision=precision,
        geonameid=int(gid) if gid not in (None, "") else None,
        country=country,
        admin1=str(admin1).casefold() if admin1 else None,
        name=(loc.get("name") or loc.get("text") or None),
        located=bool(loc.get("geonameid") or loc.get("name") or loc.get("text") or coords(event)),
        radius_km=_relative_radius(loc),
        sides=sides,
        taker=side_of(event.get("actor1"), country),
    )


def _place_match(a: _Report, b: _Report) -> tuple[bool, float | None, float, str]:
    """(compatible, distance_km, limit_km, how) for two reports' locations."""
    limit = merge_distance_km(a.precision, b.precision) + a.radius_km + b.radius_km
    if not (a.located and b.located):
        return False, None, limit, "a report has no location"
    if a.geonameid is not None and a.geonameid == b.geonameid and a.radius_km == b.radius_km:
        return True, 0.0, limit, "same place"
    if a.country and b.country and a.country != b.country and "border" not in (a.precision, b.precision):
        return False, None, limit, f"different countries ({a.country} vs {b.country})"
    dist = round(haversine_km(*a.coords, *b.coords), 1) if a.coords and b.coords else None
    coarse = {a.precision, b.precision}
    if "country" in coarse and a.country and b.country:
        return a.country == b.country, dist, limit, "same country"
    if "admin1" in coarse and a.admin1 and b.admin1:
        same = a.admin1 == b.admin1
        return same, dist, limit, "same province" if same else "different provinces"
    if dist is not None:
        return dist <= limit, dist, limit, "distance"
    same = bool(a.name and b.name and a.name.casefold() == b.name.casefold())
    return same, None, limit, "same place name" if same else "no coordinates to compare"


def _compare(a: _Report, b: _Report, window_days: int) -> dict[str, Any]:
    """Why two reports can or cannot be one happening: {'ok': bool, 'reason': str, ...}."""
    if a.family != b.family:
        return {"ok": False, "reason": f"different type families ({a.family} vs {b.family})"}
    if a.background != b.background:
        return {"ok": False, "reason": "one report is background history, the other news"}
    max_days = window_days + max(a.slack_days, b.slack_days)
    if a.day is None or b.day is None:
        if a.day is not b.day:
            return {"ok": False, "reason": "one report has no date at all"}
        days = 0
    else:
        days = abs((a.day - b.day).days)
        if days > max_days:
            return {"ok": False, "reason": f"{days} days apart > {max_days}", "days_apart": days, "max_days": max_days}
    ok, dist, limit, how = _place_match(a, b)
    if not ok:
        detail = f"{dist} km > {limit:g} km" if dist is not None and how == "distance" else how
        return {"ok": False, "reason": f"places incompatible: {detail}", "distance_km": dist, "max_km": limit}
    shared = sorted(a.sides & b.sides)
    if a.sides and b.sides and not shared:
        return {"ok": False, "reason": f"no actor in common ({sorted(a.sides)} vs {sorted(b.sides)})"}
    actors = f"shared: {', '.join(shared)}" if shared else "one report names no actor"
    return {"ok": True, "days_apart": days, "max_days": max_days, "distance_km": dist, "max_km": limit,
            "place": how, "actors": actors}


def _score(cmp: dict[str, Any]) -> float:
    """How far apart (0 = identical) a matching pair is, as a share of what is allowed."""
    dist = (cmp.get("distance_km") or 0.0) / cmp["max_km"] if cmp.get("max_km") else 0.0
    days = cmp["days_apart"] / cmp["max_days"] if cmp.get("max_days") else 0.0
    return dist + days


def _unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v is not None))


def _side_group(label: str, reports: list[_Report]) -> dict[str, Any]:
    return {
        "value": label,
        "event_ids": [r.id for r in reports],
        "outlets": _unique(r.outlet for r in reports),
        "evidence": [
            {"event_id": r.id, "article_id": r.article_id, "outlet": r.outlet, "text": evidence_text(r.event)}
            for r in reports
        ],
    }


def _flag(kind: str, groups: dict[str, list[_Report]]) -> dict[str, Any]:
    parts = " vs ".join(f"{k} ({', '.join(_unique(r.outlet or r.article_id for r in v))})" for k, v in groups.items())
    return {"kind": kind, "summary": f"reports differ on {kind}: {parts}",
            "sides": [_side_group(k, v) for k, v in groups.items()]}


def _disagreements(reports: list[_Report]) -> list[dict[str, Any]]:
    """Where a story's reports contradict each other, with both sides' evidence.

    - outcome: one report says the place was captured, another that the attack was repelled;
    - modality: one report asserts (or claims) the happening, another denies it;
    - controller: reports agree a place was taken but not by whom.
    """
    flags: list[dict[str, Any]] = []
    affirmed = [r for r in reports if r.modality in AFFIRMING]
    by_outcome: dict[str, list[_Report]] = {}
    for r in affirmed:
        if r.outcome:
            by_outcome.setdefault(r.outcome, []).append(r)
    if len(by_outcome) > 1:
        flags.append(_flag("outcome", by_outcome))
    denied = [r for r in reports if r.modality == "denied"]
    if affirmed and denied:
        by_modality: dict[str, list[_Report]] = {}
        for r in affirmed + denied:
            by_modality.setdefault(r.modality, []).append(r)
        flags.append(_flag("modality", by_modality))
    by_taker: dict[str, list[_Report]] = {}
    for r in by_outcome.get("captured", []):
        if r.taker:
            by_taker.setdefault(r.taker, []).append(r)
    if len(by_taker) > 1:
        flags.append(_flag("controller", by_taker))
    return flags


def _majority(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None  # ties: first seen (Counter keeps order)


@dataclass
class _StoryState:
    id: str
    reports: list[_Report] = field(default_factory=list)
    explanation: list[dict[str, Any]] = field(default_factory=list)
    cached: Story | None = None  # the last snapshot, until a report joins

    def snapshot(self) -> Story:
        if self.cached is None:
            self.cached = self._summarise()
        return self.cached

    def _summarise(self) -> Story:
        reps = self.reports
        where = min(reps, key=lambda r: (r.coords is None, GEO_RANK.get(r.precision or "", 9)))
        dated = [r for r in reps if r.day is not None]
        when = min(dated, key=lambda r: (DATE_RANK[r.date_precision], r.day)) if dated else None
        published = sorted(r.published for r in reps if r.published is not None)
        acled = [r.event.get("acled") if isinstance(r.event.get("acled"), dict) else {} for r in reps]
        return Story(
            id=self.id,
            family=reps[0].family,
            event_ids=[r.id for r in reps],
            article_ids=_unique(r.article_id for r in reps),
            outlets=_unique(r.outlet for r in reps),
            corroboration=len({r.outlet_key for r in reps}),
            first_reported=iso(published[0]) if published else None,
            last_reported=iso(published[-1]) if published else None,
            date=iso(when.day) if when else None,
            lat=where.coords[0] if where.coords else None,
            lon=where.coords[1] if where.coords else None,
            place_name=where.name,
            geonameid=where.geonameid,
            acled_event_type=_majority(a.get("event_type") for a in acled),
            acled_sub_event_type=_majority(a.get("sub_event_type") for a in acled),
            plover=_majority(r.event.get("plover") for r in reps),
            disagreement=_disagreements(reps),
            explanation=[dict(e) for e in self.explanation],
        )


class StoryBuilder:
    """Groups event records into stories as they arrive.

    window_days: how many days apart two day-precise reports of one happening may be dated
    (coarser dates widen it by their own uncertainty: a week, a month...).
    """

    def __init__(self, *, window_days: int = 3, max_rejections_explained: int = 3) -> None:
        if window_days < 0:
            raise ValueError(f"window_days must be >= 0, got {window_days}")
        self.window_days = window_days
        self.max_rejections_explained = max_rejections_explained
        self._stories: list[_StoryState] = []
        self._by_event: dict[str, int] = {}
        # Stories are indexed by (family, day) and, for reports placed to within FINE_REACH_KM,
        # by a half-degree grid cell too, so adding a report compares it with the stories that
        # could match rather than with every story of the period: O(nearby), not O(all).
        self._by_day: dict[tuple[str, int | None], set[int]] = {}  # every story, by report day
        self._coarse: dict[tuple[str, int | None], set[int]] = {}  # stories with a coarse report
        self._by_cell: dict[tuple[str, int, int], dict[int, set[int]]] = {}  # cell → day → stories
        self._max_slack: dict[str, int] = {}
        self._max_fine_reach = 0.0

    def _days(self, rep: _Report) -> list[int | None]:
        if rep.day is None:
            return [None]
        span = self.window_days + max(rep.slack_days, self._max_slack.get(rep.family, 0))
        day = rep.day.toordinal()
        return list(range(day - span, day + span + 1))

    def _candidates(self, rep: _Report) -> list[int]:
        found: set[int] = set()
        cell = _cell(rep)
        if cell is None:  # a coarse report can match any story of its days
            for d in self._days(rep):
                found |= self._by_day.get((rep.family, d), set())
            return sorted(found)
        reach = rep.reach_km + self._max_fine_reach  # no indexed report farther than this can match
        dlat = math.ceil(reach / (111.0 * CELL_DEG))
        coslat = max(math.cos(math.radians(min(abs(rep.coords[0]) + dlat * CELL_DEG, 89.0))), 0.05)
        dlon = math.ceil(reach / (111.0 * CELL_DEG * coslat))
        lon_cells = round(360 / CELL_DEG)
        days = self._days(rep)
        for d in days:
            found |= self._coarse.get((rep.family, d), set())
        if days == [None]:
            return sorted(found)
        first, last = days[0], days[-1]
        for i in range(cell[0] - dlat, cell[0] + dlat + 1):
            for j in range(cell[1] - dlon, cell[1] + dlon + 1):
                by_day = self._by_cell.get((rep.family, i, (j + lon_cells // 2) % lon_cells - lon_cells // 2))
                if not by_day:
                    continue
                if len(by_day) <= len(days):
                    for d, idxs in by_day.items():
                        if first <= d <= last:
                            found |= idxs
                else:
                    for d in days:
                        found |= by_day.get(d, set())
        return sorted(found)

    def _index(self, rep: _Report, idx: int) -> None:
        """Index a report that just joined story `idx` (call before appending it).

        A story with a finely placed report is indexed only by that report's cell: any new
        report must be near it to match the whole story, whatever coarse reports it also has.
        """
        day = rep.day.toordinal() if rep.day else None
        self._by_day.setdefault((rep.family, day), set()).add(idx)
        self._max_slack[rep.family] = max(self._max_slack.get(rep.family, 0), rep.slack_days)
        earlier = self._stories[idx].reports
        was_fine = any(_cell(r) is not None and r.day is not None for r in earlier)
        cell = _cell(rep)
        if cell is not None and day is not None:
            self._by_cell.setdefault((rep.family, *cell), {}).setdefault(day, set()).add(idx)
            self._max_fine_reach = max(self._max_fine_reach, rep.reach_km)
            if not was_fine:  # no longer needs scanning by every report of its days
                for r in earlier:
                    self._coarse.get((r.family, r.day.toordinal() if r.day else None), set()).discard(idx)
        elif not was_fine:
            self._coarse.setdefault((rep.family, day), set()).add(idx)

    def add(self, event: dict[str, Any]) -> Story:
        """Add one event record; returns the story it joined or created, as it stands now.

        Returned stories are snapshots shared with later `stories()` calls until another
        report joins them: read them, do not mutate them.
        """
        rep = _report(event)
        if rep.id in self._by_event:  # same event delivered again: nothing changes
            return self._stories[self._by_event[rep.id]].snapshot()
        best: tuple[float, int, dict[str, Any]] | None = None
        rejected: list[dict[str, Any]] = []
        for idx in self._candidates(rep):
            state = self._stories[idx]
            worst: dict[str, Any] | None = None
            score = -1.0
            for other in state.reports:  # complete linkage; stop at the first mismatch
                cmp = _compare(rep, other, self.window_days)
                if not cmp["ok"]:
                    rejected.append({"story_id": state.id, "event_id": other.id, "reason": cmp["reason"]})
                    break
                if _score(cmp) > score:
                    worst, score = cmp, _score(cmp)
            else:
                if best is None or score < best[0]:
                    best = (score, idx, worst)
        if best is None:
            idx = len(self._stories)
            state = _StoryState(id="story-" + hashlib.sha1(rep.id.encode("utf-8")).hexdigest()[:16])
            self._stories.append(state)
            state.explanation.append({
                "event_id": rep.id, "action": "created", "family": rep.family,
                "reason": "no earlier story matched" if rejected else "no earlier story of this family nearby in time",
                "rejected": rejected[: self.max_rejections_explained],
            })
        else:
            _, idx, worst = best
            state = self._stories[idx]
            state.explanation.append({
                "event_id": rep.id, "action": "joined", "family": rep.family,
                "matched_reports": len(state.reports),
                **{k: worst.get(k) for k in ("distance_km", "max_km", "place", "days_apart", "max_days", "actors")},
            })
        self._index(rep, idx)
        state.reports.append(rep)
        state.cached = None
        self._by_event[rep.id] = idx
        return state.snapshot()

    def stories(self) -> list[Story]:
        """All stories so far, in order of creation."""
        return [s.snapshot() for s in self._stories]


def build_stories(events: Iterable[dict[str, Any]], **kw: Any) -> list[Story]:
    """Batch form of `StoryBuilder`: the same stories as adding the events one by one."""
    builder = StoryBuilder(**kw)
    for event in events:
        builder.add(event)
    return builder.stories()


__all__ = ["Story", "StoryBuilder", "build_stories", "merge_distance_km", "type_family"]
