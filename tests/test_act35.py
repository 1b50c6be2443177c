"""act35: the side a fight is fought with or against ('after a fierce battle with the fighters of X', 'during
clashes with X') is the acting side's opponent: actor 2 when nothing else names the side acted on, and the loser of
a place taken after the fight (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_name, main_record_of, parsed_token


@pytest.mark.parametrize("sentence, word", [
    ("The army took the hill after a fierce battle with the fighters of Jaysh al-Islam.", "Islam"),
    ("The rebels shelled the town during heavy clashes with government forces.", "forces"),
    ("The Kurds have fought a long battle against the Islamic State group.", "group"),
])
def test_the_side_after_with_or_against_a_fight_word_is_an_opponent(sentence: str, word: str) -> None:
    from frontwatch.events.actor_roles import is_opponent

    assert is_opponent(parsed_token(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Hezbollah fighters fighting with the army captured the village.", "army"),  # on its side, maybe
    ("The rebels shelled the town together with their allies.", "allies"),  # no fight word
    ("The army took the hill after a fierce battle near the positions of Jaysh al-Islam.", "Islam"),
    # another preposition in between: the side backed, not fought
    ("A US-led coalition is also battling the jihadists in the east with air strikes and backing for the Kurdish "
     "forces.", "forces"),
])
def test_no_fight_word_or_an_ally_with_names_no_opponent(sentence: str, word: str) -> None:
    from frontwatch.events.actor_roles import is_opponent

    assert not is_opponent(parsed_token(sentence, word))


def test_a_place_taken_after_a_battle_with_a_side_was_lost_by_it() -> None:
    # the rebel stronghold is a second armed side: without the fight's opponent, no one loser
    rec = main_record_of("The Syrian army captured the hill of Tal Rifaat near the rebel stronghold after a fierce "
                         "battle with the fighters of Jaysh al-Islam.")
    assert actor_name(rec, "actor1") == "Military Forces of Syria", rec
    assert actor_name(rec, "actor2") == "Jaysh al-Islam", rec


@pytest.mark.parametrize("sentence, doer, opponent", [
    ("Islamic State militants shelled the town of Marea near the army base on Tuesday during heavy clashes with "
     "Jaysh al-Islam fighters.", "Islamic State", "Jaysh al-Islam"),
    ("Government forces shelled the rebel town of Douma on Tuesday after fierce clashes with Jaysh al-Islam.",
     "Military Forces of Syria", "Jaysh al-Islam"),
])
def test_the_opponent_of_a_fight_is_the_side_acted_on(sentence: str, doer: str, opponent: str) -> None:
    rec = main_record_of(sentence)
    assert actor_name(rec, "actor1") == doer, rec
    assert actor_name(rec, "actor2") == opponent, rec
