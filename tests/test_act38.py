"""act38: actor 1 on unseen text (issue 14 item 5): 'terrorist' before a bomb's act noun says what kind of act it
was, not who did it (the guideline's 'terrorist bombing' with no group: the unidentified armed group), and is no
side at all; a name that goes on through its Arabic article ('an al-Nusra Front shelling') written before the act
noun is its doer. Sentences written for these tests."""

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


def test_the_kind_word_of_a_bomb_is_not_the_side_acted_on_either() -> None:
    rec = main_record_of("A terrorist car bomb attack killed at least 44 people on Wednesday in Qamishli city.")
    assert kind(rec.get("actor1")) == "armed group", rec
    assert kind(rec.get("actor2")) == "civilians", rec


def test_a_name_that_goes_on_through_its_article_before_the_act_noun_is_the_doer() -> None:
    # 'al-' is the name's own article: the hyphen is inside the name, not after a prefix ('anti-ISIS')
    rec = main_record_of("At least six civilians were killed in an al-Nusra Front shelling of government forces "
                         "positions near Aleppo on Monday.")
    assert kind(rec.get("actor1")) == "rebel group", rec


@pytest.mark.parametrize("sentence, doer", [
    ("The soldiers were accused of killing three civilians in the village on Monday.", "state forces"),
    ("The rebels were accused of shelling the town on Monday, killing five civilians.", "rebel group"),
])
def test_the_side_a_passive_accusation_names_is_the_doer(sentence: str, doer: str) -> None:
    rec = main_record_of(sentence)
    assert kind(rec.get("actor1")) == doer, rec
