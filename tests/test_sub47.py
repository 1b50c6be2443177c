"""Who gains ground when the capture's own subject names no side (sub47, docs/annotation/subtypes.md section 53).

Sentences written for this test. A speaker's 'we' is the speaker's side ('"We have seized the airport," the defence
ministry said'); a capture undone later in the sentence leaves the ground with the later gainer ('seized by troops
before being retaken by rebels'). events/subtype_gains.py reads both; `later_gain_subtype` types the territory answer.
"""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of

from frontwatch.events import subtype_gains as sg
from frontwatch.events import subtype_rules as sr

GOV, NS = sr.GOVERNMENT_GAIN, sr.NONSTATE_GAIN


def _gain_feats(nlp, text: str) -> list[str]:
    sent = next(iter(nlp(text).sents))
    return sg.gain_features(sent, [])


@pytest.mark.parametrize("text,expected", [
    ('"We have captured the town," an army spokesman said on Monday.', [f"{sg.SPEAKER_SIDE}state"]),
    ('A rebel commander said on Monday: "We have captured the town."', [f"{sg.SPEAKER_SIDE}nonstate"]),
    ('"Our fighters have retaken the base," a rebel spokesman said on Monday.', [f"{sg.SPEAKER_SIDE}nonstate"]),
    ("The town was seized by troops on Monday before being retaken by rebels on Friday.", [f"{sg.LATER_SIDE}nonstate"]),
    ("Troops captured the base on Monday, but rebels recaptured it on Friday.", [f"{sg.LATER_SIDE}nonstate"]),
    # none: a speaker of no side, a later capture not done (a modal, an aim), no second capture, a named gainer
    ('"We have captured the town," a resident said on Monday.', []),
    ("Rebels seized the town on Monday before troops could retake it.", []),
    ("Rebels seized the town on Monday before troops launched an offensive to retake it.", []),
    ("Rebels captured the town before government troops arrived on Monday.", []),
    ('"They have captured the town," an army spokesman said on Monday.', []),
])
def test_gain_features(nlp, text, expected):
    assert _gain_feats(nlp, text) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (NS, [f"{sg.SPEAKER_SIDE}state"], GOV),
    (GOV, [f"{sg.SPEAKER_SIDE}nonstate"], NS),
    (NS, [f"{sg.LATER_SIDE}state", f"{sg.SPEAKER_SIDE}nonstate"], GOV),  # where the ground stays decides first
    (GOV, ["gain_side=state"], GOV),
    (sr.ARMED_CLASH, [f"{sg.LATER_SIDE}state"], sr.ARMED_CLASH),  # only a territory answer is retyped
])
def test_later_gain_subtype(subtype, feats, expected):
    assert sg.later_gain_subtype(subtype, feats) == expected


def test_the_chain_runs_the_rule():
    assert sr.codebook_subtype(NS, [f"{sg.SPEAKER_SIDE}state"]) == GOV


@pytest.mark.parametrize("text,expected", [
    # retyped (the base answers the other side)
    ('"We have seized the airport," the defence ministry said on Monday.', GOV),
    ('"We have recaptured the town," a rebel commander said on Monday.', NS),
    ('"We have retaken the base," an insurgent spokesman told reporters.', NS),
    ("The town was seized by troops on Monday before being retaken by rebels on Friday.", NS),
    ("Troops captured the base on Monday, but rebels recaptured it on Friday.", NS),
    # unchanged
    ("The town was seized by rebels on Monday before being retaken by troops on Friday.", GOV),
    ("Government troops recaptured the town from the rebels on Sunday.", GOV),
    ("The village was recaptured by militants on Sunday.", NS),
])
def test_the_pipeline(nlp, text, expected):
    assert main_of(nlp, text) == expected


@pytest.mark.parametrize("subtype,words,expected", [
    # a side departing is a side leaving (data/subtype_cues.json "leaving_words"): ground taken from it, no fight
    (GOV, ["w=depart"], sr.NONVIOLENT_TRANSFER),
    (GOV, ["w=depart", "w=clash"], GOV),  # a fight told keeps the gain
])
def test_a_departing_side_hands_over(subtype, words, expected):
    assert sr.handover_without_fight(subtype, ["cue=territory_gain", *words]) == expected
