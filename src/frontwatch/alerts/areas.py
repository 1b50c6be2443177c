"""Watch areas: a bounding box, a GeoJSON polygon, or a place and a radius.

An area is kept as a small JSON dict with numbers only (a place is resolved to its point
when the watch is saved), so testing whether a story lies in it is a pure function with no
gazetteer or database. Distances come from `frontwatch.geometry`, the one home of those
formulas. Polygons are tested by ray casting in lon/lat degrees: exact enough for the areas
analysts draw (a province, a front sector); a polygon crossing the antimeridian is refused.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from frontwatch.geometry import check_point, haversine_km

Area = dict[str, Any]  # {"kind": "bbox"|"polygon"|"circle", ...}; None means anywhere


class AreaError(ValueError):
    """A watch area that cannot be used (message names what is wrong, in one line)."""


def bbox_area(text: str) -> Area:
    """'west,south,east,north' (the API's bbox syntax; west > east crosses the antimeridian)."""
    from frontwatch.store.queries import BadParameter, parse_bbox

    try:
        west, south, east, north = parse_bbox(text)
    except BadParameter as exc:
        raise AreaError(str(exc)) from None
    return {"kind": "bbox", "bbox": [west, south, east, north]}


def _rings(coords: Any) -> list[list[tuple[float, float]]]:
    if not isinstance(coords, list) or not coords:
        raise AreaError("polygon: 'coordinates' must be a list of rings")
    rings = []
    for ring in coords:
        if not isinstance(ring, list) or len(ring) < 4:
            raise AreaError("polygon: a ring needs at least 4 positions (closed)")
        pts = []
        for pos in ring:
            if not isinstance(pos, list | tuple) or len(pos) < 2:
                raise AreaError("polygon: a position is [lon, lat]")
            lon, lat = pos[0], pos[1]
            try:
                check_point(lat, lon)
            except ValueError as exc:
                raise AreaError(f"polygon: {exc}") from None
            pts.append((float(lon), float(lat)))
        if max(p[0] for p in pts) - min(p[0] for p in pts) > 180:
            raise AreaError("polygon: rings crossing the antimeridian are not supported (split the polygon)")
        rings.append(pts)
    return rings


def polygon_area(geojson: Any) -> Area:
    """A GeoJSON Polygon or MultiPolygon (bare, in a Feature, or the polygons of a FeatureCollection)."""
    if isinstance(geojson, str | Path):
        path = Path(geojson)
        try:
            text = path.read_text(encoding="utf-8") if path.suffix.lower() in (".json", ".geojson") and path.is_file() \
                else str(geojson)
            geojson = json.loads(text)
        except (OSError, json.JSONDecodeError) as exc:
            raise AreaError(f"polygon: not a GeoJSON file or text: {exc}") from None
    if not isinstance(geojson, dict):
        raise AreaError("polygon: expected a GeoJSON object")
    kind = geojson.get("type")
    if kind == "Feature":
        return polygon_area(geojson.get("geometry"))
    if kind == "FeatureCollection":
        polys = []
        for feature in geojson.get("features") or []:
            geom = (feature or {}).get("geometry") or {}
            if geom.get("type") in ("Polygon", "MultiPolygon"):
                polys.extend(polygon_area(geom)["polygons"])
        if not polys:
            raise AreaError("polygon: the FeatureCollection has no Polygon or MultiPolygon")
        return {"kind": "polygon", "polygons": polys}
    if kind == "Polygon":
        return {"kind": "polygon", "polygons": [_rings(geojson.get("coordinates"))]}
    if kind == "MultiPolygon":
        coords = geojson.get("coordinates")
        if not isinstance(coords, list) or not coords:
            raise AreaError("polygon: MultiPolygon 'coordinates' must be a list of polygons")
        return {"kind": "polygon", "polygons": [_rings(c) for c in coords]}
    raise AreaError(f"polygon: expected a Polygon, MultiPolygon, Feature or FeatureCollection, got {kind!r}")


def circle_area(lat: float, lon: float, radius_km: float, *, place: str | None = None,
                geonameid: int | None = None) -> Area:
    try:
        check_point(lat, lon)
    except ValueError as exc:
        raise AreaError(str(exc)) from None
    if not (isinstance(radius_km, int | float) and math.isfinite(radius_km) and 0 < radius_km <= 20_000):
        raise AreaError(f"radius: expected 0 < km <= 20000, got {radius_km!r}")
    return {"kind": "circle", "lat": float(lat), "lon": float(lon), "radius_km": float(radius_km),
            "place": place, "geonameid": geonameid}


def place_area(name: str, radius_km: float, gazetteer: Any, *, country: str | None = None) -> Area:
    """A place name resolved with the gazetteer (exact or alternate name first, most populous
    first; then the geoparser's folded and fuzzy look-up), and a radius around its point."""
    countries = [country.upper()] if country else None
    hits = gazetteer.by_name(name, countries=countries, limit=5)
    if not hits:
        from frontwatch.geo.candidates import CandidateFinder

        hits = CandidateFinder(gazetteer).candidates(name, focus=countries or [], limit=5)
        if countries:
            hits = [c for c in hits if c.place.country in countries]
    if not hits:
        raise AreaError(f"place: no gazetteer entry for {name!r}" + (f" in {country}" if country else ""))
    p = hits[0].place
    area = circle_area(p.lat, p.lon, radius_km, place=f"{p.name} ({p.country})" if p.country else p.name,
                       geonameid=p.geonameid)
    return area


def area_from_spec(spec: Any, open_gazetteer: Any = None) -> Area | None:
    """An area from the API's request shape: {"bbox": "w,s,e,n" | [w, s, e, n]}, {"geojson": {...}},
    {"place": NAME, "radius_km": KM, "country": ISO2?} (needs `open_gazetteer()`, a context manager),
    {"lat": .., "lon": .., "radius_km": ..}, or a stored area dict ({"kind": ...}); None is anywhere."""
    if spec is None:
        return None
    if not isinstance(spec, dict):
        raise AreaError("area: expected an object")
    if "kind" in spec:
        return check_area(spec)
    given = [k for k in ("bbox", "geojson", "place", "lat") if spec.get(k) is not None]
    if len(given) != 1:
        raise AreaError("area: give exactly one of bbox, geojson, place (+ radius_km) or lat/lon (+ radius_km)")
    if given[0] == "bbox":
        box = spec["bbox"]
        return bbox_area(box if isinstance(box, str) else ",".join(str(v) for v in box))
    if given[0] == "geojson":
        return polygon_area(spec["geojson"] if isinstance(spec["geojson"], dict) else None)
    radius = spec.get("radius_km", 25.0)
    if given[0] == "lat":
        return circle_area(spec.get("lat"), spec.get("lon"), radius)
    if not isinstance(spec["place"], str) or not spec["place"].strip():
        raise AreaError("area: place must be a name")
    if open_gazetteer is None:
        raise AreaError("area: no gazetteer to look the place up in")
    country = spec.get("country")
    if country is not None and (not isinstance(country, str) or len(country) != 2 or not country.isalpha()):
        raise AreaError("area: country must be an ISO 3166-1 alpha-2 code")
    with open_gazetteer() as gaz:
        return place_area(spec["place"].strip(), radius, gaz, country=country)


def check_area(area: Any) -> Area | None:
    """Validate a stored or posted area dict (the shapes this module makes); None is anywhere."""
    if area is None:
        return None
    if not isinstance(area, dict):
        raise AreaError("area: expected an object")
    kind = area.get("kind")
    if kind == "bbox":
        box = area.get("bbox")
        if not isinstance(box, list | tuple) or len(box) != 4:
            raise AreaError("area: bbox needs [west, south, east, north]")
        return bbox_area(",".join(str(v) for v in box))
    if kind == "polygon":
        if "geojson" in area:
            return polygon_area(area["geojson"])
        return {"kind": "polygon", "polygons": [_rings([list(map(list, r)) for r in poly])
                                                for poly in area.get("polygons") or []]}
    if kind == "circle":
        return circle_area(area.get("lat"), area.get("lon"), area.get("radius_km"),
                           place=area.get("place"), geonameid=area.get("geonameid"))
    raise AreaError(f"area: kind must be bbox, polygon or circle, got {kind!r}")


def _in_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def contains(area: Area | None, lat: float | None, lon: float | None) -> bool:
    """Whether the point lies in the area (no area: everywhere; no point: nowhere in an area)."""
    if area is None:
        return True
    if lat is None or lon is None:
        return False
    kind = area["kind"]
    if kind == "bbox":
        west, south, east, north = area["bbox"]
        lon_ok = west <= lon <= east if west <= east else (lon >= west or lon <= east)
        return south <= lat <= north and lon_ok
    if kind == "circle":
        return haversine_km(area["lat"], area["lon"], lat, lon) <= area["radius_km"]
    if kind == "polygon":
        for rings in area["polygons"]:
            if rings and _in_ring(lon, lat, rings[0]) and not any(_in_ring(lon, lat, hole) for hole in rings[1:]):
                return True
        return False
    raise AreaError(f"unknown area kind {kind!r}")


def describe(area: Area | None) -> str:
    """One line for tables and e-mails."""
    if area is None:
        return "anywhere"
    if area["kind"] == "bbox":
        return "bbox " + ",".join(f"{v:g}" for v in area["bbox"])
    if area["kind"] == "circle":
        where = area.get("place") or f"{area['lat']:.4f},{area['lon']:.4f}"
        return f"{area['radius_km']:g} km around {where}"
    n = len(area["polygons"])
    return f"polygon ({n} part{'s' if n != 1 else ''})"
