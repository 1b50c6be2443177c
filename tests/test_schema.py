"""One schema: every place that carries the event record (and the article, place, story and control
records) is derived from `frontwatch.schema`, checked here layer by layer.

The places a new field must reach, and how each gets it:
  1. `Event.to_record()` (extract's JSONL)  — `event_record.record_builder(EventRecord)`, parts too
  2. the `events` row (store/rows.py)       — flattened by the derived layout; its column must exist
  3. rows back to records (exports, API)    — `EventReader` over the same layout
  4. the API's response models / OpenAPI    — are the schema's models
  5. Spark's DDL                            — `schema.spark_ddl(EventRecord)`
  6. JSONL export                           — writes the record as read
  7. GeoJSON properties, CSV extra columns  — declared layouts + every unplaced field appended
A test below adds a field to a copy of the record and watches it reach every derived layer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from test_store_repository import processed

from frontwatch import schema
from frontwatch.api import derived
from frontwatch.control.timeline import ControlChange
from frontwatch.derive import run_stages
from frontwatch.event_record import record_builder
from frontwatch.api.app import create_app
from frontwatch.export import acled_csv, geojson
from frontwatch.export.jsonl import write_jsonl
from frontwatch.model import Event
from frontwatch.scale import spark
from frontwatch.store import Store, queries, rows
from frontwatch.store.schema import TABLES

RECORD = list(schema.EventRecord.model_fields)
SERVED = list(schema.EventOut.model_fields)


def ddl_fields(ddl: str) -> list[tuple[str, str]]:
    """Top-level (name, type) pairs of a Spark DDL string (commas inside <...> belong to structs)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(ddl + ","):
        depth += ch == "<"
        depth -= ch == ">"
        if ch == "," and depth == 0:
            name, _, typ = ddl[start:i].strip().replace(": ", " ", 1).partition(" ")
            out.append((name, typ))
            start = i + 1
    return out


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Any]:
    """A real SQLite store with one article and its three event shapes (located, relative, actor-only)."""
    db = tmp_path_factory.mktemp("schema") / "fw.sqlite"
    store = Store(db)
    proc = processed("s1")
    store.save(proc)
    run_stages(store)  # stories and control written, as an ingest does after its batch
    yield store, proc
    store.close()


# 1. extract's record -----------------------------------------------------------------------------------

def test_to_record_has_exactly_the_schema_fields_in_order(stored: tuple[Store, Any]) -> None:
    _, proc = stored
    for event in proc.events:
        rec = event.to_record()
        assert list(rec) == RECORD
        schema.EventRecord.model_validate(rec)  # and the values fit the declared types
        if rec["location"] is not None:
            keys = list(schema.LocationOut.model_fields)
            assert list(rec["location"]) == (keys if rec["location"].get("relative") else keys[:-1])
        for actor in (rec["actor1"], rec["actor2"]):
            assert actor is None or list(actor) == list(schema.ActorOut.model_fields)


# 2-3. store rows ---------------------------------------------------------------------------------------

def test_every_record_field_has_a_column_or_a_documented_home() -> None:
    columns = {c.name for c in TABLES["events"].c}
    mapped = rows.EVENT_COLUMNS
    assert len(set(mapped)) == len(mapped), "two record fields map to one column"
    assert set(mapped) <= columns, f"record fields without an events column: {sorted(set(mapped) - columns)}"
    assert columns == set(mapped) | set(schema.EVENT_STORE_ONLY), "events columns the schema does not account for"
    homes = schema.field_homes(schema.EventOut)
    assert set(SERVED) == set(RECORD) | set(homes)


@pytest.mark.parametrize("model, table, extra_ok", [
    (schema.ArticleSummary, "articles", set()),
    (schema.ArticleDetail, "articles", set()),
    (schema.SourceOut, "sources", set()),
    (schema.PlaceOut, "places", set()),
    (schema.ArticleRef, "articles", set()),
])
def test_article_place_source_fields_have_columns_or_homes(model: type[BaseModel], table: str,
                                                           extra_ok: set[str]) -> None:
    columns = {c.name for c in TABLES[table].c}
    missing = set(model.model_fields) - columns - set(schema.field_homes(model)) - extra_ok
    assert not missing, f"{model.__name__} fields with neither a {table} column nor a home: {sorted(missing)}"


def test_every_row_the_store_writes_fits_its_table(stored: tuple[Store, Any]) -> None:
    _, proc = stored
    aid = proc.article.id
    now = proc.article.published
    written = {
        "articles": [rows.article_row(proc.article, None, now)],
        "sources": [rows.source_row(aid, proc.article, now)],
        "sentences": rows.sentence_rows(aid, proc.sentences),
        "mentions": rows.mention_rows(aid, proc.mentions),
        "places": rows.place_rows(proc),
        "toponyms": rows.toponym_rows(aid, proc.toponyms),
        "events": [rows.event_row(aid, e) for e in proc.events],
    }
    for table, values in written.items():
        columns = {c.name for c in TABLES[table].c}
        for row in values:
            assert set(row) <= columns, f"{table}: {sorted(set(row) - columns)} have no column"
    assert set(written["places"][0]) == {c.name for c in TABLES["places"].c}  # places: the Place record, whole


def test_rows_round_trip_through_the_derived_layout(stored: tuple[Store, Any]) -> None:
    store, proc = stored
    columns = {c.name for c in TABLES["events"].c}
    for event in proc.events:
        row = rows.event_row("s1", event)
        assert set(row) <= columns
        assert rows.event_record(row) == event.to_record()
    exported = {r["id"]: r for r in store.iter_events()}
    for event in proc.events:
        got = dict(exported[event.id])
        assert list(got) == SERVED[:-1]  # the export: the record plus its article (no story)
        got.pop("article")
        assert got == event.to_record()


def test_the_stories_reader_gives_the_served_record(stored: tuple[Store, Any]) -> None:
    store, _ = stored
    from frontwatch.derive import records as derive_records

    with store.engine.connect() as conn:
        derived_records = {r["id"]: r for r in derive_records.read(conn, derive_records.news_events())}
        full = {r["id"]: r for r in queries.event_records_by_id(conn, sorted(derived_records))}
    assert derived_records, "no non-background events read"
    skipped = {c.path for item in schema.event_columns() if isinstance(item, schema.EventPart)
               for c in item.columns if c.column in queries.DERIVED_SKIPS}
    for eid, rec in derived_records.items():
        art = dict(rec["article"], published=rec["article"]["published"].isoformat())
        want = dict(full[eid])
        for path in skipped:  # the fields the stories stage does not read are left out, nothing else
            part, key = path.split(".")
            if want[part] is not None:
                want[part] = {k: v for k, v in want[part].items() if k != key}
        rec = {k: v for k, v in rec.items() if k != "story_id"}  # the stage's own bookkeeping
        if (rec.get("location") or {}).get("relative"):  # the stage adds the anchor's precision
            rec["location"]["relative"] = {k: v for k, v in rec["location"]["relative"].items()
                                           if k != "anchor_precision"}
        assert {**rec, "article": art} == want


# 4. API ------------------------------------------------------------------------------------------------

def test_openapi_components_are_the_schema_models(stored: tuple[Store, Any]) -> None:
    store, _ = stored
    components = create_app(store.url).openapi()["components"]["schemas"]
    for model in (schema.EventOut, schema.LocationOut, schema.ActorOut, schema.Evidence, schema.Acled,
                  schema.ArticleRef, schema.StoryRef, schema.StoryOut, schema.ControlOut, schema.PlaceOut,
                  schema.ArticleSummary, schema.ArticleDetail, schema.SourceOut):
        assert list(components[model.__name__]["properties"]) == list(model.model_fields), model.__name__


def test_served_events_stories_and_control_have_the_schema_fields(stored: tuple[Store, Any]) -> None:
    store, _ = stored
    with TestClient(create_app(store.url), base_url="http://127.0.0.1") as client:
        items = client.get("/events", params={"modality": ["claimed", "asserted", "background"]}).json()["items"]
        assert items and all(list(e) == SERVED for e in items)
        stories = client.get("/stories").json()["items"]
        assert stories and all(list(s) == list(schema.StoryOut.model_fields) for s in stories)
    # The control shape: every published field is one the control stage's records carry.
    change = ControlChange(place_name="x", geonameid=None, lat=None, lon=None, controller="x", status="held",
                           since=None, evidence=[])
    published = set(schema.ControlOut.model_fields) - {"until"}  # `until`: the table's next change, not in a picture
    assert published <= set(derived.control_dict(change))


# 5-7. Spark and exports --------------------------------------------------------------------------------

def test_spark_schema_is_the_record() -> None:
    fields = ddl_fields(spark.EVENT_SCHEMA)
    assert [name for name, _ in fields] == RECORD
    location = dict(fields)["location"]
    assert [n for n, _ in ddl_fields(location[len("struct<"):-1])] == list(schema.LocationOut.model_fields)


def test_jsonl_export_keys_are_the_schema_fields(stored: tuple[Store, Any], tmp_path: Path) -> None:
    store, _ = stored
    out = tmp_path / "e.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        write_jsonl(store.iter_events(), fh)
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert lines and all(list(r) == RECORD + list(schema.EXPORT_EXTRA) for r in lines)


def test_every_record_field_is_placed_in_geojson_and_csv() -> None:
    leaves = set(schema.leaf_paths(schema.EventOut))
    # the derived layouts: the hand-ordered columns, then any field they don't name (appended by path)
    assert leaves <= {p for _, p in geojson.COLUMNS} | set(geojson.NOT_PROPERTIES)
    assert leaves <= set(acled_csv.ACLED_CARRIES) | {p for _, p in acled_csv.EXTRA_FIELDS} | set(acled_csv.NOT_IN_CSV)
    # ...and every path they name exists in the record (a renamed field fails here).
    for paths in ({p for _, p in geojson.LAYOUT}, set(geojson.NOT_PROPERTIES), set(acled_csv.ACLED_CARRIES),
                  {p for _, p in acled_csv.EXTRA_LAYOUT}, set(acled_csv.NOT_IN_CSV)):
        assert paths <= leaves, sorted(paths - leaves)
    assert acled_csv.COLUMNS[:31] == acled_csv.ACLED_COLUMNS and len(acled_csv.ACLED_COLUMNS) == 31


# Adding a field: one edit to the record reaches every derived layer --------------------------------------

class _WithNewField(schema.EventRecord):
    civilian_targeting: bool = False


class _ServedWithNewField(_WithNewField):
    article: schema.ArticleRef | None = None


def test_a_new_record_field_reaches_every_derived_layer() -> None:
    assert "civilian_targeting" in schema.event_column_names(_WithNewField)  # store: a column is then required
    assert ("civilian_targeting", "boolean") in ddl_fields(schema.spark_ddl(_WithNewField))  # Spark
    event = _EventWithNewField(**{**vars(processed("n1").events[0]), "civilian_targeting": True})
    assert record_builder(_WithNewField, frozenset(vars(event)))(event)["civilian_targeting"] is True  # to_record
    assert ("civilian_targeting", "civilian_targeting") in geojson._columns(_ServedWithNewField)  # GeoJSON
    assert ("civilian_targeting", "civilian_targeting") in acled_csv._extra_layout(_ServedWithNewField)  # CSV


@dataclass
class _EventWithNewField(Event):
    civilian_targeting: bool = False


class _ActorWithRole(schema.ActorOut):
    role: str | None = None


class _WithActorRole(schema.EventRecord):
    actor1: Annotated[_ActorWithRole | None, schema.Part("actor1_", "name")] = None


def test_a_new_field_of_a_nested_part_reaches_to_record() -> None:
    """The nested parts are derived too: a field added to the actor model is copied from the actor."""
    event = processed("n2").events[0]
    event.actor1.role = "attacker"  # type: ignore[union-attr]  # what a pipeline would set
    record = record_builder(_WithActorRole, frozenset(Event.__dataclass_fields__))(event)
    assert record["actor1"] == {**event.to_record()["actor1"], "role": "attacker"}
    assert list(record) == RECORD


def test_to_record_parts_follow_the_schema_rules(stored: tuple[Store, Any]) -> None:
    """Absent parts are null, `acled` only with a type, `relative` only on relative locations."""
    _, proc = stored
    located, relative, actor_only = (e.to_record() for e in proc.events)
    assert located["location"]["name"] == "Hama" and "relative" not in located["location"]
    assert relative["location"]["relative"]["km"] == 20 and relative["location"]["lat"] == 33.33
    assert relative["actor1"] is None and actor_only["location"] is None and actor_only["acled"] is None
    assert list(located["location"]) == list(schema.LocationOut.model_fields)[:-1]
    assert located["confidence"] == 0.812 and located["evidence"] == {
        "text": proc.events[0].evidence_text, "start": 0, "end": len(proc.events[0].evidence_text)}


def test_event_dataclass_carries_every_scalar_record_field() -> None:
    """`to_record` copies a scalar field from the event's attribute of the same name."""
    nested = {name for name, info in schema.EventRecord.model_fields.items() if schema.model_of(info.annotation)}
    attrs = set(Event.__dataclass_fields__)
    assert set(RECORD) - nested <= attrs
