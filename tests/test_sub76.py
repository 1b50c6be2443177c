"""Attack or Armed clash by the people in the vehicle or dwelling hit (sub76, docs/annotation/subtypes.md section 94).

A hit on a bus is a hit on the people in it: 'opened fire on a minibus carrying farmers', 'an attack on an aid convoy',
'gunmen raided their homes' (the villagers') are Attacks, 'attacked a car carrying policemen' an Armed clash
(events/victim_status.occupants, civilian_conveyance, armed_occupants; read by `civilians_reached` and
subtype_rules.assault_on_armed_side; data/subtype_cues.json "about_sub76_occupants"). Every sentence below is made up
and was labelled by the guideline before any pipeline run; each 'reached' case is not reached on the base (647b2a3d).
"""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_rules as sr
from frontwatch.events import victim_status as vs

ATTACK, CLASH = "Attack", "Armed clash"


@pytest.mark.parametrize("text,trigger,reached", [
    # the people a carrying clause names; an occupant preposition on a fullness word; the owner, a pronoun's antecedent
    ("Militants ambushed a bus transporting workers to the oil field.", "ambushed", True),
    ("Gunmen attacked a bus full of pilgrims near Karbala.", "attacked", True),
    ("The villagers were asleep when gunmen raided their homes.", "raided", True),
    # a civilian conveyance by its own modifier, its people unnamed
    ("The United Nations has suspended aid distribution in Syria after an attack on an aid convoy in Urum al-Kubra.",
     "attack", True),
    # a civilian office holder as the owner
    ("Gunmen attacked the mayor's car outside the town hall.", "attacked", True),
    ("Militants attacked a convoy of aid workers on the road to the camp.", "attacked", True),
    # kept: soldiers or policemen inside, an army convoy, a house with no one named
    ("Militants ambushed a convoy carrying soldiers near the border, killing five.", "ambushed", False),
    ("Rebels attacked an army convoy on the highway.", "attacked", False),
    ("Militants attacked a car carrying policemen near the checkpoint.", "attacked", False),
    ("Rebels attacked a house with a large garden near the front line.", "attacked", False),
    # a place told by its use: the people the shelter holds are reached; a post is no civilian (v3)
    ("Regime forces attacked a school being used as a shelter for families near the town.", "attacked", True),
    ("Fighters stormed a school being used as a base by the militia.", "stormed", False),
])
def test_occupants_reached(nlp, text, trigger, reached):
    span, trig = sentence_and_trigger(nlp, text, trigger)
    assert vs.civilians_reached(span, trig) is reached
    assert (vs.CIVILIANS_REACHED in vs.victim_features(span, trig)) is reached


@pytest.mark.parametrize("text,trigger,armed", [
    ("Militants attacked a car carrying policemen near the checkpoint.", "attacked", True),
    ("Insurgents ambushed a bus full of soldiers on the highway.", "ambushed", True),
    # kept: civilians inside, soldiers held captive inside, no vehicle
    ("Militants ambushed a bus transporting workers to the oil field.", "ambushed", False),
    ("Militants attacked a truck carrying captured soldiers.", "attacked", False),
    ("Militants attacked the checkpoint near the town.", "attacked", False),
    # a place told by its use: a side's post (v3)
    ("Fighters stormed a school being used as a base by the militia.", "stormed", True),
    ("Fighters stormed a school near the town.", "stormed", False),
])
def test_armed_occupants(nlp, text, trigger, armed):
    span, trig = sentence_and_trigger(nlp, text, trigger)
    assert (vs.ARMED_OCCUPANTS in vs.victim_features(span, trig)) is armed


@pytest.mark.parametrize("text,trigger,reached", [
    # a headline's passive read as active: the vehicle subject of an assault verb with no object is what was hit
    ("Governor's convoy attacked while visiting the town.", "attacked", True),
    ("Aid convoy ambushed near Aleppo.", "ambushed", True),
    # kept: a side's vehicle; a doer that is no vehicle; a vehicle with an object (no headline passive)
    ("Army convoy ambushed near Aleppo.", "ambushed", False),
    ("Rebels attacked near Aleppo at dawn.", "attacked", False),
])
def test_headline_patients(nlp, text, trigger, reached):
    span, trig = sentence_and_trigger(nlp, text, trigger)
    assert vs.civilians_reached(span, trig) is reached


def test_assault_on_armed_occupants():
    """An Attack that is an assault on a vehicle holding a side's men is an Armed clash (guideline section 4: ambushes
    on soldiers); an execution stays an Attack."""
    assert sr.assault_on_armed_side(ATTACK, ["trig=attack", vs.ARMED_OCCUPANTS]) == CLASH
    assert sr.assault_on_armed_side(ATTACK, ["trig=attack"]) == ATTACK
    assert sr.assault_on_armed_side(ATTACK, ["trig=execute", "w=ambush", vs.ARMED_OCCUPANTS]) == ATTACK


def test_civilian_occupants_over_the_vehicle_word():
    """`civilians_hit` is not blocked by the actor layer's armed reading of the vehicle word ('an aid convoy':
    `party:obj=armed`) when the civilians were reached as its people; without that reading it still is."""
    base = [vs.CIVILIANS_REACHED, "party:obj=armed"]
    assert sr.civilians_hit(CLASH, base + [vs.CIVILIAN_OCCUPANTS]) == ATTACK
    assert sr.civilians_hit(CLASH, base) == CLASH
    assert sr.civilians_hit(CLASH, base + [vs.CIVILIAN_OCCUPANTS, "w=clash"]) == CLASH


# (sentence, the guideline's label): the first six are wrong on the base (Armed clash, Attack, Armed clash twice:
# the actor layer reads 'convoy' as an armed side; Attack: the school read as a civilian place)
PIPELINE = [
    ("The villagers were asleep when gunmen raided their homes.", ATTACK),
    ("Militants attacked a car carrying policemen, killing two.", CLASH),
    ("Aid deliveries were halted after gunmen attacked an aid convoy near the town.", ATTACK),
    ("Militants attacked a convoy of aid workers on the road to the camp.", ATTACK),
    ("Militants attacked a school being used as a base by government troops.", CLASH),
    ("Aid convoy ambushed near Aleppo.", ATTACK),
    # kept: right on the base and now
    ("Gunmen opened fire on a minibus carrying farmers near the village, killing four.", ATTACK),
    ("Militants ambushed a bus transporting workers to the oil field.", ATTACK),
    ("Gunmen attacked the mayor's car outside the town hall.", ATTACK),
    ("Militants ambushed a convoy carrying soldiers near the border, killing five.", CLASH),
    ("Rebels attacked an army convoy on the highway.", CLASH),
    ("Army convoy ambushed near Aleppo.", CLASH),
]


@pytest.fixture(scope="module")
def answers(main_subtypes):
    return main_subtypes([t for t, _ in PIPELINE])


@pytest.mark.parametrize("text,label", PIPELINE)
def test_pipeline(answers, text, label):
    assert answers[text] == label
