"""Batch jobs behind the CLI: `ingest` (into a store) and `extract` (stateless).

Both read sources through the same ingest and clean functions and run the same
`Pipeline.process`; they differ only in where results go. Bad inputs never stop a
batch: each becomes one error line naming the input, and the job's result says how
many failed so the CLI can exit non-zero.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

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


@dataclass
class JobStats:
    read: int = 0  # articles read from sources
    stored: int = 0  # new articles stored (ingest) or processed (extract)
    duplicates: int = 0  # exact duplicates linked to an existing article
    near_duplicates: int = 0
    skipped_language: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def as_dict(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates, "skipped_language": self.skipped_language,
            "events": self.events, "failed": self.failed,
        }


OnError = Callable[[str], None]
OnArticle = Callable[[JobStats], None]


def _stderr(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)


def cleaned_articles(
    sources: list[str], opts: SourceOptions, stats: JobStats, on_error: OnError = _stderr,
    on_skip: OnError | None = None,
) -> Iterator[Article]:
    """Ingest + clean, reporting what cannot be read and skipping non-English articles."""
    from frontwatch.ingest import iter_sources

    items: Iterable[RawArticle | IngestError] = iter_sources(
        sources, published=opts.published, outlet=opts.outlet, allow_private=opts.allow_private,
        encoding=opts.encoding, max_bytes=opts.max_bytes, timeout=opts.timeout,
    )
    yield from clean_items(items, opts, stats, on_error, on_skip)


def clean_items(
    items: Iterable[RawArticle | IngestError], opts: SourceOptions, stats: JobStats, on_error: OnError = _stderr,
    on_skip: OnError | None = None,
) -> Iterator[Article]:
    """The clean stage and its gates over already-read items (files here, Spark rows in scale.spark).

    Split from `cleaned_articles` so every runner counts, reports and skips the same way.
    """
    from frontwatch.clean import clean_article, is_english

    for item in items:
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
        if not opts.keep_non_english and not is_english(article):
            stats.skipped_language += 1
            if on_skip:
                on_skip(f"{item.source_ref}: skipped, language '{article.language}' is not English "
                        f"(--keep-non-english to process anyway)")
            continue
        yield article


def run_extract(
    sources: list[str], out: IO[str], *, opts: SourceOptions | None = None, include_background: bool = False,
    gazetteer: Path | None = None, on_error: OnError = _stderr, on_skip: OnError | None = None,
    on_progress: OnArticle | None = None,
) -> JobStats:
    """Stateless: every event as one JSON line, in input order; nothing is stored."""
    from frontwatch.pipeline import Pipeline, PipelineOptions

    opts = opts or SourceOptions()
    stats = JobStats()
    pipe = Pipeline(PipelineOptions(gazetteer=gazetteer, keep_background=include_background))
    for processed in pipe.process(cleaned_articles(sources, opts, stats, on_error, on_skip)):
        stats.stored += 1
        for record in events_public(processed.events, processed.article):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            stats.events += 1
        out.flush()
        if on_progress:
            on_progress(stats)
    return stats


def run_ingest(
    sources: list[str], db: str | Path, *, opts: SourceOptions | None = None, gazetteer: Path | None = None,
    batch_size: int = 16, on_error: OnError = _stderr, on_skip: OnError | None = None,
    on_progress: OnArticle | None = None,
) -> JobStats:
    """Ingest into a store: each new article in its own transaction; duplicates linked, not stored twice."""
    from frontwatch.clean.dedupe import NearDuplicateIndex, signature
    from frontwatch.pipeline import Pipeline, PipelineOptions
    from frontwatch.store import Store

    opts = opts or SourceOptions()
    stats = JobStats()
    store = Store(db)
    try:
        index = NearDuplicateIndex()
        for article_id, sig in store.signatures():
            if sig:
                index.add(article_id, sig)
        pipe = Pipeline(PipelineOptions(gazetteer=gazetteer, keep_background=True))
        pending: list[tuple[Article, bytes]] = []
        pending_ids: set[str] = set()
        deferred: list[tuple[str, Article]] = []  # duplicates of articles not yet stored

        def flush() -> None:
            sigs = {a.id: s for a, s in pending}
            for processed in pipe.process(a for a, _ in pending):
                try:
                    if store.save(processed, signature=sigs[processed.article.id]):
                        stats.stored += 1
                        stats.events += len([e for e in processed.events if e.modality != "background"])
                except Exception as exc:  # the store rolled back this article; report and go on
                    msg = f"{processed.article.source_ref}: could not store: {exc}"
                    stats.errors.append(msg)
                    on_error(msg)
                if on_progress:
                    on_progress(stats)
            for target, dup in deferred:
                if store.has_article(target):
                    store.link_source(target, dup)
            pending.clear()
            pending_ids.clear()
            deferred.clear()

        for article in cleaned_articles(sources, opts, stats, on_error, on_skip):
            if article.id in pending_ids:
                deferred.append((article.id, article))
                stats.duplicates += 1
                continue
            if store.has_article(article.id):
                store.link_source(article.id, article)
                stats.duplicates += 1
                if on_progress:
                    on_progress(stats)
                continue
            sig = signature(article.text)
            near = index.find(sig)
            if near is not None:
                if near in pending_ids:
                    deferred.append((near, article))
                else:
                    store.link_source(near, article)
                stats.near_duplicates += 1
                if on_progress:
                    on_progress(stats)
                continue
            index.add(article.id, sig)
            pending.append((article, sig))
            pending_ids.add(article.id)
            if len(pending) >= batch_size:
                flush()
        if pending or deferred:
            flush()
    finally:
        store.close()
    return stats


def events_public(events: Iterable[Event], article: Article) -> list[dict]:
    """Event records with the input's own id as article_id (how extract joins back to input)."""
    out = []
    for e in events:
        rec = e.to_record()
        rec["article_id"] = article.external_id or article.id
        out.append(rec)
    return out
