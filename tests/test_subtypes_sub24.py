"""The weak sub-types by the codebook's decision rules (events/subtype_rules.py, docs/annotation/subtypes.md section 25).

Sentences and feature lists written for this test. The rules run after the sub-type model: a crowd's violence is Mob
violence unless it is a demonstration's or aimed at the state's forces (guideline 24.2), people captured are held, not
ground, a kidnapping told with a killing is an Attack (section 5), an arrest for a crime is the Arrest."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr

MOB, VD = sr.MOB_VIOLENCE, sr.VIOLENT_DEMONSTRATION
CLASH, ATTACK = sr.ARMED_CLASH, sr.ATTACK


def test_a_crowds_fight_with_no_armed_side_is_mob_violence():
    fans = ["w=supporter", "w=of", "w=rival", "w=club", "w=fight", "w=with", "w=stone"]
    assert sr.crowd_violence(CLASH, fans) == MOB
    assert sr.crowd_violence(ATTACK, ["w=skirmish", "w=pit", "w=two", "w=community", "w=kill"]) == MOB
    # an organised armed side named: the fight is theirs (an Armed clash), whatever crowd is also named
    assert sr.crowd_violence(CLASH, fans + ["w=police"]) == CLASH
    assert sr.crowd_violence(CLASH, ["w=tribesman", "w=clash", "w=villager"]) == CLASH
    # no fight word, or no crowd: not this rule's
    assert sr.crowd_violence(CLASH, ["w=supporter", "w=gather"]) == CLASH
    assert sr.crowd_violence(CLASH, ["w=herder", "w=farmer", "w=clash"]) == CLASH
    # other answers are left alone
    assert sr.crowd_violence(VD, fans) == VD


def test_a_killing_done_by_a_crowd_is_mob_violence():
    lynching = ["verb=<trigger>", "trig=kill", "subj=youth", "w=youth", "w=kill"]
    assert sr.crowd_violence(ATTACK, lynching) == MOB
    assert sr.crowd_violence(ATTACK, ["verb=find", "trig=body", "subj=resident"]) == ATTACK  # no harm done by them
    assert sr.crowd_violence(ATTACK, ["verb=<trigger>", "trig=kill", "subj=gunman"]) == ATTACK


def test_a_crowd_fighting_the_states_forces_is_a_violent_demonstration():
    youths = ["trig=clash", "subj=youth", "arg:pobj=police", "w=youth", "w=clash", "w=police"]
    assert sr.crowd_against_state(CLASH, youths) == VD
    assert sr.crowd_against_state(MOB, youths) == VD
    assert sr.crowd_against_state(CLASH, ["trig=clash", "subj=<NORP>", "arg:pobj=force", "w=clash", "w=force"]) == VD
    # two armed sides: police and insurgents fight an Armed clash
    assert sr.crowd_against_state(CLASH, youths + ["w=insurgent"]) == CLASH
    assert sr.crowd_against_state(CLASH, ["trig=clash", "subj=rebel", "arg:pobj=troop", "w=clash"]) == CLASH
    # the crowd fights someone else, or no one says who fought
    assert sr.crowd_against_state(CLASH, ["trig=clash", "subj=youth", "arg:pobj=settler", "w=clash"]) == CLASH
    assert sr.crowd_against_state(CLASH, ["trig=clash", "arg:pobj=police", "w=clash", "w=police"]) == CLASH


def test_people_captured_are_held_not_ground():
    troops = ["trig=capture", "agent=state forces", "obj@t=member", "w=capture"]
    assert sr.people_taken(sr.GOVERNMENT_GAIN, troops) == sr.ARRESTS
    assert sr.people_taken(sr.NONSTATE_GAIN, ["trig=capture", "agent=-", "obj@t=man"]) == sr.ARRESTS
    assert sr.people_taken(sr.NONSTATE_GAIN, ["trig=seize", "agent=rebel group", "obj@t=soldier"]) == sr.ABDUCTION
    # ground, a place among the objects, a name (the tagger calls places persons) or another verb: ground taken
    assert sr.people_taken(sr.NONSTATE_GAIN, ["trig=capture", "obj@t=town", "obj_cue=place"]) == sr.NONSTATE_GAIN
    assert sr.people_taken(sr.GOVERNMENT_GAIN, ["trig=capture", "obj@t=<PERSON>"]) == sr.GOVERNMENT_GAIN
    assert sr.people_taken(sr.GOVERNMENT_GAIN, ["trig=liberate", "obj@t=people"]) == sr.GOVERNMENT_GAIN


def test_a_kidnapping_told_with_a_killing_is_an_attack():
    assert sr.kidnapped_and_killed(sr.ABDUCTION, ["trig=kidnap", "w=kidnap", "w=later", "w=murder"]) == ATTACK
    assert sr.kidnapped_and_killed(sr.ABDUCTION, ["trig=kidnap", "w=kidnap", "w=find", "w=dead"]) == ATTACK
    assert sr.kidnapped_and_killed(sr.ABDUCTION, ["trig=kidnap", "w=kidnap", "w=wound"]) == sr.ABDUCTION
    assert sr.kidnapped_and_killed(sr.ABDUCTION, ["trig=kidnap", "w=kidnap", "w=teacher"]) == sr.ABDUCTION


def test_an_arrest_for_a_crime_is_the_arrest():
    rape = ["trig=rape", "head:pcomp=for", "w=arrest", "w=for", "w=allegedly", "w=rape"]
    assert sr.arrested_for("Sexual violence", rape) == sr.ARRESTS
    assert sr.arrested_for(ATTACK, ["trig=murder", "head:pcomp=for", "w=detain", "w=murder"]) == sr.ARRESTS
    # the taker still decides
    assert sr.arrested_for(ATTACK, ["trig=murder", "head:pcomp=for", "w=arrest", "agent=rebel group"]) == sr.ABDUCTION
    # a verdict is no arrest; a crime not under 'for' is the event
    assert sr.arrested_for(ATTACK, ["trig=murder", "head:pcomp=for", "w=sentence", "w=murder"]) == ATTACK
    assert sr.arrested_for(ATTACK, ["trig=murder", "w=arrest", "w=murder"]) == ATTACK


def test_the_codebook_chain_applies_the_new_rules():
    assert sr.codebook_subtype(CLASH, ["w=supporter", "w=fight", "w=rival"]) == MOB
    assert sr.codebook_subtype(sr.ABDUCTION, ["trig=kidnap", "w=kidnap", "w=execute"]) == ATTACK


def test_the_pipeline_codes_the_weak_types_by_the_codebook(nlp):  # noqa: F811
    assert main_of(nlp, "Fans of the two teams fought in the streets after the match, leaving two dead.") == MOB
    assert main_of(nlp, "Two engineers who were abducted last month were found dead outside the town.") == ATTACK
    assert main_of(nlp, "Gunmen kidnapped two teachers and later killed them near the school.") == ATTACK
    assert main_of(nlp, "Gunmen kidnapped two teachers near the school on Monday.") == sr.ABDUCTION
    assert main_of(nlp, "Rebels clashed with government troops near the border on Friday.") == CLASH
