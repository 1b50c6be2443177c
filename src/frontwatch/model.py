"""The records that flow between stages.

Every stage is a pure function from one of these records to the next, so the same
code runs in one process, in a process pool and inside Spark tasks. They are plain
dataclasses (not ORM rows) so they pickle cheaply and carry no database session.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from frontwatch.event_record import record_builder
from frontwatch.schema import EventRecord

GeoPrecision = Literal["point", "city", "admin1", "admin2", "country", "border", "relative"]
Modality = Literal["asserted", "claimed", "denied", "planned", "background"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
PublishedFrom = Literal["metadata", "option", "file_mtime", "unknown"]

GEO_PRECISIONS: tuple[str, ...] = ("point", "city", "admin1", "admin2", "country", "border", "relative")
MODALITIES: tuple[str, ...] = ("asserted", "claimed", "denied", "planned", "background")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "unknown")


@dataclass
class RawArticle:
    """One article as a source delivered it, before cleaning.

    `source_ref` says where it came from (path, path:line, URL, feed URL#entry) so an
    error or a stored record can always name its input.
    """

    text: str
    source_ref: str
    kind: str  # text | jsonl | html | feed
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None  # timezone-aware UTC
    published_from: PublishedFrom = "unknown"
    language: str | None = None
    external_id: str | None = None  # the input's own id (JSONL "id"), echoed as article_id


@dataclass
class IngestError:
    """A source (or one record of it) that could not be read; the batch goes on."""

    source_ref: str
    message: str

    def __str__(self) -> str:
        return f"{self.source_ref}: {self.message}"


@dataclass
class Article:
    """A cleaned article: boilerplate removed, Unicode normalised, language known."""

    id: str  # stable: hash of the cleaned text
    text: str
    source_ref: str
    kind: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    published_from: PublishedFrom = "unknown"
    language: str | None = None
    language_score: float | None = None
    external_id: str | None = None
    removed: list[str] = field(default_factory=list)  # boilerplate lines stripped, for audit


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Place:
    """A gazetteer entry (GeoNames semantics)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # admin1 name where known, else code
    admin1_code: str | None = None
    admin2: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    population: int = 0
    precision: GeoPrecision = "city"


@dataclass
class Candidate:
    place: Place
    score: float
    how: str  # exact | alternate | folded | fuzzy | demonym | unlisted (geo/unlisted.py: the place it was put in)
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class Toponym:
    """A place mention in an article, resolved (place set) or not."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    precision: GeoPrecision | None = None
    candidates: list[Candidate] = field(default_factory=list)
    relative: dict[str, Any] | None = None  # {"anchor": ..., "km": 20, "direction": "S", ...}
    sentence: int | None = None
    derived: str | None = None  # 'capital': a place named through another ('the Syrian capital'), not a name


@dataclass
class Mention:
    """A named-entity mention (any label) kept for provenance and later stages."""

    start: int
    end: int
    text: str
    label: str
    sentence: int


@dataclass
class Actor:
    name: str
    text: str
    kind: str | None = None
    country: str | None = None


@dataclass
class Event:
    """One coded event with the evidence that produced it.

    `to_record()` is the public record, declared once in `frontwatch.schema.EventRecord`.
    """

    id: str
    article_id: str
    evidence_text: str
    evidence_start: int
    evidence_end: int
    event_type: str
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    plover: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Toponym | None = None
    # None: the place was read from the evidence sentence (or there is none); "article": inherited from the
    # same act told in another sentence of the article (events/article_place.py)
    location_source: str | None = None
    date: str | None = None  # ISO date
    date_precision: DatePrecision = "unknown"
    # text | metadata | option | file_mtime | unknown: where `date` came from (events/date_source.py)
    date_source: str | None = None
    reported_by: list[str] = field(default_factory=list)
    modality: Modality = "asserted"
    confidence: float = 0.5
    trigger: str | None = None
    fatalities: int = 0  # reported deaths for this event, ACLED's conventions (events/fatalities.py)
    # The event an ACLED coder would code for its sentence, among the sentence's ACLED events
    # (events/main_event.mark_sentence_main); False for the others and for PLOVER-only events.
    sentence_main: bool = False

    def to_record(self) -> dict[str, Any]:
        """The public record, `frontwatch.schema.EventRecord` (its fields, in its order; see `event_record`)."""
        return _BUILD_RECORD(self)


_BUILD_RECORD = record_builder(EventRecord, frozenset(Event.__dataclass_fields__))


@dataclass
class ProcessedArticle:
    """Everything the pipeline learned from one article: what the store persists."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def to_plain(obj: Any) -> Any:
    """dataclass → JSON-ready dict (datetimes as ISO strings)."""
    if hasattr(obj, "__dataclass_fields__"):
        obj = asdict(obj)
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_plain(v) for v in obj]
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj
