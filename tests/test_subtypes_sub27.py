"""The other weak types by the codebook (events/subtype_rules.py, docs/annotation/subtypes.md section 28).

Feature lists and sentences written for this test. Firing on a protest that kills is Excessive force whatever word
was typed; a raid that ends in arrests is an Arrest; civilians fighting each other are a mob; a surrender is an
Agreement; a premature detonation is Disrupted weapons use."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events.subtype_parties import FIRED_ON_PROTEST, fired_on_features

EF, PROTEST = sr.EXCESSIVE_FORCE, "Peaceful protest"


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def test_a_protest_fired_on_is_read_wherever_the_trigger_is(nlp):
    for text in ("Four teachers were shot dead when gendarmes fired on a sit-in outside the ministry.",
                 "Police opened fire on villagers who were protesting against the new dam.",
                 "Troops opened fire on farmers marching to the governor's office.",
                 "Soldiers fired into the demonstration near the square."):
        assert fired_on_features(_sentence(nlp, text)) == [FIRED_ON_PROTEST], text
    # a crowd that is no protest, an armed target, a protest only named beside the firing, a date's 'March'
    for text in ("Gunmen opened fire on a crowd at the market.",
                 "Soldiers fired on the rebel convoy near the border.",
                 "A man was shot after he left a rally in the capital.",
                 "Gunmen opened fire on a bus in March."):
        assert fired_on_features(_sentence(nlp, text)) == [], text


def test_firing_on_a_protest_that_kills_is_excessive_force():
    feats = [FIRED_ON_PROTEST, "trig=march", "w=kill"]
    assert sr.fired_on_protest(PROTEST, feats) == EF
    assert sr.fired_on_protest(sr.ATTACK, [FIRED_ON_PROTEST, "trig=shoot dead", "w=dead"]) == EF
    assert sr.fired_on_protest(sr.PROTEST_INTERVENTION, feats) == EF
    # no one killed (injuries, tear gas: the model's call), no protest fired on, or a type force on a protest is not
    assert sr.fired_on_protest(PROTEST, [FIRED_ON_PROTEST, "trig=march", "w=injure"]) == PROTEST
    assert sr.fired_on_protest(sr.ATTACK, ["trig=kill", "w=kill", "w=protest"]) == sr.ATTACK
    assert sr.fired_on_protest(sr.VIOLENT_DEMONSTRATION, feats) == sr.VIOLENT_DEMONSTRATION


def test_a_raid_that_ends_in_arrests_is_an_arrest():
    raid = ["trig=raid", "w=raid", "w=home", "w=arrest", "agent=state forces"]
    assert sr.raid_with_arrests(sr.ATTACK, raid) == sr.ARRESTS
    assert sr.raid_with_arrests(sr.ARMED_CLASH, ["trig=raid", "w=take", "w=prisoner"]) == sr.ARRESTS
    # a non-state group's raid that takes people is an abduction; a raid that kills, or with no one taken, stays
    assert sr.raid_with_arrests(sr.ATTACK, [*raid[:-1], "agent=rebel group"]) == sr.ABDUCTION
    assert sr.raid_with_arrests(sr.ATTACK, [*raid, "w=kill"]) == sr.ATTACK
    assert sr.raid_with_arrests(sr.ARMED_CLASH, ["trig=raid", "w=raid", "w=base"]) == sr.ARMED_CLASH
    assert sr.raid_with_arrests(sr.ATTACK, ["trig=shoot", "w=arrest"]) == sr.ATTACK


def test_civilians_fighting_each_other_are_a_mob():
    brawl = ["trig=brawl", "verb=<trigger>", "party:subj=civilians"]
    assert sr.crowd_fight(sr.ARMED_CLASH, brawl) == sr.MOB_VIOLENCE
    # "families fled after clashes in Daraa": the parties reading no longer gives a fight noun another verb's subject
    # (section 33, tests/test_subtype_parties_par30.py)
    # civilians who kill with no fight ("a man opened fire"), or a fight with the state or an armed side
    assert sr.crowd_fight(sr.ATTACK, ["trig=open fire", "party:subj=civilians"]) == sr.ATTACK
    assert sr.crowd_fight(sr.ARMED_CLASH, [*brawl, "party:with=state"]) == sr.ARMED_CLASH
    assert sr.crowd_fight(sr.ARMED_CLASH, ["trig=clash", "party:subj=civilians", "party:subj=armed"]) == sr.ARMED_CLASH


def test_a_surrender_is_an_agreement_and_a_premature_blast_is_disrupted():
    assert sr.surrender_agreed(sr.GROUP_CHANGE, ["trig=surrender", "rule=Change to group/activity"]) == sr.AGREEMENT
    assert sr.surrender_agreed(sr.GROUP_CHANGE, ["trig=withdraw"]) == sr.GROUP_CHANGE
    assert sr.surrender_agreed(sr.ARMED_CLASH, ["trig=surrender"]) == sr.ARMED_CLASH
    assert sr.foiled_explosion(sr.IED, ["trig=blast", "w=premature", "w=blast"]) == sr.DISRUPTED


def test_the_codebook_chain_applies_the_rules():
    assert sr.codebook_subtype(PROTEST, [FIRED_ON_PROTEST, "trig=march", "w=kill", "cue=protest"]) == EF
    assert sr.codebook_subtype(sr.ATTACK, ["trig=raid", "w=arrest"]) == sr.ARRESTS
    assert sr.codebook_subtype(sr.GROUP_CHANGE, ["trig=surrender"]) == sr.AGREEMENT


def test_the_pipeline_reads_the_new_rules(nlp):
    # before sub27: Armed clash (the model read the police firing as a fight)
    assert main_of(nlp, "Police fired on workers who were striking at the mine, killing two of them.") == EF
    # before sub27: Armed clash, Change to group/activity, Remote explosive/landmine/IED
    assert main_of(nlp, "The army raided the district and took dozens of prisoners.") == sr.ARRESTS
    assert main_of(nlp, "Hundreds of rebels surrendered to the army in the north.") == sr.AGREEMENT
    assert main_of(nlp, "Two militants died in a premature explosion while assembling a roadside bomb.") == sr.DISRUPTED
