"""RSS and Atom feeds: each entry becomes an article; hostile XML is refused first.

feedparser is lenient by design (it reads broken feeds), which also means it must not
be the first thing to see untrusted bytes: entity declarations (billion laughs,
external entities) are refused by defusedxml before feedparser runs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import defusedxml
import feedparser
import lxml.html
from defusedxml import ElementTree as SafeET

from frontwatch.ingest.date_order import DateOrder, chosen_order
from frontwatch.ingest.published import parse_date, resolve_published
from frontwatch.model import IngestError, RawArticle

XML_BOMB_MESSAGE = "refused: XML entity declarations (possible XML bomb)"
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt",
}


def _prolog(data: bytes) -> bytes:
    """The bytes before the root element, where a DTD (and so any entity declaration) must be."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: narrow to ASCII-compatible bytes to scan
        data = data.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    match = _ELEMENT_START.search(data)
    return data if match is None else data[: match.start()]


def xml_refusal(data: bytes) -> str | None:
    """Why these feed bytes must not be parsed, or None when they are safe for feedparser.

    Two layers: a byte scan of the prolog catches declarations even when the XML is too
    broken for a strict parser (feedparser's lenient fallback would still see them), and
    defusedxml catches whatever the scan misses in a well-formed document. Malformed XML
    without declarations is left to feedparser, which copes with it.
    """
    if _ENTITY_DECL.search(_prolog(data)):
        return XML_BOMB_MESSAGE
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        return XML_BOMB_MESSAGE
    except defusedxml.DefusedXmlException as exc:
        return f"refused: unsafe XML ({type(exc).__name__})"
    except (SafeET.ParseError, ValueError, LookupError):
        return None
    return None


def html_to_text(fragment: str) -> str:
    """Entry HTML → plain text with paragraph breaks.

    Hand-written because trafilatura's extractors are tuned for whole pages and return
    nothing for the short fragments feeds carry; lxml plus a newline per block element
    is all a summary needs.
    """
    if "<" not in fragment:
        return _tidy(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError/ValueError on degenerate input; fall back to the raw text
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _entry_text(entry: Any) -> str:
    """The fullest body the entry carries: its longest content block, else its summary."""
    candidates: list[tuple[str, str]] = [
        (c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content") or []
    ]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    best = ""
    for value, mime in candidates:
        text = html_to_text(value) if "html" in mime else _tidy(value)
        if len(text) > len(best):
            best = text
    return best


def _entry_title(entry: Any) -> str | None:
    title = entry.get("title")
    if not title:
        return None
    mime = (entry.get("title_detail") or {}).get("type") or ""
    return (html_to_text(title) if "html" in mime else _tidy(title)) or None


def _entry_link(entry: Any, base_url: str | None) -> str | None:
    link = entry.get("link") or None
    return urljoin(base_url, link) if link and base_url else link


def _entry_date(entry: Any, date_order: DateOrder | None = None) -> datetime | None:
    for key in ("published", "updated", "created"):
        parsed = parse_date(entry.get(f"{key}_parsed")) or parse_date(entry.get(key), date_order=date_order)
        if parsed is not None:
            return parsed
    return None


def iter_feed(
    data: bytes, feed_ref: str, *, content_type: str | None = None, encoding: str | None = None,
    published: datetime | None = None, outlet: str | None = None, fallback_date: datetime | None = None,
    base_url: str | None = None, date_order: DateOrder | None = None, locale: str | None = None,
) -> Iterator[RawArticle | IngestError]:
    """Each entry as an article (source_ref `feed_ref#entry-id`); entry links are not fetched.

    `base_url` (a fetched feed's final URL) resolves relative entry links;
    `content_type` is the HTTP header of a fetched feed (feedparser uses its charset);
    `encoding` overrides the charset for a feed that misdeclares it;
    `date_order` (else the feed's declared `<language>` locale, else `locale`, e.g. the watch file's
    language) reads an ambiguous numeric entry date.
    """
    refusal = xml_refusal(data)
    if refusal:
        yield IngestError(feed_ref, refusal)
        return
    # No Content-Location: feedparser would then "resolve" plain guids into URLs too, and the
    # entry ids in source_ref must stay as the feed wrote them. Links are resolved below.
    headers: dict[str, str] = {}
    if encoding:
        headers["content-type"] = f"application/xml; charset={encoding}"
    elif content_type:
        headers["content-type"] = content_type
    # BytesIO, never the raw value: feedparser would treat a str as a URL or file name to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "unreadable").splitlines()[0]
            yield IngestError(feed_ref, f"malformed feed with no entries: {reason}")
        elif not parsed.get("version"):
            yield IngestError(feed_ref, "not an RSS or Atom feed")
        else:
            yield IngestError(feed_ref, "feed has no entries")
        return
    feed = parsed.get("feed") or {}
    feed_outlet = _tidy(feed.get("title") or "") or outlet
    feed_language = feed.get("language") or None
    order = chosen_order(date_order, feed_language or locale)
    for index, entry in enumerate(parsed.entries, start=1):
        entry_id = entry.get("id") or entry.get("link") or str(index)
        ref = f"{feed_ref}#{entry_id}"
        try:
            yield _entry_article(entry, ref, base_url=base_url, published=published, fallback_date=fallback_date,
                                 outlet=feed_outlet, language=entry.get("language") or feed_language,
                                 date_order=order)
        except Exception as exc:  # one odd entry costs itself, never the rest of the feed
            yield IngestError(ref, f"unreadable entry: {type(exc).__name__}: {exc}")


def _entry_article(entry: Any, ref: str, *, base_url: str | None, published: datetime | None,
                   fallback_date: datetime | None, outlet: str | None, language: str | None,
                   date_order: DateOrder | None = None) -> RawArticle | IngestError:
    text = _entry_text(entry)
    if not text:
        return IngestError(ref, "feed entry has no content or summary text")
    when, origin = resolve_published(_entry_date(entry, date_order), published, fallback_date)
    return RawArticle(text=text, source_ref=ref, kind="feed", title=_entry_title(entry),
                      url=_entry_link(entry, base_url), outlet=outlet, published=when, published_from=origin,
                      language=language)
