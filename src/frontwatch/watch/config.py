"""The feeds file (TOML): which feeds to poll, how often, with which hints.

TOML because the parser is in the standard library (tomllib) and the format has real
types (a number is a number), so most mistakes are caught by the parser itself.
Every other mistake is one line naming the file, the feed and the key: a poller that
runs all day must refuse a bad file at start, not fail on feed 37 at 3 a.m.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from frontwatch.clean.language import normalize_language_code
from frontwatch.ingest.date_order import DateOrderError, locale_date_order, names_region, parse_date_order

DEFAULT_INTERVAL = 900.0  # seconds
MIN_INTERVAL = 1.0
FETCH_PAGES = ("auto", "always", "never")
FEED_KEYS = {"url", "name", "interval", "country_hint", "language", "fetch_pages", "date_order"}
DEFAULT_KEYS = FEED_KEYS - {"url", "name"}


class ConfigError(ValueError):
    """A feeds file that cannot be used; the message is one line."""


@dataclass(frozen=True)
class FeedConfig:
    url: str
    name: str
    interval: float = DEFAULT_INTERVAL
    country_hint: tuple[str, ...] = ()
    language: str | None = None
    fetch_pages: str = "auto"
    # DMY | MDY | YMD for the feed's ambiguous numeric dates: its `date_order`, else its `language`'s
    # locale ("en-US" → MDY), else None (the feed's own <language>, then refusal: ingest/date_order.py)
    date_order: str | None = None


def load_feeds(path: str | Path) -> list[FeedConfig]:
    """Parse and validate a feeds file; raises ConfigError with one readable line."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_feeds(data, str(path))


def parse_feeds(data: dict[str, Any], where: str = "feeds file") -> list[FeedConfig]:
    """Validate parsed TOML: a `[defaults]` table (optional) and one `[[feed]]` table per feed."""
    unknown = sorted(set(data) - {"defaults", "feed"})
    if unknown:
        raise ConfigError(f"{where}: unknown top-level key {unknown[0]!r} (expected [defaults] and [[feed]] tables)")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise ConfigError(f"{where}: 'defaults' must be a table ([defaults])")
    bad = sorted(set(defaults) - DEFAULT_KEYS)
    if bad:
        raise ConfigError(f"{where}: [defaults]: unknown key {bad[0]!r} (allowed: {', '.join(sorted(DEFAULT_KEYS))})")
    feeds = data.get("feed")
    if not isinstance(feeds, list) or not feeds:
        raise ConfigError(f"{where}: no feeds (add one [[feed]] table per feed, each with a url)")
    out: list[FeedConfig] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(feeds, start=1):
        label = f"{where}: feed {n}"
        if not isinstance(raw, dict):
            raise ConfigError(f"{label}: must be a table ([[feed]])")
        if isinstance(raw.get("name"), str):
            label += f" ({raw['name']!r})"
        feed = _feed({**defaults, **raw}, label)
        if feed.url in seen:
            raise ConfigError(f"{label}: url {feed.url!r} is already feed {seen[feed.url]}")
        seen[feed.url] = n
        out.append(feed)
    return out


def _feed(raw: dict[str, Any], label: str) -> FeedConfig:
    bad = sorted(set(raw) - FEED_KEYS)
    if bad:
        raise ConfigError(f"{label}: unknown key {bad[0]!r} (allowed: {', '.join(sorted(FEED_KEYS))})")
    url = raw.get("url")
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{label}: 'url' must be an http(s) URL, got {url!r}")
    name = raw.get("name", url)
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{label}: 'name' must be a non-empty string")
    interval = raw.get("interval", DEFAULT_INTERVAL)
    if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval < MIN_INTERVAL:
        raise ConfigError(f"{label}: 'interval' must be a number of seconds >= {MIN_INTERVAL:g}, got {interval!r}")
    return FeedConfig(url=url.strip(), name=name.strip(), interval=float(interval),
                      country_hint=_countries(raw.get("country_hint", []), label),
                      language=_language(raw.get("language"), label), fetch_pages=_fetch_pages(raw, label),
                      date_order=_date_order(raw, label))


def _countries(value: Any, label: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"{label}: 'country_hint' must be a list of ISO 3166-1 alpha-2 codes, got {value!r}")
    codes = []
    for code in value:
        if not isinstance(code, str) or len(code) != 2 or pycountry.countries.get(alpha_2=code.upper()) is None:
            raise ConfigError(f"{label}: 'country_hint' {code!r} is not an ISO 3166-1 alpha-2 country code")
        codes.append(code.upper())
    return tuple(dict.fromkeys(codes))


def _language(value: Any, label: str) -> str | None:
    if value is None:
        return None
    code = normalize_language_code(value) if isinstance(value, str) else None
    if not code:
        raise ConfigError(f"{label}: 'language' {value!r} is not a language code (e.g. 'en', 'fr')")
    return code


def _date_order(raw: dict[str, Any], label: str) -> str | None:
    """The feed's `date_order`, checked, else the one its `language` implies when it names a region
    ('en-US' → MDY). A bare language ('en') leaves the order to the feed's own <language> first (the
    poller passes it as the fallback locale)."""
    value = raw.get("date_order")
    if value is None:
        language = raw.get("language")
        return locale_date_order(language) if isinstance(language, str) and names_region(language) else None
    try:
        return parse_date_order(value if isinstance(value, str) else repr(value))
    except DateOrderError as exc:
        raise ConfigError(f"{label}: 'date_order': {exc}") from None


def _fetch_pages(raw: dict[str, Any], label: str) -> str:
    value = raw.get("fetch_pages", "auto")
    if value not in FETCH_PAGES:
        raise ConfigError(f"{label}: 'fetch_pages' must be one of {', '.join(FETCH_PAGES)}, got {value!r}")
    return value
