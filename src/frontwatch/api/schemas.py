"""Response and request models of the HTTP API.

They exist for the OpenAPI schema (so clients can generate code against a stable
contract) and to validate what POST /articles accepts. The records the API serves
(events, articles, places, stories, control) are not declared here but in
`frontwatch.schema`, the one definition `extract`, the store, Spark and the exports derive
from too; this module re-exports them beside the API's own envelopes (pages, ingest
results, errors, feed health).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from frontwatch.schema import (
    Acled,
    ActorOut,
    ArticleDetail,
    ArticleRef,
    ArticleSummary,
    ControlOut,
    EventOut,
    Evidence,
    LocationOut,
    PlaceOut,
    SourceOut,
    StoryOut,
    StoryRef,
)

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list; `next_offset` is null on the last page."""

    total: int
    limit: int
    offset: int
    next_offset: int | None
    items: list[T]


class StoryDetail(StoryOut):
    events: list[EventOut]


class ControlPicture(BaseModel):
    date: date
    source: str = Field(description="'stored': the control table the ingest's control stage writes")
    items: list[ControlOut]


class ArticleIn(BaseModel):
    """One article to ingest over HTTP (the JSONL input schema)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = Field(default=None, max_length=2_000)
    url: str | None = Field(default=None, max_length=4_000)
    outlet: str | None = Field(default=None, max_length=500)
    published: datetime | date | None = None
    id: str | None = Field(default=None, max_length=500, description="your own id, echoed as the source's id")


class IngestResult(BaseModel):
    read: int
    stored: int
    duplicates: int
    near_duplicates: int
    skipped_language: int
    events: int
    failed: int
    errors: list[str]


class ErrorOut(BaseModel):
    detail: str


class FeedOut(BaseModel):
    """One polled feed's health (`frontwatch watch` writes it)."""

    url: str
    name: str | None = None
    last_poll: datetime | None = None
    last_success: datetime | None = None
    next_due: datetime | None = None
    last_status: int | None = Field(None, description="HTTP status of the last poll (304: not modified)")
    failures: int = Field(0, description="consecutive failed polls")
    last_error: str | None = None
    entries_seen: int = Field(0, description="entries stored or linked over all polls")
    last_new: int = Field(0, description="new articles stored by the last poll")


__all__ = [
    "Acled", "ActorOut", "ArticleDetail", "ArticleIn", "ArticleRef", "ArticleSummary", "ControlOut", "ControlPicture",
    "ErrorOut", "EventOut", "Evidence", "FeedOut", "IngestResult", "LocationOut", "Page", "PlaceOut", "SourceOut",
    "StoryDetail", "StoryOut", "StoryRef",
]
