"""act25: tolls and sides on unseen news (issue 14 item 5), on sentences written for these tests."""

from __future__ import annotations

import pytest

from frontwatch.events.fatalities import count_fatalities


@pytest.mark.parametrize("sentence,want", [
    # 'martyrs' / 'martyred': the dead of a side, as state and partisan outlets write them
    ("Bomb blast at a bus station claims 7 martyrs.", 7),
    ("Twelve people fell as martyrs in the shelling of the market.", 12),
    ("Nine people were martyred when the shell hit the school.", 9),
    ("The rocket hit the square, leaving 30 martyrs and more than 90 others wounded.", 30),
    # bodies counted are deaths: right after the count, or 'the bodies of' + a count
    ("Rescuers pulled at least 40 bodies from the rubble of the bombed building.", 40),
    ("The bodies of 14 men were found near the village after the raid.", 14),
    # 'claimed lives of' without its article
    ("An air strike on the town has claimed lives of six civilians.", 6),
])
def test_counts_in_the_words_of_partisan_and_rescue_reports(sentence: str, want: int) -> None:
    assert count_fatalities(sentence) == want


@pytest.mark.parametrize("sentence", [
    # a headline's 'Killed, Injured' without its comma: one number of both harms (as 'killed and wounded')
    "Dozens Killed Injured in Missile Attack on City Hospital.",
    "12 Soldiers Killed Wounded in Ambush Near the Border.",
    "Several Civilians Martyred Injured in Car Bomb Blast.",
    # 'bodies' that are no corpses, and a death word inside a unit's name
    "Two UN bodies said the convoy had been stopped.",
    "Three Martyrs Brigade commanders joined the talks in the capital.",
])
def test_no_toll_from_mixed_harm_or_names(sentence: str) -> None:
    assert count_fatalities(sentence) == 0
