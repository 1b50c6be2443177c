"""Every name an event type may be asked for by: internal, ACLED (sub-)type, PLOVER.

One list for every place that takes a type from a user (API filters, watches, reports,
`export --type`), so a typo is refused with the same message everywhere instead of
silently matching nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.events.ontology import ACLED_TYPES, GENERIC_TYPES, PLOVER_TYPES, TYPES


def ontology_type_names() -> set[str]:
    """Casefolded names the ontology defines (internal and generic names, ACLED types and sub-types, PLOVER)."""
    names = set(TYPES) | set(GENERIC_TYPES) | set(PLOVER_TYPES) | set(ACLED_TYPES)
    names.update(sub for subs in ACLED_TYPES.values() for sub in subs)
    return {n.casefold() for n in names}


def unknown_types(asked: Iterable[str], also_known: Iterable[str] = ()) -> list[str]:
    """The names in `asked` that are neither in the ontology nor in `also_known` (e.g. types a store holds
    from an older ontology), in the order asked."""
    known = ontology_type_names() | {n.casefold() for n in also_known if n}
    return [a for a in asked if a.strip() and a.strip().casefold() not in known]


def describe_known() -> str:
    """A short hint for an error message."""
    return "an internal type (e.g. air_strike), an ACLED type or sub-type (e.g. 'Air/drone strike') or PLOVER (e.g. ASSAULT)"
