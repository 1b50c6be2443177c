"""Ingest: turn sources (files, directories, URLs) into RawArticle records.

What cannot be read becomes an IngestError naming the input and the reason, and the
batch goes on: a corpus of thousands of files always has a few odd ones, and one of
them must not cost the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from frontwatch.ingest.date_order import DateOrder
from frontwatch.ingest.feeds import iter_feed
from frontwatch.ingest.fetch import Fetched, FetchError, fetch
from frontwatch.ingest.files import (
    SNIFF_BYTES,
    ReadError,
    decode_text,
    detect_kind,
    ensure_not_binary,
    file_mtime,
    iter_jsonl,
    read_capped,
    sniff_kind,
    stat_regular,
    text_article,
    walk,
)
from frontwatch.ingest.html import article_from_html
from frontwatch.model import IngestError, RawArticle

__all__ = ["iter_sources", "iter_path", "iter_url", "IngestError", "RawArticle"]

Item = RawArticle | IngestError
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
_XML_TYPES = {"application/xml", "text/xml"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def iter_sources(
    sources: Sequence[str], *, published: datetime | None = None, outlet: str | None = None,
    allow_private: bool = False, encoding: str | None = None, max_bytes: int = 20_000_000,
    timeout: float = 20.0, follow_symlinks: bool = False, date_order: DateOrder | None = None,
) -> Iterator[Item]:
    """Every article in `sources` (paths or http(s) URLs), in order; errors are yielded, not raised.

    `published` and `outlet` apply only where the source itself does not say; `date_order` reads
    ambiguous numeric dates (07/12/2024) by the rule of ingest/date_order.py.
    """
    for source in sources:
        if is_url(source):
            items = iter_url(source, published=published, outlet=outlet, allow_private=allow_private,
                             encoding=encoding, max_bytes=max_bytes, timeout=timeout, date_order=date_order)
        elif "://" in source:
            items = iter([IngestError(source, "unsupported URL scheme (only http and https)")])
        else:
            items = iter_path(Path(source), published=published, outlet=outlet, encoding=encoding,
                              max_bytes=max_bytes, follow_symlinks=follow_symlinks, date_order=date_order)
        yield from _guarded(source, items)


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn an unexpected crash inside one source into an error so the other sources still run.

    Messages are also flattened to one line (library exceptions sometimes span several),
    because each error is printed as one `source: message` line.
    """
    try:
        for item in items:
            if isinstance(item, IngestError) and "\n" in item.message:
                item.message = " ".join(item.message.split())
            yield item
    except Exception as exc:  # a bug or an exotic input must cost one source, not the batch
        yield IngestError(source, f"unexpected error: {type(exc).__name__}: {exc}")


# ----------------------------------------------------------------------------- paths


def iter_path(
    path: Path, *, published: datetime | None = None, outlet: str | None = None,
    encoding: str | None = None, max_bytes: int = 20_000_000, follow_symlinks: bool = False,
    date_order: DateOrder | None = None,
) -> Iterator[Item]:
    """A file, or every non-hidden file under a directory (recursively, in name order).

    A path named by the user is read even when it is a symbolic link; links met while
    walking a directory are skipped (one error line each) unless `follow_symlinks`: a
    shared drop folder must not become a way to read /etc/passwd into the store.
    """
    if path.is_dir():
        found = False
        for item in walk(path, follow_symlinks=follow_symlinks):
            if isinstance(item, IngestError):
                yield item
                continue
            found = True
            yield from _guarded(str(item), _iter_file(item, published, outlet, encoding, max_bytes,
                                                                date_order))
        if not found:
            yield IngestError(str(path), "directory contains no (non-hidden) files")
        return
    yield from _iter_file(path, published, outlet, encoding, max_bytes, date_order)


def _iter_file(
    path: Path, published: datetime | None, outlet: str | None, encoding: str | None, max_bytes: int,
    date_order: DateOrder | None = None,
) -> Iterator[Item]:
    ref = str(path)
    try:
        st = stat_regular(path)
        kind = detect_kind(path, _head(path))
        if kind == "jsonl":
            yield from iter_jsonl(path, st, published=published, outlet=outlet, encoding=encoding,
                                  max_bytes=max_bytes, date_order=date_order)
            return
        data = read_capped(path, st, max_bytes)
    except ReadError as exc:
        yield IngestError(ref, str(exc))
        return
    yield from _iter_content(
        data, kind, ref, url=None, charset=None, content_type=None,
        published=published, outlet=outlet, encoding=encoding, fallback_date=file_mtime(st), date_order=date_order,
    )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None


def _iter_content(
    data: bytes, kind: str, ref: str, *, url: str | None, charset: str | None, content_type: str | None,
    published: datetime | None, outlet: str | None, encoding: str | None, fallback_date: datetime | None,
    date_order: DateOrder | None = None,
) -> Iterator[Item]:
    """Bytes of a known kind (text, html or feed) → articles (HTML dates come from trafilatura as ISO)."""
    if kind in ("feed", "html"):
        try:
            ensure_not_binary(data, encoding)
        except ReadError as exc:
            yield IngestError(ref, str(exc))
            return
    if kind == "feed":
        yield from iter_feed(data, ref, content_type=content_type, encoding=encoding, published=published,
                             outlet=outlet, fallback_date=fallback_date, base_url=url, date_order=date_order)
    elif kind == "html":
        content: bytes | str = data
        if charset and not encoding:  # the HTTP charset, when it works; else let trafilatura detect
            try:
                content = data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        yield article_from_html(content, ref, url=url, published=published, outlet=outlet,
                                fallback_date=fallback_date, encoding=encoding)
    else:
        try:
            text = decode_text(data, encoding or charset)
        except ReadError as exc:
            yield IngestError(ref, str(exc))
            return
        if not text.strip():
            yield IngestError(ref, "file contains only whitespace")
            return
        yield text_article(text, ref, published=published, outlet=outlet, fallback_date=fallback_date,
                           kind="text", url=url, date_order=date_order)


# ----------------------------------------------------------------------------- URLs


def url_kind(fetched: Fetched) -> str | None:
    """Feed, HTML or text from Content-Type and sniffing; None for what is not an article.

    Sniffing wins over the header because servers often label feeds text/html or text/plain.
    """
    sniffed = sniff_kind(fetched.body[:SNIFF_BYTES])
    ctype = fetched.content_type or ""
    if ctype in _FEED_TYPES or sniffed == "feed":
        return "feed"
    if ctype in _HTML_TYPES or sniffed == "html":
        return "html"
    if ctype in _XML_TYPES:
        return "feed"  # generic XML: let the feed parser say whether it is one
    if ctype.startswith("text/") or (not ctype and sniffed is None):
        return "text"
    return None


def iter_url(
    url: str, *, published: datetime | None = None, outlet: str | None = None, allow_private: bool = False,
    encoding: str | None = None, max_bytes: int = 20_000_000, timeout: float = 20.0,
    date_order: DateOrder | None = None,
) -> Iterator[Item]:
    """Fetch one URL and read it as a feed, a page or plain text; the date falls back to Last-Modified."""
    try:
        fetched = fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    except FetchError as exc:
        yield IngestError(url, str(exc))
        return
    if not fetched.body.strip():
        yield IngestError(url, "empty response body")
        return
    kind = url_kind(fetched)
    if kind is None:
        yield IngestError(url, f"unsupported content type '{fetched.content_type}' (want a feed, HTML or text)")
        return
    content_type = None
    if fetched.content_type:
        content_type = fetched.content_type + (f"; charset={fetched.charset}" if fetched.charset else "")
    yield from _iter_content(
        fetched.body, kind, url, url=fetched.final_url, charset=fetched.charset, content_type=content_type,
        published=published, outlet=outlet, encoding=encoding, fallback_date=fetched.last_modified,
        date_order=date_order,
    )
