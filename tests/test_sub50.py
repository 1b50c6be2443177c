"""What the event's weapon carries or who carries it, people burned, force met by rioters, a crowd of protesters fired
on (docs/annotation/subtypes.md section 56, sub50; events/subtype_agents.py, events/subtype_rules.py)."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_agents as sa
from frontwatch.events import subtype_parties as sp
from frontwatch.events import subtype_rules as sr
from frontwatch.events import subtype_strategic as ss

AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
CHEM, SUICIDE, ATTACK, CLASH = "Chemical weapon", "Suicide bomb", "Attack", "Armed clash"


@pytest.mark.parametrize("text,trigger,expected", [
    # (a) the load of the trigger's weapon, or of its subject or object
    ("Government helicopters dropped barrel bombs loaded with chlorine on the town, residents said.", "barrel bombs",
     True),
    ("The militants fired rockets containing toxic gas at the army post on Sunday.", "fired", True),
    ("Activists said shells with chemical agents hit the suburb before dawn.", "hit", True),
    # (b) the agent used in the trigger's act
    ("Sarin was used in the attack on the village, the inquiry found.", "attack", True),
    ("Witnesses said chlorine gas was dropped alongside barrel bombs on the market.", "barrel bombs",
     True),
    ("The army used helicopters to deliver chlorine over the rebel district.", "helicopters", True),
    # not the means: the target, another event, a stock, tear gas
    ("An air strike hit poison gas supplies held by the group, the army said.", "air strike", False),
    ("The navy fired cruise missiles at the base in response to the suspected gas attack.", "missiles", False),
    ("Jets bombed the town, the site of a deadly chemical attack last year.", "bombed", False),
    ("Warplanes dropped bombs on a chemical weapons depot near the town.", "dropped", False),
    ("Police fired tear gas at the protesters and used water cannon.", "fired", False),
])
def test_chemical_means(nlp, text, trigger, expected):
    assert sa.chemical_means(*sentence_and_trigger(nlp, text, trigger)) is expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Six people were killed in two consecutive suicide blasts on a convoy in the capital.", "blasts", True),
    ("A suicide car bomb exploded at the checkpoint on Monday.", "car", True),
    ("A car bomb exploded near the suicide prevention centre on Monday.", "car", False),
    ("A roadside bomb killed two soldiers on patrol.", "bomb", False),
])
def test_suicide_means(nlp, text, trigger, expected):
    assert sa.suicide_means(*sentence_and_trigger(nlp, text, trigger)) is expected


def test_rules_on_features():
    assert sa.chemical_means_subtype(AIR, ["trig=barrel bomb", sa.CHEMICAL_MEANS]) == CHEM
    assert sa.chemical_means_subtype(AIR, ["trig=barrel bomb"]) == AIR
    assert sa.chemical_means_subtype("Agreement", ["trig=deal", sa.CHEMICAL_MEANS]) == "Agreement"
    assert sa.chemical_means_subtype(IED, ["trig=blast", sa.SUICIDE_MEANS]) == SUICIDE
    assert sa.chemical_means_subtype(AIR, ["trig=drone", sa.SUICIDE_MEANS]) == AIR  # a 'suicide drone' stays a strike
    assert sr.codebook_subtype(SHELL, ["trig=rocket", sa.CHEMICAL_MEANS]) == CHEM
    loot = "Looting/property destruction"
    assert ss.people_burned(loot, ["trig=burn", "arg:pobj=death"]) == ATTACK
    assert ss.people_burned(loot, ["trig=burn", "arg:dobj=they"]) == ATTACK
    assert ss.people_burned(loot, ["trig=burn down", "arg:dobj=house"]) == loot
    assert ss.people_burned(loot, ["trig=loot", "arg:pobj=death"]) == loot
    assert sr.force_on_rioters(ATTACK, ["trig=kill", "obj_kind=rioters"]) == "Violent demonstration"
    assert sr.force_on_rioters(ATTACK, ["trig=kill", "obj_kind=protesters"]) == ATTACK


def test_crowd_of_protesters_fired_on(nlp):
    sent = next(iter(nlp("Two women were killed when the forces fired on a crowd of anti-government protesters.").sents))
    assert sp.fired_on_features(sent) == [sp.FIRED_ON_PROTEST]
    sent = next(iter(nlp("Two women were killed when gunmen fired on a crowd at the market.").sents))
    assert sp.fired_on_features(sent) == []


CHANGED = [  # the base code answers the delivery, and property destroyed
    ("Government helicopters dropped barrel bombs filled with chlorine on the town, residents said.", CHEM),
    ("Thirteen members of a family were burned to death in their home by attackers.", ATTACK),
]
KEPT = [  # the base code answers these right already (the model reads the cue words); they must stay
    ("The militants fired rockets containing toxic gas at the army post on Sunday.", CHEM),
    ("Six people were killed in two consecutive suicide blasts on a convoy in the capital.", SUICIDE),
    ("Two women were killed when security forces fired on a crowd of anti-government protesters.",
     "Excessive force against protesters"),
    ("Police fired tear gas at the protesters and used water cannon.", "Protest with intervention"),
    ("A roadside bomb killed two soldiers on patrol near the town.", IED),
    ("Gunmen burned down five houses in the village.", "Looting/property destruction"),
    ("Ten people were killed when police opened fire on the rioters outside the ministry.", "Violent demonstration"),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
