"""An entry's own page, fetched when the feed carries only a summary, if robots.txt allows.

Many news feeds give a one-sentence summary and a link; the article is on the page.
The page goes through the same safe fetcher as any URL source (no local network
unless allowed, bounded size and time) and the same trafilatura extraction as HTML
files. robots.txt is fetched through that fetcher too (never urllib's own opener,
which would bypass the address checks) and cached per host; its Crawl-delay spaces
our page requests to that host.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from frontwatch.ingest.fetch import USER_AGENT, FetchError, fetch
from frontwatch.ingest.html import article_from_html
from frontwatch.model import IngestError, RawArticle

# An entry shorter than this is taken for a summary in `fetch_pages = "auto"`: feeds that
# carry whole articles carry thousands of characters, summaries a sentence or two.
SUMMARY_CHARS = 1000
ROBOTS_TTL = 24 * 3600.0  # seconds a host's robots.txt is trusted
ROBOTS_RETRY = 3600.0  # seconds before asking again a host whose robots.txt was unreachable
ROBOTS_MAX_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB
MAX_CRAWL_DELAY = 10.0  # seconds: a robots.txt Crawl-delay is honoured up to this (the poller has other feeds)


def wants_page(mode: str, entry: RawArticle) -> bool:
    """Whether to fetch this entry's page under `fetch_pages = mode`."""
    if mode == "never" or not entry.url or not entry.url.lower().startswith(("http://", "https://")):
        return False
    return mode == "always" or len(entry.text) < SUMMARY_CHARS


@dataclass
class RobotsCache:
    """robots.txt rules per host (scheme://host:port), fetched at first need and kept for a day."""

    allow_private: bool = False
    timeout: float = 20.0
    _rules: dict[str, tuple[RobotFileParser | bool, float]] = field(default_factory=dict)
    _last_fetch: dict[str, float] = field(default_factory=dict)

    def _rules_for(self, url: str) -> tuple[str, RobotFileParser | bool]:
        parts = urlsplit(url)
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        cached = self._rules.get(origin)
        if cached is None or time.monotonic() > cached[1]:
            cached = self._rules[origin] = self._fetch(origin)
        return origin, cached[0]

    def allowed(self, url: str) -> bool:
        _, rules = self._rules_for(url)
        return rules if isinstance(rules, bool) else rules.can_fetch(USER_AGENT, url)

    def wait_turn(self, url: str) -> None:
        """Sleep out the host's Crawl-delay (capped) since our last page from it, then take the turn."""
        origin, rules = self._rules_for(url)
        delay = 0.0 if isinstance(rules, bool) else float(rules.crawl_delay(USER_AGENT) or 0.0)
        last = self._last_fetch.get(origin)
        if last is not None and delay > 0:
            time.sleep(max(0.0, last + min(delay, MAX_CRAWL_DELAY) - time.monotonic()))
        self._last_fetch[origin] = time.monotonic()

    def _fetch(self, origin: str) -> tuple[RobotFileParser | bool, float]:
        """RFC 9309: a missing robots.txt (4xx) allows everything, except 401/403 which we read as
        "keep out"; an unreachable one (5xx, network) disallows everything for now."""
        now = time.monotonic()
        try:
            fetched = fetch(f"{origin}/robots.txt", allow_private=self.allow_private, max_bytes=ROBOTS_MAX_BYTES,
                            timeout=self.timeout)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return exc.status not in (401, 403), now + ROBOTS_TTL
            return False, now + ROBOTS_RETRY
        parser = RobotFileParser()
        parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        return parser, now + ROBOTS_TTL


def with_page(entry: RawArticle, robots: RobotsCache, *, allow_private: bool = False, max_bytes: int = 20_000_000,
              timeout: float = 20.0) -> tuple[RawArticle, str | None]:
    """The entry with its page's text when the page gives more than the feed did; else the entry
    as it was and one line saying why the page was not used (the summary is still worth storing)."""
    url = entry.url or ""
    if not robots.allowed(url):
        return entry, f"{entry.source_ref}: page {url} not fetched: robots.txt disallows it; kept the feed's text"
    robots.wait_turn(url)
    try:
        fetched = fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    except FetchError as exc:
        return entry, f"{entry.source_ref}: page {url} not fetched: {exc}; kept the feed's text"
    content: bytes | str = fetched.body
    if fetched.charset:
        try:
            content = fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    page = article_from_html(content, entry.source_ref, url=fetched.final_url, fallback_date=fetched.last_modified)
    if isinstance(page, IngestError):
        return entry, f"{page}; kept the feed's text"
    if len(page.text) <= len(entry.text):
        return entry, None
    dated = entry.published_from != "metadata" and page.published_from == "metadata"
    return replace(entry, text=page.text, title=entry.title or page.title,
                   published=page.published if dated else entry.published,
                   published_from=page.published_from if dated else entry.published_from), None
