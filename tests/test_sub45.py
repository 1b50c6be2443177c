"""Crowd violence and coups (sub45, docs/annotation/subtypes.md section 51).

Sentences written for this test. Guideline 24.2: a crowd's violence is a Violent demonstration only when a
demonstration is named or the state is hit; otherwise (a community, rival groups, an armed non-state group, a person
the crowd punishes) it is Mob violence. The ACLED codebook and the guideline: a coup or a mutiny with no fighting
told is Other."""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of

from frontwatch.events import subtype_coups as sc
from frontwatch.events import subtype_rules as sr

# --- coups and mutinies (`subtype_coups.coup_or_mutiny`) on feature lists ---
_SEIZE_POWER = ["trig=seize", "obj@t=power", "w=soldier", "w=seize", "w=power", "w=detain", "w=president"]
_MUTINEERS = ["trig=seize", "subj@t=soldier", "subj_mod=mutinous", "obj@t=barrack", "w=mutinous", "w=seize"]
_NO_FIGHTING = ["trig=fighting", "negated", "w=remove", "w=president", "w=fighting", "w=report"]
_WITHOUT_SHOOTING = ["trig=shoot", "without=shoot", "w_denied=shoot", "w=refuse", "w=order", "w=barricade"]


@pytest.mark.parametrize("subtype,feats,expected", [
    (sr.GOVERNMENT_GAIN, _SEIZE_POWER, sr.OTHER),
    (sr.GOVERNMENT_GAIN, _MUTINEERS, sr.OTHER),
    (sr.ARMED_CLASH, _NO_FIGHTING, sr.OTHER),
    (sr.ARMED_CLASH, _WITHOUT_SHOOTING, sr.OTHER),
    # a fight or a killing told as having happened stays the fight
    (sr.GOVERNMENT_GAIN, _SEIZE_POWER + ["w=kill"], sr.GOVERNMENT_GAIN),
    (sr.ARMED_CLASH, _MUTINEERS + ["w=clash"], sr.ARMED_CLASH),
    # the fight is not denied: a president removed is only its background ("rebels who want to oust the president")
    (sr.ARMED_CLASH, ["trig=clash", "w=clash", "w=oust", "w=president"], sr.ARMED_CLASH),
    # denied, but no coup or mutiny told
    (sr.ARMED_CLASH, ["trig=fighting", "negated", "w=fighting", "w=town"], sr.ARMED_CLASH),
    # ground taken, not power
    (sr.GOVERNMENT_GAIN, ["trig=seize", "obj@t=town", "w=seize", "w=town"], sr.GOVERNMENT_GAIN),
    # an arrest of a president stays an arrest (not an answer a coup is misread as)
    (sr.ARRESTS, ["trig=detain", "w=detain", "w=president", "negated"], sr.ARRESTS),
])
def test_coup_or_mutiny(subtype, feats, expected):
    assert sc.coup_or_mutiny(subtype, feats) == expected


# --- crowds (`subtype_rules.crowd_violence`, `crowd_named_fight`, `crowd_on_non_state`) on feature lists ---
@pytest.mark.parametrize("subtype,feats,expected", [
    # a multiword killing trigger is read word by word: 'to death' tells the killing
    (sr.ATTACK, ["trig=beat to death", "verb=<trigger>", "subj=resident"], sr.MOB_VIOLENCE),
    (sr.ATTACK, ["trig=club to death", "verb=<trigger>", "subj=villager"], sr.MOB_VIOLENCE),
    (sr.ATTACK, ["trig=beat to death", "verb=<trigger>", "subj=gunman"], sr.ATTACK),  # no crowd
    (sr.ATTACK, ["trig=beat back", "verb=<trigger>", "subj=resident"], sr.ATTACK),  # no killing word
])
def test_crowd_violence_reads_a_trigger_phrase_by_its_words(subtype, feats, expected):
    assert sr.crowd_violence(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (sr.ARMED_CLASH, ["trig=clash", "arg:amod=communal", "w=government"], sr.MOB_VIOLENCE),
    (sr.VIOLENT_DEMONSTRATION, ["trig=clash", "arg:amod=ethnic"], sr.MOB_VIOLENCE),
    (sr.VIOLENT_DEMONSTRATION, ["trig=clash", "arg:compound=student", "party:with=state"], sr.VIOLENT_DEMONSTRATION),
    (sr.VIOLENT_DEMONSTRATION, ["trig=clash", "arg:amod=ethnic", "cue=protest"], sr.VIOLENT_DEMONSTRATION),
    (sr.ARMED_CLASH, ["trig=clash", "arg:amod=communal", "party:subj=armed"], sr.ARMED_CLASH),
    (sr.ARMED_CLASH, ["trig=clash", "arg:amod=fierce"], sr.ARMED_CLASH),
    (sr.ATTACK, ["trig=kill", "arg:amod=communal"], sr.ATTACK),  # no fight word
])
def test_crowd_named_fight(subtype, feats, expected):
    assert sr.crowd_named_fight(subtype, feats) == expected


@pytest.mark.parametrize("subtype,feats,expected", [
    (sr.VIOLENT_DEMONSTRATION, ["trig=throw rock", "party:subj=civilians", "party:obj=armed"], sr.MOB_VIOLENCE),
    (sr.VIOLENT_DEMONSTRATION, ["trig=storm", "party:subj=crowd", "party:obj=-"], sr.MOB_VIOLENCE),
    (sr.VIOLENT_DEMONSTRATION, ["trig=throw rock", "party:subj=civilians", "party:obj=state"], sr.VIOLENT_DEMONSTRATION),
    (sr.VIOLENT_DEMONSTRATION, ["trig=throw rock", "party:subj=crowd", "cue=protest"], sr.VIOLENT_DEMONSTRATION),
    (sr.VIOLENT_DEMONSTRATION, ["trig=throw rock", "party:subj=armed"], sr.VIOLENT_DEMONSTRATION),
    (sr.VIOLENT_DEMONSTRATION, ["trig=throw rock"], sr.VIOLENT_DEMONSTRATION),  # no doer read
    (sr.ATTACK, ["trig=throw rock", "party:subj=civilians", "party:obj=armed"], sr.ATTACK),
])
def test_crowd_on_non_state(subtype, feats, expected):
    assert sr.crowd_on_non_state(subtype, feats) == expected


def test_the_chain_runs_the_new_rules():
    assert sr.codebook_subtype(sr.GOVERNMENT_GAIN, _SEIZE_POWER) == sr.OTHER
    assert sr.codebook_subtype(sr.VIOLENT_DEMONSTRATION,
                               ["trig=throw rock", "party:subj=civilians", "party:obj=armed"]) == sr.MOB_VIOLENCE


# --- the pipeline (shipped model and rules) on made-up sentences the base code typed otherwise ---
@pytest.mark.parametrize("text,expected", [
    ("Soldiers seized power in the capital on Wednesday and detained the president, state television said.", "Other"),
    ("Mutinous soldiers seized the armoury of the Kati camp on Sunday, witnesses said.", "Other"),
    ("Mutineers took over the barracks in the northern town on Monday, residents said.", "Other"),
    ("Villagers clubbed to death a suspected thief in the market on Friday.", "Mob violence"),
    ("Communal clashes rocked the village of Garam on Monday, police said.", "Mob violence"),
    ("Ethnic clashes broke out in the town on Friday.", "Mob violence"),
    # unchanged: ground taken, a coup fought with killing, a gunmen's killing, a fight of armed sides, the state hit
    ("Soldiers seized the town from the rebels on Wednesday, the army said.", "Government regains territory"),
    ("Mutinous soldiers and loyal troops fought for the radio station on Sunday, killing five.", "Armed clash"),
    ("Gunmen beat to death a village chief on Sunday, police said.", "Attack"),
    ("Fierce clashes erupted in the town on Friday, the army said.", "Armed clash"),
    ("Student clashes with police left the campus in ruins on Tuesday.", "Violent demonstration"),
    ("Youths threw stones at police in the town on Sunday.", "Violent demonstration"),
])
def test_the_pipeline(nlp, text, expected):
    assert main_of(nlp, text) == expected
