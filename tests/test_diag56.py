"""Clashes found by nobody: an operation or campaign told against an armed side (diag56, docs/annotation/subtypes.md §96).

data/triggers.csv 'operation against' / 'campaign against' (generic 'attack', typed by its target), the side required
as a class word or a post in the 'against' phrase. Every sentence below is made up and was labelled by the guideline
(section 4: 'an offensive with no reported gain' is an Armed clash) before any pipeline run; each 'now' case answered
no event (or, for 'launched an operation', a Change to group/activity) on the base 647b2a3d.
"""

from __future__ import annotations

import pytest

CLASH, ATTACK = "Armed clash", "Attack"

# (sentence, the guideline's label): no candidate on the base (no trigger), a Change for 'launched an operation'
OPERATIONS = [
    ("The army continued its operations against terrorists in the eastern countryside on Tuesday.", CLASH),
    ("Government forces intensified their campaign against the rebel holdouts near the capital.", CLASH),
    ("Troops carried out an operation against militant hideouts in the mountains on Sunday.", CLASH),
    ("The army launched an operation against the insurgents in the north on Friday.", CLASH),
]
# kept: an operation or campaign against no armed side names no fight (no battle on the base and now)
NOT_A_FIGHT = [
    "The government announced a campaign against corruption in the ministries.",
    "Police stepped up operations against drug smugglers in the port.",
    "The charity's campaign against hunger raised money in the capital.",
]


@pytest.fixture(scope="module")
def answers(main_subtypes):
    return main_subtypes([t for t, _ in OPERATIONS] + NOT_A_FIGHT)


@pytest.mark.parametrize("text,label", OPERATIONS)
def test_operation_against_an_armed_side_is_a_fight(answers, text, label):
    assert answers[text] == label


@pytest.mark.parametrize("text", NOT_A_FIGHT)
def test_operation_against_no_armed_side_is_no_fight(answers, text):
    assert answers[text] not in (CLASH, ATTACK)
