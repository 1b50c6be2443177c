"""Publication-date parsing and the precedence rule that picks one date per article.

Later stages resolve "yesterday" and "on Tuesday" against the publication date, so a
wrong date silently shifts every event; that is why the rule is explicit and every
article says where its date came from (`published_from`).
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Literal

from frontwatch.ingest.date_order import DateOrder
from frontwatch.model import PublishedFrom

DateLike = str | datetime | date | time.struct_time
DayMonthOrder = Literal["MDY", "DMY"]
_YEAR_FIRST_DATE = re.compile(r"\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*")
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_BARE_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*")


def to_utc(value: datetime) -> datetime:
    """Aware UTC datetime; naive input is taken to be UTC already (feeds and JSON rarely say).

    Raises OverflowError when the shift to UTC leaves the datetime range (9999-12-31 at
    -14:00); `parse_date` turns that into an unreadable date, never a crash.
    """
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def ambiguous_day_month(text: str) -> bool:
    """True for numeric dates like 5/6/2017, which mean different days in the US and elsewhere."""
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first <= 12 and second <= 12 and first != second


def day_month_evidence(text: str) -> DayMonthOrder | None:
    """The order a numeric date proves by itself: 8/21/2013 can only be MDY, 21/8/2013 only DMY."""
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return "DMY"
    if second > 12 >= first:
        return "MDY"
    return None


def _numeric_date(text: str, order: DateOrder | None) -> datetime | None:
    """A bare d/m/yyyy date in a known order, without dateparser (about 1000 times faster,
    which matters for corpora with one such date per line)."""
    match = _BARE_NUMERIC_DATE.fullmatch(text)
    if match is None:
        return None
    first, second, year = (int(g) for g in match.groups())
    if first == second:
        order = "MDY"  # 4/4/2017 reads the same either way
    if order not in ("MDY", "DMY"):
        return None  # unknown, or YMD: a day/month-first date is not in the declared order
    month, day = (first, second) if order == "MDY" else (second, first)
    try:
        return datetime(year, month, day, tzinfo=timezone.utc)
    except ValueError:
        return None


def _parse_written(text: str, date_order: DateOrder | None = None) -> datetime | None:
    """Full written-out dates ("7 December 2024", "8/21/2013") through dateparser.

    Strict: day, month and year must all be present, and relative expressions
    ("yesterday", "2 hours ago") are not dates of publication. English only, because the
    pipeline reads English articles and short strings are poor evidence for a language.
    """
    import dateparser  # only needed for the uncommon non-ISO, non-RFC metadata; slow to import

    settings: dict[str, object] = {
        "STRICT_PARSING": True, "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC", "TO_TIMEZONE": "UTC",
    }
    if date_order:
        settings["DATE_ORDER"] = date_order
    return dateparser.parse(text, languages=["en"], settings=settings)


def parse_date(value: DateLike | None, *, date_order: DateOrder | None = None) -> datetime | None:
    """See `_parse_date`; a date outside the representable range (year 9999 at -14:00,
    year 0 in a struct_time) is unreadable like any other bad date, not an error."""
    try:
        return _parse_date(value, date_order=date_order)
    except (OverflowError, ValueError):
        return None


def _parse_date(value: DateLike | None, *, date_order: DateOrder | None = None) -> datetime | None:
    """Date text (or an already parsed value) → UTC datetime, None if unreadable or ambiguous.

    ISO 8601 and RFC 2822 first (what metadata should use); then complete written dates.
    Never a guess: no partial dates ("May", "Tuesday"), no relative ones, and no numeric
    dates whose day and month could be swapped — a wrong date would shift every event,
    so such a value falls through to the next source of the date (or is reported) unless
    the caller knows the `date_order` (the rule that picks it: ingest/date_order.py).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    if isinstance(value, time.struct_time):  # feedparser's *_parsed fields, already UTC
        return datetime(*value[:6], tzinfo=timezone.utc)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return to_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return to_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    year_first = _YEAR_FIRST_DATE.fullmatch(text)
    if year_first is not None:  # 2024/07/12: every year-first convention puts the month next
        year, month, day = (int(g) for g in year_first.groups())
        return datetime(year, month, day, tzinfo=timezone.utc)
    if ambiguous_day_month(text) and date_order not in ("MDY", "DMY"):
        return None
    # A date only one order can read (12/31/2024) is read as it is; the order decides only the others.
    numeric = _numeric_date(text, day_month_evidence(text) or date_order)
    if numeric is not None:
        return numeric
    parsed = _parse_written(text, date_order)
    return to_utc(parsed) if parsed is not None else None


def resolve_published(
    metadata: datetime | None,
    option: datetime | None,
    fallback: datetime | None,
) -> tuple[datetime | None, PublishedFrom]:
    """Pick the publication date: source metadata, else the caller's option, else the fallback.

    The fallback is the file's mtime (or a URL's HTTP Last-Modified, the same kind of
    evidence: when the bytes last changed), so it is reported as "file_mtime".
    """
    if metadata is not None:
        return to_utc(metadata), "metadata"
    if option is not None:
        return to_utc(option), "option"
    if fallback is not None:
        return to_utc(fallback), "file_mtime"
    return None, "unknown"
