"""Clashes found by nobody: an operation or campaign told against an armed side (diag56, docs/annotation/subtypes.md §96).

data/triggers.csv 'operation against' / 'campaign against' (generic 'attack', typed by its target), the side required
as a class word or a post in the 'against' phrase, the noun read only as what a verb carries on
(`triggers.carried_on`, the lexicon's "carried:" requirement). Every sentence below is made up and was labelled by the guideline
(section 4: 'an offensive with no reported gain' is an Armed clash) before any pipeline run. Three 'now' cases answered no
event on the base 647b2a3d (no trigger); 'launched an operation against the insurgents' answered Armed clash there too
(the learned retype of the lexicon's Change 'launch operation'), kept.
"""

from __future__ import annotations

import pytest
from event_helpers import parsed_token

from frontwatch.events.triggers import carried_on

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
    # the noun naming the war in a description, not carried on by a verb (FA-KES's 'a close ally of the United States
    # in the campaign against Islamic State (IS) group'): no event
    "The Kurds have been a close ally of the coalition in the campaign against the militants.",
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


@pytest.mark.parametrize("sentence,word,carried", [
    ("The army continued its operations against terrorists in the east.", "operations", True),
    ("Operations against the militants were conducted in the east.", "Operations", True),
    ("The Kurds have been a close ally of the coalition in the campaign against the militants.", "campaign", False),
    ("Jets gave air support for army operations against the rebels.", "operations", False),
])
def test_carried_on_reads_the_verbs_object(sentence, word, carried):
    assert carried_on(parsed_token(sentence, word)) is carried
