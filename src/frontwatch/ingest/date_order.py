"""The day/month order for numeric dates such as 07/12/2024, by one documented rule.

Why: 07/12/2024 is 7 December in most of the world and July 12 in the US. Read the wrong way
it shifts every event of the article (and "yesterday" with it) by months, silently. So the
order is never guessed; it is taken, in this order of precedence, from:

1. the date itself: ISO 8601 / RFC 2822, a year-first date (2024/07/12), or a numeric date only
   one order can read (12/31/2024 is MDY, 31/12/2024 DMY) — read as it is, whatever the option;
2. the user's option (`--date-order`, or a feed's `date_order` in the watch file);
3. the locale of the outlet or feed (a feed's `language = "en-US"` in the watch file, or the
   `<language>` a feed declares): month first for en-US and a few other regions, year first for
   zh, ja, ko, hu, lt, mn, day first for every other locale (data/date_orders.json);
4. for JSONL, the file's own dates (one exporter writes one convention: 8/21/2013 on one line
   settles 5/6/2017 on another);
5. the default: none. An ambiguous date is refused: an error naming the value for `--published`
   and a JSONL `published`, an unread dateline for a text (the next source of the date is used,
   and the article says which, `published_from`).

YMD as the order says the source writes year first; a day/month-first ambiguous date is then
still refused (it is not in the declared order).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, cast

from frontwatch.data_files import data_json

DateOrder = Literal["MDY", "DMY", "YMD"]
DATE_ORDERS: tuple[DateOrder, ...] = ("DMY", "MDY", "YMD")
_LOCALE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?\b")


class DateOrderError(ValueError):
    """A date order that is not DMY, MDY or YMD; the message is one line."""


def parse_date_order(value: str | None) -> DateOrder | None:
    """'dmy' / 'MDY' / ... → the order; None stays None; anything else raises DateOrderError."""
    if value is None:
        return None
    order = value.strip().upper() if isinstance(value, str) else None
    if order not in DATE_ORDERS:
        raise DateOrderError(f"invalid date order {value!r}: use one of {', '.join(DATE_ORDERS)} "
                             "(DMY: 07/12/2024 is 7 December; MDY: July 12; YMD: dates are written year first)")
    return cast(DateOrder, order)


@cache
def _orders() -> dict[str, frozenset[str]]:
    raw = data_json("date_orders.json")
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def locale_date_order(locale: str | None) -> DateOrder | None:
    """The order a locale ('en-US', 'en_GB', 'fr', 'zh-Hans-CN') writes numeric dates in; None if no locale."""
    match = _LOCALE.match(locale or "")
    if match is None:
        return None
    language, region = match.group(1).lower(), (match.group(3) or "").upper()
    data = _orders()
    if region in data["month_first_regions"]:
        return "MDY"
    if region in data["year_first_regions"] or (not region and language in data["year_first_languages"]):
        return "YMD"
    return "DMY"


def names_region(locale: str | None) -> bool:
    """True for a locale with a region ('en-US', 'pt_BR'): it says more than the language alone."""
    match = _LOCALE.match(locale or "")
    return bool(match and match.group(3))


def chosen_order(option: DateOrder | None, locale: str | None = None) -> DateOrder | None:
    """Steps 2 and 3 of the rule: the option when given, else the locale's order."""
    return option or locale_date_order(locale)
