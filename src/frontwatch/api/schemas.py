"""Response and request models of the HTTP API.

They exist for the OpenAPI schema (so clients can generate code against a stable
contract) and to validate what POST /articles accepts. Event items mirror the public
JSONL schema (`Event.to_record()`) plus the article and story they belong to, so a
consumer of `frontwatch extract`, of the exports and of the API reads one shape.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list; `next_offset` is null on the last page."""

    total: int
    limit: int
    offset: int
    next_offset: int | None
    items: list[T]


class Evidence(BaseModel):
    text: str
    start: int
    end: int


class Acled(BaseModel):
    event_type: str | None = None
    sub_event_type: str | None = None


class ActorOut(BaseModel):
    name: str | None = None
    text: str | None = None
    kind: str | None = None  # events/actors.py KINDS: gives ACLED's inter code
    country: str | None = None  # ISO alpha-2 of the actor's own country, where known


class LocationOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str | None = None
    text: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: str | None = None  # "country": only the country is known; lat/lon is then no real point
    # `relative` ({"anchor", "km_max", "direction", ...}) appears only on relative locations, as in the JSONL.


class ArticleRef(BaseModel):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None


class StoryRef(BaseModel):
    id: str
    corroboration: int
    outlets: list[str]


class EventOut(BaseModel):
    """An event as in the JSONL export, with where it was read and the story it belongs to."""

    id: str
    article_id: str
    evidence: Evidence
    event_type: str
    acled: Acled | None = None
    plover: str | None = None
    actor1: ActorOut | None = None
    actor2: ActorOut | None = None
    location: LocationOut | None = None
    date: str | None = None
    date_precision: str
    reported_by: list[str]
    modality: str
    confidence: float
    fatalities: int = 0  # reported deaths, ACLED's conventions (0: none given)
    article: ArticleRef | None = None
    story: StoryRef | None = None


class SourceOut(BaseModel):
    source_ref: str
    kind: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    first_seen: datetime | None = None


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    published_from: str | None = None
    language: str | None = None
    ingested_at: datetime | None = None
    events: int = 0


class ArticleDetail(ArticleSummary):
    text: str
    sources: list[SourceOut]
    event_items: list[EventOut]


class StoryOut(BaseModel):
    """Reports of one happening across articles; `corroboration` counts distinct outlets."""

    id: str
    family: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: str | None = None
    first_reported: str | None = None
    last_reported: str | None = None
    corroboration: int
    outlets: list[str]
    place_name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    event_ids: list[str]
    disagreement: Any = None
    explanation: Any = None


class StoryDetail(StoryOut):
    events: list[EventOut]


class ControlOut(BaseModel):
    """Who holds (or contests, or fronts) a place at the requested date, and why.

    status: held | contested | frontline (a side's position near `anchor`, within `radius_km`)
    | region (a side's claim over a part of a country or province, not a front line)
    | unknown (a held or contested claim no report reaffirmed within the server's stale window).
    """

    place_name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    controller: str
    status: str | None = None
    since: str | None = None
    until: str | None = None
    radius_km: float | None = None
    modality: str | None = None
    reported_by: list[str] = []
    outlets: list[str] = []
    previous: str | None = None
    contenders: list[str] = []
    anchor: str | None = None
    also: list[str] = Field(default=[], description="places this entry stands for too (a same-named province)")
    evidence: list[str]
    explanation: list[str] = []


class ControlPicture(BaseModel):
    date: date
    source: str = Field(description="'stored': the control table the ingest's control stage writes")
    items: list[ControlOut]


class PlaceOut(BaseModel):
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    population: int | None = None
    events: int
    first_date: str | None = None
    last_date: str | None = None
    control: list[ControlOut]
    recent_events: list[EventOut]


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
