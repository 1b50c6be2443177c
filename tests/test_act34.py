"""act34: civilians named only by their adjective on a toll noun ('claimed 40 civilian lives', 'causing civilian
casualties') are the act's victims, actor 2 (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_name, main_record_of


@pytest.mark.parametrize("sentence", [
    "Government air strikes on the town of Maarat claimed more than 40 civilian lives on Tuesday.",
    "Government warplanes bombed the town of Maarat on Tuesday, causing civilian casualties.",
    "Government artillery shelled the district of Maarat, resulting in at least 12 civilian deaths.",
    "Government artillery shelled the district of Maarat, causing heavy casualties among civilians.",
    "Government warplanes dropped chlorine bombs on Maarat, causing dozens of cases of asphyxiation among civilians.",
    "Government warplanes dropped chlorine bombs on Maarat, which caused suffocation cases for at least 12 civilians.",
])
def test_civilians_of_a_toll_noun_are_the_victims(sentence: str) -> None:
    rec = main_record_of(sentence)
    assert (actor_name(rec, "actor2") or "").startswith("Civilians"), rec


def test_a_side_shown_killed_comes_before_the_toll_noun() -> None:
    rec = main_record_of("Russian airstrikes killed 120 Islamic State militants near Raqqa, with no civilian casualties reported.")
    assert actor_name(rec, "actor2") == "Islamic State", rec


def test_no_toll_noun_adds_no_victims() -> None:
    rec = main_record_of("Government warplanes bombed the town of Maarat on Tuesday.")
    assert not (actor_name(rec, "actor2") or "").startswith("Civilians"), rec


@pytest.mark.parametrize("sentence", [
    "Government warplanes bombed the town of Maarat on Tuesday, causing no civilian casualties.",
    "Government artillery shelled the district of Maarat, causing material damage without any casualties among civilians.",
])
def test_harm_denied_names_no_victims(sentence: str) -> None:
    rec = main_record_of(sentence)
    assert not (actor_name(rec, "actor2") or "").startswith("Civilians"), rec
