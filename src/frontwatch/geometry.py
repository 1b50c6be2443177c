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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

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


def haversine_matrix_radians(lat_a: "np.ndarray", lon_a: "np.ndarray", lat_b: "np.ndarray",
                             lon_b: "np.ndarray") -> "np.ndarray":
    """`haversine_km` from every point a (rows) to every point b (columns), in radians; the same
    formula vectorised (numpy's sin/cos may differ from `math`'s in the last bit)."""
    import numpy as np

    p1, p2 = lat_a[:, None], lat_b[None, :]
    dp, dl = p2 - p1, lon_b[None, :] - lon_a[:, None]
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))


# A bound (km) on how far `nearest_rows_km` may be from the exact distances: the half-angle
# identity loses about 2 ulp of 1 in h, i.e. at most 2R·sqrt(4.5e-16) ≈ 3e-4 km near zero.
NEAREST_ROWS_ERROR_KM = 1e-3


def nearest_rows_km(lat_a: "np.ndarray", lon_a: "np.ndarray", lat_b: "np.ndarray",
                    lon_b: "np.ndarray") -> "np.ndarray":
    """For each point a, its distance (km, within NEAREST_ROWS_ERROR_KM) to the nearest point b; radians in.

    Without one sine per pair: sin²((x-y)/2) = (1 - cos x cos y - sin x sin y)/2, so the
    haversine term is built from outer products of per-point sines and cosines, and
    minimised before the (monotone) arcsine. For prefilters that re-measure exactly."""
    import numpy as np

    ca, sa, cb, sb = np.cos(lat_a), np.sin(lat_a), np.cos(lat_b), np.sin(lat_b)
    cla, sla, clb, slb = np.cos(lon_a), np.sin(lon_a), np.cos(lon_b), np.sin(lon_b)
    dlat = 1.0 - (np.outer(ca, cb) + np.outer(sa, sb))
    dlon = 1.0 - (np.outer(cla, clb) + np.outer(sla, slb))
    h = 0.5 * (dlat + np.outer(ca, cb) * dlon)
    h_min = np.clip(h.min(axis=1), 0.0, 1.0)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(h_min))


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
