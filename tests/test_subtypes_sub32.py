"""Attack or Armed clash, and a strike beside a ground fight (sub32, docs/annotation/subtypes.md section 35).

Sentences written for this test. (1) A strike or shelling told in a time, concessive or support adjunct of a clause
that tells a ground fight is that fight, an Armed clash (guideline section 2, rule 1: the main clause's event;
`subtype_scope.host_features`, `subtype_rules.strike_beside_ground_fight`). (2) A soldier or officer whom a modifier
takes out of the fight (off-duty, retired, unarmed, captured) is the victim of an Attack, not a side of a clash
(`victim_status`, `subtype_rules.unarmed_victims`)."""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of

from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr
from frontwatch.events.subtype_scope import HOST_FEATURE, host_features
from frontwatch.events.victim_status import OUT_OF_FIGHT, victim_features


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def _at(sent, word: str) -> list[int]:
    return [next(t.i for t in sent if t.text == word)]


@pytest.mark.parametrize("text,trigger,host", [
    ("Following the Russian airstrikes, the rebels stormed the army's positions on Sunday.", "airstrikes", "storm"),
    ("Backed by Russian airstrikes, government forces are pressing a battle for the districts.", "airstrikes",
     "battle"),
    ("Despite heavy shelling by government forces, the rebels managed to repel the assault.", "shelling", "repel"),
    ("The rebels launched a new offensive on Sunday after a fierce artillery exchange.", "artillery", "offensive"),
    ("Troops stormed the village with the support of warplanes.", "warplanes", "storm"),
])
def test_the_clause_over_an_adjunct_is_read(nlp, text, trigger, host):
    sent = _sentence(nlp, text)
    assert f"{HOST_FEATURE}{host}" in host_features(sent, _at(sent, trigger))


@pytest.mark.parametrize("text,trigger", [
    ("Warplanes bombed the town after the rebels stormed the checkpoint.", "bombed"),  # the strike is the main clause
    ("Warplanes bombed the town on Sunday, killing five fighters.", "bombed"),  # no adjunct
])
def test_a_trigger_in_no_adjunct_has_no_host(nlp, text, trigger):
    sent = _sentence(nlp, text)
    assert host_features(sent, _at(sent, trigger)) == []


@pytest.mark.parametrize("subtype,feats,expected", [
    (sr.AIR_STRIKE, ["adjunct_host=storm"], sr.ARMED_CLASH),
    (sr.AIR_STRIKE, ["adjunct_host=press", "adjunct_host=battle"], sr.ARMED_CLASH),
    (sr.SHELLING, ["adjunct_host=manage", "adjunct_host=repel"], sr.ARMED_CLASH),
    (sr.SHELLING, ["adjunct_host=launch", "adjunct_host=offensive"], sr.ARMED_CLASH),
    (sr.AIR_STRIKE, ["adjunct_host=flee"], sr.AIR_STRIKE),  # the host clause is no fight
    (sr.AIR_STRIKE, ["adjunct_host=say"], sr.AIR_STRIKE),
    (sr.AIR_STRIKE, ["adjunct_host=attack"], sr.AIR_STRIKE),  # an attack may be the air's: left out
    (sr.AIR_STRIKE, ["w=storm"], sr.AIR_STRIKE),  # a fight word elsewhere, no adjunct host
    (sr.IED, ["adjunct_host=storm"], sr.IED),  # only a strike or shelling is retyped
])
def test_a_strike_beside_a_ground_fight_is_the_fight(subtype, feats, expected):
    assert sr.strike_beside_ground_fight(subtype, feats) == expected
    assert sr.codebook_subtype(subtype, feats) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Gunmen shot dead an off-duty police officer near his home.", "shot", True),
    ("An off duty policeman was shot dead by gunmen on Monday.", "shot", True),
    ("A sniper opened fire on his car, killing the retired army officer.", "opened", True),  # a harm clause's victim
    ("Militants shot dead two unarmed soldiers at a market.", "shot", True),
    ("Militants executed ten captured soldiers.", "executed", True),
    ("Gunmen shot dead a police officer near his home.", "shot", False),  # nothing takes him out of the fight
    ("The army attacked the recently captured village.", "attacked", False),  # a village is no member of a side
])
def test_victims_out_of_the_fight(nlp, text, trigger, expected):
    sent = _sentence(nlp, text)
    assert (OUT_OF_FIGHT in victim_features(sent, _at(sent, trigger))) is expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (sr.ARMED_CLASH, [OUT_OF_FIGHT, "trig=shoot dead"], sr.ATTACK),
    (sr.ARMED_CLASH, [OUT_OF_FIGHT, "trig=kill", "w=clash"], sr.ARMED_CLASH),  # killed in clashes: a fight told
    (sr.ARMED_CLASH, [OUT_OF_FIGHT, "trig=clash"], sr.ARMED_CLASH),
    (sr.ARMED_CLASH, ["trig=shoot dead", "obj_cue=armed"], sr.ARMED_CLASH),  # an officer on duty
    (sr.SHELLING, [OUT_OF_FIGHT], sr.SHELLING),  # the means decides within remote violence
])
def test_victims_out_of_the_fight_make_an_attack(subtype, feats, expected):
    assert sr.unarmed_victims(subtype, feats) == expected
    assert sr.codebook_subtype(subtype, feats) == expected


def test_the_chain_keeps_an_assault_on_an_off_duty_soldier_an_attack():
    # assault_on_armed_side reads a state patient of an assault as a clash; the victim's status comes after it
    feats = ["trig=attack", "party:obj=state", OUT_OF_FIGHT]
    assert sr.codebook_subtype(sr.ATTACK, feats) == sr.ATTACK


def test_the_learner_leaves_the_new_features_out():
    assert "adjunct_host=storm".startswith(subtype_model.RULES_ONLY)
    assert OUT_OF_FIGHT.startswith(subtype_model.RULES_ONLY)


@pytest.mark.parametrize("text,expected", [
    # the base code typed the first two by their strike, the next two a clash
    ("Following the Russian airstrikes, the rebels stormed the army's positions north of the town on Sunday.",
     sr.ARMED_CLASH),
    ("After a fierce artillery exchange, the rebels launched a new offensive on two fronts on Sunday morning.",
     sr.ARMED_CLASH),
    ("A sniper opened fire on his car, killing the retired army officer outside the town.", sr.ATTACK),
    ("Militants shot dead two unarmed soldiers at a market in the town.", sr.ATTACK),
    # unchanged: the strike with no fight over it, the strike in the main clause, a victim killed in clashes
    ("Following the airstrikes, residents fled the town on Sunday.", sr.AIR_STRIKE),
    ("Warplanes bombed the town after the rebels stormed the checkpoint.", sr.AIR_STRIKE),
    ("An off-duty soldier was killed in clashes between the army and the rebels.", sr.ARMED_CLASH),
])
def test_the_pipeline(nlp, text, expected):
    assert main_of(nlp, text) == expected
