"""A job's options, counts and clean stage: what the batch runner and its worker processes share.

`runner` runs jobs and hands chunks to `worker`; both need the options and counters and the
clean stage, so they live here, below both, rather than in either (which would make them
import each other).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from frontwatch.model import Article, Event, IngestError, RawArticle


@dataclass
class SourceOptions:
    published: datetime | None = None
    outlet: str | None = None
    allow_private: bool = False
    encoding: str | None = None
    max_bytes: int = 20_000_000
    timeout: float = 20.0
    keep_non_english: bool = False
    follow_symlinks: bool = False
    date_order: str | None = None  # DMY | MDY | YMD for ambiguous numeric dates (ingest/date_order.py)
    # Bounds on one article's work: longer texts are refused (one error line) or, with
    # split_long, cut into parts processed in order; time_budget is wall-clock seconds per
    # article in the worker; max_feed_items caps a feed's new entries per run (ingest leaves
    # the rest for the next run: entries already stored do not count).
    max_chars: int = 100_000
    split_long: bool = False
    time_budget: float | None = 60.0
    max_feed_items: int | None = 500


@dataclass
class JobStats:
    read: int = 0  # articles read from sources
    stored: int = 0  # new articles stored (ingest) or processed (extract)
    duplicates: int = 0  # exact duplicates linked to an existing article
    near_duplicates: int = 0
    skipped_language: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    handled: int = 0  # input items settled (any outcome): what progress bars count
    file_dated: int = 0  # articles dated only by their file's modification time (said once, at the end)
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per pipeline process (pid), for benchmarks

    def add(self, other: "JobStats") -> None:
        """Fold in the counts of a part of the job (a worker's chunk)."""
        self.read += other.read
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.near_duplicates += other.near_duplicates
        self.skipped_language += other.skipped_language
        self.events += other.events
        self.errors.extend(other.errors)
        self.handled += other.handled
        self.file_dated += other.file_dated

    @property
    def failed(self) -> int:
        return len(self.errors)

    def as_dict(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates, "skipped_language": self.skipped_language,
            "events": self.events, "failed": self.failed, "file_dated": self.file_dated,
        }


OnError = Callable[[str], None]
OnArticle = Callable[[JobStats], None]


def _stderr(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)


def clean_items(
    items: Iterable[RawArticle | IngestError], opts: SourceOptions, stats: JobStats, on_error: OnError = _stderr,
    on_skip: OnError | None = None,
) -> Iterator[Article]:
    """The clean stage and its gates over already-read items (files here, Spark rows in scale.spark).

    Split from `cleaned_articles` so every runner counts, reports and skips the same way.
    """
    from dataclasses import replace

    from frontwatch.clean import admitted_language, clean_article
    from frontwatch.lang.detect import SUPPORTED

    for item in _bounded(items, opts):
        if isinstance(item, IngestError):
            stats.errors.append(str(item))
            on_error(str(item))
            continue
        stats.read += 1
        try:
            article = clean_article(item)
        except Exception as exc:  # one bad record must not stop the batch
            msg = f"{item.source_ref}: cleaning failed: {exc}"
            stats.errors.append(msg)
            on_error(msg)
            continue
        if not article.text.strip():
            msg = f"{item.source_ref}: no article text left after removing boilerplate"
            stats.errors.append(msg)
            on_error(msg)
            continue
        if article.published_from == "file_mtime":
            stats.file_dated += 1
        language = admitted_language(article)
        if language is None and not opts.keep_non_english:
            stats.skipped_language += 1
            if on_skip:
                on_skip(f"{item.source_ref}: skipped, language '{article.language}' is not one we read "
                        f"({', '.join(SUPPORTED)}; --keep-non-english to process it as English anyway)")
            continue
        if language not in (None, "en") and language != article.language:
            article = replace(article, language=language)
        yield article


def _bounded(items: Iterable[RawArticle | IngestError], opts: SourceOptions) -> Iterator[RawArticle | IngestError]:
    """Items within `opts.max_chars`: a longer text is an error line, or its parts with `split_long`.

    Checked on the raw text, before cleaning: even boilerplate removal and language
    identification should not run over a 2 M-character input the user did not ask for.
    """
    from dataclasses import replace

    from frontwatch.clean.parts import split_text

    limit = opts.max_chars
    for item in items:
        if isinstance(item, IngestError) or not limit or len(item.text) <= limit:
            yield item
            continue
        if not opts.split_long:
            yield IngestError(item.source_ref, f"article is {len(item.text):,} characters, more than max_chars="
                                               f"{limit:,}; skipped (--split-long processes it in parts, "
                                               f"--max-chars raises the limit)")
            continue
        parts = split_text(item.text, limit)
        for n, part in enumerate(parts, 1):
            yield replace(item, text=part, source_ref=f"{item.source_ref}#part{n}of{len(parts)}",
                          title=item.title if n == 1 else None,
                          external_id=f"{item.external_id}#part{n}" if item.external_id else None)


def events_public(events: Iterable[Event], article: Article) -> list[dict]:
    """Event records with the input's own id as article_id (how extract joins back to input)."""
    out = []
    for e in events:
        rec = e.to_record()
        rec["article_id"] = article.external_id or article.id
        out.append(rec)
    return out
