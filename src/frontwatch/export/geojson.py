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

from frontwatch.export.jsonl import json_default

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


def properties(record: dict[str, Any]) -> dict[str, Any]:
    """The record flattened for attribute tables: nested objects become prefixed scalars."""
    loc = record.get("location") or {}
    acled = record.get("acled") or {}
    evidence = record.get("evidence") or {}
    article = record.get("article") or {}
    actor1 = record.get("actor1") or {}
    actor2 = record.get("actor2") or {}
    relative = {k: v for k, v in (loc.get("relative") or {}).items() if k not in ("lat", "lon")} or None
    return {
        "id": record.get("id"),
        "article_id": record.get("article_id"),
        "event_type": record.get("event_type"),
        "acled_event_type": acled.get("event_type"),
        "acled_sub_event_type": acled.get("sub_event_type"),
        "plover": record.get("plover"),
        "actor1": actor1.get("name"),
        "actor1_text": actor1.get("text"),
        "actor1_kind": actor1.get("kind"),
        "actor2": actor2.get("name"),
        "actor2_text": actor2.get("text"),
        "actor2_kind": actor2.get("kind"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "modality": record.get("modality"),
        "confidence": _finite(record.get("confidence")),
        "reported_by": list(record.get("reported_by") or []),
        "place": loc.get("name"),
        "place_text": loc.get("text"),
        "geonameid": loc.get("geonameid"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "precision": loc.get("precision"),
        "country_level": loc.get("precision") == "country",
        "fatalities": record.get("fatalities", 0),
        "relative": relative,
        "evidence": evidence.get("text"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "url": article.get("url"),
        "outlet": article.get("outlet"),
        "title": article.get("title"),
        "published": article.get("published"),
    }


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
