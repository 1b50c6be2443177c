"""act38: actor 1 on unseen text (issue 14 item 5): 'terrorist' before a bomb's act noun says what kind of act it
was, not who did it (the guideline's 'terrorist bombing' with no group: the unidentified armed group); a 'by'
phrase that hangs from a noun that names no act ('a trip by the President') is that noun's agent, not the act's.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import kind, main_record_of


@pytest.mark.parametrize("sentence", [
    "Two people were killed in a terrorist car bomb blast in Homs on Monday.",
    "Four civilians were killed in a terrorist suicide bombing in the city of Homs on Monday.",
])
def test_a_terrorist_bombing_with_no_group_is_the_unidentified_armed_group(sentence: str) -> None:
    rec = main_record_of(sentence)
    assert kind(rec.get("actor1")) == "armed group", rec


@pytest.mark.parametrize("sentence", [
    # the noun 'terrorists' names the side that acts: rebels, as the gold codes state media's word
    "Terrorists detonated a car bomb in Homs on Monday, killing two people.",
    # indirect fire is not an unclaimed explosion: 'terrorist rocket attacks' stay the rebels' (the tune gold's 10)
    "Two civilians were killed in terrorist rocket attacks on neighborhoods in Deir Ezzor city on Monday.",
])
def test_terrorists_named_as_a_side_and_terrorist_rocket_fire_stay_rebels(sentence: str) -> None:
    rec = main_record_of(sentence)
    assert kind(rec.get("actor1")) == "rebel group", rec


def test_a_by_phrase_of_a_noun_that_names_no_act_is_not_the_doer() -> None:
    rec = main_record_of("The explosions in Homs coincided with a rare trip by President Bashar Assad to Damascus "
                         "on Monday.")
    assert kind(rec.get("actor1")) == "armed group", rec


@pytest.mark.parametrize("sentence, doer", [
    ("At least 20 civilians were killed in air strikes by the Syrian army on Douma on Monday.", "state forces"),
    ("Three people were killed in shelling by the rebels on Aleppo on Monday.", "rebel group"),
])
def test_a_by_phrase_of_an_act_noun_still_names_the_doer(sentence: str, doer: str) -> None:
    rec = main_record_of(sentence)
    assert kind(rec.get("actor1")) == doer, rec
