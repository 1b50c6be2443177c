"""GeoJSON (RFC 7946) FeatureCollection of events, for GIS tools and web maps.

RFC 7946 fixes WGS 84 with [longitude, latitude] order and advises no more than six
decimals (about 10 cm — anything finer is false precision for news geocoding). Events
without coordinates stay in the collection with a null geometry so counts match the
other exports; so do events known only to their country (`country_level: true`), whose
stored point is the country's centroid and would put them where nothing happened. The collection is written feature by feature, never built whole.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import IO, Any

from pydantic import BaseModel

from frontwatch.export.jsonl import json_default
from frontwatch.schema import EventOut, leaf_paths

DECIMALS = 6


def point(lat: Any, lon: Any) -> dict[str, Any] | None:
    """A GeoJSON Point, or None when a coordinate is missing, not finite or out of range."""
    try:
        y, x = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90):
        return None
    return {"type": "Point", "coordinates": [round(x, DECIMALS) + 0.0, round(y, DECIMALS) + 0.0]}


def _finite(value: Any) -> float | None:
    """JSON has no NaN/Infinity (RFC 8259); such values become null instead of aborting the export."""
    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def _relative(value: Any) -> dict[str, Any] | None:
    """A relative location's description; its lat/lon are the feature's geometry already."""
    return {k: v for k, v in (value or {}).items() if k not in ("lat", "lon")} or None


# Attribute-table columns: (property, record path), in the order GIS tools show them. Nested
# objects become prefixed scalars. Record fields not named here are appended after these, named
# by their path ('a.b' → 'a_b'), unless `NOT_PROPERTIES` says why they stay out: a field added to
# `schema.EventRecord` reaches the GeoJSON without an edit here.
LAYOUT: tuple[tuple[str, str], ...] = (
    ("id", "id"), ("article_id", "article_id"), ("event_type", "event_type"),
    ("acled_event_type", "acled.event_type"), ("acled_sub_event_type", "acled.sub_event_type"), ("plover", "plover"),
    ("actor1", "actor1.name"), ("actor1_text", "actor1.text"), ("actor1_kind", "actor1.kind"),
    ("actor2", "actor2.name"), ("actor2_text", "actor2.text"), ("actor2_kind", "actor2.kind"),
    ("date", "date"), ("date_precision", "date_precision"), ("date_source", "date_source"), ("modality", "modality"),
    ("confidence", "confidence"),
    ("reported_by", "reported_by"), ("place", "location.name"), ("place_text", "location.text"),
    ("geonameid", "location.geonameid"), ("country", "location.country"), ("admin1", "location.admin1"),
    ("admin2", "location.admin2"), ("precision", "location.precision"), ("country_level", "location.precision"),
    ("fatalities", "fatalities"), ("relative", "location.relative"), ("evidence", "evidence.text"),
    ("evidence_start", "evidence.start"), ("evidence_end", "evidence.end"), ("url", "article.url"),
    ("outlet", "article.outlet"), ("title", "article.title"), ("published", "article.published"),
)
NOT_PROPERTIES: dict[str, str] = {
    "actor1.country": "an actor's home country is ACLED-coding input, not an attribute of the event",
    "actor2.country": "an actor's home country is ACLED-coding input, not an attribute of the event",
    "location.lat": "the geometry", "location.lon": "the geometry",
    "article.id": "article_id", "story.id": "stories are not exported", "story.corroboration": "stories are not exported",
    "story.outlets": "stories are not exported",
}
# How a property's value is made from its record value, where it is not the value itself.
CONVERT: dict[str, Any] = {
    "confidence": lambda v: _finite(v),
    "reported_by": lambda v: list(v or []),
    "country_level": lambda v: v == "country",
    "fatalities": lambda v: 0 if v is None else v,
    "relative": _relative,
}


def _columns(model: type[BaseModel] = EventOut) -> tuple[tuple[str, str], ...]:
    placed = {path for _, path in LAYOUT} | set(NOT_PROPERTIES)
    tail = tuple((path.replace(".", "_"), path) for path in leaf_paths(model) if path not in placed)
    return LAYOUT + tail


COLUMNS = _columns()
_PLAN = tuple((name, tuple(path.split(".")), CONVERT.get(name)) for name, path in COLUMNS)


def properties(record: dict[str, Any]) -> dict[str, Any]:
    """The record flattened for attribute tables (`COLUMNS`)."""
    out = {}
    for name, keys, convert in _PLAN:
        value: Any = record
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        out[name] = convert(value) if convert else value
    return out


def feature(record: dict[str, Any]) -> dict[str, Any]:
    """One event record → one GeoJSON Feature (the event id as the feature id)."""
    loc = record.get("location") or {}
    country_level = loc.get("precision") == "country"
    return {
        "type": "Feature",
        "id": record.get("id"),
        "geometry": None if country_level else point(loc.get("lat"), loc.get("lon")),
        "properties": properties(record),
    }


def write_geojson(records: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Stream a FeatureCollection; returns the number of features."""
    fh.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for record in records:
        body = json.dumps(feature(record), ensure_ascii=False, allow_nan=False, default=json_default)
        fh.write(("," if n else "") + "\n" + body)
        n += 1
    fh.write("\n]}\n")
    return n
