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
    return {
        "geonameid": place.geonameid,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "admin1_code": place.admin1_code,
        "admin2": place.admin2,
        "feature_class": place.feature_class,
        "feature_code": place.feature_code,
        "population": place.population or 0,
        "precision": place.precision,
    }


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
    row["trigger"] = event.trigger
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
    """Rows of a query → public event records, for the columns the query selected (by position: fast).

    `columns` are the query's column names in order (`result.keys()`); record fields whose
    column is not among them are left out of the record (the stories stage reads fewer). `read`
    overrides how one column's raw value is read (e.g. JSON left undecoded by the query).
    """

    def __init__(self, columns: Sequence[str], read: Mapping[str, Callable[[Any], Any]] | None = None) -> None:
        at = {name: i for i, name in enumerate(columns)}
        read = read or {}
        self._plan: list[tuple[Any, ...]] = []
        for item in EVENT_LAYOUT:
            if isinstance(item, schema.EventPart):
                cols = tuple((c.key, at[c.column], read.get(c.column) or c.normalise, c.omit_empty)
                             for c in item.columns if c.column in at)
                present = at[item.present] if item.present else None
                self._plan.append((item.name, cols, present, item.truthy))
            elif item.column in at:
                self._plan.append((item.key, at[item.column], read.get(item.column) or item.normalise))

    def __call__(self, row: Sequence[Any]) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for step in self._plan:
            if len(step) == 3:
                key, i, norm = step
                record[key] = norm(row[i]) if norm else row[i]
                continue
            name, cols, present, truthy = step
            if present is not None and (not row[present] if truthy else row[present] is None):
                record[name] = None
                continue
            part: dict[str, Any] = {}
            for key, i, norm, omit_empty in cols:
                value = row[i]
                if omit_empty:
                    if value:
                        part[key] = value
                else:
                    part[key] = norm(value) if norm else value
            record[name] = part
        return record


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """An events row (a mapping) → the `Event.to_record()` dict (same keys, same order, same rounding).

    For one row at a time; queries over many rows use an `EventReader` on their column order.
    """
    return _mapping_reader()([row.get(c) for c in EVENT_COLUMNS])


@lru_cache(maxsize=1)
def _mapping_reader() -> EventReader:
    return EventReader(EVENT_COLUMNS)


def article_ref(row: Mapping[str, Any]) -> dict[str, Any]:
    """The article summary attached to exported events (`published` as an ISO string)."""
    published = row["published"]
    return {
        "id": row["id"],
        "url": row["url"],
        "outlet": row["outlet"],
        "title": row["title"],
        "published": published.isoformat() if published is not None else None,
    }
