"""ACLED-style CSV: analysts can load frontwatch events beside ACLED data.

The first columns follow the ACLED codebook's names and codes; frontwatch's own
fields follow, so nothing the pipeline knows is lost. Cells that came from article
text are guarded against spreadsheet formula injection (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import IO, Any

import pycountry

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "frontwatch_id", "article_id", "plover", "modality", "date_precision", "confidence", "reported_by", "url",
)
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED codebook: 1 = exact day, 2 = a week or a few days' range (we also put months
# here), 3 = coarser. Unknown dates get 3: the least precise code, never a false claim.
TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 2, "year": 3, "unknown": 3}
# ACLED codebook: 1 = the town itself, 2 = near a town / a part of a region,
# 3 = only the province (or larger) is known.
GEO_PRECISION: dict[str, int] = {
    "point": 1, "city": 1, "admin2": 2, "relative": 2, "admin1": 3, "country": 3, "border": 3,
}
# Codes in common use that ISO 3166 has not (yet) assigned; pycountry lacks them.
USER_ASSIGNED: dict[str, tuple[str, str | None, str]] = {"XK": ("XKX", None, "Kosovo")}
UNKNOWN_ISO3 = "XXX"  # ISO 3166 user-assigned range: "no country known"

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DATE = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2})?)?$")


@lru_cache(maxsize=512)
def country_codes(alpha2: str | None) -> tuple[str, str | None, str | None]:
    """ISO alpha-2 → (alpha-3, numeric as ACLED writes it, English short name)."""
    if not alpha2:
        return UNKNOWN_ISO3, None, None
    code = alpha2.strip().upper()
    if code in USER_ASSIGNED:
        return USER_ASSIGNED[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return UNKNOWN_ISO3, None, code
    # ACLED writes iso as an integer ("4" for Afghanistan) and uses short names ("Syria").
    return country.alpha_3, str(int(country.numeric)), getattr(country, "common_name", None) or country.name


def stable_number(event_id: str) -> int:
    """A number that is the same for an event id on every run and machine (unlike hash()).

    48 bits keep collisions improbable (≈0.2 % for a million events in one country);
    the exact id is in the frontwatch_id column anyway.
    """
    return int.from_bytes(hashlib.sha256(event_id.encode("utf-8")).digest()[:6], "big")


def excel_safe(value: Any) -> str:
    """Text as a CSV cell that no spreadsheet will evaluate as a formula."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def number(value: Any, digits: int = 6) -> str:
    """A finite number with at most `digits` decimals and no exponent, or '' when missing."""
    if value is None or isinstance(value, bool):
        return ""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(x):
        return ""
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def unique(items: Iterable[str | None]) -> list[str]:
    """Non-empty strings, first spelling kept, case-insensitive duplicates dropped."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = (item or "").strip()
        if key and key.casefold() not in seen:
            seen.add(key.casefold())
            out.append(key)
    return out


def _unix(published: Any) -> str:
    if not published:
        return ""
    try:
        dt = published if isinstance(published, datetime) else datetime.fromisoformat(str(published))
    except ValueError:
        return ""
    return str(int(dt.timestamp())) if dt.tzinfo else ""


def acled_row(record: dict[str, Any]) -> dict[str, str]:
    """One event record → one CSV row (all cells strings)."""
    loc = record.get("location") or {}
    acled = record.get("acled") or {}
    article = record.get("article") or {}
    actor1 = record.get("actor1") or {}
    actor2 = record.get("actor2") or {}
    iso3, numeric, country = country_codes(loc.get("country"))
    date = record.get("date") or ""
    match = _DATE.match(date)
    reported_by = [r for r in record.get("reported_by") or [] if r]
    precision = loc.get("precision")
    return {
        "event_id_cnty": f"{iso3}{stable_number(str(record['id']))}",
        "event_date": excel_safe(date),
        "year": match.group(1) if match else "",
        "time_precision": str(TIME_PRECISION.get(record.get("date_precision") or "unknown", 3) if date else 3),
        "event_type": excel_safe(acled.get("event_type")),
        "sub_event_type": excel_safe(acled.get("sub_event_type")),
        "actor1": excel_safe(actor1.get("name")),
        "actor2": excel_safe(actor2.get("name")),
        "iso": numeric or "",
        "country": excel_safe(country),
        "admin1": excel_safe(loc.get("admin1")),
        "location": excel_safe(loc.get("name") or loc.get("text")),
        "latitude": number(loc.get("lat")),
        "longitude": number(loc.get("lon")),
        "geo_precision": str(GEO_PRECISION[precision]) if precision in GEO_PRECISION else "",
        "source": excel_safe("; ".join(unique([*reported_by, article.get("outlet")]))),
        "source_scale": "",  # ACLED's national/international/local judgement: not something we infer
        "notes": excel_safe((record.get("evidence") or {}).get("text")),
        "fatalities": "",  # unknown; an empty cell is not a zero
        "timestamp": _unix(article.get("published")),  # when the report became available
        "frontwatch_id": excel_safe(record.get("id")),
        "article_id": excel_safe(record.get("article_id")),
        "plover": excel_safe(record.get("plover")),
        "modality": excel_safe(record.get("modality")),
        "date_precision": excel_safe(record.get("date_precision")),
        "confidence": number(record.get("confidence"), 3),
        "reported_by": excel_safe("; ".join(unique(reported_by))),
        "url": excel_safe(article.get("url")),
    }


def write_acled_csv(records: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Header, then one row per record as it arrives; returns the number of rows.

    Open files with newline="" (the csv module's rule) so rows end in exactly CRLF.
    """
    writer = csv.DictWriter(fh, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(acled_row(record))
        n += 1
    return n
