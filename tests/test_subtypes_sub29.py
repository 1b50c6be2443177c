"""What did not happen (events/subtype_rules.py, docs/annotation/subtypes.md section 32).

Feature lists and sentences written for this test. Troops sent to fight are a deployment (Change to
group/activity) while no harm is told; a bomber held or stopped before the bomb went off is Disrupted weapons use."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr

SUICIDE = "Suicide bomb"
SENT_TO_FIGHT = ["int=deployment", "trig=send", "tdep=ROOT", "verb=<trigger>", "arg:advcl=fight", "w=army",
                 "w=send", "w=reinforcement", "w=fight", "cue=armed", "lex=armed_clash", "lex=deployment"]


def test_troops_sent_to_fight_are_a_deployment():
    assert sr.deployment_before_fight(sr.ARMED_CLASH, SENT_TO_FIGHT) == sr.GROUP_CHANGE
    # harm told in the sentence (a killing, a casualty, a lethal cue, an attack word), the deployment in a relative
    # clause, no deployment reading, or another answer: left alone
    for extra in (["w=kill"], ["w=wound"], ["cue=lethal"], ["lex=attack"]):
        assert sr.deployment_before_fight(sr.ARMED_CLASH, SENT_TO_FIGHT + extra) == sr.ARMED_CLASH, extra
    relcl = [f for f in SENT_TO_FIGHT if f != "tdep=ROOT"] + ["tdep=relcl"]
    assert sr.deployment_before_fight(sr.ARMED_CLASH, relcl) == sr.ARMED_CLASH
    assert sr.deployment_before_fight(sr.ARMED_CLASH, [f for f in SENT_TO_FIGHT if f != "int=deployment"]) \
        == sr.ARMED_CLASH
    assert sr.deployment_before_fight(sr.ATTACK, SENT_TO_FIGHT) == sr.ATTACK


def test_a_bomber_stopped_is_disrupted_weapons_use():
    tried = ["trig=capture", "w=man", "w=capture", "w=try", "w=plant", "w=bomb", "w=blow", "cue=explosive"]
    assert sr.bomber_stopped(sr.ARRESTS, tried) == sr.DISRUPTED  # tried: a 'blow up' to come does not block
    worn = ["trig=suicide vest", "w=apprehend", "w=suicide", "w=vest", "cue=suicide"]
    assert sr.bomber_stopped(SUICIDE, worn) == sr.DISRUPTED
    assert sr.bomber_stopped(sr.IED, ["w=stop", "w=before", "w=detonate", "w=bomb", "cue=explosive", "w=try"]) \
        == sr.DISRUPTED
    # the bomb went off (a killing, a casualty, an explosion word with no try), no one stopped, no bomb, an
    # offensive's capture of ground, or another answer: left alone
    assert sr.bomber_stopped(SUICIDE, worn + ["w=kill"]) == SUICIDE
    assert sr.bomber_stopped(SUICIDE, worn + ["w=wound"]) == SUICIDE
    assert sr.bomber_stopped(SUICIDE, worn + ["w=blow"]) == SUICIDE
    assert sr.bomber_stopped(SUICIDE, [f for f in worn if f != "w=apprehend"]) == SUICIDE
    assert sr.bomber_stopped(sr.ARRESTS, ["w=arrest", "w=man", "w=explosive", "cue=explosive"]) == sr.ARRESTS
    assert sr.bomber_stopped(sr.ARRESTS, ["w=arrest", "w=man", "w=try", "w=flee"]) == sr.ARRESTS
    assert sr.bomber_stopped(SUICIDE, worn + ["gain_attempt"]) == SUICIDE
    assert sr.bomber_stopped(sr.ATTACK, tried) == sr.ATTACK


def test_the_codebook_chain_applies_the_rules():
    assert sr.codebook_subtype(sr.ARMED_CLASH, SENT_TO_FIGHT) == sr.GROUP_CHANGE
    assert sr.codebook_subtype(SUICIDE, ["trig=suicide bomber", "w=stop", "w=suicide", "w=bomber",
                                         "cue=suicide"]) == sr.DISRUPTED


def test_the_pipeline_reads_a_bomber_stopped(nlp):
    # before sub29: Arrests, Suicide bomb, Suicide bomb
    assert main_of(nlp, "Police arrested a man who was trying to plant a bomb near the stadium.") == sr.DISRUPTED
    assert main_of(nlp, "Security forces captured a suicide bomber wearing an explosive vest at the checkpoint.") \
        == sr.DISRUPTED
    assert main_of(nlp, "Guards stopped a suicide bomber before he could detonate his vest at the mosque.") \
        == sr.DISRUPTED
    # the bomb went off; arrests with explosives and no attempt: unchanged
    assert main_of(nlp, "A suicide bomber blew himself up at the checkpoint, and police arrested two accomplices.") \
        == SUICIDE
    assert main_of(nlp, "Police arrested two men with explosives in the market.") == sr.ARRESTS
