"""News pages: main text, title, date and site name through trafilatura.

trafilatura already separates article text from navigation and comments and reads the
common metadata conventions (Open Graph, schema.org, <meta> dates); this module only
maps its result onto a RawArticle and turns "nothing found" into an error.
"""

from __future__ import annotations

from datetime import datetime

import trafilatura

from frontwatch.ingest.published import parse_date, resolve_published
from frontwatch.model import IngestError, RawArticle

# Only dates stated in the markup: the "extensive" search scans free text and would
# take a date mentioned in the article (or a copyright line) as its publication date.
# original_date prefers first publication over "last updated". The time of day and
# offset are kept so "yesterday" near midnight resolves to the right day.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def article_from_html(
    content: bytes | str, source_ref: str, *, url: str | None = None, published: datetime | None = None,
    outlet: str | None = None, fallback_date: datetime | None = None, encoding: str | None = None,
) -> RawArticle | IngestError:
    """One page → one article, or an error when trafilatura finds no article text.

    Bytes are handed over undecoded unless `encoding` is given, so the page's own
    <meta charset> is honoured.
    """
    if isinstance(content, bytes) and encoding:
        try:
            content = content.decode(encoding)
        except LookupError:
            return IngestError(source_ref, f"unknown encoding '{encoding}'")
        except UnicodeDecodeError as exc:
            return IngestError(source_ref, f"cannot decode as {encoding} at byte {exc.start}: {exc.reason}")
    try:
        doc = trafilatura.bare_extraction(
            content, url=url, with_metadata=True, include_comments=False, date_extraction_params=DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup; one page must not stop a batch
        return IngestError(source_ref, f"HTML extraction failed: {type(exc).__name__}: {exc}")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return IngestError(source_ref, "no article text could be extracted from the HTML")
    when, origin = resolve_published(parse_date(doc.date), published, fallback_date)
    return RawArticle(
        text=text,
        source_ref=source_ref,
        kind="html",
        title=(doc.title or "").strip() or None,
        url=doc.url or url,
        outlet=(doc.sitename or "").strip() or outlet,
        published=when,
        published_from=origin,
    )
