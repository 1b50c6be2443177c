"""The area and period a report covers, parsed once for the CLI and the API.

`--area` takes a bbox ('west,south,east,north'), a GeoJSON file (Polygon, MultiPolygon,
Feature, FeatureCollection), or a place name with an optional radius ('Homs@30', default
50 km) looked up in the gazetteer: the three area kinds a watch takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from frontwatch.alerts.areas import Area, AreaError, bbox_area, place_area, polygon_area

DEFAULT_RADIUS_KM = 50.0
_NUMBER = r"-?\d+(?:\.\d+)?"
_BBOX = re.compile(rf"^\s*{_NUMBER}\s*(?:,\s*{_NUMBER}\s*){{3}}$")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one (for the change figures)."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


def parse_period(start: date, end: date) -> Period:
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    if (end - start).days > 3660:
        raise ValueError("the period is longer than ten years")
    return Period(start, end)


def parse_area(text: str | None, open_gazetteer: Callable[[], Any] | None = None) -> Area | None:
    """An `--area` value → an area (None or empty: everywhere)."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    if _BBOX.match(text):
        return bbox_area(text)
    if text.lower().endswith((".json", ".geojson")):
        if not Path(text).is_file():
            raise AreaError(f"area: no such GeoJSON file: {text}")
        return polygon_area(Path(text))
    name, _, radius = text.partition("@")
    try:
        km = float(radius) if radius else DEFAULT_RADIUS_KM
    except ValueError:
        raise AreaError(f"area: radius after '@' must be km, got {radius!r}") from None
    if open_gazetteer is None:
        raise AreaError("area: no gazetteer to look the place up in")
    with open_gazetteer() as gaz:
        return place_area(name.strip(), km, gaz)


def area_bounds(area: Area | None) -> tuple[float, float, float, float] | None:
    """West, south, east, north enclosing the area (a circle's box uses 111 km per degree of latitude)."""
    import math

    if area is None:
        return None
    if area["kind"] == "bbox":
        return tuple(area["bbox"])  # type: ignore[return-value]
    if area["kind"] == "circle":
        dlat = area["radius_km"] / 111.0
        dlon = dlat / max(0.05, math.cos(math.radians(area["lat"])))
        return (max(-180.0, area["lon"] - dlon), max(-90.0, area["lat"] - dlat),
                min(180.0, area["lon"] + dlon), min(90.0, area["lat"] + dlat))
    pts = [p for poly in area["polygons"] for ring in poly for p in ring]
    return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
