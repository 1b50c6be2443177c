"""`Event.to_record`, derived from `schema.EventRecord`: a field added to the record (or to one of its
nested parts) reaches extract's JSONL with that one edit, as it reaches the store, the API and Spark.

Where each field's value comes from on an event, by rule rather than by a hand-written dict:
- a scalar field: the event's attribute of the same name, through the field's `Col.normalise`;
- a nested part the event carries as an object (`actor1` → `Actor`): that object's attributes of the
  sub-fields' names, or null when the event has none;
- a nested part the event carries flat (`evidence` → `evidence_text`, `evidence_start`, ...): the
  event's attributes named by the part's column prefix (`Part.prefix`), null when the part's `present`
  attribute is None (falsy when `truthy`), exactly as the store reads its columns back;
- the location, which a `Toponym` only implies (its place, or the point of a relative mention):
  `location_values`, the one hand-written rule; a location field it does not name is the place's
  attribute of that name.
A sub-field with `Col(omit_empty=True)` is left out when empty (location.relative).

The builder is made once per record model as a list of small closures (no per-call walk over
pydantic's field info, no pydantic model built per event). It costs about 2 µs of CPU more per
event than the hand-written dict it replaced (5.5-5.8 against 3.4-3.5 µs, `bench/to_record.py`),
against milliseconds of NLP per event; generating the function as source (as `store.rows.EventReader`
does) would win those back at the price of a second code generator.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter, itemgetter
from typing import Any

from pydantic import BaseModel

from frontwatch.schema import Col, Part, meta, model_of

Builder = Callable[[Any], Any]


def location_values(keys: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The location part's values, in `keys` order, of a (resolved or relative) toponym.

    A relative mention ('20 km south of X') has its own point and may have no gazetteer place;
    its name and country then come from the relation, and its lat/lon always do. A location field
    not named here is the place's attribute of that name (None without a place).
    """
    own = ("name", "text", "lat", "lon", "country", "precision", "relative")
    others = tuple(k for k in keys if k not in own)
    from_place = _getter(others) if others else (lambda place: ())
    none = (None,) * len(others)
    at = [(own + others).index(k) for k in keys]
    in_record_order = itemgetter(*at) if len(at) > 1 else (lambda got: (got[at[0]],))  # C-level reordering

    def values(toponym: Any) -> tuple[Any, ...]:
        place, relative = toponym.place, toponym.relative
        rel = relative or {}
        if place is None:
            got = (rel.get("name"), toponym.text, rel.get("lat"), rel.get("lon"), rel.get("country"),
                   toponym.precision or None, relative, *none)
        else:
            got = (place.name, toponym.text, rel.get("lat", place.lat), rel.get("lon", place.lon), place.country,
                   toponym.precision or place.precision, relative, *from_place(place))
        return in_record_order(got)

    return values


# Parts whose values are not the carried object's attributes of the same names: name → (keys → values function).
PART_VALUES: dict[str, Callable[[tuple[str, ...]], Callable[[Any], tuple[Any, ...]]]] = {"location": location_values}


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """attrgetter that always returns a tuple (attrgetter of one name returns the bare value)."""
    get = attrgetter(*names)
    return get if len(names) > 1 else (lambda obj: (get(obj),))


def _dict_maker(model: type[BaseModel]) -> tuple[tuple[str, ...], Callable[[tuple[Any, ...]], dict[str, Any]]]:
    """A part's keys and the function making its dict from its values (normalised, empties left out)."""
    keys = tuple(model.model_fields)
    cols = [meta(info, Col) or Col() for info in model.model_fields.values()]
    norms = [(i, c.normalise) for i, c in enumerate(cols) if c.normalise]
    omit = {keys[i] for i, c in enumerate(cols) if c.omit_empty}
    if not norms and not omit:
        return keys, lambda values: dict(zip(keys, values))

    def make(values: tuple[Any, ...]) -> dict[str, Any]:
        if norms:
            values = list(values)
            for i, norm in norms:
                values[i] = norm(values[i])
        out = dict(zip(keys, values))
        for k in omit:
            if not out[k]:
                del out[k]
        return out

    return keys, make


def _part_builder(name: str, sub: type[BaseModel], part: Part | None, attrs: frozenset[str]) -> Builder:
    keys, make = _dict_maker(sub)
    if name in PART_VALUES:
        carried, values = attrgetter(name), PART_VALUES[name](keys)
        return lambda e: None if (obj := carried(e)) is None else make(values(obj))
    if name in attrs:  # carried as an object with the sub-fields as attributes
        carried, get = attrgetter(name), _getter(keys)
        return lambda e: None if (obj := carried(e)) is None else make(get(obj))
    if part is None:
        raise TypeError(f"record part {name!r}: the event has no attribute {name!r} and the field declares no Part")
    get = _getter(tuple(part.prefix + k for k in keys))
    if part.present is None:
        return lambda e: make(get(e))
    present = attrgetter(part.prefix + part.present)
    if part.truthy:
        return lambda e: make(get(e)) if present(e) else None
    return lambda e: None if present(e) is None else make(get(e))


def record_builder(model: type[BaseModel], attrs: frozenset[str]) -> Callable[[Any], dict[str, Any]]:
    """The function making `model`'s record (its fields, in its order) from an object with attributes `attrs`.

    Fields with a `Col.home` (filled elsewhere, e.g. the API's `story`) are not the event's to give.
    """
    fields: list[tuple[str, Builder]] = []
    for name, info in model.model_fields.items():
        col = meta(info, Col) or Col()
        if col.home:
            continue
        sub = model_of(info.annotation)
        if sub is not None:
            fields.append((name, _part_builder(name, sub, meta(info, Part), attrs)))
        elif col.normalise:
            get, norm = attrgetter(name), col.normalise
            fields.append((name, lambda e, get=get, norm=norm: norm(get(e))))
        else:
            fields.append((name, attrgetter(name)))

    def build(event: Any) -> dict[str, Any]:
        return {name: field(event) for name, field in fields}

    return build
