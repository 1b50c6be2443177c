"""The store's tables, declared once for SQLite and PostgreSQL.

The declarative classes are the schema's single statement of intent: the Alembic
migrations reproduce it (a test compares the two), and the repository writes to it
through Core `insert()` so a bulk save stays one statement per table. Every child row
keeps `article_id` plus character offsets, so any stored fact can be traced back to
the sentence that produced it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from frontwatch.model import DATE_PRECISIONS, GEO_PRECISIONS, MODALITIES

# Deterministic constraint names, so migrations can address constraints by name on
# PostgreSQL and SQLite batch mode alike (unnamed constraints cannot be altered later).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and always read back timezone-aware.

    SQLite has no time zone type and returns naive values; PostgreSQL returns aware
    ones. Normalising here means callers compare and serialise datetimes the same
    way on both. Naive input is taken to be UTC (the model's convention).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    """One cleaned article, stored once however many sources delivered it."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    language: Mapped[str | None] = mapped_column(String(16))
    language_score: Mapped[float | None] = mapped_column(Float)
    published: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    published_from: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown")
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    removed: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)  # near re-check: rows since


class SourceRow(Base):
    """Where an article was seen; exact and near duplicates add rows here, not articles."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("article_id", "source_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    source_ref: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_from: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown")
    external_id: Mapped[str | None] = mapped_column(Text, index=True)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class SentenceRow(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("article_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    idx: Mapped[int] = mapped_column(Integer, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    sentence: Mapped[int] = mapped_column(Integer, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    label: Mapped[str] = mapped_column(String(32), nullable=False)


class PlaceRow(Base):
    """A gazetteer entry referenced by a toponym or an event (upserted by GeoNames id)."""

    __tablename__ = "places"

    geonameid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    lat: Mapped[float] = mapped_column(Float, nullable=False)
    lon: Mapped[float] = mapped_column(Float, nullable=False)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin1_code: Mapped[str | None] = mapped_column(String(20))
    admin2: Mapped[str | None] = mapped_column(Text)
    feature_class: Mapped[str | None] = mapped_column(String(1))
    feature_code: Mapped[str | None] = mapped_column(String(10))
    population: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    precision: Mapped[str | None] = mapped_column(String(16))


class ToponymRow(Base):
    """A place mention, with the candidates the resolver weighed (kept for "why this place?")."""

    __tablename__ = "toponyms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    sentence: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    geonameid: Mapped[int | None] = mapped_column(ForeignKey("places.geonameid"), index=True)
    score: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    precision: Mapped[str | None] = mapped_column(String(16))
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    relative: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class StoryRow(Base):
    """Reports of the same happening across articles (written by the merge stage)."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    event_type: Mapped[str | None] = mapped_column(String(64), index=True)
    first_reported: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_reported: Mapped[datetime | None] = mapped_column(UTCDateTime)
    corroboration: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    outlets: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    place_name: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    explanation: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    disagreement: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    acled_event_type: Mapped[str | None] = mapped_column(String(64))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    plover: Mapped[str | None] = mapped_column(String(64))
    fatalities: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # when the stage last wrote it


class EventRow(Base):
    """One coded event; flat columns so the API can filter and index without JSON paths."""

    __tablename__ = "events"
    __table_args__ = (
        Index(None, "lat", "lon"),
        CheckConstraint(_in("modality", MODALITIES), name="modality"),
        CheckConstraint(_in("date_precision", DATE_PRECISIONS), name="date_precision"),
        CheckConstraint(f"geo_precision IS NULL OR {_in('geo_precision', GEO_PRECISIONS)}", name="geo_precision"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    evidence_text: Mapped[str] = mapped_column(Text, nullable=False)
    evidence_start: Mapped[int] = mapped_column(Integer, nullable=False)
    evidence_end: Mapped[int] = mapped_column(Integer, nullable=False)
    event_type: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    acled_event_type: Mapped[str | None] = mapped_column(String(64))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    plover: Mapped[str | None] = mapped_column(String(64))
    actor1_name: Mapped[str | None] = mapped_column(Text)
    actor1_text: Mapped[str | None] = mapped_column(Text)
    actor1_kind: Mapped[str | None] = mapped_column(String(32))
    actor1_country: Mapped[str | None] = mapped_column(String(2))
    actor2_name: Mapped[str | None] = mapped_column(Text)
    actor2_text: Mapped[str | None] = mapped_column(Text)
    actor2_kind: Mapped[str | None] = mapped_column(String(32))
    actor2_country: Mapped[str | None] = mapped_column(String(2))
    location_text: Mapped[str | None] = mapped_column(Text)
    location_name: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(ForeignKey("places.geonameid"))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    geo_precision: Mapped[str | None] = mapped_column(String(16))
    relative: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    location_source: Mapped[str | None] = mapped_column(String(16))  # article: inherited (events/article_place)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown")
    date_source: Mapped[str | None] = mapped_column(String(16))  # text | metadata | option | file_mtime | unknown
    reported_by: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    modality: Mapped[str] = mapped_column(String(16), nullable=False, default="asserted")
    confidence: Mapped[float] = mapped_column(Float, nullable=False, default=0.5)
    trigger: Mapped[str | None] = mapped_column(Text)
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    fatalities: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    sentence_main: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())


class ControlRow(Base):
    """One change of who holds a place (or a front-line marker), written by the control stage.

    `since`/`until`/`last_seen` are ISO days (text, like `events.date`): `until` is the next
    change at the same `place_key`; `last_seen` the latest report backing the change (the
    picture lets a claim fade after it). `detail` keeps the change's other fields.
    """

    __tablename__ = "control"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    place_key: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    place_name: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(Integer, index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    radius_km: Mapped[float | None] = mapped_column(Float)
    controller: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str | None] = mapped_column(String(32))
    since: Mapped[str | None] = mapped_column(String(10), index=True)
    until: Mapped[str | None] = mapped_column(String(10))
    last_seen: Mapped[str | None] = mapped_column(String(10))
    evidence: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class ControlCheckpointRow(Base):
    """The control timeline's state before the facts of `day` (written by the control stage).

    So a batch whose control facts are all on or after `day` replays only the facts from
    `day` on, instead of every control fact of the store. `state` names each place's current
    change by its first evidence id and how much of the stored row was known by then
    (`derive.control`), so it stays small: no evidence lists are copied.
    """

    __tablename__ = "control_checkpoints"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: `derive.read.control_version` keys on them

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[str] = mapped_column(String(10), nullable=False, index=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class FeedStateRow(Base):
    """One polled feed's health and HTTP validators (written by `frontwatch watch`).

    Kept in the store, next to the articles it produced, so a restarted poller resumes
    where it stopped (validators, back-off, schedule) and the API can report feed health.
    """

    __tablename__ = "feed_state"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    last_poll: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_status: Mapped[int | None] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    entries_seen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_new: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class WatchRow(Base):
    """A saved watch: an area, event types, actors and a minimum corroboration to alert on.

    The area is kept as GeoJSON-like JSON (`alerts.areas`), already resolved to numbers
    (a place + radius is stored with the place's point), so evaluating a watch never
    needs the gazetteer. Delivery targets sit with the watch they belong to.
    """

    __tablename__ = "watches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    area: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    types: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    actors: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    min_corroboration: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    webhooks: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    emails: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    # events stored before this were evaluated for this watch (None: since created_at); kept in the
    # store so a restarted process neither re-reads the whole history nor misses what came meanwhile
    checked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AlertRow(Base):
    """One alert per (watch, story): `version` grows each time the story's corroboration does.

    `event_ids` are the story's events when last sent: a story renamed by a later merge
    (its id comes from its first report) is recognised by them, so it is updated, not re-alerted.
    """

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("watch_id", "story_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), nullable=False, index=True)
    story_id: Mapped[str] = mapped_column(String(64), nullable=False)
    event_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    corroboration: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)


class AlertDeliveryRow(Base):
    """One send of one alert version to one target (webhook URL or e-mail address).

    Written in the transaction that creates or updates the alert, so a crash can lose no
    send; the unique key means no version is queued twice for a target. `next_attempt`
    doubles as a lease: a sender claims a row by moving it forward, so two processes
    never send one row at the same time. A pending send of an older version is 'superseded' when
    a newer version is queued for the same target (the newer payload says everything).
    """

    __tablename__ = "alert_deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "version", "channel", "target"),
        CheckConstraint("channel IN ('webhook', 'email')", name="channel"),
        CheckConstraint("status IN ('pending', 'sent', 'failed', 'superseded')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    target: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


TABLES = Base.metadata.tables
