"""Where divisions sit and how big they are: seat towns, ISO 3166-2 centres, member populations.

Built from rows written here; the builder's rules are checked on their own cases:
a division named after a central town sits at the town, one named after a distant town
(New York State) sits at its centre, one with no centre and no seat at its central member.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.geo.gazetteer import SEAT_MAX_KM, Gazetteer, build_gazetteer
from frontwatch.geo.sources import CONTINENT_ADJECTIVES, POSTAL_STYLE, PlaceRow, iso_centroids

ROWS = [
    # Seat near the centre: Daraa Governorate sits at Daraa.
    PlaceRow(170903, "Dar'ā", feature_class="A", feature_code="ADM1", country="SY", admin1_code="06",
             alternates=["Daraa Governorate"], centroid=(32.89, 36.10)),
    PlaceRow(170905, "Daraa", 32.62, 36.10, alternates=["Deraa"], feature_class="P", country="SY", admin1_code="06",
             population=97_969),
    PlaceRow(170000, "Nawa", 32.89, 36.04, feature_class="P", country="SY", admin1_code="06", population=50_000),
    # Seat far from the centre: New York State is not at New York City.
    PlaceRow(5128638, "New York", feature_class="A", feature_code="ADM1", country="US", admin1_code="NY",
             alternates=["N.Y."], centroid=(43.16, -75.85)),
    PlaceRow(5128581, "New York City", 40.71, -74.01, alternates=["New York"], feature_class="P", country="US",
             admin1_code="NY", population=8_804_190),
    PlaceRow(5106834, "Albany", 42.65, -73.76, feature_class="P", country="US", admin1_code="NY", population=97_000),
    # Neither seat nor centre: the member nearest the members' mean.
    PlaceRow(999100, "Nowhere Province", feature_class="A", feature_code="ADM1", country="XX", admin1_code="01"),
    PlaceRow(999101, "West End", 10.0, 10.0, feature_class="P", country="XX", admin1_code="01", population=1_000),
    PlaceRow(999102, "Middle", 10.0, 11.0, feature_class="P", country="XX", admin1_code="01", population=2_000),
    PlaceRow(999103, "East End", 10.0, 12.0, feature_class="P", country="XX", admin1_code="01", population=3_000),
    # GeoNames' own point (known_point) beats the ISO centre and the central member...
    PlaceRow(4736286, "Texas", feature_class="A", feature_code="ADM1", country="US", admin1_code="TX",
             centroid=(31.0, -100.0), known_point=(31.25, -99.25)),
    PlaceRow(4699066, "Houston", 29.76, -95.36, feature_class="P", country="US", admin1_code="TX", population=2_300_000),
    # ...but not a seat near it: Aleppo Governorate sits at Aleppo, as ACLED codes it.
    PlaceRow(170062, "Aleppo Governorate", alternates=["Aleppo"], feature_class="A", feature_code="ADM1", country="SY", admin1_code="09",
             known_point=(36.25, 37.5)),
    PlaceRow(170063, "Aleppo", 36.20, 37.16, feature_class="P", country="SY", admin1_code="09", population=2_098_210),
    # A unit with a known point and no member place is kept, not dropped.
    PlaceRow(999200, "Empty Quarter", feature_class="A", feature_code="ADM1", country="YY", admin1_code="02",
             known_point=(20.0, 50.0)),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path = Path(tmp_path_factory.mktemp("gaz")) / "g.sqlite"
    build_gazetteer(path, ROWS, source="test rows")
    return Gazetteer(path)


def _admin(gaz: Gazetteer, name: str):
    return next(c.place for c in gaz.by_name(name) if c.place.precision == "admin1")


def test_seat_town_near_the_centre_places_the_division(gaz: Gazetteer) -> None:
    daraa = _admin(gaz, "Daraa Governorate")
    assert (daraa.lat, daraa.lon) == (32.62, 36.10)
    assert any(c.place.geonameid == 170903 for c in gaz.by_name("Deraa"))  # inherits the seat's spellings


def test_distant_namesake_does_not_place_the_division(gaz: Gazetteer) -> None:
    ny = _admin(gaz, "New York")
    assert (ny.lat, ny.lon) == (43.16, -75.85)
    assert SEAT_MAX_KM < 300  # NYC is ~300 km from the state's centre


def test_central_member_without_centre_or_seat(gaz: Gazetteer) -> None:
    p = _admin(gaz, "Nowhere Province")
    assert (p.lat, p.lon) == (10.0, 11.0)


def test_division_population_is_its_members_sum(gaz: Gazetteer) -> None:
    assert _admin(gaz, "Nowhere Province").population == 6_000
    assert _admin(gaz, "Daraa Governorate").population == 147_969


def test_town_listed_before_the_division_named_after_it(gaz: Gazetteer) -> None:
    assert [c.place.geonameid for c in gaz.by_name("Deraa")][:1] == [170905]


def test_postal_abbreviation_is_a_name(gaz: Gazetteer) -> None:
    assert [c.place.geonameid for c in gaz.by_name("N.Y.")] == [5128638]


def test_geonames_point_places_a_unit_without_a_seat(gaz: Gazetteer) -> None:
    texas = _admin(gaz, "Texas")
    assert (texas.lat, texas.lon) == (31.25, -99.25)
    empty = _admin(gaz, "Empty Quarter")
    assert (empty.lat, empty.lon) == (20.0, 50.0)


def test_seat_near_the_geonames_point_wins(gaz: Gazetteer) -> None:
    aleppo = _admin(gaz, "Aleppo Governorate")
    assert (aleppo.lat, aleppo.lon) == (36.20, 37.16)


def test_bundled_geonames_points() -> None:
    from frontwatch.geo.sources import geonames_points

    points = geonames_points({6252001, 6251999, 4736286, 1})
    assert set(points) == {6252001, 6251999, 4736286}  # id 1 is nobody
    lat, lon = points[6252001]  # GeoNames puts the United States at 39.76 N 98.5 W
    assert abs(lat - 39.76) < 0.01 and abs(lon + 98.5) < 0.01


def test_tables() -> None:
    assert POSTAL_STYLE["US-KS"] == ("Kan.", "Kans.") and "W. Va." in POSTAL_STYLE["US-WV"]
    assert CONTINENT_ADJECTIVES["Africans"] == "Africa"
    centres = iso_centroids()
    lat, lon = centres["US-TX"]
    assert 30 < lat < 33 and -101 < lon < -97


def test_country_rows_carry_geonames_points_and_prose_names() -> None:
    from frontwatch.geo.sources import country_rows

    rows = {r.country: r for r in country_rows()}
    us, ca = rows["US"], rows["CA"]
    assert "U.S." in us.alternates and "America" in us.alternates
    # GeoNames' point for Canada (60.1 N 113.6 W), not the CIA factbook's 60 N 95 W.
    assert abs(ca.lat - 60.1) < 0.1 and abs(ca.lon + 113.6) < 0.1
