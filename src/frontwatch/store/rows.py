"""Pure conversions between the pipeline's dataclasses and table rows.

Kept apart from the repository so the mapping can be tested without a database. The
event mapping is not written out here: `flatten_event` and `EventReader` walk the layout
`schema.event_columns()` derives from `schema.EventRecord`, so what the store hands to
exports and the API is by construction what `Event.to_record()` gives the stateless
`extract`, and a field added to the record reaches the row (a test checks the table has
its column).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from functools import lru_cache
from typing import Any

from frontwatch import schema
from frontwatch.model import Article, Candidate, Event, Mention, Place, ProcessedArticle, Sentence, Toponym


def article_row(article: Article, signature: bytes | None, now: datetime) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "language": article.language,
        "language_score": article.language_score,
        "published": article.published,
        "published_from": article.published_from,
        "url": article.url,
        "outlet": article.outlet,
        "minhash": signature,
        "removed": list(article.removed),
        "ingested_at": now,
    }


def source_row(article_id: str, article: Article, now: datetime) -> dict[str, Any]:
    """`article` is the copy a source delivered; it may differ from the stored one (near duplicate)."""
    return {
        "article_id": article_id,
        "source_ref": article.source_ref,
        "kind": article.kind,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "published_from": article.published_from,
        "external_id": article.external_id,
        "first_seen": now,
    }


def sentence_rows(article_id: str, sentences: Iterable[Sentence]) -> list[dict[str, Any]]:
    return [{"article_id": article_id, "idx": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in sentences]


def mention_rows(article_id: str, mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    return [{"article_id": article_id, "sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text,
             "label": m.label} for m in mentions]


def place_row(place: Place) -> dict[str, Any]:
    """A gazetteer place as a `places` row: the table's columns are the `Place` record's fields."""
    row = {name: getattr(place, name) for name in PLACE_FIELDS}
    row["population"] = place.population or 0
    return row


PLACE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Place))


def place_rows(processed: ProcessedArticle) -> list[dict[str, Any]]:
    """Every place a toponym or an event points at, once each, in id order.

    Id order makes concurrent upserts on PostgreSQL lock rows in the same order
    (no deadlocks), and one row per id is what ON CONFLICT DO UPDATE requires.
    """
    places: dict[int, Place] = {}
    for t in processed.toponyms:
        if t.place is not None:
            places[t.place.geonameid] = t.place
    for e in processed.events:
        if e.location is not None and e.location.place is not None:
            places[e.location.place.geonameid] = e.location.place
    return [place_row(places[k]) for k in sorted(places)]


def candidate_plain(c: Candidate) -> dict[str, Any]:
    """A candidate as the toponyms.candidates JSON keeps it: enough to explain the choice."""
    p = c.place
    return {
        "geonameid": p.geonameid, "name": p.name, "country": p.country, "admin1": p.admin1,
        "lat": p.lat, "lon": p.lon, "feature_code": p.feature_code, "population": p.population,
        "precision": p.precision, "score": c.score, "how": c.how, "features": dict(c.features),
    }


def toponym_rows(article_id: str, toponyms: Iterable[Toponym]) -> list[dict[str, Any]]:
    return [{
        "article_id": article_id,
        "sentence": t.sentence,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "geonameid": t.place.geonameid if t.place is not None else None,
        "score": t.score,
        "precision": t.precision,
        "candidates": [candidate_plain(c) for c in t.candidates],
        "relative": t.relative or None,
    } for t in toponyms]


def event_row(article_id: str, event: Event) -> dict[str, Any]:
    """An event as an `events` row: its public record flattened by the schema, plus the store-only columns."""
    row = flatten_event(event.to_record())
    row["article_id"] = article_id
    return row


# The record's layout in the `events` table, derived once from `schema.EventRecord`.
EVENT_LAYOUT = schema.event_columns()
EVENT_COLUMNS: tuple[str, ...] = tuple(schema.event_column_names())


def check_event_table(columns: Iterable[str]) -> None:
    """Fail loudly when a record field has no `events` column (add it in store/schema.py with a migration)."""
    missing = sorted(set(EVENT_COLUMNS) - set(columns))
    if missing:
        raise RuntimeError(f"schema.EventRecord maps to events columns the table lacks: {', '.join(missing)}; "
                           "add them to store/schema.py and a migration")


def flatten_event(record: Mapping[str, Any]) -> dict[str, Any]:
    """A public event record → its `events` columns (every column the schema maps, none other)."""
    row: dict[str, Any] = {}
    for item in EVENT_LAYOUT:
        if isinstance(item, schema.EventPart):
            part = record.get(item.name) or {}
            for c in item.columns:
                value = part.get(c.key)
                row[c.column] = (value or None) if c.omit_empty else value
        else:
            row[item.column] = record.get(item.key)
    return row


class EventReader:
    """Rows of a query → public event records, for the columns the query selected.

    `columns` are the query's column names in order; a record field whose column is not among
    them is left out of the record. `read` overrides how one column's raw value is read (e.g.
    JSON the query left undecoded); `extra` adds keys from other columns of the row (key → column,
    or key → {sub-key → column} for a nested object such as the event's article).

    The reader is generated once per column list as a plain Python function (as `dataclasses`
    does for `__init__`): one dict display with positional row access. Walking the layout for
    every row instead made reading 50,000 events 50-65 % slower, and the API, the exports and the
    stories stage read every event.
    """

    def __init__(self, columns: Sequence[str], read: Mapping[str, Callable[[Any], Any]] | None = None,
                 extra: Mapping[str, str | Mapping[str, str]] | None = None) -> None:
        at = {name: i for i, name in enumerate(columns)}
        read = read or {}
        env: dict[str, Any] = {}

        def value(column: str, normalise: Callable[[Any], Any] | None) -> str:
            fn = read.get(column) or normalise
            if fn is None:
                return f"row[{at[column]}]"
            name = f"f{len(env)}"
            env[name] = fn
            return f"{name}(row[{at[column]}])"

        body, items = [], []
        for item in EVENT_LAYOUT:
            if not isinstance(item, schema.EventPart):
                if item.column in at:
                    items.append(f"{item.key!r}: {value(item.column, item.normalise)}")
                continue
            cols = [c for c in item.columns if c.column in at]
            plain = ", ".join(f"{c.key!r}: {value(c.column, c.normalise)}" for c in cols if not c.omit_empty)
            var = f"p{len(body)}"
            if item.present is None:
                body.append(f"    {var} = {{{plain}}}")
            else:
                test = f"row[{at[item.present]}]" if item.truthy else f"row[{at[item.present]}] is not None"
                body.append(f"    {var} = {{{plain}}} if {test} else None")
            optional = [c for c in cols if c.omit_empty]
            if optional and item.columns[-len(optional):] != tuple(optional):
                raise ValueError(f"{item.name}: fields left out when empty must come last in the part")
            for c in optional:
                body.append(f"    if {var} is not None and row[{at[c.column]}]:")
                body.append(f"        {var}[{c.key!r}] = {value(c.column, c.normalise)}")
            items.append(f"{item.name!r}: {var}")
        for key, spec in (extra or {}).items():
            if isinstance(spec, str):
                items.append(f"{key!r}: {value(spec, None)}")
            else:
                items.append(f"{key!r}: {{" + ", ".join(f"{k!r}: {value(c, None)}" for k, c in spec.items()) + "}")
        source = "def read(row):\n" + "\n".join(body) + "\n    return {" + ", ".join(items) + "}\n"
        exec(compile(source, "<frontwatch.store.rows.EventReader>", "exec"), env)  # noqa: S102 - our own source
        self.source = source
        self._read: Callable[[Sequence[Any]], dict[str, Any]] = env["read"]

    def __call__(self, row: Sequence[Any]) -> dict[str, Any]:
        return self._read(row)


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """An events row (a mapping) → the `Event.to_record()` dict (same keys, same order, same rounding).

    For one row at a time; queries over many rows use an `EventReader` on their column order.
    """
    return _mapping_reader()([row.get(c) for c in EVENT_COLUMNS])


@lru_cache(maxsize=1)
def _mapping_reader() -> EventReader:
    return EventReader(EVENT_COLUMNS)


# The article attached to exported and served events (`schema.ArticleRef`): its id is the event's
# article_id, its other fields are read from the articles table labelled article_<field>.
ARTICLE_REF_FIELDS: tuple[str, ...] = tuple(f for f in schema.ArticleRef.model_fields if f != "id")
ARTICLE_REF: dict[str, str] = {"id": "article_id", **{f: f"article_{f}" for f in ARTICLE_REF_FIELDS}}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def event_reader(columns: Sequence[str], *, published_iso: bool = True,
                 read: Mapping[str, Callable[[Any], Any]] | None = None) -> EventReader:
    """A reader of rows with the events columns and the ARTICLE_REF columns: the record plus `article`
    (`published` as an ISO string, or the datetime itself when `published_iso` is False)."""
    overrides = {**({"article_published": _iso} if published_iso else {}), **(read or {})}
    return EventReader(columns, read=overrides, extra={"article": ARTICLE_REF})
