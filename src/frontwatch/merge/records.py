"""Tolerant readers for event records (the public JSONL schema plus the `article` dict).

Stories and the control timeline read the same few facts from an event record: when it
happened, where, who reported it. Reading them in one place keeps the fallbacks (no
date → the article's publication date, no outlet → the URL's host) identical for both,
and turns malformed input into one clear error instead of a KeyError deep inside.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

# How far a date of a given precision may sit from the true day (days, either side).
# "unknown" dates fall back to publication, which trails the happening by a few days.
DATE_SLACK_DAYS: dict[str, int] = {"day": 0, "week": 7, "month": 31, "year": 366, "unknown": 3}
# Dates coarser than this (a month, a year) cannot corroborate a happening by date: "in 2016" fits
# every strike of that year. Such a report joins only reports naming the same period at the same
# precision, published within NEWS_CYCLE_DAYS of it (the same news told by several outlets), and
# never a report of another date or a finer one (docs/scale-ingest.md, "Coarse dates").
FINE_SLACK_DAYS = 7
NEWS_CYCLE_DAYS = 7
DATE_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
# Coarser location = larger rank (used to pick the most precise description of a story).
GEO_RANK: dict[str, int] = {"point": 0, "city": 1, "admin2": 2, "relative": 3, "admin1": 4, "border": 5, "country": 6}


def shared(value: str | None) -> str | None:
    """One copy of a string repeated across records (outlets, countries, place names, article ids).

    Why: the derive stages hold one reading per event of a whole store (the control facts); the
    same few thousand names read from every row as new strings were most of their memory."""
    return sys.intern(value) if isinstance(value, str) else value


def check_event(event: Any) -> dict[str, Any]:
    """The event itself, or a one-line ValueError saying why it cannot be used."""
    if not isinstance(event, dict):
        raise ValueError(f"event record must be a dict, got {type(event).__name__}")
    if not event.get("id"):
        raise ValueError(f"event record has no 'id': {str(event)[:80]}")
    return event


def event_id(event: dict[str, Any]) -> str:
    return str(event["id"])


def article_of(event: dict[str, Any]) -> dict[str, Any]:
    art = event.get("article")
    return art if isinstance(art, dict) else {}


def article_id(event: dict[str, Any]) -> str:
    """The article id, from the record or its `article` dict; the event id as last resort."""
    return str(event.get("article_id") or article_of(event).get("id") or event["id"])


def outlet_of(event: dict[str, Any]) -> str | None:
    """The publishing outlet: `article.outlet`, else the host of `article.url` (without www.)."""
    art = article_of(event)
    outlet = (art.get("outlet") or "").strip()
    if outlet:
        return outlet
    host = urlsplit(art.get("url") or "").hostname or ""
    return host.removeprefix("www.") or None


def outlet_key(event: dict[str, Any]) -> str:
    """What counts as one independent source: the outlet, or the article when no outlet is known."""
    outlet = outlet_of(event)
    return f"outlet:{outlet.casefold()}" if outlet else f"article:{article_id(event)}"


def parse_datetime(value: Any, what: str = "date") -> datetime | None:
    """ISO string / date / datetime → timezone-aware datetime (naive taken as UTC); None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            return _from_text(value)
        except ValueError:
            raise ValueError(f"bad {what} {value!r}: expected an ISO date like 2024-12-07") from None
    else:
        raise ValueError(f"bad {what} {value!r}: expected an ISO date string")
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


@lru_cache(maxsize=65536)
def _from_text(value: str) -> datetime:
    """An ISO date/datetime string → aware datetime (cached: a store repeats the same few thousand)."""
    text = value.strip()
    if len(text) == 4 and text.isdigit():  # "2024": a year-precision date
        dt = datetime(int(text), 1, 1)
    elif len(text) == 7 and text[4] == "-":  # "2024-12": a month-precision date
        dt = datetime(int(text[:4]), int(text[5:]), 1)
    else:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _parse_field(value: Any, field: str, event: dict[str, Any]) -> datetime | None:
    """`parse_datetime` with an error naming the field and event; the name is only worded on error
    (this runs for every event of a store, and formatting it each time cost more than the parse)."""
    try:
        return parse_datetime(value)
    except ValueError:
        return parse_datetime(value, f"{field} of event {event.get('id')}")


def published_of(event: dict[str, Any]) -> datetime | None:
    return _parse_field(article_of(event).get("published"), "article.published", event)


def event_datetime(event: dict[str, Any]) -> datetime | None:
    """The event's own date (None when it has none), not the publication fallback of `effective_date`."""
    return _parse_field(event.get("date"), "date", event)


def effective_date(event: dict[str, Any]) -> date | None:
    """When the event happened, for comparison: its own date, else the article's publication date.

    An undated report is news "by the time it was published", so the publication date is
    the latest day it can have happened and the earliest day anyone could know it.
    """
    own = event_datetime(event)
    if own is not None:
        return own.date()
    pub = published_of(event)
    return pub.date() if pub else None


def date_precision(event: dict[str, Any]) -> str:
    """The date's precision; 'unknown' whenever the event carries no date of its own."""
    if not event.get("date"):
        return "unknown"
    prec = event.get("date_precision") or "day"
    return prec if prec in DATE_SLACK_DAYS else "unknown"


def location_of(event: dict[str, Any]) -> dict[str, Any] | None:
    loc = event.get("location")
    return loc if isinstance(loc, dict) else None


def coords(event: dict[str, Any]) -> tuple[float, float] | None:
    loc = location_of(event)
    if not loc or loc.get("lat") is None or loc.get("lon") is None:
        return None
    try:
        return float(loc["lat"]), float(loc["lon"])
    except (TypeError, ValueError):
        raise ValueError(f"event {event.get('id')}: location lat/lon must be numbers") from None


def geo_precision(event: dict[str, Any]) -> str | None:
    """The location's precision; a relative phrase is 'relative', except a border phrase.

    'Along the Lebanese-Syrian border' is carried in a `relative` dict too, but it names a
    line hundreds of km long, not a point and radius: it stays 'border', so neither stories
    (150 km) nor control (too coarse to hold, no front-line marker) mistake it for a spot.
    """
    loc = location_of(event)
    if not loc:
        return None
    rel = loc.get("relative")
    if rel:
        border = loc.get("precision") == "border" or (isinstance(rel, dict) and (
            rel.get("precision") == "border" or rel.get("kind") == "border"))
        return "border" if border else "relative"
    return loc.get("precision") or None


def modality(event: dict[str, Any]) -> str:
    return event.get("modality") or "asserted"


def actor_name(actor: Any) -> str | None:
    """An actor field ({name, text} dict or plain string) → its canonical name."""
    if isinstance(actor, dict):
        return (actor.get("name") or actor.get("text") or "").strip() or None
    if isinstance(actor, str):
        return actor.strip() or None
    return None


def evidence_text(event: dict[str, Any]) -> str:
    ev = event.get("evidence")
    if isinstance(ev, dict):
        return ev.get("text") or ""
    return ev if isinstance(ev, str) else ""


def iso(d: date | datetime | None) -> str | None:
    """ISO text of a day or time (None for None). Cached: a store's reports share a few thousand days and
    publication times, and formatting one (`isoformat`) costs as much as summarising a one-report story."""
    if d is None:
        return None
    if isinstance(d, datetime):
        return _iso(type(d), d, d.tzinfo, d.fold)
    return _iso(type(d), d, None, 0)


@lru_cache(maxsize=65536)
def _iso(kind: type, d: date | datetime, tz: Any, fold: int) -> str:
    """`d.isoformat()`. Keyed by type, time zone and fold too, because equal datetimes can print differently:
    in different zones (12:00+00:00 == 14:00+02:00), or in one zone an hour repeated when clocks go back
    (equal wall times, two offsets: `fold` tells them apart)."""
    return d.isoformat()


def fatalities(event: dict[str, Any]) -> int:
    """Reported deaths of one event record; 0 when missing or unreadable (records written before the field)."""
    value = event.get("fatalities")
    try:
        n = int(value) if value is not None and not isinstance(value, bool) else 0
    except (TypeError, ValueError):
        return 0
    return max(n, 0)


def story_fatalities(counts: list[int]) -> int:
    """One happening told by several reports: ACLED's rule, the most conservative count any report gives
    (reports without a count do not pull it to 0)."""
    given = [n for n in counts if n > 0]
    return min(given) if given else 0
