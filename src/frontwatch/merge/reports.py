"""One event record read once into what story matching needs (`Report`), with its canonical order.

Story matching compares each report with its neighbours many times, so everything a
comparison reads is computed here once: the day as an ordinal, the precision's radius,
the point in radians, the sides of the actors. `Report.key` is the canonical order in
which stories are grown (publication time, article, position in the article, id): it
depends on the record alone, so the stories do not depend on the order events arrive in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from frontwatch.merge.blocking import cell_of, is_fine
from frontwatch.merge.families import outcome, type_family
from frontwatch.merge.records import (
    DATE_SLACK_DAYS,
    article_id,
    check_event,
    coords,
    date_precision,
    event_datetime,
    evidence_text,
    fatalities,
    geo_precision,
    location_of,
    modality,
    outlet_of,
    published_of,
    shared,
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

# A canonical order key: (no publication time?, publication timestamp, article id, evidence start, event id).
Key = tuple[bool, float, str, int, str]


def merge_distance_km(prec_a: str | None, prec_b: str | None) -> float:
    """Largest distance (km) at which reports geocoded at these precisions can be one happening.

    The coarser report decides: a province-level report is compatible with any town in it.
    """
    return max(PLACE_RADIUS_KM.get(p or "", UNKNOWN_PRECISION_KM) for p in (prec_a, prec_b))


@dataclass(slots=True, eq=False)
class Report:
    """What story matching needs from one event record, read once (the record itself is not kept:
    100,000 records are ~300 MB, their reports a fraction of it)."""

    id: str
    key: Key
    article_id: str
    outlet_key: str
    outlet: str | None
    published: datetime | None
    day: date | None
    day_ord: int | None
    date_precision: str
    slack_days: int
    family: str
    outcome: str | None
    modality: str
    background: bool
    coords: tuple[float, float] | None
    phi: float  # latitude in radians (0 without coordinates)
    lam: float  # longitude in radians
    cos_phi: float
    precision: str | None
    precision_km: float
    geonameid: int | None
    country: str | None
    admin1: str | None
    name: str | None
    located: bool
    radius_km: float  # a relative claim's own radius ('within 20 km'), 0 for plain places
    sides: frozenset[str]
    taker: str | None  # side of actor1 (who took the place, for takeovers)
    acled_event_type: str | None
    acled_sub_event_type: str | None
    plover: str | None
    cell: tuple[int, int] | None  # grid cell when matched by distance alone (`blocking.is_fine`), else None
    evidence: str  # the evidence sentence (shown where reports disagree)
    fatalities: int = 0  # this report's death toll (merge.records.fatalities)
    pub_ord: int | None = None  # the publication day (UTC ordinal): a coarsely dated report's news cycle

    @property
    def reach_km(self) -> float:
        """This report's share of a match distance: its precision radius plus any relative radius."""
        return self.precision_km + self.radius_km


def relative_radius(loc: dict[str, Any] | None) -> float:
    """The radius of a relative claim in km (the geoparser's or the stated distance), 0 for none."""
    rel = (loc or {}).get("relative")
    if not isinstance(rel, dict):
        return 0.0
    for key in ("radius_km", "km_max", "max_km", "km", "distance_km"):
        value = rel.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return 0.0


_SIDES: dict[tuple[str | None, str | None], frozenset[str]] = {}


def _sides(a: str | None, b: str | None) -> frozenset[str]:
    """The set of sides, shared between reports (a store has a few dozen combinations)."""
    got = _SIDES.get((a, b))
    if got is None:
        got = _SIDES[(a, b)] = frozenset(s for s in (a, b) if s)
    return got


def _start(event: dict[str, Any]) -> int:
    ev = event.get("evidence")
    start = ev.get("start") if isinstance(ev, dict) else None
    return start if isinstance(start, int) and not isinstance(start, bool) else 0


def canonical_key(event: dict[str, Any]) -> Key:
    """The event's place in the canonical order (publication time, article, position, id)."""
    published = published_of(event)
    return (published is None, published.timestamp() if published else 0.0, shared(article_id(event)), _start(event),
            str(event["id"]))


def report(event: dict[str, Any]) -> Report:
    """Read one event record (a one-line ValueError when it cannot be used).

    The same readings as `frontwatch.merge.records` (effective date, outlet key...), each
    done once: this runs for every event of a store.
    """
    event = check_event(event)
    loc = location_of(event) or {}
    country = (loc.get("country") or None) and str(loc["country"]).upper()
    taker = side_of(event.get("actor1"), country)
    sides = _sides(taker, side_of(event.get("actor2"), country))
    precision = geo_precision(event)
    admin1 = loc.get("admin1") or (loc.get("name") if precision == "admin1" else None)
    gid = loc.get("geonameid")
    point = coords(event)
    published = published_of(event)
    eid = str(event["id"])
    own = event_datetime(event)
    day = own.date() if own is not None else published.date() if published is not None else None
    prec = date_precision(event)
    family = type_family(event)
    mod = modality(event)
    aid = shared(article_id(event))
    outlet = shared(outlet_of(event))
    acled = event.get("acled") if isinstance(event.get("acled"), dict) else {}
    phi = math.radians(point[0]) if point else 0.0
    precision_km = PLACE_RADIUS_KM.get(precision or "", UNKNOWN_PRECISION_KM)
    radius_km = relative_radius(loc)
    return Report(
        id=eid,
        key=(published is None, published.timestamp() if published else 0.0, aid, _start(event), eid),
        article_id=aid,
        outlet_key=shared(f"outlet:{outlet.casefold()}" if outlet else f"article:{aid}"),
        outlet=outlet,
        published=published,
        day=day,
        day_ord=day.toordinal() if day else None,
        date_precision=shared(prec),
        slack_days=DATE_SLACK_DAYS[prec],
        family=family,
        outcome=outcome(event, family),
        modality=shared(mod),
        background=mod == "background",
        coords=point,
        phi=phi,
        lam=math.radians(point[1]) if point else 0.0,
        cos_phi=math.cos(phi),
        precision=shared(precision),
        precision_km=precision_km,
        geonameid=int(gid) if gid not in (None, "") else None,
        country=shared(country),
        admin1=shared(str(admin1).casefold()) if admin1 else None,
        name=shared(loc.get("name") or loc.get("text") or None),
        located=bool(gid or loc.get("name") or loc.get("text") or point),
        radius_km=radius_km,
        sides=sides,
        taker=taker,
        acled_event_type=shared(acled.get("event_type") or None),
        acled_sub_event_type=shared(acled.get("sub_event_type") or None),
        plover=shared(event.get("plover") or None),
        cell=cell_of(*point) if point and is_fine(point, precision, precision_km + radius_km) else None,
        evidence=evidence_text(event),
        fatalities=fatalities(event),
        pub_ord=published.astimezone(UTC).date().toordinal() if published is not None else None,
    )
