"""The public records, declared once: event (with its evidence, actors and location), article, place, story,
control change.

Why one module: the event record used to be written out by hand in `Event.to_record`, the
store's row conversions, the API's SQL readers, the API's response models, the Spark schema
and every export, so a new field had to be added in each and any one could drift. Here each
field is declared once, with what the other layers need to know about it as `Annotated`
metadata, and every layer is derived from these classes:

- `Event.to_record` (the JSONL record of `frontwatch extract`) is built by `event_record.record_builder`
  from `EventRecord`'s fields, nested parts included (where each value comes from on an `Event` is a
  rule there, not a hand-written dict);
- `store/rows.py` flattens a record into an `events` row and reads it back with `event_columns()`
  (each leaf's column, `Col`; nested parts with a column prefix and a presence column, `Part`);
- the API serves these models (`api/schemas.py` re-exports them), so OpenAPI is derived from them;
- `scale/spark.py` takes its Spark DDL from `spark_ddl(EventRecord)`;
- the GeoJSON and CSV exports lay record paths out in their own order; every leaf of the record
  (`leaf_paths`) must be placed or excluded with a reason, and one they do not name is appended.

Names: models the API serves keep the names their OpenAPI components have always had
(`EventOut`, `LocationOut`, ...), so clients generated against earlier versions keep their
class names. Types stay as loose as the records are (plain `str` for vocabularies) because
the models describe what is stored and served, not what the pipeline may produce next.

This module imports nothing from frontwatch: every layer may depend on it, it depends on none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, model_serializer
from pydantic.fields import FieldInfo

# -- field metadata -----------------------------------------------------------------------------------


def round3(value: Any) -> float:
    """Confidence as published: three decimals (finer is noise)."""
    return round(float(value), 3)


def count(value: Any) -> int:
    """A count that may be missing in old rows (None → 0)."""
    return int(value or 0)


def strings(value: Any) -> list[str]:
    """A list that may be missing (None → [])."""
    return list(value or [])


@dataclass(frozen=True)
class Col:
    """Where a leaf field lives in the `events` table and how a stored value becomes the published one.

    `column`: the column name (default: the field's name, after its part's prefix). `home`: for a
    field with no column, where it comes from instead (then `column` is ignored). `normalise`: applied
    both when the pipeline writes the record and when a row is read back, so the two agree.
    `omit_empty`: the key is left out of the record when the value is empty (location.relative).
    `spark`: the Spark SQL type when the default mapping is not the right one.
    """

    column: str | None = None
    home: str | None = None
    normalise: Callable[[Any], Any] | None = None
    omit_empty: bool = False
    spark: str | None = None


@dataclass(frozen=True)
class Part:
    """A nested part of the event record stored as flat columns.

    `prefix` is put before each sub-field's name to make its column (a sub-field's own `Col.column`
    wins); the part is absent (null in the record) when the column of its `present` sub-field is
    null, or falsy when `truthy` (the ACLED type: an empty type means "ACLED does not code this").
    """

    prefix: str
    present: str | None = None  # None: the part is always there (evidence)
    truthy: bool = False


def meta(info: FieldInfo, kind: type) -> Any:
    """The field's metadata object of `kind`, or None."""
    return next((m for m in info.metadata if isinstance(m, kind)), None)


def model_of(annotation: Any) -> type[BaseModel] | None:
    """The model class inside `X | None` / `X`, or None for scalars and lists."""
    for arg in (annotation, *get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def leaf_paths(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Every leaf field of a record as a dotted path ('location.lat'), in declaration order."""
    for name, info in model.model_fields.items():
        sub = model_of(info.annotation)
        if sub is not None:
            yield from leaf_paths(sub, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}"


def get_path(record: dict[str, Any], path: str) -> Any:
    """A record's value at a dotted path; None where a part on the way is missing."""
    value: Any = record
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


# -- event --------------------------------------------------------------------------------------------


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

    name: Annotated[str | None, Col("location_name")] = None
    text: Annotated[str | None, Col("location_text")] = None
    geonameid: Annotated[int | None, Col(spark="bigint")] = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: Annotated[str | None, Col("geo_precision")] = None  # "country": lat/lon is then no real point
    # Only on relative locations ('20 km south of X'): {"anchor", "km", "direction", ...}; a JSON
    # string in Parquet, since its keys depend on the relation.
    relative: Annotated[dict[str, Any] | None, Col(omit_empty=True, spark="string")] = None

    @model_serializer(mode="wrap")
    def _without_empty_relative(self, handler: Any):  # type: ignore[no-untyped-def]
        """`relative` appears only on relative locations, as in the JSONL (not as null everywhere).

        No return annotation on purpose: pydantic would take it as the serialised schema and
        OpenAPI would lose the location's properties.
        """
        out = handler(self)
        if not out.get("relative"):
            out.pop("relative", None)
        return out


class ArticleRef(BaseModel):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_from: str | None = None  # metadata | option | file_mtime | unknown (ingest/published.py)
    language: str | None = None  # ISO 639-1 of the article (the evidence sentence is in it)


class StoryRef(BaseModel):
    id: str
    corroboration: int
    outlets: list[str]


class EventRecord(BaseModel):
    """One coded event with its evidence: a line of `frontwatch extract`, a row of the `events` table,
    a Parquet row of `spark-extract`. Field order is the record's key order."""

    id: str
    article_id: str
    evidence: Annotated[Evidence, Part("evidence_")]
    event_type: str
    acled: Annotated[Acled | None, Part("acled_", "event_type", truthy=True)] = None
    plover: str | None = None
    actor1: Annotated[ActorOut | None, Part("actor1_", "name")] = None
    actor2: Annotated[ActorOut | None, Part("actor2_", "name")] = None
    location: Annotated[LocationOut | None, Part("", "text")] = None
    # "article" when the place was taken from the same act told in another sentence of the article
    # (events/article_place.py: the sentence itself placed it only in a country); None: from the evidence.
    location_source: str | None = None
    date: str | None = None
    date_precision: str
    # Where `date` came from: "text" (the sentence states it with its year), else the article's publication
    # date and its origin: "metadata", "option", or "file_mtime" (a file's modification time or a URL's
    # Last-Modified: when the bytes changed, not when the text was written). None when there is no date.
    date_source: str | None = None
    reported_by: Annotated[list[str], Col(normalise=strings)]
    modality: str
    confidence: Annotated[float, Col(normalise=round3)]
    fatalities: Annotated[int, Col(normalise=count)] = 0  # reported deaths, ACLED's conventions (0: none given)
    trigger: str | None = None  # the words the event was coded from (the map marks them in the evidence)
    # True for the one event of its evidence sentence an ACLED coder would code (the guideline's keys, then
    # the learned chooser: events/main_event.py); the sentence's other events stay, marked False.
    sentence_main: bool = False


class EventOut(EventRecord):
    """An event as in the JSONL export, with where it was read and the story it belongs to."""

    article: Annotated[ArticleRef | None, Col(home="the articles table (joined on article_id)")] = None
    story: Annotated[StoryRef | None, Col(home="the stories stage (events.story_id, or computed by the API)")] = None


# Columns of `events` that are not in the public record, and why.
EVENT_STORE_ONLY: dict[str, str] = {
    "story_id": "set by the stories stage; published as `story` (EventOut)",
}
# What the store exports carry beyond the record (the API adds `story` too).
EXPORT_EXTRA: tuple[str, ...] = ("article",)


@dataclass(frozen=True)
class EventColumn:
    """One leaf of the event record and its `events` column."""

    path: str  # 'location.lat'
    part: str | None  # 'location', or None for a top-level field
    key: str  # 'lat'
    column: str
    normalise: Callable[[Any], Any] | None
    omit_empty: bool


@dataclass(frozen=True)
class EventPart:
    """A nested part of the record: its name, its columns, and the column that says it is there."""

    name: str
    columns: tuple[EventColumn, ...]
    present: str | None
    truthy: bool


def event_columns(model: type[BaseModel] = EventRecord) -> list[EventColumn | EventPart]:
    """The record's fields in order, each a column or a part made of columns (homes elsewhere skipped)."""
    out: list[EventColumn | EventPart] = []
    for name, info in model.model_fields.items():
        col = meta(info, Col) or Col()
        if col.home:
            continue
        part = meta(info, Part)
        if part is None:
            out.append(EventColumn(name, None, name, col.column or name, col.normalise, col.omit_empty))
            continue
        sub_model = model_of(info.annotation)
        assert sub_model is not None, f"{name}: a Part must be a model"
        cols = []
        for key, sub in sub_model.model_fields.items():
            sc = meta(sub, Col) or Col()
            cols.append(EventColumn(f"{name}.{key}", name, key, sc.column or part.prefix + key, sc.normalise,
                                    sc.omit_empty))
        present = next(c.column for c in cols if c.key == part.present) if part.present else None
        out.append(EventPart(name, tuple(cols), present, part.truthy))
    return out


def event_column_names(model: type[BaseModel] = EventRecord) -> list[str]:
    """Every `events` column the record maps to, in record order."""
    names: list[str] = []
    for item in event_columns(model):
        names.extend(c.column for c in item.columns) if isinstance(item, EventPart) else names.append(item.column)
    return names


def field_homes(model: type[BaseModel]) -> dict[str, str]:
    """Fields of a model that have no column, with where they come from instead."""
    return {name: col.home for name, info in model.model_fields.items() if (col := meta(info, Col)) and col.home}


# -- Spark / Arrow ------------------------------------------------------------------------------------

_SPARK_SCALARS: dict[Any, str] = {str: "string", int: "int", float: "double", bool: "boolean"}


def spark_type(annotation: Any, col: Col | None = None) -> str:
    """The Spark SQL DDL type of one field: scalars, lists, nested models as structs."""
    if col is not None and col.spark:
        return col.spark
    sub = model_of(annotation)
    if sub is not None:
        return "struct<" + ", ".join(f"{name}: {spark_type(info.annotation, meta(info, Col))}"
                                     for name, info in sub.model_fields.items()) + ">"
    origin, args = get_origin(annotation), [a for a in get_args(annotation) if a is not type(None)]
    if origin in (Union, UnionType) and len(args) == 1:  # X | None: Spark columns are nullable anyway
        return spark_type(args[0])
    if origin is list:
        return f"array<{spark_type(args[0])}>"
    if annotation in _SPARK_SCALARS:
        return _SPARK_SCALARS[annotation]
    raise TypeError(f"no Spark type for {annotation!r}; declare one with Col(spark=...)")


def spark_ddl(model: type[BaseModel]) -> str:
    """A Spark DDL schema string ('id string, evidence struct<...>, ...') for a record model."""
    return ", ".join(f"{name} {spark_type(info.annotation, meta(info, Col))}"
                     for name, info in model.model_fields.items())


# -- articles, places ---------------------------------------------------------------------------------


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
    events: Annotated[int, Col(home="count of the article's events (background excluded)")] = 0


class ArticleDetail(ArticleSummary):
    text: str
    sources: Annotated[list[SourceOut], Col(home="the sources table")]
    event_items: Annotated[list[EventOut], Col(home="the events table")]


class StoryOut(BaseModel):
    """Reports of one happening across articles; `corroboration` counts distinct outlets."""

    id: str
    family: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    plover: str | None = None
    date: str | None = None
    first_reported: str | None = None
    last_reported: str | None = None
    corroboration: int
    outlets: list[str]
    fatalities: int = 0  # the lowest credible count among the reports (ACLED's convention)
    place_name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    event_ids: list[str]
    disagreement: Any = None
    explanation: Any = None
    updated_at: str | None = None  # when the stories stage last wrote it (alerts poll on this)


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
    events: Annotated[int, Col(home="count of the place's events (background excluded)")]
    first_date: Annotated[str | None, Col(home="earliest event date at the place")] = None
    last_date: Annotated[str | None, Col(home="latest event date at the place")] = None
    control: Annotated[list[ControlOut], Col(home="the control stage")]
    recent_events: Annotated[list[EventOut], Col(home="the events table")]




# The concepts by the names issue 15 and the stages use (the classes keep their OpenAPI names).
Story = StoryOut
ControlChange = ControlOut
