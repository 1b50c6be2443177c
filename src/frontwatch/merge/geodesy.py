"""Great-circle distance and offsets on a spherical Earth.

Hand-written on purpose: two textbook formulas (haversine, destination point) do not
justify a dependency such as geopy/pyproj, and a spherical Earth is far more precise
than the places being compared (a town centre is already several km of error).
"""

from __future__ import annotations

import math
import re

from frontwatch.geo.relative import EARTH_RADIUS_KM, haversine_km  # one formula for geo and merge

_POINTS = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}
_SUFFIX = re.compile(r"(?:ern|erly|wards?)\b")
_WORD = re.compile(r"north|south|east|west")


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) along an initial bearing (0 = north, 90 = east)."""
    d = km / EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540.0) % 360.0 - 180.0, 5)


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
