"""Relative-location claims ('rebels within 20 km south of Damascus') → a front-line marker.

The geoparser may or may not have turned the claim into a point already; this accepts
both (`frontwatch.geo.relative.relative_geometry` output or a bare {km, direction, anchor})
and the key spellings in use (`radius_km`, `km_max`, `max_km`, `km`), so the map gets a
marker wherever a distance and an anchor are known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontwatch.merge.geodesy import bearing_of, destination

_DISTANCE_KEYS = ("km_max", "max_km", "km", "distance_km")


@dataclass(frozen=True)
class Marker:
    lat: float | None
    lon: float | None
    radius_km: float | None
    anchor: str | None
    direction: str | None
    km: float | None

    @property
    def label(self) -> str:
        parts = [f"{self.km:g} km" if self.km is not None else "near"]
        if self.direction:
            parts.append(str(self.direction))
        parts.append(f"of {self.anchor}" if self.anchor else "")
        return " ".join(p for p in parts if p)


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
    """The marker for a location record carrying a `relative` dict; None for plain places.

    The marker sits where the claim puts the front: `km` along `direction` from the anchor
    ("within 20 km south of Damascus" → 20 km south), the farthest the front can be by the
    claim. Anchor coordinates come from `anchor_lat`/`anchor_lon`, or else from the location
    itself when the relative dict has no point of its own (see `Event.to_record`). Without a
    distance or direction the geoparser's point (or the anchor) is used. The radius is the
    geoparser's uncertainty `radius_km` when given, else the stated distance.
    """
    if not isinstance(location, dict) or not isinstance(location.get("relative"), dict):
        return None
    rel = location["relative"]
    km = next((v for v in (_number(rel.get(k)) for k in _DISTANCE_KEYS) if v is not None), None)
    radius = _number(rel.get("radius_km"))
    radius = radius if radius is not None else km
    direction = rel.get("direction") if isinstance(rel.get("direction"), str) else None
    anchor = rel.get("anchor") or location.get("name") or location.get("text")
    point = _number(rel.get("lat")), _number(rel.get("lon"))
    base = _number(rel.get("anchor_lat")), _number(rel.get("anchor_lon"))
    if None in base and None in point:  # no point of its own: the location's lat/lon are the anchor's
        base = _number(location.get("lat")), _number(location.get("lon"))
    bearing = bearing_of(direction)
    if None not in base and bearing is not None and km:
        lat, lon = destination(base[0], base[1], bearing, km)
    elif None not in point:
        lat, lon = point
    else:
        lat, lon = base
    return Marker(lat=lat, lon=lon, radius_km=radius, anchor=anchor, direction=direction, km=km)
