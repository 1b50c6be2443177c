"""First-level divisions found by their bare names (geo/divisions.py): the gazetteer names
them with their kind ('Dagestan, Respublika'), news without it ('Dagestan', 'Ingushetia')."""

from __future__ import annotations

import pytest

from frontwatch.geo.candidates import CandidateFinder
from frontwatch.geo.divisions import bare_key, first_part
from frontwatch.geo.fold import fold
from frontwatch.geo.gazetteer import Gazetteer


@pytest.mark.parametrize(("name", "bare"), [
    ("Dagestan, Respublika", "dagestan"),
    ("Provinsi Papua", "papua"),
    ("Chukotskiy avtonomnyy okrug", "chukotskiy"),
    ("Northern Region", None),  # nothing name-like is left
    ("Balochistan", None),  # no kind word: the gazetteer's own key already
    ("Kano State", None),  # too short a name to stand alone ('kano')
])
def test_bare_key_drops_only_kind_words(name: str, bare: str | None) -> None:
    assert bare_key(fold(name)) == (fold(bare) if bare else None)


@pytest.mark.parametrize(("key", "first"), [
    ("bosnia and herzegovina", "bosnia"),
    ("saint kitts and nevis", "saint kitts"),
    ("syria", None),  # one part: its own name already
    ("heard island and mcdonald islands", "heard island"),
])
def test_first_part_of_a_two_part_country(key: str, first: str | None) -> None:
    assert first_part(key) == first


@pytest.fixture(scope="module")
def finder() -> CandidateFinder:
    return CandidateFinder(Gazetteer.open())


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country", "how"), [
    ("Dagestan", "RU", "alternate"),
    ("Tatarstan", "RU", "alternate"),
    ("Ingushetia", "RU", "fuzzy"),  # 'Ingushetiya, Respublika'
    ("Kabardino-Balkaria", "RU", "fuzzy"),
    ("Bosnia", "BA", "alternate"),  # a frequent word, but its exact bare name
])
def test_division_found_by_its_bare_name(finder: CandidateFinder, text: str, country: str, how: str) -> None:
    cands = finder.candidates(text)
    assert cands, text
    top = cands[0]
    assert (top.place.precision in ("admin1", "country"), top.place.country, top.how) == (True, country, how)
    assert len({c.place.geonameid for c in cands}) == len(cands)  # each place once


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Northern", "Kordofan", "Kent",
    "National", "Jewish",  # everyday words left of 'National Capital Region', 'Jewish Autonomous Oblast'
    "Wethington",  # a surname one edit from 'Wellington' (folded): no near miss in a Latin-script country
    "Wallis",  # the first part of a small territory's name (Wallis and Futuna): a person's as often
])
def test_no_division_invented(finder: CandidateFinder, text: str) -> None:
    # a compass word stays a compass word; a short name or one no division carries finds none
    assert finder.divisions(text) == []


@pytest.mark.slow
def test_a_people_word_is_not_a_two_part_country(finder: CandidateFinder) -> None:
    # 'Turks' names a people (a demonym), not the Turks and Caicos Islands
    assert all(c.place.country != "TC" for c in finder.candidates("Turks"))
