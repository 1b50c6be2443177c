"""First-level divisions found by their bare names (geo/divisions.py): the gazetteer names
them with their kind ('Dagestan, Respublika'), news without it ('Dagestan', 'Ingushetia')."""

from __future__ import annotations

import pytest

from frontwatch.geo.candidates import CandidateFinder
from frontwatch.geo.divisions import bare_key
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


@pytest.fixture(scope="module")
def finder() -> CandidateFinder:
    return CandidateFinder(Gazetteer.open())


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country", "how"), [
    ("Dagestan", "RU", "alternate"),
    ("Tatarstan", "RU", "alternate"),
    ("Ingushetia", "RU", "fuzzy"),  # 'Ingushetiya, Respublika'
    ("Baluchistan", "PK", "fuzzy"),  # 'Balochistan', one edit, outside any focus country
    ("Kabardino-Balkaria", "RU", "fuzzy"),
])
def test_division_found_by_its_bare_name(finder: CandidateFinder, text: str, country: str, how: str) -> None:
    cands = finder.candidates(text)
    assert cands, text
    top = cands[0]
    assert (top.place.precision, top.place.country, top.how) == ("admin1", country, how)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Northern", "Kordofan", "Kent"])
def test_no_division_invented(finder: CandidateFinder, text: str) -> None:
    # a compass word stays a compass word; a short name or one no division carries finds none
    assert finder.divisions(text) == []
