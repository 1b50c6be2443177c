"""The means of remote violence named beside a generic event word, and rounds launched from the air
(docs/annotation/subtypes.md section 58, sub52; events/subtype_means.py `own_means`, `air_launched`)."""

from __future__ import annotations

import pytest
from event_helpers import sentence_and_trigger

from frontwatch.events import subtype_means as sm
from frontwatch.events import subtype_rules as sr

AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
GRENADE, SUICIDE, CLASH, ATTACK = "Grenade", "Suicide bomb", "Armed clash", "Attack"


@pytest.mark.parametrize("text,trigger,expected", [
    # the means modifies the generic word, or is (or counts, or carries) its doer
    ("A grenade attack on a bus stop wounded eleven people.", "attack", GRENADE),
    ("The shelling attacks caused heavy damage to the houses.", "attacks", SHELL),
    ("A bomb attack in the border town killed five people on Monday.", "killed", IED),
    ("A car bomb attack in the suburb killed a local politician.", "attack", IED),
    ("A series of air strikes against the militants killed twenty fighters.", "killed", AIR),
    ("The Turkish Air Force killed as many as 200 fighters in the north.", "killed", AIR),
    ("The regime and Russian jets intensified attacks on the city.", "attacks", AIR),
    ("The Air Force destroyed the weapons depot, killing 25 fighters.", "killing", AIR),
    ("The massacre committed by Russian aircraft killed dozens.", "massacre", AIR),
    ("Rebels attacked the town with rockets on Monday.", "attacked", SHELL),
    ("A suicide bomb killed sixteen people at the checkpoint.", "killed", SUICIDE),
    # none: a fight word, a unit named for its arm, no means, a grenade launched by a rocket, the trigger's own means
    ("Rebels clashed with troops using rockets and mortars.", "clashed", None),
    ("The army's 137th Artillery Brigade launched an offensive on the town.", "launched", None),
    ("Gunmen attacked a bus with guns, killing three passengers.", "attacked", None),
    ("Troops received heavy machine gun and rocket propelled grenade fire from the fighters.", "fire", None),
    ("Rebels fired rockets at the city on Monday.", "rockets", None),
    # 'bombing' is the act, typed by its doer (a state's from the air), not the noun 'bomb' its form reaches as an
    # inflection of the verb (review at merge: FA-KES's 'Syria regime bombing kills 16' came out an IED)
    ("Syria regime bombing kills 16 in rebel-held Aleppo.", "kills", None),
    ("Frequent bombing by regime and Russian war planes has destroyed hospitals in Idlib.", "destroyed", None),
])
def test_own_means(nlp, text, trigger, expected):
    assert sm.own_means(*sentence_and_trigger(nlp, text, trigger)) == expected


def test_own_means_inside_a_two_word_trigger(nlp):
    """The lexicon's trigger can be the whole phrase ('bomb attacks'): its kind word still names the means, its head
    ('attacks') none."""
    sent = next(iter(nlp("Both bomb attacks were aimed at passing police vehicles.").sents))
    assert sm.own_means(sent, [1, 2]) == IED


@pytest.mark.parametrize("text,trigger,expected", [
    ("The city's east was hit by rockets fired from jets on Sunday.", "rockets", True),
    ("Israeli jets were reported to have fired missiles into the country.", "missiles", True),
    ("The bomb was dropped on a crowded market.", "bomb", True),
    ("Near the town, two strikes damaged an enemy artillery piece.", "artillery", True),
    # none: fired from the ground, a planted bomb, a round fired from a base
    ("Rebels fired rockets at the city on Monday.", "rockets", False),
    ("A bomb hidden in a parked car exploded in the market.", "bomb", False),
    ("Troops fired mortar rounds from their base at the village.", "mortar", False),
])
def test_air_launched(nlp, text, trigger, expected):
    assert sm.air_launched(*sentence_and_trigger(nlp, text, trigger)) is expected


def test_rules_on_features():
    assert sm.own_means_subtype(CLASH, [f"{sm.OWN_MEANS}{GRENADE}"]) == GRENADE
    assert sm.own_means_subtype(ATTACK, [f"{sm.OWN_MEANS}{IED}"]) == IED
    assert sm.own_means_subtype("Looting/property destruction", [f"{sm.OWN_MEANS}{AIR}"]) == AIR
    assert sm.own_means_subtype("Other", [f"{sm.OWN_MEANS}{AIR}"]) == "Other"  # a crash is no generic act of violence
    assert sm.own_means_subtype(CLASH, ["trig=attack"]) == CLASH
    assert sm.air_launched_subtype(SHELL, [sm.AIR_LAUNCHED]) == AIR
    assert sm.air_launched_subtype(IED, [sm.AIR_LAUNCHED]) == AIR
    assert sm.air_launched_subtype("Chemical weapon", [sm.AIR_LAUNCHED]) == "Chemical weapon"
    assert sm.air_launched_subtype(SHELL, ["trig=missile"]) == SHELL
    # through the codebook's chain
    assert sr.codebook_subtype(CLASH, ["trig=attack", f"{sm.OWN_MEANS}{SHELL}"]) == SHELL
    assert sr.codebook_subtype(SHELL, ["trig=missile", sm.AIR_LAUNCHED]) == AIR


CHANGED = [  # the base code answers the round's own word: a missile is shelling, a bomb planted
    ("Israeli jets were reported to have fired missiles at an area outside the capital.", AIR),
    ("The bomb was dropped on a crowded market in the town on Tuesday.", AIR),
]
KEPT = [
    ("A grenade attack on a bus stop in the town wounded eleven people on Sunday.", GRENADE),
    ("A bomb attack in the border town killed five people on Monday.", IED),
    ("The Turkish Air Force killed dozens of fighters in the north on Thursday.", AIR),
    ("Rebels fired rockets at the city on Monday, killing three civilians.", SHELL),
    ("Gunmen attacked a bus near the town, killing three passengers.", ATTACK),
    ("The army's artillery brigade launched an offensive on the rebel-held town.", CLASH),
    ("A bomb hidden in a parked car exploded in the market, killing four.", IED),
    ("A suicide bomb killed sixteen people at a checkpoint in the city.", SUICIDE),
]


def test_pipeline(main_subtypes):
    """Each sentence's main event, through the whole pipeline, gets its expected sub-type."""
    expected = dict(CHANGED + KEPT)
    assert main_subtypes(list(expected)) == expected
