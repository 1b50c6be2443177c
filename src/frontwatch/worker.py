"""What one worker process does: hold a `Pipeline`, turn chunks of articles into results.

The functions here run in `ChunkPool` workers (in the parent only for `extract --workers 1`
and for callers that ask for it, as the store-side benchmarks do), so they are module-level and their arguments are plain picklable records. A worker's heavy
state — the spaCy model and the geoparser with its gazetteer connection and lookup
caches — is built once by `init_*` and reused for every chunk. The caches are memos of
pure functions, so what a worker saw before never changes what it returns next: output
is the same whichever worker gets a chunk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from frontwatch.model import Article, IngestError, ProcessedArticle, RawArticle

if TYPE_CHECKING:
    from frontwatch.pipeline import Pipeline, PipelineOptions
    from frontwatch.job import JobStats, SourceOptions

_PIPELINES: dict[tuple[Path | None, int, bool], "Pipeline"] = {}
_STATE: dict[str, object] = {}


def _pipeline_for(options: "PipelineOptions") -> "Pipeline":
    from frontwatch.pipeline import Pipeline

    key = (options.gazetteer, options.batch_size, options.keep_background)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = _PIPELINES[key] = Pipeline(options)
        pipe.warm_up()
    pipe.options = options  # same heavy state; this run's hints and priors
    return pipe


def init_process(options: "PipelineOptions") -> None:
    """Initializer for `process_chunk` (ingest): load the model and open the gazetteer."""
    _STATE["pipeline"] = _pipeline_for(options)


def init_extract(options: "PipelineOptions", source_options: "SourceOptions") -> None:
    """Initializer for `extract_chunk`: the pipeline plus the clean-stage options."""
    _STATE["pipeline"] = _pipeline_for(options)
    _STATE["source_options"] = source_options


def _pipeline() -> "Pipeline":
    pipe = _STATE.get("pipeline")
    if pipe is None:
        raise RuntimeError("worker not initialised (init_process / init_extract was not called)")
    return pipe  # type: ignore[return-value]


@dataclass
class Failed:
    """An article the pipeline raised on: reported as one error line, its neighbours go on."""

    article_id: str
    message: str


def process_articles(pipe: "Pipeline", articles: list[Article]) -> list[ProcessedArticle | Failed]:
    """`Pipeline.process` over one chunk, in order; an article that breaks it becomes an error line.

    The chunk goes through `nlp.pipe` as one batch, within the time budget of all its
    articles. If anything raises (or the budget runs out), the chunk is redone one article
    at a time, each within its own budget, so only the culprit is lost (and named).
    """
    from frontwatch.budget import OverBudget, time_budget

    budget = pipe.options.time_budget
    try:
        with time_budget(budget * len(articles) if budget else None):
            return list(pipe.process(articles))
    except Exception:  # isolate the failing article below
        pass
    out: list[ProcessedArticle | Failed] = []
    for article in articles:
        try:
            with time_budget(budget):
                out.extend(pipe.process([article]))
        except OverBudget:
            out.append(Failed(article.id, f"{article.source_ref}: processing took longer than the time budget of "
                                          f"{budget:g} s per article; skipped (--time-budget, --max-chars)"))
        except Exception as exc:
            reason = " ".join(str(exc).split())
            out.append(Failed(article.id, f"{article.source_ref}: processing failed: {type(exc).__name__}: {reason}"))
    return out


def process_chunk(articles: list[Article]) -> list[ProcessedArticle | Failed]:
    """Ingest's unit of work: cleaned articles in, processed articles (or error lines) out."""
    return process_articles(_pipeline(), articles)


def process_chunk_with(options: "PipelineOptions", articles: list[Article]) -> list[ProcessedArticle | Failed]:
    """`process_chunk` under this run's `options`: a kept model worker serves many ingest runs
    (each feed poll, each API request), each with its own outlet priors and country hint, so
    the options travel with the chunk; the loaded model is reused (`_pipeline_for`)."""
    init_process(options)
    return process_chunk(articles)


@dataclass
class ExtractChunk:
    """What a chunk of `extract` gives back: output lines per article, messages, counts."""

    lines: list[str] = field(default_factory=list)  # JSONL of each processed article's events, in order
    messages: list[tuple[str, str]] = field(default_factory=list)  # ("error" | "skip", text), in order
    stats: "JobStats | None" = None
    items: int = 0  # input items (articles and read errors) this chunk settled


def extract_chunk(items: list[RawArticle | IngestError]) -> ExtractChunk:
    """Extract's unit of work: raw items in; clean, gates, pipeline and JSON all here.

    Cleaning runs in the worker too, so the parent only reads input and writes output.
    """
    from frontwatch.job import JobStats, clean_items, events_public

    opts = _STATE["source_options"]
    result = ExtractChunk(stats=JobStats(), items=len(items))
    stats = result.stats
    assert stats is not None
    articles = list(clean_items(items, opts, stats,  # type: ignore[arg-type]
                                on_error=lambda m: result.messages.append(("error", m)),
                                on_skip=lambda m: result.messages.append(("skip", m))))
    for processed in process_articles(_pipeline(), articles):
        if isinstance(processed, Failed):
            stats.errors.append(processed.message)
            result.messages.append(("error", processed.message))
            continue
        records = events_public(processed.events, processed.article)
        stats.stored += 1
        stats.events += len(records)
        result.lines.append("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return result
