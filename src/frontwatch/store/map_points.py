"""The map page's own lean map points: `/events.geojson?view=map`.

Why: the map page loads every located event at once (100,000 in the web bench). Each member of a
point costs at every step: the SQL row, the Python dict, the JSON text, gzip, the browser's
JSON.parse, the copy to MapLibre's worker and the worker's cluster index. The full points
(`queries.feature`) carry what API users may want (story, corroboration, outlet, confidence...),
and the story join alone was about a third of the query. A map point here carries only what the
page reads: colour and filters (category, modality, date), the first view (precision), the
stacked-points list and the country-level list (place, sub-type or type, fatalities, country).
Members the page reads as "absent" (null dates and places, zero fatalities, the country of an
event that has a point) are left out; the drawer fetches the full event on click (/events/{id}).

Same rows, same order, same paging (`next_offset`) as the full view: only the members differ.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from frontwatch.store import queries as q

# The members a lean point can have, in the order the page reads them (documented in the README).
MAP_MEMBERS = ("id", "category", "date", "modality", "precision", "place", "sub_event_type", "event_type",
               "fatalities", "country")


def map_points_select(f: q.EventFilters, dialect: str = "sqlite") -> Select:
    """The full view's query (`queries.features_select`) without the columns the map never reads
    (no stories join, no outlet): same filters, same order, so paging is the same."""
    f = q.EventFilters(**{**f.__dict__, "located": True})
    e = q.events
    return (select(e.c.id, e.c.lon, e.c.lat, e.c.acled_event_type, q.effective_date.label("effective_date"),
                   e.c.modality, e.c.geo_precision, e.c.location_name, e.c.acled_sub_event_type, e.c.event_type,
                   e.c.fatalities, e.c.country)
            .select_from(q.events.join(q.articles, q.articles.c.id == e.c.article_id))
            .where(*q.event_conditions(f, dialect))
            .order_by(q.effective_date, e.c.id))


def map_point(row: Any) -> dict[str, Any]:
    """A row of `map_points_select` as a lean RFC 7946 Feature (null geometry for a country-level event,
    as in the full view). Unpacked as a tuple: this runs once per point."""
    (event_id, lon, lat, acled_type, day, modality, precision, place, sub_type, event_type, fatalities,
     country) = row
    props: dict[str, Any] = {"id": event_id, "category": q.category(acled_type)}
    if day is not None:
        props["date"] = day
    props["modality"] = modality
    props["precision"] = precision
    if place is not None:
        props["place"] = place
    if sub_type is not None:
        props["sub_event_type"] = sub_type
    else:
        props["event_type"] = event_type
    if fatalities:
        props["fatalities"] = int(fatalities)
    if precision == "country":
        props["country"] = country
        return {"type": "Feature", "geometry": None, "properties": props}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
            "properties": props}
