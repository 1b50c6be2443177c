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
  air force bombing a town does not make it contested. Reinforcements (mobilisation) to a
  place another side holds or that is contested already join the contest. A side standing
  near a place (a front line 20 km away) does *not* contest it: that is the front-line
  marker's job, and nothing says the place itself is fought over.
  `controller` of a contested place is its last known holder, or 'unknown'.
- **Front line**: a relative-location claim ('within 20 km south of Damascus') by a known
  side on the ground (not a strike from afar) becomes a `frontline` marker with its radius,
  anchored on the named place.
- **Region**: a relative claim naming a part of a country or province ('almost all of
  southwestern Syria') is no front-line point: a takeover there becomes a `region` claim
  (labelled 'south-western Syria', shown like a front line for `frontline_days`); other
  reports there change nothing.
- Only asserted and claimed reports count; claimed ones are kept with modality 'claimed'
  (a change is 'asserted' as soon as one asserted report backs it). Denied, planned and
  background reports never change control.
- A change lists every report that supports it, later corroboration included.
- A report without a date of its own counts from its article's publication date: it
  was known by then. A report with neither has `since` None (shown at any date).
- Places known only to a country or a border are too coarse to hold and are skipped.
- The picture shows a place once: a town and the same-named province around it (Daraa,
  Daraa province) with the same status and controller are one entry, the town's, with the
  province's evidence and the province named in `also`.
- **Only reports of town precision or finer move the front line.** A province or district
  (admin1, admin2) is drawn at its seat, where it would stand for the town: a town and its
  governorate at one point never contradict each other. Where the town has an entry in
  another state, the town's stands and the province's is left out (named in the town's
  explanation); a province held with no entry of its town is shown as a `region` claim (for
  `frontline_days`, like other region claims), a province contested with none is not shown.
  A relative claim measured from a province or a country ('20 km from Daraa province') is a
  region claim, never a front-line marker.
- **Claims age.** A `held` or `contested` entry that no report has reaffirmed for
  `stale_days` (default `STALE_DAYS`, 365) fades: the picture shows the place as `unknown`
  from then on (controller 'unknown', the old holder in `previous`), so a 2013 capture is
  not still "held" in 2024.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from frontwatch.control.frontline import Marker, frontline_marker
from frontwatch.geometry import haversine_km
from frontwatch.merge.bulk import paused_gc
from frontwatch.merge.families import (
    MILITARY_FAMILIES,
    TAKEOVER_SUBTYPES,
    VIOLENT_FAMILIES,
    outcome,
    type_family,
)
from frontwatch.merge.records import (
    check_event,
    coords,
    effective_date,
    geo_precision,
    iso,
    location_of,
    modality,
    outlet_of,
    parse_datetime,
    shared,
)
from frontwatch.merge.sides import GOVERNMENT, OPPOSITION, side_of

UNKNOWN = "unknown"
COUNTING_MODALITIES = ("asserted", "claimed")
TOO_COARSE = ("country", "border")
STATUS_ORDER = {"held": 0, "contested": 1, "frontline": 2, "region": 3}
SNAPSHOTS = ("frontline", "region")  # shown for `frontline_days` after their report, then dropped
MOBILISING = frozenset({"mobilize", "base_established"})  # reinforcements: join a contest, never start one
REMOTE_FAMILIES = frozenset({"air_strike", "shelling", "explosion", "chemical"})
STALE_DAYS = 365  # a held or contested claim no report reaffirms for this long fades to 'unknown'
COARSE_AREAS = ("admin1", "admin2")  # drawn at their seat, but not a town: they move no front line
FADED = "unknown"  # status (and controller) of a claim that has aged out


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
    precision: str | None = None  # of the place: city, admin1... ('relative' for front lines and regions)
    country: str | None = None
    admin1: str | None = None  # the province the place is in (its own name for a province)
    also: list[str] = field(default_factory=list)  # places shown as this entry too (a same-named province)
    last_seen: str | None = None  # ISO day of the latest report backing the change (claims age from it)


@dataclass(frozen=True, slots=True)
class _Fact:
    """What the control rules need from one event record."""

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
    precision: str | None
    admin1: str | None

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


def _fact(event: dict[str, Any]) -> _Fact | None:
    """The event as a control fact, or None when it cannot bear on control."""
    event = check_event(event)
    mod = modality(event)
    loc = location_of(event)
    if mod not in COUNTING_MODALITIES or loc is None:
        return None
    precision = geo_precision(event)
    relative = precision == "relative"
    if precision in TOO_COARSE:
        return None
    family = type_family(event)
    if family not in MILITARY_FAMILIES:
        return None
    country = (loc.get("country") or None) and str(loc["country"]).upper()
    gid = loc.get("geonameid")
    gid = int(gid) if gid not in (None, "") else None
    name = loc.get("name") or loc.get("text")
    acled = event.get("acled") if isinstance(event.get("acled"), dict) else {}
    sub = acled.get("sub_event_type")
    reported = event.get("reported_by") or []
    return _Fact(
        id=str(event["id"]),
        day=effective_date(event),
        family=shared(family),  # (the control stage holds a fact per event of the store: repeated names shared)
        outcome=shared(outcome(event, family)),
        modality=shared(mod),
        actor1=shared(side_of(event.get("actor1"), country)),
        actor2=shared(side_of(event.get("actor2"), country)),
        default_taker=TAKEOVER_SUBTYPES.get(sub.strip().lower()) if isinstance(sub, str) else None,
        key=shared(_place_key(gid, name, country)),
        name=shared(name),
        geonameid=gid,
        country=shared(country),
        coords=coords(event),
        relative=relative,
        reported_by=tuple(shared(str(r)) for r in reported) if isinstance(reported, list) else (shared(str(reported)),),
        outlet=shared(outlet_of(event)),
        precision=shared(precision),
        admin1=shared(loc.get("admin1") or (name if precision == "admin1" else None)),
    )


def _corroborate(change: ControlChange, fact: _Fact, why: str) -> None:
    """Add a report's evidence to an existing change (same state, one more witness)."""
    change.evidence.append(fact.id)  # facts are distinct events (`control_changes` drops repeats)
    change.reported_by.extend(r for r in fact.reported_by if r not in change.reported_by)
    if fact.outlet and fact.outlet not in change.outlets:
        change.outlets.append(fact.outlet)
    if fact.modality == "asserted":
        change.modality = "asserted"
    change.explanation.append(f"{fact.id}: {why}")
    day = iso(fact.day)
    if day is not None and (change.last_seen is None or day > change.last_seen):
        change.last_seen = day
    if change.precision in COARSE_AREAS and fact.precision not in (*COARSE_AREAS, "relative", None):
        change.precision = fact.precision  # one place, now reported at town precision too: a town


def _new_change(fact: _Fact, *, status: str, controller: str, why: str, **kw: Any) -> ControlChange:
    lat, lon = fact.coords if fact.coords else (None, None)
    change = ControlChange(
        place_name=fact.name, geonameid=fact.geonameid, lat=lat, lon=lon, controller=controller, status=status,
        since=iso(fact.day), evidence=[], modality="claimed", place_key=fact.key, precision=fact.precision,
        country=fact.country, admin1=fact.admin1, **kw,
    )
    _corroborate(change, fact, why)  # upgrades modality to 'asserted' if this report asserts
    return change


class Timeline:
    """The running state while facts are applied in date order.

    The state is `current` (each place's latest change) and `territorial`; `changes` are
    the changes made since the timeline was started. A timeline can start from a saved
    state (`derive.control` keeps one every few weeks of news) and continue with the facts
    after it: the same changes as replaying every fact from the start.
    """

    def __init__(self, current: dict[str, ControlChange] | None = None,
                 territorial: Iterable[str] | None = None) -> None:
        self.changes: list[ControlChange] = []
        self.current: dict[str, ControlChange] = dict(current or {})
        # Sides that fight for ground here: the two generic sides and anyone who has held a
        # place or a front line. Remote strikes by others (a foreign air force) contest nothing.
        self.territorial: set[str] = {GOVERNMENT, OPPOSITION, *(territorial or ())}

    def apply(self, item: Fact) -> None:
        """Apply one fact (facts must come in `ordered_facts` order)."""
        fact, location = item
        if fact.relative:
            self.frontline(fact, location)
        elif fact.family == "takeover" and fact.outcome == "captured":
            self.takeover(fact)
        else:
            self.contest(fact)

    def _record(self, change: ControlChange) -> None:
        self.changes.append(change)
        self.current[change.place_key] = change
        if change.status in ("held", "frontline", "region"):
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
        if not side or marker is None or fact.family in REMOTE_FAMILIES:
            return  # strikes from afar say where the bombs fell, not where the attacker stands
        if not marker.region and _coarse_anchor(location):
            marker = replace(marker, region=True)  # '20 km from Daraa province': no front-line point
        if marker.region:
            self.region(fact, side, marker)
            return
        anchor_key = _place_key(fact.geonameid, marker.anchor, fact.country)
        self._snapshot(fact, marker, status="frontline", side=side, key=f"front:{side}@{anchor_key}",
                       anchor_key=anchor_key, why=f"{side} reported {marker.label}")

    def region(self, fact: _Fact, side: str, marker: Marker) -> None:
        """A takeover over a part of a country or province: a region claim; anything else there: nothing."""
        if fact.family != "takeover" or fact.outcome != "captured":
            return
        taker = fact.actor1 or fact.default_taker or side
        key = f"region:{taker}@{_place_key(None, marker.label, fact.country)}"
        self._snapshot(fact, marker, status="region", side=taker, key=key, anchor_key=None,
                       why=f"{taker} reported control over {marker.label} (a region, not a front line)")

    def _snapshot(self, fact: _Fact, marker: Marker, *, status: str, side: str, key: str,
                  anchor_key: str | None, why: str) -> None:
        cur = self.current.get(key)
        if cur and cur.since == iso(fact.day) and cur.radius_km == marker.radius_km:
            _corroborate(cur, fact, why + " (corroborates)")
            return
        change = _new_change(fact, status=status, controller=side, why=why, radius_km=marker.radius_km,
                             contenders=[side], anchor=marker.anchor, anchor_key=anchor_key)
        change.place_name, change.lat, change.lon, change.place_key = marker.label, marker.lat, marker.lon, key
        self._record(change)

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
        elif fact.family in MOBILISING:  # reinforcements: only where another side holds, or a contest is on
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
            rule = f"{fact.family} of {fact.actor1} to a place " + ("; ".join(reasons) or "no other side holds")
        else:  # retreats and the like: a side leaving says nothing about who fights here
            return
        if len(parties) < 2:
            return
        if cur and cur.status == "contested":
            cur.contenders = sorted(set(cur.contenders) | parties)
            _corroborate(cur, fact, rule)
            return
        self._record(_new_change(fact, status="contested", controller=holder or UNKNOWN, why=rule,
                                 previous=holder, contenders=sorted(parties)))


Fact = tuple[_Fact, dict[str, Any]]  # a control fact and, for relative claims, its location record


def control_fact(event: dict[str, Any]) -> Fact | None:
    """The event as a control fact, or None when it cannot bear on control (a cache may keep
    facts instead of events: they are small)."""
    fact = _fact(event)
    if fact is None:
        return None
    return fact, (location_of(event) or {}) if fact.relative else {}


def control_facts(events: Iterable[dict[str, Any]]) -> list[Fact]:
    """The events that bear on control, read into facts, in input order."""
    return [f for f in map(control_fact, events) if f is not None]


def ordered_facts(facts: Iterable[Fact]) -> list[Fact]:
    """The facts in the order the timeline applies them: by day (undated first), then phase
    (`_Fact.phase`), then input order; repeated event ids count once (the first)."""
    ordered: list[tuple[Any, Fact]] = []
    seen: set[str] = set()
    for position, item in enumerate(facts):
        fact = item[0]
        if fact.id not in seen:  # repeated event ids count once
            seen.add(fact.id)
            ordered.append(((fact.day or dt.date.min, fact.phase, position), item))
    ordered.sort(key=lambda pf: pf[0])
    return [item for _, item in ordered]


def changes_from_facts(facts: Iterable[Fact]) -> list[ControlChange]:
    """`control_changes` over facts given in their input order (ties within a day keep it)."""
    timeline = Timeline()
    for item in ordered_facts(facts):
        timeline.apply(item)
    return timeline.changes


def control_changes(events: Iterable[dict[str, Any]]) -> list[ControlChange]:
    """Every change of control the reports support, in date order (ties: input order).

    Repeated event ids count once.
    """
    with paused_gc():
        return changes_from_facts(control_facts(events))


def _coarse_anchor(location: dict[str, Any]) -> bool:
    """A relative claim measured from a province, district or country (not from a town)."""
    rel = location.get("relative") if isinstance(location.get("relative"), dict) else {}
    return rel.get("anchor_precision") in (*COARSE_AREAS, *TOO_COARSE)


def _fade(ch: ControlChange, day: dt.date, stale_days: int | None) -> ControlChange:
    """The change as the picture shows it on `day`: faded to 'unknown' once no report reaffirmed it
    for `stale_days` (held and contested only; None or 0: never)."""
    if not stale_days or ch.status not in ("held", "contested"):
        return ch
    seen = ch.last_seen or ch.since
    if seen is None:
        return ch
    faded = dt.date.fromisoformat(seen[:10]) + dt.timedelta(days=stale_days)
    if day < faded:
        return ch
    previous = ch.controller if ch.controller != UNKNOWN else ch.previous
    return replace(ch, status=FADED, controller=UNKNOWN, previous=previous, since=faded.isoformat(),
                   explanation=ch.explanation + [f"no report since {seen[:10]} reaffirmed it: unknown after "
                                                 f"{stale_days} days"])


def control_at(changes: list[ControlChange], date: str, *, frontline_days: int = 14,
               stale_days: int | None = STALE_DAYS) -> list[ControlChange]:
    """The control picture on `date` (ISO): each place's latest change by then.

    Front-line markers and region claims are snapshots: one is shown for `frontline_days`
    after its report, and a front line not once its side has taken the anchor place itself.
    Held and contested claims fade to 'unknown' after `stale_days` without a report.
    A town and its province at one point never contradict each other (see module doc).
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
        ch = _fade(ch, day, stale_days)
        if ch.status in SNAPSHOTS:
            if ch.since and (day - dt.date.fromisoformat(ch.since[:10])).days > frontline_days:
                continue
            anchor = latest.get(ch.anchor_key or "")
            if anchor and anchor.status == "held" and anchor.controller == ch.controller and (
                (anchor.since or "") >= (ch.since or "")
            ):
                continue
        picture.append(ch)
    picture = _one_entry_per_place(picture, day, frontline_days)
    picture.sort(key=lambda c: (STATUS_ORDER.get(c.status, 9), c.place_name or "", c.place_key))
    return picture


def _fold(name: str | None) -> str | None:
    from frontwatch.geo.fold import (
        fold,  # transliteration-folded: "Dar'ā" = "Dar‘ā" = "Daraa"
    )

    return fold(name) if name else None


AREA_STATES = ("held", "contested", FADED)
SAME_POINT_KM = 1.0  # a province drawn within this of a town in it stands at the town's point


def _at_point(town: ControlChange, area: ControlChange) -> bool:
    """Whether a province (or district) entry sits where the town's does: the same folded name
    inside it (Daraa, Daraa governorate), or the same point with the town inside it."""
    if town.precision in (*COARSE_AREAS, "relative") or town.status not in AREA_STATES:
        return False
    if area.country and town.country and area.country != town.country:
        return False
    own = {k for k in (_fold(area.place_name), _fold(area.admin1)) if k}
    inside = _fold(town.admin1) in own if town.admin1 else _near(town, area)
    if not inside:
        return False
    return _fold(town.place_name) == _fold(area.place_name) or _near(town, area, SAME_POINT_KM)


def _one_entry_per_place(picture: list[ControlChange], day: dt.date | None = None,
                         frontline_days: int = 14) -> list[ControlChange]:
    """A province or district entry never stands at a town's point in another state (module doc).

    Gazetteers list 'Daraa' twice, the city and the governorate (same name, often the same
    point); an article saying "rebels took Deraa province ... and Deraa" yields both. As two
    map entries they look like a duplicate; as one, the town (the more precise place) keeps
    the province's evidence and names it in `also`. A province in another state than its
    town contradicts it at one point: only reports of town precision move the front line, so
    the town's entry stands and the province's is named in its explanation. A province with
    no town entry at its point is a claim over an area, not a place on the front: held, it is
    a `region` claim for `frontline_days`; contested or faded, it is not drawn.
    """
    areas = [c for c in picture if c.status in AREA_STATES and c.precision in COARSE_AREAS]
    if not areas:
        return picture
    merged: dict[int, ControlChange] = {}  # id(town entry) → its merged copy
    replaced: dict[int, ControlChange | None] = {}  # id(area entry) → what stands for it (None: nothing)
    for area in areas:
        towns = [c for c in picture if c is not area and _at_point(c, area)]
        if towns:
            same = [c for c in towns if c.status == area.status and c.controller == area.controller]
            town = min(same or towns, key=lambda c: (c.since or "", c.place_key))
            base = merged.get(id(town), town)
            merged[id(town)] = _absorb(base, area) if same else _overrule(base, area)
            replaced[id(area)] = None
        elif area.status != "held":
            replaced[id(area)] = None
        elif day is not None and area.since and (day - dt.date.fromisoformat(area.since[:10])).days > frontline_days:
            replaced[id(area)] = None
        else:
            replaced[id(area)] = replace(area, status="region", explanation=area.explanation + [
                f"a claim over {area.place_name} ({area.precision}), not a town: a region claim"])
    out = []
    for c in picture:
        if id(c) in replaced:
            if replaced[id(c)] is not None:
                out.append(replaced[id(c)])
        else:
            out.append(merged.get(id(c), c))
    return out


def _overrule(town: ControlChange, area: ControlChange) -> ControlChange:
    """The town's entry, noting the province's contrary claim it stands over."""
    label = f"{area.place_name} ({area.precision})"
    return replace(town, explanation=town.explanation + [
        f"{label}: {area.status} by {area.controller} since {area.since}; a claim over the province does not "
        f"move the town's front line"])


def _near(a: ControlChange, b: ControlChange, km: float = 100.0) -> bool:
    """Without admin codes: a town within `km` of the province's centre is taken to be in it."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km  # type: ignore[arg-type]


def _absorb(town: ControlChange, prov: ControlChange) -> ControlChange:
    """A copy of the town's entry that also carries the province's evidence (the inputs stay as they are)."""
    evidence = town.evidence + [e for e in prov.evidence if e not in town.evidence]
    label = f"{prov.place_name} (province)"
    return replace(
        town,
        evidence=evidence,
        reported_by=town.reported_by + [r for r in prov.reported_by if r not in town.reported_by],
        outlets=town.outlets + [o for o in prov.outlets if o not in town.outlets],
        modality="asserted" if "asserted" in (town.modality, prov.modality) else town.modality,
        since=min((d for d in (town.since, prov.since) if d), default=None),
        contenders=sorted(set(town.contenders) | set(prov.contenders)),
        also=town.also + [label],
        explanation=town.explanation + [f"{label}: {line}" for line in prov.explanation],
    )
