"""Event filters from query parameters, and the story each event record belongs to.

Shared by the routers that serve event records (/events, /articles/{id}, /stories/{id},
/places/{id}); the SQL itself is in `store.queries`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Engine

from frontwatch.api.actor_aliases import actor_names
from frontwatch.api.filters import event_filters
from frontwatch.api.place_aliases import PlaceAlias, PlaceAliases
from frontwatch.derive.read import story_refs
from frontwatch.store import queries as q


def request_filters(engine: Engine, place_aliases: PlaceAliases, types: list[str], actor: str | None,
                    place: str | None, country: str | None, bbox: str | None, date_from: date | None,
                    date_to: date | None, modality: list[str], min_corroboration: int,
                    article_id: str | None = None, language: str | None = None) -> q.EventFilters:
    """The checked filters of an /events-like request, with place and actor names widened to their aliases."""
    f = event_filters(types=types, actor=actor, place=place, country=country, bbox=bbox, date_from=date_from,
                      date_to=date_to, modalities=modality, article_id=article_id, engine=engine,
                      language=language)
    alias = place_aliases.lookup(f.place) if f.place else PlaceAlias()
    return replace(f, min_corroboration=min_corroboration, place_ids=alias.ids, place_names=alias.names,
                   actor_names=actor_names(f.actor) if f.actor else frozenset())


def with_story(engine: Engine, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Set each record's `story` (None while the stories stage has not placed it)."""
    with engine.connect() as conn:
        refs = story_refs(conn, [r["id"] for r in records])
    for r in records:
        r["story"] = refs.get(r["id"])
    return records
