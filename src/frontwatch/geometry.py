"""Geometry on a spherical Earth: distance, destination, midpoint, compass bearings.

The one home of these formulas for every stage (geoparsing, relative places, story
matching, the control layer, evaluation). Hand-written on purpose: three textbook formulas
do not justify a dependency such as geopy or pyproj, and a spherical Earth is far more
precise than the places compared (a town centre is already kilometres off).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius; geopy's great_circle uses the same value.


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (spherical Earth)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    return haversine_radians(p1, math.radians(lon1), math.cos(p1), p2, math.radians(lon2), math.cos(p2))


def haversine_radians(phi1: float, lam1: float, cos1: float, phi2: float, lam2: float, cos2: float) -> float:
    """`haversine_km` on points already in radians with their latitude's cosine (hot loops precompute them)."""
    h = math.sin((phi2 - phi1) / 2) ** 2 + cos1 * cos2 * math.sin((lam2 - lam1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def radians_with_cos(points: Iterable[tuple[float, float]]) -> list[tuple[float, float, float]]:
    """(lat rad, lon rad, cos lat) of each (lat, lon) point, for `nearest_km`."""
    out = []
    for lat, lon in points:
        p = math.radians(lat)
        out.append((p, math.radians(lon), math.cos(p)))
    return out


def nearest_km(lat: float, lon: float, points: Sequence[tuple[float, float, float]]) -> float:
    """min(haversine_km(lat, lon, *q) for q in the original points), bit for bit, with the
    points already converted by `radians_with_cos` (one conversion for many queries)."""
    p = math.radians(lat)
    lam, c = math.radians(lon), math.cos(p)
    return min(haversine_radians(p, lam, c, q0, q1, qc) for q0, q1, qc in points)


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) along the initial great-circle bearing (0 = N, 90 = E)."""
    check_point(lat, lon)
    d = km / EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    p2 = math.asin(max(-1.0, min(1.0, math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """Great-circle midpoint of two points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    l1, dl = math.radians(lon1), math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    p3 = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by ** 2))
    l3 = l1 + math.atan2(by, math.cos(p1) + bx)
    return math.degrees(p3), (math.degrees(l3) + 540.0) % 360.0 - 180.0


def check_point(lat: Any, lon: Any) -> None:
    """Raise ValueError unless (lat, lon) is a WGS84 point in degrees."""
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) or not (-90 <= lat <= 90) \
            or not (-180 <= lon <= 180):
        raise ValueError(f"not a (lat, lon) point: ({lat!r}, {lon!r})")


_POINTS = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}
_SUFFIX = re.compile(r"(?:ern|erly|wards?)\b")
_WORD = re.compile(r"north|south|east|west")


def bearing_of(direction: str | float | int | None) -> float | None:
    """Compass direction ('S', 'south-east', 'SSW', 'northern', 135) → bearing in degrees, or None.

    Composite points are resolved by repeated halving between the last two letters,
    the way the compass rose names them ("SSE" is halfway between S and SE).
    """
    if direction is None or isinstance(direction, bool):
        return None
    if isinstance(direction, (int, float)):
        return float(direction) % 360.0
    letters: list[str] = []
    for token in re.findall(r"[a-z]+", _SUFFIX.sub("", direction.lower())):
        if len(token) <= 3 and set(token) <= set("nesw"):  # abbreviations: S, SE, SSW
            letters.extend(token)
        elif _WORD.sub("", token) == "":  # words: south, southeast (after "-ern" is cut)
            letters.extend(w[0] for w in _WORD.findall(token))
        else:
            return None
    if not letters or len(letters) > 3:
        return None
    bearing = _POINTS[letters[-1]]
    for letter in reversed(letters[:-1]):
        target = _POINTS[letter]
        diff = (target - bearing + 540.0) % 360.0 - 180.0  # signed shortest turn
        bearing = (bearing + diff / 2) % 360.0
    return bearing
