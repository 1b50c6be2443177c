"""Strategic or violent: a foiled assault, a device made safe, an arms store destroyed, destruction that kills, violence
stopped (docs/annotation/subtypes.md section 55, sub49; events/subtype_strategic.py)."""

from __future__ import annotations

from frontwatch.evaluate.run import extract_texts
from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr
from frontwatch.events import subtype_strategic as ss

CLASH, DISRUPTED, IED = "Armed clash", "Disrupted weapons use", "Remote explosive/landmine/IED"
LOOTING, ATTACK, AGREEMENT = "Looting/property destruction", "Attack", "Agreement"
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def test_foiled_assault_on_features():
    feats = ["trig=foil", "obj@t=attack", "w=foil", "w=attack", "w=post", "cue=armed"]
    assert ss.foiled_assault(DISRUPTED, feats) == CLASH
    assert ss.foiled_assault(DISRUPTED, feats + ["cue=explosive"]) == DISRUPTED  # a bomb attack foiled
    assert ss.foiled_assault(DISRUPTED, feats + ["cue=air"]) == DISRUPTED  # a drone attack foiled
    assert ss.foiled_assault(DISRUPTED, feats + ["w=arrest"]) == DISRUPTED  # a plot foiled by arrests
    assert ss.foiled_assault(DISRUPTED, ["trig=foil", "obj@t=plot", "w=plot"]) == DISRUPTED  # no assault foiled
    assert ss.foiled_assault(DISRUPTED, ["trig=intercept", "obj@t=attack"]) == DISRUPTED  # no foiling word
    assert sr.codebook_subtype(DISRUPTED, feats) == CLASH


def test_device_made_safe_on_features():
    assert ss.device_made_safe(IED, ["trig=mine", "w=sapper", "w=clearance", "w=mine"]) == DISRUPTED
    assert ss.device_made_safe(IED, ["trig=bomb", "w=bomb", "w=explode", "w=sapper"]) == IED  # it went off
    assert ss.device_made_safe(IED, ["trig=mine", "w=defuse", "w=kill"]) == IED  # it killed
    assert ss.device_made_safe(IED, ["trig=bomb", "w=bomb", "w=plant"]) == IED  # nothing made safe
    assert ss.device_made_safe(AIR, ["trig=strike", "w=sapper"]) == AIR


def test_weapons_destroyed_on_features():
    feats = ["trig=destroy", "obj@t=warehouse", "w=destroy", "w=warehouse", "w=weapon"]
    assert ss.weapons_destroyed(LOOTING, feats) == DISRUPTED
    assert ss.weapons_destroyed(LOOTING, feats + ["w=kill"]) == LOOTING  # a killing told
    assert ss.weapons_destroyed(LOOTING, ["trig=raid", "obj@t=arm", "w=arm"]) == LOOTING  # a raid, no destroying
    assert ss.weapons_destroyed(LOOTING, ["trig=seize", "obj@t=weapon", "w=weapon"]) == LOOTING  # arms taken: goods
    assert ss.weapons_destroyed(LOOTING, ["trig=destroy", "obj@t=warehouse", "w=warehouse"]) == LOOTING  # no arms


def test_people_burned_on_features():
    assert ss.people_burned(LOOTING, ["trig=burn", "w=burn", "w=death"]) == ATTACK
    assert ss.people_burned(LOOTING, ["trig=torch", "w=torch", "w=house"]) == LOOTING
    assert ss.people_burned(LOOTING, ["trig=demolish", "w=people", "w=homeless"]) == LOOTING  # people, no killing
    assert ss.people_burned(LOOTING, ["trig=burn", "w_denied=kill"]) == LOOTING  # a killing denied
    fighters = ["trig=destroy", "w=hideout", "w=terrorist", "w=kill", "cue=armed"]
    assert ss.people_burned(LOOTING, fighters) == LOOTING  # the dead may be fighters: a fight
    assert ss.people_burned(LOOTING, fighters + ["cue=civilian"]) == ATTACK  # civilians named too
    # who did it still decides: a crowd's killing is Mob violence (subtype_rules.crowd_violence)
    assert sr.codebook_subtype(LOOTING, ["trig=burn", "w=burn", "w=kill", "agent=-"]) == ATTACK


def test_violence_stopped_on_features():
    assert ss.violence_stopped(AIR, ["trig=bomb", "w=stop", "w=bomb", "head:xcomp=stop"]) == AGREEMENT
    halt = ["trig=fighting", "w=halt", "head:pobj=of", "obj@v=halt", "obj_mod=of"]
    assert ss.violence_stopped(CLASH, halt) == AGREEMENT
    assert ss.violence_stopped(SHELL, ["trig=shell", "w=stop", "w_denied=shell", "head:xcomp=stop"]) == SHELL
    assert ss.violence_stopped(AIR, ["trig=bomb", "w=stop", "head:advcl=stop"]) == AIR  # not governed by the stop
    assert ss.violence_stopped(AIR, ["trig=bomb", "w_denied=stop", "head:xcomp=stop"]) == AIR  # the stop denied
    assert ss.violence_stopped(ATTACK, ["trig=kill", "w=stop", "head:xcomp=stop"]) == ATTACK


def _features(texts: list[str], internal_type: str) -> list[list[str]]:
    """The sub-type features of each text's candidate of one internal type, as the pipeline records them."""
    with subtype_model.recording() as rec:
        extract_texts(texts)
    by_sentence = {r["sentence"]: r["features"] for r in rec if r["type"] == internal_type}
    return [by_sentence[t] for t in texts]


def test_foiled_assault_on_parses():
    texts = ["Government troops foiled an attack by insurgents on two army posts near the border.",
             "The rebels said they foiled a large army assault on their positions south of the city.",
             "Police foiled a bomb attack on a church in the capital.",
             "Security forces foiled an attack on a hotel and arrested three suspects."]
    got = [sr.codebook_subtype(DISRUPTED, f) for f in _features(texts, "weapons_disrupted")]
    assert got == [CLASH, CLASH, DISRUPTED, DISRUPTED]


CHANGED = [  # the base code answers an IED, Looting x3, Shelling, Air/drone strike
    ("Demining teams continued the clearance of landmines from the fields around the village.", DISRUPTED),
    ("Gunmen set fire to a house in the village, killing a woman and her two children.", ATTACK),
    ("Militants burned down a house with a family inside, and five people were burned to death.", ATTACK),
    ("Soldiers destroyed a warehouse with the rebels' weapons and ammunition near the town.", DISRUPTED),
    ("Government forces stopped shelling the rebel-held town to allow a truce to take effect.", AGREEMENT),
    ("The army announced a 48-hour halt of air strikes on the city to let aid convoys in.", AGREEMENT),
]
KEPT = [
    ("Army engineers defused a roadside bomb planted on the main road to the airport.", DISRUPTED),
    ("A bomb exploded as sappers tried to defuse it, killing two soldiers.", IED),
    ("Militants torched three houses in the village after the residents fled.", LOOTING),
    ("Police demolished a warehouse used by traders in the old market.", LOOTING),
    ("Government forces never stopped shelling the town despite the truce.", SHELL),
    ("Jets bombed the town before the truce took effect.", AIR),
    ("Security forces foiled an attack on a hotel and arrested three suspects.", "Arrests"),
    ("Two hideouts were destroyed and a number of terrorists were killed in the operation.", CLASH),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
