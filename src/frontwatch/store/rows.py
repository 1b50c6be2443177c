"""Pure conversions between the pipeline's dataclasses and table rows.

Kept apart from the repository so the mapping can be tested without a database and
so `event_record` — the inverse of `event_row` — sits beside it: what the store hands
to exports and the API must be exactly what `Event.to_record()` gives the stateless
`extract`, and having both directions in one place keeps them from drifting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

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
    """Flatten an event; the location columns come from `to_record()` so both agree by construction."""
    loc = event.to_record()["location"] or {}
    return {
        "id": event.id,
        "article_id": article_id,
        "evidence_text": event.evidence_text,
        "evidence_start": event.evidence_start,
        "evidence_end": event.evidence_end,
        "event_type": event.event_type,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "plover": event.plover,
        "actor1_name": event.actor1.name if event.actor1 else None,
        "actor1_text": event.actor1.text if event.actor1 else None,
        "actor1_kind": event.actor1.kind if event.actor1 else None,
        "actor1_country": event.actor1.country if event.actor1 else None,
        "actor2_name": event.actor2.name if event.actor2 else None,
        "actor2_text": event.actor2.text if event.actor2 else None,
        "actor2_kind": event.actor2.kind if event.actor2 else None,
        "actor2_country": event.actor2.country if event.actor2 else None,
        "location_text": loc.get("text"),
        "location_name": loc.get("name"),
        "geonameid": loc.get("geonameid"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "geo_precision": loc.get("precision"),
        "relative": loc.get("relative") or None,
        "date": event.date,
        "date_precision": event.date_precision,
        "reported_by": list(event.reported_by),
        "modality": event.modality,
        "confidence": None if event.confidence is None else float(event.confidence),
        "trigger": event.trigger,
        "fatalities": int(event.fatalities),
    }


def _actor(name: str | None, text: str | None, kind: str | None, country: str | None) -> dict[str, Any] | None:
    return None if name is None else {"name": name, "text": text, "kind": kind, "country": country}


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """An events row → the `Event.to_record()` dict (same keys, same order, same rounding)."""
    loc = None
    if row["location_text"] is not None:  # a Toponym always has surface text
        loc = {
            "name": row["location_name"],
            "text": row["location_text"],
            "geonameid": row["geonameid"],
            "lat": row["lat"],
            "lon": row["lon"],
            "country": row["country"],
            "admin1": row["admin1"],
            "admin2": row["admin2"],
            "precision": row["geo_precision"],
        }
        if row["relative"]:
            loc["relative"] = row["relative"]
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        "event_type": row["event_type"],
        "acled": (
            {"event_type": row["acled_event_type"], "sub_event_type": row["acled_sub_event_type"]}
            if row["acled_event_type"]
            else None
        ),
        "plover": row["plover"],
        "actor1": _actor(row["actor1_name"], row["actor1_text"], row["actor1_kind"], row["actor1_country"]),
        "actor2": _actor(row["actor2_name"], row["actor2_text"], row["actor2_kind"], row["actor2_country"]),
        "location": loc,
        "date": row["date"],
        "date_precision": row["date_precision"],
        "reported_by": list(row["reported_by"] or []),
        "modality": row["modality"],
        "confidence": round(float(row["confidence"]), 3),
        "fatalities": int(row["fatalities"] or 0),
    }


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
