"""Relative location phrases: parsing (table-driven) and geometry against known results."""

from __future__ import annotations

import math

import pytest

from frontwatch.geo.relative import RelativeExpr, country_codes, find_relative, relative_geometry
from frontwatch.geometry import destination, haversine_km, midpoint

DAMASCUS = (33.51, 36.29)
AMMAN = (31.95, 35.93)

# phrase in a sentence → (matched phrase, kind, km_min, km_max, direction, anchor, anchor2, countries, detail)
CASES = [
    ("Fighting raged 20 km from Idlib.", ("20 km from Idlib", "distance", 20, 20, None, "Idlib", None, [], None)),
    ("They are less than 20 kilometres from the southern entrance to Damascus.",
     ("less than 20 kilometres from the southern entrance to Damascus", "distance", None, 20, "S", "Damascus", None,
      [], "entrance")),
    ("A village 5 miles north of Kobani was hit.",
     ("5 miles north of Kobani", "distance", 8.047, 8.047, "N", "Kobani", None, [], None)),
    ("Clashes north of Homs on Monday.", ("north of Homs", "direction", None, None, "N", "Homs", None, [], None)),
    ("Shelling in the northern Aleppo countryside.",
     ("northern Aleppo countryside", "direction", None, None, "N", "Aleppo", None, [], "countryside")),
    ("Clashes in Aleppo's northern countryside.",
     ("Aleppo's northern countryside", "direction", None, None, "N", "Aleppo", None, [], "countryside")),
    ("An attack near Ras al-Ain killed two.", ("near Ras al-Ain", "near", None, None, None, "Ras al-Ain", None, [],
                                              "near")),
    ("Battles on the outskirts of Deir ez-Zor.",
     ("on the outskirts of Deir ez-Zor", "near", None, None, None, "Deir ez-Zor", None, [], "outskirts")),
    ("Convoys on the road from Damascus to Jordan were stopped.",
     ("on the road from Damascus to Jordan", "road", None, None, None, "Damascus", "Jordan", [], None)),
    ("An ambush along the Damascus-Amman highway.",
     ("along the Damascus-Amman highway", "road", None, None, None, "Damascus", "Amman", [], None)),
    ("Israel bombed crossings on the Lebanese-Syrian border on Friday.",
     ("on the Lebanese-Syrian border", "border", None, None, None, "Lebanese", "Syrian", ["LB", "SY"], None)),
    ("Troops gathered at the border between Syria and Iraq.",
     ("at the border between Syria and Iraq", "border", None, None, None, "Syria", "Iraq", ["SY", "IQ"], None)),
    ("Shells fell on Syria's border with Turkey.",
     ("on Syria's border with Turkey", "border", None, None, None, "Syria", "Turkey", ["SY", "TR"], None)),
    ("- Near Ar Raqqah, one strike destroyed two oil pump jacks.",
     ("Near Ar Raqqah", "near", None, None, None, "Ar Raqqah", None, [], "near")),
    ("Russian troops are about 30 km (19 miles) south-west of Kherson.",
     ("about 30 km (19 miles) south-west of Kherson", "distance", 30, 30, "SW", "Kherson", None, [], None)),
    ("The front is between 10 and 15 km east of Bakhmut.",
     ("between 10 and 15 km east of Bakhmut", "distance", 10, 15, "E", "Bakhmut", None, [], None)),
    ("Rebels camped some twenty kilometres outside Mosul.",
     ("some twenty kilometres outside Mosul", "distance", 20, 20, None, "Mosul", None, [], None)),
    ("It fell more than 50 km from the capital Kyiv.",
     ("more than 50 km from the capital Kyiv", "distance", 50, None, None, "Kyiv", None, [], None)),
    ("Drones struck within 3 km of the town of Avdiivka.",
     ("within 3 km of the town of Avdiivka", "distance", None, 3, None, "Avdiivka", None, [], None)),
    ("They cut a key supply route from the Turkish border.",
     ("from the Turkish border", "border", None, None, None, "Turkish", None, ["TR"], None)),
    ("The border between Syria and Iraq is closed.",
     ("The border between Syria and Iraq", "border", None, None, None, "Syria", "Iraq", ["SY", "IQ"], None)),
    ("Raids hit northern Iraq's Kurdish region.", ("northern Iraq", "direction", None, None, "N", "Iraq", None, [],
                                                  "part")),
    ("Jets hit a base 4km north-east of al-Bab.",
     ("4km north-east of al-Bab", "distance", 4, 4, "NE", "al-Bab", None, [], None)),
]


@pytest.mark.parametrize("sentence,want", CASES, ids=[c[1][0] for c in CASES])
def test_find_relative_table(sentence: str, want: tuple) -> None:
    found = find_relative(sentence)
    assert len(found) == 1, [sentence[e.start:e.end] for e in found]
    e = found[0]
    phrase, kind, km_min, km_max, direction, anchor, anchor2, countries, detail = want
    assert sentence[e.start:e.end] == phrase
    assert (e.kind, e.direction, e.anchor_text, e.anchor2_text, e.countries, e.detail) == (
        kind, direction, anchor, anchor2, countries, detail)
    assert e.km_min == (pytest.approx(km_min, abs=1e-3) if km_min is not None else None)
    assert e.km_max == (pytest.approx(km_max, abs=1e-3) if km_max is not None else None)
    assert sentence[e.anchor_start:e.anchor_end] == anchor if anchor else e.anchor_start is None
    if anchor2:
        assert sentence[e.anchor2_start:e.anchor2_end] == anchor2


@pytest.mark.parametrize("sentence", [
    "Talks in the Near East resumed.",  # a region's name, not 'near East'
    "They walked north of the river.",  # no named anchor
    "A 20 km-long convoy left.",
    "Officials near the president said so.",
    "The Al-Bab road was quiet.",  # one road name, not a pair
    "Iranian-backed militias arrived.",
    "A convoy en route to Damascus.",  # movement, not a road location
    "Jets hit the southern Syrian city of Daraa.",  # 'southern' qualifies the city, named later
])
def test_find_relative_ignores(sentence: str) -> None:
    assert find_relative(sentence) == []


def test_near_the_border_takes_countries_from_its_sentence() -> None:
    s = "Iranian-backed Iraqi militias are ready to deploy to Syria and have massed near the border."
    (e,) = find_relative(s)
    assert s[e.start:e.end] == "near the border"
    assert e.kind == "border" and sorted(e.countries) == ["IQ", "SY"]  # 'Iranian-backed' names a patron
    assert e.detail == "context"


def test_single_country_border_adds_the_other_from_context() -> None:
    s = "Israeli officials said Hezbollah fighters are near the Lebanese border."
    (e,) = find_relative(s)
    assert e.kind == "border" and e.countries == ["LB", "IL"]


def test_demonym_lookup_is_pluggable() -> None:
    s = "Clashes on the Wakandan-Genovian border."
    assert find_relative(s) == []
    table = {"wakandan": ["WK"], "genovian": ["GV"]}
    (e,) = find_relative(s, demonym_lookup=lambda w: table.get(w.lower(), []))
    assert e.countries == ["WK", "GV"]
    assert country_codes("Lebanese") == ["LB"] and country_codes("Atlantean") == []


def test_seed_relative_phrases(seed_text: str) -> None:
    found = {seed_text[e.start:e.end]: e for e in find_relative(seed_text)}
    e = found["less than 20 kilometers” from the southern entrance to Damascus"]
    assert (e.kind, e.km_min, e.km_max, e.direction, e.anchor_text) == ("distance", None, 20, "S", "Damascus")
    e = found["on the main road leading from Damascus to Jordan"]
    assert (e.kind, e.anchor_text, e.anchor2_text) == ("road", "Damascus", "Jordan")
    e = found["on the Lebanese-Syrian border"]
    assert e.countries == ["LB", "SY"]
    e = found["just 20 kilometers from the capital Damascus"]
    assert (e.kind, e.km_max, e.direction, e.anchor_text) == ("distance", 20, None, "Damascus")
    e = found["near the border"]
    assert set(e.countries) == {"IQ", "SY"}
    for e in found.values():  # offsets index the text
        assert seed_text[e.anchor_start:e.anchor_end] == e.anchor_text if e.anchor_text else True


# --- geometry ------------------------------------------------------------------------------


def test_destination_known_results() -> None:
    # Movable Type Scripts' worked example (spherical Earth): 53°19′14″N 1°43′47″W, bearing
    # 96°01′18″, 124.8 km → 53°11′18″N 0°08′00″E.
    lat, lon = destination(53 + 19 / 60 + 14 / 3600, -(1 + 43 / 60 + 47 / 3600), 96 + 1 / 60 + 18 / 3600, 124.8)
    assert lat == pytest.approx(53 + 11 / 60 + 18 / 3600, abs=2e-4)
    assert lon == pytest.approx(8 / 60, abs=2e-4)
    # One degree of latitude is ~111.2 km on the sphere (111.0-111.7 km on the ellipsoid).
    lat, lon = destination(33.51, 36.29, 180, 111.195)
    assert (lat, lon) == (pytest.approx(32.51, abs=1e-4), pytest.approx(36.29, abs=1e-9))
    # East along the equator, across the antimeridian.
    lat, lon = destination(0.0, 179.5, 90, 111.195)
    assert (lat, lon) == (pytest.approx(0.0, abs=1e-9), pytest.approx(-179.5, abs=1e-4))


@pytest.mark.parametrize("bearing", [0, 45, 135, 200, 300])
def test_destination_round_trip(bearing: float) -> None:
    lat, lon = destination(*DAMASCUS, bearing, 42.0)
    assert haversine_km(*DAMASCUS, lat, lon) == pytest.approx(42.0, abs=1e-6)


def test_haversine_known_distance() -> None:
    # Damascus–Amman by road is ~200 km; great-circle ~176 km.
    assert haversine_km(*DAMASCUS, *AMMAN) == pytest.approx(176, abs=3)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)


def test_midpoint_is_equidistant() -> None:
    m = midpoint(*DAMASCUS, *AMMAN)
    assert haversine_km(*DAMASCUS, *m) == pytest.approx(haversine_km(*AMMAN, *m), abs=1e-6)


def _geom(phrase: str, anchor=DAMASCUS, anchor2=None, **kw) -> dict:
    (e,) = find_relative(phrase)
    return relative_geometry(e, anchor, anchor2, **kw)


def test_geometry_distance_and_direction() -> None:
    g = _geom("20 km south of Damascus")
    assert haversine_km(*DAMASCUS, g["lat"], g["lon"]) == pytest.approx(20, abs=0.01)
    assert g["lat"] < DAMASCUS[0] and g["radius_km"] == pytest.approx(6.0)
    assert (g["kind"], g["direction"], g["km"], g["anchor"]) == ("distance", "S", 20, "Damascus")


def test_geometry_distance_without_direction_is_a_disc_on_the_anchor() -> None:
    g = _geom("20 km from Damascus")
    assert (g["lat"], g["lon"], g["radius_km"]) == (DAMASCUS[0], DAMASCUS[1], 20)


def test_geometry_less_than_with_direction_holds_the_quadrant() -> None:
    g = _geom("less than 20 kilometres from the southern entrance to Damascus")
    centre = (g["lat"], g["lon"])
    # Every point within 20 km of Damascus and within ±45° of south lies inside the circle.
    for bearing in (135, 160, 180, 200, 225):
        for km in (0.5, 10, 20):
            p = destination(*DAMASCUS, bearing, km)
            assert haversine_km(*centre, *p) <= g["radius_km"] + 0.05
    assert g["radius_km"] < 20
    assert _geom("less than 20 km from Damascus")["radius_km"] == 20
    assert _geom("within 3 km of Damascus")["radius_km"] == 5  # never tighter than a town centre


def test_geometry_direction_only_goes_fifteen_km() -> None:
    g = _geom("north of Damascus")
    assert haversine_km(*DAMASCUS, g["lat"], g["lon"]) == pytest.approx(15, abs=0.01)
    assert g["lat"] > DAMASCUS[0]


def test_geometry_part_of_area_uses_extent() -> None:
    small = _geom("in southern Syria", anchor=(35.0, 38.5))
    big = _geom("in southern Syria", anchor=(35.0, 38.5), extent_km=400)
    assert big["radius_km"] == 200 and small["radius_km"] == 15
    assert big["lat"] < small["lat"] < 35.0


def test_geometry_road_and_border() -> None:
    g = _geom("on the road from Damascus to Amman", anchor2=AMMAN)
    assert g["line"] == [[DAMASCUS[0], DAMASCUS[1]], [AMMAN[0], AMMAN[1]]]
    assert g["radius_km"] == pytest.approx(haversine_km(*DAMASCUS, *AMMAN) / 2, abs=0.01)
    assert g["anchor2"] == "Amman"
    b = _geom("on the Lebanese-Syrian border", anchor=(33.69, 36.08))
    assert (b["precision"], b["countries"], b["radius_km"]) == ("border", ["LB", "SY"], 50)


def test_geometry_rejects_bad_anchor() -> None:
    e = RelativeExpr(start=0, end=5, kind="near", anchor_text="X")
    with pytest.raises(ValueError, match="not a"):
        relative_geometry(e, (95.0, 10.0))
    with pytest.raises(ValueError, match="unknown relative kind"):
        relative_geometry(RelativeExpr(start=0, end=1, kind="teleport"), DAMASCUS)
