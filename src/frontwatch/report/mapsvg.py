"""A static map of the report's period as inline SVG: the basemap's countries, the events coloured
by ACLED type (the map page's colours), numbered like the evidence they cite, and the area's outline.

SVG, not a screenshot of the live map: it needs no browser or GPU to make, stays sharp in the
PDF, is part of the one HTML file, and is written beside a Markdown report as a file. The
basemap is the map page's own Natural Earth countries (web/static/vendor/countries.geojson, built by
scripts/build-web); without it the map still shows the points on a graticule.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

COLOURS = {"Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
           "Protests": "#1f77b4", "Riots": "#8c564b", "Strategic developments": "#17becf", "Other": "#7f7f7f"}
COUNTRIES = Path(__file__).resolve().parents[1] / "web" / "static" / "vendor" / "countries.geojson"
WIDTH, HEIGHT = 760, 460


@lru_cache(maxsize=1)
def _countries(path: Path = COUNTRIES) -> list[list[list[tuple[float, float]]]]:
    """Every country as a list of outer rings (lon, lat)."""
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    shapes = []
    for feature in data.get("features", []):
        geom = feature.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        elif geom.get("type") != "MultiPolygon":
            continue
        shapes.append([[(p[0], p[1]) for p in poly[0]] for poly in polys if poly])
    return shapes


def _extent(points: list[dict[str, Any]], bounds: tuple[float, float, float, float] | None) -> tuple[float, ...]:
    if bounds is not None:
        west, south, east, north = bounds
    elif points:
        west, east = min(p["lon"] for p in points), max(p["lon"] for p in points)
        south, north = min(p["lat"] for p in points), max(p["lat"] for p in points)
    else:
        west, south, east, north = -180.0, -60.0, 180.0, 80.0
    pad_x, pad_y = max(1.0, (east - west) * 0.15), max(0.75, (north - south) * 0.15)  # some context around
    return west - pad_x, max(-85.0, south - pad_y), east + pad_x, min(85.0, north + pad_y)


def render_svg(points: list[dict[str, Any]], bounds: tuple[float, float, float, float] | None = None,
               area: dict[str, Any] | None = None, title: str = "") -> str:
    """The map as an SVG document string (equirectangular, scaled by the cosine of the middle latitude)."""
    west, south, east, north = _extent(points, bounds)
    kx = math.cos(math.radians((south + north) / 2))
    span_x, span_y = (east - west) * kx, north - south
    scale = min(WIDTH / span_x, HEIGHT / span_y)
    ox = (WIDTH - span_x * scale) / 2
    oy = (HEIGHT - span_y * scale) / 2

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - west) * kx * scale, oy + (north - lat) * scale

    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}" role="img" aria-label="{escape(title or "map of the period")}">'),
           '<defs><clipPath id="frame"><rect width="100%" height="100%"/></clipPath></defs>',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#dfe9f2"/>', '<g clip-path="url(#frame)">']
    for shape in _countries():
        paths = []
        for ring in shape:
            if not any(west - 5 <= x <= east + 5 and south - 5 <= y <= north + 5 for x, y in ring[::4] or ring):
                continue
            pts, last = [], None
            for lon, lat in ring:
                p = xy(lon, lat)
                if last is None or abs(p[0] - last[0]) + abs(p[1] - last[1]) >= 0.8:
                    pts.append(f"{p[0]:.1f},{p[1]:.1f}")
                    last = p
            if len(pts) >= 3:
                paths.append("M" + "L".join(pts) + "Z")
        if paths:
            out.append(f'<path d="{"".join(paths)}" fill="#f3f0e8" stroke="#9bb2c4" stroke-width="0.7"/>')
    span = max(east - west, north - south)
    step = 10 ** math.floor(math.log10(span))
    while span / step < 4:  # four to eight grid lines across
        step /= 2
    lon = math.ceil(west / step) * step
    while lon <= east:
        x, _ = xy(lon, 0)
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{HEIGHT}" stroke="#b8c7d3" stroke-width="0.4"/>')
        lon += step
    lat = math.ceil(south / step) * step
    while lat <= north:
        _, y = xy(0, lat)
        out.append(f'<line x1="0" y1="{y:.1f}" x2="{WIDTH}" y2="{y:.1f}" stroke="#b8c7d3" stroke-width="0.4"/>')
        lat += step
    if area is not None:
        out.append(_outline(area, xy, scale, kx))
    for p in sorted(points, key=lambda p: p["category"]):
        x, y = xy(p["lon"], p["lat"])
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{COLOURS.get(p["category"], COLOURS["Other"])}" '
                   f'fill-opacity="0.85" stroke="#fff" stroke-width="1"><title>{escape(p["category"])}'
                   f'{" E" + str(p["n"]) if p.get("n") else ""}</title></circle>')
    seen: set[str] = set()
    for p in points:  # place names of the cited events (the top stories, control changes), once each
        label = p.get("label")
        if not label or label in seen:
            continue
        seen.add(label)
        x, y = xy(p["lon"], p["lat"])
        out.append(f'<text x="{x + 7:.1f}" y="{y + 4:.1f}" font-size="12" font-family="sans-serif" fill="#222" '
                   f'stroke="#fff" stroke-width="3" paint-order="stroke">{escape(label)}</text>')
    out.append("</g>")
    out.append(f'<rect x="0.5" y="0.5" width="{WIDTH - 1}" height="{HEIGHT - 1}" fill="none" stroke="#888"/>')
    out.append(f'<text x="8" y="{HEIGHT - 8}" font-size="10" fill="#555" font-family="sans-serif">'
               f'{west:.2f}°…{east:.2f}°E, {south:.2f}°…{north:.2f}°N · Natural Earth (world-atlas)</text>')
    out.append("</svg>")
    return "\n".join(out)


def _outline(area: dict[str, Any], xy: Any, scale: float, kx: float) -> str:
    style = 'fill="none" stroke="#c62828" stroke-width="1.5" stroke-dasharray="5 3"'
    if area["kind"] == "bbox":
        w, s, e, n = area["bbox"]
        (x1, y1), (x2, y2) = xy(w, n), xy(e, s)
        return f'<rect x="{x1:.1f}" y="{y1:.1f}" width="{x2 - x1:.1f}" height="{y2 - y1:.1f}" {style}/>'
    if area["kind"] == "circle":
        x, y = xy(area["lon"], area["lat"])
        ry = area["radius_km"] / 111.0 * scale
        return f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="{ry:.1f}" ry="{ry:.1f}" {style}/>'
    parts = []
    for poly in area["polygons"]:
        for ring in poly:
            parts.append("M" + "L".join("{:.1f},{:.1f}".format(*xy(lon, lat)) for lon, lat in ring) + "Z")
    return f'<path d="{"".join(parts)}" {style}/>'
