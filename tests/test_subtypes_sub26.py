"""Armed clash or Attack by the codebook's line (events/subtype_rules.py, docs/annotation/subtypes.md section 27).

Feature lists and sentences written for this test. An Attack is one-sided violence on people who do not fight back,
an Armed clash a fight of two armed sides: a massacre or an assassination is an Attack; the dead of a fight told with
no killer are the fight's (Armed clash); an assault on a post or an ambush of the state's or an armed side's men is
an Armed clash; civilians by the party reading (a country's people named by a demonym) are an Attack's victims."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events.subtype_features import cue_keys, cues

CLASH, ATTACK = sr.ARMED_CLASH, sr.ATTACK


def test_a_massacre_or_an_assassination_is_an_attack():
    assert sr.targeted_killing(CLASH, ["trig=assassinate", "obj@t=candidate"]) == ATTACK
    assert sr.targeted_killing(CLASH, ["trig=massacre", "w=fighting", "party:with=state"]) == ATTACK
    # a plain killing keeps the model's answer; other types are not touched
    assert sr.targeted_killing(CLASH, ["trig=kill", "obj@t=soldier"]) == CLASH
    assert sr.targeted_killing(sr.AIR_STRIKE, ["trig=massacre"]) == sr.AIR_STRIKE


def test_the_dead_of_a_fight_with_no_killer_are_the_fights():
    fight = ["trig=kill", "w=people", "w=kill", "w=clash", "w=between", "party:obj=civilians"]
    assert sr.casualties_of_fighting(ATTACK, fight) == CLASH
    assert sr.casualties_of_fighting(ATTACK, ["trig=shoot dead", "w=shootout"]) == CLASH
    # a named killer ("killed by one of the clans involved in recent clashes"), no fight word, or a killing verb
    # that is no mere casualty word: the model's answer stands
    assert sr.casualties_of_fighting(ATTACK, [*fight, "subj=one"]) == ATTACK
    assert sr.casualties_of_fighting(ATTACK, ["trig=kill", "w=kill", "w=village"]) == ATTACK
    assert sr.casualties_of_fighting(ATTACK, ["trig=behead", "w=fighting"]) == ATTACK


def test_an_assault_on_a_post_or_an_ambush_of_armed_men_is_a_clash():
    assert sr.assault_on_armed_side(ATTACK, ["trig=siege", "obj_cue=base", "party:subj=armed"]) == CLASH
    assert sr.assault_on_armed_side(ATTACK, ["trig=strike", "obj@t=headquarters", "obj_cue=base"]) == CLASH
    waylaid = ["trig=shoot dead", "w=waylay", "party:obj=state", "party:obj=-"]
    assert sr.assault_on_armed_side(ATTACK, waylaid) == CLASH
    # civilians among those hit, an execution of captured policemen, or no assault at all: still an Attack
    assert sr.assault_on_armed_side(ATTACK, [*waylaid, "party:obj=civilians"]) == ATTACK
    assert sr.assault_on_armed_side(ATTACK, ["trig=execute", "party:obj=state"]) == ATTACK
    assert sr.assault_on_armed_side(ATTACK, ["trig=shoot", "party:obj=state"]) == ATTACK


def test_civilians_by_their_party_kind_are_an_attacks_victims():
    palestinians = ["trig=kill", "verb=<trigger>", "obj@t=<NORP>", "obj_cue=-", "party:obj=civilians",
                    "party:subj=state", "pdir=state>civilians"]
    assert sr.one_sided_violence(CLASH, palestinians) == ATTACK
    # an armed or state party among the patients, or a fight in the sentence: the clash stands
    assert sr.one_sided_violence(CLASH, [*palestinians, "party:obj=armed"]) == CLASH
    assert sr.one_sided_violence(CLASH, [*palestinians, "w=fighting"]) == CLASH


def test_the_codebook_chain_applies_the_rules():
    assert sr.codebook_subtype(CLASH, ["trig=assassination"]) == ATTACK
    assert sr.codebook_subtype(ATTACK, ["trig=kill", "w=fighting"]) == CLASH
    assert sr.codebook_subtype(ATTACK, ["trig=attack", "obj_cue=base"]) == CLASH


def test_the_pipeline_reads_a_demonym_as_civilians(nlp):
    # before sub26: Armed clash (the object's cue word was none of the civilian class)
    assert main_of(nlp, "Soldiers killed at least five Palestinians during a raid in the camp on Monday.") == ATTACK


def test_gunning_down_is_a_word_of_harm(nlp):
    sent = next(iter(nlp("Rebels gunned down five farm labourers near the town.").sents))
    assert "gun down" in cue_keys(sent).values()
    assert cues()["gun down"] == "lethal"
    labourers = ["trig=gun down", "verb=<trigger>", "obj@t=labourer", "obj_cue=civilian", "party:obj=civilians"]
    assert sr.one_sided_violence(CLASH, labourers) == ATTACK
