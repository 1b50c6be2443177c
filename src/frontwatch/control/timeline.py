"""Territorial control over time: who holds each place, since when, on what evidence.

Rules (each change records which one produced it, in `explanation`):

- **Takeover** (ACLED 'Non-state actor overtakes territory' / 'Government regains
  territory' / 'Non-violent transfer of territory', or a report of the takeover family
  with outcome 'captured'): the place is `held` by the side of actor1 ('opposition',
  'government' or the actor's own name, see `frontwatch.merge.sides`). With no actor1 the
  sub-type's implied side is used; a transfer to nobody known changes nothing (as in
  ACLED, actor1 of a non-violent transfer is the side acquiring the place). A later
  report of the same holder corroborates (adds evidence) rather than starting a new change.
- **Contested**: a violent report at a place where two different sides meet — actor1 vs
  actor2, or the attacker vs the current holder — makes the place `contested` between
  them. Ground fighting (clash, repelled assault) counts whoever fights; strikes from afar
  (air strikes, shelling, explosions) count only when the attacker is a party to the
  ground war (government, opposition, or a side that has held ground here), so a foreign
  air force bombing a town does not make it contested. Reinforcements
  (mobilisation) to a place another side holds, contests, or is approaching (took a place
  or stands at a front line within `approach_km` in the last `approach_days`) do too.
  `controller` of a contested place is its last known holder, or 'unknown'.
- **Front line**: a relative-location claim ('within 20 km south of Damascus') by a known
  side becomes a `frontline` marker with its radius, anchored on the named place.
- Only asserted and claimed reports count; claimed ones are kept with modality 'claimed'
  (a change is 'asserted' as soon as one asserted report backs it). Denied, planned and
  background reports never change control.
- A change lists every report that supports it, later corroboration included.
- A report without a date of its own counts from its article's publication date: it
  was known by then. A report with neither has `since` None (shown at any date).
- Places known only to a country or a border are too coarse to hold and are skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from frontwatch.control.frontline import frontline_marker
from frontwatch.merge.families import (
    MILITARY_FAMILIES,
    TAKEOVER_SUBTYPES,
    VIOLENT_FAMILIES,
    acled_of,
    outcome,
    type_family,
)
from frontwatch.merge.geodesy import haversine_km
from frontwatch.merge.records import (
    check_event,
    coords,
    effective_date,
    evidence_text,
    geo_precision,
    iso,
    location_of,
    modality,
    outlet_of,
    parse_datetime,
)
from frontwatch.merge.sides import GOVERNMENT, OPPOSITION, side_of

UNKNOWN = "unknown"
COUNTING_MODALITIES = ("asserted", "claimed")
TOO_COARSE = ("country", "border")
STATUS_ORDER = {"held": 0, "contested": 1, "frontline": 2}
REMOTE_FAMILIES = frozenset({"air_strike", "shelling", "explosion", "chemical"})


@dataclass
class ControlChange:
    """One change in who controls a place (or one front-line marker), with its evidence."""

    place_name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    controller: str  # held: the holder; contested: last known holder or 'unknown'; frontline: the side there
    status: str  # held | contested | frontline
    since: str | None  # ISO date; None when no report or article was dated
    evidence: list[str]  # event ids
    radius_km: float | None = None  # front-line markers: how far from the point the claim reaches
    reported_by: list[str] = field(default_factory=list)
    modality: str = "asserted"  # 'claimed' while only claims back the change
    previous: str | None = None  # the holder before this change, when known
    contenders: list[str] = field(default_factory=list)  # contested: the sides fighting; frontline: the side
    anchor: str | None = None  # front-line markers: the place the distance is measured from
    anchor_key: str | None = None  # front-line markers: `place_key` of the anchor place
    outlets: list[str] = field(default_factory=list)
    place_key: str = ""  # identity of the place across changes (geonameid, else name + country)
    explanation: list[str] = field(default_factory=list)  # one line per evidence report: which rule, why


@dataclass(frozen=True)
class _Fact:
    """What the control rules need from one event record."""

    idx: int
    id: str
    day: dt.date | None
    family: str
    outcome: str | None
    modality: str
    actor1: str | None
    actor2: str | None
    default_taker: str | None
    key: str
    name: str | None
    geonameid: int | None
    country: str | None
    coords: tuple[float, float] | None
    relative: bool
    reported_by: tuple[str, ...]
    outlet: str | None
    text: str

    @property
    def phase(self) -> int:
        """Same-day order: takeovers and front lines first, so contests see the new holders."""
        if self.relative:
            return 1
        if self.family == "takeover" and self.outcome == "captured":
            return 0
        return 2 if self.family in VIOLENT_FAMILIES else 3


def _place_key(geonameid: int | None, name: str | None, country: str | None) -> str:
    if geonameid is not None:
        return f"gid:{geonameid}"
    return f"name:{(name or '').casefold().strip()}|{(country or '').upper()}"


def _fact(idx: int, event: dict[str, Any]) -> _Fact | None:
    """The event as a control fact, or None when it cannot bear on control."""
    event = check_event(event)
    mod = modality(event)
    loc = location_of(event)
    if mod not in COUNTING_MODALITIES or loc is None:
        return None
    precision = geo_precision(event)
    relative = precision == "relative"
    if precision in TOO_COARSE and not relative:
        return None
    family = type_family(event)
    if family not in MILITARY_FAMILIES:
        return None
    country = (loc.get("country") or None) and str(loc["country"]).upper()
    gid = loc.get("geonameid")
    gid = int(gid) if gid not in (None, "") else None
    name = loc.get("name") or loc.get("text")
    _, sub = acled_of(event)
    reported = event.get("reported_by") or []
    return _Fact(
        idx=idx,
        id=str(event["id"]),
        day=effective_date(event),
        family=family,
        outcome=outcome(event),
        modality=mod,
        actor1=side_of(event.get("actor1"), country),
        actor2=side_of(event.get("actor2"), country),
        default_taker=TAKEOVER_SUBTYPES.get(sub),
        key=_place_key(gid, name, country),
        name=name,
        geonameid=gid,
        country=country,
        coords=coords(event),
        relative=relative,
        reported_by=tuple(str(r) for r in reported) if isinstance(reported, list) else (str(reported),),
        outlet=outlet_of(event),
        text=evidence_text(event),
    )


def _corroborate(change: ControlChange, fact: _Fact, why: str) -> None:
    """Add a report's evidence to an existing change (same state, one more witness)."""
    if fact.id in change.evidence:
        return
    change.evidence.append(fact.id)
    change.reported_by.extend(r for r in fact.reported_by if r not in change.reported_by)
    if fact.outlet and fact.outlet not in change.outlets:
        change.outlets.append(fact.outlet)
    if fact.modality == "asserted":
        change.modality = "asserted"
    change.explanation.append(f"{fact.id}: {why}")


def _new_change(fact: _Fact, *, status: str, controller: str, why: str, **kw: Any) -> ControlChange:
    lat, lon = fact.coords if fact.coords else (None, None)
    change = ControlChange(
        place_name=fact.name, geonameid=fact.geonameid, lat=lat, lon=lon, controller=controller, status=status,
        since=iso(fact.day), evidence=[], modality="claimed", place_key=fact.key, **kw,
    )
    _corroborate(change, fact, why)  # upgrades modality to 'asserted' if this report asserts
    return change


class _Timeline:
    """The running state while facts are applied in date order."""

    def __init__(self, approach_km: float, approach_days: int) -> None:
        self.approach_km = approach_km
        self.approach_days = approach_days
        self.changes: list[ControlChange] = []
        self.current: dict[str, ControlChange] = {}
        # Sides that fight for ground here: the two generic sides and anyone who has held a
        # place or a front line. Remote strikes by others (a foreign air force) contest nothing.
        self.territorial: set[str] = {GOVERNMENT, OPPOSITION}

    def _record(self, change: ControlChange) -> None:
        self.changes.append(change)
        self.current[change.place_key] = change
        if change.status in ("held", "frontline"):
            self.territorial.add(change.controller)

    def holder(self, key: str) -> str | None:
        cur = self.current.get(key)
        return cur.controller if cur and cur.controller != UNKNOWN else None

    def takeover(self, fact: _Fact) -> None:
        taker = fact.actor1 or fact.default_taker
        if not taker:
            return  # a place changed hands to nobody we can name: nothing to draw
        cur = self.current.get(fact.key)
        if cur and cur.status == "held" and cur.controller == taker:
            _corroborate(cur, fact, f"takeover by {taker} (corroborates)")
            return
        previous = cur.controller if cur and cur.controller != UNKNOWN else None
        why = f"takeover by {taker}" + (f" from {previous}" if previous else "")
        self._record(_new_change(fact, status="held", controller=taker, why=why, previous=previous))

    def frontline(self, fact: _Fact, location: dict[str, Any]) -> None:
        side = fact.actor1
        marker = frontline_marker(location)
        if not side or marker is None:
            return
        anchor_key = _place_key(fact.geonameid, marker.anchor, fact.country)
        key = f"front:{side}@{anchor_key}"
        cur = self.current.get(key)
        why = f"{side} reported {marker.label}"
        if cur and cur.since == iso(fact.day) and cur.radius_km == marker.radius_km:
            _corroborate(cur, fact, why + " (corroborates)")
            return
        change = _new_change(fact, status="frontline", controller=side, why=why, radius_km=marker.radius_km,
                             contenders=[side], anchor=marker.anchor, anchor_key=anchor_key)
        change.place_name, change.lat, change.lon, change.place_key = marker.label, marker.lat, marker.lon, key
        change.explanation[-1] = f"{fact.id}: {why}"
        self._record(change)

    def _approaching(self, fact: _Fact, side: str | None) -> list[str]:
        """Sides other than `side` that took a place or hold a front line near this one lately."""
        if fact.coords is None or fact.day is None:
            return []
        found: list[str] = []
        for ch in self.current.values():
            if ch.status not in ("held", "frontline") or ch.controller in (side, UNKNOWN) or ch.lat is None:
                continue
            if ch.place_key == fact.key or ch.since is None:
                continue
            age = (fact.day - dt.date.fromisoformat(ch.since[:10])).days
            reach = self.approach_km + (ch.radius_km or 0.0)
            if 0 <= age <= self.approach_days and haversine_km(*fact.coords, ch.lat, ch.lon) <= reach:
                found.append(ch.controller)
        return sorted(set(found))

    def contest(self, fact: _Fact) -> None:
        cur = self.current.get(fact.key)
        holder = self.holder(fact.key)
        if fact.family in REMOTE_FAMILIES:  # strikes from afar: only by a party to the ground war
            if fact.actor1 not in self.territorial:
                return
            target = fact.actor2 if fact.actor2 in self.territorial else None
            parties = {p for p in (fact.actor1, target, holder) if p}
            rule = f"{fact.family} by {fact.actor1}" + (f" against {fact.actor2}" if fact.actor2 else "")
        elif fact.family in VIOLENT_FAMILIES:  # fighting on the ground: whoever is there
            parties = {p for p in (fact.actor1, fact.actor2, holder) if p}
            rule = f"{fact.family} by {fact.actor1 or 'unknown'}" + (f" against {fact.actor2}" if fact.actor2 else "")
        else:  # mobilisation: only meaningful where another side holds, contests or approaches
            if not fact.actor1:
                return
            reasons: list[str] = []
            parties = {fact.actor1}
            if holder and holder != fact.actor1:
                parties.add(holder)
                reasons.append(f"held by {holder}")
            if cur and cur.status == "contested":
                parties |= set(cur.contenders)
                reasons.append(f"contested by {', '.join(cur.contenders)}")
            approaching = self._approaching(fact, fact.actor1)
            if approaching:
                parties |= set(approaching)
                reasons.append(f"approached by {', '.join(approaching)} (within {self.approach_km:g} km)")
            rule = f"{fact.family} of {fact.actor1} to a place " + ("; ".join(reasons) or "no other side near")
        if len(parties) < 2:
            return
        if cur and cur.status == "contested":
            cur.contenders = sorted(set(cur.contenders) | parties)
            _corroborate(cur, fact, rule)
            return
        self._record(_new_change(fact, status="contested", controller=holder or UNKNOWN, why=rule,
                                 previous=holder, contenders=sorted(parties)))


def control_changes(
    events: Iterable[dict[str, Any]], *, approach_km: float = 50.0, approach_days: int = 7
) -> list[ControlChange]:
    """Every change of control the reports support, in date order (ties: input order).

    approach_km / approach_days: how near and how recent another side's gains must be for
    reinforcements to a place to count as a contest (about a day's advance by road).
    """
    facts: list[tuple[_Fact, dict[str, Any]]] = []
    for idx, event in enumerate(events):
        fact = _fact(idx, event)
        if fact is not None:
            facts.append((fact, location_of(event) or {}))
    facts.sort(key=lambda fl: (fl[0].day or dt.date.min, fl[0].phase, fl[0].idx))
    timeline = _Timeline(approach_km, approach_days)
    for fact, location in facts:
        if fact.relative:
            timeline.frontline(fact, location)
        elif fact.family == "takeover" and fact.outcome == "captured":
            timeline.takeover(fact)
        else:
            timeline.contest(fact)
    return timeline.changes


def control_at(changes: list[ControlChange], date: str, *, frontline_days: int = 14) -> list[ControlChange]:
    """The control picture on `date` (ISO): each place's latest change by then.

    Front-line markers are snapshots: one is shown for `frontline_days` after its report,
    and not once its side has taken the anchor place itself.
    """
    when = parse_datetime(date, "control date")
    if when is None:
        raise ValueError("control date is empty: expected an ISO date like 2024-12-07")
    day = when.date()
    latest: dict[str, ControlChange] = {}
    ordered = sorted(enumerate(changes), key=lambda ic: (ic[1].since or "", ic[0]))
    for _, ch in ordered:
        if ch.since is None or ch.since[:10] <= day.isoformat():
            latest[ch.place_key] = ch
    picture: list[ControlChange] = []
    for ch in latest.values():
        if ch.status == "frontline":
            if ch.since and (day - dt.date.fromisoformat(ch.since[:10])).days > frontline_days:
                continue
            anchor = latest.get(ch.anchor_key or "")
            if anchor and anchor.status == "held" and anchor.controller == ch.controller and (
                (anchor.since or "") >= (ch.since or "")
            ):
                continue
        picture.append(ch)
    picture.sort(key=lambda c: (STATUS_ORDER.get(c.status, 9), c.place_name or "", c.place_key))
    return picture

