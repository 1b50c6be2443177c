"""The row every gazetteer source yields: one place as a source describes it.

Its own module so that sources (`geo/sources.py`, `geo/areas.py`) and the builder share it
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PlaceRow:
    """One gazetteer entry as a source describes it (GeoNames semantics).

    `lat`/`lon` may be None for divisions named in a code list only; the builder then
    places them at a representative member place.
    """

    geonameid: int
    name: str
    lat: float | None = None
    lon: float | None = None
    asciiname: str | None = None
    alternates: list[str] = field(default_factory=list)
    feature_class: str | None = None
    feature_code: str | None = None
    country: str | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    population: int = 0
    # A centre point from a source that has no member list (ISO 3166-2 latLng): used for a
    # division that is not named after a central seat of its own (see gazetteer.place_units).
    centroid: tuple[float, float] | None = None
    # GeoNames' own point for a division, from a points-only source (`geonames_points`):
    # the unit's centre, used unless a seat named like the unit lies near it.
    known_point: tuple[float, float] | None = None
    # What the place is on the precision scale, when its feature code cannot tell (a region
    # inside one country is first-level, one spanning countries country-sized); else derived.
    precision: str | None = None
