"""perf36: a name no tier but the fuzzy one finds is asked again with new focus countries without the
focus-independent look-ups (`CandidateFinder._weak_candidates`); the answers equal a cold look-up's."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.geo.candidates import CandidateFinder
from frontwatch.geo.gazetteer import Gazetteer, build_gazetteer
from frontwatch.geo.sources import PlaceRow

ROWS = [
    PlaceRow(163843, "Syria", 35.0, 38.0, feature_class="A", feature_code="PCLI", country="SY", population=22_000_000),
    PlaceRow(272103, "Lebanon", 33.8, 35.8, feature_class="A", feature_code="PCLI", country="LB", population=6_000_000),
    PlaceRow(170063, "Aleppo", 36.2, 37.16, alternates=["Halab", "Halep"], feature_class="P", country="SY",
             admin1_code="09", population=2_098_210),
    PlaceRow(170654, "Damascus", 33.51, 36.29, feature_class="P", feature_code="PPLC", country="SY", population=1_569_394),
    PlaceRow(4352728, "Damascus", 39.29, -77.2, feature_class="P", country="US", population=15_000),
    PlaceRow(170905, "Dar‘ā", 32.62, 36.10, alternates=["Daraa", "Deraa"], feature_class="P", country="SY", population=97_969),
    PlaceRow(293793, "Rama", 32.94, 35.37, feature_class="P", country="IL", population=7_000),
    PlaceRow(276781, "Baalbek", 34.0, 36.2, feature_class="P", country="LB", population=82_608),
    PlaceRow(999002, "Islamin", 35.5, 37.5, feature_class="P", country="SY", population=500),
]

# Strong names, misspellings (fuzzy only), an everyday word and strings nothing matches.
NAMES = ["Aleppo", "Halab", "Deraa", "Syrian", "Damascus", "Halepi", "Alepo", "Damascos", "Baalbeck", "Dderaa",
         "Islamic", "Rami", "Zzyzx Qqq", "the Syrian"]
FOCI = [(), ("SY",), ("LB",), ("IL", "SY"), ("US",), ("LB", "SY", "US")]


def _answer(cands) -> list[tuple]:
    return [(c.place.geonameid, c.how, c.score, sorted(c.features.items())) for c in cands]


@pytest.fixture()
def gaz_path(tmp_path: Path) -> Path:
    path = tmp_path / "g.sqlite"
    build_gazetteer(path, ROWS, source="test rows")
    return path


def test_every_name_and_focus_equals_a_cold_look_up(gaz_path: Path) -> None:
    """Whatever focus a name was asked with first, each later answer is the one a fresh finder gives."""
    gaz = Gazetteer(gaz_path)
    weak_seen = 0
    for first in FOCI:
        warm = CandidateFinder(gaz)
        for name in NAMES:
            warm.candidates(name, focus=first)
        weak_seen += len(warm._weak)
        for focus in FOCI:
            for name in NAMES:
                for limit in (20, 2):
                    cold = CandidateFinder(gaz).candidates(name, focus=focus, limit=limit)
                    assert _answer(warm.candidates(name, focus=focus, limit=limit)) == _answer(cold), (name, first, focus)
    assert weak_seen  # the shortcut was taken


def test_a_weak_name_asks_the_gazetteer_no_name_again(gaz_path: Path) -> None:
    """The second look-up of a misspelling with new focus countries runs no exact, alternate or folded query
    (the focus-only queries would ask for rows the first found none of); a strong name is not remembered."""
    gaz = Gazetteer(gaz_path)
    finder = CandidateFinder(gaz)
    asked: list[tuple] = []
    lookup = gaz._lookup

    def counted(*args):
        asked.append(args)
        return lookup(*args)

    gaz._lookup = counted  # type: ignore[method-assign]
    assert all(c.how == "fuzzy" for c in finder.candidates("Halepi", focus=("LB",)))
    assert asked
    asked.clear()
    again = finder.candidates("Halepi", focus=("SY",))
    assert asked == []
    assert [c.place.geonameid for c in again][:1] == [170063]  # Aleppo, found within the new focus
    finder.candidates("Aleppo", focus=("LB",))
    asked.clear()
    finder.candidates("Aleppo", focus=("SY",))
    assert asked  # a name with an exact match is looked up in full each time


def test_an_everyday_word_with_no_strong_match_is_empty_for_any_focus(gaz_path: Path) -> None:
    gaz = Gazetteer(gaz_path)
    finder = CandidateFinder(gaz)
    assert finder.candidates("Islamic", focus=("LB",)) == []
    assert finder._weak.get("Islamic")
    for focus in FOCI:
        assert finder.candidates("Islamic", focus=focus) == CandidateFinder(gaz).candidates("Islamic", focus=focus) == []
