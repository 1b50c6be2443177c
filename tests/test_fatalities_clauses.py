"""Fatality counts across clause boundaries (events/fatalities.py): what is summed, what is the
wounded's count, and what is a grievance rather than a toll.

Why a file of its own: each case is one general reading rule of the counter (ACLED's
'lowest credible number for this event'), checked on sentences written for the test.
"""

from __future__ import annotations

import pytest

from frontwatch.events.fatalities import count_fatalities


@pytest.mark.parametrize("text,want", [
    # "as well as" joins victims like "and"
    ("The army killed a rebel commander as well as five of his bodyguards near the border.", 6),
    # a following -ing clause gives the wounded, not a correction of the dead
    ("A shell hit the market, killing 3 children injuring 11 others and damaging shops.", 3),
    # a headline's "N killed, over M injured": M is the wounded
    ("5 Killed over 40 Injured in Rocket Attacks on the City.", 5),
    # no summing across a clause that has its own verb ("... were destroyed and dozens ... were killed")
    ("Ten trucks were destroyed and dozens of fighters were killed in the raid.", 12),
    # still summed inside one subject
    ("Two soldiers and three civilians were killed in the ambush.", 5),
    # "six other ... were injured": the others are the wounded
    ("One girl was killed and six other civilians including two boys were injured in the blast.", 1),
    # the killing a protest is about is its grievance, not its toll
    ("Hundreds of people took to the streets to protest against the killing of four students last week.", 0),
    ("Mourners condemned the killing of three farmers by gunmen.", 0),
    # a death noun without a grievance word is a toll
    ("The ambush led to the killing of seven police officers.", 7),
])
def test_clause_readings(text, want):
    assert count_fatalities(text) == want
