"""One builder of event filters for every caller: the API's /events, /events.geojson and /stories,
and `frontwatch export`. Parameters are checked here once, so a typo is refused the same way
everywhere (`BadParameter` → 422 in the API, a usage error on the command line).

Type names are checked against the ontology first and, only for names it does not know, against
the type names the store's events carry (a store filled by an older release may hold names the
ontology has since renamed: they must stay filterable).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from frontwatch.store import queries as q
from frontwatch.events.type_names import describe_known, unknown_types


def stored_type_names(conn: Connection) -> set[str]:
    """Every type name the store's events carry (internal, ACLED type and sub-type, PLOVER)."""
    e = q.events
    out: set[str] = set()
    for col in (e.c.event_type, e.c.acled_event_type, e.c.acled_sub_event_type, e.c.plover):
        out.update(v for v in conn.execute(select(col).distinct()).scalars() if v)
    return out


def check_types(types: Iterable[str], engine: Any = None) -> tuple[str, ...]:
    """The non-empty type names, or BadParameter naming the first one neither the ontology nor the store knows."""
    from frontwatch.merge.families import FAMILY_NAMES  # stories are filtered by family too

    wanted = tuple(t.strip() for t in types if t and t.strip())
    bad = unknown_types(wanted, FAMILY_NAMES)
    if bad and engine is not None:
        with engine.connect() as conn:
            bad = unknown_types(bad, stored_type_names(conn))
    if bad:
        raise q.BadParameter(f"type: unknown value {bad[0]!r}; use {describe_known()}")
    return wanted


def check_country(country: str | None) -> str | None:
    if country is None or not country.strip():
        return None
    code = country.strip()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise q.BadParameter(f"country: expected an ISO 3166-1 alpha-2 code such as SY, got {country!r}")
    return code.upper()


def check_language(language: str | None) -> str | None:
    """An ISO 639-1 code ('ar', 'EN', 'ru-RU' → 'ru'), or BadParameter."""
    if language is None or not language.strip():
        return None
    from frontwatch.clean.language import normalize_language_code

    code = normalize_language_code(language.strip())
    if code is None:
        raise q.BadParameter(f"language: expected an ISO 639-1 code such as ar or ru, got {language!r}")
    return code


def event_filters(*, types: Iterable[str] = (), actor: str | None = None, place: str | None = None,
                  country: str | None = None, bbox: str | None = None, date_from: date | None = None,
                  date_to: date | None = None, modalities: Iterable[str] = (), article_id: str | None = None,
                  event_ids: Collection[str] | None = None, engine: Any = None,
                  language: str | None = None) -> q.EventFilters:
    """Checked `EventFilters`; `engine` lets a type name the store holds through (see the module doc)."""
    q.check_date_range(date_from, date_to)
    return q.EventFilters(
        types=check_types(types, engine), actor=(actor or "").strip() or None, place=q.check_place(place),
        country=check_country(country), bbox=q.parse_bbox(bbox) if bbox else None, date_from=date_from,
        date_to=date_to, modalities=q.check_modalities(list(modalities)), article_id=article_id, event_ids=event_ids,
        language=check_language(language))
